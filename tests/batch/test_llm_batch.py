"""Corpus runs on the real LLM engine against the fake OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from _support import article, read_jsonl, write_corpus

import extractor
from extractor import Extractor
from extractor.testing.fake_openai import FakeOpenAI, Reply

LATENCY = 0.15  # seconds each request is held by the server


class _Timeline:
    """A responder that holds each request LATENCY seconds and logs when it started and ended."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.spans: list[tuple[float, float]] = []

    def __call__(self, request: dict) -> dict:
        start = time.monotonic()
        time.sleep(LATENCY)
        with self.lock:
            self.spans.append((start, time.monotonic()))
        return {}

    def peak_overlap(self) -> int:
        events = sorted([(s, 1) for s, _ in self.spans] + [(e, -1) for _, e in self.spans], key=lambda ev: (ev[0], ev[1]))
        current = peak = 0
        for _, step in events:
            current += step
            peak = max(peak, current)
        return peak


def _extractor(server: FakeOpenAI, **options) -> Extractor:
    return Extractor(model="fake-model", base_url=server.base_url, api_key="sk-test", **options)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_requests_overlap_up_to_the_concurrency(concurrency):
    timeline = _Timeline()
    records = [{"id": f"r{n}", "text": article(n)} for n in range(12)]
    with FakeOpenAI(responder=timeline) as server:
        results = list(_extractor(server, cache=False).extract_many(records, concurrency=concurrency, order="input"))
    assert [r.id for r in results] == [r["id"] for r in records]
    assert len(timeline.spans) == 12
    peak = timeline.peak_overlap()
    assert peak <= concurrency  # the bound holds ...
    if concurrency > 1:
        assert peak >= 2  # ... and requests really run side by side


def test_a_second_batch_reuses_the_engine_and_its_async_client():
    with FakeOpenAI() as server:
        ex = _extractor(server, cache=False)
        assert len(list(ex.extract_many([article(1), article(2)], concurrency=2))) == 2
        assert len(list(ex.extract_many([article(3), article(4)], concurrency=2))) == 2
        assert len(server.completion_requests) == 4


def test_module_level_extract_many_with_cache_reports_cached(tmp_path):
    texts = [article(n) for n in range(3)]
    with FakeOpenAI() as server:
        options = {"model": "fake-model", "base_url": server.base_url, "api_key": "sk-test", "cache_dir": str(tmp_path)}
        first = list(extractor.extract_many(texts, concurrency=3, **options))
        again = list(extractor.extract_many(texts, concurrency=3, **options))
        assert len(server.completion_requests) == 3
    assert [r.meta.cached for r in first] == [False] * 3 and [r.meta.cached for r in again] == [True] * 3


def test_cli_with_the_llm_engine_killed_and_rerun(tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 150)
    with FakeOpenAI(delay=0.05) as server:
        command = [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "--format", "jsonl", "-o", str(out),
                   "--model", "fake-model", "--base-url", server.base_url, "-j", "4"]
        env = {**os.environ, "EXTRACTOR_API_KEY": "sk-test"}
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while (not out.exists() or out.read_bytes().count(b"\n") < 20) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            assert process.poll() is None, process.stderr.read().decode()
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait(timeout=30)
        rerun = subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert out.read_bytes().endswith(b"\n")
    results = read_jsonl(out)
    assert sorted(r["id"] for r in results) == ids
    assert all(r["engine"] == results[0]["engine"] for r in results)
    assert "sk-test" not in out.read_text() and "already done" in rerun.stderr.decode()
    assert json.loads(out.read_text().splitlines()[0])["meta"]["usage"] is not None


def test_rate_limits_in_a_concurrent_batch_are_retried_not_failed():
    records = [{"id": f"r{n}", "text": article(n)} for n in range(8)]
    with FakeOpenAI() as server:
        server.script([Reply(status=429, headers={"Retry-After-Ms": "50"}) for _ in range(3)] + [Reply(status=503)])
        failures: list = []
        results = list(_extractor(server, cache=False).extract_many(records, concurrency=4, on_error=lambda d, e: failures.append((d.id, e))))
        assert failures == [] and sorted(r.id for r in results) == sorted(r["id"] for r in records)
        assert len(server.completion_requests) == 8 + 4  # each refusal cost one extra request
