"""`extractor eval` through the LLM engine, against the local fake OpenAI server (no network):
the second run is answered from the response cache, which is how LLM evals run in CI."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluation import load_gold
from extractor.testing.fake_openai import FakeOpenAI

GOLD = Path(__file__).resolve().parents[2] / "evals" / "gold" / "seed_000_3c0465c333d813dd.json"


def test_llm_eval_runs_then_replays_from_cache(monkeypatch, tmp_path):
    (seed,) = load_gold(GOLD)
    direct = [q for q in seed.quotes if q.kind == "direct"]

    def responder(request: dict) -> dict:
        # A stand-in model that returns the seed's direct quotes with their first speaker.
        return {
            "quotes": [{"text": q.text, "speaker": q.speaker.split(", ")[0], "kind": "direct"} for q in direct],
            "accused": [{"name": "Pékin", "accusers": ["Dominic Raab"]}],
        }

    monkeypatch.setenv("EXTRACTOR_API_KEY", "test-key")
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "cache"))
    with FakeOpenAI(responder=responder) as server:
        try:
            socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
        except OSError:
            pytest.skip("loopback is down (unshare -n without `ip link set lo up`): the local fake server is unreachable")
        args = ["eval", "--gold", str(GOLD), "--model", "fake-model", "--base-url", server.base_url, "-f", "json", "-q"]
        first = CliRunner().invoke(app, args)
        assert first.exit_code == 0, first.output
        calls = len(server.completion_requests)
        assert calls >= 1
        second = CliRunner().invoke(app, args)
        assert second.exit_code == 0, second.output
        assert len(server.completion_requests) == calls  # every answer came from the cache
    run1, run2 = json.loads(first.stdout), json.loads(second.stdout)
    # 4 direct quotes predicted, all grounded and right: P = 1, R = 4/16
    assert run1["quotes"]["precision"] == 1.0 and run1["quotes"]["recall"] == 0.25
    assert run1["accused"]["matched"] == 1  # Pékin agrees with la Chine's aliases
    assert run1["engine"] != "offline" and not str(run1["engine"]).startswith("offline")
    assert {k: run2[k] for k in ("quotes", "speakers", "accused", "claims")} == {k: run1[k] for k in ("quotes", "speakers", "accused", "claims")}
