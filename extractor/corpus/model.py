"""`Corpus`: many results read as one body — who is quoted, who accuses whom of what, which claims.

Everything is aggregated in plain Python once, at construction (entity consolidation included, see
`extractor.corpus.entities`); the DataFrame methods, the networkx graph and the report page read
those rows. pandas is needed only for the DataFrame methods.
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.corpus.entities import Consolidation, LocalEntity, consolidate, surface_key
from extractor.errors import InputError
from extractor.evaluation.matching import is_pronoun as _is_pronoun
from extractor.evaluation.matching import normalize_name
from extractor.schemas import Result

# Names repeat across a corpus: remember the answer.
is_pronoun = lru_cache(maxsize=65536)(_is_pronoun)

_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def _join(values: Iterable[str]) -> str:
    return "; ".join(v for v in values if v)


class _ArticleEntities:
    """The local entities of one article, found again by any of their surface forms."""

    def __init__(self, article: int, entities: list[LocalEntity]) -> None:
        self.article = article
        self.entities = entities
        self.by_form: dict[str, int] = {}
        self.by_word: dict[str, set[int]] = defaultdict(set)
        self.speaker_entity: dict[str, int] = {}  # speaker id of the result -> entity

    def _index(self, index: int, surfaces: Iterable[str]) -> None:
        for surface in surfaces:
            normal = normalize_name(surface)
            if normal:
                self.by_form.setdefault(normal, index)
                key = surface_key(surface)
                if key is not None and key[0] in ("name", "country"):
                    # a bare surname later in the article finds the full name ("Verdier" -> "Paul Verdier")
                    self.by_word[key[1].split()[-1] if key[0] == "name" else key[1]].add(index)

    def add(self, canonical: str, surfaces: Sequence[str], kind: str) -> int:
        forms = list(dict.fromkeys(s for s in [canonical, *surfaces] if s and s.strip()))
        self.entities.append(LocalEntity(article=self.article, canonical=canonical, surfaces=forms, kind=kind))
        index = len(self.entities) - 1
        self._index(index, forms)
        return index

    def find(self, surfaces: Sequence[str]) -> int | None:
        for surface in surfaces:
            hit = self.by_form.get(normalize_name(surface))
            if hit is not None:
                return hit
        for surface in surfaces:
            key = surface_key(surface)
            if key is None:
                continue
            candidates = self.by_word.get(key[1], set()) if key[0] in ("word", "country") else set()
            if len(candidates) == 1:
                return next(iter(candidates))
        return None

    def find_or_add(self, canonical: str, surfaces: Sequence[str] = (), kind: str = "unknown") -> int:
        forms = [canonical, *surfaces]
        found = self.find(forms)
        if found is None:
            return self.add(canonical, forms, kind)
        entity = self.entities[found]
        new = [s for s in forms if s and s not in entity.surfaces]
        if new:
            entity.surfaces.extend(new)
            self._index(found, new)
        if entity.kind == "unknown" and kind != "unknown":
            entity.kind = kind
        return found

    def add_speakers(self, result: Result) -> None:
        """One entity per speaker of the result, found again by its speaker id."""
        self.speaker_entity = {s.id: self.add(s.name, s.aliases, s.kind) for s in result.speakers}

    def for_speaker(self, ids: Sequence[str], name: str | None, kind: str = "unknown") -> int | None:
        """The entity of the first speaker id known, else of the name given (none for a pronoun)."""
        for speaker_id in ids:
            if speaker_id in self.speaker_entity:
                return self.speaker_entity[speaker_id]
        if name and name.strip() and not is_pronoun(name):
            return self.find_or_add(name.strip(), (), kind)
        return None


def _quote_rows(key: str, result: Result, local: _ArticleEntities) -> list[dict[str, Any]]:
    """One row per quote of the article, its speaker as a local entity (``_speaker``)."""
    return [
        {
            "article": key,
            "quote_id": quote.id,
            "_speaker": local.for_speaker(quote.speaker_ids, quote.speaker),
            "speaker_surface": quote.speaker,
            "kind": quote.kind,
            "text": quote.text,
            "cue": quote.cue,
            "hedged": quote.hedged,
            "start": quote.start,
            "end": quote.end,
            "language": result.language,
        }
        for quote in result.quotes
    ]


def _accusation_rows(key: str, result: Result, local: _ArticleEntities, quote_text: dict[str, str]) -> list[dict[str, Any]]:
    """One row per (accuser, accused party) of the article, both as local entities."""
    rows: list[dict[str, Any]] = []
    for accused in result.accused:
        accused_entity = local.find_or_add(accused.name, accused.aliases, accused.kind)
        accusers: list[tuple[int | None, str | None]] = []
        for position, accuser_id in enumerate(accused.accuser_ids):
            name = accused.accusers[position] if position < len(accused.accusers) else None
            accusers.append((local.for_speaker([accuser_id], name), name))
        for name in accused.accusers[len(accused.accuser_ids) :]:
            accusers.append((local.for_speaker([], name), name))
        evidence = [q for q in accused.quote_ids if q in quote_text]
        for accuser_entity, accuser_name in accusers or [(None, None)]:
            rows.append(
                {
                    "article": key,
                    "accused_id": accused.id,
                    "_accuser": accuser_entity,
                    "accuser_surface": accuser_name,
                    "_accused": accused_entity,
                    "accused_surface": accused.name,
                    "accusation": accused.accusation,
                    "quote_ids": evidence,
                    "quotes": [quote_text[q] for q in evidence],
                }
            )
    return rows


def _claim_rows(key: str, result: Result, local: _ArticleEntities, quote_text: dict[str, str]) -> list[dict[str, Any]]:
    """One row per claim of the article, its claimant and targets as local entities."""
    rows: list[dict[str, Any]] = []
    for claim in result.claims:
        targets = [t for t in claim.about if t and t.strip()]
        rows.append(
            {
                "article": key,
                "claim_id": claim.id,
                "kind": claim.kind,
                "_claimant": local.for_speaker(claim.claimant_ids, claim.claimant),
                "claimant_surface": claim.claimant,
                "_about": [local.find_or_add(t.strip()) for t in targets if not is_pronoun(t)],
                "about_surface": targets,
                "text": claim.text,
                "hedged": claim.hedged,
                "quote_ids": [q for q in claim.quote_ids if q in quote_text],
            }
        )
    return rows


def _name_nodes(
    consolidation: Consolidation,
    quote_rows: list[dict[str, Any]],
    accusation_rows: list[dict[str, Any]],
    claim_rows: list[dict[str, Any]],
) -> None:
    """Replace the rows' local entity indexes by their consolidated nodes' names and ids."""
    node_of = consolidation.node_of
    nodes = consolidation.nodes

    def name(entity: int | None) -> str | None:
        return None if entity is None else nodes[node_of[entity]].name

    def node(entity: int | None) -> str | None:
        return None if entity is None else node_of[entity]

    for row in quote_rows:
        entity = row.pop("_speaker")
        row["speaker"], row["speaker_node"] = name(entity), node(entity)
    for row in accusation_rows:
        accuser, accused = row.pop("_accuser"), row.pop("_accused")
        row["accuser"], row["accuser_node"] = name(accuser), node(accuser)
        row["accused"], row["accused_node"] = name(accused), node(accused)
    for row in claim_rows:
        claimant, about = row.pop("_claimant"), row.pop("_about")
        row["claimant"], row["claimant_node"] = name(claimant), node(claimant)
        row["about"] = list(dict.fromkeys(name(e) for e in about))
        row["about_nodes"] = list(dict.fromkeys(node(e) for e in about))


@dataclass
class Corpus:
    """Results of many articles, with their speakers and accused parties consolidated into nodes.

    >>> c = Corpus.from_jsonl("out.jsonl")
    >>> c.speakers()       # DataFrame: canonical speaker, kind, #quotes, #articles, aliases
    >>> c.accusations()    # DataFrame: accuser, accused, accusation, article id, evidence quote ids
    >>> c.graph()          # networkx.DiGraph accuser -> accused, weighted, with evidence
    """

    results: list[Result]
    keys: list[str] = field(init=False)
    key_index: dict[str, int] = field(init=False, repr=False)
    consolidation: Consolidation = field(init=False, repr=False)
    quote_rows: list[dict[str, Any]] = field(init=False, repr=False)
    accusation_rows: list[dict[str, Any]] = field(init=False, repr=False)
    claim_rows: list[dict[str, Any]] = field(init=False, repr=False)
    skipped: list[str] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.results = list(self.results)
        self.keys = _article_keys(self.results)
        self.key_index = {key: index for index, key in enumerate(self.keys)}
        with gc_paused():
            self._aggregate()

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_results(cls, results: Iterable[Result | dict]) -> Corpus:
        """A corpus of results in memory (`Result` objects or their dicts)."""
        return cls([r if isinstance(r, Result) else Result.model_validate(r) for r in results])

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Corpus:
        """A corpus from an ``extractor extract --format jsonl`` output file.

        A line that is not a result is skipped and named in ``skipped`` (``FILE:LINE: reason``); a
        missing or unreadable file, or one with no result at all, is an InputError.
        """
        path = Path(path)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise InputError(f"{path}: no such file or directory") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        results: list[Result] = []
        skipped: list[str] = []
        with handle, gc_paused():
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    results.append(Result.model_validate_json(line))
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(p) for p in first.get("loc", ())) or "line"
                    skipped.append(f"{path}:{number}: not a result ({where}: {first.get('msg', 'invalid')})")
        if not results:
            raise InputError(f"{path}: holds no extraction result (expected the JSONL of `extractor extract --format jsonl`)")
        corpus = cls(results)
        corpus.skipped = skipped
        return corpus

    def _aggregate(self) -> None:
        entities: list[LocalEntity] = []
        quote_rows: list[dict[str, Any]] = []
        accusation_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []
        # Rows refer to local entities by index until consolidation names their nodes.
        for index, result in enumerate(self.results):
            key = self.keys[index]
            local = _ArticleEntities(index, entities)
            local.add_speakers(result)
            quote_text = {q.id: q.text for q in result.quotes}
            quote_rows.extend(_quote_rows(key, result, local))
            accusation_rows.extend(_accusation_rows(key, result, local, quote_text))
            claim_rows.extend(_claim_rows(key, result, local, quote_text))
        self.consolidation = consolidate(entities)
        _name_nodes(self.consolidation, quote_rows, accusation_rows, claim_rows)
        self.quote_rows, self.accusation_rows, self.claim_rows = quote_rows, accusation_rows, claim_rows

    # ------------------------------------------------------------------ rows (plain Python)

    def __len__(self) -> int:
        return len(self.results)

    def speaker_rows(self) -> list[dict[str, Any]]:
        """One row per consolidated speaker: quotes and articles counted, most quoted first."""
        quotes: Counter = Counter()
        articles: dict[str, set[str]] = defaultdict(set)
        for row in self.quote_rows:
            if row["speaker_node"] is not None:
                quotes[row["speaker_node"]] += 1
                articles[row["speaker_node"]].add(row["article"])
        nodes = self.consolidation.nodes
        rows = [
            {
                "node": node_id,
                "speaker": nodes[node_id].name,
                "kind": nodes[node_id].kind,
                "quotes": count,
                "articles": len(articles[node_id]),
                "aliases": _join(s for s, _ in nodes[node_id].surfaces.most_common()),
            }
            for node_id, count in quotes.items()
        ]
        rows.sort(key=lambda r: (-r["quotes"], -r["articles"], r["speaker"].casefold()))
        return rows

    def edge_rows(self) -> list[dict[str, Any]]:
        """Accuser → accused pairs with their weight (accusation rows), articles and evidence."""
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for row in self.accusation_rows:
            if row["accuser_node"] is None:
                continue
            edge = edges.setdefault(
                (row["accuser_node"], row["accused_node"]),
                {"source": row["accuser_node"], "target": row["accused_node"], "weight": 0, "articles": [], "evidence": [], "accusations": Counter()},
            )
            edge["weight"] += 1
            if row["article"] not in edge["articles"]:
                edge["articles"].append(row["article"])
            edge["evidence"].extend(f"{row['article']}#{q}" for q in row["quote_ids"])
            if row["accusation"]:
                edge["accusations"][row["accusation"]] += 1
        return sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"]))

    def merge_rows(self) -> list[dict[str, Any]]:
        """The consolidation decisions: which surface forms became which node, and why."""
        return [
            {"node": d.node, "name": d.name, "surfaces": d.surfaces, "articles": d.articles, "reason": d.reason}
            for d in self.consolidation.decisions()
        ]

    # ------------------------------------------------------------------ DataFrames and graph

    def quotes(self):
        """DataFrame, one row per quote: article, quote id, consolidated speaker, kind, text…"""
        return _frame(self.quote_rows, ["article", "quote_id", "speaker", "speaker_node", "speaker_surface", "kind", "text", "cue", "hedged", "start", "end", "language"])

    def speakers(self):
        """DataFrame: canonical speaker, kind, number of quotes and of articles, aliases."""
        return _frame(self.speaker_rows(), ["node", "speaker", "kind", "quotes", "articles", "aliases"])

    def accusations(self):
        """DataFrame: accuser, accused, accusation, article id, evidence quote ids (and their text)."""
        return _frame(
            self.accusation_rows,
            ["article", "accuser", "accuser_node", "accuser_surface", "accused", "accused_node", "accused_surface", "accusation", "quote_ids", "quotes"],
        )

    def claims(self):
        """DataFrame: claim kind, claimant, targets (about), text, hedged, evidence quote ids."""
        return _frame(
            self.claim_rows,
            ["article", "claim_id", "kind", "claimant", "claimant_node", "claimant_surface", "about", "about_nodes", "about_surface", "text", "hedged", "quote_ids"],
        )

    def merges(self):
        """DataFrame of the consolidation decisions (node, name, surface forms, articles, reason)."""
        return _frame(self.merge_rows(), ["node", "name", "surfaces", "articles", "reason"])

    def graph(self):
        """networkx.DiGraph accuser → accused. Nodes: name, kind, aliases, articles, accused
        (times accused), accuses; edges: weight (accusation count), articles, evidence
        (``article#quote_id``), accusations (what of, most frequent first)."""
        import networkx as nx

        graph = nx.DiGraph()
        nodes = self.consolidation.nodes
        accused_count: Counter = Counter(r["accused_node"] for r in self.accusation_rows)
        accuses_count: Counter = Counter(r["accuser_node"] for r in self.accusation_rows if r["accuser_node"])
        for node_id in list(accused_count) + list(accuses_count):
            if node_id in graph:
                continue
            node = nodes[node_id]
            graph.add_node(
                node_id,
                name=node.name,
                kind=node.kind,
                aliases=[s for s, _ in node.surfaces.most_common()],
                articles=len(node.articles),
                accused=accused_count[node_id],
                accuses=accuses_count[node_id],
            )
        for edge in self.edge_rows():
            graph.add_edge(
                edge["source"],
                edge["target"],
                weight=edge["weight"],
                articles=edge["articles"],
                evidence=edge["evidence"],
                accusations=[a for a, _ in edge["accusations"].most_common()],
            )
        return graph

    # ------------------------------------------------------------------ views

    def summary(self) -> dict[str, Any]:
        """Counts for the report's header: articles, languages, engines, quotes by kind, items."""
        return {
            "articles": len(self.results),
            "languages": dict(Counter(r.language for r in self.results).most_common()),
            "engines": dict(Counter(r.engine for r in self.results).most_common()),
            "quote_kinds": dict(Counter(row["kind"] for row in self.quote_rows).most_common()),
            "quotes": len(self.quote_rows),
            "speakers": len({row["speaker_node"] for row in self.quote_rows if row["speaker_node"]}),
            "accusations": len(self.accusation_rows),
            "claims": len(self.claim_rows),
            "claim_kinds": dict(Counter(row["kind"] for row in self.claim_rows).most_common()),
        }

    def article_file(self, index: int) -> str:
        """File name of the index-th article's view (``extractor report`` writes it beside the page)."""
        return f"{index + 1:05d}-{_SLUG.sub('_', self.keys[index])[:60]}.html"

    def to_html(self, *, title: str = "extractor corpus report", article_links: str | None = None) -> str:
        """The standalone report page; ``article_links`` is the folder (relative to the page) that
        holds the per-article views, or None for no links."""
        from extractor.corpus.report import render_report

        return render_report(self, title=title, article_links=article_links)

    def _repr_html_(self) -> str:
        # The page in an iframe: its script and styles stay out of the notebook's own.
        import html

        return f'<iframe srcdoc="{html.escape(self.to_html(), quote=True)}" style="width:100%;height:900px;border:1px solid #ddd"></iframe>'

    def __repr__(self) -> str:
        s = self.summary()
        return f"Corpus({s['articles']} articles, {s['quotes']} quotes, {s['speakers']} speakers, {s['accusations']} accusations, {s['claims']} claims)"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects (results,
    rows): its passes over every live object otherwise take over half of reading 10,000 results."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _article_keys(results: Sequence[Result]) -> list[str]:
    """An id per article: the result's id, else its position; repeated ids get a suffix."""
    seen: Counter = Counter()
    keys = []
    for index, result in enumerate(results):
        base = result.id if result.id is not None else f"#{index + 1}"
        seen[base] += 1
        keys.append(base if seen[base] == 1 else f"{base}~{seen[base]}")
    return keys


def _frame(rows: list[dict[str, Any]], columns: list[str]):
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("Corpus DataFrames need pandas: pip install 'extractor[pandas]'") from exc
    return pd.DataFrame(rows, columns=columns)


def load_corpus(path: str | Path) -> Corpus:
    """`Corpus.from_jsonl`, also accepting a ``.json`` array of results."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{path}: no such file or directory") from None
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: cannot read results ({exc})") from None
        records = data if isinstance(data, list) else [data]
        try:
            return Corpus.from_results(records)
        except ValidationError as exc:
            raise InputError(f"{path}: not extraction results ({exc.error_count()} validation errors)") from None
    return Corpus.from_jsonl(path)


__all__ = ["Corpus", "load_corpus"]
