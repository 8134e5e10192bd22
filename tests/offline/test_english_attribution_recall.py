"""English attributions in PolNeAR's sense that no speaker states: clauses marked as a view, an
appearance or hearsay ("seems", "is expected to", "reportedly"), and a frame split by an incise
("There is a risk, aides said, that …"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


@pytest.fixture(scope="module")
def engines():
    # Rules only: these constructions must not depend on the learned model.
    return {scope: OfflineEngine(language="en", scope=scope, learned=False) for scope in ("statements", "attributions")}


def _quotes(engines, text, scope="attributions"):
    return engines[scope].extract(Document(text=text)).quotes


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbor plan seemed doomed after the second vote.", "The harbor plan seemed doomed after the second vote", "seemed"),
        ("The two farmers appear to know each other well.", "The two farmers appear to know each other well", "appear"),
        ("The ferry company is expected to announce new fares next week.", "The ferry company is expected to announce new fares next week", "expected"),
        ("The new harbor master is widely seen as a careful manager.", "The new harbor master is widely seen as a careful manager", "seen"),
        ("The council member allegedly sold two city trucks to a friend.", "The council member allegedly sold two city trucks to a friend", "allegedly"),
    ],
)
def test_a_clause_marked_as_a_view_is_an_attribution_but_no_statement(engines, text, content, cue):
    (quote,) = _quotes(engines, text)
    assert (quote.text, quote.cue, quote.speaker) == (content, cue, None)
    assert quote.cue_type in ("belief", "perception")
    assert _quotes(engines, text, "statements") == []


@pytest.mark.parametrize(
    "text",
    [
        "The singer appeared on the morning show on Sunday.",  # no complement: showed up
        "Two swimmers were seen near the pier at dawn.",  # literal seeing, not "seen as"
        "The old ferry was shown the way out of the harbor by a tug.",
        "To be seen as a leader, the mayor must win the vote.",  # no finite clause
    ],
)
def test_appearance_and_perception_without_a_view_are_no_attribution(engines, text):
    assert _quotes(engines, text) == []


def test_a_report_nested_in_hearsay_keeps_its_own_content(engines):
    text = "The harbor master reportedly told the crews to stop the work at once."
    quotes = _quotes(engines, text)
    assert {q.text for q in quotes} == {"The harbor master reportedly told the crews to stop the work at once", "to stop the work at once"}


@pytest.mark.parametrize("scope", ["statements", "attributions"])
def test_an_incise_inside_an_extraposed_frame_reports_the_whole_sentence(engines, scope):
    text = "Yet there is a risk, some fishermen said, that the new quota would empty the northern harbors."
    (quote,) = _quotes(engines, text, scope)
    assert quote.text == "Yet there is a risk, some fishermen said, that the new quota would empty the northern harbors"
    assert quote.speaker == "fishermen" or quote.speaker == "some fishermen"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbor master announced her retirement on Monday.", "her retirement", "announced"),
        ("The fishermen's union argued against the new quota.", "the new quota", "argued"),
        ("Two council members criticized the ferry contract.", "the ferry contract", "criticized"),
    ],
)
def test_the_object_of_a_verb_of_saying_is_an_attribution_but_no_statement(engines, text, content, cue):
    (quote,) = _quotes(engines, text)
    assert (quote.text, quote.cue) == (content, cue)
    assert _quotes(engines, text, "statements") == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbor master told reporters at the pier.",  # the object is the addressee
        "The harbor master claimed victory on election night.",  # an act, not words
        "The tired swimmers heard thunder over the bay.",  # perception
    ],
)
def test_objects_that_are_not_what_was_said_are_no_attribution(engines, text):
    assert _quotes(engines, text) == []
