"""Rendering results: json, jsonl, a rich table, a standalone HTML page."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from extractor.schemas import Result


def to_json_text(results: Sequence[Result]) -> str:
    """One result → a JSON object; several → a JSON array."""
    if len(results) == 1:
        return results[0].to_json(indent=2) + "\n"
    return json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False) + "\n"


def to_jsonl_line(result: Result) -> str:
    return result.model_dump_json() + "\n"


def write_results(results: Sequence[Result], *, format: str, output: Path | None) -> None:
    """Write results in ``format`` to ``output`` (atomically) or stdout."""
    if format == "table":
        from extractor.render.table import render_table

        if output is None:
            render_table(results)
            return
        from rich.console import Console

        with output.open("w", encoding="utf-8") as handle:
            render_table(results, console=Console(file=handle, width=160))
        return
    if format == "json":
        text = to_json_text(results)
    elif format == "jsonl":
        text = "".join(to_jsonl_line(r) for r in results)
    elif format == "html":
        from extractor.render.html import render_page

        text = render_page(results)
    else:  # pragma: no cover - the CLI restricts the choice
        raise ValueError(f"unknown format {format!r}")
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
