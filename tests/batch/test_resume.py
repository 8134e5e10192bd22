"""SIGKILL in the middle of `extractor extract ... -o out.jsonl`, then the same command again.

The subprocess is the real CLI (``extractor.cli.main``) with only the engine replaced by a slow
test engine (``_run_cli.py``), so the kill lands while articles are being written.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _support import FAIL_MARK, write_corpus

from extractor.resumable import errors_path

SCRIPT = Path(__file__).with_name("_run_cli.py")


def _command(engine: str, delay: float, corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, str(SCRIPT), engine, str(delay), "extract", str(corpus), "--format", "jsonl", "-o", str(out), *extra]


def _whole_lines(out: Path) -> list[dict]:
    data = out.read_bytes()
    assert data.endswith(b"\n"), "the output must end with a whole line"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def _lines_now(out: Path) -> int:
    try:
        return out.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.parametrize(("engine", "concurrency"), [("sync", "1"), ("async", "8"), ("batch", "1")])
def test_sigkill_mid_run_then_rerun_gives_every_id_exactly_once(tmp_path, engine, concurrency):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 400)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # ~0.02 s per article: the whole run would take several seconds; kill it after ~30 lines.
    process = subprocess.Popen(_command(engine, 0.02, corpus, out, "-j", concurrency), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while _lines_now(out) < 30 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert process.poll() is None, "the run finished before it could be killed: " + process.stderr.read().decode()
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    before = out.read_bytes()
    done_before = before[: before.rfind(b"\n") + 1].count(b"\n")
    assert 30 <= done_before < len(ids)

    rerun = subprocess.run(_command(engine, 0.0, corpus, out, "-j", concurrency), env=env, capture_output=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    results = _whole_lines(out)
    assert sorted(r["id"] for r in results) == ids  # every id, exactly once
    assert out.read_bytes().startswith(before[: before.rfind(b"\n") + 1])  # nothing written before the kill was lost
    assert f"{done_before} of {len(ids)} already done" in rerun.stderr.decode()


def test_cli_exit_code_6_and_sidecar_then_retry(tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 5, extra={1: FAIL_MARK})
    first = subprocess.run(_command("async", 0.0, corpus, out, "-j", "2"), capture_output=True, timeout=120)
    assert first.returncode == 6
    assert "backend said no" in first.stderr.decode()
    assert [e["id"] for e in _whole_lines(errors_path(out))] == ["doc-0001"]
    assert sorted(r["id"] for r in _whole_lines(out)) == [i for i in ids if i != "doc-0001"]

    corpus.write_text(corpus.read_text().replace(" " + FAIL_MARK, ""))  # the cause is fixed
    second = subprocess.run(_command("async", 0.0, corpus, out, "-j", "2"), capture_output=True, timeout=120)
    assert second.returncode == 0, second.stderr.decode()
    assert sorted(r["id"] for r in _whole_lines(out)) == ids
    assert not errors_path(out).exists()
