"""Alignment at scale on real news typography: every human-annotated quote of PolNeAR dev.

The article texts are copyrighted: they are read from ../shared at run time (skipped when
absent) and nothing of them is stored here. Each gold quote is handed to the aligner the way an
LLM tends to return it — in reading order, with straight quotes and apostrophes and collapsed
whitespace, with the middle elided by "[…]", or with a character dropped — and must come back
at the annotated offsets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.grounding import ArticleIndex

POLNEAR_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "evaldata" / "polnear_dev.jsonl"

pytestmark = pytest.mark.skipif(not POLNEAR_DEV.is_file(), reason=f"{POLNEAR_DEV} not available")


def _as_an_llm_writes_it(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def _close(found, start: int, end: int, slack: int = 2) -> bool:
    return found is not None and abs(found.start - start) <= slack and abs(found.end - end) <= slack


@pytest.fixture(scope="module")
def gold():
    rows = [json.loads(line) for line in POLNEAR_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], sorted((q for q in row["quotes"] if q["text"].strip()), key=lambda q: q["start"])) for row in rows]


def test_verbatim_quotes_in_reading_order_land_on_the_annotated_offsets(gold):
    total = hits = 0
    for article, quotes in gold:
        index, near, used = ArticleIndex(article), 0, set()
        for quote in quotes:
            total += 1
            found = index.align(quote["text"], near=near, used=used)
            stripped = quote["text"].strip()
            start = quote["start"] + quote["text"].index(stripped)
            hits += found is not None and (found.start, found.end) == (start, start + len(stripped))
            if found:
                near = found.end
                used.add((found.start, found.end))
    # Misses are repeated phrases assigned to another occurrence of the same words.
    assert total > 2000 and hits / total >= 0.99, (hits, total)


def test_retyped_elided_and_misspelt_quotes_are_recovered(gold):
    counts = {"retyped": [0, 0], "elided": [0, 0], "misspelt": [0, 0]}
    for article, quotes in gold:
        index = ArticleIndex(article)
        for quote in quotes:
            start, end, text = quote["start"], quote["end"], quote["text"]
            counts["retyped"][0] += 1
            counts["retyped"][1] += _close(index.align(_as_an_llm_writes_it(text), near=start), start, end)
            words = text.split()
            if len(words) >= 12:
                counts["elided"][0] += 1
                elided = " ".join(words[:4]) + " […] " + " ".join(words[-4:])
                counts["elided"][1] += _close(index.align(elided, near=start), start, end)
            if len(text) >= 40:
                counts["misspelt"][0] += 1
                middle = len(text) // 2
                found = index.align(text[:middle] + text[middle + 1 :], near=start)
                overlap = 0 if found is None else min(found.end, end) - max(found.start, start)
                counts["misspelt"][1] += overlap >= 0.9 * (end - start)
    for case, (total, hits) in counts.items():
        assert total > 1000 and hits / total >= 0.99, (case, hits, total)
