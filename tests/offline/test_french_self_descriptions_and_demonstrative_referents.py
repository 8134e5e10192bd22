"""French pronominal self-descriptions (« se présente comme », « se définit comme »), and a
demonstrative description that refers back to the named subject. Made-up sentences."""

from __future__ import annotations

import pytest


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind in ("indirect", "mixed")]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("La ministre se présente comme la garante de l'unité du parti.", "la garante de l'unité du parti", "ministre"),
        ("Le maire se définit comme un élu de terrain avant tout.", "un élu de terrain avant tout", "maire"),
        ("La ministre s'affirme « très inquiète » de la situation des hôpitaux.", "« très inquiète » de la situation des hôpitaux", "ministre"),
    ],
)
def test_pronominal_self_description(run, sentence, content, speaker):
    assert reported(run(sentence, "fr")) == [(content, speaker)]


def test_two_coordinated_self_descriptions_are_two_statements(run):
    text = "La candidate a parlé mardi. Elle se présente comme défendant les petites communes puis se décrit comme une élue sans étiquette."
    assert [content for content, _ in reported(run(text, "fr"))] == ["défendant les petites communes", "une élue sans étiquette"]


@pytest.mark.parametrize(
    "sentence",
    [
        "La situation se présente comme suit : trois blessés et deux disparus.",
        "L'appareil se présente comme une petite boîte noire.",
    ],
)
def test_self_description_of_things_states_nothing(run, sentence):
    assert reported(run(sentence, "fr")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lors du vote, Paul Morel a devancé Anne Roy de dix voix. À 41 ans, cet homme discret devient maire du bourg. Il affirme qu'il veut rénover la halle.",
        "Lors du vote, Paul Morel a obtenu 60 % des voix. Ce médecin de formation devient maire du bourg. Il affirme qu'il veut rénover la halle.",
    ],
)
def test_demonstrative_description_refers_back_to_the_named_subject(run, text):
    assert reported(run(text, "fr")) == [("il veut rénover la halle", "Paul Morel")]


