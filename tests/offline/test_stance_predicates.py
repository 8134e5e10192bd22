"""A noun or an adjective of stance predicated of its holder ("is an opponent of the tax", "has
been critical of the plan") ascribes that stance: an attribution in PolNeAR's sense, no
statement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document


@pytest.fixture(scope="module")
def engines():
    # Rules only: the construction must not depend on the learned model.
    return {scope: OfflineEngine(language="en", scope=scope, learned=False) for scope in ("statements", "attributions")}


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("The senator has long been an opponent of the new harbor tax.", "the new harbor tax", "opponent", "senator"),
        ("The mayor has been critical of the ferry company since the strike.", "the ferry company", "critical", "mayor"),
    ],
)
def test_a_stance_predicated_of_its_holder_is_an_attribution_but_no_statement(engines, text, content, cue, speaker):
    (quote,) = engines["attributions"].extract(Document(text=text)).quotes
    assert (quote.text, quote.cue, quote.speaker, quote.cue_type) == (content, cue, speaker, "belief")
    assert engines["statements"].extract(Document(text=text)).quotes == []


def test_a_stance_word_that_is_not_a_predicate_ascribes_nothing(engines):
    text = "Two supporters of the new harbor tax walked out of the meeting."
    assert engines["attributions"].extract(Document(text=text)).quotes == []


def test_the_topic_of_a_stance_runs_to_the_end_of_its_of_phrase(engines):
    text = "The senator is a firm supporter of the new bridge and of a lower toll for farmers."
    (quote,) = engines["attributions"].extract(Document(text=text)).quotes
    assert quote.text == "the new bridge and of a lower toll for farmers"
