"""End to end against a real llama.cpp server (SmolLM2-135M), replayed from cassettes.

The model is tiny: its answers are junk. These tests check what must hold whatever a model
says: the request shape, the contract, grounding (every quote is article[start:end]),
rejection of what is not in the article, references only to grounded quotes, the cache, and
the mode fallback. Re-record with scripts/record_cassettes.sh.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.config import Settings
from extractor.engines.llm import LLMEngine
from extractor.engines.llm.modes import ModeMemory
from extractor.inputs import Document
from extractor.pipeline import Extractor
from extractor.schemas import Result

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
#: The URL the cassettes were recorded against (scripts/record_cassettes.sh serves there).
LLAMA_SERVER_URL = "http://127.0.0.1:8765/v1"
SECRET = "sk-test-secret-never-recorded-0123456789"

# Short articles written for these tests (not taken from any publication).
FRENCH = "« Nous allons gagner », a dit Paul Roy."
ENGLISH = 'Tom Hale said: "The plan is ready."'
MAX_TOKENS = 320


def _settings(**overrides) -> Settings:
    options = {"model": "smollm2", "base_url": LLAMA_SERVER_URL, "api_key": SECRET, "timeout": 600.0, "max_retries": 1}
    options.update(overrides)
    return Settings(**options)


def _check_contract(result: Result, article: str) -> None:
    Result.model_validate(result.to_dict())
    assert result.engine == f"openai:smollm2@{LLAMA_SERVER_URL}"
    assert result.meta.template_version and result.meta.schema_version
    quote_ids = {q.id for q in result.quotes}
    speaker_ids = {s.id for s in result.speakers}
    for quote in result.quotes:
        assert article[quote.start : quote.end] == quote.text
        assert quote.alignment in ("exact", "normalized", "fuzzy")
        assert set(quote.speaker_ids) <= speaker_ids
        for span in (quote.speaker_span, quote.cue_span):
            assert span is None or article[span.start : span.end] == span.text
    for speaker in result.speakers:
        assert all(article[m.start : m.end] == m.text for m in speaker.mentions)
    for item in (*result.accused, *result.claims):
        assert set(item.quote_ids) <= quote_ids
    for rejected in result.rejected:
        assert rejected.reason and rejected.item in ("quote", "speaker", "accused", "claim")
        if rejected.item == "quote":
            assert rejected.text not in article


def _chat(vcr) -> list[tuple[object, dict]]:
    """The chat-completion exchanges of a cassette (not the context probe's /props, /v1/models
    and tokenizer requests), as (request, response) pairs."""
    return [(request, response) for request, response in zip(vcr.requests, vcr.responses) if request.path.endswith("/chat/completions")]


def _answered_quotes(vcr) -> list[str]:
    """The quote texts the model returned in the last successful chat completion."""
    import json

    for _, response in reversed(_chat(vcr)):
        if response["status"]["code"] != 200:
            continue
        message = json.loads(response["body"]["string"])["choices"][0]["message"]
        calls = message.get("tool_calls") or []
        raw = calls[0]["function"]["arguments"] if calls else message.get("content") or "{}"
        try:
            answer = json.loads(raw)
        except ValueError:
            return []
        return [q["text"] for q in answer.get("quotes", []) if isinstance(q, dict) and isinstance(q.get("text"), str)]
    return []


@pytest.mark.vcr
def test_french_article(vcr):
    result = Extractor(settings=_settings(max_tokens=MAX_TOKENS)).extract(FRENCH)  # the public path, bounded
    _check_contract(result, FRENCH)
    assert result.language in ("fr", "und")  # one line is thin evidence for the detector
    assert result.meta.usage.requests >= 1 and result.meta.usage.total_tokens > 0
    # Whatever this tiny model answered: every quote it returned is grounded or rejected, never lost.
    answered = _answered_quotes(vcr)
    accounted = [q.text for q in result.quotes] + [r.text for r in result.rejected if r.item == "quote"]
    assert all(any(text.strip(" «»\"") in a or a in text for a in accounted) for text in answered), (answered, accounted)
    assert all(q.alignment in ("exact", "normalized", "fuzzy") for q in result.quotes)


@pytest.mark.vcr
def test_english_article():
    engine = LLMEngine(_settings(), max_tokens=MAX_TOKENS)
    result = engine.extract(Document(text=ENGLISH, id="en-1"))
    _check_contract(result, ENGLISH)
    assert result.language == "en" and result.id is None  # the id is the envelope: the pipeline writes it
    plan = [q for q in result.quotes if q.text == "The plan is ready."]  # the model copies this one
    assert plan and plan[0].alignment == "exact"


@pytest.mark.vcr
def test_second_extraction_makes_no_request(vcr):
    engine = LLMEngine(_settings(), max_tokens=MAX_TOKENS)
    first = engine.extract(Document(text=FRENCH))
    again = LLMEngine(_settings(), max_tokens=MAX_TOKENS).extract(Document(text=FRENCH))
    assert len(_chat(vcr)) == 1  # the cassette holds one extraction; a second request would fail
    assert not first.meta.cached and again.meta.cached
    assert again.meta.usage.requests == 0
    assert again.to_dict()["quotes"] == first.to_dict()["quotes"]


@pytest.mark.vcr
def test_server_rejecting_json_schema_falls_back_to_tools(vcr, tmp_path):
    # Pretend json_schema was remembered for this backend: llama-cpp-python's server rejects
    # response_format json_schema, so the engine must fall back to tools and remember that.
    engine = LLMEngine(_settings(cache_dir=tmp_path), max_tokens=MAX_TOKENS)
    engine._modes.remember(engine._backend_key, "json_schema")
    result = engine.extract(Document(text=ENGLISH))
    _check_contract(result, ENGLISH)
    chat = _chat(vcr)
    statuses = [response["status"]["code"] for _, response in chat]
    assert statuses[0] in (400, 422, 500) and statuses[-1] == 200
    assert "response_format" in chat[0][0].body.decode() and "tools" in chat[-1][0].body.decode()
    assert ModeMemory(tmp_path)._load()[engine._backend_key] == "tools"  # persisted beside the cache


def test_cassettes_hold_no_secret():
    files = list(CASSETTES.rglob("*.yaml"))
    assert files, "no cassettes recorded: run scripts/record_cassettes.sh"
    for path in files:
        text = Path(path).read_text(encoding="utf-8")
        assert SECRET not in text and "Bearer" not in text and "authorization" not in text.lower(), path
