"""CI gates: --fail-under thresholds and the committed baseline (evals/baseline.json).

The baseline file holds, per gold set / engine / min_overlap / scope, the headline metrics of a run and
a tolerance; a run fails when a metric falls more than the tolerance below its baseline value.
Only totals are stored, never article text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractor.errors import ConfigError, EvalThresholdError, InputError
from extractor.evaluation.metrics import HEADLINE_METRICS, get_metric, paired_bootstrap_delta

DEFAULT_TOLERANCE = 0.01


def gold_key(gold: str | Path) -> str:
    """How a gold set is named in the baseline: its file or directory name (``gold`` for
    evals/gold, ``polnear_dev.jsonl``), so the same set matches from any working directory."""
    return Path(os.path.normpath(str(gold))).name


def engine_key(engine: Any) -> Any:
    """How an engine is named in the baseline: the offline engine by family ("offline"), so a
    rules or model version bump is compared with the previous numbers instead of finding no
    entry; LLM engines by their full name (model and endpoint), since different models are
    different baselines."""
    if isinstance(engine, str) and engine.startswith("offline"):
        return "offline"
    return engine


def parse_thresholds(items: Iterable[str]) -> dict[str, float]:
    """``["quotes.f1=0.9", "speakers.accuracy=0.85"]`` -> {key: value}; bad items are an InputError."""
    thresholds: dict[str, float] = {}
    for item in items:
        key, sep, value = item.partition("=")
        try:
            if not sep or not key.strip():
                raise ValueError
            thresholds[key.strip()] = float(value)
        except ValueError:
            raise InputError(f"--fail-under {item!r}: expected METRIC=NUMBER, e.g. quotes.f1=0.9") from None
    return thresholds


def check_thresholds(run: Mapping[str, Any], thresholds: Mapping[str, float]) -> list[str]:
    """One message per threshold not met (a missing/null metric is a failure too)."""
    failures = []
    for key, minimum in thresholds.items():
        value = get_metric(run, key)
        if value is None:
            failures.append(f"{key} is not available for this gold set (cannot check >= {minimum})")
        elif value < minimum - 1e-9:
            failures.append(f"{key} = {value:.4f} is below the threshold {minimum:.4f} (short by {minimum - value:.4f})")
    return failures


def _load(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"tolerance": DEFAULT_TOLERANCE, "runs": []}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the baseline ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        raise InputError(f"{path}: not a baseline file (expected an object with a 'runs' list)")
    return data


def _find(data: Mapping[str, Any], gold: str, engine: Any, min_overlap: float, scope: str | None = None) -> dict[str, Any] | None:
    """The entry for this gold set, engine, min_overlap and scope. An entry saved before runs
    had a scope (no ``scope`` key) stands for any scope, so an old baseline keeps gating until
    it is regenerated."""
    for entry in data["runs"]:
        if (
            entry.get("gold") == gold
            and entry.get("engine") == engine
            and abs(entry.get("min_overlap", -1) - min_overlap) < 1e-9
            and (entry.get("scope") is None or scope is None or entry.get("scope") == scope)
        ):
            return entry
    return None


def _exact(entry: Mapping[str, Any], gold: str, engine: Any, min_overlap: float, scope: str | None) -> bool:
    """Whether ``entry`` is the one a new entry with these keys replaces (same scope, or both without one)."""
    return (
        entry.get("gold") == gold
        and entry.get("engine") == engine
        and abs(entry.get("min_overlap", -1) - min_overlap) < 1e-9
        and entry.get("scope") == scope
    )


def check_baseline(run: Mapping[str, Any], baseline: str | Path, gold: str | Path, *, tolerance: float | None = None) -> list[str]:
    """Messages for every headline metric more than the tolerance below the baseline entry of
    this gold set, engine and min_overlap. No entry at all is a ConfigError (say how to make one)."""
    path = Path(baseline)
    if not path.exists():
        raise ConfigError(f"{path}: no baseline file; create it with --save-baseline")
    data = _load(path)
    key = gold_key(gold)
    scope = run.get("scope")
    # Prefer the entry of this very scope over a scope-less (older) one.
    entry = next((e for e in data["runs"] if _exact(e, key, engine_key(run.get("engine")), run["min_overlap"], scope)), None) if scope else None
    entry = entry or _find(data, key, engine_key(run.get("engine")), run["min_overlap"], scope)
    if entry is None:
        raise ConfigError(
            f"{path}: no baseline for gold {key!r}, engine {engine_key(run.get('engine'))!r}, min_overlap {run['min_overlap']}"
            + (f", scope {scope}" if scope else "")
            + "; create it with --save-baseline"
        )
    tol = data.get("tolerance", DEFAULT_TOLERANCE) if tolerance is None else tolerance
    failures = []
    for metric, expected in entry["metrics"].items():
        if expected is None:
            continue
        value = get_metric(run, metric)
        if value is None:
            failures.append(f"{metric} is missing from this run (baseline {expected:.4f})")
        elif value < expected - tol - 1e-9:
            failures.append(f"{metric} fell from {expected:.4f} to {value:.4f} (-{expected - value:.4f}, tolerance {tol})")
    return failures


def save_baseline(run: Mapping[str, Any], baseline: str | Path, gold: str | Path) -> dict[str, Any]:
    """Write (or replace) this run's entry in the baseline file; return the entry."""
    path = Path(baseline)
    data = _load(path)
    key = gold_key(gold)
    entry = {
        "gold": key,
        "engine": engine_key(run.get("engine")),
        "engine_detail": run.get("engine"),
        "min_overlap": run["min_overlap"],
        "scope": run.get("scope"),
        "n_articles": run["n_articles"],
        "saved": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "metrics": {m: get_metric(run, m) for m in HEADLINE_METRICS},
    }
    # Replaces the entry of the same scope, and a scope-less (older) entry for the same run.
    data["runs"] = [
        e for e in data["runs"]
        if not _exact(e, key, entry["engine"], entry["min_overlap"], entry["scope"]) and not _exact(e, key, entry["engine"], entry["min_overlap"], None)
    ]
    data["runs"].append(entry)
    data["runs"].sort(key=lambda e: (e["gold"], str(e["engine"]), e["min_overlap"], str(e.get("scope"))))
    data.setdefault("tolerance", DEFAULT_TOLERANCE)
    data.setdefault(
        "about",
        "Headline metrics CI must not fall below (more than `tolerance`, absolute). "
        "Regenerate: extractor eval --gold GOLD --baseline evals/baseline.json --save-baseline",
    )
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)  # atomic: a crash never leaves half a baseline
    except OSError as exc:
        raise InputError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None
    return entry


