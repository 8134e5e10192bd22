"""The fake OpenAI-compatible server answers like a real one, and misbehaves on request."""

from __future__ import annotations

import instructor
import openai
import pytest
from pydantic import BaseModel

from extractor.testing.fake_openai import FakeOpenAI, Reply


class _Payload(BaseModel):
    a: int = 0


def _client(server: FakeOpenAI, timeout: float = 2.0) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="sk-test", max_retries=0, timeout=timeout)


@pytest.mark.parametrize("mode", [instructor.Mode.TOOLS, instructor.Mode.JSON_SCHEMA, instructor.Mode.JSON])
def test_answers_in_the_requested_shape(mode):
    with FakeOpenAI(responder=lambda request: {"a": 3}) as server:
        client = instructor.from_openai(_client(server), mode=mode)
        out = client.chat.completions.create(model="m", response_model=_Payload, messages=[{"role": "user", "content": "hi"}])
        assert out.a == 3
        (request,) = server.completion_requests
        assert request.method == "POST" and request.json["model"] == "m"
        assert ("tools" in request.json) == (mode is instructor.Mode.TOOLS)
        assert request.headers["authorization"] == "Bearer sk-test"


def test_scripted_replies_are_consumed_in_order():
    with FakeOpenAI(responder=lambda request: {"a": 1}) as server:
        client = _client(server, timeout=0.5)
        server.script(
            [
                Reply(status=429, headers={"Retry-After": "1"}),
                Reply(status=503),
                Reply(raw=b"not json"),
                Reply(delay=2.0),
                Reply(close=True),
                Reply(finish_reason="length"),
                Reply(json={"choices": []}, status=200),
            ]
        )
        messages = [{"role": "user", "content": "hi"}]
        with pytest.raises(openai.RateLimitError) as info:
            client.chat.completions.create(model="m", messages=messages)
        assert info.value.response.headers["retry-after"] == "1"
        with pytest.raises(openai.InternalServerError):
            client.chat.completions.create(model="m", messages=messages)
        with pytest.raises(ValueError):  # body is not JSON
            client.chat.completions.create(model="m", messages=messages)
        with pytest.raises(openai.APITimeoutError):
            client.chat.completions.create(model="m", messages=messages)
        with pytest.raises(openai.APIConnectionError):
            client.chat.completions.create(model="m", messages=messages)
        cut = client.chat.completions.create(model="m", messages=messages)
        assert cut.choices[0].finish_reason == "length" and cut.choices[0].message.content == '{"a"'
        assert client.chat.completions.create(model="m", messages=messages).choices == []
        assert server.pending == 0
        ok = client.chat.completions.create(model="m", messages=messages)
        assert ok.choices[0].message.content == '{"a": 1}' and ok.usage.total_tokens > 0
        assert len(server.completion_requests) == 8


def test_models_route_and_stop():
    server = FakeOpenAI(model="tiny").start()
    client = _client(server)
    assert [m.id for m in client.models.list().data] == ["tiny"]
    server.stop()
    with pytest.raises(openai.APIConnectionError):
        client.models.list()
