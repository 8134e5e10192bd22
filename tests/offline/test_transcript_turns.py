"""A transcript quoted over several paragraphs, each turn opened by its speaker's name in
capitals ("“SMITH: …"): one quote per turn, the labelled person's. Text written for these tests."""

from __future__ import annotations

import pytest

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document

_INTERVIEW = (
    "Senator Defends Road Plan.\n\n"
    "On Sunday's program, Senator Ruth Calloway defended her road plan in an interview with host Peter Marsh.\n\n"
    "Partial transcript as follows:\n\n"
    '"MARSH: Senator, the plan costs four billion dollars. Who is going to pay for it?\n\n'
    '"CALLOWAY: Well, the drivers who use the new roads will pay a small toll, and the state will cover the rest.\n\n'
    '"(CROSSTALK.)\n\n'
    '"MARSH: But the toll was rejected by voters twice.\n\n'
    '"CALLOWAY: That was a different plan with a much higher toll."'
)


@pytest.fixture(scope="module")
def engines():
    # Rules only: the turns must not depend on the learned model.
    return {scope: OfflineEngine(language="en", scope=scope, learned=False) for scope in ("statements", "attributions")}


@pytest.mark.parametrize("scope", ["statements", "attributions"])
def test_each_labelled_paragraph_of_a_quoted_transcript_is_its_speakers_turn(engines, scope):
    quotes = engines[scope].extract(Document(text=_INTERVIEW)).quotes
    turns = [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "direct"]
    assert turns == [
        ("Senator, the plan costs four billion dollars. Who is going to pay for it?", "Peter Marsh", ":"),
        ("Well, the drivers who use the new roads will pay a small toll, and the state will cover the rest.", "Ruth Calloway", ":"),
        ("But the toll was rejected by voters twice.", "Peter Marsh", ":"),
        ("That was a different plan with a much higher toll.", "Ruth Calloway", ":"),
    ]


def test_a_quotation_with_section_labels_is_no_dialogue(engines):
    text = (
        "The mayor sent a long letter to the council on Friday. It read:\n\n"
        '"UPDATE: The bridge will close for repairs on Monday morning.\n\n'
        '"NOTE: The ferry will run every hour while the bridge is closed."'
    )
    quotes = engines["attributions"].extract(Document(text=text)).quotes
    assert not any(q.cue == ":" and q.text.startswith("The bridge") for q in quotes)
    assert any("UPDATE" in q.text for q in quotes)
