"""Corpus runs: many documents through one Extractor — concurrent, ordered or not, resumable.

Two entry points:

- ``extract_iter(extractor, articles, concurrency=N, order=...)`` yields Results (behind
  ``Extractor.extract_many`` / ``extractor.extract_many``);
- ``run_cli(...)`` is what ``extractor extract`` does. With ``--format jsonl -o out.jsonl`` the run
  is resumable: every finished article is appended to ``out.jsonl`` as one whole line (flushed,
  fsync'd every couple of seconds); a rerun of the same command skips the ids already there
  (after cutting a partial last line left by a kill mid-write), so the final file holds every
  input id exactly once. Records without an id get a content hash id (``sha256:<16 hex>``), so
  resume works for them too. Failures go to ``out.errors.jsonl`` (id, source, reason) and are
  retried by the next run, which drops them from that file once they succeed.

How ``concurrency`` is spent depends on the engine:

- an engine with a native ``extract_async`` (the LLM engine: AsyncOpenAI) runs N requests at once
  on one long-lived background event loop (N workers pulling from the corpus = a semaphore of N
  without creating a task per article); retries and 429 back-off stay the engine's business;
- an engine that streams ``extract_batch`` (the offline engine: ``nlp.pipe``) gets
  ``n_process = min(N, CPUs)`` worker processes: the work is CPU-bound, so more processes than
  cores only adds model copies;
- any other engine runs ``extract`` in N threads (the base class's ``extract_async``).

An error in one article never stops the batch: it goes to ``on_error`` (the CLI's error sidecar);
without ``on_error`` ``extract_iter`` raises it, like a plain loop would.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import hashlib
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from extractor.errors import ExtractorError, InputError
from extractor.inputs import Document
from extractor.schemas import Result

if TYPE_CHECKING:
    from extractor.engines.base import Engine
    from extractor.pipeline import ArticleLike, Extractor

Order = Literal["completion", "input"]
ErrorCallback = Callable[[Document, Exception], None]

#: Seconds between fsyncs of the output and the error sidecar (each line is flushed at once).
FSYNC_INTERVAL = 2.0


# --- ids -----------------------------------------------------------------------------------


def content_id(text: str) -> str:
    """The deterministic id given to a record that has none: a hash of its text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _with_id(document: Document) -> Document:
    return document if document.id is not None else dataclasses.replace(document, id=content_id(document.text))


def _label(document: Document) -> str:
    return document.source or document.id or "article"


# --- running the engine ----------------------------------------------------------------------

_Outcome = tuple[int, "Result | Exception"]


def _overrides(engine: Engine, method: str) -> bool:
    from extractor.engines.base import Engine as _Base

    return getattr(type(engine), method, None) is not getattr(_Base, method)


def _run_sync(engine: Engine, items: list[tuple[int, Document]]) -> Iterator[_Outcome]:
    for index, document in items:
        try:
            yield index, engine.extract(document)
        except Exception as error:  # one article's failure is that article's outcome
            yield index, error


def _run_batch(engine: Engine, items: list[tuple[int, Document]], n_process: int) -> Iterator[_Outcome]:
    """Stream through ``engine.extract_batch``; if it raises, the next article is retried alone
    (its outcome, success or error, is final) and the stream restarts after it, so one bad
    article costs one restart, never the batch."""
    position = 0
    while position < len(items):
        rest = items[position:]
        try:
            for index_document, result in zip(rest, engine.extract_batch((d for _, d in rest), n_process=n_process)):
                yield index_document[0], result
                position += 1
        except Exception:
            index, document = items[position]
            try:
                outcome: Result | Exception = engine.extract(document)
            except Exception as error:
                outcome = error
            yield index, outcome
            position += 1
            continue
        for index, _document in items[position:]:  # the engine stopped short: never silently
            yield index, ExtractorError("the engine returned no result for this article")
        return


_loop: asyncio.AbstractEventLoop | None = None
_loop_lock = threading.Lock()


def _background_loop() -> asyncio.AbstractEventLoop:
    """One event loop per process, in a daemon thread, for every async run.

    Async clients (httpx under AsyncOpenAI) bind their connection pools to the loop they were
    first used on; a fresh ``asyncio.run`` per batch would break an engine's cached client on
    the second batch. A private thread also works under a notebook's already-running loop.
    """
    global _loop
    with _loop_lock:
        if _loop is None or _loop.is_closed():
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="extractor-batch-loop", daemon=True).start()
            _loop = loop
        return _loop


