"""English speakers: descriptions and names resolved by whole steps, names cut from a headline
verb, descriptions in a lede after a headline (sentences written for these tests)."""

from __future__ import annotations

import pytest


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def speaker_of(result, words: str) -> str | None:
    return next(speaker for text, speaker in speakers(result) if words in text)


# -- "the firm" takes up the name that same noun classified -----------------------------------


def test_definite_noun_takes_up_the_name_it_premodified(run):
    text = (
        "A group of Norwell Media staff has offered to buy the company's radio stations.\n\n"
        "Advertising spending will keep shrinking in 2020, according to market research firm Datalytics. "
        "Online sales fell by 5 per cent this year, the firm wrote in a report in March."
    )
    assert speaker_of(run(text, "en"), "Online sales fell") == "Datalytics"


def test_definite_noun_takes_up_the_name_it_was_apposed_to(run):
    text = (
        "Advertising budgets will keep shrinking, according to Datalytics, a market research firm based in Leeds. "
        "Online sales fell by 5 per cent, the firm wrote in a report in March."
    )
    assert speaker_of(run(text, "en"), "Online sales fell") == "Datalytics"


def test_name_glued_to_its_full_stop_after_the_classifying_noun(run):
    text = (
        "Radio audiences will shrink by 2 per cent in 2021, according to survey company DialQ. "
        "Podcast revenues rose by 8 per cent, the company noted in its spring newsletter."
    )
    assert speaker_of(run(text, "en"), "Podcast revenues rose").startswith("DialQ")


def test_organisation_subject_in_between_outweighs_an_older_classified_name(run):
    text = (
        "Cloud spending keeps rising, said Ana Diaz, founder of hosting company Serverly.\n\n"
        'Nimbus said Friday that Orchard has also cut its access. "We are working with Orchard to restore '
        'the service," the company posted late on Friday evening.'
    )
    assert speaker_of(run(text, "en"), "We are working with Orchard") == "Nimbus"


# -- "the team", "the club": collective nouns refer back like "the company" ----------------------


def test_the_team_is_the_team_named_before(run):
    text = (
        "The Carlton Hawks lost again on Friday night in Denver, their fourth loss in a row.\n\n"
        'The team posted a short video of its coach with three words: "We will rebound."'
    )
    assert speaker_of(run(text, "en"), "We will rebound") == "Carlton Hawks"


# -- "those surveyed": the demonstrative heads the group ----------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("By 61%-30%, those surveyed said the library should stay open.", "those surveyed"),
        ("Of the 900 nurses, those interviewed said shifts had grown longer.", "those interviewed"),
        ("Those asked about the plan said it was too costly.", "Those asked about the plan"),
    ],
)
def test_demonstrative_with_a_participle_is_the_group_as_written(run, text, group):
    assert [speaker for _, speaker in speakers(run(text, "en"))] == [group]


# -- a headline's verb is no part of the name before it ---------------------------------------


def test_title_case_headline_verb_is_cut_from_the_name(run):
    text = (
        "Moreno Tells Graduates Their Work Is Just Beginning\n\n"
        "SPRINGFIELD -- Governor Moreno spoke to the graduating class on Saturday.\n\n"
        '"Your work starts now," the governor said.'
    )
    assert speaker_of(run(text, "en"), "Your work starts now") == "Moreno"


# -- "Canadian actor Oh": a surname that is also a common word -----------------------------------


def test_role_noun_before_a_surname_parsed_as_another_word_is_the_person(run):
    text = (
        "Lisa Oh won the award for best actress on Sunday.\n\n"
        "Canadian actor Oh said the odd pairing of her and Brandt worked because they’re "
        "“the last two people in town who never fight.”"
    )
    assert speaker_of(run(text, "en"), "odd pairing") == "Lisa Oh"



# -- "who" stands for people, not for the place or body after them -----------------------------


@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        ("The shift is likely to calm anxious Republicans in Albany, who have argued that the tax plan hurts rural towns.", "tax plan", "anxious Republicans"),
        ('By noon, the host began taking calls from older listeners to her "Morning Table" radio show who said they were still undecided.', "undecided", "older listeners"),
        ("The mayor thanked volunteers from the Lakeside Shelter Fund, who said the beds were all taken.", "beds", "volunteers"),
    ],
)
def test_who_after_a_place_or_body_in_a_complement_is_the_people_before_it(run, text, words, group):
    assert speaker_of(run(text, "en"), words) == group


def test_who_after_a_noun_for_people_stays_with_that_noun(run):
    text = "The rule was welcomed by teachers at Lincoln High, who said it would cut paperwork."
    assert speaker_of(run(text, "en"), "paperwork") == "teachers at Lincoln High"


# -- a participle after a clause about an event is done by the people of the nearer clause ------


def test_participle_after_an_event_subject_goes_to_the_nearer_clause_subject(run):
    text = "The first clash broke out at the county fair, when farm workers interrupted her remarks, shouting “pay us now!”"
    assert speaker_of(run(text, "en"), "pay us now") == "farm workers"


def test_participle_after_a_person_subject_stays_with_that_person(run):
    text = "Officer Dana Reyes walked to the gate at noon, when the crowd had already gathered, shouting “stay calm!”"
    assert speaker_of(run(text, "en"), "stay calm") == "Dana Reyes"


# -- the last word of a place's name is no surname ---------------------------------------------


def test_place_name_is_not_a_mention_of_a_headline_person_with_its_last_word(run):
    text = (
        "N. Korea fires another missile.\n\n"
        "SEOUL -- North Korea said on Friday that the launch was a success.\n\n"
        "In a short statement, South Korea called the test \"a dangerous gamble.\""
    )
    result = run(text, "en")
    assert speaker_of(result, "launch was a success") == "North Korea"
    assert speaker_of(result, "dangerous gamble") == "South Korea"


# -- the lede's description is named in the next sentence, even after a headline -------------


def test_lede_description_after_a_headline_is_the_person_named_next(run):
    text = (
        "Oakland flood victim's lawyer reveals he may sue the city.\n\n"
        "The veteran attorney who drafted the complaint says he will file it in June unless the council acts.\n\n"
        'Peter Vance, a former judge in Alameda County, said the city had ignored "every warning."'
    )
    assert speaker_of(run(text, "en"), "file it in June") == "Peter Vance"


def test_party_member_description_in_the_lede_is_the_person_named_next(run):
    text = (
        "The lifelong Democrat who ran the county party for a decade says she will not support the school levy this spring.\n\n"
        'Maria Lopez, a former treasurer of the party, said the levy was "a tax on families."'
    )
    assert speaker_of(run(text, "en"), "school levy") == "Maria Lopez"
