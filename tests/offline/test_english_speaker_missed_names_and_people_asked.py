"""English speakers: people the recogniser missed (a full name it tagged an
organisation, a surname it read as a common noun) are still the people a he/she takes up, and a
description after a question goes to the one asked (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


# -- "Carly Fiorina said" tagged ORG: a first name and a surname make a person --


def test_a_first_name_and_a_surname_are_a_person_whatever_the_recogniser_says(run):
    text = (
        "Ben Cole is right to attack Tom Hardy, Sharon Quillfeather said Monday.\n\n"
        "As for the notion that people want to vote for Mary Hardy because she would be the first woman mayor, "
        "Quillfeather offered her own approach.\n\n"
        "“Look, how about an honest woman? But I am never going to ask for support because I am a woman, and I will not "
        "start now, whatever the polls say about the race or about the people who run in it,” she said."
    )
    # (the recogniser may or may not tag the invented name: the rule is tested on its own below)
    result = run(text, "en")
    assert speaker_of(result, "how about an honest woman") in ("Sharon Quillfeather", "Quillfeather")


def test_first_named_person_reads_the_name_not_the_label():
    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp, parser_text
    from extractor.engines.offline.speakers import SpeakerRegistry

    nlp = get_nlp("en")
    doc = nlp(parser_text("Sharon Quillfeather met the board. Walt Disney Company said nothing."))
    registry = SpeakerRegistry(doc, get_lexicon("en"), [False] * len(doc))
    as_org = doc.char_span(0, len("Sharon Quillfeather"), label="ORG")
    assert registry._first_named_person(as_org)
    company = doc.char_span(doc.text.index("Walt"), doc.text.index(" said"), label="ORG")
    assert not registry._first_named_person(company)  # an organisation word: the company
    as_person_label = doc.char_span(0, len("Sharon Quillfeather"), label="GPE")
    assert not registry._first_named_person(as_person_label)  # (only the labels the model misuses)


# -- "Dorothy Woods … Woods continued": a capitalised surname read as a common noun --


def test_a_surname_read_as_a_noun_is_the_person_named_in_full(run):
    text = (
        "Dorothy Woods defended Tom Hardy on Monday.\n\n"
        "Woods continued in her discussion of Hardy’s recent behavior by responding to those who believe he should "
        "not have accepted a replica Purple Heart from a supporter at an event earlier this week.\n\n"
        "“I was disturbed that he was criticized for accepting the medal,” she said."
    )
    assert speaker_of(run(text, "en"), "I was disturbed") == "Dorothy Woods"


def test_a_lower_case_common_noun_is_no_surname(run):
    text = "Dorothy Woods met Tom Hardy on Monday. He walked in the woods after the meeting and said the talks went well."
    assert speaker_of(run(text, "en"), "the talks went well") != "Dorothy Woods"


# -- "“…?” a reporter asked Hardy. “…,” the businessman replied": the one asked answers --


def test_a_description_after_a_question_is_the_one_asked(run):
    text = (
        "Tom Hardy backed the plan on Thursday, and Channel 5 has proof.\n\n"
        "“Should there be a registry?” a reporter can be heard asking Hardy after an event in Ohio.\n\n"
        "“There should be a lot of systems,” the businessman replied."
    )
    assert speaker_of(run(text, "en"), "There should be a lot of systems") == "Tom Hardy"


def test_a_description_is_not_the_one_an_unnamed_subject_did_something_to(run):
    # (attacking is no asking: the suspect may be the man)
    text = "Police said a man attacked Tom Hardy in Ohio on Thursday.\n\nThe suspect said he was sorry."
    assert speaker_of(run(text, "en"), "he was sorry") != "Tom Hardy"


def test_the_asker_taken_up_by_its_own_noun_is_the_asker(run):
    text = "A reporter asked Tom Hardy about the plan on Thursday.\n\nThe reporter said the answer was vague."
    assert speaker_of(run(text, "en"), "the answer was vague") != "Tom Hardy"


def test_a_name_made_a_person_by_its_first_name_takes_no_tagged_persons_surname():
    from spacy.tokens import Span

    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp, parser_text
    from extractor.engines.offline.speakers import SpeakerRegistry

    doc = get_nlp("en")(parser_text("Ernie Vane spoke first. Jason Marcel Vane died in 2016. Vane said it was hard."))
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 8, label="ORG")]
    registry = SpeakerRegistry(doc, get_lexicon("en"), [False] * len(doc))
    assert "Jason Marcel Vane" in registry.person_names()
    assert registry._full_by_surname["vane"] == "Ernie Vane"


# -- "The rise of Cole gave Marsh new impetus to oppose Hardy. He said": nearest the main verb --


def test_a_pronoun_takes_up_the_object_of_the_main_verb_over_a_name_inside_its_clause(run):
    text = (
        "Glenn Marsh has long opposed Tom Hardy.\n\n"
        "The rise of Ben Cole gave Marsh new impetus to oppose Hardy and to reach out to those who might normally oppose him politically.\n\n"
        'He said he was "truly, gravely concerned about the direction of the country."'
    )
    assert speaker_of(run(text, "en"), "gravely concerned") == "Glenn Marsh"


# -- "Vane says … The nominee was speaking, hours after Tom Hardy … The governor said": --
# -- the main clause's description goes on, not a name inside a clause of that sentence --


def test_a_description_goes_on_from_the_described_main_subject_not_a_name_in_its_clause(run):
    text = (
        "Mike Vane says too much is made of Tom Hardy's tweets.\n\n"
        "The Republican vice presidential nominee was speaking Friday in Dayton, Ohio, hours after Tom Hardy "
        "unleashed a flurry of tweets shaming a former beauty queen.\n\n"
        "The Ohio governor said Democrats and the media are to blame for focusing on the tweets."
    )
    assert speaker_of(run(text, "en"), "Democrats and the media are to blame") == "Mike Vane"


# -- "according to data released by state regulators": data speak for whoever released them --


def test_data_speak_for_whoever_released_them(run):
    text = (
        "Ana Ruiz had a bigger cash balance at year's end, according to figures her campaign released Friday.\n\n"
        "Gambling revenue at the city's casinos increased 3.5 percent this year, according to data released Friday by state gaming regulators."
    )
    result = run(text, "en")
    assert speaker_of(result, "bigger cash balance") == "campaign"
    assert speaker_of(result, "Gambling revenue") == "state gaming regulators"


def test_the_data_are_no_other_name_for_an_earlier_statement(run):
    text = (
        "“We remain committed to welcoming the stranger,” Tom Hardy said in a statement.\n\n"
        "According to the data, Christians make up less than half of 1 percent of the refugees arriving in the city."
    )
    assert speaker_of(run(text, "en"), "Christians make up") != "Tom Hardy"
