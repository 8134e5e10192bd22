"""English statements: the reason given for a judgment ("criticized the council for cutting
funds", "praised the nurses for working through the storm") says what the judgment was about
in the writer's words; it is no statement (acts._reason_for_a_judgment). GGT's annotators and
those of the extra sets leave it out; a label through "as", an object predicate, a content
clause and an accusation "of" still state something."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mayor criticized the council for cutting funds.",
        "Senator Ann Ward praised the nurses for working through the storm.",
        "Senator Ann Ward blamed the media for making an issue out of the remark.",
        "At the rally, Ann Ward applauded him for defying the party leaders “over and over again.”",
        "Ann Ward has often mocked the governor for not releasing his tax returns.",
    ],
)
def test_the_reason_for_a_judgment_is_no_statement(run, text):
    assert run(text, "en").quotes == []


def test_the_judged_party_stays_accused(run):
    result = run("Senator Ann Ward blamed the media for making an issue out of the remark.", "en")
    assert any("media" in a.name for a in result.accused)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a label through "as" states the label, whatever reason follows
        ("Ann Ward slammed the governor as “reckless” for cutting the budget.", "the governor as “reckless” for cutting the budget"),
        # a content clause after the judging verb's participle is what was said
        ("Ann Ward criticized the council, saying it had failed the town.", "it had failed the town"),
        # an accusation states its charge
        ("Ann Ward accused the council of cutting funds.", "the council of cutting funds"),
        ("Ann Ward criticized that the council had cut funds.", "that the council had cut funds"),
    ],
)
def test_labels_clauses_and_accusations_still_state(run, text, quoted):
    assert [q.text for q in run(text, "en").quotes] == [quoted]
