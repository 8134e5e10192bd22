"""English speakers: whom a definite epithet ("the actress said", "the congressman added") stands
for, the gender a first name tells a she/he that follows, and a name after a description set
beside the speaker (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


def test_a_gendered_epithet_passes_over_a_subject_of_the_other_gender(run):
    text = (
        "Laura Benson opened the first store of her chain in a quiet suburb of Leeds.\n\n"
        "Robert Hale attacked the plan for the new warehouse on Tuesday.\n\n"
        "“We will hire two hundred people by the spring,” the actress said."
    )
    result = run(text, "en")
    assert speaker_of(result, "two hundred people") == "Laura Benson"


def test_a_gendered_epithet_takes_up_the_last_subject_of_its_gender(run):
    text = (
        "Laura Benson opened the first store of her chain in a quiet suburb of Leeds.\n\n"
        "Robert Hale attacked the plan for the new warehouse on Tuesday.\n\n"
        "“It will ruin the high street,” the congressman said."
    )
    result = run(text, "en")
    assert speaker_of(result, "ruin the high street") == "Robert Hale"


def test_a_common_first_name_tells_whom_a_she_stands_for(run):
    text = (
        "Marty Kowalski and Gwen Porter both visited the town on Monday. Kowalski held a rally at noon "
        "while Porter hosted a dinner for donors, during which she thanked the mayor.\n"
        "“I want to thank everyone who came tonight,” she said."
    )
    result = run(text, "en")
    assert speaker_of(result, "everyone who came tonight") == "Gwen Porter"


def test_a_name_after_a_description_set_beside_the_speaker_is_no_second_speaker(run):
    text = (
        "“We are doing the right things,” said Mark Fielding, a pollster who worked for the mayor's "
        "rival in the 2012 race, former councillor Tom Brandt."
    )
    result = run(text, "en")
    assert speaker_of(result, "the right things") == "Mark Fielding"
