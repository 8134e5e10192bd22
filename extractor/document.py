"""The unit of work: one article's text with its id, source and language tag.

A data type with no dependencies, so that engines, the pipeline and the scheduler can share it
without importing the loaders in ``extractor.inputs`` (HTML, encodings, URLs) that produce it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One article to extract from."""

    text: str
    id: str | None = None
    source: str | None = None
    language: str | None = None
    extra: dict = field(default_factory=dict, compare=False)


def content_id(text: str) -> str:
    """The deterministic id given to a record that has none: a hash of its text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


__all__ = ["Document", "content_id"]
