"""French quotes: noun-phrase contents of verbs of rejecting and
restating, speech acts named by « émettre » / « formuler » and their object, offences named in
quotation marks after « pour », findings published by research bodies, common beliefs with
« on ». Made-up sentences."""

from __future__ import annotations

import pytest


def quote_starting(result, start: str):
    return next((q for q in result.quotes if q.text.startswith(start)), None)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Le ministre récuse toute intention de fermer la maternité du canton.", "toute intention", "ministre"),
        ("Les syndicats ont récusé mardi les conclusions de l'expertise commandée par la mairie.", "les conclusions", "syndicats"),
        ("Les riverains désapprouvent le report des travaux de la digue.", "le report des travaux", "riverains"),
        ("La fédération avait désapprouvé la hausse des tarifs des licences.", "la hausse des tarifs", "fédération"),
        ("L'association réprouve les pratiques de cette clinique privée.", "les pratiques", "association"),
        ("La députée a réaffirmé son opposition au projet de barrage sur la rivière.", "son opposition", "députée"),
        ("Le maire réitère sa demande d'un audit des comptes du syndicat des eaux.", "sa demande d'un audit", "maire"),
    ],
)
def test_rejecting_and_restating_verbs_with_a_noun_phrase_object(run, text, start, speaker):
    quote = quote_starting(run(text, "fr"), start)
    assert quote is not None and quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Les deux syndicats ont émis des réserves sur le calendrier de la réforme.", "des réserves", "deux syndicats"),
        ("Plusieurs élus avaient émis des doutes sur la solidité du pont.", "des doutes", "Plusieurs élus"),
        ("La commission a formulé des critiques sévères contre la gestion du port.", "des critiques sévères", "commission"),
        ("Les parents d'élèves ont formulé plusieurs demandes auprès du rectorat.", "plusieurs demandes", "parents d'élèves"),
    ],
)
def test_speech_act_named_by_the_object_of_emettre_or_formuler(run, text, start, speaker):
    quote = quote_starting(run(text, "fr"), start)
    assert quote is not None and quote.speaker == speaker


def test_emettre_with_an_object_that_is_no_speech_act_reports_nothing(run):
    assert not run("L'usine émet des fumées noires depuis lundi soir.", "fr").quotes


@pytest.mark.parametrize(
    "text",
    [
        "Le procureur a annoncé que deux hommes avaient été arrêtés. Cette saisie a conduit à l'ouverture "
        "d'une enquête pour « association de malfaiteurs en vue de la préparation d'un vol » par le parquet.",
        "La gendarmerie a indiqué que le conducteur avait pris la fuite. Une information judiciaire pour "
        "« homicide involontaire aggravé, délit de fuite » a été confiée à un juge.",
    ],
)
def test_offences_named_after_pour_with_articles_or_participles_inside(run, text):
    quotes = run(text, "fr").quotes
    assert not any(q.text.startswith(("association de malfaiteurs", "homicide involontaire")) for q in quotes)


def test_infinitive_quoted_after_pour_stays_a_quote(run):
    quote = quote_starting(run("La maire a porté plainte pour « ne pas laisser ces insultes impunies ».", "fr"), "ne pas laisser")
    assert quote is not None and quote.speaker == "maire"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Des chercheurs de l'université de Lille ont découvert que ces abeilles distinguent les couleurs.", "ces abeilles", "chercheurs de l'université de Lille"),
        ("Des astronomes ont démontré que cette étoile est entourée de trois planètes.", "cette étoile", "astronomes"),
        ("L'équipe de chercheurs vient de montrer que les pieuvres rêvent.", "les pieuvres", "équipe de chercheurs"),
        ("Des chercheurs ont étudié 3 000 nids et ont découvert que ces oiseaux « changent de partenaire » chaque printemps.", "ces oiseaux", "chercheurs"),
    ],
)
def test_finding_published_by_a_research_body_is_a_statement(run, text, start, speaker):
    quote = quote_starting(run(text, "fr"), start)
    assert quote is not None and quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Le boulanger a découvert que sa camionnette avait été volée.",
        "Les mesures de l'étude ont montré que la plupart des hirondelles migrent la nuit.",
        "Les relevés montrent que les rivières « débordent plus souvent » qu'avant.",
    ],
)
def test_finding_of_a_person_or_of_a_thing_stays_a_perception(run, text):
    assert not run(text, "fr").quotes


@pytest.mark.parametrize(
    "text",
    [
        "Les fouilles remettent en cause la datation du site, dont on pensait jusqu'ici qu'il avait été abandonné vers l'an mil.",
        "On croyait alors que la comète reviendrait avant la fin du siècle.",
    ],
)
def test_common_belief_in_the_imperfect_with_on_reports_nothing(run, text):
    assert not run(text, "fr").quotes


def test_belief_with_on_in_the_present_stays_a_quote(run):
    assert quote_starting(run("À la mairie, on estime que le chantier sera terminé en juin.", "fr"), "le chantier") is not None


def test_reveal_with_a_noun_phrase_object_is_a_finding_not_a_statement(run):
    assert not run("L'autopsie a révélé des traces de coups sur le bras du gardien.", "fr").quotes


def test_quotation_after_a_verb_of_showing_stays_a_quote(run):
    text = "Des photos du téléphone montrent des messages envoyés par le suspect : « Je viendrai te chercher demain soir, ne dis rien à personne. »"
    assert quote_starting(run(text, "fr"), "Je viendrai te chercher") is not None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("L'entraîneur lyonnais, Marc Durand, juge que cette défaite doit servir de leçon.", "cette défaite", "Marc Durand"),
        ("Le ministre juge que la réforme des bourses est urgente.", "la réforme des bourses", "ministre"),
    ],
)
def test_reporting_verb_read_as_a_noun_after_a_common_noun_or_an_apposition(run, text, start, speaker):
    quote = quote_starting(run(text, "fr"), start)
    assert quote is not None and quote.speaker == speaker


def test_the_noun_juge_before_a_relative_que_reports_nothing(run):
    assert not run("Le juge que les avocats ont récusé a quitté le tribunal hier.", "fr").quotes


@pytest.mark.parametrize(
    "text",
    [
        "Les radios locales font aussi état d'un pont effondré sur la départementale.",
        "Les radios locales font mention d'un pont effondré sur la départementale.",
    ],
)
def test_light_reporting_verb_past_an_adverb_and_faire_mention_de(run, text):
    quote = quote_starting(run(text, "fr"), "un pont effondré")
    assert quote is not None and quote.speaker == "radios locales"
