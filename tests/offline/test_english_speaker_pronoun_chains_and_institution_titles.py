"""English speakers: a he/she after a sentence whose own "he said" stands for someone,
descriptions with an aside or an institution's title, and a description that goes on from the
description before it (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


# -- "Mark Wells was for Bill Dunn …, he said. “…,” he said": the earlier "he"'s referent --


def test_pronoun_goes_on_with_the_referent_of_the_same_pronoun_before(run):
    # (Tom Hardy is the most frequent person and the last one named, inside the quotation; the
    # "he" of the sentence before stands for Wells, the subject of its reported clause)
    text = (
        "Some Democrats are so opposed to electing Tom Hardy as mayor that they are endorsing Ana Ruiz. Tom Hardy lost the debate.\n\n"
        "Former councilman Mark Wells was for Bill Dunn while the Ohio lawyer was in the race, he said Wednesday on the radio.\n"
        "“Ruiz is my next choice. Tom Hardy lost me a long time ago,” he said. “He does everything my mom taught me not to do,” he added."
    )
    result = run(text, "en")
    assert speaker_of(result, "Ruiz is my next choice") == "Mark Wells"
    assert speaker_of(result, "He does everything my mom") == "Mark Wells"


def test_pronoun_after_a_sentence_whose_he_stands_for_no_one_named_there_looks_further_back(run):
    text = (
        "Mark Wells met the board on Monday.\n\n"
        "He said the budget was too small.\n\n"
        "“We cannot go on like this,” he said."
    )
    assert speaker_of(run(text, "en"), "We cannot go on like this") == "Mark Wells"


# -- "The Supreme Court justice -- who … -- said": an aside after a dash, an institution's title --


def test_a_description_may_open_an_aside_with_a_dash(run):
    text = (
        "Ruth Ginsburg regrets her insults of Tom Hardy.\n\n"
        "The Supreme Court justice -- who has been in a scuffle with the nominee over the past few days -- "
        "said she regretted her remarks."
    )
    assert speaker_of(run(text, "en"), "she regretted her remarks") == "Ruth Ginsburg"


def test_an_institutions_title_describes_the_person_named_before(run):
    text = "Ruth Ginsburg regrets her insults of Tom Hardy.\n\nThe Supreme Court justice said she regretted her remarks."
    assert speaker_of(run(text, "en"), "she regretted her remarks") == "Ruth Ginsburg"


def test_an_institutions_title_is_not_someone_the_article_titled_otherwise(run):
    text = "Apple CEO Tim Cook met Ana Ruiz on Monday. The Supreme Court justice said the talks went well."
    assert speaker_of(run(text, "en"), "the talks went well") != "Tim Cook"


def test_an_indefinite_institutions_title_is_never_resolved(run):
    text = "Tim Cook met Ana Ruiz on Monday. A Supreme Court justice said the talks went well."
    assert speaker_of(run(text, "en"), "the talks went well") not in ("Tim Cook", "Ana Ruiz")


# -- "…,” the retired surgeon told … The former candidate continued": one description after another --


def test_a_description_goes_on_from_the_description_before_it(run):
    text = (
        "Tom Hardy plans to help small towns, Ben Cole said Monday.\n\n"
        '"Well first of all, they have to listen. And a lot of it has to do with the economy," '
        "the retired surgeon told a radio station in a video.\n\n"
        'The former Republican candidate continued, saying, "You need somebody who understands economics."'
    )
    assert speaker_of(run(text, "en"), "You need somebody who understands") == "Ben Cole"


def test_a_description_does_not_go_on_from_an_indefinite_one(run):
    # (a retired surgeon is someone new, unnamed: the candidate is not Ben Cole through them)
    text = (
        "Tom Hardy plans to help small towns, Ben Cole said Monday.\n\n"
        "A retired surgeon told a radio station that the plan was good.\n\n"
        'The former Republican candidate continued, saying, "You need somebody who understands economics."'
    )
    assert speaker_of(run(text, "en"), "You need somebody who understands") != "Ben Cole"


# -- "Friends of the Earth issued a statement … “…,” the group said": a body the recogniser missed --


def test_the_group_takes_up_the_untagged_body_the_sentence_before_is_about(run):
    text = (
        "In Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.\n\n"
        'Friends of the Earth issued a statement saying it took the action "because of the unsafe conditions."\n\n'
        '"For us, celebrating this year meant choosing between two threats," the group said in a statement.'
    )
    assert speaker_of(run(text, "en"), "For us, celebrating this year") == "Friends of the Earth"


def test_the_group_does_not_take_up_a_capitalised_common_noun(run):
    # ("Officials" opens its sentence: capitalised, but no name)
    text = (
        "In Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.\n\n"
        'Officials issued a statement saying they took the action "because of the unsafe conditions."\n\n'
        '"For us, celebrating this year meant choosing between two threats," the group said in a statement.'
    )
    assert speaker_of(run(text, "en"), "For us, celebrating this year") != "Officials"


# -- "…circumspect."¶¶In three interviews, the justice said": a lone closing quotation mark is no sentence --


def test_a_closing_quotation_mark_parsed_as_a_sentence_is_no_step_back(run):
    text = (
        "Ruth Bader Ginsburg regrets her insults of Tom Hardy.\n\n"
        '"On reflection, my recent remarks were ill-advised, and I regret making them," Ginsburg said in a statement. '
        '"Judges should avoid commenting on a candidate for public office. In the future, I will be more circumspect."\n\n'
        'In three separate interviews, the justice sounded off on Hardy, saying she didn\'t "want to contemplate" his win.'
    )
    assert speaker_of(run(text, "en"), "want to contemplate") in ("Ruth Bader Ginsburg", "Ginsburg")


# -- "Fox News’ Bret Baier noticed that none of the networks … He commented": no one stops the look --


def test_a_quantifier_subject_does_not_stop_he_from_taking_up_an_untagged_name(run):
    text = (
        "Ana Ruiz spoke at a rally in Ohio on Tuesday, and Tom Hardy answered her the next day.\n\n"
        "Fox News’ Bret Baier noticed that none of the networks cut away for Ruiz. "
        "He commented that his network “held on” Hardy during her event."
    )
    assert speaker_of(run(text, "en"), "held on") == "Bret Baier"


def test_an_untagged_subject_that_no_he_takes_up_is_no_person(run):
    text = (
        "Ana Ruiz spoke at a rally in Ohio on Tuesday.\n\n"
        "Fox News’ Prime Time noticed that none of the networks cut away for Ruiz. "
        "It reported that the network “held on” Hardy during her event."
    )
    assert speaker_of(run(text, "en"), "held on") != "Prime Time"


def test_the_group_does_not_take_up_a_person_named_by_surname(run):
    text = (
        "Mark Barden’s son was one of 20 students killed at the school.\n\n"
        'Barden now helps lead a program called Safe Schools. The group said it wants "sensible gun laws."'
    )
    assert speaker_of(run(text, "en"), "sensible gun laws") not in ("Barden", "Mark Barden")
