"""Long articles: split on paragraph boundaries, with overlap, so each piece fits the model.

A chunk is a ``(start, end)`` window of the original text, so anything found in a chunk is
grounded against the article itself and offsets never need translating. Consecutive chunks
share ``overlap`` characters of whole paragraphs, so a quote whose speaker is named in the
previous paragraph is still seen with its context; the engine then dedupes quotes found twice
(same span) and merges speakers by alias.
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_SENTENCE_END = re.compile(r"(?<=[.!?…»\"”])\s+")


def _units(text: str, limit: int) -> list[tuple[int, int]]:
    """Paragraph windows; a paragraph longer than ``limit`` is cut at sentence ends (or hard)."""
    units: list[tuple[int, int]] = []
    start = 0
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    for end in breaks:
        if end <= start:
            continue
        units.extend(_split_long(text, start, end, limit))
        start = end
    return units


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    if end - start <= limit:
        return [(start, end)]
    pieces, piece_start = [], start
    cuts = [start + m.end() for m in _SENTENCE_END.finditer(text[start:end])] + [end]
    last_cut = start
    for cut in cuts:
        if cut - piece_start > limit and last_cut > piece_start:
            pieces.append((piece_start, last_cut))
            piece_start = last_cut
        while cut - piece_start > limit:  # one sentence longer than the budget: hard cut
            pieces.append((piece_start, piece_start + limit))
            piece_start += limit
        last_cut = cut
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


def chunk_spans(text: str, max_chars: int, overlap: int | None = None) -> list[tuple[int, int]]:
    """Windows ``(start, end)`` covering ``text``, each at most ``max_chars`` long.

    One window when the text fits. Otherwise whole paragraphs are packed greedily and each window
    after the first starts with up to ``overlap`` characters (default an eighth of the budget) of
    the paragraphs that ended the previous one.
    """
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    if len(text) <= max_chars:
        return [(0, len(text))]
    overlap = max_chars // 8 if overlap is None else max(0, min(overlap, max_chars // 2))
    units = _units(text, max_chars)
    chunks: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        start = units[i][0]
        j = i
        while j + 1 < len(units) and units[j + 1][1] - start <= max_chars:
            j += 1
        chunks.append((start, units[j][1]))
        if j + 1 >= len(units):
            break
        # Next chunk: back up over trailing paragraphs of this one, within the overlap budget,
        # but always move forward by at least one unit.
        k = j + 1
        while k - 1 > i and units[j][1] - units[k - 1][0] <= overlap and units[j + 1][1] - units[k - 1][0] <= max_chars:
            k -= 1
        i = k
    return chunks
