"""English statements: the reason given for praise ("praised the nurses for working through the
storm") says what the praise was about in the writer's words; it is no statement
(acts._reason_for_a_judgment). GGT's annotators and those of the extra sets leave it out, and
the reason for blame too ("criticized the council for cutting funds": acts._object_of_a_stance,
tested in test_english_statements_of_stances_embedded_posts_and_as_clauses.py). A label through
"as", a content clause and an accusation "of" still state something."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Ward praised the nurses for working through the storm.",
        "At the rally, Ann Ward applauded him for defying the party leaders “over and over again.”",
        "The mayor thanked the volunteers for clearing the roads overnight.",
    ],
)
def test_the_reason_for_praise_is_no_statement(run, text):
    assert run(text, "en").quotes == []


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
