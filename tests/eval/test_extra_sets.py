"""The offsets-only check sets (evals/extra, evals/extra_fr) build into gold that `load_gold` accepts.

Each build script joins the repository's offsets with the texts in ../shared (checking record ids
and text hashes); the output must load as attribution gold with every span grounded, and the
French set (each of its batches, and all of them) must keep its accused and claims layers, with claim evidence
indexing the quotes. Nothing is written outside tmp_path.
Skipped when the shared corpus a set points into is absent.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
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


FR_CORPUS = SHARED / "corpora" / "fr_wikinews_unlabeled.jsonl"
EN_CORPUS = SHARED / "evaldata" / "polnear_train.jsonl"
SETS = [
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", None, 14, id="extra_en"),  # default: batch 1
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "2", 14, id="extra_en_b2"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "3", 14, id="extra_en_b3"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "4", 12, id="extra_en_b4"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "5", 14, id="extra_en_b5"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "6", 14, id="extra_en_b6"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "7", 17, id="extra_en_b7"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "8", 14, id="extra_en_b8"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "9", 14, id="extra_en_b9"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "10", 14, id="extra_en_b10"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "11", 14, id="extra_en_b11"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "12", 14, id="extra_en_b12"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "13", 14, id="extra_en_b13"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "14", 14, id="extra_en_b14"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "15", 14, id="extra_en_b15"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "16", 14, id="extra_en_b16"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "17", 14, id="extra_en_b17"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "18", 14, id="extra_en_b18"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "19", 14, id="extra_en_b19"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "20", 10, id="extra_en_b20"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "21", 10, id="extra_en_b21"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "22", 10, id="extra_en_b22"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "23", 10, id="extra_en_b23"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "24", 10, id="extra_en_b24"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "25", 10, id="extra_en_b25"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "26", 10, id="extra_en_b26"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "27", 10, id="extra_en_b27"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "28", 10, id="extra_en_b28"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "29", 10, id="extra_en_b29"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "30", 10, id="extra_en_b30"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "31", 10, id="extra_en_b31"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "32", 10, id="extra_en_b32"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "33", 10, id="extra_en_b33"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "34", 10, id="extra_en_b34"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "35", 10, id="extra_en_b35"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "36", 10, id="extra_en_b36"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "37", 10, id="extra_en_b37"),
    pytest.param(EVALS / "extra" / "build_gold.py", EN_CORPUS, "en", "all", 447, id="extra_en_all"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", None, 12, id="extra_fr"),  # default: batch 1
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "2", 12, id="extra_fr_b2"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "3", 12, id="extra_fr_b3"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "4a", 4, id="extra_fr_b4a"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "4b", 4, id="extra_fr_b4b"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "4c", 8, id="extra_fr_b4c"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "4", 16, id="extra_fr_b4"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "5", 11, id="extra_fr_b5"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "6", 8, id="extra_fr_b6"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "7", 12, id="extra_fr_b7"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "8a", 12, id="extra_fr_b8a"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "8b", 12, id="extra_fr_b8b"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "8", 24, id="extra_fr_b8"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "9a", 12, id="extra_fr_b9a"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "9b", 12, id="extra_fr_b9b"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "9", 24, id="extra_fr_b9"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "10a", 12, id="extra_fr_b10a"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "10b", 15, id="extra_fr_b10b"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "10", 27, id="extra_fr_b10"),
    pytest.param(EVALS / "extra_fr" / "build_gold.py", FR_CORPUS, "fr", "all", 158, id="extra_fr_all"),
]


@pytest.mark.parametrize(("script", "corpus", "language", "batch", "articles"), SETS)
def test_build_gold_output_loads_as_grounded_gold(tmp_path, script, corpus, language, batch, articles):
    if not corpus.exists():
        pytest.skip(f"{corpus} not available")
    module = _script(script)
    assert corpus == module.DEFAULT_CORPUS
    out = tmp_path / "gold.jsonl"
    assert module.main([str(out)] + (["--batch", batch] if batch else [])) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    paths = module.BATCHES[batch] if batch else [module.OFFSETS]
    offsets = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [r["id"].split(":", 1)[1] for r in records] == [o["id"] for o in offsets]
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
    if language == "fr":
        for annotation in offsets:  # evidence indexes the article's quotes (start order)
            assert all(c["evidence"] and all(0 <= i < len(annotation["quotes"]) for i in c["evidence"]) for c in annotation["claims"])


def _articles(path: Path) -> set:
    """The corpus line indexes and record ids an offsets file annotates."""
    annotations = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {a["id"] for a in annotations} | {a["index"] for a in annotations}


def test_french_batches_annotate_different_articles():
    module = _script(EVALS / "extra_fr" / "build_gold.py")
    paths = (module.OFFSETS, module.OFFSETS_B2, module.OFFSETS_B3, module.OFFSETS_B4A, module.OFFSETS_B4B, module.OFFSETS_B4C, module.OFFSETS_B5, module.OFFSETS_B6, module.OFFSETS_B7, module.OFFSETS_B8A, module.OFFSETS_B8B, module.OFFSETS_B9A, module.OFFSETS_B9B, module.OFFSETS_B10A, module.OFFSETS_B10B)
    assert module.BATCHES["all"] == paths
    batches = [_articles(path) for path in paths]
    for first in range(len(batches)):
        for second in range(first + 1, len(batches)):
            assert not batches[first] & batches[second], (paths[first].name, paths[second].name)


def test_french_batches_outside_all_annotate_new_articles():
    """A batch not yet joined into ``--batch all`` (a part of the newest check batch) shares no article
    with the others, nor with the training text."""
    module = _script(EVALS / "extra_fr" / "build_gold.py")
    joined = set().union(*(_articles(path) for path in module.BATCHES["all"]))
    training = set().union(set(), *(_articles(path) for path in sorted((EVALS / "train_fr").glob("*.jsonl"))))
    for (path,) in (paths for paths in module.BATCHES.values() if len(paths) == 1 and paths[0] not in module.BATCHES["all"]):
        assert not _articles(path) & (joined | training), path.name


def test_english_batches_annotate_different_articles():
    module = _script(EVALS / "extra" / "build_gold.py")
    paths = (module.OFFSETS, module.OFFSETS_B2, module.OFFSETS_B3, module.OFFSETS_B4, module.OFFSETS_B5, module.OFFSETS_B6, module.OFFSETS_B7, module.OFFSETS_B8, module.OFFSETS_B9, module.OFFSETS_B10, module.OFFSETS_B11, module.OFFSETS_B12, module.OFFSETS_B13, module.OFFSETS_B14, module.OFFSETS_B15, module.OFFSETS_B16, module.OFFSETS_B17, module.OFFSETS_B18, module.OFFSETS_B19, module.OFFSETS_B20, module.OFFSETS_B21, module.OFFSETS_B22, module.OFFSETS_B23, module.OFFSETS_B24, module.OFFSETS_B25, module.OFFSETS_B26, module.OFFSETS_B27, module.OFFSETS_B28, module.OFFSETS_B29, module.OFFSETS_B30, module.OFFSETS_B31, module.OFFSETS_B32, module.OFFSETS_B33, module.OFFSETS_B34, module.OFFSETS_B35, module.OFFSETS_B36, module.OFFSETS_B37)
    assert module.BATCHES["all"] == paths
    batches = [_articles(path) for path in paths]
    for first in range(len(batches)):
        for second in range(first + 1, len(batches)):
            assert not batches[first] & batches[second], (paths[first].name, paths[second].name)


@pytest.mark.parametrize("batch", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37"])
def test_english_offsets_lie_in_their_texts_and_hashes_match(batch):
    """Every span of an English batch lies inside its corpus text (non-empty, no overlap with the
    next one), and the stored hash is that of the text it points into."""
    if not EN_CORPUS.exists():
        pytest.skip(f"{EN_CORPUS} not available")
    module = _script(EVALS / "extra" / "build_gold.py")
    (path,) = module.BATCHES[batch]
    annotations = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = EN_CORPUS.read_text(encoding="utf-8").splitlines()
    for annotation in annotations:
        record = json.loads(lines[annotation["index"]])
        text = record["text"]
        assert record["id"] == annotation["id"]
        assert hashlib.sha256(text.encode()).hexdigest()[:16] == annotation["text_sha256"]
        spans = [(q["start"], q["end"]) for q in annotation["quotes"]]
        assert spans == sorted(spans)
        assert all(0 <= start < end <= len(text) for start, end in spans)
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))


def test_no_french_check_article_is_training_text():
    """The check batches stay untuned: none of their articles is in the model-annotated training text."""
    module = _script(EVALS / "extra_fr" / "build_gold.py")
    checked = set().union(*(_articles(path) for path in module.BATCHES["all"]))
    for training in sorted((EVALS / "train_fr").glob("*.jsonl")):
        assert not checked & _articles(training), training.name


@pytest.mark.parametrize("batch", ["1", "2", "3", "4a", "4b", "4c", "5", "6", "7", "8a", "8b", "9a", "9b", "10a", "10b"])
def test_build_gold_refuses_a_changed_text(tmp_path, batch):
    corpus = FR_CORPUS
    if not corpus.exists():
        pytest.skip(f"{corpus} not available")
    module = _script(EVALS / "extra_fr" / "build_gold.py")
    first = json.loads(module.BATCHES[batch][0].read_text(encoding="utf-8").splitlines()[0])
    lines = corpus.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[first["index"]])
    lines[first["index"]] = json.dumps({**record, "text": record["text"] + " "}, ensure_ascii=False)
    altered = tmp_path / "corpus.jsonl"
    altered.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="text changed"):
        module.main([str(tmp_path / "gold.jsonl"), "--corpus", str(altered), "--batch", batch])


def test_an_article_annotated_in_two_batches_is_refused(tmp_path):
    sys.path.insert(0, str(EVALS))
    try:
        from offsets_gold import read_annotations
    finally:
        sys.path.remove(str(EVALS))
    line = json.dumps({"index": 3, "id": "invented-1", "text_sha256": "0" * 16, "quotes": []})
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(line + "\n", encoding="utf-8")
    second.write_text(line + "\n", encoding="utf-8")
    assert len(read_annotations([first])) == 1
    with pytest.raises(SystemExit, match="annotated twice"):
        read_annotations([first, second])


def test_model_annotated_french_training_text_builds_into_grounded_gold(tmp_path):
    """evals/train_fr: every batch (and all of them together) joins its corpus lines into gold that
    loads grounded, with no article text in the repository and no article in two batches."""
    files = sorted((EVALS / "train_fr").glob("*.jsonl"))
    if not files:
        pytest.skip("no model-annotated training batch yet")
    if not FR_CORPUS.exists():
        pytest.skip(f"{FR_CORPUS} not available")
    module = _script(EVALS / "train_fr" / "build_gold.py")
    out = tmp_path / "train.jsonl"
    assert module.main([str(out), "--batch", "all"]) == 0
    offsets = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert all("text" not in o and all("text" not in q for q in o["quotes"]) for o in offsets)
    gold = load_gold(out)
    assert len(gold) == len(offsets) and {a.language for a in gold} == {"fr"}
    assert module.main([str(tmp_path / "one.jsonl"), "--batch", files[0].stem]) == 0


def test_training_batches_without_claims_leave_the_layer_out():
    """A batch annotated without a claims layer must not store ``"claims": []``: the evaluation would read
    it as "this article makes no claims" and count every predicted claim on it as spurious."""
    for training in sorted((EVALS / "train_fr").glob("*.jsonl")):
        annotations = [json.loads(line) for line in training.read_text(encoding="utf-8").splitlines() if line.strip()]
        with_layer = [a for a in annotations if "claims" in a]
        assert not with_layer or any(a["claims"] for a in with_layer), training.name
        assert len(with_layer) in (0, len(annotations)), training.name
