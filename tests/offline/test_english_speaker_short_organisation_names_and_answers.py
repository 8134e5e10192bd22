"""English speakers: a short name of an organisation is the organisation the article
names in full, and a description answering a question is the one asked (sentences written for
these tests)."""

from __future__ import annotations


def speaker_of(result, words: str) -> str | None:
    return next(q.speaker for q in result.quotes if words in q.text)


def _registry(text: str):
    """The English speaker registry of a text parsed alone, with no quotation in it."""
    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp, parser_text
    from extractor.engines.offline.speakers import SpeakerRegistry

    doc = get_nlp("en")(parser_text(text))
    return SpeakerRegistry(doc, get_lexicon("en"), [False] * len(doc))


# -- "Exxon" after "Exxon Mobil", "AP" after "Associated Press": the fuller name --


def test_a_first_word_of_a_company_name_is_the_company(run):
    text = (
        "Exxon Mobil has been under pressure from investors over its climate research for months.\n\n"
        "In a letter to the university on Monday, Exxon called the two reports “inaccurate and deliberately misleading.”"
    )
    assert speaker_of(run(text, "en"), "inaccurate and deliberately") == "Exxon Mobil"


def test_an_acronym_is_the_name_whose_initials_it_spells(run):
    text = (
        "The Associated Press counted the votes in every county on Tuesday night.\n\n"
        "The governor won the state by a wide margin, AP reported on Wednesday."
    )
    assert speaker_of(run(text, "en"), "won the state") == "Associated Press"


def test_a_last_word_of_a_newspaper_name_is_the_newspaper(run):
    text = (
        "The Chicago Sun-Times published the list of donors on Sunday.\n\n"
        "“The mayor knew about every one of these gifts,” the Sun-Times wrote in an editorial."
    )
    assert speaker_of(run(text, "en"), "knew about every one") == "Chicago Sun-Times"


def test_a_short_name_two_unrelated_bodies_share_stays_as_written():
    registry = _registry("Acme Logistics hired Bolt Logistics on Monday. Logistics declined to comment.")
    doc = registry.doc
    short = [t for t in doc if t.text == "Logistics"][-1]
    assert registry._fuller_organization_name([short]) is None  # two bodies end with it: neither


def test_a_persons_surname_is_no_short_name_of_a_company(run):
    text = (
        "Laura Finch met the board of Finch Holdings on Monday.\n\n"
        "“We will not sell the plant,” Finch said after the meeting."
    )
    assert speaker_of(run(text, "en"), "We will not sell") == "Laura Finch"


def test_an_acronym_opening_a_longer_name_stays_itself(run):
    text = (
        "NBC News will broadcast the debate from the university on Thursday.\n\n"
        "The network will add a second moderator for the final hour, NBC said in a statement."
    )
    assert speaker_of(run(text, "en"), "add a second moderator") == "NBC"


# -- "the conservative-leaning newspaper", "the paper's editorial board": the newspaper named --


def test_a_hyphenated_modifier_of_the_newspaper_is_one_word(run):
    text = (
        "In a sharp editorial, The Riverside Journal called on the mayor to resign.\n\n"
        "“He needs to stop blaming everyone else for the deficit,” the conservative-leaning newspaper wrote."
    )
    assert speaker_of(run(text, "en"), "stop blaming everyone") == "Riverside Journal"


def test_the_papers_editorial_board_speaks_for_the_paper(run):
    text = (
        "Then came The Riverside Gazette. “He is a politician selling his own brand of fiction,” the paper's editorial "
        "board wrote on Sunday."
    )
    assert speaker_of(run(text, "en"), "selling his own brand") == "Riverside Gazette"


# -- an interview: who answers a question is not who asked it --


def test_a_description_answering_a_question_is_the_one_asked_not_the_asker(run):
    text = (
        "“It tells you that one of us is a candidate of the establishment,” Tom Hardy remarked.\n\n"
        "“That would be you?” Ann Borger asked.\n\n"
        "“That would be me, yes. I think that's probably right,” the candidate said."
    )
    assert speaker_of(run(text, "en"), "That would be me") == "Tom Hardy"


def test_a_description_answering_goes_to_the_object_of_asked(run):
    text = (
        "Tom Hardy spoke to the press on Monday.\n\n"
        "“Did you know the quote was his?” Ann Borger asked Hardy.\n\n"
        "“It is a very good quote,” the candidate replied."
    )
    assert speaker_of(run(text, "en"), "It is a very good quote") == "Tom Hardy"


def test_no_question_no_one_asked():
    registry = _registry("Tom Hardy spoke first. Ann Borger asked about the budget. The senator said he would cut it.")
    last = list(registry.doc.sents)[-1]
    assert registry._question_sentence_before(last) is None  # a reported question, no quoted one
