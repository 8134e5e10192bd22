"""Backends: identity and names, configuration errors, mode choice and fallback."""

from __future__ import annotations

import sys

import pytest

from extractor.config import Settings
from extractor.engines.llm import LLMEngine
from extractor.engines.llm.client import resolve_backend
from extractor.engines.llm.modes import MODE_ORDER, ModeMemory
from extractor.errors import BackendError, ConfigError
from extractor.inputs import Document
from extractor.testing.fake_openai import Reply

ARTICLE = "Le syndicat a prévenu : « La grève continuera. »"
PAYLOAD = {"quotes": [{"text": "La grève continuera.", "speaker": "Le syndicat", "kind": "direct"}]}


def test_openai_backend_name_never_holds_the_key():
    backend = resolve_backend(Settings(model="gpt-4o-mini", api_key="sk-abc"))
    assert backend.name == "openai:gpt-4o-mini@https://api.openai.com/v1"
    assert "sk-abc" not in repr(backend)
    local = resolve_backend(Settings(model="qwen2.5:7b", base_url="http://localhost:11434/v1/"))
    assert local.name == "openai:qwen2.5:7b@http://localhost:11434/v1"


def test_openai_without_a_key_is_a_config_error():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_backend(Settings(model="gpt-4o-mini"))


def test_missing_model_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        LLMEngine(Settings(model=f"llama-cpp:{tmp_path / 'nope.gguf'}"))


def test_llama_cpp_not_installed_is_a_config_error(tmp_path, monkeypatch):
    from extractor.engines.llm import client

    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    client._llama_runner.cache_clear()
    engine = LLMEngine(Settings(model=f"llama-cpp:{model}", cache=False))
    with pytest.raises(ConfigError, match=r"extractor\[llama\]"):
        engine.extract(Document(text=ARTICLE))


def test_unknown_mode_is_a_config_error(fake_server, make_engine):
    with pytest.raises(ConfigError, match="unknown mode"):
        make_engine(mode="telepathy")


def _reject_tools(request):
    if "tools" in request:
        return Reply(status=400, json={"error": {"message": "tools are not supported by this server", "type": "invalid_request_error"}})
    return PAYLOAD


def test_rejected_mode_falls_back_in_order_and_is_remembered(fake_server, make_engine):
    fake_server.responder = _reject_tools
    result = make_engine().extract(Document(text=ARTICLE))
    assert [q.text for q in result.quotes] == ["La grève continuera."]
    first, second = fake_server.completion_requests
    assert "tools" in first.json and second.json["response_format"]["type"] == "json_schema"
    assert MODE_ORDER == ("tools", "json_schema", "json")
    # A new engine for the same backend goes straight to the mode that worked...
    fake_server.reset()
    make_engine(cache=False).extract(Document(text=ARTICLE + " "))
    (only,) = fake_server.completion_requests
    assert "tools" not in only.json
    # ... and finds the answer cached under that mode.
    assert make_engine().extract(Document(text=ARTICLE)).meta.cached


def test_mode_memory_persists_in_the_cache_dir(tmp_path):
    ModeMemory(tmp_path).remember("backend-x", "json")
    ModeMemory._process.pop("backend-x")
    assert ModeMemory(tmp_path).get("backend-x") == "json"
    assert ModeMemory(tmp_path).candidates("backend-x", None) == ["json", "tools", "json_schema"]
    assert ModeMemory(tmp_path).candidates("backend-x", "tools") == ["tools"]


def test_forced_mode_is_used_without_fallback(fake_server, make_engine):
    fake_server.responder = _reject_tools
    with pytest.raises(BackendError):
        make_engine(mode="tools").extract(Document(text=ARTICLE))
    assert len(fake_server.completion_requests) == 1
    fake_server.reset()
    make_engine(mode="json").extract(Document(text=ARTICLE))
    assert fake_server.completion_requests[0].json["response_format"]["type"] == "json_object"


def test_every_mode_rejected_is_a_backend_error(fake_server, make_engine):
    fake_server.responder = lambda request: Reply(status=400, json={"error": {"message": "response_format and tools unsupported"}})
    with pytest.raises(BackendError, match="rejected every structured-output mode"):
        make_engine().extract(Document(text=ARTICLE))
    assert len(fake_server.completion_requests) == len(MODE_ORDER)


def test_llama_cpp_server_style_500_about_response_format_falls_back_without_retrying(fake_server, make_engine, waits):
    # llama-cpp-python's server answers response_format json_schema with a 500 carrying a
    # pydantic validation error; asking again the same way cannot work.
    def responder(request):
        if request.get("response_format", {}).get("type") == "json_schema":
            message = "1 validation error: ('body', 'response_format', 'type') Input should be 'text' or 'json_object'"
            return Reply(status=500, json={"error": {"message": message, "type": "internal_server_error"}})
        return PAYLOAD

    fake_server.responder = responder
    engine = make_engine()
    engine._modes.remember(engine._backend_key, "json_schema")
    result = engine.extract(Document(text=ARTICLE))
    assert [q.text for q in result.quotes] == ["La grève continuera."]
    assert len(fake_server.completion_requests) == 2 and waits == []
    assert engine._modes.get(engine._backend_key) == "tools"


def test_credentials_in_the_base_url_connect_but_are_never_shown(fake_server, make_engine):
    token = "tok-9f8e7d6c5b4a"
    fake_server.responder = lambda request: PAYLOAD
    url = fake_server.base_url.replace("http://", f"http://alice:{token}@") + f"?api-key={token}"
    engine = make_engine(base_url=url)
    assert token not in engine.name and token not in repr(engine.backend) and token not in str(engine.backend.identity)
    assert engine.name == f"openai:fake-model@{fake_server.base_url.replace('http://', 'http://***@')}?api-key=***"
    result = engine.extract(Document(text=ARTICLE))
    assert [q.text for q in result.quotes] == ["La grève continuera."] and token not in result.to_json()
    (request,) = fake_server.completion_requests
    assert request.headers["authorization"].startswith("Basic ")  # the credentials in the URL were used
    fake_server.script([Reply(status=500, json={"error": {"message": f"proxy refused http://alice:{token}@x"}})] * 5)
    with pytest.raises(BackendError) as info:
        make_engine(base_url=url, max_retries=0).extract(Document(text=ARTICLE + " bis"))
    assert token not in str(info.value) and info.value.backend == engine.name
