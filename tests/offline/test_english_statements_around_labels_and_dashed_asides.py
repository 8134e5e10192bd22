"""English statements: a quoted label whose object holds an appositive or a verb of its
own still goes with its labelling verb, and a subject or object with a dashed aside (sentences
written for these tests)."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.text, q.speaker) for q in result.quotes]


def test_label_of_an_object_with_an_appositive_goes_with_its_verb(run):
    text = "Jones called Smith, his Republican challenger, a “crook.”"
    assert quotes(run(text, "en")) == [("mixed", "Smith, his Republican challenger, a “crook.", "Jones")]


def test_label_of_an_object_with_its_own_verb_goes_with_the_labelling_verb(run):
    text = "The minister described the decision to close the clinics as “reckless.”"
    assert quotes(run(text, "en")) == [("mixed", "the decision to close the clinics as “reckless.", "minister")]


def test_comma_outside_an_appositive_still_ends_the_label_search(run):
    # Negatives: a comma that closes a clause, or a verb that is no modifier of the object,
    # leaves the quotation without a labelling verb.
    assert run("The senator called Smith, and the reporters laughed at the “joke.”", "en").quotes == []
    assert run("The senator called the mayor and laughed at the “joke.”", "en").quotes == []


def test_participle_with_its_own_content_after_a_label_is_a_new_report(run):
    text = "The mayor has hailed the council’s decision to close the old bridge as “brave,” telling reporters that he thinks the plan is “a good thing.”"
    assert quotes(run(text, "en")) == [
        ("mixed", "the council’s decision to close the old bridge as “brave,", "mayor"),
        ("mixed", "that he thinks the plan is “a good thing.", "mayor"),
    ]
    # The parse may hang the "that" clause on a noun of the adjunct before it.
    text = "The mayor has hailed the council’s decision to close the old bridge as “brave,” telling reporters during a visit to Ohio on Friday that he thinks the plan is “a good thing.”"
    assert quotes(run(text, "en"))[0] == ("mixed", "the council’s decision to close the old bridge as “brave,", "mayor")
    # Negative: a participle without a content clause of its own is the quotation's incise.
    said = run("“We will win the vote,” telling no one in particular.", "en").quotes
    assert [(q.text, q.cue) for q in said] == [("We will win the vote,", "telling")]


def test_subject_before_a_dashed_aside_starts_the_content(run):
    text = "Other senators echoed those comments, saying the mayor's plan -- new roads and more buses -- is inadequate to the problem."
    assert quotes(run(text, "en")) == [("indirect", "the mayor's plan -- new roads and more buses -- is inadequate to the problem", "Other senators")]
    text = "The governor also addressed the concerns, stating county officials – and not the state – are in charge of the roads."
    assert quotes(run(text, "en")) == [("indirect", "county officials – and not the state – are in charge of the roads", "governor")]


def test_object_with_a_dashed_aside_and_no_clause_after_it_is_no_content(run):
    assert run("The governor praised the plan -- new roads and more buses -- and left the room.", "en").quotes == []
    assert run("The senator criticized the budget — it cuts schools — in a long speech.", "en").quotes == []
