"""Test engines and corpora for the batch tests (also imported by the subprocess script ``_run_cli.py``).

They are engines in their own right (they return Results with a grounded quote), with knobs:
a per-article delay, failure on a marker word, and a record of how many calls overlapped.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.engines.base import Engine
from extractor.errors import BackendError
from extractor.inputs import Document
from extractor.schemas import Quote, Result, ResultMeta

FAIL_MARK = "FAILME"
_QUOTED = re.compile(r"«\s*([^»]+?)\s*»|\"([^\"]+)\"")


def _result(engine: str, document: Document) -> Result:
    quotes = []
    for number, match in enumerate(_QUOTED.finditer(document.text), start=1):
        group = 1 if match.group(1) is not None else 2
        quotes.append(Quote(id=f"q{number}", text=match.group(group), start=match.start(group), end=match.end(group), kind="direct"))
    return Result(language="en", engine=engine, quotes=quotes, meta=ResultMeta(extractor_version="test"))


class _Overlap:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.current = 0
        self.peak = 0
        self.calls = 0

    def __enter__(self) -> None:
        with self.lock:
            self.current += 1
            self.calls += 1
            self.peak = max(self.peak, self.current)

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.current -= 1


class QuoteEngine(Engine):
    """Sync engine: finds quoted strings; sleeps ``delay``; raises on FAIL_MARK (or anything in ``fail``)."""

    name = "test:quotes"

    def __init__(self, delay: float = 0.0, fail: Iterable[str] = (FAIL_MARK,)) -> None:
        self.delay = delay
        self.fail = set(fail)
        self.overlap = _Overlap()

    def _maybe_fail(self, document: Document) -> None:
        if any(mark in document.text for mark in self.fail):
            raise BackendError("backend said no", backend=self.name)

    def extract(self, document: Document) -> Result:
        with self.overlap:
            if self.delay:
                time.sleep(self.delay)
            self._maybe_fail(document)
            return _result(self.name, document)


class AsyncQuoteEngine(QuoteEngine):
    """Native async engine; delays can depend on the text (``slow`` marks sleep 5× longer)."""

    name = "test:async"

    async def extract_async(self, document: Document) -> Result:
        with self.overlap:
            await asyncio.sleep(self.delay * (5 if "SLOW" in document.text else 1))
            self._maybe_fail(document)
            return _result(self.name, document)


class GatedEngine(AsyncQuoteEngine):
    """Async engine where articles containing WAIT finish only after ``release_after`` others
    have: a deterministic way to make early articles finish late (no timing involved)."""

    name = "test:gated"

    def __init__(self, release_after: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.release_after = release_after
        self.finished = 0

    async def extract_async(self, document: Document) -> Result:
        while "WAIT" in document.text and self.finished < self.release_after:
            await asyncio.sleep(0.001)
        result = await super().extract_async(document)
        self.finished += 1
        return result


class BatchQuoteEngine(QuoteEngine):
    """Streams like nlp.pipe: records the n_process asked for; ``CRASH`` kills the whole stream."""

    name = "test:batch"

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.n_process: list[int] = []

    def extract_batch(self, documents: Iterable[Document], *, n_process: int = 1) -> Iterator[Result]:
        self.n_process.append(n_process)
        for document in documents:
            if "CRASH" in document.text:
                raise RuntimeError("the stream died")
            yield self.extract(document)


# --- corpora (made-up templated articles; nothing copied from any real text) ---------------

_NAMES = ["Ada Moreau", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eva Lindqvist", "Farid Haddad"]
_TOPICS = ["the bridge budget", "the school reform", "the port strike", "the water tariffs"]


def article(number: int) -> str:
    """A small made-up news article with two direct quotes."""
    name, other = _NAMES[number % len(_NAMES)], _NAMES[(number + 1) % len(_NAMES)]
    topic = _TOPICS[number % len(_TOPICS)]
    return (
        f"Article {number}. \"We will not accept {topic} as it stands,\" said {name} on Monday.\n\n"
        f"{other} answered that the plan was sound. \"The figures for item {number} are public,\" {other} added."
    )


def write_corpus(path: Path, count: int, *, ids: bool = True, extra: dict[int, str] | None = None) -> list[str]:
    """A JSONL corpus of ``count`` articles; ``extra`` appends a marker to some texts. Returns the ids."""
    lines, ids_out = [], []
    for number in range(count):
        text = article(number) + (" " + extra[number] if extra and number in extra else "")
        record = {"text": text}
        if ids:
            record["id"] = f"doc-{number:04d}"
            ids_out.append(record["id"])
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids_out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- a child process's share of the shared-cache test ------------------------------------------


def hammer_cache(directory: str, worker: int, keys: int) -> int:
    """Run in a child process: every process writes every key of one shared ResponseCache with
    its own value (large ones too, which diskcache keeps in separate files) and reads back;
    a read must always be one writer's whole value, never a torn one. It may be a miss: when
    another process replaces a large value between diskcache's index read and its file read,
    diskcache answers "not found" (a miss costs one request again, never a wrong answer)."""
    from extractor.cache import ResponseCache, cache_key

    cache = ResponseCache(directory)
    try:
        for n in range(keys):
            key = cache_key({"n": n})
            cache.set(key, {"n": n, "writer": worker, "pad": str(worker) * (40_000 if n % 10 == 0 else 10)})
            value = cache.get(key)
            if value is not None:
                assert value["n"] == n and value["pad"] == str(value["writer"]) * len(value["pad"])
    finally:
        cache.close()
    return worker
