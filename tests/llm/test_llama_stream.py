"""The in-process runner's streaming, with a stand-in for llama_cpp.Llama (no model, no C++ build).

The stand-in evaluates the prompt in ``prompt_delay`` seconds, asking the abort check as llama.cpp
does (and failing as ``llama_decode`` does when told to stop), generates token ids lazily, ``delay``
seconds each, through ``Llama.generate`` (where the runner counts them), and streams them as
llama-cpp-python's chat handler does: a role chunk, then one tool-call delta per token repeating the
call's id and name, then ``finish_reason``.
"""

from __future__ import annotations

import json
import re
import sys
import time
import types

import openai
import pytest

from extractor.config import Settings
from extractor.engines.llm import LLMEngine, client
from extractor.errors import BackendError
from extractor.inputs import Document

ARTICLE = "Le syndicat a prévenu : « La grève continuera. »"
ANSWER = json.dumps({"quotes": [{"text": "La grève continuera.", "speaker": "Le syndicat", "kind": "direct"}]}, ensure_ascii=False)
END = 0  # the stand-in's end-of-generation token


class StreamingLlama:
    """Streams ``pieces`` (one token each), then the end token; ``delay`` seconds per token."""

    pieces: list[str] = [ANSWER[i : i + 8] for i in range(0, len(ANSWER), 8)]
    delay = 0.0
    prompt_delay = 0.0
    model = "stand-in model pointer"

    def __init__(self, model_path: str, **options: object) -> None:
        self.generated: list[int] = []  # every token generated, read or not
        self.abort_check = None

    @property
    def ctx(self) -> StreamingLlama:
        return self

    def _evaluate_prompt(self) -> None:
        for _ in range(20):
            time.sleep(self.prompt_delay / 20)
            if self.abort_check is not None and self.abort_check(None):
                raise RuntimeError("llama_decode returned 2")

    def n_ctx(self) -> int:
        return 8192

    def tokenize(self, text: bytes, add_bos: bool = False, special: bool = False) -> list[int]:
        return list(range(1, len(text.split()) + 1))

    def generate(self, tokens: list[int], **options: object):
        self._evaluate_prompt()
        for token in [*range(1, len(self.pieces) + 1), END]:
            time.sleep(self.delay)
            self.generated.append(token)
            yield token

    def create_chat_completion(self, *, messages, stream=False, tools=None, tool_choice=None, max_tokens=None, **options):
        assert stream, "the runner streams"
        prompt = self.tokenize(json.dumps(messages).encode())
        name = tool_choice["function"]["name"]
        return self._chunks(prompt, name, max_tokens or 4096)

    def _chunks(self, prompt: list[int], name: str, max_tokens: int):
        head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": "stand-in.gguf"}
        yield {**head, "choices": [{"index": 0, "finish_reason": None, "logprobs": None, "delta": {"role": "assistant", "content": None}}]}
        for produced, token in enumerate(self.generate(prompt), 1):
            if token == END:
                break
            call = {"name": name, "arguments": self.pieces[token - 1]}
            delta = {"role": None, "content": None, "function_call": call, "tool_calls": [{"index": 0, "id": f"call_{name}", "type": "function", "function": call}]}
            yield {**head, "choices": [{"index": 0, "finish_reason": None, "logprobs": None, "delta": delta}]}
            if produced >= max_tokens:
                break
        yield {**head, "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": None, "delta": {}}]}


@pytest.fixture
def stand_in(tmp_path, monkeypatch):
    """A model file and a llama_cpp module whose Llama is the stand-in; returns (settings, runner)."""
    module = types.ModuleType("llama_cpp")
    module.Llama = StreamingLlama
    module.llama_model_get_vocab = lambda model: "stand-in vocab"
    module.llama_vocab_is_eog = lambda vocab, token: token == END
    module.ggml_abort_callback = lambda check: check
    module.llama_set_abort_callback = lambda ctx, check, data: setattr(ctx, "abort_check", check)
    monkeypatch.setitem(sys.modules, "llama_cpp", module)
    model = tmp_path / "stand-in.gguf"
    model.write_bytes(b"GGUF")
    client._llama_runner.cache_clear()
    settings = Settings(model=f"llama-cpp:{model}", cache=False, cache_dir=tmp_path / "cache", mode="tools")
    backend = client.resolve_backend(settings)
    runner = client._llama_runner(backend.model_path, backend.identity["size"], backend.identity["mtime_ns"], settings.llama_n_ctx)
    yield settings, runner
    client._llama_runner.cache_clear()


