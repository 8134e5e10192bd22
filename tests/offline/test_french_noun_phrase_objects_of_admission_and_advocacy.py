"""French quotes: verbs of admission, protestation and advocacy whose
noun phrase is what was said (lang/fr.json object_content_by_class, pour_content,
people_object), and the relative clauses that end such a phrase. Made-up sentences."""

from __future__ import annotations

import pytest


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind in ("indirect", "mixed")]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Le club admet en revanche l'usage de fusées dans la tribune.", "l'usage de fusées dans la tribune", "club"),
        ("Le gardien a toujours clamé son innocence.", "son innocence", "gardien"),
        ("L'avocate a plaidé pour une remise en liberté de son client.", "une remise en liberté de son client", "avocate"),
        ("Le médecin plaide pour un suivi des habitants du quartier.", "un suivi des habitants du quartier", "médecin"),
    ],
)
def test_noun_phrase_object_of_admission_protestation_and_advocacy(run, sentence, content, speaker):
    assert (content, speaker) in reported(run(sentence, "fr"))


@pytest.mark.parametrize(
    "sentence",
    [
        "L'hôpital a admis deux blessés dans la nuit.",  # admitted people: an act, not a statement
        "La prévenue a plaidé coupable devant le tribunal.",  # a plea, no noun phrase said
        "Maître Roux plaidera lundi devant la cour d'appel.",
    ],
)
def test_no_content_for_people_admitted_or_a_plea_without_object(run, sentence):
    assert reported(run(sentence, "fr")) == []


def test_advocacy_span_leaves_out_its_preposition(run):
    [quote] = [q for q in run("Le syndicat plaide pour une hausse des salaires.", "fr").quotes if q.kind == "indirect"]
    assert quote.text == "une hausse des salaires" and quote.cue == "plaide"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Le collectif admet en revanche l'usage de pétards, qu'il présente comme une « tradition » locale.", "l'usage de pétards", "collectif"),
        ("Le groupe a nié toute implication dans les violences, qu'il dit « condamner fermement ».", "toute implication dans les violences", "groupe"),
    ],
)
def test_noun_phrase_content_ends_before_a_relative_clause_that_reports(run, sentence, content, speaker):
    assert (content, speaker) in reported(run(sentence, "fr"))


def test_a_que_clause_after_the_object_is_no_content_of_the_verb(run):
    # « qu'il a présenté lundi » is a relative clause on « un plan », not what was announced.
    texts = [text for text, _ in reported(run("Le maire a annoncé un plan, qu'il a présenté lundi aux élus.", "fr"))]
    assert "il a présenté lundi aux élus" not in texts
