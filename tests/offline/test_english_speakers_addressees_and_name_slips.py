"""English speakers: the person an interview or a question is addressed to answers it, the
interviewer or asker does not; a surname the writer misspelt is still the person's (sentences
written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


# -- "In an interview with X, the senator said": the description is not the interviewer ------------


def test_description_after_an_interview_with_someone_is_not_the_interviewer(run):
    text = (
        "Ann Roe visited a plant in Toledo on Monday. In an interview with radio host Mark Bell, "
        "the senator said that the tariffs were a mistake."
    )
    assert speaker_of(run(text, "en"), "the tariffs were a mistake") == "Ann Roe"


def test_description_is_not_someone_its_own_verb_governs(run):
    text = (
        "Ann Roe visited a plant in Toledo on Monday. After a long call with Mark Bell on Tuesday, "
        "the nominee said that the tariffs were a mistake."
    )
    assert speaker_of(run(text, "en"), "the tariffs were a mistake") == "Ann Roe"


def test_title_in_apposition_after_a_name_is_still_its_role(run):
    text = "Ann Roe visited a plant in Toledo on Monday. Mark Bell, the senator, said that the tariffs were a mistake."
    assert speaker_of(run(text, "en"), "the tariffs were a mistake") == "Mark Bell"


# -- "X asked Y whether …. “…,” he said": the one asked answers ------------------------------------


def test_pronoun_after_a_question_put_to_someone_is_the_one_asked(run):
    text = (
        "The mayor spoke at a rally in Ohio. Radio host Mark Bell asked Tom Hale whether the plan was fair. "
        '"It is fair, and I will defend it," he said.'
    )
    assert speaker_of(run(text, "en"), "I will defend it") == "Tom Hale"


def test_pronoun_after_asking_someone_about_a_topic_is_the_one_asked(run):
    text = (
        "The mayor spoke at a rally in Ohio. Last month, Mark Bell asked Tom Hale about the plan. "
        '"It is fair, and I will defend it," he said.'
    )
    assert speaker_of(run(text, "en"), "I will defend it") == "Tom Hale"


def test_pronoun_after_a_request_is_the_one_who_asked(run):
    text = 'The mayor spoke at a rally in Ohio. Mark Bell asked Tom Hale to resign. "He must go," he said.'
    assert speaker_of(run(text, "en"), "He must go") == "Mark Bell"


def test_pronoun_asking_again_is_the_asker(run):
    text = 'The mayor spoke at a rally in Ohio. Mark Bell asked Tom Hale whether the plan was fair. "Why would it be?" he asked.'
    assert speaker_of(run(text, "en"), "Why would it be") == "Mark Bell"


# -- "Anthony Kiedis … Keidis said": a slip of the writer's in a surname -----------------------------


def test_surname_with_two_letters_swapped_is_the_full_name_given(run):
    text = 'Singer Anthony Kiedis spoke about the new album on Monday. "We wrote all new songs in the studio," Keidis said.'
    assert speaker_of(run(text, "en"), "all new songs") == "Anthony Kiedis"


def test_surname_with_its_doubled_letter_moved_is_the_full_name_given(run):
    text = 'Reporter Elise Labott wrote to an aide on Monday. "She was great," Labbot wrote.'
    assert speaker_of(run(text, "en"), "She was great") == "Elise Labott"


def test_surname_written_right_is_not_taken_for_a_slip_of_another(run):
    text = 'Ann Bales spoke on Monday. Tom Ables also spoke. "It was fine," Ables said.'
    assert speaker_of(run(text, "en"), "It was fine") in ("Ables", "Tom Ables")
