"""English reports the parse misreads: subjects hung on the wrong verb, dates and coordinated
reports read into the content, "that" clauses and incises it misses, absolute phrases and
evidential verbs of utterances; and descriptions named in the next sentence (sentences written
for these tests)."""

from __future__ import annotations


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_content_subject_with_relative_clause_before_a_closing_incise(run):
    text = "Dr. Ann Moore works with patients. The people who stay tend to be the ones who matter most, she said."
    assert speakers(run(text, "en")) == [("The people who stay tend to be the ones who matter most", "Ann Moore")]


def test_participle_object_is_not_the_subject_of_the_report(run):
    text = (
        "Tom Hale was released from prison in May.\n\n"
        "The parole board decision allowing his release said he was no longer considered dangerous.\n\n"
        "It also said he had behaved well and had completed programs."
    )
    found = speakers(run(text, "en"))
    assert [quote for quote, _ in found] == ["he was no longer considered dangerous", "he had behaved well and had completed programs"]
    assert all(speaker not in ("Tom Hale", "It") for _, speaker in found)


def test_bare_date_after_the_reporting_verb_is_not_content(run):
    text = "Ann Cole, the finance minister, said Monday the plant would close in March."
    assert speakers(run(text, "en")) == [("the plant would close in March", "Ann Cole")]


def test_description_with_a_place_possessive_is_named_in_the_next_sentence(run):
    text = (
        "Britain's finance minister said on Tuesday the economy would grow by 2 percent next year. "
        "Finance Minister Helen Ward told reporters that taxes would not rise."
    )
    assert speakers(run(text, "en")) == [("the economy would grow by 2 percent next year", "Helen Ward"), ("that taxes would not rise", "Helen Ward")]


def test_evidential_verb_of_an_utterance_reports_words(run):
    text = "A statement from the mayor's office indicated the invitation was accepted."
    assert speakers(run(text, "en")) == [("the invitation was accepted", "mayor's office")]


def test_evidential_verb_of_a_poll_stays_a_finding(run):
    text = "A poll released on Monday suggests the mayor will lose the election."
    assert run(text, "en").quotes == []


def test_they_after_an_earlier_they_of_its_sentence_takes_the_subject_before_both(run):
    text = "The Liberals hope the tax will win votes. The Conservatives believe they will win; they say their research shows voters care about prices."
    found = speakers(run(text, "en"))
    assert found[-1] == ("their research shows voters care about prices", "Conservatives")


def test_a_judge_rules_a_clause(run):
    assert speakers(run("The judge ruled he was likely to pose a risk to others.", "en")) == [("he was likely to pose a risk to others", "judge")]


def test_ruling_something_out_or_ruling_a_country_reports_nothing(run):
    text = "Officials have effectively ruled that out. The party ruled the country for decades."
    assert run(text, "en").quotes == []


def test_report_coordinated_after_the_content_is_the_speakers_own(run):
    text = 'Tom Hale said he welcomed the trial and added, "I will plead guilty, no problem."'
    assert speakers(run(text, "en")) == [("he welcomed the trial", "Tom Hale"), ("I will plead guilty, no problem.", "Tom Hale")]


def test_verb_with_a_noun_object_coordinated_in_the_content_stays_in_it(run):
    assert speakers(run("Tom Hale said the firm grew and added jobs.", "en")) == [("the firm grew and added jobs", "Tom Hale")]


def test_that_clause_of_a_gerund_read_as_a_preposition(run):
    text = 'Ann Cole spoke in Iowa on Monday. "We have come a long way," she said, noting that at one point earlier in the campaign she had trailed by 50 points.'
    assert speakers(run(text, "en"))[-1] == ("that at one point earlier in the campaign she had trailed by 50 points", "Ann Cole")


def test_incise_before_a_quotation_reports_the_unquoted_clause_before_it(run):
    text = 'Tom Abboud studies social media. "I see flickering lights," he said. The streets were deserted, he added, "but people need to connect somehow."'
    assert speakers(run(text, "en"))[1:] == [("The streets were deserted", "Tom Abboud"), ("but people need to connect somehow.", "Tom Abboud")]


def test_incise_with_an_apposed_name_and_a_date_reports_both_sides(run):
    text = (
        "The company activated its safety tool on Friday. The company created the tool to help in times of crisis, "
        "a spokeswoman, Ann Roe, said on Saturday, and it has activated it five times in the last year."
    )
    assert speakers(run(text, "en")) == [
        ("The company created the tool to help in times of crisis", "Ann Roe"),
        ("and it has activated it five times in the last year", "Ann Roe"),
    ]


def test_source_phrase_after_an_incise_is_no_second_statement(run):
    text = "Tom Hale was charged on Monday. The entire robbery took four minutes, he said, according to the complaint."
    assert all(not quote.startswith("according to") for quote, _ in speakers(run(text, "en")))


def test_absolute_gerund_after_the_verb_is_not_what_was_said(run):
    text = 'Tom Hale thanked the fans. "It is still hard," he said his voice breaking with emotion.'
    assert speakers(run(text, "en")) == [("It is still hard,", "Tom Hale")]
