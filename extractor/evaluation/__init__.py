"""Gold-label evaluation: load gold sets, score predictions, report, gate CI on a baseline.

Usage (the quote rule is GGT's: a predicted span covering >= 30% of a gold quote finds it):

>>> from extractor import Extractor
>>> from extractor.evaluation import load_gold, evaluate
>>> gold = load_gold("evals/gold")                       # or "../shared/evaldata/polnear_dev.jsonl"
>>> ex = Extractor()                                     # offline engine
>>> predictions = [ex.extract(g.text, id=g.id) for g in gold]
>>> ev = evaluate(gold, predictions)                     # min_overlap=0.3 by default
>>> ev.metric("quotes.f1"), ev.metric("speakers.accuracy"), ev.metric("accused.f1")
>>> ev.to_dict()["articles"][0]["missed_quotes"]         # what was missed, per article
>>> from extractor.evaluation import render_report
>>> open("/tmp/report.html", "w").write(render_report(ev))

Metric keys (nested in ``to_dict()``, dotted in `Evaluation.metric` and ``--fail-under``):
quotes.{precision,recall,f1}, quotes.strict.f1 (80% overlap), quotes.macro.f1,
quotes.grounded_rate, quotes.kind_accuracy, quotes.by_kind.<kind>.recall, speakers.accuracy,
speakers.set.f1, accused.{precision,recall,f1}, accused.accusers.f1, claims.f1. Scoring rules:
evals/README.md. Writing gold files: `GoldBuilder` (extractor.evaluation.annotate).
"""

from extractor.evaluation.annotate import GoldBuilder
from extractor.evaluation.gold import gold_as_result, load_gold, load_predictions
from extractor.evaluation.matching import match_spans, name_score, names_agree, normalize_name
from extractor.evaluation.metrics import (
    DEFAULT_MIN_OVERLAP,
    HEADLINE_METRICS,
    STRICT_MIN_OVERLAP,
    ArticleEvaluation,
    Evaluation,
    evaluate,
    evaluate_article,
    get_metric,
)

__all__ = [
    "DEFAULT_MIN_OVERLAP",
    "HEADLINE_METRICS",
    "STRICT_MIN_OVERLAP",
    "ArticleEvaluation",
    "Evaluation",
    "GoldBuilder",
    "evaluate",
    "evaluate_article",
    "get_metric",
    "gold_as_result",
    "load_gold",
    "load_predictions",
    "match_spans",
    "name_score",
    "names_agree",
    "normalize_name",
    "render_report",
]


def render_report(evaluation: Evaluation, *, title: str = "extractor evaluation") -> str:
    """One standalone HTML page (inline CSS): totals, then each article side by side."""
    from extractor.evaluation.report import render_report as _render

    return _render(evaluation, title=title)