def _run_async(engine: Engine, items: list[tuple[int, Document]], concurrency: int) -> Iterator[_Outcome]:
    """At most ``concurrency`` ``engine.extract_async`` calls in flight; outcomes as they finish."""
    outcomes: queue.Queue[Any] = queue.Queue()
    done = object()

    async def run_all() -> None:
        pending = iter(items)  # shared by the workers: the loop is single-threaded

        async def worker() -> None:
            for index, document in pending:
                try:
                    outcome: Result | Exception = await engine.extract_async(document)
                except Exception as error:
                    outcome = error
                outcomes.put((index, outcome))

        try:
            await asyncio.gather(*(worker() for _ in range(min(concurrency, len(items)))))
        finally:
            outcomes.put(done)

    future = asyncio.run_coroutine_threadsafe(run_all(), _background_loop())
    try:
        while True:
            item = outcomes.get()
            if item is done:
                break
            yield item
        future.result()  # re-raise a crash of the runner itself (not of one article)
    finally:
        if not future.done():  # the consumer stopped early (break, Ctrl-C): stop the requests
            future.cancel()
            try:
                future.result(timeout=5)
            except (concurrent.futures.CancelledError, concurrent.futures.TimeoutError, Exception):
                pass


def _outcomes(engine: Engine, items: list[tuple[int, Document]], concurrency: int) -> Iterator[_Outcome]:
    if not items:
        return iter(())
    if _overrides(engine, "extract_async") and concurrency > 1:
        return _run_async(engine, items, concurrency)
    if _overrides(engine, "extract_batch"):
        return _run_batch(engine, items, n_process=max(1, min(concurrency, os.cpu_count() or 1, len(items))))
    if concurrency > 1:
        return _run_async(engine, items, concurrency)
    return _run_sync(engine, items)


def _in_order(outcomes: Iterable[_Outcome], order: Order, indices: list[int]) -> Iterator[_Outcome]:
    """Completion order as is; input order (``indices``, ascending) by holding back what
    finishes early."""
    if order == "completion":
        yield from outcomes
        return
    held: dict[int, Result | Exception] = {}
    position = 0
    for index, outcome in outcomes:
        held[index] = outcome
        while position < len(indices) and indices[position] in held:
            yield indices[position], held.pop(indices[position])
            position += 1
    for index in sorted(held):  # only if an engine skipped an article (never, with _outcomes)
        yield index, held[index]


def _run(
    extractor: Extractor,
    documents: list[Document],
    *,
    concurrency: int,
    order: Order,
    on_error: ErrorCallback | None,
) -> Iterator[tuple[Document, Result]]:
    """The shared core: checked documents in, (document, finished result) out; failures to
    ``on_error`` (or raised when it is None)."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if order not in ("completion", "input"):
        raise ValueError(f"order must be 'completion' or 'input', not {order!r}")

    def fail(document: Document, error: Exception) -> None:
        if on_error is None:
            if isinstance(error, ExtractorError) and len(documents) > 1 and not str(error).startswith(_label(document)):
                # Same object, message prefixed: keeps the type (exit code) and its attributes.
                error.args = (f"{_label(document)}: {error}", *error.args[1:])
            raise error
        on_error(document, error)

    items: list[tuple[int, Document]] = []
    for index, document in enumerate(documents):
        try:
            items.append((index, extractor._check(document)))
        except ExtractorError as error:
            fail(document, error)
    if not items:
        return
    for index, outcome in _in_order(_outcomes(extractor.engine, items, concurrency), order, [i for i, _ in items]):
        document = documents[index]
        if isinstance(outcome, Exception):
            fail(document, outcome)
            continue
        try:
            result = extractor._finish(document, outcome)
        except Exception as error:
            fail(document, error)
            continue
        yield document, result


def extract_iter(
    extractor: Extractor,
    articles: Iterable[ArticleLike],
    *,
    concurrency: int = 1,
    order: Order = "input",
    on_error: ErrorCallback | None = None,
) -> Iterator[Result]:
    """Results for ``articles`` (str, Document or {"id", "text"} mappings), ``concurrency`` at once.

    ``order="input"`` yields in input order (holding back what finishes early);
    ``"completion"`` yields each result as soon as it is done. A failing article is passed to
    ``on_error(document, error)`` and the batch goes on; with no ``on_error`` the error is
    raised (its message names the article). Stopping the iteration early cancels what is in
    flight.
    """
    from extractor.pipeline import as_document

    documents: list[Document] = []
    for number, article in enumerate(articles):
        try:
            documents.append(as_document(article))
        except ExtractorError as error:
            if on_error is None:
                raise
            on_error(Document(text="", source=f"article #{number}"), error)
    for _document, result in _run(extractor, documents, concurrency=concurrency, order=order, on_error=on_error):
        yield result


# --- resumable JSONL output --------------------------------------------------------------------


def errors_path(output: Path) -> Path:
    """Where the failures of a run writing ``output`` go: out.jsonl → out.errors.jsonl."""
    stem = output.stem if output.suffix.lower() in {".jsonl", ".ndjson", ".json"} else output.name
    return output.with_name(stem + ".errors.jsonl")


def _write_all(handle: IO[bytes], data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = handle.write(view)
        view = view[written or 0 :]


class _Syncer:
    """fsync a file every FSYNC_INTERVAL seconds (each line is already flushed to the OS, so
    only a machine crash — not a kill — could lose what the interval has not synced)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.last = time.monotonic()

    def maybe(self) -> None:
        if time.monotonic() - self.last >= FSYNC_INTERVAL:
            self.now()

    def now(self) -> None:
        os.fsync(self.handle.fileno())
        self.last = time.monotonic()


