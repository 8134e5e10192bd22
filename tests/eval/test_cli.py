"""`extractor eval` and `extractor eval compare`: output formats, report, thresholds, baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

TEXT = 'Intro <b>bold</b> & "x". « Nous <script>alert(1)</script> refusons », a dit Jane Doe. Fin.'


@pytest.fixture
def files(tmp_path, build):
    start = TEXT.index("Nous")
    end = TEXT.index(" »")
    gold = build.gold(
        text=TEXT,
        id="doc1",
        language="fr",
        quotes=[build.quote(TEXT, start, end, qid="q1", speaker="Jane Doe", speaker_ids=["s1"])],
        speakers=[{"id": "s1", "name": "Jane Doe", "aliases": ["Doe"]}],
        accused=[],
        claims=[],
    )
    gold_path = tmp_path / "gold" / "doc1.json"
    gold_path.parent.mkdir()
    gold_path.write_text(gold.model_dump_json(), encoding="utf-8")

    def predictions(name, spans, speaker="Jane Doe"):
        result = build.result(text=TEXT, id="doc1", quotes=[build.quote(TEXT, s, e, qid=f"p{i}", speaker=speaker) for i, (s, e) in enumerate(spans)])
        path = tmp_path / name
        path.write_text(result.model_dump_json() + "\n", encoding="utf-8")
        return path

    return {
        "gold": gold_path.parent,
        "good": predictions("good.jsonl", [(start, end)]),
        "half": predictions("half.jsonl", [(start, end), (0, 5)]),  # P = 0.5, R = 1
        "bad": predictions("bad.jsonl", [(0, 5)]),
        "dir": tmp_path,
    }


def run(*args):
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_json_has_the_documented_keys(files):
    result = run("--gold", files["gold"], "--predictions", files["half"], "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["quotes"]["precision"] == 0.5 and data["quotes"]["recall"] == 1.0
    assert data["speakers"]["accuracy"] == 1.0
    assert data["accused"]["f1"] == 1.0 and data["claims"]["f1"] == 1.0  # nothing to find, nothing predicted
    assert data["n_articles"] == 1 and data["articles"][0]["id"] == "doc1"
    assert data["articles"][0]["spurious_quotes"][0]["start"] == 0


def test_table_and_markdown(files):
    table = run("--gold", files["gold"], "--predictions", files["good"])
    assert table.exit_code == 0 and "precision" in table.stdout
    markdown = run("--gold", files["gold"], "--predictions", files["good"], "-f", "markdown")
    assert "| quotes | 1.000 | 1.000 | 1.000 |" in markdown.stdout


def test_report_is_standalone_and_escaped(files, tmp_path):
    report = tmp_path / "report.html"
    result = run("--gold", files["gold"], "--predictions", files["half"], "--report", report, "-f", "json")
    assert result.exit_code == 0, result.output
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<link" not in html and " src=" not in html and "http://" not in html and "https://" not in html
    assert 'class="found"' in html and 'class="spurious"' in html  # both sides highlighted
    assert "Spurious quotes (1)" in html


def test_fail_under_exit_code_and_message(files):
    ok = run("--gold", files["gold"], "--predictions", files["half"], "--fail-under", "quotes.recall=1.0", "-f", "json")
    assert ok.exit_code == 0
    bad = run("--gold", files["gold"], "--predictions", files["half"], "--fail-under", "quotes.f1=0.9", "--fail-under", "quotes.precision=0.5", "-f", "json")
    assert bad.exit_code == 5
    assert "quotes.f1 = 0.6667 is below the threshold 0.9000 (short by 0.2333)" in bad.stderr
    assert "quotes.precision" not in bad.stderr  # 0.5 meets 0.5
    malformed = run("--gold", files["gold"], "--predictions", files["half"], "--fail-under", "quotes.f1")
    assert malformed.exit_code == 2 and "METRIC=NUMBER" in malformed.stderr
    unknown = run("--gold", files["gold"], "--predictions", files["half"], "--fail-under", "quotes.nope=0.1")
    assert unknown.exit_code == 5 and "not available" in unknown.stderr


def test_baseline_save_then_regression(files):
    baseline = files["dir"] / "baseline.json"
    saved = run("--gold", files["gold"], "--predictions", files["good"], "--baseline", baseline, "--save-baseline", "-f", "json")
    assert saved.exit_code == 0, saved.output
    data = json.loads(baseline.read_text())
    (entry,) = data["runs"]
    assert entry["gold"] == "gold" and entry["metrics"]["quotes.f1"] == 1.0 and data["tolerance"] == 0.01
    assert "Nous" not in baseline.read_text()  # totals only, never article text
    same = run("--gold", files["gold"], "--predictions", files["good"], "--baseline", baseline)
    assert same.exit_code == 0
    worse = run("--gold", files["gold"], "--predictions", files["half"], "--baseline", baseline, "-f", "json")
    assert worse.exit_code == 5
    assert "quotes.precision fell from 1.0000 to 0.5000 (-0.5000, tolerance 0.01)" in worse.stderr
    assert "quotes.recall" not in worse.stderr  # recall did not fall
    tolerant = run("--gold", files["gold"], "--predictions", files["half"], "--baseline", baseline, "--tolerance", "0.6")
    assert tolerant.exit_code == 0
    # saving again replaces the entry rather than adding one
    run("--gold", files["gold"], "--predictions", files["half"], "--baseline", baseline, "--save-baseline")
    assert len(json.loads(baseline.read_text())["runs"]) == 1


def test_baseline_without_entry_is_a_config_error(files):
    baseline = files["dir"] / "empty_baseline.json"
    baseline.write_text('{"tolerance": 0.01, "runs": []}')
    result = run("--gold", files["gold"], "--predictions", files["good"], "--baseline", baseline)
    assert result.exit_code == 3 and "--save-baseline" in result.stderr


def test_compare(files):
    a, b = files["dir"] / "a.json", files["dir"] / "b.json"
    assert run("--gold", files["gold"], "--predictions", files["good"], "-o", a, "-q").exit_code == 0
    assert run("--gold", files["gold"], "--predictions", files["bad"], "-o", b, "-q").exit_code == 0
    shown = CliRunner().invoke(app, ["eval", "compare", str(a), str(b), "-f", "json"])
    assert shown.exit_code == 0, shown.output
    delta = json.loads(shown.stdout)["metrics"]["quotes.f1"]
    assert (delta["a"], delta["b"], delta["delta"]) == (1.0, 0.0, -1.0)
    assert json.loads(shown.stdout)["quotes_f1_delta"] is None  # one article: no interval
    gated = CliRunner().invoke(app, ["eval", "compare", str(a), str(b), "--fail-on-regression"])
    assert gated.exit_code == 5 and "quotes.f1 fell from 1.0000 to 0.0000" in gated.stderr
    improved = CliRunner().invoke(app, ["eval", "compare", str(b), str(a), "--fail-on-regression"])
    assert improved.exit_code == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "give the gold set"),
        (["--gold", "/no/such/gold"], 2, "no such gold file"),
        (["--gold", "{gold}", "--predictions", "/no/such.jsonl"], 2, "no such predictions file"),
        (["--gold", "{gold}", "--predictions", "{dir}/notjson.jsonl"], 2, "invalid JSON"),
        (["--gold", "{gold}", "--predictions", "{good}", "--model", "m"], 2, "not both"),
    ],
)
def test_bad_input_is_one_line_and_exit_code(files, args, code, message):
    (files["dir"] / "notjson.jsonl").write_text("{oops\n")
    args = [a.format(gold=files["gold"], dir=files["dir"], good=files["good"]) for a in args]
    result = run(*args)
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.output


def test_ungrounded_gold_is_refused(tmp_path, build):
    gold = build.gold([(0, 10)])
    data = json.loads(gold.model_dump_json())
    data["quotes"][0]["text"] = "something else"
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data))
    result = run("--gold", path, "--predictions", path)
    assert result.exit_code == 2 and "not grounded" in result.stderr


def test_runs_the_offline_engine_without_predictions(files, monkeypatch):
    # The engine is replaced by one that returns the gold quote: this checks the wiring (gold
    # articles -> Extractor -> scoring), not the offline engine's quality.
    from extractor import pipeline
    from extractor.engines.base import Engine
    from extractor.schemas import Result

    class FakeEngine(Engine):
        name = "fake"

        def extract(self, document):
            start, end = TEXT.index("Nous"), TEXT.index(" »")
            return Result.model_validate(
                {"id": document.id, "language": "fr", "engine": self.name, "meta": {"extractor_version": "t"},
                 "quotes": [{"id": "q1", "text": TEXT[start:end], "start": start, "end": end, "kind": "direct", "speaker": "Doe"}]}
            )

    monkeypatch.setattr(pipeline.Extractor, "engine", property(lambda self: FakeEngine()))
    saved = files["dir"] / "saved" / "pred.jsonl"
    result = run("--gold", files["gold"], "-f", "json", "--save-predictions", saved)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["quotes"]["f1"] == 1.0 and data["speakers"]["accuracy"] == 1.0 and data["engine"] == "fake"
    # the saved results rescore to the same numbers without running anything
    rescored = json.loads(run("--gold", files["gold"], "--predictions", saved, "-f", "json").stdout)
    assert rescored["quotes"] == data["quotes"] and rescored["speakers"] == data["speakers"]


def test_gold_scored_against_itself_through_the_cli():
    gold = Path(__file__).resolve().parents[2] / "evals" / "gold"
    result = run("--gold", gold, "--predictions", gold, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for layer in ("quotes", "accused", "claims"):
        assert (data[layer]["precision"], data[layer]["recall"], data[layer]["f1"]) == (1.0, 1.0, 1.0), layer
    assert data["quotes"]["strict"]["f1"] == 1.0 and data["speakers"]["accuracy"] == 1.0 and data["speakers"]["set"]["f1"] == 1.0


def test_an_eval_run_given_as_predictions_is_explained(files):
    run_path = files["dir"] / "run.json"
    assert run("--gold", files["gold"], "--predictions", files["good"], "-o", run_path, "-q").exit_code == 0
    result = run("--gold", files["gold"], "--predictions", run_path)
    assert result.exit_code == 2 and "eval compare" in result.stderr


def test_group_by_a_gold_field(tmp_path):
    text = "Ann said it rained. Bob said it snowed."
    records = [
        {"id": f"r{i}", "publisher": pub, "text": text,
         "quotes": [{"text": "it rained", "start": 9, "end": 18, "speaker": "Ann"}]}
        for i, pub in enumerate(["north", "south", "north"])
    ]
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    pred = tmp_path / "p.jsonl"
    pred.write_text("\n".join(
        json.dumps({"id": r["id"], "language": "en", "engine": "t", "meta": {"extractor_version": "t"},
                    "quotes": [] if r["publisher"] == "south" else [{"id": "q1", "text": "it rained", "start": 9, "end": 18, "kind": "indirect", "speaker": "Ann"}]})
        for r in records) + "\n")
    result = run("--gold", gold, "--predictions", pred, "--group-by", "publisher", "-f", "json")
    data = json.loads(result.stdout)
    groups = data["by_group"]["groups"]
    assert data["by_group"]["field"] == "publisher"
    assert (groups["north"]["n_articles"], groups["north"]["quotes"]["f1"]) == (2, 1.0)
    assert (groups["south"]["n_articles"], groups["south"]["quotes"]["recall"]) == (1, 0.0)
    assert "by publisher" in run("--gold", gold, "--predictions", pred, "--group-by", "publisher").stdout


def test_unwritable_outputs_are_one_line_errors(files):
    blocker = files["dir"] / "a_file"
    blocker.write_text("x")
    for option in ("--output", "--report"):
        result = run("--gold", files["gold"], "--predictions", files["good"], option, blocker / "sub" / "out")
        assert result.exit_code == 2 and "cannot write" in result.stderr and "Traceback" not in result.output
    result = run("--gold", files["gold"], "--predictions", files["good"], "--baseline", blocker / "b.json", "--save-baseline")
    assert result.exit_code == 2 and "cannot write the baseline" in result.stderr


def test_only_selects_articles_by_id_glob():
    gold = Path(__file__).resolve().parents[2] / "evals" / "gold"
    result = run("--gold", gold, "--predictions", gold, "--only", "fr_*", "--only", "en_001*", "-f", "json")
    data = json.loads(result.stdout)
    assert sorted(a["id"] for a in data["articles"]) == ["en_001_port_alder", "fr_001_valmont"]
    assert not data["warnings"] and "warning" not in result.stderr
    assert "no gold article id matches" in run("--gold", gold, "--predictions", gold, "--only", "nope*").stderr


def test_engine_failures_are_scored_empty_and_exit_6(files, monkeypatch):
    from extractor import pipeline
    from extractor.engines.base import Engine
    from extractor.errors import BackendError

    class FailingEngine(Engine):
        name = "failing"

        def extract(self, document):
            raise BackendError("the server answered 500 three times", backend="fake")

    monkeypatch.setattr(pipeline.Extractor, "engine", property(lambda self: FailingEngine()))
    result = run("--gold", files["gold"], "-f", "json")
    assert result.exit_code == 6
    assert json.loads(result.stdout)["quotes"]["recall"] == 0.0  # the numbers are still printed
    assert "failed to extract" in result.stderr and "scored as empty" in result.stderr


def test_a_minimal_prediction_file_from_another_tool_is_scored(files, tmp_path):
    # {id, quotes: [{start, end, speaker?}]} is enough: ids, text, kind, language, meta default.
    start, end = TEXT.index("Nous"), TEXT.index(" »")
    minimal = tmp_path / "other_tool.jsonl"
    minimal.write_text(json.dumps({"id": "doc1", "quotes": [{"start": start, "end": end, "speaker": "Jane Doe"}, {"start": 0, "end": 5}]}) + "\n")
    result = run("--gold", files["gold"], "--predictions", minimal, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["quotes"]["precision"] == 0.5 and data["quotes"]["recall"] == 1.0
    assert data["speakers"]["accuracy"] == 1.0
    (warning,) = [w for w in data["warnings"] if "read leniently" in w]
    assert "quote ids numbered" in warning and "quote text taken from the article" in warning
    assert "read leniently" in result.stderr
