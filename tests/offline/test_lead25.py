"""Round 25, lead lane: constructions found by running invented wire dispatches through the engine
(sentences written for these tests)."""

from __future__ import annotations

import pytest


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # A reporting verb the tagger reads as a noun or an adjective, after a title and the name
        # apposed to it: the name speaks, not the title.
        ("Le directeur de la scierie, Marc Olier, dément toute implication dans la pollution.", "toute implication dans la pollution", "Marc Olier"),
        ("La présidente de la région, Anne Roy, critique le projet de l'État.", "le projet de l'État", "Anne Roy"),
        ("Le maire de Villebrune, Paul Girard, juge pour sa part que le projet coûte trop cher.", "le projet coûte trop cher", "Paul Girard"),
    ],
)
def test_name_apposed_to_the_subject_of_a_misread_verb_speaks(run, sentence, content, speaker):
    assert reported(run(sentence, "fr")) == [(content, speaker)]


def test_an_aside_that_is_no_name_leaves_the_subject_speaking(run):
    assert reported(run("Le maire, à l'origine du projet, dément toute implication.", "fr")) == [("toute implication", "maire")]
