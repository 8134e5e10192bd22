"""English speakers: which words are a person's name, and whom a he stands for — initials of an
office or a body before a surname ("Former AG Halvorsen") are not a first name; a capitalised
name after a possessive pronoun ("his Town Hall bid") is something possessed, not someone a
later "he" takes up; nor is the one a description told something ("The mayor told Peter Dunne
that he …": the mayor); and a headline's description no next sentence names ("Harbour plan will
fail, union chief says") is the person the article goes on quoting; a noun for a political
creed ("the self-described libertarian") takes up the person named before, as a standing noun
does (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


def test_initials_of_an_office_before_a_surname_are_no_first_name(run):
    text = (
        "Former AG Halvorsen at RNC: farm plan disqualifies her for presidency.\n\n"
        "DENVER, May 3 — Former Attorney General Daniel Halvorsen told the delegates that the farm plan would ruin farmers.\n\n"
        "\"The plan takes from those who have the least,\" Halvorsen said."
    )
    result = run(text, "en")
    assert speaker_of(result, "farm plan disqualifies her") == "Daniel Halvorsen"
    assert speaker_of(result, "The plan takes from those") == "Daniel Halvorsen"
    assert [s.name for s in result.speakers] == ["Daniel Halvorsen"]


def test_initials_before_a_capitalised_determiner_are_no_name(run):
    text = "CBS This Morning host Dana Pruitt spoke to the senator. \"You rarely do that,\" Pruitt said."
    assert speaker_of(run(text, "en"), "You rarely do that") == "Dana Pruitt"


def test_name_after_a_possessive_pronoun_is_not_the_next_he(run):
    text = (
        "Former surgeon Walter Brennick spoke to reporters on Monday. Asked about the rumours, the retired surgeon said "
        "that he expected his Town Hall bid to draw attention to his past.\n\n"
        "\"I have nothing to hide,\" he said."
    )
    assert speaker_of(run(text, "en"), "I have nothing to hide") == "Walter Brennick"


def test_he_in_what_a_description_told_someone_is_the_teller(run):
    text = (
        "Mayor Tom Carver has led the city since 2019.\n\n"
        "\"We will rebuild the bridge before winter, and we will do it without new taxes,\" Carver said.\n\n"
        "The mayor also told radio host Peter Dunne that he believes he, \"may represent change that worries them.\""
    )
    assert speaker_of(run(text, "en"), "may represent change") == "Tom Carver"



def test_headline_description_is_the_person_the_article_goes_on_quoting(run):
    text = (
        "Harbour plan will fail, union chief says.\n\n"
        "The head of the dockworkers' union is worried about the new harbour plan, because she thinks it will cost jobs.\n\n"
        "In an interview on Thursday, Carla Mendes said her members would strike if the plan went ahead.\n\n"
        "\"This plan is a disaster for the people who work here,\" Mendes said.\n\n"
        "\"We have seen this before and we know how it ends,\" Mendes said."
    )
    assert speaker_of(run(text, "en"), "Harbour plan will fail") == "Carla Mendes"


def test_headline_description_is_not_the_person_the_headline_names(run):
    text = (
        "Mendes will lose the vote, former rival says.\n\n"
        "Carla Mendes said on Thursday that her members would strike if the harbour plan went ahead.\n\n"
        "\"This plan is a disaster for the people who work here,\" Mendes said.\n\n"
        "\"We have seen this before and we know how it ends,\" Mendes said."
    )
    assert speaker_of(run(text, "en"), "Mendes will lose the vote") != "Carla Mendes"


def test_headline_source_that_is_no_person_is_not_the_person_quoted(run):
    text = (
        "Harbour plan will cost jobs, lawsuit says.\n\n"
        "Carla Mendes said on Thursday that her members would strike if the harbour plan went ahead.\n\n"
        "\"This plan is a disaster for the people who work here,\" Mendes said.\n\n"
        "\"We have seen this before and we know how it ends,\" Mendes said."
    )
    assert speaker_of(run(text, "en"), "Harbour plan will cost jobs") != "Carla Mendes"


def test_headline_source_described_by_whom_they_work_for_is_someone_else(run):
    text = (
        "Harbour plan will cost jobs, reporter for the Ledger says.\n\n"
        "Carla Mendes said on Thursday that her members would strike if the harbour plan went ahead.\n\n"
        "\"This plan is a disaster for the people who work here,\" Mendes said.\n\n"
        "\"We have seen this before and we know how it ends,\" Mendes said."
    )
    assert speaker_of(run(text, "en"), "Harbour plan will cost jobs") != "Carla Mendes"


def test_noun_for_a_political_creed_takes_up_the_person_the_sentence_before_is_about(run):
    text = (
        "Turnout was low in the northern counties.\n\n"
        "Marta Lindqvist visited Duluth on Saturday, holding a rally that drew nearly 3,000 people. "
        "The self-described libertarian said she would win the county if turnout were high."
    )
    assert speaker_of(run(text, "en"), "she would win the county") == "Marta Lindqvist"
