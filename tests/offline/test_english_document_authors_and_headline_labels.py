"""English speakers of documents: a summary or a tally speaks for the body whose it is, and a
headline labelled "Report:" for the source the lede credits with the report (sentences written
for these tests)."""

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
