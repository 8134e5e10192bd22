"""Claims: a demand made by writing « pour exiger … », the speaker's reticence after « sans »,
and the speaker of a state one says one is in « par » a cause (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronominal « se dire »: its subject speaks, the « par » phrase is the cause
        ("Le maire s'est dit « abasourdi » par la décision du conseil.", "maire"),
        ("La directrice Claire Dumas s'est dite « révoltée » par le choix du ministère.", "Claire Dumas"),
    ],
)
def test_speaker_of_a_state_said_with_its_cause(run, text, speaker):
    result = run(text, "fr")
    assert [c.claimant for c in result.claims] == [speaker]


def test_agent_of_a_passive_label_still_speaks(run):
    result = run("La réforme, qualifiée de « recul » par la CGT, a été votée.", "fr")
    assert [q.speaker for q in result.quotes] == ["CGT"]