TOOL_REQUEST = {
    "messages": [{"role": "user", "content": ARTICLE}],
    "tools": [{"type": "function", "function": {"name": "Extraction", "parameters": {"type": "object"}}}],
    "tool_choice": {"type": "function", "function": {"name": "Extraction"}},
    "max_tokens": 4096,
}


def test_a_stream_is_joined_into_the_completion_a_plain_call_returns(stand_in):
    _, runner = stand_in
    completion = runner.create(timeout=30, **TOOL_REQUEST)
    (choice,) = completion.choices
    (call,) = choice.message.tool_calls
    assert (call.id, call.type, call.function.name) == ("call_Extraction", "function", "Extraction")
    assert json.loads(call.function.arguments) == json.loads(ANSWER)
    assert choice.message.function_call.arguments == call.function.arguments
    assert choice.message.content is None and choice.finish_reason == "tool_calls"
    # Counted as llama-cpp-python counts a plain call: the end token is not a completion token.
    prompt_tokens = len(runner.llama.tokenize(json.dumps(TOOL_REQUEST["messages"]).encode()))
    assert completion.usage.model_dump(include={"prompt_tokens", "completion_tokens", "total_tokens"}) == {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": len(StreamingLlama.pieces),
        "total_tokens": prompt_tokens + len(StreamingLlama.pieces),
    }
    assert (completion.id, completion.model, completion.object) == ("chatcmpl-1", "stand-in.gguf", "chat.completion")
    assert "generate" not in vars(runner.llama), "the token count is removed after the call"


def test_a_stream_cut_at_max_tokens_is_reported_as_cut_off(stand_in):
    settings, _ = stand_in
    with pytest.raises(BackendError, match="cut off at max_tokens=3"):
        LLMEngine(settings, max_tokens=3).extract(Document(text=ARTICLE))


def test_the_streamed_answer_goes_through_instructor_to_a_grounded_result(stand_in):
    settings, _ = stand_in
    result = LLMEngine(settings).extract(Document(text=ARTICLE))
    assert [(q.text, ARTICLE[q.start : q.end]) for q in result.quotes] == [("La grève continuera.", "La grève continuera.")]
    assert result.meta.usage.requests == 1 and result.meta.usage.completion_tokens == len(StreamingLlama.pieces)


def test_the_deadline_stops_generation_and_raises_the_http_timeout_error(stand_in, monkeypatch):
    _, runner = stand_in
    monkeypatch.setattr(StreamingLlama, "delay", 0.05)  # 40 tokens: 2 s unbounded
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        runner.create(timeout=0.5, **TOOL_REQUEST)
    assert 0.5 <= time.monotonic() - started < 1.5
    stopped_at = len(runner.llama.generated)
    assert stopped_at < len(StreamingLlama.pieces)
    time.sleep(0.3)
    assert len(runner.llama.generated) == stopped_at, "no token is generated after the deadline"
    assert runner.lock.acquire(blocking=False), "the model is free for the next request"
    runner.lock.release()


def test_the_deadline_stops_prompt_evaluation_too(stand_in, monkeypatch):
    _, runner = stand_in
    monkeypatch.setattr(StreamingLlama, "prompt_delay", 5.0)
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        runner.create(timeout=0.5, **TOOL_REQUEST)
    assert 0.5 <= time.monotonic() - started < 1.5
    assert runner.llama.generated == []
    monkeypatch.setattr(StreamingLlama, "prompt_delay", 0.0)
    assert runner.create(timeout=30, **TOOL_REQUEST).choices[0].message.tool_calls, "the next request works"


def test_an_in_process_timeout_names_the_setting_and_is_not_retried(stand_in, monkeypatch):
    settings, _ = stand_in
    monkeypatch.setattr(StreamingLlama, "delay", 0.05)
    engine = LLMEngine(settings.model_copy(update={"timeout": 0.5, "max_retries": 3}))
    started = time.monotonic()
    with pytest.raises(BackendError) as failure:
        engine.extract(Document(text=ARTICLE))
    assert time.monotonic() - started < 1.5, "one attempt, not four"
    message = str(failure.value)
    assert "timeout of 0.5 s" in message and "--timeout" in message
    ran = re.search(r"the last request ran (\d+\.\d) s", message)
    assert ran and 0.5 <= float(ran.group(1)) < 1.5
    assert "over 1 request(s)" in message and "stopped and not retried" in message
