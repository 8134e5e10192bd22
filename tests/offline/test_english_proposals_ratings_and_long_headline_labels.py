"""English statements: a proposal's gerund is the action called for, not a stated proposition;
a rating vouched for by a source phrase is a poll's measurement; a headline's label may say at
length what the quotation after its colon is about; a noun of saying reports only its own clause
(sentences written for these tests)."""

from __future__ import annotations

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


def texts(result):
    return [q.text for q in result.quotes]


def test_a_proposals_gerund_is_the_action_called_for(run):
    for text in (
        "The mayor proposed closing the old bus depot to save money.",
        "Councillor Ana Ruiz suggested rallying the neighbours against the new tower.",
        "The union urged scrapping the night-shift fee.",
    ):
        assert texts(run(text, "en")) == [], text
    # A clause after the same verb states something; a gerund after a verb of denial is what was denied.
    assert texts(run("Councillor Ana Ruiz suggested that the depot should close.", "en")) == ["that the depot should close"]
    assert texts(run("The mayor denied taking money from the developer.", "en")) == ["taking money from the developer"]


def test_the_attributions_scope_keeps_proposals():
    engine = OfflineEngine(language="en", scope="attributions")
    result = engine.extract(Document(text="The mayor proposed closing the old bus depot to save money."))
    assert texts(result) == ["closing the old bus depot to save money"]


def test_a_rating_vouched_for_by_a_source_is_a_measurement(run):
    for text in (
        "The governor's approval rating fell to 38 percent in March, according to the Harlow Institute.",
        "Approval ratings for the council have risen to the low 40s, according to the Harlow Institute.",
    ):
        assert texts(run(text, "en")) == [], text
    assert texts(run("The governor's plan will fail, according to the Harlow Institute.", "en")) == ["The governor's plan will fail"]


def test_a_long_headline_label_before_a_quotation_names_its_source(run):
    text = (
        "Maria Lopez on the Mayor Releasing His Full Budget Meeting Minutes: ‘I Think He Will.’\n\n"
        "Councillor Maria Lopez spoke on Monday about the minutes of the budget meeting."
    )
    quotes = run(text, "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("I Think He Will.", "Maria Lopez")]


def test_a_noun_of_saying_reports_only_its_own_clause(run):
    for text in (
        "In another email, the firm appeared to push aides to the mayor to find a job for a friend.",
        "The campaign put out a statement contradicting his earlier comments.",
    ):
        assert texts(run(text, "en")) == [], text
    assert texts(run("Her statement that the depot would close angered the council.", "en")) == ["that the depot would close"]
