"""The library's quote P/R/F1 on PolNeAR dev agrees with a separate, naive implementation of
GGT's rule (character sets, repeated arg-max), as `extractor eval --format json` prints them.

Predictions are built deterministically from the gold (kept, shifted, truncated, split, dropped,
plus spurious spans), so every branch of the rule is exercised. Nothing from the corpus is
written anywhere but tmp_path. Skipped when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

POLNEAR_DEV = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "polnear_dev.jsonl"
pytestmark = pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="../shared/evaldata/polnear_dev.jsonl not available")


def _records():
    with POLNEAR_DEV.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _predicted_spans(record):
    """Deterministic perturbations of the gold spans, by quote number."""
    text, spans = record["text"], []
    for i, q in enumerate(record["quotes"]):
        s, e = q["start"], q["end"]
        n = e - s
        variant = i % 6
        if variant == 0:
            continue  # dropped: a miss
        if variant == 1:
            s, e = s + int(0.4 * n), e + int(0.4 * n)  # shifted right by 40%
        elif variant == 2:
            e = s + max(1, int(0.25 * n))  # truncated to 25%: too short at 0.3
        elif variant == 4:
            spans.append((s, s + n // 2))  # split in two halves
            s = s + n // 2
        elif variant == 5:
            s, e = s + int(0.6 * n), e + int(0.6 * n)  # shifted by 60%: 40% left covered
        spans.append((max(0, s), min(len(text), e)))
    spans.append((0, min(len(text), 25)))  # a spurious opening span (may hit a gold quote)
    return [(s, e) for s, e in spans if e > s]


def _naive(records, predictions, min_overlap):
    matched = predicted = gold_total = 0
    for record, spans in zip(records, predictions):
        gold_chars = []
        for q in record["quotes"]:
            pieces = q.get("fragments") or [q]
            gold_chars.append({c for f in pieces for c in range(f["start"], f["end"])})
        pred_chars = [set(range(s, e)) for s, e in spans]
        candidates = {}
        for gi, g in enumerate(gold_chars):
            for pi, p in enumerate(pred_chars):
                overlap = len(g & p)
                if g and overlap and overlap >= min_overlap * len(g):
                    candidates[(gi, pi)] = overlap
        pairs = 0
        while candidates:
            gi, pi = max(candidates, key=candidates.get)
            pairs += 1
            candidates = {k: v for k, v in candidates.items() if k[0] != gi and k[1] != pi}
        matched += pairs
        predicted += len(spans)
        gold_total += len(gold_chars)
    p = matched / predicted
    r = matched / gold_total
    return p, r, 2 * p * r / (p + r)


@pytest.mark.parametrize("min_overlap", [0.3, 0.8])
def test_cli_json_agrees_with_naive_implementation(tmp_path, min_overlap):
    records = _records()
    predictions = [_predicted_spans(r) for r in records]
    lines = []
    for record, spans in zip(records, predictions):
        quotes = [
            {"id": f"q{i}", "text": record["text"][s:e], "start": s, "end": e, "kind": "direct"}
            for i, (s, e) in enumerate(spans, 1)
        ]
        lines.append(json.dumps({"id": record["id"], "language": "en", "engine": "perturbed-gold", "quotes": quotes, "meta": {"extractor_version": "test"}}))
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = CliRunner().invoke(
        app, ["eval", "--gold", str(POLNEAR_DEV), "--predictions", str(pred_path), "--format", "json", "--min-overlap", str(min_overlap)]
    )
    assert result.exit_code == 0, result.output
    run = json.loads(result.stdout)
    p, r, f1 = _naive(records, predictions, min_overlap)
    assert run["n_articles"] == len(records)
    assert abs(run["quotes"]["precision"] - p) <= 0.02
    assert abs(run["quotes"]["recall"] - r) <= 0.02
    assert abs(run["quotes"]["f1"] - f1) <= 0.02
    # the perturbations must make this a real test, not a trivial 1.0
    assert 0.1 < f1 < 0.9


def test_polnear_gold_against_itself_is_perfect():
    from extractor.evaluation import evaluate, load_gold
    from extractor.evaluation.gold import gold_as_result

    gold = load_gold(POLNEAR_DEV)
    ev = evaluate(gold, [gold_as_result(g) for g in gold])
    for key in ("quotes.precision", "quotes.recall", "quotes.f1", "quotes.strict.f1", "speakers.accuracy", "speakers.set.f1"):
        assert ev.metric(key) == 1.0, key
    assert ev.metric("accused.f1") is None  # not annotated in this corpus
    # the same through the CLI, with the corpus file given as predictions (fragments kept)
    result = CliRunner().invoke(app, ["eval", "--gold", str(POLNEAR_DEV), "--predictions", str(POLNEAR_DEV), "-f", "json"])
    run = json.loads(result.stdout)
    assert (run["quotes"]["precision"], run["quotes"]["recall"], run["quotes"]["f1"], run["speakers"]["accuracy"]) == (1.0, 1.0, 1.0, 1.0)


def test_polnear_report_goes_where_asked_and_lists_every_article(tmp_path):
    # The corpus text is copyrighted: the report is written to tmp_path only, never the repo.
    records = _records()
    report = tmp_path / "polnear.html"
    result = CliRunner().invoke(
        app, ["eval", "--gold", str(POLNEAR_DEV), "--predictions", str(POLNEAR_DEV), "--report", str(report), "-q", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    html = report.read_text(encoding="utf-8")
    assert html.count("<h2 ") == len(records)
    assert html.count('<a href="#a-') == len(records)  # the index links every article
    assert "<script" not in html
