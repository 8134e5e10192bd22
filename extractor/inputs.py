"""Input loading: .txt, .html/.htm, .jsonl, a directory of those, or '-' for stdin → Documents.

Every failure is an InputError with a message naming the file (and line, for JSONL); in a
JSONL or directory batch a bad record is reported through ``on_error`` and the good ones still
come out.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class Document:
    """One article to extract from."""

    text: str
    id: str | None = None
    source: str | None = None
    language: str | None = None
    extra: dict = field(default_factory=dict, compare=False)


ErrorHandler = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), else a clear error."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: looks like binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte {exc.start}); convert it first, e.g. iconv -f cp1252 -t utf-8"
        ) from None


def html_to_text(html: str, source: str) -> str:
    """Main article text of an HTML page (trafilatura drops scripts, menus, ads)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    return text


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(f"{source}: empty article (no text)")
    return text


def load_path(path: str | Path, *, on_error: ErrorHandler = _raise) -> Iterator[Document]:
    """Documents from a file, a directory (its readable files, sorted) or '-' (stdin)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        yield from _documents_from_bytes(data, "<stdin>", suffix=None, on_error=on_error)
        return
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES)
        if not files:
            raise InputError(f"{path}: directory holds no readable article (.txt, .html, .jsonl)")
        for file in files:
            try:
                yield from load_path(file, on_error=on_error)
            except InputError as error:
                on_error(error)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    yield from _documents_from_bytes(data, str(path), suffix=path.suffix.lower(), on_error=on_error)


def _documents_from_bytes(data: bytes, source: str, *, suffix: str | None, on_error: ErrorHandler) -> Iterator[Document]:
    text = decode_bytes(data, source)
    if suffix in JSONL_SUFFIXES or (suffix is None and text.lstrip().startswith("{")):
        yield from load_jsonl_text(text, source, on_error=on_error)
    elif suffix in HTML_SUFFIXES or (suffix is None and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        yield Document(text=_check_text(html_to_text(text, source), source), source=source)
    else:
        yield Document(text=_check_text(text, source), source=source)


def load_jsonl_text(text: str, source: str, *, on_error: ErrorHandler = _raise) -> Iterator[Document]:
    """Documents from JSONL text: one {"id": ..., "text": ...} object per line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(f"{where}: not valid JSON ({exc.msg})"))
            continue
        if not isinstance(record, dict):
            on_error(InputError(f"{where}: expected a JSON object with a 'text' field"))
            continue
        article = record.get("text")
        if not isinstance(article, str):
            on_error(InputError(f"{where}: missing or non-string 'text' field"))
            continue
        if not article.strip():
            on_error(InputError(f"{where}: empty article (no text)"))
            continue
        record_id = record.get("id")
        yield Document(
            text=article,
            id=None if record_id is None else str(record_id),
            source=where,
            language=record.get("language") if isinstance(record.get("language"), str) else None,
            extra={k: v for k, v in record.items() if k not in {"text", "id", "language"}},
        )
