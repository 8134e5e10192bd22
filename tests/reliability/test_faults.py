"""Faults of an OpenAI-compatible server (extractor.testing.fake_openai): bounded retries, then a
clear BackendError; nothing wrong is cached; a batch records the failure and goes on."""

from __future__ import annotations

import json
import socket
import time

import pytest

from extractor.errors import BackendError
from extractor.testing.fake_openai import Reply

from .conftest import ENGLISH_ARTICLE, FRENCH_ANSWER, FRENCH_ARTICLE, assert_grounded, llm_extractor  # noqa: TID252

#: Faults that a retry can get past (transport level).
TRANSIENT = {
    "429 with Retry-After": Reply(status=429, headers={"Retry-After": "1"}),
    "500": Reply(status=500),
    "503": Reply(status=503),
    "body not JSON": Reply(raw=b"<html><body>502 Bad Gateway</body></html>", headers={"Content-Type": "text/html"}),
    "connection dropped": Reply(close=True),
}
#: Faults in the answer itself (validation level: instructor re-asks).
INVALID = {
    "JSON failing the schema": Reply(content=json.dumps({"quotes": "not a list", "speakers": [{"kind": "alien"}]})),
}
#: An answer cut off at max_tokens: asking again the same way would be cut off again, so the
#: engine splits the chunk on paragraphs and asks for each half (at most twice), and a chunk too
#: short to split fails at once with what to change.
TRUNCATED = Reply(finish_reason="length")
#: An answer slower than the timeout: a self-hosted server (this fake one is, on 127.0.0.1) goes
#: on generating it, so it is not asked again; the error names --timeout.
SLOW = Reply(delay=5.0)
RECOVERABLE = {**TRANSIENT, **INVALID}
ALL = {**RECOVERABLE, "truncated (finish_reason length)": TRUNCATED, "slow beyond the timeout": SLOW}
MAX_RETRIES = 1


@pytest.mark.parametrize("fault", list(RECOVERABLE))
def test_one_fault_then_a_good_answer_succeeds(fault, fake_llm):
    fake_llm.script([RECOVERABLE[fault]])
    started = time.monotonic()
    result = llm_extractor(fake_llm, max_retries=MAX_RETRIES, timeout=1.5).extract(FRENCH_ARTICLE)
    elapsed = time.monotonic() - started
    assert [q.text for q in result.quotes] == [FRENCH_ANSWER["quotes"][0]["text"]]
    assert_grounded(result, FRENCH_ARTICLE)
    assert len(fake_llm.completion_requests) == 2
    if fault == "429 with Retry-After":
        assert elapsed >= 0.9, "Retry-After: 1 was honoured"


