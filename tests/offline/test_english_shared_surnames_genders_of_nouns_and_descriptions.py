"""English speakers: a surname two people share stands, written alone, for the one whose gender
the pronouns after it tell; a noun for a person of one gender apposed to a name ("his wife, …")
tells that person's gender (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


DEFENDANT_AND_WIFE = (
    "Daniel Okafor, 52, was sentenced on Friday to six years in prison for fraud.\n\n"
    "Okafor admitted to stealing money from dozens of retirees over three years.\n\n"
    "“We miss him every day,” his wife, Ngozi Amara Okafor, wrote in a letter to the judge.\n\n"
    "Okafor told investigators that he had spent the money on “a better house for my family.”\n\n"
    "He told the newspaper that he regretted “every single day of it.”"
)


def test_the_relative_named_in_full_speaks_for_herself(run):
    result = run(DEFENDANT_AND_WIFE, "en")
    assert speaker_of(result, "We miss him") == "Ngozi Amara Okafor"


def test_a_shared_surname_followed_by_he_is_the_man_who_bears_it(run):
    result = run(DEFENDANT_AND_WIFE, "en")
    assert speaker_of(result, "a better house") == "Daniel Okafor"


def test_he_after_the_shared_surname_is_the_same_man(run):
    result = run(DEFENDANT_AND_WIFE, "en")
    assert speaker_of(result, "every single day") == "Daniel Okafor"


def test_a_husband_apposed_to_his_name_makes_the_woman_the_surnames_bearer(run):
    text = (
        "Ngozi Okafor, 52, was sentenced on Friday to six years in prison for fraud.\n\n"
        "Okafor admitted to stealing money from dozens of retirees.\n\n"
        "“We miss her every day,” her husband, Chidi Emeka Okafor, wrote in a letter to the judge.\n\n"
        "Okafor told investigators that she had spent the money on “a better house for my family.”"
    )
    result = run(text, "en")
    assert speaker_of(result, "We miss her") == "Chidi Emeka Okafor"
    assert speaker_of(result, "a better house") == "Ngozi Okafor"

