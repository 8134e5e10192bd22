"""Round 23, lead lane: a definite description refers back to the person named before it, while an
indefinite one at the head of the statements may still be named by the next sentence (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    ("opening", "description", "holder"),
    [
        ("Senator Nora Halvorsen toured the shipyard on Monday.", "The senator", "Nora Halvorsen"),
        ("Coach Petra Lindqvist watched the final training session from the stands.", "The veteran coach", "Petra Lindqvist"),
        ("Nora Halvorsen, the county's chief engineer, inspected the bridge before dawn.", "The engineer", "Nora Halvorsen"),
    ],
)
def test_definite_description_after_a_name_is_that_person_not_the_next_one_named(run, opening, description, holder):
    text = (
        f"{opening} {description} said the repairs would take two more years.\n\n"
        "Oskar Brandt, who runs the ferry company, met passengers on Tuesday."
    )
    assert speakers(run(text, "en")) == [("the repairs would take two more years", holder)]


def test_indefinite_description_is_still_named_by_the_next_sentence(run):
    text = (
        "The clinic on Elm Street closed its doors last week. Its owner, Ruth Abernathy, left town.\n\n"
        "A night nurse says she was never paid for her last month of work.\n\n"
        "Maria Okafor said the clinic still owes her about $4,000."
    )
    found = speakers(run(text, "en"))
    assert found[0] == ("she was never paid for her last month of work", "Maria Okafor")
