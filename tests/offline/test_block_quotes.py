"""A paragraph set apart after a reporting verb and a colon ("The mayor added: ¶ …") is what
the verb's subject said, all its sentences. Text written for these tests."""

from __future__ import annotations

import pytest

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


@pytest.fixture(scope="module")
def engines():
    # Rules only: the construction must not depend on the learned model.
    return {scope: OfflineEngine(language="en", scope=scope, learned=False) for scope in ("statements", "attributions")}


@pytest.mark.parametrize("scope", ["statements", "attributions"])
def test_the_paragraph_after_a_reporting_verb_and_a_colon_is_a_block_quote(engines, scope):
    text = (
        "The budget vote is set for Tuesday.\n\n"
        "The governor added:\n\n"
        "It is typical of the council. It spends money it does not have, and it never explains where the money goes.\n\n"
        "The vote is close."
    )
    quotes = engines[scope].extract(Document(text=text)).quotes
    assert [(q.text, q.cue, q.speaker) for q in quotes if q.cue == "added"] == [
        ("It is typical of the council. It spends money it does not have, and it never explains where the money goes", "added", "governor"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A list announced by a noun: no one speaks.
        "The plan has two parts. It includes the following:\n\nTwo new bridges will cross the river and a ferry line will run hourly.",
        # A one-line item, no sentence.
        "The mayor wrote:\n\nBridges, ferries.",
    ],
)
def test_a_paragraph_after_a_colon_without_a_reporting_verb_or_a_sentence_is_no_block_quote(engines, text):
    quotes = engines["attributions"].extract(Document(text=text)).quotes
    assert not any(q.text.startswith(("Two new bridges", "Bridges")) for q in quotes)
