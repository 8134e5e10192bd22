"""English speakers: a courtesy title before a family name written first, names the recogniser
mis-tagged inside a joint subject, a question's opening modal that is no first name, and a
relative who does not take the surname of the person named before (sentences written for these
tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


def test_a_courtesy_title_before_a_family_name_written_first(run):
    text = (
        "The trade minister, Wen Haoran, said exports had held up through the winter.\n\n"
        "“Our factories are busy again,” Mr. Wen told reporters in Shanghai.\n\n"
        "Mr. Wen said the port would reopen next month."
    )
    result = run(text, "en")
    assert speaker_of(result, "factories are busy") == "Wen Haoran"
    assert speaker_of(result, "port would reopen") == "Wen Haoran"


def test_a_courtesy_title_tells_which_bearer_of_a_surname(run):
    text = (
        "Tom Vale and his wife, Mary Vale, opened a bakery on Main Street in March.\n\n"
        "“We bake everything before dawn,” Mrs. Vale said on Friday."
    )
    result = run(text, "en")
    assert speaker_of(result, "before dawn") == "Mary Vale"


def test_a_name_taken_for_an_organisation_in_a_joint_subject(run):
    text = 'The vote on the budget came late on Monday.\n\n"The council has lost the plot," Jean-Luc Marchetti and Paul Okafor wrote.'
    result = run(text, "en")
    assert speaker_of(result, "lost the plot") == "Jean-Luc Marchetti, Paul Okafor"


def test_a_described_party_member_beside_the_name_is_no_second_speaker(run):
    text = (
        "The budget plans are “reckless,” said Tom Harlow, director of policy at the Fiscal Center, "
        "and a Republican who ran the committee staff for a decade."
    )
    result = run(text, "en")
    assert speaker_of(result, "reckless") == "Tom Harlow"


def test_a_question_opening_with_a_modal_names_no_will(run):
    text = (
        "Will Garza quit the race?\n\n"
        "Ramon Garza, the state senator, has trailed in every poll since May.\n\n"
        "“I am not going anywhere,” Garza said on Tuesday."
    )
    result = run(text, "en")
    assert speaker_of(result, "not going anywhere") == "Ramon Garza"


def test_a_relative_apposed_later_keeps_no_surname(run):
    text = (
        "Victor Drago, 51, was sentenced on Thursday for fraud.\n\n"
        "“He is a good father,” his wife, Elena Maria Drago, wrote to the judge.\n\n"
        "Drago told investigators that he had acted alone."
    )
    result = run(text, "en")
    assert speaker_of(result, "acted alone") == "Victor Drago"


def test_a_plural_title_takes_up_the_people_named_together(run):
    text = (
        "Senate Finance Chairman Tom Harlow and Budget Chairman Ann Ruiz sent the letter to the agency on Monday.\n\n"
        "“The evidence appears to contradict the testimony,” the committee chairmen wrote."
    )
    result = run(text, "en")
    assert speaker_of(result, "contradict the testimony") == "Tom Harlow, Ann Ruiz"


def test_the_two_take_up_the_people_named_together(run):
    text = (
        "Sen. Tom Harlow and Sen. Ann Ruiz sent a second letter to the agency on Friday.\n\n"
        "“You seem to have picked a new standard,” the two wrote."
    )
    result = run(text, "en")
    assert speaker_of(result, "a new standard") == "Tom Harlow, Ann Ruiz"
