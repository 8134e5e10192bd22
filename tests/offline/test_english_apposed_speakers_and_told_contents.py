"""English speakers and statements: names and relative clauses apposed to a speaker, a content
after a date or a request, verbs of telling that share a passive, a definite description after
one introduced unnamed (sentences written for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_relative_clause_on_a_description_apposed_to_a_name_is_the_names(run):
    text = 'The crowd cheered for Dunmore, the veteran sprinter who calls herself "The Comet."'
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Dunmore"]


def test_relative_clause_on_a_description_without_a_name_keeps_the_description(run):
    text = 'The crowd cheered for the veteran sprinter who calls herself "The Comet."'
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["veteran sprinter"]


def test_name_in_a_relative_apposed_to_the_speaker_is_not_the_speaker(run):
    text = (
        "Winnipeg answered a few minutes later when Jack Dawson scored his first goal of the season.\n\n"
        '"I will remember this one for a long time," said the rookie winger, older brother of Sam Dawson of the Dallas Stars.'
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Jack Dawson"]


def test_name_apposed_to_a_person_speaker_is_still_the_speaker(run):
    text = "Mark Lund, chief of staff to Senator Ann Roe, said the vote would be close."
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Mark Lund"]


def test_untagged_name_apposed_to_a_title_is_the_speaker(run):
    text = '"The talks went well," said the company spokeswoman, Helen Marsh.\n\n"The talks went well," said the spokeswoman, Ana Ruiz.'
    assert [speaker for _, speaker in speakers(run(text, "en"))] == ["Helen Marsh", "Ana Ruiz"]


def statements(result):
    return [q.text for q in result.quotes]


def test_subject_the_parse_hangs_on_a_date_after_the_verb_starts_a_finite_content(run):
    text = "The transit director said Thursday one of the mayor's ideas, to run the line underground, could cut costs."
    assert statements(run(text, "en")) == ["one of the mayor's ideas, to run the line underground, could cut costs"]


def test_request_with_an_infinitive_is_still_no_stated_proposition(run):
    text = "The director told the crews to finish the tunnel by May."
    assert statements(run(text, "en")) == []


def test_addressee_verb_sharing_a_passive_reports_nothing(run):
    text = "Olsen was admitted to hospital and told he would need surgery.\n\nOlsen had been admitted to hospital and told he would need surgery."
    assert statements(run(text, "en")) == []


def test_addressee_verb_with_its_own_addressee_after_a_passive_still_reports(run):
    text = "Olsen was arrested on Monday and told reporters the charges were false."
    assert speakers(run(text, "en")) == [("the charges were false", "Olsen")]


def test_definite_description_goes_to_the_one_introduced_unnamed_since_the_named_one(run):
    text = (
        "Police detained trade official Nora Vance at the airport on Monday. "
        "Vance denies any wrongdoing.\n\n"
        "A justice official said the hearing would take months. "
        "The official told reporters most such requests succeed."
    )
    assert [speaker for _, speaker in speakers(run(text, "en"))][-1] == "official"
