"""French quotes: noun-phrase contents of verbs of announcing and wishing,
« de » contents past an adverb or an addressee, quotations quoted inside a quotation. Made-up
sentences."""

from __future__ import annotations


def quote_starting(result, start: str):
    return next((q for q in result.quotes if q.text.startswith(start)), None)


def test_announcing_verb_with_a_noun_phrase_object(run):
    quote = quote_starting(run("Le préfet a indiqué la fermeture de trois écoles de la vallée.", "fr"), "la fermeture")
    assert quote is not None and quote.speaker == "préfet"


def test_reporting_verb_of_notice_with_a_noun_phrase_object(run):
    quote = quote_starting(run("Les voisins signalent une odeur de gaz près de la boulangerie du quartier.", "fr"), "une odeur de gaz")
    assert quote is not None and quote.speaker == "voisins"


def test_wish_verb_with_a_noun_phrase_object(run):
    text = "Le collectif des riverains espère la publication rapide des analyses de l'eau du canal."
    quote = quote_starting(run(text, "fr"), "la publication rapide")
    assert quote is not None and quote.speaker == "collectif des riverains"


def test_wish_verb_with_an_infinitive_stays_an_intention(run):
    text = "Le collectif des riverains espère obtenir les analyses de l'eau du canal avant l'été."
    assert quote_starting(run(text, "fr"), "obtenir") is None


def test_de_content_hung_on_an_adverb_between_verb_and_noun(run):
    text = "Les habitantes y témoignent en particulier de menaces reçues pendant la nuit."
    quote = next((q for q in run(text, "fr").quotes if "menaces reçues" in q.text), None)
    assert quote is not None and quote.speaker == "habitantes"


def test_light_verb_report_past_an_addressee(run):
    text = "Le capitaine a fait part à ses coéquipiers de son envie de quitter le club."
    quote = quote_starting(run(text, "fr"), "son envie de quitter")
    assert quote is not None and quote.text.endswith("le club")


def test_cued_quotation_inside_a_quotation_is_its_own_quote(run):
    text = "« Je suis sorti dans la cour. Un policier a crié : « tout le monde à terre » », a raconté un employé."
    result = run(text, "fr")
    inner = quote_starting(result, "tout le monde à terre")
    assert inner is not None and inner.speaker == "policier"
    assert quote_starting(result, "Je suis sorti").speaker == "employé"


def test_quoted_name_inside_a_quotation_is_no_quote(run):
    text = "« Nous avons lu le panneau « Défense d'entrer » puis nous sommes partis », a raconté un randonneur."
    assert quote_starting(run(text, "fr"), "Défense d'entrer") is None


def test_source_after_two_sentences_the_parse_joined_takes_the_last_one(run):
    # The parser runs « km/h. » on into the next sentence; « selon X » closes only the second.
    text = "On a mesuré des rafales jusqu'à 200 km/h. La tempête a ensuite faibli et été rétrogradée en dépression tropicale, selon les services météorologiques."
    result = run(text, "fr")
    assert quote_starting(result, "La tempête a ensuite faibli") is not None
    assert quote_starting(result, "On a mesuré") is None


def test_ruling_out_with_an_infinitive_reports_it(run):
    quote = quote_starting(run("Les deux maires ont exclu de retirer leur plainte contre la société.", "fr"), "retirer leur plainte")
    assert quote is not None and quote.speaker == "deux maires"


def test_excluding_someone_reports_nothing(run):
    assert not run("Le club a exclu trois supporters du stade après les incidents.", "fr").quotes
