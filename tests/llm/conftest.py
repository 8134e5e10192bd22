"""Fixtures for the LLM tests: the fake server, a no-wait retry policy, and cassette settings.

End-to-end tests replay traffic recorded from a real ``python -m llama_cpp.server`` running
SmolLM2-135M-Instruct (see scripts/record_cassettes.sh). pytest-recording's default record mode
is ``none``: a request that is not in the cassette fails the test instead of reaching out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.config import Settings
from extractor.engines.llm import LLMEngine, RetryPolicy
from extractor.errors import BackendError
from extractor.pipeline import Extractor
from extractor.schemas import Result
from extractor.testing.fake_openai import FakeOpenAI

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
SECRET = "sk-test-secret-never-recorded-0123456789"


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    return {
        # Never record a key; the stainless headers describe the recording machine.
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"],
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path"],
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request) -> str:
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


class Waits(list):
    """Records the waits the retry policy asked for instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def fast_retry(waits) -> RetryPolicy:
    async def no_sleep(seconds: float) -> None:
        waits.append(seconds)

    return RetryPolicy(attempts=4, base=0.01, cap=0.05, retry_after_cap=30.0, sleep=waits, async_sleep=no_sleep)


@pytest.fixture
def api_secret() -> str:
    """The API key the engines under test are given: it must never show up anywhere."""
    return SECRET


@pytest.fixture
def fake_server():
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def make_engine(fake_server, fast_retry):
    """An LLMEngine against the fake server; keyword arguments override Settings fields."""

    def build(*, retry: RetryPolicy | None = None, max_tokens: int | None = None, **overrides) -> LLMEngine:
        options = {"model": "fake-model", "api_key": SECRET, "timeout": 5.0, "max_retries": 2, **overrides}
        if "base_url" not in overrides:
            options["base_url"] = fake_server.base_url
        return LLMEngine(Settings(**options), retry=retry or fast_retry, max_tokens=max_tokens)

    return build


def _extract_or_cut_off(extractor: Extractor, article: str, budget: int) -> Result | None:
    """Run a tiny model through the whole path: its result, or None when its answer ran past ``budget``.

    A 135M model's greedy answer depends on the llama.cpp build and on the CPU's arithmetic (near
    ties between tokens): on one machine it copies the article's quote and stops, on another it
    copies the prompt's example and loops until the budget (seen on CI in December 2026 with
    llama-cpp-python 0.3.36). Both runs send the request, stream the answer and count its tokens;
    a cut-off must come back as one, not as a crash or a parse error: the budget named, every
    budgeted token counted, the partial answer kept for the user to inspect.
    """
    try:
        return extractor.extract(article)
    except BackendError as cut:
        assert f"cut off at max_tokens={budget}" in str(cut), cut
        assert cut.usage is not None and cut.usage.requests >= 1, cut
        assert cut.usage.completion_tokens >= budget and cut.usage.prompt_tokens > 0, cut.usage
        assert cut.last_output, "the partial answer is kept on the error"
        return None


@pytest.fixture
def extract_or_cut_off():
    return _extract_or_cut_off
