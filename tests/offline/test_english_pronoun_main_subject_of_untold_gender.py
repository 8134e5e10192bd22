"""English speakers: the he/she after a sentence stands for its main clause's subject even when the
article has not told that person's gender, rather than for someone of known gender the sentence
only mentions after it (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import speakers_of


def test_main_subject_of_untold_gender_beats_a_later_object_of_known_gender(run):
    text = (
        "Barack Obama took office in 2009. He inherited a deep recession.\n\n"
        "During the 2012 election, Mitt Romney largely ran on his ability to jolt the economy and accused "
        "Obama of bungling the recovery. He pledged that he would get the unemployment rate down to 6 percent."
    )
    assert speakers_of(run(text, "en"), "unemployment rate") == ["Mitt Romney"]


def test_subject_of_known_gender_in_a_reported_clause_keeps_the_pronoun(run):
    # ("Ann Roe slammed the plan, Acme Watch reported. She then said …": the source that closes the
    # sentence is its main subject, but the pronoun goes on with the subject it reports.)
    text = (
        "After she criticized the film, Pastor Karen Swann has now set her sights on the scouts.\n\n"
        "Swann slammed the scouts for their views on her weekly radio show, Right Wing Watch first reported.\n\n"
        "She then said that the leaders should resign."
    )
    assert speakers_of(run(text, "en"), "leaders should resign") == ["Karen Swann"]