def _read_done_ids(output: Path) -> tuple[set[str], bool]:
    """Ids already in ``output``; a partial last line (kill mid-write) is cut off.

    Returns (ids, repaired). A whole line that is not a result means ``-o`` points at some
    other file: refuse rather than append to (or cut) it.
    """
    ids: set[str] = set()
    repaired = False
    if not output.exists():
        return ids, repaired
    with output.open("rb+") as handle:
        offset = 0
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):
                handle.truncate(offset)
                repaired = True
                break
            offset += len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict) or "engine" not in record or "meta" not in record:
                raise InputError(
                    f"{output}:{number}: not a result line; -o must name a new file or the output of an earlier run"
                )
            if record.get("id") is not None:
                ids.add(str(record["id"]))
    return ids, repaired


def _read_error_records(path: Path) -> list[dict[str, Any]]:
    records = []
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:  # a partial last line from a kill
                continue
            if isinstance(record, dict):
                records.append(record)
    return records


def _lock(handle: IO[bytes], output: Path) -> None:
    """Refuse a second run appending to the same output at the same time (it would duplicate
    ids). The lock goes with the process, so a killed run never leaves it behind."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one run per output is then on the user
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise InputError(f"{output}: another extractor run is writing this file; wait for it or choose another -o") from None


class _ResumableRun:
    """The output file (append-only, whole lines) and its error sidecar, for one run."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.sidecar = errors_path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        self._out = output.open("ab", buffering=0)
        try:
            _lock(self._out, output)
            self.done, self.repaired = _read_done_ids(output)
        except BaseException:
            self._out.close()
            raise
        self.previous_errors = _read_error_records(self.sidecar)
        self.new_errors: list[dict[str, Any]] = []
        self._out_sync = _Syncer(self._out)
        self._err = self.sidecar.open("ab", buffering=0)
        self._err_sync = _Syncer(self._err)

    def write(self, result: Result) -> None:
        _write_all(self._out, (result.model_dump_json() + "\n").encode("utf-8"))
        if result.id is not None:
            self.done.add(result.id)
        self._out_sync.maybe()

    def fail(self, document: Document | None, source: str | None, reason: str) -> None:
        record = {"id": document.id if document else None, "source": source, "reason": reason}
        self.new_errors.append(record)
        _write_all(self._err, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        self._err_sync.maybe()

    def close(self) -> None:
        """Sync the output; rewrite the sidecar to hold only what is still failing.

        An earlier failure is dropped once its id is in the output, replaced when it failed
        again, and kept when this run did not get to it (interrupted)."""
        self._out_sync.now()
        self._out.close()
        self._err.close()
        new_ids = {e["id"] for e in self.new_errors}
        kept = [e for e in self.previous_errors if e.get("id") is not None and e["id"] not in self.done and e["id"] not in new_ids]
        remaining = kept + self.new_errors
        if not remaining:
            self.sidecar.unlink(missing_ok=True)
            return
        tmp = self.sidecar.with_name(self.sidecar.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in remaining)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.sidecar)


# --- progress ------------------------------------------------------------------------------------


