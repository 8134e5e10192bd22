"""The invented French check set (evals/invented_fr/*.jsonl) is well-formed gold.

Every file of the set is read twice: as raw JSON records (offsets, evidence indices, ids checked by
hand) and through `load_gold` (the reader `extractor eval` uses), which must accept every record.
Ids must be unique across all the files, since the parts are evaluated together.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluation.gold import load_gold

INVENTED = Path(__file__).resolve().parents[2] / "evals" / "invented_fr"
FILES = sorted(INVENTED.glob("*.jsonl"))
RECORD_KEYS = ["id", "language", "source", "title", "url", "license", "text", "quotes", "accused", "claims"]
QUOTE_KINDS = {"direct", "indirect", "mixed"}
CLAIM_KINDS = {"accusation", "denial", "call_to_action", "prediction", "opinion", "factual_assertion", "other"}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_has_files() -> None:
    assert FILES, f"no .jsonl file in {INVENTED}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_record_loads_as_gold(path: Path) -> None:
    records = _records(path)
    articles = load_gold(path)
    assert len(articles) == len(records)
    assert [a.id for a in articles] == [r["id"] for r in records]
    for article, record in zip(articles, records, strict=True):
        assert len(article.quotes) == len(record["quotes"]), record["id"]
        assert len(article.claims or []) == len(record["claims"]), record["id"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_records_are_grounded(path: Path) -> None:
    for record in _records(path):
        rid, text = record["id"], record["text"]
        assert list(record) == RECORD_KEYS, rid
        assert record["language"] == "fr", rid
        starts = [q["start"] for q in record["quotes"]]
        assert starts == sorted(starts), f"{rid}: quotes not in start order"
        for q in record["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text), (rid, q["text"])
            assert text[q["start"] : q["end"]] == q["text"], (rid, q["text"])
            assert q["text"] == q["text"].strip(), (rid, q["text"])
            assert q["kind"] in QUOTE_KINDS, (rid, q["kind"])
            assert q["speakers"] and q["speakers"][0] == q["speaker"], (rid, q["text"])
        for claim in record["claims"]:
            assert claim["kind"] in CLAIM_KINDS, (rid, claim["text"])
            assert claim["evidence"], (rid, claim["text"])
            assert all(0 <= i < len(record["quotes"]) for i in claim["evidence"]), (rid, claim["text"])
        for party in record["accused"]:
            assert party["name"] and isinstance(party["accused_by"], list), rid


def test_ids_are_unique_across_files() -> None:
    ids = [record["id"] for path in FILES for record in _records(path)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, duplicates
