"""Builders for small hand-made gold articles and predictions (no corpus text is used)."""

from __future__ import annotations

from typing import Any

import pytest

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


class _Builders:
    filler = FILLER
    gold = staticmethod(make_gold)
    result = staticmethod(make_result)
    quote = staticmethod(quote)


@pytest.fixture
def build() -> type[_Builders]:
    """``build.gold(spans)``, ``build.result(spans)``, ``build.quote(text, s, e, qid=...)``."""
    return _Builders
