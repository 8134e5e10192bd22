"""Builders for small hand-made gold articles and predictions (no corpus text is used)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.schemas import Result
from extractor.schemas.gold import GoldArticle

FILLER = "".join(chr(ord("a") + (i % 26)) for i in range(400))


def quote(text: str, start: int, end: int, *, qid: str, kind: str = "direct", speaker: str | None = None, **extra: Any) -> dict:
    return {"id": qid, "text": text[start:end], "start": start, "end": end, "kind": kind, "speaker": speaker, **extra}


def make_gold(spans: list[tuple[int, int]] | None = None, *, text: str = FILLER, id: str = "a1", language: str = "en", **layers: Any) -> GoldArticle:
    quotes = layers.pop("quotes", None)
    if quotes is None:
        quotes = [quote(text, s, e, qid=f"g{i}") for i, (s, e) in enumerate(spans or [], 1)]
    return GoldArticle.model_validate({"id": id, "language": language, "text": text, "quotes": quotes, **layers})


def make_result(spans: list[tuple[int, int]] | None = None, *, text: str = FILLER, id: str = "a1", **layers: Any) -> Result:
    quotes = layers.pop("quotes", None)
    if quotes is None:
        quotes = [quote(text, s, e, qid=f"p{i}") for i, (s, e) in enumerate(spans or [], 1)]
    return Result.model_validate(
        {"id": id, "language": "en", "engine": "test", "quotes": quotes, "meta": {"extractor_version": "test"}, **layers}
    )


def eval_table(gold: GoldArticle, result: Result, folder: Path, *options: str) -> Any:
    """``extractor eval`` (text table) on one gold article and its prediction, written to
    ``folder``: the CLI result, and its table rows as lists of stripped cells."""
    gold_path, pred_path = folder / "gold.json", folder / "pred.jsonl"
    gold_path.write_text(gold.model_dump_json(), encoding="utf-8")
    pred_path.write_text(result.model_dump_json() + "\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["eval", "--gold", str(gold_path), "--predictions", str(pred_path), *options])
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.stdout.splitlines() if "│" in line]
    return out, rows


class _Builders:
    filler = FILLER
    gold = staticmethod(make_gold)
    result = staticmethod(make_result)
    quote = staticmethod(quote)
    eval_table = staticmethod(eval_table)


@pytest.fixture
def build() -> type[_Builders]:
    """``build.gold(spans)``, ``build.result(spans)``, ``build.quote(text, s, e, qid=...)``,
    ``build.eval_table(gold, result, tmp_path)``."""
    return _Builders
