"""French reports by which a source assigns a cause or a value to something (« impute l'accident à
une erreur », « chiffre le préjudice à 2 millions d'euros »): the object and its « à » complement
are what was stated; the same verbs with an awarded thing, without the « à » complement or
without an object or in the infinitive state nothing. A present participle after a reported clause
is the reporting verb's subject's act. A present tense the parse hangs on its subject as a modifier
still reports, also with an addressee and a « de » infinitive (« reproche à la mairie d'avoir … »)."""

from __future__ import annotations

import pytest


def _quotes(run, text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker or "") for q in run(text, "fr").quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La préfète impute la panne à un logiciel défaillant fourni par le prestataire.", "la panne à un logiciel défaillant fourni par le prestataire"),
        ("Le syndicat attribue l'incendie à un défaut d'entretien de la chaudière.", "l'incendie à un défaut d'entretien de la chaudière"),
        ("Les douaniers évaluent le préjudice à deux millions d'euros.", "le préjudice à deux millions d'euros"),
        ("Le comptable chiffre la perte de recettes à 50 000 euros sur l'année.", "la perte de recettes à 50 000 euros sur l'année"),
        ("Le maire attribue la hausse des prix des loyers à la pénurie de logements.", "la hausse des prix des loyers à la pénurie de logements"),
        ("L'agence chiffre le préjudice à 2 millions d'euros.", "le préjudice à 2 millions d'euros"),
    ],
)
def test_object_and_its_cause_or_value_are_the_statement(run, text, content):
    assert content in [q for q, _ in _quotes(run, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le jury a attribué le prix à une romancière québécoise.",
        "La mairie a attribué les logements à des familles prioritaires.",
        "Les enseignants évaluent les élèves chaque trimestre.",
        "L'agence évalue le coût des travaux.",
        "Le vote permettra d'évaluer le poids des différents courants au sein des adhérents.",
        "L'agence chiffre le coût des travaux.",
        "Le parti pourrait chercher à imputer l'incendie aux militants.",
    ],
)
def test_awarded_things_and_objects_without_a_cause_or_value_state_nothing(run, text):
    assert _quotes(run, text) == []


def test_a_passive_without_object_is_no_cue_inside_a_sourced_sentence(run):
    text = "Plus de 3 000 fichiers auraient été chiffrés ou effacés, d'après le rapport publié lundi."
    quotes = _quotes(run, text)
    assert quotes and all("fichiers" not in speaker for _, speaker in quotes)


def test_participle_after_a_reported_clause_is_the_reporting_subjects_act(run):
    text = "Le maire, Paul Girard, a assuré que le pont était solide, imputant l'effondrement à une crue exceptionnelle."
    quotes = dict(_quotes(run, text))
    assert quotes.get("l'effondrement à une crue exceptionnelle") == "Paul Girard"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("L'association reproche à la mairie d'avoir ignoré les premières alertes des riverains.", "à la mairie d'avoir ignoré les premières alertes des riverains", "association"),
        ("L'avocat reproche au promoteur, Marc Dubreuil, d'avoir caché des fissures aux acheteurs.", "au promoteur, Marc Dubreuil, d'avoir caché des fissures aux acheteurs", "avocat"),
        ("Son avocat conteste que son client ait signé le moindre document.", "son client ait signé le moindre document", "avocat"),
    ],
)
def test_present_tense_hung_on_its_subject_still_reports(run, text, content, speaker):
    assert (content, speaker) in _quotes(run, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Les riverains jugent cette décision injuste.", "cette décision injuste"),
        ("Les éleveurs estiment la compensation dérisoire, et réclament une rencontre.", "la compensation dérisoire"),
    ],
)
def test_judgement_attribute_read_as_an_adjective_of_the_object(run, text, content):
    assert content in [q for q, _ in _quotes(run, text)]
