"""The offsets-only check sets (evals/extra, evals/extra_fr) build into gold that `load_gold` accepts.

Each build script joins the repository's offsets with the texts in ../shared (checking record ids
and text hashes); the output must load as attribution gold with every span grounded, and the
French set must keep its accused and claims layers. Nothing is written outside tmp_path.
Skipped when the shared corpus a set points into is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from extractor.evaluation import load_gold

EVALS = Path(__file__).resolve().parents[2] / "evals"
SHARED = Path(__file__).resolve().parents[3] / "shared"


def _script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"build_gold_{path.parent.name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SETS = [
    pytest.param(EVALS / "extra" / "build_gold.py", SHARED / "evaldata" / "polnear_train.jsonl", "en", 14, id="extra_en"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", SHARED / "corpora" / "fr_wikinews_unlabeled.jsonl", "fr", 12, id="extra_fr"),
]


@pytest.mark.parametrize(("script", "corpus", "language", "articles"), SETS)
def test_build_gold_output_loads_as_grounded_gold(tmp_path, script, corpus, language, articles):
    if not corpus.exists():
        pytest.skip(f"{corpus} not available")
    module = _script(script)
    assert corpus == module.DEFAULT_CORPUS
    out = tmp_path / "gold.jsonl"
    assert module.main([str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    offsets = [json.loads(line) for line in module.OFFSETS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == len(offsets) == articles
    # The repository holds offsets and labels only: no article text.
    assert all("text" not in o and all("text" not in q for q in o["quotes"]) for o in offsets)
    gold = load_gold(out)  # raises unless every span is grounded and every reference resolves
    assert [a.language for a in gold] == [language] * articles
    for record, article in zip(records, gold):
        assert record["quotes"] == sorted(record["quotes"], key=lambda q: (q["start"], q["end"]))
        for q in record["quotes"]:
            assert q["text"] == record["text"][q["start"] : q["end"]] and q["text"] == q["text"].strip()
            assert q["kind"] in ("direct", "indirect", "mixed")
        assert len(article.quotes) == len(record["quotes"])
        if language == "fr":
            assert set(article.annotated) == {"quotes", "speakers", "accused", "claims"}
            assert all(q["speaker"] == q["speakers"][0] for q in record["quotes"])
            assert all(c.quote_ids for c in article.claims)


def test_build_gold_refuses_a_changed_text(tmp_path):
    corpus = SHARED / "corpora" / "fr_wikinews_unlabeled.jsonl"
    if not corpus.exists():
        pytest.skip(f"{corpus} not available")
    module = _script(EVALS / "extra_fr" / "build_gold.py")
    first = json.loads(module.OFFSETS.read_text(encoding="utf-8").splitlines()[0])
    lines = corpus.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[first["index"]])
    lines[first["index"]] = json.dumps({**record, "text": record["text"] + " "}, ensure_ascii=False)
    altered = tmp_path / "corpus.jsonl"
    altered.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="text changed"):
        module.main([str(tmp_path / "gold.jsonl"), "--corpus", str(altered)])
