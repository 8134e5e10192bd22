"""The pipeline's grounding gate holds whatever the engine returns."""

from __future__ import annotations

import pytest

from extractor import Extractor, InputError
from extractor.engines.base import Engine
from extractor.inputs import Document
from extractor.schemas import Claim, Quote, Result, ResultMeta

ARTICLE = "« Nous condamnons ces attaques », a déclaré le ministre."


class _ScriptedEngine(Engine):
    """Returns one right and one wrong quote, and a claim citing both."""

    name = "scripted"

    def extract(self, document: Document) -> Result:
        good = Quote(id="q1", text="Nous condamnons ces attaques", start=2, end=30, kind="direct", speaker="le ministre")
        bad = Quote(id="q2", text="Nous approuvons", start=2, end=17, kind="direct")
        claim = Claim(id="c1", text="condamne les attaques", claimant="le ministre", quote_ids=["q1", "q2"])
        return Result(language="fr", engine=self.name, quotes=[good, bad], claims=[claim], meta=ResultMeta(extractor_version="0"))


@pytest.fixture
def extractor():
    ex = Extractor()
    ex._engine = _ScriptedEngine()
    return ex


def test_ungrounded_quotes_are_rejected_and_never_cited(extractor):
    result = extractor.extract(ARTICLE, id="a1")
    assert [q.id for q in result.quotes] == ["q1"]
    assert all(ARTICLE[q.start : q.end] == q.text for q in result.quotes)
    assert [r.text for r in result.rejected] == ["Nous approuvons"]
    assert result.claims[0].quote_ids == ["q1"]
    assert result.id == "a1" and result.article == ARTICLE


def test_records_and_documents_are_accepted(extractor):
    assert extractor.extract({"id": 7, "text": ARTICLE}).id == "7"
    assert extractor.extract(Document(text=ARTICLE, id="d")).id == "d"


@pytest.mark.parametrize("bad", ["", "   \n\t", {"id": 1}, {"text": 3}, 42])
def test_bad_articles_raise_input_error(extractor, bad):
    with pytest.raises(InputError):
        extractor.extract(bad)


def test_length_limit_is_enforced_with_a_clear_message(extractor):
    extractor.settings = extractor.settings.model_copy(update={"max_chars": 10})
    with pytest.raises(InputError, match="over the limit"):
        extractor.extract(ARTICLE)
