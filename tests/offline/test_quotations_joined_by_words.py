"""English: a clause that joins two of its quotations with words of its own ("‘Images’ Have
‘No Place’") is one mixed statement quoting both, not two direct quotes; a cue between two
quotations still splits them (attribution._words_between_quotations)."""

from __future__ import annotations


def test_a_headline_clause_joining_two_quotations_is_one_mixed_quote(run):
    text = "Ryan: ‘Hateful Images’ Have ‘No Place In A Mayoral Campaign.’\n\nSpeaker Tom Ryan spoke on Tuesday about the campaign of his rival Dan Ortiz."
    assert [(q.kind, q.text) for q in run(text, "en").quotes] == [("mixed", "‘Hateful Images’ Have ‘No Place In A Mayoral Campaign.’")]


def test_quotations_joined_by_a_conjunction_in_a_reported_clause_stay_one_mixed_quote(run):
    quotes = run("Ann Vance said the plan was “reckless” and “cruel.”", "en").quotes
    assert [(q.kind, q.text) for q in quotes] == [("mixed", "the plan was “reckless” and “cruel.")]


def test_a_cue_between_two_quotations_splits_them(run):
    for text in (
        "Ann Vance spoke. “We will win,” she said. “The town is with us.”",
        "Ann Vance spoke. “We will win,” she said, “and the town is with us.”",
    ):
        assert [q.kind for q in run(text, "en").quotes] == ["direct", "direct"]


def test_a_participle_of_saying_between_two_quotations_splits_them(run):
    text = 'Tom Hale told reporters that Bill Ray "had a silly plan for the harbour," adding, "He lost every debate."'
    assert [q.text for q in run(text, "en").quotes][-1] == "He lost every debate."
