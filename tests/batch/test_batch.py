"""Extractor.extract_many and the resumable JSONL run, in process, on test engines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _support import (
    FAIL_MARK,
    AsyncQuoteEngine,
    BatchQuoteEngine,
    GatedEngine,
    QuoteEngine,
    article,
    read_jsonl,
    write_corpus,
)

from extractor import scheduler
from extractor.cli_run import run_cli
from extractor.document import content_id
from extractor.errors import BackendError, InputError
from extractor.resumable import errors_path


def _texts(count: int, marks: dict[int, str] | None = None) -> list[str]:
    return [article(n) + (" " + marks[n] if marks and n in marks else "") for n in range(count)]


def _run_cli(ex, corpus: Path, out: Path, **options) -> tuple[int, list[str]]:
    messages: list[str] = []
    options = {"format": "jsonl", "concurrency": 1, "order": "completion", "quiet": True, **options}
    failed = run_cli(ex, [str(corpus)], output=out, report_error=messages.append, **options)
    return failed, messages


# --- the Python API ---------------------------------------------------------------------------


def test_extract_many_yields_grounded_results_in_input_order(make_extractor):
    ex = make_extractor(AsyncQuoteEngine(delay=0.001))
    texts = _texts(12)
    results = list(ex.extract_many([{"id": f"r{n}", "text": t} for n, t in enumerate(texts)], concurrency=4))
    assert [r.id for r in results] == [f"r{n}" for n in range(12)]
    for result, text in zip(results, texts):
        assert len(result.quotes) == 2 and result.article == text
        assert all(text[q.start : q.end] == q.text for q in result.quotes)


def test_input_order_holds_back_what_finishes_early_and_completion_order_does_not(make_extractor):
    texts = _texts(6, {0: "WAIT"})
    ids = [f"r{n}" for n in range(6)]
    records = [{"id": i, "text": t} for i, t in zip(ids, texts)]

    in_order = list(make_extractor(GatedEngine(release_after=5)).extract_many(records, concurrency=3, order="input"))
    assert [r.id for r in in_order] == ids
    as_done = list(make_extractor(GatedEngine(release_after=5)).extract_many(records, concurrency=3, order="completion"))
    assert [r.id for r in as_done] == ids[1:] + ["r0"]  # r0 waits for the five others


@pytest.mark.parametrize("engine_type", [AsyncQuoteEngine, QuoteEngine])
def test_concurrency_is_used_and_never_exceeded(make_extractor, engine_type):
    engine = engine_type(delay=0.02)
    results = list(make_extractor(engine).extract_many(_texts(16), concurrency=4))
    assert len(results) == 16 and engine.overlap.calls == 16
    assert 2 <= engine.overlap.peak <= 4


def test_concurrency_one_runs_one_at_a_time(make_extractor):
    engine = AsyncQuoteEngine(delay=0.001)
    assert len(list(make_extractor(engine).extract_many(_texts(5), concurrency=1))) == 5
    assert engine.overlap.peak == 1


def test_a_failing_article_raises_naming_it_without_on_error(make_extractor):
    ex = make_extractor(AsyncQuoteEngine())
    records = [{"id": f"r{n}", "text": t} for n, t in enumerate(_texts(4, {2: FAIL_MARK}))]
    with pytest.raises(BackendError, match="r2: backend said no"):
        list(ex.extract_many(records, concurrency=2))


def test_on_error_collects_failures_and_the_batch_goes_on(make_extractor):
    ex = make_extractor(AsyncQuoteEngine())
    failures = []
    records = [{"id": f"r{n}", "text": t} for n, t in enumerate(_texts(6, {1: FAIL_MARK, 4: FAIL_MARK}))] + [{"id": "blank", "text": "  "}]
    results = list(ex.extract_many(records, concurrency=3, on_error=lambda d, e: failures.append((d.id, type(e).__name__))))
    assert [r.id for r in results] == ["r0", "r2", "r3", "r5"]
    assert sorted(failures) == [("blank", "InputError"), ("r1", "BackendError"), ("r4", "BackendError")]


def test_batch_engine_gets_worker_processes_and_survives_a_crashing_stream(make_extractor, monkeypatch):
    monkeypatch.setattr(scheduler.os, "cpu_count", lambda: 2)
    engine = BatchQuoteEngine()
    ex = make_extractor(engine)
    failures = []
    records = [{"id": f"r{n}", "text": t} for n, t in enumerate(_texts(7, {3: "CRASH", 5: "CRASH " + FAIL_MARK}))]
    results = list(ex.extract_many(records, concurrency=8, on_error=lambda d, e: failures.append(d.id)))
    # r3 crashes the stream but extracts fine alone; r5 fails alone too: only it is lost.
    assert [r.id for r in results] == ["r0", "r1", "r2", "r3", "r4", "r6"]
    assert failures == ["r5"]
    assert engine.n_process[0] == 2  # --concurrency capped at the CPU count
    assert len(engine.n_process) == 3  # one restart after each crash


def test_stopping_early_cancels_what_is_in_flight(make_extractor):
    engine = AsyncQuoteEngine(delay=0.05)
    stream = make_extractor(engine).extract_many(_texts(60), concurrency=4, order="completion")
    assert next(stream).quotes
    stream.close()
    assert engine.overlap.calls < 60


# --- the resumable CLI run ---------------------------------------------------------------------


def test_jsonl_run_writes_every_id_once_and_a_rerun_extracts_nothing(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 20)
    engine = AsyncQuoteEngine()
    assert _run_cli(make_extractor(engine), corpus, out, concurrency=4)[0] == 0
    first = out.read_bytes()
    assert sorted(r["id"] for r in read_jsonl(out)) == ids
    assert not errors_path(out).exists()

    engine = AsyncQuoteEngine()
    assert _run_cli(make_extractor(engine), corpus, out, concurrency=4)[0] == 0
    assert engine.overlap.calls == 0 and out.read_bytes() == first


def test_a_partial_last_line_is_cut_and_the_run_completes(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 10)
    _run_cli(make_extractor(), corpus, out)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # as if killed mid-write of the 7th line
    out.write_text("".join(lines[:6]) + lines[6][: len(lines[6]) // 2], encoding="utf-8")
    engine = QuoteEngine()
    infos: list[str] = []
    failed = run_cli(make_extractor(engine), [str(corpus)], format="jsonl", output=out, concurrency=1, order="completion",
                           quiet=False, report_error=pytest.fail, report_info=infos.append)
    assert failed == 0 and engine.overlap.calls == 4
    assert out.read_bytes().endswith(b"\n")
    assert sorted(r["id"] for r in read_jsonl(out)) == ids
    assert any("partial last line" in m and "6 of 10 already done" in m for m in infos)


def test_failures_go_to_the_sidecar_and_are_retried_until_they_succeed(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 8, extra={2: FAIL_MARK, 5: FAIL_MARK})
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    failed, messages = _run_cli(make_extractor(AsyncQuoteEngine()), corpus, out, concurrency=3)
    assert failed == 3 and len(messages) == 3
    errors = read_jsonl(errors_path(out))
    assert errors_path(out).name == "out.errors.jsonl"
    by_id = {e["id"]: e for e in errors}
    assert set(by_id) == {"doc-0002", "doc-0005", None}
    assert by_id["doc-0002"]["reason"] == "backend said no" and by_id["doc-0002"]["source"].endswith("corpus.jsonl:3")
    assert "corpus.jsonl:9" in by_id[None]["reason"]
    assert sorted(r["id"] for r in read_jsonl(out)) == [i for i in ids if i not in by_id]

    # the backend recovers: only the two failed ids are extracted again
    engine = AsyncQuoteEngine(fail=())
    failed, _ = _run_cli(make_extractor(engine), corpus, out, concurrency=3)
    assert failed == 1 and engine.overlap.calls == 2
    assert [e["id"] for e in read_jsonl(errors_path(out))] == [None]  # only the bad JSON line is left
    assert sorted(r["id"] for r in read_jsonl(out)) == ids

    corpus.write_text("".join(line + "\n" for line in corpus.read_text().splitlines()[:-1]))
    assert _run_cli(make_extractor(AsyncQuoteEngine(fail=())), corpus, out)[0] == 0
    assert not errors_path(out).exists()


def test_order_input_writes_lines_in_input_order(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 8, extra={0: "WAIT"})
    _run_cli(make_extractor(GatedEngine(release_after=7)), corpus, out, concurrency=4, order="input")
    assert [r["id"] for r in read_jsonl(out)] == ids
    out.unlink()
    _run_cli(make_extractor(GatedEngine(release_after=7)), corpus, out, concurrency=4, order="completion")
    assert [r["id"] for r in read_jsonl(out)][-1] == ids[0]


def test_records_without_id_get_a_content_id_and_resume(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    write_corpus(corpus, 5, ids=False)
    _run_cli(make_extractor(), corpus, out)
    expected = sorted(content_id(article(n)) for n in range(5))
    assert sorted(r["id"] for r in read_jsonl(out)) == expected
    engine = QuoteEngine()
    _run_cli(make_extractor(engine), corpus, out)
    assert engine.overlap.calls == 0 and len(read_jsonl(out)) == 5


def test_a_directory_of_text_files_resumes_by_content_id(make_extractor, tmp_path):
    folder, out = tmp_path / "articles", tmp_path / "out.jsonl"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(article(n), encoding="utf-8")
    assert _run_cli(make_extractor(), folder, out, concurrency=2)[0] == 0
    results = read_jsonl(out)
    assert sorted(r["meta"]["source"].rsplit("/", 1)[-1] for r in results) == ["a0.txt", "a1.txt", "a2.txt"]
    (folder / "a3.txt").write_text(article(3), encoding="utf-8")
    engine = QuoteEngine()
    _run_cli(make_extractor(engine), folder, out)
    assert engine.overlap.calls == 1 and len(read_jsonl(out)) == 4


def test_duplicate_ids_are_extracted_once(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    records = [{"id": "same", "text": article(0)}, {"id": "same", "text": article(1)}, {"text": article(2)}, {"text": article(2)}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    failed, messages = _run_cli(make_extractor(), corpus, out)
    # a reused id is reported (by the loader); the same text twice without an id is one article
    assert sorted(r["id"] for r in read_jsonl(out)) == sorted(["same", content_id(article(2))])
    assert failed == 1 and "duplicate id 'same'" in messages[0], messages


def test_other_formats_collect_in_input_order(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.json"
    ids = write_corpus(corpus, 6, extra={0: "WAIT"})
    assert _run_cli(make_extractor(GatedEngine(release_after=5)), corpus, out, format="json", concurrency=3)[0] == 0
    assert [r["id"] for r in json.loads(out.read_text())] == ids


def test_jsonl_to_stdout_streams_lines(make_extractor, tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    ids = write_corpus(corpus, 4)
    run_cli(make_extractor(), [str(corpus)], format="jsonl", output=None, concurrency=2, order="input", quiet=True, report_error=pytest.fail)
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ids


def test_refuses_to_append_to_a_file_that_is_not_a_result_file(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "notes.jsonl"
    write_corpus(corpus, 3)
    out.write_text('{"hello": "world"}\n')
    with pytest.raises(InputError, match="not a result line"):
        _run_cli(make_extractor(), corpus, out)
    assert out.read_text() == '{"hello": "world"}\n'
    with pytest.raises(InputError, match="also an input"):
        _run_cli(make_extractor(), corpus, corpus)


def test_a_single_failing_article_raises_its_own_error(make_extractor, tmp_path):
    corpus, out = tmp_path / "one.jsonl", tmp_path / "out.jsonl"
    write_corpus(corpus, 1, extra={0: FAIL_MARK})
    with pytest.raises(BackendError):
        _run_cli(make_extractor(), corpus, out)
    assert [e["id"] for e in read_jsonl(errors_path(out))] == ["doc-0000"]


def test_a_second_run_on_the_same_output_is_refused_while_the_first_runs(make_extractor, tmp_path):
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    write_corpus(corpus, 3)
    seen: list[str] = []

    class Reentrant(QuoteEngine):
        def extract(self, document):
            if not seen:  # while the first run holds out.jsonl, start another on it
                with pytest.raises(InputError, match="another extractor run"):
                    _run_cli(make_extractor(), corpus, out)
                seen.append("refused")
            return super().extract(document)

    assert _run_cli(make_extractor(Reentrant()), corpus, out)[0] == 0
    assert seen == ["refused"] and len(read_jsonl(out)) == 3


def test_input_order_streams_past_an_article_that_failed_its_checks(make_extractor):
    records = [{"id": "a", "text": article(0)}, {"id": "blank", "text": " "}, {"id": "b", "text": article(1)}, {"id": "c", "text": article(2) + " WAIT"}]
    stream = make_extractor(GatedEngine(release_after=10)).extract_many(records, concurrency=4, on_error=lambda d, e: None)
    # "c" never finishes (it waits for ten others): "a" and "b" must come out anyway
    assert [next(stream).id, next(stream).id] == ["a", "b"]
    stream.close()
