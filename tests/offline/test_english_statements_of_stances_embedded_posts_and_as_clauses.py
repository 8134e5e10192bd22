"""English statements: what a stance, an embedded post and an "as" clause report.

- A verb that takes a stance towards its object (criticize, blame, reject, praise, endorse …)
  with no predicate of its own in the content names whom or what the stance was about, and the
  reason after "for" is the writer's account of it: no proposition was stated, with quoted words
  inside or not (acts._object_of_a_stance). A clause, an object predicate or a label through "as"
  still states one.
- A post an article embeds as markup (<tweet …>…</tweet>, or closed by "<tweet/>") is displayed
  as published, not reported: none of its words is a statement of the article
  (attribution._outside_embedded_elements). The article's own account of a post stays.
- An "as" clause of reporting stands for the main clause's content
  (attribution._Analyzer._main_clause_of_as_clause): a passive one with its agent ("As reported
  by the Gazette, …", attribution._as_reported_by) reports as the active one does, with the agent
  as speaker, and so does one after a connective adverb ("However, as …"); one of prediction
  ("as critics predicted") says a forecast came true, no statement."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mayor criticized the council for cutting funds.",
        "Senator Ann Ward blamed the press for making an issue out of the remark.",
        "Governor Tom Blake blasted the union for “walking away” from the talks.",
        "The new minister on Monday rejected the builder's “generous” offer to pay for the bridge.",
        "At the rally, Ann Ward praised the volunteers who “never gave up.”",
        "Ann Ward also endorsed three candidates “who share our values.”",
    ],
)
def test_the_object_of_a_stance_is_no_statement(run, text):
    assert run(text, "en").quotes == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ann Ward dismissed the plan as “a stunt.”", "the plan as “a stunt."),
        ("Ann Ward criticized the council, saying it had failed the town.", "it had failed the town"),
        ("Ann Ward accused the council of cutting funds.", "the council of cutting funds"),
    ],
)
def test_labels_clauses_and_accusations_still_state(run, text, quoted):
    assert [q.text for q in run(text, "en").quotes] == [quoted]


def test_a_predicate_inside_the_reason_keeps_it_no_statement(run):
    assert run("The mayor blamed the storm for keeping the roads closed.", "en").quotes == []


def test_examples_after_such_as_are_no_label(run):
    assert run("The mayor criticized the plan for ignoring risks such as floods and droughts.", "en").quotes == []


@pytest.mark.parametrize(
    "text",
    [
        'Senator Ann Ward answered within the hour. <tweet id="1" author="@annward">Tom Blake says the budget is “a disgrace.”</tweet> The council met on Monday.',
        'The mayor replied on Twitter. <tweet tweet-author="@mayor" tweet-date="May 2">My critics say the plan will fail. They are wrong.<tweet/> The council met on Monday.',
    ],
)
def test_words_inside_an_embedded_post_are_no_statement(run, text):
    assert run(text, "en").quotes == []


def test_the_account_of_a_post_outside_it_stays(run):
    text = 'Ann Ward wrote on Twitter that the budget was a disgrace. <tweet id="1" author="@annward">Shame on the council.</tweet>'
    assert [q.text for q in run(text, "en").quotes] == ["that the budget was a disgrace"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As reported by the Daily Courier, the council approved the budget on Monday.", "the council approved the budget on Monday", "Daily Courier"),
        ("The council approved the budget, as reported by the Daily Courier.", "The council approved the budget", "Daily Courier"),
        ("However, as the Daily Courier has reported, the council approved the budget on Monday.", "the council approved the budget on Monday", "Daily Courier"),
    ],
)
def test_as_clause_reports_the_main_clause(run, text, content, speaker):
    assert [(q.kind, q.text, q.speaker) for q in run(text, "en").quotes] == [("indirect", content, speaker)]


def test_a_participle_without_agent_still_describes(run):
    assert run("As expected, the council approved the budget on Monday.", "en").quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "As predicted by most critics, the small film won the top prize.",
        "As most critics predicted, the small film won the top prize.",
    ],
)
def test_a_forecast_that_came_true_is_no_statement(run, text):
    assert run(text, "en").quotes == []
