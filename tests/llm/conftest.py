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
