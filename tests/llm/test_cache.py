"""The response cache: what goes into a key, what is stored, and that a hit makes no request."""

from __future__ import annotations

import pytest

from extractor import cache
from extractor.cache import ResponseCache, cache_key
from extractor.config import Settings
from extractor.engines.llm import LLMEngine
from extractor.errors import BackendError
from extractor.inputs import Document
from extractor.testing.fake_openai import Reply

ARTICLE = "La ministre Anne Roux a déclaré : « Nous tiendrons parole. » L'opposition doute."
PAYLOAD = {"quotes": [{"text": "Nous tiendrons parole.", "speaker": "Anne Roux", "kind": "direct", "cue": "a déclaré"}], "speakers": [{"name": "Anne Roux", "kind": "person"}]}
MESSAGES = [{"role": "user", "content": ARTICLE}]


@pytest.fixture
def answering(fake_server):
    fake_server.responder = lambda request: PAYLOAD
    return fake_server


def test_repeated_extraction_makes_no_request_even_with_the_server_gone(answering, make_engine):
    first = make_engine().extract(Document(text=ARTICLE))
    assert len(answering.completion_requests) == 1 and not first.meta.cached
    answering.stop()
    again = make_engine(base_url=first.engine.split("@", 1)[1]).extract(Document(text=ARTICLE))
    assert again.meta.cached and again.meta.usage.requests == 0
    assert again.to_dict()["quotes"] == first.to_dict()["quotes"]


def test_cache_off_asks_every_time(answering, make_engine):
    engine = make_engine(cache=False)
    engine.extract(Document(text=ARTICLE))
    result = engine.extract(Document(text=ARTICLE))
    assert len(answering.completion_requests) == 2 and not result.meta.cached


def test_failed_and_invalid_answers_are_never_cached(fake_server, make_engine):
    fake_server.responder = lambda request: Reply(content='{"quotes": "not a list"}')
    with pytest.raises(BackendError):
        make_engine(max_retries=1).extract(Document(text=ARTICLE))
    assert cache.info()["entries"] == 0
    fake_server.script([Reply(status=500)] * 4)
    with pytest.raises(BackendError):
        make_engine(max_retries=1).extract(Document(text=ARTICLE))
    assert cache.info()["entries"] == 0
    fake_server.responder = lambda request: PAYLOAD
    assert not make_engine().extract(Document(text=ARTICLE)).meta.cached
    assert cache.info()["entries"] == 1


def test_each_scope_is_asked_and_cached_apart(answering, make_engine):
    make_engine().extract(Document(text=ARTICLE))
    broad = make_engine(scope="attributions").extract(Document(text=ARTICLE))
    assert not broad.meta.cached and len(answering.completion_requests) == 2
    systems = [next(m["content"] for m in r.json["messages"] if m["role"] == "system") for r in answering.completion_requests]
    assert "Not private beliefs" in systems[0] and "he believes" in systems[1]


def _key(engine: LLMEngine, messages=MESSAGES, mode="tools") -> str:
    return engine.key_for(messages, mode)


def test_every_component_changes_the_key(make_engine, fake_server, tmp_path):
    base = make_engine()
    reference = _key(base)
    assert _key(make_engine()) == reference  # deterministic
    variants = {
        "model": _key(make_engine(model="other-model")),
        "base_url": _key(make_engine(base_url=fake_server.base_url + "/alt")),
        "temperature": _key(make_engine(temperature=0.7)),
        "max_tokens": _key(make_engine(max_tokens=123)),
        "mode": _key(base, mode="json_schema"),
        "article": _key(base, messages=[{"role": "user", "content": ARTICLE + " Fin."}]),
    }
    changed_template = make_engine()
    changed_template.template_version = "0" * 16
    variants["template_version"] = _key(changed_template)
    changed_schema = make_engine()
    changed_schema.schema_version = "f" * 16
    variants["schema_version"] = _key(changed_schema)
    for name, key in variants.items():
        assert key != reference, f"{name} does not change the cache key"
    assert len(set(variants.values())) == len(variants)


def test_model_file_identity_is_path_size_and_mtime(tmp_path):
    model = tmp_path / "tiny.gguf"
    model.write_bytes(b"GGUF" + b"\0" * 16)
    first = LLMEngine(Settings(model=f"llama-cpp:{model}"))
    model.write_bytes(b"GGUF" + b"\0" * 32)  # same path, new file
    second = LLMEngine(Settings(model=f"llama-cpp:{model}"))
    assert first.backend.identity["path"] == str(model.resolve())
    assert first.name == f"llama-cpp:{model.resolve()}"
    assert _key(first) != _key(second)


def test_api_key_never_reaches_keys_or_stored_values(answering, make_engine, api_secret):
    engine = make_engine()
    engine.extract(Document(text=ARTICLE))
    assert api_secret not in repr(engine.backend.identity) and api_secret not in engine.name
    stored = b"".join(p.read_bytes() for p in engine._cache_dir.rglob("*") if p.is_file())
    assert stored and api_secret.encode() not in stored
    with pytest.raises(ValueError, match="secret"):
        cache_key({"api_key": api_secret})


def test_info_and_clear(tmp_path):
    store = ResponseCache(tmp_path)
    store.set("a", {"extraction": {}})
    store.set("b", {"extraction": {}})
    store.close()
    info = cache.info(tmp_path)
    assert info["location"] == str(tmp_path) and info["entries"] == 2 and info["size_bytes"] >= 0
    assert cache.clear(tmp_path) == 2
    assert cache.info(tmp_path)["entries"] == 0
    assert cache.clear(tmp_path / "missing") == 0


def test_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "here"))
    assert cache.cache_dir() == tmp_path / "here"
    assert cache.cache_dir(tmp_path / "explicit") == tmp_path / "explicit"
    monkeypatch.delenv("EXTRACTOR_CACHE_DIR")
    assert cache.cache_dir().name == "extractor"


def test_corrupt_entry_is_a_miss(tmp_path):
    store = ResponseCache(tmp_path)
    store._cache.set("k", "{not json")
    assert store.get("k") is None