def raise_if_failed(failures: list[str], what: str) -> None:
    if failures:
        raise EvalThresholdError(f"{what}: " + "; ".join(failures))


def compare_runs(a: Mapping[str, Any], b: Mapping[str, Any], metrics: Iterable[str] = HEADLINE_METRICS) -> list[tuple[str, float | None, float | None, float | None]]:
    """(metric, A, B, B - A) for every metric."""
    rows = []
    for key in metrics:
        va, vb = get_metric(a, key), get_metric(b, key)
        rows.append((key, va, vb, None if va is None or vb is None else vb - va))
    return rows


def quote_f1_delta(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any] | None:
    """Paired bootstrap of quote F1(B) - F1(A) over the articles both runs scored: is the change
    larger than what resampling the articles alone would produce?"""
    by_id = {x["id"]: x["quotes"] for x in a.get("articles", [])}
    pairs = [(by_id[x["id"]], x["quotes"]) for x in b.get("articles", []) if x["id"] in by_id]
    counts = lambda q: (q["matched"], q["predicted"], q["gold"])  # noqa: E731
    ci = paired_bootstrap_delta([counts(qa) for qa, _ in pairs], [counts(qb) for _, qb in pairs])
    if ci is None:
        return None
    return {"articles": len(pairs), "ci95": ci, "significant": ci[0] > 0 or ci[1] < 0}


def load_run(path: str | Path) -> dict[str, Any]:
    """A run saved by ``extractor eval --output`` or ``--format json``."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{p}: not an eval run ({exc})") from None
    if not isinstance(data, dict) or "quotes" not in data or "min_overlap" not in data:
        raise InputError(f"{p}: not an eval run (save one with extractor eval --output RUN.json)")
    return data
