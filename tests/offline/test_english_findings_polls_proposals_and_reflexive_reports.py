"""English statements: the outcome an investigating body or a document concludes is a finding;
a share of a group polled agreeing or taking sides is a measurement of opinion; a proposal's
subjunctive clause or gerund is the course of action put forward, quoted words in it or not; an
"if" clause that opens what was said is its condition, not a question; a label verb's or a verb
of telling's reflexive object makes a self-description or self-talk (sentences written for these
tests)."""

from __future__ import annotations


def texts(result):
    return [q.text for q in result.quotes]


def test_what_a_body_or_a_document_concludes_is_a_finding(run):
    for text in (
        "The county audit office concluded that the council had overspent on the bridge.",
        "Safety experts have concluded that the crossing is too narrow for trucks.",
        "The board released a report, which concluded that the depot was badly run.",
        "The agency concluded that the tunnel had been “poorly maintained” for years.",
    ):
        assert texts(run(text, "en")) == [], text
    # A person who concludes says so, also under a surname the tagger takes for an organisation's.
    assert texts(run("Ana Ruiz concluded that the bridge would cost too much.", "en")) == ["that the bridge would cost too much"]
    assert texts(run("Later that day, Woods concluded that the bridge would have been a mistake.", "en")) == [
        "that the bridge would have been a mistake"
    ]


def test_a_share_of_a_group_agreeing_is_a_measurement_of_opinion(run):
    for text in (
        "Forty percent of residents strongly agree that the park should stay open.",
        "Most commuters favor a new bus lane on the main road.",
        "Less than a third agreed with the mayor that the library must close.",
    ):
        assert texts(run(text, "en")) == [], text
    # People who agree in their own words, and a share of them who say something, speak.
    assert texts(run("Councillor Ana Ruiz agreed that the library must close.", "en")) == ["that the library must close"]
    assert texts(run("One in five residents say the park will close.", "en")) == ["the park will close"]


def test_what_a_proposal_puts_forward_is_no_statement(run):
    for text in (
        "The mayor proposed they meet at the town hall on Friday.",
        "The council recommended the tenders be published online.",
        "The panel recommended that the manager resign.",
        "The mayor proposed hiring a “night mayor” for the old town.",
    ):
        assert texts(run(text, "en")) == [], text
    # A verb that also asserts keeps its clause, and a request's clause is a statement (a call to action).
    assert texts(run("Councillor Ana Ruiz suggested the depot was badly run.", "en")) == ["the depot was badly run"]
    assert texts(run("The union urged that the old depot be sold before the winter.", "en")) == ["that the old depot be sold before the winter"]


def test_an_if_clause_opening_a_statement_is_its_condition(run):
    assert texts(run("Ana Ruiz said if she were mayor, the library would stay open.", "en")) == ["if she were mayor, the library would stay open"]
    # An "if" that marks the content's own verb asks, and so does a wh-clause after the condition.
    for text in (
        "Ana Ruiz asked if the library would stay open.",
        "The mayor would not say if the bridge will close.",
        "Ana Ruiz asked, if the library closed, what the children would do.",
    ):
        assert texts(run(text, "en")) == [], text


def test_what_one_calls_or_tells_oneself_is_no_statement(run):
    for text in ("Ana Ruiz calls herself a democratic socialist.", "The faction keeps telling itself that the plan will work."):
        assert texts(run(text, "en")) == [], text
    # Another's label is a statement, and quoted words are still someone's.
    assert texts(run("Ana Ruiz called the plan a disaster.", "en")) == ["the plan a disaster"]
    assert texts(run("Ana Ruiz called herself a “fighter” for the town.", "en")) == ["herself a “fighter” for the town"]
