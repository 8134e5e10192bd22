"""English statements: a quotation over several paragraphs counts one quote per paragraph, words
inside a quotation are no attribution of it, a verb coordinated after a quoted label reports its
own clause, and a view stated under a verb of saying is a statement (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


def quotes(result):
    return [(q.kind, q.text, q.speaker) for q in result.quotes]


@pytest.fixture(scope="module")
def attributions_engine() -> OfflineEngine:
    return OfflineEngine(language="en", scope="attributions")


BLOCK = (
    'Senator Ana Ruiz stated:\n\n"The ministry is not about fair rules anymore. It is about control.\n\n'
    '"The latest example is the new permit law, which lets clerks decide.\n\n"The answer is not more rules. Period."\n\nThe law took effect in March.'
)


def test_each_paragraph_of_a_reopened_quotation_is_a_quote(run, attributions_engine):
    assert quotes(run(BLOCK, "en")) == [
        ("direct", "The ministry is not about fair rules anymore. It is about control.", "Ana Ruiz"),
        ("direct", "The latest example is the new permit law, which lets clerks decide.", "Ana Ruiz"),
        ("direct", "The answer is not more rules. Period.", "Ana Ruiz"),
    ]
    # PolNeAR's attributions count the whole quotation once.
    assert len(attributions_engine.extract(Document(text=BLOCK)).quotes) == 1


def test_a_participle_inside_the_quotation_is_not_its_incise(run):
    text = '"The senators have endorsed him," Tester said. "I just think when you do that kind of stuff, knowing full well what you have got, it speaks to who you are."'
    assert quotes(run(text, "en")) == [
        ("direct", "The senators have endorsed him,", "Tester"),
        ("direct", "I just think when you do that kind of stuff, knowing full well what you have got, it speaks to who you are.", "Tester"),
    ]


def test_a_two_word_sentence_after_a_quote_continues_it(run):
    text = '"I feel very good about our chances," Ruiz said. "Very good."\n\nShe left the hall.'
    assert [q.text for q in run(text, "en").quotes] == ["I feel very good about our chances,", "Very good."]
    # Negative: a two-word title after a report is no quotation of the speaker.
    assert [q.text for q in run('Ruiz said the plan would pass. She later appeared on "Meet Today."', "en").quotes] == ["the plan would pass"]


def test_a_verb_coordinated_after_a_quoted_label_reports_its_own_clause(run):
    text = "Mayor Ana Ruiz called the builder a “cheat,” and said his repair work was a “disgrace” for the city."
    assert [(q.kind, q.text) for q in run(text, "en").quotes] == [
        ("mixed", "the builder a “cheat,"),
        ("mixed", "his repair work was a “disgrace” for the city"),
    ]
    # Negative: a conjunction between two speakers is no coordinated verb.
    assert [q.speaker for q in run("“We will rebuild the wall,” Ruiz and Okafor said on Monday.", "en").quotes] == ["Ruiz, Okafor"]


def test_a_named_subject_of_suggest_states_it(run):
    text = "Ruiz suggested that the builder was careless with public money."
    assert quotes(run(text, "en")) == [("indirect", "that the builder was careless with public money", "Ruiz")]


def test_a_view_stated_under_a_verb_of_saying_is_a_statement(run):
    text = '"Thank you," Ruiz replied, before adding that she thinks "the builder should pay for the repairs."'
    assert [q.text for q in run(text, "en").quotes] == ["Thank you,", "the builder should pay for the repairs."]
    # Negative: a view nobody stated stays out of the statements.
    assert run('Ruiz thinks "the builder should pay."', "en").quotes == []
