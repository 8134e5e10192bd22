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


class _BareEngine(Engine):
    """Returns only what it extracted (no id, article, source, version or hash), and records
    the language it was handed."""

    name = "bare"

    def __init__(self) -> None:
        self.languages: list[str | None] = []

    def extract(self, document: Document) -> Result:
        self.languages.append(document.language)
        return Result(language=document.language or "und", engine=self.name, meta=ResultMeta())


def _with_engine(engine: Engine, **options) -> Extractor:
    ex = Extractor(**options)
    ex._engine = engine
    return ex


def test_the_pipeline_writes_the_envelope_once_for_every_engine():
    import hashlib

    from extractor import __version__

    result = _with_engine(_BareEngine()).extract(Document(text=ARTICLE, id="a1", source="in/a1.txt"))
    assert result.id == "a1" and result.article == ARTICLE
    assert result.meta.source == "in/a1.txt"
    assert result.meta.extractor_version == __version__
    assert result.meta.text_sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("setting", "tag", "expected"),
    [(None, None, "fr"), (None, "EN-us", "en"), ("en", "fr", "en"), ("fr", None, "fr")],
)
def test_one_language_rule_setting_then_tag_then_detection(setting, tag, expected):
    engine = _BareEngine()
    result = _with_engine(engine, language=setting).extract(Document(text=ARTICLE, language=tag))
    assert engine.languages == [expected] and result.language == expected


def test_many_articles_get_the_same_envelope_and_language_rule():
    engine = _BareEngine()
    records = [{"id": "x", "text": ARTICLE, "language": "EN"}, {"id": "y", "text": ARTICLE}]
    results = list(_with_engine(engine).extract_many(records, concurrency=2))
    assert [r.id for r in results] == ["x", "y"] and sorted(engine.languages) == ["en", "fr"]
    assert all(r.meta.text_sha256 and r.meta.extractor_version for r in results)


def test_every_setting_is_a_typed_keyword():
    ex = Extractor(max_chars=50_000, chunk_chars=5000, max_tokens=512, llama_n_ctx=4096, offline_learned=False)
    assert (ex.settings.max_chars, ex.settings.chunk_chars, ex.settings.max_tokens) == (50_000, 5000, 512)
    assert ex.settings.llama_n_ctx == 4096 and ex.settings.offline_learned is False


def test_engine_level_settings_come_from_the_environment_through_config(monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MAX_TOKENS", "321")
    monkeypatch.setenv("EXTRACTOR_LLAMA_N_CTX", "2048")
    monkeypatch.setenv("EXTRACTOR_OFFLINE_LEARNED", "0")
    settings = Extractor().settings
    assert (settings.max_tokens, settings.llama_n_ctx, settings.offline_learned) == (321, 2048, False)
    assert Extractor(max_tokens=99).settings.max_tokens == 99  # an explicit argument wins
