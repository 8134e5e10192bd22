"""The corpus report: one standalone HTML page (inline CSS, JS and data; no CDN, works offline).

Aggregation happens in Python (`Corpus`); the page receives compact JSON capped in size — the
graph draws at most `GRAPH_NODE_CAP` nodes (the most connected) and the claims table holds at most
`CLAIM_CAP` rows, and the page says so — so 10,000 results still give a page that opens quickly.

The graph is drawn by Cytoscape.js 3.35.0 (``npm pack cytoscape``, its ``dist/cytoscape.min.js``), vendored
in ``vendor/`` with its MIT licence. Why it: it is
maintained (the Cytoscape Consortium, releases every few months), has no dependencies, ships one
minified file, and gives pan, zoom, click events and a force-directed layout (``cose``) out of the
box; vis-network, the other candidate, is larger and bundles more than a graph needs here.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

if TYPE_CHECKING:
    from extractor.corpus.model import Corpus

_HERE = Path(__file__).parent
VENDORED_JS = _HERE / "vendor" / "cytoscape.min.js"

#: Most nodes the accusation graph draws (the most connected); the page says when it cut.
GRAPH_NODE_CAP = 150
#: Most accusations listed for one clicked node.
NODE_DETAIL_CAP = 40
#: Most claims shipped to the page's table.
CLAIM_CAP = 5000
#: Speakers in the bar chart.
TOP_SPEAKERS = 25
#: Rows of the merge-decision table.
MERGE_CAP = 500
#: Characters of an evidence quote shown on the page.
QUOTE_CHARS = 400


def _short(text: str | None, limit: int = QUOTE_CHARS) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _graph_data(corpus: Corpus, link: Any) -> dict[str, Any]:
    edges = corpus.edge_rows()
    nodes = corpus.consolidation.nodes
    degree: Counter = Counter()
    for edge in edges:
        degree[edge["source"]] += edge["weight"]
        degree[edge["target"]] += edge["weight"]
    # Accused parties with no known accuser are nodes too (they answer "who is accused").
    for row in corpus.accusation_rows:
        degree[row["accused_node"]] += 0
    ranked = sorted(degree, key=lambda n: (-degree[n], nodes[n].name.casefold()))
    shown = set(ranked[:GRAPH_NODE_CAP])
    shown_edges = [e for e in edges if e["source"] in shown and e["target"] in shown]
    accused_count = Counter(r["accused_node"] for r in corpus.accusation_rows)
    accuses_count = Counter(r["accuser_node"] for r in corpus.accusation_rows if r["accuser_node"])
    details: dict[str, list] = defaultdict(list)
    for row in corpus.accusation_rows:
        index = corpus.key_index[row["article"]]
        item = {
            "accuser": row["accuser"] or "(unknown accuser)",
            "accused": row["accused"],
            "accusation": _short(row["accusation"], 200),
            "article": row["article"],
            "href": link(index),
            "quotes": [[q, _short(t)] for q, t in zip(row["quote_ids"], row["quotes"])],
        }
        for node_id in {row["accuser_node"], row["accused_node"]}:
            if node_id in shown and len(details[node_id]) < NODE_DETAIL_CAP:
                details[node_id].append(item)
    return {
        "nodes": [
            {"id": n, "label": nodes[n].name, "kind": nodes[n].kind, "accused": accused_count[n], "accuses": accuses_count[n], "articles": len(nodes[n].articles)}
            for n in ranked[:GRAPH_NODE_CAP]
        ],
        "edges": [{"source": e["source"], "target": e["target"], "weight": e["weight"]} for e in shown_edges],
        "total_nodes": len(degree),
        "total_edges": len(edges),
        "cap": GRAPH_NODE_CAP,
        "details": details,
        "detail_cap": NODE_DETAIL_CAP,
    }


def _claims_data(corpus: Corpus) -> dict[str, Any]:
    rows = [
        [corpus.key_index[r["article"]], r["kind"], r["claimant"] or "", "; ".join(a for a in r["about"] if a), _short(r["text"], 300), int(r["hedged"])]
        for r in corpus.claim_rows[:CLAIM_CAP]
    ]
    return {"rows": rows, "total": len(corpus.claim_rows), "cap": CLAIM_CAP, "kinds": sorted({r["kind"] for r in corpus.claim_rows})}


def report_data(corpus: Corpus, *, article_links: str | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain data (also what the tests inspect)."""

    def link(index: int) -> str | None:
        return f"{article_links.rstrip('/')}/{corpus.article_file(index)}" if article_links else None

    speakers = corpus.speaker_rows()
    quotes_per_article = Counter(row["article"] for row in corpus.quote_rows)
    merges = corpus.merge_rows()
    return {
        "summary": corpus.summary(),
        "speakers": speakers[:TOP_SPEAKERS],
        "speaker_total": len(speakers),
        "graph": _graph_data(corpus, link),
        "claims": _claims_data(corpus),
        "articles": [
            {"key": key, "language": r.language, "engine": r.engine, "quotes": quotes_per_article[key], "accused": len(r.accused), "claims": len(r.claims), "href": link(i), "source": r.meta.source}
            for i, (key, r) in enumerate(zip(corpus.keys, corpus.results))
        ],
        "article_keys": corpus.keys,
        "article_links": [link(i) for i in range(len(corpus.keys))],
        "merges": [{**m, "surfaces": m["surfaces"][:30]} for m in merges[:MERGE_CAP]],
        "merge_total": len(merges),
    }


def _script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no "</" can close the element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/").replace("<!--", "<\\!--")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_HERE)),
        autoescape=True,  # names and quotes come from articles and models: untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    return {
        "cytoscape": VENDORED_JS.read_text(encoding="utf-8"),
        "script": (_HERE / "report.js").read_text(encoding="utf-8"),
        "style": (_HERE / "report.css").read_text(encoding="utf-8"),
    }


def render_report(corpus: Corpus, *, title: str = "extractor corpus report", article_links: str | None = None) -> str:
    """The standalone report page of ``corpus`` (see the module docstring)."""
    from extractor.corpus.model import gc_paused

    assets = _assets()
    with gc_paused():
        data = report_data(corpus, article_links=article_links)
        return _environment().get_template("report.html.j2").render(
            title=title,
            data=data,
            payload=_markup(_script_json({k: data[k] for k in ("graph", "claims", "article_keys", "article_links")})),
            cytoscape=_markup(assets["cytoscape"].replace("</script", "<\\/script")),
            script=_markup(assets["script"]),
            style=_markup(assets["style"]),
            max_bar=max((s["quotes"] for s in data["speakers"]), default=1),
        )


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)


__all__ = ["CLAIM_CAP", "GRAPH_NODE_CAP", "VENDORED_JS", "render_report", "report_data"]
