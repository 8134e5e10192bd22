"""Per-cue-type errors in `extractor eval`, and baselines that keep scopes apart (hand-made cases)."""

from __future__ import annotations

import json

from extractor.evaluation import evaluate
from extractor.evaluation.gate import check_baseline, save_baseline


def _case(build):
    text = build.filler
    gold = build.gold(
        quotes=[
            build.quote(text, 0, 50, qid="g1", cue="said"),
            build.quote(text, 60, 100, qid="g2", cue="says"),
            build.quote(text, 120, 160, qid="g3", cue="told"),
        ]
    )
    result = build.result(
        quotes=[
            build.quote(text, 0, 50, qid="p1", cue="said", cue_type="speech"),  # finds g1
            build.quote(text, 60, 100, qid="p2", cue="say", cue_type="speech"),  # finds g2
            build.quote(text, 200, 240, qid="p3", cue="believes", cue_type="belief"),  # spurious
            build.quote(text, 250, 290, qid="p4", cue="about", cue_type="other"),  # spurious
            build.quote(text, 300, 340, qid="p5"),  # spurious, no cue, no cue type
        ]
    )
    return gold, result


def test_predicted_quotes_by_cue_type_and_cue_and_gold_recall_by_cue(build):
    gold, result = _case(build)
    quotes = evaluate(gold, result).to_dict()["quotes"]
    assert quotes["by_cue_type"] == {
        "speech": {"predicted": 2, "correct": 2, "precision": 1.0},
        "(unclassified)": {"predicted": 1, "correct": 0, "precision": 0.0},
        "belief": {"predicted": 1, "correct": 0, "precision": 0.0},
        "other": {"predicted": 1, "correct": 0, "precision": 0.0},
    }
    # "said" and "say" are one lemma; most predicted first
    assert list(quotes["by_cue"])[0] == "say" and quotes["by_cue"]["say"] == {"predicted": 2, "correct": 2, "precision": 1.0}
    assert quotes["by_cue"]["(no cue)"]["predicted"] == 1 and quotes["by_cue"]["believe"]["correct"] == 0
    assert quotes["by_gold_cue"] == {"say": {"gold": 2, "found": 2, "recall": 1.0}, "tell": {"gold": 1, "found": 0, "recall": 0.0}}


def test_gold_without_cues_has_no_gold_cue_table(build):
    assert evaluate(build.gold([(0, 50)]), build.result([(0, 50)])).to_dict()["quotes"]["by_gold_cue"] == {}


def test_eval_table_prints_the_cue_tables(build, tmp_path):
    gold, result = _case(build)
    out, rows = build.eval_table(gold, result, tmp_path)
    assert out.exit_code == 0, out.output
    assert "by cue type" in out.stdout and "by gold cue" in out.stdout
    assert ["belief", "1", "0", "0.000"] in rows and ["tell", "1", "0", "0.000"] in rows
    refused, _ = build.eval_table(gold, result, tmp_path, "--scope", "attributions")
    assert refused.exit_code != 0 and "--scope" in refused.stderr


def test_baseline_entries_are_kept_apart_by_scope(build, tmp_path):
    gold, result = _case(build)
    good = evaluate(gold, result).to_dict()
    perfect = evaluate(gold, build.result(quotes=[q.model_dump(exclude={"fragments", "note"}) for q in gold.quotes])).to_dict()
    baseline = tmp_path / "baseline.json"
    save_baseline({**perfect, "scope": "statements"}, baseline, "gold")
    save_baseline({**good, "scope": "attributions"}, baseline, "gold")
    entries = json.loads(baseline.read_text())["runs"]
    assert sorted(e["scope"] for e in entries) == ["attributions", "statements"]
    assert check_baseline({**good, "scope": "attributions"}, baseline, "gold") == []  # compared with its own scope
    assert check_baseline({**good, "scope": "statements"}, baseline, "gold")  # worse than the statements entry
    # an entry saved before scopes existed stands for any scope until it is replaced
    legacy = tmp_path / "legacy.json"
    legacy.write_text(json.dumps({"tolerance": 0.01, "runs": [{**entries[0], "scope": None}]}))
    assert check_baseline({**good, "scope": entries[0]["scope"]}, legacy, "gold") == check_baseline({**good, "scope": "other"}, legacy, "gold")
    save_baseline({**good, "scope": "attributions"}, legacy, "gold")
    assert [e["scope"] for e in json.loads(legacy.read_text())["runs"]] == ["attributions"]


def test_html_report_has_the_cue_tables(build):
    from extractor.evaluation.report import render_report

    gold, result = _case(build)
    html = render_report(evaluate(gold, result))
    assert "<th>cue type</th>" in html and "<td>belief</td>" in html and "<th>gold cue (top 2)</th>" in html
