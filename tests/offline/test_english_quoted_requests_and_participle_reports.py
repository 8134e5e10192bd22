"""English statements: a quotation that is the verb phrase of a to-infinitive after a verb of
request, proposal or intention is what was asked or promised, not a stated proposition; a
reporting participle after a closing quotation mark starts the speaker's next report (sentences
written for these tests)."""

from __future__ import annotations

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


def texts(result):
    return [q.text for q in result.quotes]


def test_a_quoted_infinitive_after_a_request_or_pledge_is_no_statement(run):
    for text in (
        'At the rally, the senator urged voters not to "give up on the town." The crowd cheered.',
        'The mayor pledged to "tax the landlords into the ground." Nobody clapped.',
        'The union called on the minister to "stop stalling the talks." The minister left early.',
    ):
        assert texts(run(text, "en")) == [], text


def test_a_quoted_infinitive_after_other_verbs_still_states_something(run):
    # A clause of saying around the infinitive states the expectation; a quotation of a clause
    # after a verb of saying is a statement as before.
    expected = run('The mayor said he expects the council to "do the right thing" next week.', "en")
    assert texts(expected) == ['he expects the council to "do the right thing" next week']
    assert texts(run('The mayor said the plan was "a total disaster."', "en")) == ['the plan was "a total disaster.']


def test_the_attributions_scope_keeps_quoted_requests():
    engine = OfflineEngine(language="en", scope="attributions")
    result = engine.extract(Document(text='At the rally, the senator urged voters not to "give up on the town." The crowd cheered.'))
    assert texts(result) == ['voters not to "give up on the town.']


def test_a_content_ends_before_a_reporting_participle_after_its_closing_quotation(run):
    # ', adding, “…”' after a quoted word whose comma sits inside the closing mark: the
    # participle is the speaker's next report, not part of the first content.
    result = run('Gomez said the repairs were "far too slow," adding, "Nobody in this street has been told anything."', "en")
    assert [(q.text, q.kind) for q in result.quotes] == [
        ('the repairs were "far too slow,"', "mixed"),
        ("Nobody in this street has been told anything.", "direct"),
    ]
    # A naming participle stays in the content.
    named = run('Ana Ruiz praised the crews, calling them "heroes of the night."', "en")
    assert texts(named) == ['them "heroes of the night.']