class _Progress:
    """A rich progress bar on stderr (done / cached / failed, rate, ETA), or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.cached = 0
        self.failed = 0
        self._progress = None
        if not enabled or total <= 1:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.text import Text

        class _Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.2f} art/s" if speed else "– art/s", style="progress.data.speed")

        # redirect_stdout=False: results may be streaming to stdout while the bar is live.
        self._progress = Progress(
            TextColumn("[bold]extract"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("cached [cyan]{task.fields[cached]}[/] failed [red]{task.fields[failed]}[/]"),
            _Rate(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            redirect_stdout=False,
            transient=False,
        )
        self._task = self._progress.add_task("extract", total=total, cached=0, failed=0)
        self._progress.start()

    def advance(self, *, cached: bool = False, failed: bool = False) -> None:
        self.cached += cached
        self.failed += failed
        if self._progress is not None:
            self._progress.update(self._task, advance=1, cached=self.cached, failed=self.failed)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def _progress_wanted(quiet: bool, streaming_to_stdout: bool) -> bool:
    if quiet or not sys.stderr.isatty():
        return False
    # Lines streaming onto the same terminal would tear the bar; a redirected stdout is fine.
    return not (streaming_to_stdout and sys.stdout.isatty())


# --- the CLI run ----------------------------------------------------------------------------------


def _load_documents(inputs: list[str], on_error: Callable[[InputError], None]) -> list[Document]:
    from extractor.inputs import load_path

    documents: list[Document] = []
    for item in inputs:
        try:
            documents.extend(load_path(item, on_error=on_error))
        except InputError as error:
            if len(inputs) == 1:
                raise
            on_error(error)
    return documents


def _dedupe(documents: list[Document], report: Callable[[Document, str], None]) -> list[Document]:
    """Keep the first record of each id: an id is the unit of resume."""
    seen: dict[str, Document] = {}
    kept = []
    for document in documents:
        first = seen.get(document.id or "")
        if first is None:
            seen[document.id or ""] = document
            kept.append(document)
        elif first.text != document.text:
            report(document, f"duplicate id {document.id!r} (first at {_label(first)}) with a different text: not extracted")
    return kept


def run_cli(
    extractor: Extractor,
    inputs: list[str],
    *,
    format: str,
    output: Path | None,
    concurrency: int,
    order: str,
    quiet: bool,
    report_error: Callable[[str], None],
    report_info: Callable[[str], None] | None = None,
) -> int:
    """What `extractor extract` does; returns the number of articles that failed.

    ``--format jsonl`` streams one line per finished article (to ``output`` resumably, or to
    stdout); the other formats collect every result, in input order, and write them at the end.
    A single article that fails raises its error (the CLI's exit code says which).
    ``report_info`` (if given, and not ``quiet``) receives the resume note and a summary.
    """
    info = report_info if report_info is not None and not quiet else (lambda message: None)
    if output is not None and any(Path(i).resolve() == output.resolve() for i in inputs if i != "-"):
        raise InputError(f"{output}: the output file is also an input; choose another -o")
    run = _ResumableRun(output) if format == "jsonl" and output is not None else None
    failures = 0

    def failed(document: Document | None, source: str | None, reason: str) -> None:
        nonlocal failures
        failures += 1
        report_error(f"{source}: {reason}" if source and not reason.startswith(source) else reason)
        if run is not None:
            run.fail(document, source, reason)

    try:
        documents = _load_documents(inputs, lambda error: failed(None, None, str(error)))
        if not documents:
            raise InputError("no article to extract from")
        if format == "jsonl":
            documents = _dedupe([_with_id(d) for d in documents], lambda d, reason: failed(d, d.source, reason))
        todo = documents
        if run is not None:
            todo = [d for d in documents if d.id not in run.done]
            if run.repaired or len(todo) < len(documents):
                note = f"resuming {output}: {len(documents) - len(todo)} of {len(documents)} already done"
                info(note + (" (cut a partial last line left by an interrupted run)" if run.repaired else ""))
        if len(documents) == 1 and len(todo) == 1 and failures == 0:
            # One article: its error is the command's error (exit code by kind), as before.
            try:
                result = extractor.extract(todo[0])
            except ExtractorError as error:
                if run is not None:
                    run.fail(todo[0], _label(todo[0]), str(error))
                raise
            _emit([result], format, output, run)
            return 0

        streaming = format == "jsonl"
        progress = _Progress(len(todo), _progress_wanted(quiet, streaming and output is None))
        collected: list[Result] = []

        def on_error(document: Document, error: Exception) -> None:
            progress.advance(failed=True)
            reason = str(error) if isinstance(error, ExtractorError) else f"{type(error).__name__}: {error}"
            failed(document, _label(document), reason)

        try:
            for _document, result in _run(
                extractor,
                todo,
                concurrency=concurrency,
                order="input" if not streaming else order,  # type: ignore[arg-type]
                on_error=on_error,
            ):
                progress.advance(cached=result.meta.cached)
                if streaming:
                    _emit([result], format, output, run)
                else:
                    collected.append(result)
        finally:
            progress.close()
        if not streaming:
            _emit(collected, format, output, run)
        if len(todo) > 1:
            where = f" → {output}" if output is not None else ""
            info(f"extracted {len(todo) - progress.failed} of {len(todo)} ({progress.cached} from cache), {failures} failed{where}")
        return failures
    finally:
        if run is not None:
            run.close()


def _emit(results: list[Result], format: str, output: Path | None, run: _ResumableRun | None) -> None:
    if run is not None:
        for result in results:
            run.write(result)
    elif format == "jsonl" and output is None:
        sys.stdout.write("".join(r.model_dump_json() + "\n" for r in results))
        sys.stdout.flush()
    else:
        from extractor.render import write_results

        write_results(results, format=format, output=output)


__all__ = ["content_id", "errors_path", "extract_iter", "run_cli"]
