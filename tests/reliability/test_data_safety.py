"""Data safety: concurrent processes sharing one cache; API keys never written anywhere.

(SIGKILL during a batch then rerun, every id exactly once: tests/batch, the corpus-run suite.)
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
from pathlib import Path

import diskcache
import pytest

from extractor.errors import BackendError
from extractor.testing.fake_openai import Reply

from .conftest import EXTRACTOR_BIN, FRENCH_ANSWER, FRENCH_ARTICLE, answering, run_extractor  # noqa: TID252

SENTINEL = "sk-SENTINEL-7f3c9a1e5b2d4c6f8a0b"


def _corpus(n: int) -> list[dict]:
    """n distinct invented articles, each with one verbatim quote the fake model returns."""
    return [
        {"id": f"a{i:03d}", "text": f"Le maire de la commune numéro {i} a parlé lundi. « Nous ouvrirons l'école {i} en septembre », a-t-il affirmé.\n"}
        for i in range(n)
    ]


def _quote_the_school(request):
    import re

    from .conftest import prompt_text  # noqa: TID252

    found = re.findall(r"Nous ouvrirons l'école \d+ en septembre", prompt_text(request))
    return {"quotes": [{"text": found[-1], "speaker": "le maire", "kind": "direct"}]} if found else {}


def test_two_processes_share_one_cache_without_corruption_or_loss(fake_llm, tmp_path):
    fake_llm.responder = _quote_the_school
    fake_llm.delay = 0.02  # keep both processes in flight at the same time
    records = _corpus(40)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    cache = tmp_path / "shared-cache"
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache), "OPENAI_API_KEY": "sk-test"}
    procs = [
        subprocess.Popen(
            [str(EXTRACTOR_BIN), "extract", str(corpus), "--model", "fake", "--base-url", fake_llm.base_url, "--format", "jsonl", "-o", str(tmp_path / f"out{i}.jsonl"), "-j", "4", "-q"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and b"Traceback" not in err, err.decode()
    for i in range(2):
        lines = (tmp_path / f"out{i}.jsonl").read_text(encoding="utf-8").splitlines()
        assert sorted(json.loads(line)["id"] for line in lines) == [r["id"] for r in records]
        for line in lines:
            assert len(json.loads(line)["quotes"]) == 1
    # Every entry readable, one per article (both processes computed the same keys).
    with diskcache.Cache(str(cache)) as store:
        keys = list(store.iterkeys())
        assert len(keys) == len(records)
        for key in keys:
            assert isinstance(json.loads(store[key]), dict)
    run = run_extractor("cache", "info", env={"EXTRACTOR_CACHE_DIR": str(cache)})
    assert run.code == 0 and f"entries: {len(records)}" in run.stdout
    # Nothing lost: a third run is served entirely from the cache.
    fake_llm.reset()
    run = run_extractor("extract", str(corpus), "--model", "fake", "--base-url", fake_llm.base_url, "--format", "jsonl", "-q", env={"EXTRACTOR_CACHE_DIR": str(cache), "OPENAI_API_KEY": "sk-test"})
    assert run.code == 0 and len(run.stdout.splitlines()) == len(records)
    assert fake_llm.completion_requests == []


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def _assert_no_secret(texts: dict[str, bytes | str]) -> None:
    for where, content in texts.items():
        data = content.encode("utf-8", "replace") if isinstance(content, str) else content
        assert SENTINEL.encode() not in data, f"API key leaked into {where}"
        assert b"SENTINEL" not in data, f"part of the API key leaked into {where}"


def test_api_key_never_written_cli(fake_llm, tmp_path, run_main, monkeypatch):
    """Good runs in every format, a failing run with DEBUG logging of openai/httpx, `cache info`:
    grep everything written and printed for the key."""
    fake_llm.responder = answering({"aucun service": FRENCH_ANSWER})
    article = tmp_path / "a.txt"
    article.write_text(FRENCH_ARTICLE, encoding="utf-8")
    cache, outdir = tmp_path / "cache", tmp_path / "out"
    outdir.mkdir()
    env = {"EXTRACTOR_CACHE_DIR": str(cache), "OPENAI_API_KEY": SENTINEL, "OPENAI_LOG": "debug"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    captured: dict[str, str] = {}
    for fmt in ("json", "jsonl", "html", "table"):  # in-process: same entry point, no start-up cost
        run = run_main("extract", str(article), "--model", "fake", "--base-url", fake_llm.base_url, "--format", fmt, "-o", str(outdir / f"r.{fmt}"))
        assert run.code == 0, run.stderr
        captured[f"{fmt} stderr"], captured[f"{fmt} stdout"] = run.stderr, run.stdout
    # The server did receive the key (so the test would see a leak), as a bearer token.
    assert any(r.headers.get("authorization") == f"Bearer {SENTINEL}" for r in fake_llm.completion_requests)
    # A failing run in a new process (OPENAI_LOG takes effect at import): every attempt 500s.
    fake_llm.script([Reply(status=500)] * 10)
    run = run_extractor("extract", str(article), "--model", "fake", "--base-url", fake_llm.base_url, "--no-cache", "--max-retries", "1", env=env, debug_logs=True)
    assert run.code == 4, run.stderr
    captured["failing stderr"], captured["failing stdout"] = run.stderr, run.stdout
    assert "DEBUG" in run.stderr and "Request options" in run.stderr  # the debug logs did run
    info = run_main("cache", "info")
    captured["cache info"] = info.stdout + info.stderr
    written = {str(p): p.read_bytes() for p in _files_under(cache, outdir)}
    assert len(written) >= 5, "the runs wrote the cache and four outputs"
    _assert_no_secret({**captured, **written})


def test_api_key_never_in_errors_logs_or_results_api(fake_llm, tmp_path, caplog):
    fake_llm.responder = answering({"aucun service": FRENCH_ANSWER})
    cache = tmp_path / "cache"
    from extractor.pipeline import Extractor

    def make():
        return Extractor(model="fake", base_url=fake_llm.base_url, api_key=SENTINEL, max_retries=1, timeout=1.0, cache_dir=str(cache))

    with caplog.at_level(logging.DEBUG):
        extractor = make()
        result = extractor.extract(FRENCH_ARTICLE)
        fake_llm.script([Reply(status=500)] * 10)
        with pytest.raises(BackendError) as caught:
            make().extract(FRENCH_ARTICLE + " (variante)")
        fake_llm.script([Reply(status=401, json={"error": {"message": f"Incorrect API key provided: {SENTINEL[:8]}****", "type": "invalid_request_error"}})] * 4)
        with pytest.raises(Exception) as unauthorized:
            make().extract(FRENCH_ARTICLE + " (autre variante)")
    error = caught.value
    texts = {
        "log records": caplog.text + "".join(repr(r.args) for r in caplog.records),
        "result json": result.to_json(),
        "result repr": repr(result),
        "error message": str(error),
        "error repr": repr(error) + repr(error.__dict__) + repr(getattr(error, "last_output", "")),
        "401 error": str(unauthorized.value) + repr(unauthorized.value),
        "settings repr": repr(extractor.settings) + str(extractor.settings.model_dump()),
        "engine repr": repr(extractor.engine) + repr(getattr(extractor.engine, "name", "")),
    }
    texts.update({str(p): p.read_bytes() for p in _files_under(cache)})
    _assert_no_secret(texts)


def test_cassettes_carry_no_credentials():
    """Every recorded cassette in the repository: no Authorization header, no key-looking token."""
    repo = Path(__file__).resolve().parents[2]
    cassettes = [p for p in (repo / "tests").rglob("*") if p.is_file() and "cassettes" in p.parts]
    for path in cassettes:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        assert "authorization" not in text, path
        assert "bearer " not in text, path
        assert not re.search(r"sk-[a-z0-9_-]{16,}", text), path


def test_credentials_in_the_base_url_never_written(fake_llm, tmp_path):
    fake_llm.responder = answering({"aucun service": FRENCH_ANSWER})
    url = fake_llm.base_url.replace("http://", f"http://alice:{SENTINEL}@") + f"?api-key={SENTINEL}"
    from extractor.pipeline import Extractor

    extractor = Extractor(model="fake", base_url=url, api_key="sk-test", max_retries=0, cache_dir=str(tmp_path / "cache"))
    result = extractor.extract(FRENCH_ARTICLE)
    fake_llm.script([Reply(status=500)] * 3)
    with pytest.raises(BackendError) as caught:
        extractor.extract(FRENCH_ARTICLE + " (variante)")
    texts = {"result": result.to_json(), "engine": result.engine, "error": str(caught.value), "settings": repr(extractor.settings)}
    texts.update({str(p): p.read_bytes() for p in _files_under(tmp_path / "cache")})
    _assert_no_secret(texts)
