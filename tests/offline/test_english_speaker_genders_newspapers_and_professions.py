"""English speakers: a he/she after a sentence whose main-clause subject a first name
gives a gender, and newspapers the article pins a name on (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


# -- "spokesman Tom Verney said Obama … “…,” he said": the main-clause subject, not the one pronouns told --


def test_pronoun_takes_the_main_subject_whose_first_name_tells_his_gender(run):
    # (Obama's gender is told by "his" and "he" before; Verney's by his first name: the nearest
    # compatible main-clause subject is who "he" goes on about, not the more frequent Obama)
    text = (
        'Obama\'s remarks were aimed at his critics in Congress, including, he said, "senators who tweet all day."\n\n'
        "White House spokesman Tom Verney said Obama was not targeting only Bill Lopez.\n\n"
        '"It is common to turn on the radio and hear some congressman talking about the word," he said.'
    )
    assert speaker_of(run(text, "en"), "It is common to turn on the radio") == "Tom Verney"


def test_pronoun_of_the_other_gender_still_passes_over_the_main_subject(run):
    text = (
        'Ana Ruiz said she had met voters in Dayton, and she said "it went well."\n\n'
        "Campaign manager Tom Verney said Ruiz was not targeting only Bill Lopez.\n\n"
        '"It is common to hear that on the radio," she said.'
    )
    assert speaker_of(run(text, "en"), "It is common to hear that") in ("Ana Ruiz", "Ruiz")


# -- "the editors of The Lantern … the editorial said": the newspaper the article pinned the name on --


def test_the_editorial_speaks_for_the_newspaper_whose_editors_were_named(run):
    text = (
        "A Baton Rouge newspaper called on the senator to visit. That did not sit well with the editors "
        "of The Lantern, who aimed their Friday editorial at Ruiz.\n\n"
        '"That is reason enough for her to visit," the editorial said.'
    )
    assert speaker_of(run(text, "en"), "That is reason enough") == "Lantern"


def test_the_newspaper_takes_up_a_name_apposed_to_a_newspaper_noun(run):
    text = 'The Lantern, a Baton Rouge newspaper, criticised the senator. "She should come to Louisiana," the paper said.'
    assert speaker_of(run(text, "en"), "She should come to Louisiana") == "Lantern"


def test_the_editorial_board_of_a_name_makes_it_a_newspaper(run):
    text = 'The editorial board of the Lantern criticised the senator. "She should come to Louisiana," the paper said.'
    assert speaker_of(run(text, "en"), "She should come to Louisiana") == "Lantern"


def test_the_chairman_of_a_company_makes_it_no_newspaper(run):
    text = 'The chairman of Acme Corporation criticised the senator. "She should come to Louisiana," the editorial said.'
    assert speaker_of(run(text, "en"), "She should come to Louisiana") != "Acme Corporation"


def test_the_editorial_with_no_newspaper_named_stays_as_written(run):
    text = 'Voters met in Ohio on Monday. "She should come to Louisiana," the editorial said.'
    assert speaker_of(run(text, "en"), "She should come to Louisiana") == "editorial"


# -- "Stated Vane: “…”": an inverted cue's verb is no first name ------------------------------------


def test_fronted_past_tense_speech_verb_before_a_colon_is_no_part_of_the_name(run):
    text = 'Roger Vane spoke to a radio program on Monday.\n\nStated Vane:\n\n"I think that the stakes are so high."'
    assert speaker_of(run(text, "en"), "the stakes are so high") == "Roger Vane"


def test_said_opening_a_name_stays_a_first_name(run):
    text = 'Said Jalili spoke to reporters in Tehran: "The talks are over."'
    assert speaker_of(run(text, "en"), "The talks are over") == "Said Jalili"


# -- "the retired neurosurgeon": a profession of public standing takes up the person named before --


def test_profession_of_public_standing_takes_up_the_speaker_named_before(run):
    text = (
        "Donald Trump plans to help small businesses in the city, Ben Carlton said Monday.\n\n"
        '"Well, first of all, they have to stop and listen to the people who live there," the retired neurosurgeon told a radio station.'
    )
    assert speaker_of(run(text, "en"), "they have to stop and listen") == "Ben Carlton"


def test_profession_introduced_without_a_name_since_stays_that_one(run):
    text = 'Ben Carlton spoke in Dayton on Monday. A neurosurgeon from Ohio joined the panel. "They have to stop and listen," the neurosurgeon said.'
    assert speaker_of(run(text, "en"), "They have to stop and listen") != "Ben Carlton"


# -- "A Johnson ally suggested … Gov. Tom Keller tried to walk back his comments": the ally is named next --


def test_description_by_whose_ally_is_the_person_named_next(run):
    text = (
        "Voters in Ohio were unhappy on Monday.\n\n"
        "A Johnson ally suggested she would support the trade deal once she was in office. "
        "Ohio Gov. Tom Keller (D) tried to walk back his comments a day after he made them."
    )
    assert speaker_of(run(text, "en"), "she would support the trade deal") == "Tom Keller"


def test_description_by_whose_ally_is_not_that_person_named_next(run):
    text = (
        "Voters in Ohio were unhappy on Monday.\n\n"
        "A Johnson ally suggested she would support the trade deal once she was in office. "
        "Ann Johnson tried to walk back the comments a day after they were made."
    )
    assert speaker_of(run(text, "en"), "she would support the trade deal") != "Ann Johnson"


def test_description_after_a_quotation_of_several_sentences_takes_up_the_person_before_it(run):
    # (the quotation's first sentence, which names no one, is the described person's words:
    # it does not stand between the description and the person named before the paragraph)
    text = (
        "Donald Trump plans to help small businesses in the city, Ben Carlton said Monday.\n\n"
        '"Well, first of all, they have to stop and listen to the people who live there. '
        'And a lot of it has to do with jobs," the retired neurosurgeon told a radio station.'
    )
    assert speaker_of(run(text, "en"), "they have to stop and listen") == "Ben Carlton"
