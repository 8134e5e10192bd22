"""What ``extractor extract`` does with its inputs: load, run, write, report — the CLI layer.

``run_cli`` loads every input (``extractor.inputs.load_inputs``), runs the articles through the
pipeline (``Extractor.run``: scheduling, grounding, envelope), shows a progress bar on a
terminal and writes the results: ``--format jsonl -o OUT`` appends each finished article to
a resumable file (``extractor.resumable``), ``--format jsonl`` alone streams lines to stdout,
and the other formats collect every result, in input order, and render them at the end.
Records without an id get a content hash id (``sha256:<16 hex>``), so resume works for them too.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extractor.config import resolve_fetch_limits
from extractor.document import Document, content_id
from extractor.errors import ExtractorError, InputError
from extractor.inputs import load_inputs
from extractor.pipeline import Extractor, label
from extractor.resumable import ResumableJsonl
from extractor.schemas import Result


def _with_id(document: Document) -> Document:
    return document if document.id is not None else dataclasses.replace(document, id=content_id(document.text))


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
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
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


# --- the run ---------------------------------------------------------------------------------------


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
            report(document, f"duplicate id {document.id!r} (first at {label(first)}) with a different text: not extracted")
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
    run = ResumableJsonl(output) if format == "jsonl" and output is not None else None
    failures = 0

    def failed(document: Document | None, source: str | None, reason: str) -> None:
        nonlocal failures
        failures += 1
        report_error(f"{source}: {reason}" if source and not reason.startswith(source) else reason)
        if run is not None:
            run.fail(document, source, reason)

    try:
        fetch_limits = resolve_fetch_limits()
        documents = load_inputs(inputs, on_error=lambda error: failed(None, None, str(error)), fetch_limits=fetch_limits)
        if not documents:
            raise InputError("no article to extract from")
        if format == "jsonl":
            documents = _dedupe([_with_id(d) for d in documents], lambda d, reason: failed(d, d.source, reason))
        todo = _not_done(documents, run, output, info)
        if len(documents) == 1 and len(todo) == 1 and failures == 0:
            # One article: its error is the command's error (exit code by kind), as before.
            _extract_one(extractor, todo[0], format, output, run)
            return 0
        progress = _extract_all(extractor, todo, format=format, output=output, run=run, concurrency=concurrency, order=order, quiet=quiet, failed=failed)
        if len(todo) > 1:
            where = f" → {output}" if output is not None else ""
            info(f"extracted {len(todo) - progress.failed} of {len(todo)} ({progress.cached} from cache), {failures} failed{where}")
        return failures
    finally:
        if run is not None:
            run.close()


def _not_done(documents: list[Document], run: ResumableJsonl | None, output: Path | None, info: Callable[[str], None]) -> list[Document]:
    """The documents a resumed run has not written yet (all of them for a new run)."""
    if run is None:
        return documents
    todo = [d for d in documents if d.id not in run.done]
    if run.repaired or len(todo) < len(documents):
        note = f"resuming {output}: {len(documents) - len(todo)} of {len(documents)} already done"
        info(note + (" (cut a partial last line left by an interrupted run)" if run.repaired else ""))
    return todo


def _extract_one(extractor: Extractor, document: Document, format: str, output: Path | None, run: ResumableJsonl | None) -> None:
    """One article, written; its error is raised (after it is recorded in a resumable run)."""
    try:
        result = extractor.extract(document)
    except ExtractorError as error:
        if run is not None:
            run.fail(document, label(document), str(error))
        raise
    _emit([result], format, output, run)


def _extract_all(
    extractor: Extractor,
    todo: list[Document],
    *,
    format: str,
    output: Path | None,
    run: ResumableJsonl | None,
    concurrency: int,
    order: str,
    quiet: bool,
    failed: Callable[[Document | None, str | None, str], None],
) -> _Progress:
    """Many articles, with a progress bar: JSONL streamed as they finish, other formats written at the end."""
    streaming = format == "jsonl"
    progress = _Progress(len(todo), _progress_wanted(quiet, streaming and output is None))
    collected: list[Result] = []

    def on_error(document: Document, error: Exception) -> None:
        progress.advance(failed=True)
        reason = str(error) if isinstance(error, ExtractorError) else f"{type(error).__name__}: {error}"
        failed(document, label(document), reason)

    try:
        for _document, result in extractor.run(
            todo,
            concurrency=concurrency,
            order="input" if not streaming else order,  # type: ignore[arg-type]  # the CLI's Order enum value: a valid literal
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
    return progress


def _emit(results: list[Result], format: str, output: Path | None, run: ResumableJsonl | None) -> None:
    if run is not None:
        for result in results:
            run.write(result)
    elif format == "jsonl" and output is None:
        sys.stdout.write("".join(r.model_dump_json() + "\n" for r in results))
        sys.stdout.flush()
    else:
        from extractor.render import write_results

        write_results(results, format=format, output=output)


__all__ = ["run_cli"]
