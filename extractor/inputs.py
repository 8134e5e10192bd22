"""Input loading: .txt, .html/.htm, .jsonl, .json, a directory of those, '-' for stdin, or http(s)
URLs (given directly, listed one per line in a .txt file, or in a JSONL record's ``url`` field,
fetched by `extractor.fetch`) → Documents.

Every failure is an InputError with a one-line message naming the file (and line, for JSONL); in a
JSONL or directory batch a bad record is reported through ``on_error`` and the good ones still
come out.

Decisions (documented in docs/reliability.md):

- Encoding: UTF-8 (a BOM is dropped), UTF-16/32 with a BOM, the charset an HTML page declares, then
  Windows-1252 (the superset of latin-1 that French legacy files use) when strict decoding works and
  the result looks like text. Mostly-UTF-8 bytes with a few broken bytes are decoded with U+FFFD in
  their place. Anything else is refused with a hint to convert it. When the tool guessed, the
  Document records it in ``extra["encoding"]`` / ``extra["decode_note"]`` and a warning is logged.
- Binary data (NUL bytes or a high share of control characters) is refused; PDF, ZIP/Office,
  gzip, image and RTF files are named as such.
- JSON: a ``.json`` file (or stdin starting with ``[``, or one pretty-printed object) holds one
  record or an array of records, checked like JSONL lines and reported as ``FILE[index]``.
  Directory scans skip ``.json`` files (they are often configuration, not articles).
- HTML: scripts, styles, templates, navigation, headers, footers and forms are removed before
  trafilatura picks the main text, so their content can never reach an extraction.
- JSONL: a broken line, a missing or non-string ``text``, an id that is not a string or number,
  and a duplicate id are each reported and skipped; for a duplicate id the FIRST record is kept.
- The article text is kept exactly as decoded (line endings included): offsets index into it.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.document import Document  # re-exported: the loaders produce Documents
from extractor.errors import InputError
from extractor.fetch import FetchLimits, is_url

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}  # read when named explicitly; directory scans skip them (config files)
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

log = logging.getLogger(__name__)


ErrorHandler = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


@dataclass
class _Loading:
    """What one load call shares across its files and records: where errors go, the ids seen so
    far (a duplicate is reported, not loaded twice) and the limits of every URL fetch."""

    on_error: ErrorHandler
    fetch_limits: FetchLimits | None = None
    seen_ids: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- decoding

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    note: str | None = None


def _control_share(text: str) -> float:
    """Share of characters that never occur in prose: C0/C1 controls, DEL, lone surrogates."""
    if not text:
        return 0.0
    sample = text[:100_000]
    bad = sum(
        1
        for ch in sample
        if (ch < " " and ch not in _ALLOWED_CONTROLS) or "\x7f" <= ch <= "\x9f" or "\ud800" <= ch <= "\udfff"
    )
    return bad / len(sample)


def _decode(data: bytes, source: str, *, html: bool = False) -> _Decoded:
    decoded = _from_bom(data, source)
    if decoded is not None:
        return decoded
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: looks like binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    else:
        if _control_share(text) > 0.05:
            raise InputError(f"{source}: looks like binary data, not text (control characters)")
        return _Decoded(text, "utf-8")

    decoded = _as_declared_charset(data) if html else None
    if decoded is None:
        decoded = _as_broken_utf8_or_cp1252(data)
    if decoded is not None:
        return decoded
    raise InputError(
        f"{source}: not valid UTF-8 (first bad byte at offset {first_bad}) and not recognisable as "
        "Windows-1252 text; convert it to UTF-8 first, e.g. iconv -f ENCODING -t UTF-8"
    )


def _from_bom(data: bytes, source: str) -> _Decoded | None:
    """The text in the encoding its byte-order mark names; None without one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _Decoded(data.decode(encoding), encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(f"{source}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    return None


def _as_declared_charset(data: bytes) -> _Decoded | None:
    """An HTML page in the charset its ``<meta>`` declares, when that decodes it cleanly."""
    declared = _HTML_CHARSET.search(data[:4096])
    if not declared:
        return None
    name = declared.group(1).decode("ascii", "replace")
    try:
        text = data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    if _control_share(text) <= 0.001:
        return _Decoded(text, codecs.lookup(name).name, f"decoded as {name}, the charset the page declares")
    return None


def _as_broken_utf8_or_cp1252(data: bytes) -> _Decoded | None:
    """Bytes that are not valid UTF-8: mostly UTF-8 with a few broken bytes, or Windows-1252."""
    # Mostly UTF-8 with a few broken bytes (a bad copy-paste, a truncated download): keep it, with
    # U+FFFD where the broken bytes were, rather than misreading every accent as Windows-1252.
    escaped = data.decode("utf-8", errors="surrogateescape")
    broken = sum(1 for ch in escaped if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in escaped if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if multibyte >= 4 * broken:
        text = data.decode("utf-8", errors="replace")
        if _control_share(text) <= 0.05:
            return _Decoded(text, "utf-8", f"{broken} invalid UTF-8 byte(s) replaced with U+FFFD")

    if multibyte == 0:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None
        if _control_share(text) <= 0.001:
            return _Decoded(text, "cp1252", "not UTF-8; decoded as Windows-1252 (latin-1)")
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes to text (see the module docstring for the order tried), else InputError."""
    return _decode(data, source).text


# --------------------------------------------------------------------------- HTML

# Never article text: their content must not reach an extraction (or the output).
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "head",
)  # fmt: skip
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "pre"}


def _clean_tree(html: str):
    import lxml.etree
    import lxml.html

    try:
        # lxml refuses str input that carries an XML encoding declaration; bytes are fine.
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return None
    for element in list(tree.iter(*_DROP_TAGS, lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        if element.getparent() is not None:
            element.drop_tree()
    return tree


def _plain_text(tree) -> str:
    """Visible text of a cleaned tree, one line per block, for pages trafilatura finds too thin."""
    parts: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BLOCK_TAGS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        if element.tail:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(html: str, source: str) -> str:
    """Main article text of an HTML page: scripts, styles, menus and boilerplate removed."""
    import lxml.html
    import trafilatura

    tree = _clean_tree(html)
    if tree is None:
        raise InputError(f"{source}: no article text found in the HTML")
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    text = trafilatura.extract(cleaned, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        # Short pages (a single paragraph) fall under trafilatura's thresholds: take the visible text.
        text = _plain_text(tree)
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    return text


# --------------------------------------------------------------------------- loading


def _check_text(text: str, source: str) -> str:
    if not text:
        raise InputError(f"{source}: empty file (no text)")
    if not text.strip():
        raise InputError(f"{source}: only whitespace, no article text")
    return text


def load_path(path: str | Path, *, on_error: ErrorHandler = _raise, fetch_limits: FetchLimits | None = None) -> Iterator[Document]:
    """Documents from a file, a directory (its readable files, sorted) or '-' (stdin).

    A missing path, an unreadable single file or a directory holding no readable file raises
    InputError; a bad file inside a directory or a bad JSONL line goes to ``on_error`` (which
    raises by default) and loading goes on. URLs are fetched within ``fetch_limits`` (default:
    `FetchLimits()`; the CLI passes the ones of its `Settings`).
    """
    yield from _load_path(path, _Loading(on_error, fetch_limits))



def load_inputs(inputs: list[str], *, on_error: ErrorHandler, fetch_limits: FetchLimits | None = None) -> list[Document]:
    """Documents from every command-line input (files, directories, URLs, '-'), in order.

    With several inputs a failing one goes to ``on_error`` and the others still load; a single
    input that fails raises, so the command's exit code names the problem.
    """
    documents: list[Document] = []
    for item in inputs:
        try:
            documents.extend(load_path(item, on_error=on_error, fetch_limits=fetch_limits))
        except InputError as error:
            if len(inputs) == 1:
                raise
            on_error(error)
    return documents

def _walk_readable(directory: Path) -> list[Path]:
    files: list[Path] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in names if not n.startswith(".") and Path(n).suffix.lower() in READABLE_SUFFIXES)
    return sorted(files)


def _load_path(path: str | Path, loading: _Loading) -> Iterator[Document]:
    if isinstance(path, str) and is_url(path):
        yield load_url(path.strip(), fetch_limits=loading.fetch_limits)
        return
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        yield from _documents_from_bytes(data, "<stdin>", loading, suffix=None)
        return
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        files = _walk_readable(path)
        if not files:
            raise InputError(f"{path}: directory holds no readable article (.txt, .html, .jsonl)")
        for file in files:
            try:
                yield from _load_path(file, loading)
            except InputError as error:
                loading.on_error(error)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    yield from _documents_from_bytes(data, str(path), loading, suffix=path.suffix.lower())


_KIND_BY_SUFFIX = {
    **dict.fromkeys(JSONL_SUFFIXES, "jsonl"),
    **dict.fromkeys(JSON_SUFFIXES, "json"),
    **dict.fromkeys(HTML_SUFFIXES, "html"),
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
}
_KNOWN_SUFFIXES = READABLE_SUFFIXES | JSON_SUFFIXES

# Formats people feed by mistake: name them instead of decoding them as (binary) text.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        # One pretty-printed object is JSON; one object per line is JSONL.
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return "jsonl"
        return "json"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head:
        return "html"
    return "text"


def _documents_from_bytes(
    data: bytes, source: str, loading: _Loading, *, suffix: str | None
) -> Iterator[Document]:
    if not data:
        raise InputError(f"{source}: empty file (no text)")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source}: binary data ({what}), not text; extract the article text first")
    html_hint = suffix in HTML_SUFFIXES or (suffix not in _KNOWN_SUFFIXES and data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")))
    decoded = _decode(data, source, html=html_hint)
    extra: dict = {}
    if decoded.note:
        log.warning("%s: %s", source, decoded.note)
        extra = {"encoding": decoded.encoding, "decode_note": decoded.note}
    text = decoded.text
    kind = _KIND_BY_SUFFIX.get(suffix or "") or _sniff(text)
    if kind == "jsonl":
        yield from _load_jsonl(text, source, loading, extra=extra)
    elif kind == "json":
        yield from _load_json(text, source, loading, extra=extra)
    elif kind == "html":
        _check_text(text, source)
        yield Document(text=html_to_text(text, source), source=source, extra={**extra, "format": "html"})
    else:
        urls = _url_list(text)
        if urls:
            for url in urls:
                try:
                    yield load_url(url, fetch_limits=loading.fetch_limits)
                except InputError as error:
                    loading.on_error(error)
            return
        yield Document(text=_check_text(text, source), source=source, extra=extra)


def _url_list(text: str) -> list[str]:
    """The URLs of a text file that holds only URLs, one per line (blank and # lines allowed)."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if lines and all(is_url(line) and " " not in line for line in lines):
        return lines
    return []


def load_url(url: str, *, id: str | None = None, extra: dict | None = None, fetch_limits: FetchLimits | None = None) -> Document:
    """The article at ``url``: fetched (`extractor.fetch`: timeouts, bounded retries and redirects,
    size and content-type checks), main text by trafilatura as for an .html file; the URL is the
    Document's source (hence the result's ``meta.source``). InputError naming the URL on failure."""
    from extractor.fetch import fetch

    page = fetch(url, fetch_limits)
    decoded = _decode(page.data, url, html=page.html)
    if decoded.note:
        log.warning("%s: %s", url, decoded.note)
    text = _check_text(decoded.text, url)
    fields = {**(extra or {}), "url": url, "format": "html" if page.html else "text"}
    if page.final_url != url:
        fields["final_url"] = page.final_url
    article = html_to_text(text, url) if page.html else text
    return Document(text=article, id=id, source=url, extra=fields)


def load_jsonl_text(text: str, source: str, *, on_error: ErrorHandler = _raise) -> Iterator[Document]:
    """Documents from JSONL text: one {"id": ..., "text": ...} object per line.

    Bad lines (broken JSON, not an object, missing/non-string/empty ``text``, an id that is not a
    string or number, a duplicate id) go to ``on_error`` and are skipped. For a duplicate id the
    first record wins. Other fields are kept in ``Document.extra``.
    """
    yield from _load_jsonl(text, source, _Loading(on_error), extra={})


def _load_jsonl(text: str, source: str, loading: _Loading, *, extra: dict) -> Iterator[Document]:
    # Split on \n only: JSON strings may hold raw U+2028/U+0085, which str.splitlines() would cut.
    if text.startswith("\ufeff"):
        text = text[1:]
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            loading.on_error(InputError(f"{where}: not valid JSON ({reason})"))
            continue
        document = _record_document(record, where, loading, extra=extra)
        if document is not None:
            yield document


def _load_json(text: str, source: str, loading: _Loading, *, extra: dict) -> Iterator[Document]:
    """A .json file: one {"id", "text"} object, or an array of them (reported as FILE[index])."""
    try:
        data = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise InputError(f"{source}: not valid JSON (nested too deeply)") from None
    if isinstance(data, dict):
        document = _record_document(data, source, loading, extra=extra)
        if document is not None:
            yield document
        return
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a JSON object with a 'text' field or an array of them, got {_json_type(data)}")
    for index, record in enumerate(data):
        document = _record_document(record, f"{source}[{index}]", loading, extra=extra)
        if document is not None:
            yield document


def _record_document(record: object, where: str, loading: _Loading, *, extra: dict) -> Document | None:
    """One {"id", "text", ...} record → a Document, or None after reporting why not."""
    if not isinstance(record, dict):
        loading.on_error(InputError(f"{where}: expected a JSON object with a 'text' field, got {_json_type(record)}"))
        return None
    if "text" not in record and isinstance(record.get("url"), str) and is_url(record["url"]):
        return _url_record_document(record, where, loading, extra=extra)
    if "text" not in record:
        loading.on_error(InputError(f"{where}: no 'text' field"))
        return None
    article = record["text"]
    if not isinstance(article, str):
        loading.on_error(InputError(f"{where}: 'text' must be a string, got {_json_type(article)}"))
        return None
    if not article.strip():
        loading.on_error(InputError(f"{where}: empty article (no text)"))
        return None
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int, float))):
        loading.on_error(InputError(f"{where}: 'id' must be a string or a number, got {_json_type(record_id)}"))
        return None
    doc_id = None if record_id is None else str(record_id)
    if doc_id is not None:
        if doc_id in loading.seen_ids:
            loading.on_error(InputError(f"{where}: duplicate id {doc_id!r} (first seen at {loading.seen_ids[doc_id]}); kept the first, skipped this one"))
            return None
        loading.seen_ids[doc_id] = where
    language = record.get("language")
    return Document(
        text=article,
        id=doc_id,
        source=where,
        language=language if isinstance(language, str) else None,
        extra={**extra, **{k: v for k, v in record.items() if k not in {"text", "id", "language"}}},
    )


def _url_record_document(record: dict, where: str, loading: _Loading, *, extra: dict) -> Document | None:
    """A {"id", "url", ...} record: the article fetched from its URL (errors name the line)."""
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int, float))):
        loading.on_error(InputError(f"{where}: 'id' must be a string or a number, got {_json_type(record_id)}"))
        return None
    doc_id = None if record_id is None else str(record_id)
    if doc_id is not None and doc_id in loading.seen_ids:
        loading.on_error(InputError(f"{where}: duplicate id {doc_id!r} (first seen at {loading.seen_ids[doc_id]}); kept the first, skipped this one"))
        return None
    try:
        document = load_url(record["url"].strip(), id=doc_id, fetch_limits=loading.fetch_limits, extra={**extra, **{k: v for k, v in record.items() if k not in {"id", "url", "language"}}})
    except InputError as error:
        loading.on_error(InputError(f"{where}: {error}"))
        return None
    if doc_id is not None:
        loading.seen_ids[doc_id] = where
    language = record.get("language")
    if isinstance(language, str):
        from dataclasses import replace

        document = replace(document, language=language)
    return document


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number", type(None): "null"}.get(
        type(value), type(value).__name__
    )
