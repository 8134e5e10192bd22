"""French reported content the parse misreads (made-up sentences): a quotation mark read as the
clause's head or as its last word, multiword adverbs between the verb and its content, objects
with their attribute after verbs of judgement, « à ce que » clauses, the noun-phrase content of
« communiquer », and verbs of saying in the future, which report nothing yet."""

from __future__ import annotations


def reported(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def texts(result):
    return [q.text for q in reported(result)]


def test_quotation_inside_the_content_clause_stays_whole(run):
    result = run("Interrogée vendredi à Lyon, Claire Morel, battue au premier tour, a affirmé qu'elle ne serait pas « une candidate de secours » si le président renonçait.", "fr")
    assert texts(result) == ["elle ne serait pas « une candidate de secours » si le président renonçait"]


def test_content_ending_on_an_opening_mark_takes_the_quotation(run):
    result = run("La rédaction publie une tribune dans laquelle elle demande à l'animateur de « ne pas venir sur la chaîne ».", "fr")
    assert any("« ne pas venir sur la chaîne »" in q.text for q in result.quotes)
    assert not any(q.text.rstrip().endswith("«") for q in result.quotes)


def test_content_opening_with_a_quotation_keeps_its_mark(run):
    result = run("Le syndicat réclame « un geste très fort », avec une hausse du salaire minimum.", "fr")
    assert texts(result) == ["« un geste très fort », avec une hausse du salaire minimum"]


def test_number_beside_the_verb_is_no_clause(run):
    result = run("Vers 9h00, Paul Martin, porte-parole du collectif, a réclamé sur Radio 1, à titre personnel, la démission du préfet et la nomination d'un médiateur.", "fr")
    assert texts(result) == ["la démission du préfet et la nomination d'un médiateur"]


def test_multiword_adverb_before_a_noun_phrase_content(run):
    result = run("Priscillia Ludosky a demandé en outre la baisse des salaires des hauts fonctionnaires.", "fr")
    assert texts(result) == ["la baisse des salaires des hauts fonctionnaires"]


def test_multiword_adverb_before_an_infinitive_content(run):
    result = run("Le député a confié malgré tout vouloir continuer le combat jusqu'au bout.", "fr")
    assert texts(result) == ["vouloir continuer le combat jusqu'au bout"]


def test_second_report_after_a_multiword_adverb_ends_the_first(run):
    result = run("Il a précisé qu'il se rendra à la convocation des juges mais a malgré tout confié vouloir continuer le combat.", "fr")
    assert texts(result) == ["il se rendra à la convocation des juges", "vouloir continuer le combat"]


def test_indefinite_subject_after_an_adverb_reports_nothing(run):
    assert reported(run("On déplore aussi de nombreux arbres couchés sur les routes du département.", "fr")) == []


def test_communiquer_takes_a_noun_phrase_content(run):
    result = run("L'agence a communiqué ce samedi le décès de son ancien directeur, survenu après une longue maladie.", "fr")
    assert texts(result) == ["le décès de son ancien directeur, survenu après une longue maladie"]


def test_a_ce_que_opens_a_content_clause(run):
    result = run("Le ministre s'est engagé à ce que la réforme soit votée avant l'été.", "fr")
    assert texts(result) == ["la réforme soit votée avant l'été"]


def test_object_with_its_attribute_after_comme(run):
    result = run("Les habitants considèrent l'offensive comme une déclaration de guerre.", "fr")
    assert texts(result) == ["l'offensive comme une déclaration de guerre"]


def test_object_with_its_attribute_after_qualifier(run):
    result = run("Le maire a qualifié le programme de son rival de dangereux.", "fr")
    assert texts(result) == ["le programme de son rival de dangereux"]


def test_estimated_quantity_before_the_object(run):
    result = run("Les transporteurs estiment à 400 millions d'euros les pertes depuis le début du mouvement.", "fr")
    assert [q.speaker for q in reported(result)] == ["transporteurs"]
    assert "les pertes depuis le début du mouvement" in texts(result)[0]


def test_object_without_attribute_is_weighed_not_judged(run):
    assert reported(run("Le comité considérera les candidatures reçues avant la date limite.", "fr")) == []


def test_passive_estimate_is_no_judgement_of_its_subject(run):
    assert reported(run("Sa fortune a été estimée à 3 milliards de dollars en 2016.", "fr")) == []


def test_quoted_noun_tagged_as_adjective_is_the_object(run):
    result = run("Le couple y déplore l’ « immobilisme » du maire face à la montée de la violence.", "fr")
    quote = reported(result)[0]
    assert quote.kind == "mixed" and quote.text.startswith("l’ « immobilisme » du maire")


def test_future_announcement_reports_nothing_yet(run):
    assert reported(run("La députée annoncera sa candidature ce soir dans le journal de 20 heures.", "fr")) == []


def test_multiword_adverb_opens_a_pour_source_sentence(run):
    result = run("Cela dit, pour le vice-procureur, cette somme pourrait être beaucoup plus importante.", "fr")
    assert [(q.text, q.speaker) for q in reported(result)] == [("cette somme pourrait être beaucoup plus importante", "vice-procureur")]


def test_narrator_noting_a_fact_is_no_source(run):
    for text in (
        "Rappelons que le premier cas du virus est apparu en décembre 2013.",
        "Il est aussi à noter que le maire a été mêlé à un scandale financier.",
        "On note d'ailleurs que des cas sont apparus dans le pays voisin.",
        "Notez que le site est un projet de la fondation.",
    ):
        assert reported(run(text, "fr")) == [], text


def test_source_noting_a_fact_still_reports(run):
    result = run("Les médias français notent que la date n'a pas été choisie par hasard.", "fr")
    assert texts(result) == ["la date n'a pas été choisie par hasard"]


def test_impersonal_passive_reproach_names_no_source(run):
    assert reported(run("Il lui est reproché d'avoir négocié par téléphone avec l'ambassadeur.", "fr")) == []



def test_clause_after_a_coordinated_verb_of_saying_is_its_content_not_the_first_verbs(run):
    result = run("Les grévistes ont nié ces deux reproches et affirment que la direction a menti aux salariés.", "fr")
    assert [(q.text, q.cue) for q in result.quotes] == [("ces deux reproches", "nié"), ("la direction a menti aux salariés", "affirment")]
