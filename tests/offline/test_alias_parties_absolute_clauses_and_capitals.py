"""A description the article pins word for word on a named person is that
person as an accused party; a noun phrase with its own participle set off by a comma before the
subject is an absolute clause, not the speaker (sentences written for these tests)."""

from __future__ import annotations

import pytest


def accused(result):
    return sorted(a.name for a in result.accused)


@pytest.mark.parametrize(
    ("headline", "body", "person"),
    [
        (
            "L'ancienne directrice de Solvex jugée à Rennes",
            "Le parquet a requis jeudi deux ans de prison contre l'ancienne directrice de Solvex, "
            "Claire Vautrin, jugée pour abus de biens sociaux.",
            "Claire Vautrin",
        ),
        (
            "Le trésorier du club de Montbrison mis en examen",
            "Le trésorier du club de Montbrison, Lucien Ferrat, a été mis en examen lundi pour "
            "détournement de fonds.",
            "Lucien Ferrat",
        ),
    ],
)
def test_description_given_as_alias_of_a_named_person_is_that_party(run, headline, body, person):
    assert accused(run(f"{headline}\n\n{body}", "fr")) == [person]


def test_same_role_of_another_place_stays_another_party(run):
    text = (
        "Le maire de Vierzon est accusé de favoritisme dans l'attribution d'un marché. "
        "Le maire de Bourges, Étienne Roussel, a pris la défense de son voisin."
    )
    assert accused(run(text, "fr")) == ["maire de Vierzon"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("L'ancien trésorier jugé à Nantes, le parquet requiert trois ans de prison.", "parquet"),
        ("La réforme adoptée, la ministre a déclaré que le texte entrerait en vigueur en mars.", "ministre"),
        ("Crues dans le Var: l'État promet des aides, les familles dénoncent des retards", "familles"),
    ],
)
def test_clause_set_off_before_the_subject_is_not_the_speaker(run, sentence, speaker):
    assert [q.speaker for q in run(sentence, "fr").quotes] == [speaker]


def test_participle_inside_the_subject_keeps_it(run):
    sentence = "Le maire, interrogé par la presse, a déclaré que le chantier reprendrait en mai."
    assert [q.speaker for q in run(sentence, "fr").quotes] == ["maire"]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        (
            "Varsovie accuse Vilnius de retarder le projet.\n\n"
            "La Pologne a accusé lundi la Lituanie d'avoir bloqué la construction du gazoduc.",
            "fr",
            "Pologne",
        ),
        (
            "Warsaw accuses Vilnius of delaying the pipeline.\n\n"
            "Poland on Monday accused Lithuania of blocking the pipeline's construction.",
            "en",
            "Poland",
        ),
    ],
)
def test_a_country_and_its_capital_are_one_state(run, text, language, state):
    result = run(text, language)
    assert [s.name for s in result.speakers if state in s.aliases] == [state]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trois colis suspects ont été saisis jeudi, a annoncé la douane, sans donner leur provenance.",
        "La directrice a refusé de commenter, sans préciser pourquoi.",
        "Le maire a démissionné lundi, a-t-il annoncé, pour protester contre la fermeture de la maternité.",
        "Le club a confirmé le départ de son entraîneur, afin de mettre fin aux rumeurs.",
    ],
)
def test_infinitive_of_circumstance_after_a_reporting_verb_is_not_content(run, sentence):
    texts = [q.text for q in run(sentence, "fr").quotes]
    assert not any(text.split()[0] in ("donner", "préciser", "protester", "mettre") for text in texts), texts


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("La ministre a affirmé ne pas vouloir démissionner.", "ne pas vouloir démissionner"),
        ("Le syndicat a promis de poursuivre la grève jusqu'à Noël.", "poursuivre la grève jusqu'à Noël"),
        # (after an attribute the infinitive completes it; the match needs only part of the span)
        ("La chambre régionale s'est dite favorable pour examiner le dossier en janvier.", "examiner le dossier en janvier"),
    ],
)
def test_infinitive_content_after_de_or_bare_stays(run, sentence, content):
    assert [q.text for q in run(sentence, "fr").quotes] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "« Je n'ai rien à me reprocher », a réagi Zabala dans un message publié sur son blog.",
        "« Je n'ai rien à me reprocher », a réagi Zabala dans un communiqué.",
    ],
)
def test_inverted_surname_the_tagger_reads_as_an_adverb_is_the_speaker(run, sentence):
    assert [q.speaker for q in run(sentence, "fr").quotes] == ["Zabala"]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Les riverains accusent la préfecture d'avoir « oublié » les villages de montagne.", "préfecture"),
        ("Le collectif accuse le maire de « mentir » depuis le début.", "maire"),
        ("Le syndicat accuse la direction de l'usine de Lannion de « brader » le site.", "direction de l'usine de Lannion"),
    ],
)
def test_party_ends_before_a_quoted_infinitive_complement(run, sentence, party):
    assert accused(run(sentence, "fr")) == [party]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les travaux reprendront en janvier, a assuré lundi la ministre des Sports, Odile Ferrand, en visite sur le chantier.",
        "Les travaux reprendront en janvier, a assuré la ministre, Odile Ferrand.",
    ],
)
def test_inverted_description_takes_the_name_in_apposition_after_its_comma(run, sentence):
    assert [q.speaker for q in run(sentence, "fr").quotes] == ["Odile Ferrand"]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Les infirmières reprochent au chef de service des brimades et des menaces de mutation.", "chef de service"),
        ("Les joueurs reprochent à l'entraîneur des méthodes brutales.", "entraîneur"),
        ("Les Verts reprochent à la présidente des Républicains son silence.", "présidente des Républicains"),
        ("Les élus reprochent au directeur des finances son silence.", "directeur des finances"),
    ],
)
def test_party_blamed_through_reprocher_a_without_the_object_hung_on_it(run, sentence, party):
    assert accused(run(sentence, "fr")) == [party]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le maire a dénoncé une manœuvre menée selon lui par l'opposition.",
        "La directrice a dénoncé jeudi une « campagne » orchestrée selon elle par d'anciens cadres.",
    ],
)
def test_source_phrase_inside_a_reported_object_is_part_of_that_statement(run, sentence):
    quotes = run(sentence, "fr").quotes
    assert len(quotes) == 1 and quotes[0].cue.startswith("dénonc")


def test_a_capital_named_as_a_place_is_no_country_in_a_claims_about(run):
    result = run("Le ministre a annoncé que les bailleurs se réuniraient à Lima en mars.", "fr")
    assert result.claims and all("Pérou" not in claim.about for claim in result.claims)
