"""The standalone HTML report of an evaluation: one page, inline CSS, no external assets.

Totals first, then each article with the gold quotes and the predicted quotes highlighted side
by side (found / missed / spurious), followed by what was missed and what was spurious. The page
is rendered by Jinja2 with autoescaping on, so article text can never inject markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jinja2 import Environment

from extractor.evaluation.metrics import ArticleEvaluation, Evaluation, get_metric
from extractor.schemas import Result
from extractor.schemas.gold import GoldArticle

_SUMMARY_ROWS = (
    ("Quotes precision", "quotes.precision"),
    ("Quotes recall", "quotes.recall"),
    ("Quotes F1", "quotes.f1"),
    ("Quotes F1 (80% overlap)", "quotes.strict.f1"),
    ("Quotes F1 (macro)", "quotes.macro.f1"),
    ("Grounded rate", "quotes.grounded_rate"),
    ("Kind accuracy", "quotes.kind_accuracy"),
    ("Speaker accuracy", "speakers.accuracy"),
    ("Attribution recall", "speakers.attribution_recall"),
    ("Speaker set F1", "speakers.set.f1"),
    ("Accused F1", "accused.f1"),
    ("Accusers F1", "accused.accusers.f1"),
    ("Claims F1", "claims.f1"),
    ("Claim kind accuracy", "claims.kind_accuracy"),
    ("Claim about recall", "claims.about_recall"),
)


@dataclass
class _Segment:
    text: str
    css: str = ""
    title: str = ""


def _segments(text: str, spans: list[tuple[int, int, str, str]], labels: dict[int, list[str]] | None = None) -> list[_Segment]:
    """Cut the text at every span boundary; each piece takes the first covering span's class.
    ``labels`` (offset -> speaker names) are shown as small tags where a quote ends."""
    labels = labels or {}
    bounds = sorted({0, len(text), *(max(0, min(len(text), p)) for s, e, _, _ in spans for p in (s, e)), *labels})
    out: list[_Segment] = []
    for a, b in zip(bounds, bounds[1:]):
        for label in labels.get(a, []):
            out.append(_Segment(label, "who"))
        if a == b:
            continue
        covering = [(css, title) for s, e, css, title in spans if s <= a and b <= e]
        if covering:
            css = covering[0][0] + (" nested" if len(covering) > 1 else "")
            out.append(_Segment(text[a:b], css, " | ".join(t for _, t in covering)))
        else:
            out.append(_Segment(text[a:b]))
    for label in labels.get(len(text), []):
        out.append(_Segment(label, "who"))
    return out


def _label(labels: dict[int, list[str]], at: int, speaker: str | None) -> None:
    labels.setdefault(at, []).append(f"[{speaker or '?'}]")


def _anchor(article_id: str) -> str:
    # HTML ids must not contain spaces; keep them readable and unique per article id.
    return "a-" + "".join(c if c.isalnum() or c in "-_.:" else "_" for c in article_id)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _article_view(gold: GoldArticle, result: Result | None, article: dict[str, Any], ev_article: ArticleEvaluation) -> dict[str, Any]:
    matched_gold = {g for g, _, _ in ev_article.pairs}
    matched_pred = {p for _, p, _ in ev_article.pairs}
    gold_spans = []
    gold_labels: dict[int, list[str]] = {}
    pred_labels: dict[int, list[str]] = {}
    for i, q in enumerate(gold.quotes):
        _label(gold_labels, q.end, q.speaker)
        verdict = ev_article.speaker_verdicts.get(i)
        state = "found" if i in matched_gold else "missed"
        if verdict is not None and verdict.scored and not verdict.correct:
            state = "wrongspeaker"
        label = f"{q.id} {q.kind} · {q.speaker or 'no speaker'} · {state}"
        for start, end in [(f.start, f.end) for f in q.fragments] or [(q.start, q.end)]:
            gold_spans.append((start, end, state, label))
    pred_spans = []
    if result is not None:
        gold_of = {p: g for g, p, _ in ev_article.pairs}
        for i, predicted in enumerate(result.quotes):
            _label(pred_labels, min(max(predicted.end, 0), len(gold.text)), predicted.speaker)
            state = "found" if i in matched_pred else "spurious"
            verdict = ev_article.speaker_verdicts.get(gold_of.get(i, -1))
            if verdict is not None and verdict.scored and not verdict.correct:
                state = "wrongspeaker"
            pred_spans.append((predicted.start, predicted.end, state, f"{predicted.id} {predicted.kind} · {predicted.speaker or 'no speaker'} · {state}"))
    return {
        "id": gold.id,
        "anchor": _anchor(gold.id),
        "language": gold.language,
        "has_prediction": result is not None,
        "metrics": [
            ("quotes P/R/F1", f"{_fmt(get_metric(article, 'quotes.precision'))} / {_fmt(get_metric(article, 'quotes.recall'))} / {_fmt(get_metric(article, 'quotes.f1'))}"),
            ("speaker accuracy", _fmt(get_metric(article, "speakers.accuracy"))),
            ("accused F1", _fmt(get_metric(article, "accused.f1"))),
            ("claims F1", _fmt(get_metric(article, "claims.f1"))),
        ],
        "gold_segments": _segments(gold.text, gold_spans, gold_labels),
        "pred_segments": _segments(gold.text, pred_spans, pred_labels),
        "missed": article.get("missed_quotes", []),
        "spurious": article.get("spurious_quotes", []),
        "wrong_speakers": article.get("wrong_speakers", []),
        "lists": [
            ("Missed speakers", ev_article.speaker_set_missed),
            ("Spurious speakers", ev_article.speaker_set_spurious),
            ("Missed accused", ev_article.accused_missed),
            ("Spurious accused", ev_article.accused_spurious),
            ("Missed claims", ev_article.claims_missed),
            ("Spurious claims", ev_article.claims_spurious),
        ],
    }


_TEMPLATE = """{% macro seg(s) %}{% if s.css == "who" %}<span class="who">{{ s.text }}</span>{% elif s.css %}<mark class="{{ s.css }}" title="{{ s.title }}">{{ s.text }}</mark>{% else %}{{ s.text }}{% endif %}{% endmacro %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem auto;max-width:1400px;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.5rem;border-top:2px solid #ddd;padding-top:1rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.text{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;padding:.75rem;background:#fcfcfc;max-height:36rem;overflow:auto}
mark{padding:0 1px;border-radius:2px}
mark.found{background:#c8f0c8}mark.missed{background:#ffc9c9}mark.spurious{background:#ffe08a}
mark.wrongspeaker{background:#d9c8ff}mark.nested{outline:1px dashed #555}
.who{font-size:.75em;color:#225;background:#eef;border-radius:3px;padding:0 3px;margin:0 2px;white-space:nowrap}
.legend mark{margin-right:.6rem}.meta{color:#555}.warn{color:#a33}
ul.items li{margin:.2rem 0}code{font-size:.9em}
</style></head><body>
<h1>{{ title }}</h1>
<p class="meta">gold: <code>{{ info.gold or "–" }}</code> · predictions: <code>{{ info.predictions or info.engine or "–" }}</code>
 · engine: <code>{{ engine or "–" }}</code> · articles: {{ n_articles }} · min overlap: {{ min_overlap }}</p>
{% for w in warnings %}<p class="warn">{{ w }}</p>{% endfor %}
<table><tr><th>metric</th><th>value</th></tr>
{% for label, value in summary %}<tr><td>{{ label }}</td><td class="num">{{ value }}</td></tr>{% endfor %}
</table>
{% if by_kind %}<table><tr><th>kind</th><th>gold</th><th>found</th><th>recall</th><th>predicted</th><th>correct</th><th>precision</th></tr>
{% for kind, k in by_kind.items() %}<tr><td>{{ kind }}</td><td class="num">{{ k.gold }}</td><td class="num">{{ k.found }}</td><td class="num">{{ fmt(k.recall) }}</td>
<td class="num">{{ k.predicted }}</td><td class="num">{{ k.correct }}</td><td class="num">{{ fmt(k.precision) }}</td></tr>{% endfor %}</table>{% endif %}
{% if by_cue_type %}<table><tr><th>cue type</th><th>predicted</th><th>correct</th><th>precision</th></tr>
{% for name, k in by_cue_type.items() %}<tr><td>{{ name }}</td><td class="num">{{ k.predicted }}</td><td class="num">{{ k.correct }}</td><td class="num">{{ fmt(k.precision) }}</td></tr>{% endfor %}</table>{% endif %}
{% if by_cue %}<table><tr><th>cue (top {{ by_cue|length }})</th><th>predicted</th><th>correct</th><th>precision</th></tr>
{% for name, k in by_cue.items() %}<tr><td>{{ name }}</td><td class="num">{{ k.predicted }}</td><td class="num">{{ k.correct }}</td><td class="num">{{ fmt(k.precision) }}</td></tr>{% endfor %}</table>{% endif %}
{% if by_gold_cue %}<table><tr><th>gold cue (top {{ by_gold_cue|length }})</th><th>gold</th><th>found</th><th>recall</th></tr>
{% for name, k in by_gold_cue.items() %}<tr><td>{{ name }}</td><td class="num">{{ k.gold }}</td><td class="num">{{ k.found }}</td><td class="num">{{ fmt(k.recall) }}</td></tr>{% endfor %}</table>{% endif %}
{% if claim_kinds %}<table><tr><th>claim kind: gold ↓ predicted →</th>{% for kind in claim_pred_kinds %}<th>{{ kind }}</th>{% endfor %}<th>recall</th></tr>
{% for gold_kind, row in claim_kinds.items() %}<tr><td>{{ gold_kind }}</td>{% for kind in claim_pred_kinds %}<td class="num">{{ row.get(kind, 0) }}</td>{% endfor %}<td class="num">{{ fmt(claim_by_kind[gold_kind].recall) }}</td></tr>{% endfor %}</table>{% endif %}
{% if by_language|length > 1 %}<table><tr><th>language</th><th>articles</th><th>quotes F1</th><th>speaker accuracy</th></tr>
{% for lang, v in by_language.items() %}<tr><td>{{ lang }}</td><td class="num">{{ v.n_articles }}</td><td class="num">{{ fmt(v.quotes.f1) }}</td><td class="num">{{ fmt(v.speakers.accuracy) }}</td></tr>{% endfor %}</table>{% endif %}
{% if articles|length > 1 %}<details open><summary>Articles, weakest quote F1 first</summary><table><tr><th>article</th><th>gold</th><th>predicted</th><th>matched</th><th>quote F1</th><th>speaker accuracy</th></tr>
{% for row in index %}<tr><td><a href="#{{ row.anchor }}">{{ row.id }}</a></td><td class="num">{{ row.gold }}</td><td class="num">{{ row.predicted }}</td><td class="num">{{ row.matched }}</td><td class="num">{{ row.f1 }}</td><td class="num">{{ row.speakers }}</td></tr>{% endfor %}</table></details>{% endif %}
<p class="legend"><mark class="found">found</mark><mark class="missed">missed</mark><mark class="wrongspeaker">found, wrong speaker</mark><mark class="spurious">spurious</mark></p>
{% for a in articles %}
<h2 id="{{ a.anchor }}">{{ a.id }} <span class="meta">({{ a.language }})</span></h2>
<p class="meta">{% for label, value in a.metrics %}{{ label }}: <b>{{ value }}</b>{% if not loop.last %} · {% endif %}{% endfor %}
{% if not a.has_prediction %} · <span class="warn">no prediction for this article</span>{% endif %}</p>
<div class="cols"><div><h3>Gold</h3><div class="text">{% for s in a.gold_segments %}{{ seg(s) }}{% endfor %}</div></div>
<div><h3>Predicted</h3><div class="text">{% for s in a.pred_segments %}{{ seg(s) }}{% endfor %}</div></div></div>
{% if a.missed %}<h3>Missed quotes ({{ a.missed|length }})</h3><ul class="items">{% for q in a.missed %}<li><code>{{ q.start }}–{{ q.end }}</code> {{ q.speaker or "no speaker" }}: {{ q.text }}</li>{% endfor %}</ul>{% endif %}
{% if a.spurious %}<h3>Spurious quotes ({{ a.spurious|length }})</h3><ul class="items">{% for q in a.spurious %}<li><code>{{ q.start }}–{{ q.end }}</code> {{ q.speaker or "no speaker" }}: {{ q.text }}</li>{% endfor %}</ul>{% endif %}
{% if a.wrong_speakers %}<h3>Wrong speakers ({{ a.wrong_speakers|length }})</h3><ul class="items">{% for w in a.wrong_speakers %}<li><code>{{ w.start }}–{{ w.end }}</code> {{ w.text }} — gold: {{ w.gold|join(", ") }} · predicted: {{ w.predicted|join(", ") or "none" }}</li>{% endfor %}</ul>{% endif %}
{% for label, items in a.lists %}{% if items %}<h3>{{ label }} ({{ items|length }})</h3><ul class="items">{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>{% endif %}{% endfor %}
{% endfor %}
</body></html>
"""

#: Cue rows shown in the report (the JSON run keeps every cue).
CUE_ROWS = 20

_ENV = Environment(autoescape=True, trim_blocks=False, lstrip_blocks=False)


def render_report(evaluation: Evaluation, *, title: str = "extractor evaluation") -> str:
    """The evaluation as one standalone HTML page."""
    data = evaluation.to_dict()
    gold_by_id = {g.id: g for g in evaluation.gold}
    articles = [
        _article_view(gold_by_id[ev.id], evaluation.predictions.get(ev.id), article, ev)
        for ev, article in zip(evaluation.articles, data["articles"])
    ]
    claim_kinds = (data["claims"] or {}).get("kind_confusion", {})
    return _ENV.from_string(_TEMPLATE).render(
        title=title,
        info=evaluation.info,
        engine=data.get("engine"),
        n_articles=data["n_articles"],
        min_overlap=data["min_overlap"],
        warnings=data["warnings"],
        summary=[(label, _fmt(get_metric(data, key))) for label, key in _SUMMARY_ROWS],
        by_kind=data["quotes"]["by_kind"],
        by_cue_type=data["quotes"].get("by_cue_type", {}),
        by_cue=dict(list(data["quotes"].get("by_cue", {}).items())[:CUE_ROWS]),
        by_gold_cue=dict(list(data["quotes"].get("by_gold_cue", {}).items())[:CUE_ROWS]),
        claim_kinds=claim_kinds,
        claim_pred_kinds=sorted({kind for row in claim_kinds.values() for kind in row}),
        claim_by_kind=(data["claims"] or {}).get("by_kind", {}),
        fmt=_fmt,
        articles=articles,
        by_language=data["by_language"],
        index=[
            {"id": a["id"], "anchor": _anchor(a["id"]), "gold": a["quotes"]["gold"], "predicted": a["quotes"]["predicted"],
             "matched": a["quotes"]["matched"], "f1": _fmt(a["quotes"]["f1"]), "speakers": _fmt(a["speakers"]["accuracy"])}
            for a in sorted(data["articles"], key=lambda a: (a["quotes"]["f1"], a["id"]))
        ],
    )
