"""English speakers of documents and the people a name alone stands for: a summary or a tally
speaks for the body whose it is, a headline labelled "Report:" for the source the lede credits
with the report; a surname two people share stands for the one just named as a subject, and a
first name alone tells its bearer's gender (sentences written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_summary_speaks_for_the_body_compounded_with_it(run):
    text = (
        "The bureau closed its inquiry in July. According to an FBI summary of its investigation, the aide sent an email "
        "weeks before the deletions. The employee did not act at once, according to the summary."
    )
    assert speakers(run(text, "en")) == [
        ("the aide sent an email weeks before the deletions", "FBI"),
        ("The employee did not act at once", "FBI"),
    ]


def test_tally_speaks_for_the_body_that_kept_it(run):
    text = "The race is close. The senator has won 740 delegates so far, according to a CNN tally."
    assert speakers(run(text, "en")) == [("The senator has won 740 delegates so far", "CNN")]


def test_report_label_of_a_headline_is_the_source_the_lede_says_reported(run):
    text = (
        "Report: Mayor Reed to step down in the spring.\n\n"
        "Mayor Ann Reed will step down in April, the Daily Ledger reported on Monday.\n\n"
        "Reed has led the city since 2015."
    )
    assert speakers(run(text, "en"))[0] == ("Mayor Reed to step down in the spring", "Daily Ledger")


def test_report_label_of_a_headline_is_the_author_of_the_report_the_lede_cites(run):
    text = (
        "Report: Governor to sign the water bill.\n\n"
        "Governor Tom Hale will sign the water bill on Friday, according to a report Tuesday from KXTV, the local news station."
    )
    assert speakers(run(text, "en"))[0] == ("Governor to sign the water bill", "KXTV")


def test_report_noun_inside_a_headline_is_no_label(run):
    text = (
        "Mayor Reed Rejects Report On Water Costs.\n\n"
        "Mayor Ann Reed rejected the findings on Monday, the Daily Ledger reported."
    )
    assert all(speaker != "Daily Ledger" for text, speaker in speakers(run(text, "en")) if "Water" in text)


def test_shared_surname_is_the_bearer_just_named_as_subject(run):
    text = (
        "Tom Vey spoke at the rally on Friday. His wife spoke too.\n\n"
        "On Sunday, at a rally in Derry, Ann Vey rebuffed a heckler who asked about her husband. "
        "\"You are very rude, and I will not call on you,\" Vey told him."
    )
    assert speakers(run(text, "en")) == [("You are very rude, and I will not call on you,", "Ann Vey")]


def test_shared_surname_far_from_any_bearer_keeps_the_first_one_named(run):
    text = (
        "Tom Vey spoke at the rally on Friday, and Ann Vey joined him later.\n\n"
        "The crowd was large. Many had driven for hours. The hall was full by noon.\n\n"
        "\"We will win this state,\" Vey said."
    )
    assert speakers(run(text, "en")) == [("We will win this state,", "Tom Vey")]


def test_person_named_by_a_first_name_alone_is_no_antecedent_of_the_other_gender(run):
    text = (
        "Senator Tom Vey met the bishop on Saturday. \"He is a man of peace,\" Vey said.\n\n"
        "Some of his advisers, including his wife, Jane, also were at the meeting. He said that there was no talk of the election."
    )
    assert speakers(run(text, "en"))[-1] == ("that there was no talk of the election", "Tom Vey")
