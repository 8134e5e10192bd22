"""English speakers: a definite description taken up as a speaker. A bare title is its current
holder, not a former one; an epithet ("the Texan", "the former chief executive of Acme") is the
person last named as a main subject before it, and a he/she after a sentence with such an epithet
for subject goes on with that person; plural bodies ("the groups") are the ones an earlier plural
subject introduced (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


def test_a_bare_title_is_its_current_holder_not_a_former_one(run):
    text = (
        "Mark Delaney has backed the mayor's plan for a new stadium, drawing anger across the state.\n\n"
        "Republican Susan Porter, the former Ohio governor, said she was appalled by the decision.\n\n"
        "Delaney defended the plan on his weekly radio show.\n\n"
        "“It will bring thousands of jobs to the city,” the governor said."
    )
    result = run(text, "en")
    assert speaker_of(result, "thousands of jobs") == "Mark Delaney"


def test_a_title_qualified_as_former_is_still_the_former_holder(run):
    text = (
        "Republican Susan Porter, the former Ohio governor, criticised the stadium plan on Monday.\n\n"
        "Mark Delaney defended the plan on his weekly radio show.\n\n"
        "“The city cannot afford it,” the former governor said."
    )
    result = run(text, "en")
    assert speaker_of(result, "cannot afford") == "Susan Porter"


def test_a_description_with_a_complement_takes_up_the_subject_named_before(run):
    text = (
        "Karen Whitfield said on Monday that the tariffs would hurt farmers. But, the former chief "
        "executive of Acme added, “there is no easy way out.”"
    )
    result = run(text, "en")
    assert speaker_of(result, "no easy way out") == "Karen Whitfield"


def test_an_anonymous_source_noun_stays_unnamed(run):
    text = (
        "Dale Horvath spoke to reporters in Austin on Tuesday.\n\n"
        "“We will not comment on the case,” the spokeswoman said."
    )
    result = run(text, "en")
    assert speaker_of(result, "will not comment") == "spokeswoman"


def test_a_pronoun_after_an_epithet_subject_goes_on_with_the_person_it_describes(run):
    text = (
        "Martin Caldwell, a former ambassador to Japan, spoke to reporters in Geneva on Monday about the talks.\n\n"
        "The former ambassador also compared the trade plans of Governor Ana Ruiz and Senator Tom Hale. "
        "He said that neither plan “goes far enough.”"
    )
    result = run(text, "en")
    assert speaker_of(result, "neither plan") == "Martin Caldwell"


def test_plural_bodies_are_the_ones_an_earlier_plural_subject_introduced(run):
    text = (
        "Nine civil liberties organizations are urging the governor to veto a surveillance bill.\n\n"
        "The bill, backed by the Liberty Party, passed the state senate last week.\n\n"
        "The groups say the measure “would let police track anyone, anywhere, without a warrant.”"
    )
    result = run(text, "en")
    assert speaker_of(result, "track anyone") == "Nine civil liberties organizations"
