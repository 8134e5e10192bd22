"""Rendering results: json, jsonl, a rich table, a standalone HTML page."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from extractor.errors import ExtractorError
from extractor.schemas import Result


def to_json_text(results: Sequence[Result]) -> str:
    """One result → a JSON object; several → a JSON array."""
    if len(results) == 1:
        return results[0].to_json(indent=2) + "\n"
    return json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False) + "\n"


def to_jsonl_line(result: Result) -> str:
    return result.model_dump_json() + "\n"


def render_text(results: Sequence[Result], *, format: str) -> str:
    """Results in ``format`` (json, jsonl, html, table) as text."""
    if format == "json":
        return to_json_text(results)
    if format == "jsonl":
        return "".join(to_jsonl_line(r) for r in results)
    if format == "html":
        from extractor.render.html import render_page

        return render_page(results)
    if format == "table":
        import io

        from rich.console import Console

        from extractor.render.table import render_table

        buffer = io.StringIO()
        render_table(results, console=Console(file=buffer, width=160, color_system=None))
        return buffer.getvalue()
    raise ValueError(f"unknown format {format!r}")


def write_results(results: Sequence[Result], *, format: str, output: Path | None) -> None:
    """Write results in ``format`` to ``output`` (atomically: a temporary file, then a rename) or stdout.

    A file that cannot be written (a directory, a missing folder, no permission) is an
    ExtractorError naming it; the temporary file is removed and an existing ``output`` is untouched.
    """
    if format == "table" and output is None:
        from extractor.render.table import render_table

        render_table(results)
        return
    text = render_text(results, format=format)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output = Path(output)
    if output.is_dir():
        raise ExtractorError(f"{output}: is a directory; give a file name to -o")
    tmp = output.with_name(output.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExtractorError(f"{output}: cannot write ({exc.strerror or exc})") from None
