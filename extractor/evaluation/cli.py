"""``extractor eval``: score an engine (or saved predictions) against gold; ``extractor eval compare``.

Exit codes: 0 ok; 2 unreadable gold/predictions or unwritable output; 3 missing baseline entry or bad
configuration; 6 the engine failed on some articles (scored as empty);
5 a --fail-under threshold or the baseline is not met (the message names each metric and gap).
"""

from __future__ import annotations

import fnmatch
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extractor.errors import ExtractorError, InputError
from extractor.evaluation import gate
from extractor.evaluation.metrics import DEFAULT_MIN_OVERLAP, HEADLINE_METRICS, Evaluation, evaluate, get_metric

eval_app = typer.Typer(
    help="Score extraction against gold labels (P/R/F1), write an HTML report, gate CI on a baseline.",
    invoke_without_command=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_stderr = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def _console() -> Console:
    # Article ids and paths are data: no markup ("[...]") and no emoji codes (":train:" in
    # "polnear:train:...") may be interpreted in them.
    return Console(highlight=False, markup=False, emoji=False)


class EvalFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


def _error(error: ExtractorError) -> None:
    """One line on stderr and the error's exit code (also when typer runs standalone)."""
    _stderr.print(Text.assemble(("error:", "bold red"), f" {error}"))
    raise typer.Exit(error.exit_code)


def _run_engine(gold: list[Any], settings_kwargs: dict[str, Any], concurrency: int, quiet: bool) -> tuple[list[Any], list[str]]:
    """Run the configured engine over the gold articles; failures become warnings (scored as empty)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from extractor.config import resolve_settings
    from extractor.document import Document
    from extractor.pipeline import Extractor

    extractor = Extractor(settings=resolve_settings(**settings_kwargs))
    documents = [Document(text=g.text, id=g.id, source=g.source) for g in gold]
    warnings: list[str] = []

    def on_error(document: Any, error: Exception) -> None:
        warnings.append(f"{document.id or document.source}: extraction failed ({error}); scored as empty")

    results = []
    show = not quiet and sys.stderr.isatty()
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_stderr,
        disable=not show,
        transient=True,
    ) as progress:
        task = progress.add_task("extracting", total=len(documents))
        for result in extractor.extract_many(documents, concurrency=concurrency, order="input", on_error=on_error):
            results.append(result)
            progress.advance(task)
    return results, warnings


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


_TABLE_ROWS = (
    ("quotes", "quotes.precision", "quotes.recall", "quotes.f1"),
    ("quotes @0.8", "quotes.strict.precision", "quotes.strict.recall", "quotes.strict.f1"),
    ("quotes (macro)", "quotes.macro.precision", "quotes.macro.recall", "quotes.macro.f1"),
    ("speaker set", "speakers.set.precision", "speakers.set.recall", "speakers.set.f1"),
    ("accused", "accused.precision", "accused.recall", "accused.f1"),
    ("accusers", "accused.accusers.precision", "accused.accusers.recall", "accused.accusers.f1"),
    ("claims", "claims.precision", "claims.recall", "claims.f1"),
)
_RATES = (
    ("speaker accuracy", "speakers.accuracy"),
    ("attribution recall", "speakers.attribution_recall"),
    ("kind accuracy", "quotes.kind_accuracy"),
    ("claim kind accuracy", "claims.kind_accuracy"),
    ("claim about recall", "claims.about_recall"),
    ("grounded rate", "quotes.grounded_rate"),
)


def _summary_lines(run: dict[str, Any]) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    prf = [(label, _fmt(get_metric(run, p)), _fmt(get_metric(run, r)), _fmt(get_metric(run, f))) for label, p, r, f in _TABLE_ROWS]
    rates = [(label, _fmt(get_metric(run, key))) for label, key in _RATES]
    return prf, rates


def _print_table(run: dict[str, Any]) -> None:
    console = _console()
    prf, rates = _summary_lines(run)
    console.print(f"gold {run.get('gold')} · {run['n_articles']} articles · min overlap {run['min_overlap']}")
    console.print(f"engine {run.get('engine')}" + (f" · scope {run['scope']}" if run.get("scope") else ""))
    table = Table()
    for column in ("", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if not column else "right")
    for row in prf:
        table.add_row(*row)
    console.print(table)
    rate_table = Table(show_header=False)
    rate_table.add_column()
    rate_table.add_column(justify="right")
    for label, value in rates:
        rate_table.add_row(label, value)
    speakers = run["speakers"]
    rate_table.add_row("speakers scored / unscored", f"{speakers['scored']} / {speakers['unscored']}")
    if run["quotes"].get("f1_ci95"):
        lo, hi = run["quotes"]["f1_ci95"]
        rate_table.add_row("quote F1 95% interval (bootstrap over articles)", f"{lo:.3f} – {hi:.3f}")
    console.print(rate_table)
    if run["quotes"]["by_kind"]:
        kinds = Table(title="by kind (recall by gold kind, precision by predicted kind)", title_justify="left")
        for column in ("kind", "gold", "found", "recall", "predicted", "correct", "precision"):
            kinds.add_column(column, justify="right" if column != "kind" else "left")
        for kind, k in run["quotes"]["by_kind"].items():
            kinds.add_row(kind, str(k["gold"]), str(k["found"]), _fmt(k["recall"]), str(k["predicted"]), str(k["correct"]), _fmt(k["precision"]))
        console.print(kinds)
    _print_cue_tables(console, run["quotes"])
    _print_claim_kinds(console, run.get("claims"))
    _print_weakest_articles(console, run)
    _print_breakdowns(console, run)


def _print_weakest_articles(console: Console, run: dict[str, Any]) -> None:
    """The five articles with the lowest quote F1 (when the run has more than one)."""
    articles = [a for a in run.get("articles", []) if a["quotes"]["gold"] or a["quotes"]["predicted"]]
    if len(articles) > 1:
        worst = sorted(articles, key=lambda a: (a["quotes"]["f1"], a["id"]))[:5]
        table = Table(title="weakest articles (quote F1)", title_justify="left")
        for column in ("article", "gold", "predicted", "matched", "F1", "speaker accuracy"):
            table.add_column(column, justify="left" if column == "article" else "right", overflow="fold")
        for a in worst:
            q = a["quotes"]
            table.add_row(a["id"], str(q["gold"]), str(q["predicted"]), str(q["matched"]), _fmt(q["f1"]), _fmt(a["speakers"]["accuracy"]))
        console.print(table)


def _print_breakdowns(console: Console, run: dict[str, Any]) -> None:
    """Quote and speaker scores per language, and per ``--group-by`` value (for two values or more)."""
    breakdowns = [("language", run["by_language"])]
    if run.get("by_group"):
        breakdowns.append((run["by_group"]["field"], run["by_group"]["groups"]))
    for name, groups in breakdowns:
        if len(groups) < 2:
            continue
        table = Table(title=f"by {name}", title_justify="left")
        for column in (name, "articles", "quotes P", "quotes R", "quotes F1", "speaker accuracy"):
            table.add_column(column, justify="left" if column == name else "right", overflow="fold")
        for value, totals in groups.items():
            table.add_row(value, str(totals["n_articles"]), *(_fmt(get_metric(totals, k)) for k in ("quotes.precision", "quotes.recall", "quotes.f1", "speakers.accuracy")))
        console.print(table)


#: Rows shown in the per-cue tables (the JSON run keeps every cue).
CUE_TABLE_ROWS = 12


def _print_cue_tables(console: Console, quotes: dict[str, Any]) -> None:
    """Where precision goes: predicted quotes per cue type and per cue lemma; and gold recall
    per gold cue where the gold records cues."""
    tables = (
        ("by_cue_type", "by cue type (predicted quotes)", ("cue type", "predicted", "correct", "precision"), None),
        ("by_cue", f"by cue (predicted quotes, top {CUE_TABLE_ROWS})", ("cue", "predicted", "correct", "precision"), CUE_TABLE_ROWS),
        ("by_gold_cue", f"by gold cue (recall, top {CUE_TABLE_ROWS})", ("gold cue", "gold", "found", "recall"), CUE_TABLE_ROWS),
    )
    for key, title, columns, limit in tables:
        rows = quotes.get(key)
        if not rows:
            continue
        table = Table(title=title, title_justify="left")
        for i, column in enumerate(columns):
            table.add_column(column, justify="left" if i == 0 else "right", overflow="fold")
        for name, row in list(rows.items())[:limit]:
            count, hits, rate = columns[1], columns[2], columns[3]
            table.add_row(name, str(row[count]), str(row[hits]), _fmt(row[rate]))
        console.print(table)


def _print_claim_kinds(console: Console, claims: dict[str, Any] | None) -> None:
    """Which claim kinds the engine confuses, over matched claims: per gold kind, how many were
    given that kind and what the others were given instead (the JSON run keeps the whole matrix)."""
    confusion = (claims or {}).get("kind_confusion")
    if not confusion:
        return
    table = Table(title="claim kinds (matched claims, by gold kind)", title_justify="left")
    for column in ("gold kind", "claims", "same kind", "recall", "predicted instead"):
        table.add_column(column, justify="left" if column in ("gold kind", "predicted instead") else "right", overflow="fold")
    for gold_kind, row in confusion.items():
        instead = sorted(((n, kind) for kind, n in row.items() if kind != gold_kind and n), reverse=True)
        table.add_row(
            gold_kind, str(sum(row.values())), str(row.get(gold_kind, 0)), _fmt(claims["by_kind"][gold_kind]["recall"]),  # type: ignore[index]
            ", ".join(f"{kind} {n}" for n, kind in instead) or "–",
        )
    console.print(table)


def _markdown(run: dict[str, Any]) -> str:
    prf, rates = _summary_lines(run)
    lines = [
        f"**{run.get('gold')}** · {run['n_articles']} articles · engine `{run.get('engine')}` · min overlap {run['min_overlap']}",
        "",
        "| | precision | recall | F1 |",
        "|---|---:|---:|---:|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in prf),
        "",
        "| rate | value |",
        "|---|---:|",
        *(f"| {a} | {b} |" for a, b in rates),
    ]
    if run["quotes"]["by_kind"]:
        lines += ["", "| kind | gold | found | recall | predicted | precision |", "|---|---:|---:|---:|---:|---:|"]
        lines += [
            f"| {kind} | {k['gold']} | {k['found']} | {_fmt(k['recall'])} | {k['predicted']} | {_fmt(k['precision'])} |"
            for kind, k in run["quotes"]["by_kind"].items()
        ]
    return "\n".join(lines) + "\n"


@eval_app.callback()
def eval_command(
    ctx: typer.Context,
    gold: Annotated[Path | None, typer.Option("--gold", "-g", help="Gold file or directory: evals/gold, or a quote-attribution JSONL.")] = None,
    predictions: Annotated[Path | None, typer.Option("--predictions", "-p", help="Saved results (JSON/JSONL with id) to score instead of running an engine.")] = None,
    model: Annotated[str | None, typer.Option(help="LLM model to run (default: the offline engine).")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")] = None,
    mode: Annotated[str | None, typer.Option(help="instructor mode: tools, json_schema or json.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds per LLM request.")] = None,
    max_retries: Annotated[int | None, typer.Option(help="Retries per LLM request.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", metavar="", help="Neither read nor write the LLM response cache.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, help="Articles in flight at once.")] = 1,
    min_overlap: Annotated[float, typer.Option(min=0.01, max=1.0, help="Share of a gold quote a prediction must cover.")] = DEFAULT_MIN_OVERLAP,
    format: Annotated[EvalFormat, typer.Option("--format", "-f", help="How to print the results.")] = EvalFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the full JSON run here (for eval compare).")] = None,
    report: Annotated[Path | None, typer.Option(help="Write a standalone HTML report here.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Baseline file to compare with (or update, with --save-baseline).")] = None,
    tolerance: Annotated[float | None, typer.Option(help="Allowed drop below the baseline (absolute); default: the file's (0.01).")] = None,
    fail_under: Annotated[list[str] | None, typer.Option("--fail-under", help="METRIC=MIN, e.g. quotes.f1=0.9 (repeatable).")] = None,
    save_baseline: Annotated[bool, typer.Option("--save-baseline", metavar="", help="Write this run's numbers into --baseline (default evals/baseline.json).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
    group_by: Annotated[str | None, typer.Option("--group-by", help="Also break totals down by this gold field (e.g. publisher).")] = None,
    save_predictions: Annotated[Path | None, typer.Option("--save-predictions", help="Write the engine's results here (JSONL) to rescore later with --predictions.")] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Score only gold articles whose id matches this glob (repeatable), e.g. 'polnear:dev:nyt*'.")] = None,
    scope: Annotated[str | None, typer.Option("--scope", help="What the engine reports: statements (speech acts, the default) or attributions (beliefs and perceptions too, as PolNeAR counts them). Env: EXTRACTOR_SCOPE.")] = None,
) -> None:
    """Score extraction against gold: quotes (GGT's 30%-overlap rule), speakers, accused, claims.

    Without --predictions, runs the engine (offline unless --model) over the gold articles.
    """
    if ctx.invoked_subcommand is not None:
        return
    options = {name: value for name, value in locals().items() if name != "ctx"}  # every option, by name
    options["fail_under"] = fail_under or []
    options["only"] = only or []
    try:
        _evaluate_command(**options)
    except ExtractorError as error:
        _error(error)


def _write(path: Path, text: str) -> None:
    """Write a file the user asked for; a failure is one clear InputError, not a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _evaluate_command(*, gold: Path | None, predictions: Path | None, model: str | None, base_url: str | None, mode: str | None,
                      timeout: float | None, max_retries: int | None, no_cache: bool, concurrency: int, min_overlap: float,
                      format: EvalFormat, output: Path | None, report: Path | None, baseline: Path | None, tolerance: float | None,
                      fail_under: list[str], save_baseline: bool, quiet: bool, group_by: str | None,
                      save_predictions: Path | None, only: list[str], scope: str | None = None) -> None:
    from extractor.evaluation.gold import load_gold, load_predictions

    gold = _check_eval_options(gold, predictions, model, scope, save_predictions)
    thresholds = gate.parse_thresholds(fail_under)
    gold_articles = load_gold(gold)
    if only:
        gold_articles = [g for g in gold_articles if any(fnmatch.fnmatchcase(g.id, pattern) for pattern in only)]
        if not gold_articles:
            raise InputError(f"--only {' '.join(only)}: no gold article id matches")
    warnings: list[str] = []  # articles the engine failed on (exit 6)
    load_notes: list[str] = []  # defaults given to partial predictions (informational)
    run_scope: str | None = None
    if predictions is not None:
        results = load_predictions(predictions, warnings=load_notes, gold=gold_articles)
        if only:  # predictions for the articles left out are expected, not worth a warning
            kept = {g.id for g in gold_articles}
            results = [r for r in results if r.id is None or r.id in kept]
    else:
        settings_kwargs: dict[str, Any] = {"model": model, "base_url": base_url, "mode": mode, "timeout": timeout, "max_retries": max_retries, "scope": scope}
        if no_cache:
            settings_kwargs["cache"] = False
        from extractor.config import resolve_settings

        run_scope = resolve_settings(**settings_kwargs).scope  # flag > EXTRACTOR_SCOPE > pyproject
        results, warnings = _run_engine(gold_articles, settings_kwargs, concurrency, quiet)
        if save_predictions is not None:
            _write(save_predictions, "".join(r.to_json(indent=None) + "\n" for r in results))
    evaluation: Evaluation = evaluate(gold_articles, results, min_overlap=min_overlap)
    evaluation.warnings[:0] = load_notes + warnings
    evaluation.group_by = group_by
    evaluation.info.update({"gold": str(gold), "predictions": str(predictions) if predictions else None, "scope": run_scope})
    run = evaluation.to_dict()

    if output is not None:
        _write(output, json.dumps(run, indent=2, ensure_ascii=False) + "\n")
    if report is not None:
        from extractor.evaluation.report import render_report

        _write(report, render_report(evaluation, title=f"extractor eval · {gate.gold_key(gold)}"))
    _print_run(run, format)
    for warning in evaluation.warnings:
        _stderr.print(Text.assemble(("warning:", "yellow"), f" {warning}"))

    if save_baseline:
        path = baseline or Path("evals/baseline.json")
        entry = gate.save_baseline(run, path, gold)
        _stderr.print(f"baseline for {entry['gold']} ({entry['engine']}) saved to {path}", highlight=False)
        gate.raise_if_failed(gate.check_thresholds(run, thresholds), "below --fail-under")
        return
    failures = gate.check_thresholds(run, thresholds)
    if baseline is not None:
        failures += gate.check_baseline(run, baseline, gold, tolerance=tolerance)
    gate.raise_if_failed(failures, f"evaluation of {gate.gold_key(gold)} fell short")
    if warnings:
        # Articles the engine failed on were scored as empty: the numbers stand, but the run
        # is not clean (exit 6, as for a corpus run with failed records).
        _stderr.print(Text.assemble(("error:", "bold red"), f" {len(warnings)} article(s) failed to extract and were scored as empty"))
        raise typer.Exit(6)


def _check_eval_options(
    gold: Path | None, predictions: Path | None, model: str | None, scope: str | None, save_predictions: Path | None
) -> Path:
    """The gold path, or InputError for a missing gold set or options that contradict each other."""
    if gold is None:
        raise InputError("give the gold set: extractor eval --gold evals/gold (or a .jsonl), or use: extractor eval compare A.json B.json")
    if predictions is not None and model is not None:
        raise InputError("--predictions scores saved results; --model runs an engine: give one, not both")
    if predictions is not None and scope is not None:
        raise InputError("--scope decides what an engine run reports; with --predictions nothing runs")
    if predictions is not None and save_predictions is not None:
        raise InputError("--save-predictions saves what an engine run produces; with --predictions nothing runs")
    return gold


def _print_run(run: dict[str, Any], format: EvalFormat) -> None:
    """The run on stdout: JSON, Markdown or a table."""
    if format is EvalFormat.json:
        typer.echo(json.dumps(run, ensure_ascii=False))
    elif format is EvalFormat.markdown:
        typer.echo(_markdown(run), nl=False)
    else:
        _print_table(run)


@eval_app.command("compare")
def compare(
    run_a: Annotated[Path, typer.Argument(help="A run saved with extractor eval --output (or --format json).")],
    run_b: Annotated[Path, typer.Argument(help="The run to compare with A.")],
    fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression", metavar="", help="Exit 5 when B is worse than A by more than --tolerance.")] = False,
    tolerance: Annotated[float, typer.Option(help="Allowed drop (absolute) with --fail-on-regression.")] = gate.DEFAULT_TOLERANCE,
    format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    top: Annotated[int, typer.Option(help="Show the articles whose quote F1 changed most.")] = 10,
) -> None:
    """Compare two saved eval runs metric by metric (B - A), and the articles that changed most."""
    try:
        a, b = gate.load_run(run_a), gate.load_run(run_b)
        rows = gate.compare_runs(a, b)
        per_a = {x["id"]: x for x in a.get("articles", [])}
        changes = sorted(
            (
                (x["id"], get_metric(per_a[x["id"]], "quotes.f1"), get_metric(x, "quotes.f1"))
                for x in b.get("articles", [])
                if x["id"] in per_a
            ),
            key=lambda c: -abs((c[2] or 0) - (c[1] or 0)),
        )
        changes = [c for c in changes if (c[2] or 0) != (c[1] or 0)][:top]
        delta = gate.quote_f1_delta(a, b)
        if format is EvalFormat.json:
            typer.echo(json.dumps({
                "a": str(run_a), "b": str(run_b), "quotes_f1_delta": delta,
                "metrics": {k: {"a": va, "b": vb, "delta": None if d is None else round(d, 4)} for k, va, vb, d in rows},
                "articles": [{"id": i, "a": fa, "b": fb} for i, fa, fb in changes],
            }))
        elif format is EvalFormat.markdown:
            typer.echo(f"| metric | {run_a.name} | {run_b.name} | Δ |\n|---|---:|---:|---:|")
            for k, va, vb, d in rows:
                typer.echo(f"| {k} | {_fmt(va)} | {_fmt(vb)} | {'–' if d is None else f'{d:+.3f}'} |")
        else:
            console = _console()
            console.print(f"A = {run_a} · engine {a.get('engine')}")
            console.print(f"B = {run_b} · engine {b.get('engine')}")
            table = Table()
            for column in ("metric", "A", "B", "B - A"):
                table.add_column(column, justify="left" if column == "metric" else "right")
            for k, va, vb, d in rows:
                style = "" if d is None or abs(d) < 1e-9 else ("green" if d > 0 else "red")
                table.add_row(k, _fmt(va), _fmt(vb), Text("–" if d is None else f"{d:+.3f}", style=style))
            console.print(table)
            if delta is not None:
                verdict = "significant" if delta["significant"] else "within resampling noise"
                console.print(
                    f"quote F1 change, 95% paired bootstrap interval over {delta['articles']} articles: "
                    f"[{delta['ci95'][0]:+.3f}, {delta['ci95'][1]:+.3f}] ({verdict})"
                )
            if changes:
                art = Table(title="articles whose quote F1 changed most", title_justify="left")
                for column in ("article", "A", "B"):
                    art.add_column(column, overflow="fold")
                for i, fa, fb in changes:
                    art.add_row(i, _fmt(fa), _fmt(fb))
                console.print(art)
        if a.get("min_overlap") != b.get("min_overlap") or a.get("gold") != b.get("gold"):
            _stderr.print(Text.assemble(("warning:", "yellow"), " the runs differ in gold set or min_overlap; the numbers are not comparable"))
        if fail_on_regression:
            fallen = [
                f"{k} fell from {va:.4f} to {vb:.4f} (-{va - vb:.4f}, tolerance {tolerance})"
                for k, va, vb, d in rows
                if d is not None and va is not None and vb is not None and d < -tolerance - 1e-9
            ]
            gate.raise_if_failed(fallen, "B is worse than A")
    except ExtractorError as error:
        _error(error)


__all__ = ["eval_app", "HEADLINE_METRICS"]
