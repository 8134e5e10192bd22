"""Many documents through one engine: how ``concurrency`` is spent, below the pipeline.

The scheduler knows engines and documents only: the pipeline hands it checked documents and
finishes each result (grounding gate, envelope); it never calls back into the pipeline.

How ``concurrency`` is spent depends on the engine:

- an engine with a native ``extract_async`` (the LLM engine: AsyncOpenAI) runs N requests at once
  on one long-lived background event loop (N workers pulling from the corpus = a semaphore of N
  without creating a task per article); retries and 429 back-off stay the engine's business;
- an engine that streams ``extract_batch`` (the offline engine: ``nlp.pipe``) gets
  ``n_process = min(N, CPUs)`` worker processes: the work is CPU-bound, so more processes than
  cores only adds model copies;
- any other engine runs ``extract`` in N threads (the base class's ``extract_async``).

A failing article never stops the run: its exception is that article's outcome.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from extractor.document import Document
from extractor.engines.base import Engine
from extractor.errors import ExtractorError
from extractor.schemas import Result

Order = Literal["completion", "input"]
#: (position of the document in the input, its result or the exception it raised)
Outcome = tuple[int, "Result | Exception"]


def _overrides(engine: Engine, method: str) -> bool:
    return getattr(type(engine), method, None) is not getattr(Engine, method)


def _run_sync(engine: Engine, items: list[tuple[int, Document]]) -> Iterator[Outcome]:
    for index, document in items:
        try:
            yield index, engine.extract(document)
        except Exception as error:  # one article's failure is that article's outcome
            yield index, error


def _run_batch(engine: Engine, items: list[tuple[int, Document]], n_process: int) -> Iterator[Outcome]:
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


def _run_async(engine: Engine, items: list[tuple[int, Document]], concurrency: int) -> Iterator[Outcome]:
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
            with contextlib.suppress(concurrent.futures.CancelledError, concurrent.futures.TimeoutError, Exception):
                future.result(timeout=5)


def _outcomes(engine: Engine, items: list[tuple[int, Document]], concurrency: int) -> Iterator[Outcome]:
    if not items:
        return iter(())
    if _overrides(engine, "extract_async") and concurrency > 1:
        return _run_async(engine, items, concurrency)
    if _overrides(engine, "extract_batch"):
        return _run_batch(engine, items, n_process=max(1, min(concurrency, os.cpu_count() or 1, len(items))))
    if concurrency > 1:
        return _run_async(engine, items, concurrency)
    return _run_sync(engine, items)


def _in_order(outcomes: Iterable[Outcome], order: Order, indices: list[int]) -> Iterator[Outcome]:
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


def check_options(*, concurrency: int, order: str) -> None:
    """Refuse a run's options before any work starts (ValueError: a caller's mistake)."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if order not in ("completion", "input"):
        raise ValueError(f"order must be 'completion' or 'input', not {order!r}")


def schedule(engine: Engine, items: list[tuple[int, Document]], *, concurrency: int, order: Order) -> Iterator[Outcome]:
    """Run ``engine`` over ``items`` ((index, document) pairs, indices ascending), at most
    ``concurrency`` at once; one outcome per item, in input or completion ``order``.

    Stopping the iteration early cancels what is in flight.
    """
    check_options(concurrency=concurrency, order=order)
    return _in_order(_outcomes(engine, items, concurrency), order, [index for index, _ in items])


__all__ = ["Order", "Outcome", "check_options", "schedule"]