@pytest.mark.parametrize("fault", list(ALL))
def test_persistent_fault_gives_a_clear_backend_error_and_nothing_is_cached(fault, fake_llm):
    # Far more faults than the attempts allowed: the engine must stop on its own.
    fake_llm.script([ALL[fault]] * 20)
    extractor = llm_extractor(fake_llm, max_retries=MAX_RETRIES, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(BackendError) as caught:
        extractor.extract(FRENCH_ARTICLE)
    elapsed = time.monotonic() - started
    error = caught.value
    attempts = len(fake_llm.completion_requests)
    # Bounded: transport retries x validation re-asks, each at most MAX_RETRIES + 1.
    assert 1 <= attempts <= (MAX_RETRIES + 1) ** 2, attempts
    assert elapsed < 30
    message = str(error)
    assert "\n" not in message.strip() or len(message) < 2000
    assert "fake" in message or fake_llm.base_url in message or "127.0.0.1" in message, message
    assert error.exit_code == 4
    # Nothing wrong was cached: with a good server, the same extraction asks again and succeeds.
    fake_llm.reset()
    result = llm_extractor(fake_llm, max_retries=MAX_RETRIES, timeout=5.0).extract(FRENCH_ARTICLE)
    assert len(fake_llm.completion_requests) == 1
    assert result.quotes and not result.meta.cached
    # ... and that good answer now is cached: no request the third time.
    fake_llm.reset()
    again = llm_extractor(fake_llm, max_retries=MAX_RETRIES, timeout=5.0).extract(FRENCH_ARTICLE)
    assert fake_llm.completion_requests == [] and again.meta.cached
    assert [q.text for q in again.quotes] == [q.text for q in result.quotes]


def test_truncated_answer_fails_at_once_with_advice(fake_llm):
    fake_llm.script([TRUNCATED] * 5)
    with pytest.raises(BackendError) as caught:
        llm_extractor(fake_llm, max_retries=2).extract(FRENCH_ARTICLE)  # too short to split
    assert "max_tokens" in str(caught.value) and "EXTRACTOR_MAX_TOKENS" in str(caught.value)
    assert len(fake_llm.completion_requests) == 1


LONG_ARTICLE = "".join(f"Paragraphe {i}. " + FRENCH_ARTICLE.replace("\n\n", f" (séance {i})\n\n") + "\n" for i in range(8))


def test_truncated_long_chunk_is_split_and_asked_again(fake_llm):
    fake_llm.script([TRUNCATED])
    result = llm_extractor(fake_llm).extract(LONG_ARTICLE)
    requests = len(fake_llm.completion_requests)
    assert requests >= 3, "the first answer was cut off; each half was asked for"
    assert result.quotes, "the halves were answered"
    assert_grounded(result, LONG_ARTICLE)


def test_always_truncated_long_chunk_stops_after_bounded_splits(fake_llm):
    fake_llm.script([TRUNCATED] * 50)
    with pytest.raises(BackendError) as caught:
        llm_extractor(fake_llm).extract(LONG_ARTICLE)
    assert "max_tokens" in str(caught.value)
    assert len(fake_llm.completion_requests) <= 1 + 2 + 4  # two levels of splitting, at most
    # Nothing cached: with a healthy server the same article is asked again and succeeds.
    fake_llm.reset()
    assert llm_extractor(fake_llm).extract(LONG_ARTICLE).quotes
    assert fake_llm.completion_requests


def test_connection_refused_is_bounded_and_clear():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    from extractor.pipeline import Extractor

    extractor = Extractor(model="fake", base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-test", max_retries=1, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(BackendError) as caught:
        extractor.extract(FRENCH_ARTICLE)
    assert time.monotonic() - started < 30
    assert str(port) in str(caught.value) or "connect" in str(caught.value).lower()


def test_wrong_language_answer_cannot_be_grounded(fake_llm):
    translated = {
        "quotes": [
            {"text": "We will not close any department this winter", "speaker": "Claire Morel", "kind": "direct"},
            {"text": "ne règle rien", "speaker": "Marc Leroy", "kind": "mixed"},
        ],
        "claims": [{"text": "No department will close", "claimant": "Claire Morel", "evidence": [1]}],
    }
    fake_llm.responder = lambda request: translated
    result = llm_extractor(fake_llm).extract(FRENCH_ARTICLE)
    assert [q.text for q in result.quotes] == ["ne règle rien"]  # the verbatim one survives
    assert any(r.text.startswith("We will not close") for r in result.rejected)
    assert_grounded(result, FRENCH_ARTICLE)


@pytest.mark.parametrize("concurrency", ["1", "3"])
def test_batch_records_the_failure_and_goes_on(fake_llm, run_main, tmp_path, monkeypatch, concurrency):
    def responder(request):
        from .conftest import HONEST, prompt_text  # noqa: TID252

        if "FAILS-ALWAYS" in prompt_text(request):
            return Reply(status=500)
        return HONEST(request)

    fake_llm.responder = responder
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "fr", "text": FRENCH_ARTICLE},
                {"id": "bad", "text": "FAILS-ALWAYS. « Rien », a dit Paul. " * 3},
                {"id": "en", "text": ENGLISH_ARTICLE},
            ]
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    out = tmp_path / "out.jsonl"
    args = ["extract", str(corpus), "--model", "fake", "--base-url", fake_llm.base_url, "--max-retries", "1", "--timeout", "2", "--format", "jsonl", "-o", str(out), "-q", "-j", concurrency]
    run = run_main(*args)
    assert run.code == 6, run.stderr
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == ["en", "fr"]
    assert "corpus.jsonl:2: " in run.stderr and run.stderr.count("skipped:") == 1
    # A rerun retries only the failed record (the others are done), and with a good server it lands.
    fake_llm.responder = lambda request: {}
    fake_llm.reset()
    run = run_main(*args)
    assert run.code == 0, run.stderr
    assert len(fake_llm.completion_requests) == 1
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == ["bad", "en", "fr"]


_COMPLETION = {"id": "x", "object": "chat.completion", "created": 1, "model": "fake"}
ODD = {
    "200 with an empty object": Reply(json={}),
    "200 with no choices": Reply(json={**_COMPLETION, "choices": []}),
    "200 with an error body": Reply(json={"error": {"message": "overloaded", "type": "server_error"}}),
    "200 with null content": Reply(json={**_COMPLETION, "choices": [{"index": 0, "message": {"role": "assistant", "content": None}, "finish_reason": "stop"}]}),
    "200 with an empty body": Reply(raw=b""),
    "200 with an HTML page": Reply(raw=b"<html><body>Maintenance</body></html>", headers={"Content-Type": "text/html"}),
    "400 bad request": Reply(status=400),
    "401 unauthorized": Reply(status=401),
    "404 unknown model": Reply(status=404),
}


@pytest.mark.parametrize("fault", list(ODD))
def test_odd_answers_are_backend_errors_never_crashes(fault, fake_llm):
    fake_llm.script([ODD[fault]] * 10)
    with pytest.raises(BackendError):
        llm_extractor(fake_llm, max_retries=1).extract(FRENCH_ARTICLE)
    assert 1 <= len(fake_llm.completion_requests) <= (MAX_RETRIES + 1) ** 2
    if fault.startswith(("400", "401", "404")):
        assert len(fake_llm.completion_requests) == 1  # not worth retrying


def test_a_failed_run_leaves_an_existing_output_file_intact(fake_llm, run_main, tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(FRENCH_ARTICLE, encoding="utf-8")
    out = tmp_path / "result.json"
    out.write_text('{"previous": "result"}\n', encoding="utf-8")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    fake_llm.script([Reply(status=503)] * 10)
    run = run_main("extract", str(article), "--model", "fake", "--base-url", fake_llm.base_url, "--max-retries", "1", "-o", str(out))
    assert run.code == 4
    assert run.stderr.startswith("error: ") and "still failing" in run.stderr
    assert out.read_text(encoding="utf-8") == '{"previous": "result"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "result.json"]
