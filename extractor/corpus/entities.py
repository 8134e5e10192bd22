"""Entity consolidation across articles: one node per speaker or accused party, whatever the
surface form each article used.

Each result already groups its own surface forms (a speaker's ``aliases``: "Paul Verdier", "Verdier",
"le président américain"). Across articles, those local entities are joined by *keys*:

- **country**: a form the offline lexicons (``engines/offline/lang/*.json``) know as a country, its
  capital, or a nationality with a state word ("Pékin", "la Chine", "China", "Beijing", "the Chinese
  government"). French and English lexicon entries are the same country when they share a normalised
  form (a capital spelt alike: "Beijing") or, failing that, when their names are near-identical
  and each is the other's best match ("Russie"/"Russia").
- **full name**: a capitalised name of two words or more, normalised by
  `extractor.evaluation.matching.normalize_name` (case, accents, titles, leading articles), single
  letters (middle initials) dropped: "President Paul R. Verdier" and "Paul Verdier" share a key.
- **single word** ("Verdier", "Hamas", "Smith"): joins the one corpus node whose full name ends with it;
  when several full names do ("John Smith", "Jane Smith") the merge is ambiguous and not made —
  the bare form stays its own node, and the decision says why.

Descriptions ("a spokesperson", "le président américain") never join articles: the same words
name different people in different articles. Every decision — which surface forms became which
node, and why — is kept in `Consolidation.decisions` and shown in the report.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

# The name normalisation of the scorer, reused so that the report and the evaluation agree on
# when two names are the same (its word lists are module-level data there).
from extractor.evaluation.matching import (
    _ARTICLES,
    _PUNCT,
    _TITLES,
    is_pronoun,
    name_like,
    name_score,
    name_tokens,
    normalize_name,
    strip_accents,
)
from extractor.wordlists import LANGUAGES, language_data

_POSSESSIVE_END = re.compile(r"[’']s?$")
# An elided article glued to the next word: "l'Élysée", "d'Ottawa".
_ELISION = re.compile(r"\b[lLdD]'(?=\w)")

#: token_sort_ratio (0-100) from which a French and an English country name are the same country
#: when no shared capital links them ("Russie"/"Russia" 83, "Syrie"/"Syria" 80).
COUNTRY_NAME_THRESHOLD = 80.0


# Kinds whose single-word name is never a surname.
_NOT_PEOPLE = frozenset({"organization", "government", "group"})


class _UnionFind:
    """Disjoint sets over hashable items (path halving, union by size)."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.size: dict = {}

    def find(self, item):
        parent = self.parent
        if item not in parent:
            parent[item] = item
            self.size[item] = 1
            return item
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]


@dataclass(frozen=True)
class CountryTable:
    """Normalised surface form → country id, built from every offline lexicon."""

    forms: dict[str, str]
    names: dict[str, str]  # country id → display name (English when the lexicons have it)
    nationalities: frozenset[str]  # normalised nationality words, singular and plural


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """Countries of the offline lexicons, French and English entries joined (see module docstring)."""
    per_country, combos, nationality_words = _lexicon_country_forms()
    keys = sorted(per_country)
    union = _UnionFind()
    owner: dict[str, tuple[str, str]] = {}
    for key in keys:
        union.find(key)
        for form in per_country[key]:
            if form in owner:
                union.union(owner[form], key)
            else:
                owner[form] = key
    _join_near_identical_names(keys, union)
    names: dict[str, str] = {}
    forms: dict[str, str] = {}
    for key in keys:
        root = union.find(key)
        members = sorted(k for k in keys if union.find(k) == root)
        display = next((c for lang, c in members if lang == "en"), members[0][1])
        country_id = f"country:{normalize_name(display)}"
        names[country_id] = display
        for form in per_country[key] | combos.get(key, set()):
            forms.setdefault(form, country_id)
    return CountryTable(forms=forms, names=names, nationalities=frozenset(nationality_words))


def _lexicon_country_forms() -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]], set[str]]:
    """Per (language, country) of the lexicons: its normalised names and capitals, its
    nationality + state word combinations; and every nationality word."""
    per_country: dict[tuple[str, str], set[str]] = defaultdict(set)
    combos: dict[tuple[str, str], set[str]] = defaultdict(set)
    nationality_words: set[str] = set()
    for language in LANGUAGES:
        data = language_data(language)
        for country, country_forms in data.get("country_forms", {}).items():
            per_country[(language, country)].update(normalize_name(f) for f in [country, *country_forms])
        for capital, country in data.get("capitals", {}).items():
            per_country[(language, country)].update({normalize_name(capital), normalize_name(country)})
        states = [s for s in data.get("state_words", []) if " " not in s]
        for nationality, country in data.get("nationalities", {}).items():
            nationality_words.update({normalize_name(nationality), normalize_name(nationality) + "s"})
            # "the Chinese government" / "le gouvernement chinois", in either order.
            for state in states:
                combos[(language, country)].update({normalize_name(f"{nationality} {state}"), normalize_name(f"{state} {nationality}")})
    return per_country, combos, nationality_words


def _join_near_identical_names(keys: list[tuple[str, str]], union: _UnionFind) -> None:
    """Near-identical names across languages, mutual best match only, for countries no shared form linked."""
    languages = sorted({lang for lang, _ in keys})
    for i, lang_a in enumerate(languages):
        for lang_b in languages[i + 1 :]:
            lone_a = [k for k in keys if k[0] == lang_a and not any(union.find(k) == union.find(o) for o in keys if o[0] == lang_b)]
            lone_b = [k for k in keys if k[0] == lang_b and not any(union.find(k) == union.find(o) for o in keys if o[0] == lang_a)]
            for key in lone_a:
                score, match = _best_name_match(key, lone_b)
                if match is not None and score >= COUNTRY_NAME_THRESHOLD and _best_name_match(match, lone_a)[1] == key:
                    union.union(key, match)


def _best_name_match(key: tuple[str, str], others: list[tuple[str, str]]) -> tuple[float, tuple[str, str] | None]:
    """The country of ``others`` whose name is closest to ``key``'s, with its score (0 and None when none)."""
    scored = [(fuzz.token_sort_ratio(normalize_name(key[1]), normalize_name(o[1])), o) for o in others]
    return max(scored, default=(0.0, None))


@lru_cache(maxsize=65536)
def proper_part(surface: str) -> str | None:
    """The proper name in a surface form, if it holds one: leading articles and titles dropped
    ("le président Verdier" -> "Verdier", "l'Élysée" -> "Élysée"), or what follows the last title word
    ("Foreign Ministry spokesman Zhou Linwei" -> "Zhou Linwei"). None for a description
    ("le président américain", "a spokesperson")."""
    words = [w for w in _ELISION.sub("", surface.replace("’", "'")).split() if _PUNCT.sub("", w)]

    def bare(word: str) -> str:
        return strip_accents(_PUNCT.sub("", word)).casefold()

    start = 0
    while start < len(words) and (bare(words[start]) in _ARTICLES or (bare(words[start]) in _TITLES and start + 1 < len(words))):
        start += 1
    rest = " ".join(words[start:])
    if rest and name_like(rest):
        return rest
    titles = [i for i, w in enumerate(words) if bare(w) in _TITLES and w[:1].islower()]
    if titles and titles[-1] + 1 < len(words):
        tail = " ".join(words[titles[-1] + 1 :])
        if name_like(tail):
            return tail
    return None


@lru_cache(maxsize=65536)
def surface_key(surface: str) -> tuple[str, str] | None:
    """The cross-article key of one surface form: ("country", id), ("name", full name),
    ("word", single word), or None for a description that must not join articles."""
    if not surface or not surface.strip() or is_pronoun(surface):
        return None
    normal = normalize_name(surface)
    countries = country_table().forms
    proper = proper_part(surface)
    if normal in countries and (proper is not None or " " in normal):
        return ("country", countries[normal])
    if proper is None:
        return None
    tokens = [t for t in name_tokens(proper) if len(t) > 1]
    if not tokens:
        return None
    if len(tokens) == 1:
        # A nationality ("American", "Chinese") names a people, not a person's surname.
        return None if tokens[0] in country_table().nationalities else ("word", tokens[0])
    return ("name", " ".join(tokens))


@dataclass
class LocalEntity:
    """One entity of one article: a speaker, an accused party, or a name an article used for one."""

    article: int  # index of the result in the corpus
    canonical: str  # the name the article gives it
    surfaces: list[str]
    kind: str = "unknown"


@dataclass
class Node:
    """One consolidated entity of the corpus."""

    id: str
    name: str
    kind: str
    surfaces: Counter = field(default_factory=Counter)  # surface form → local entities using it
    articles: set[int] = field(default_factory=set)
    reason: str = ""


@dataclass
class Decision:
    """Why some surface forms became one node (a row of the report's merge table)."""

    node: str
    name: str
    surfaces: list[str]
    articles: int
    reason: str


@dataclass
class Consolidation:
    """The outcome: each local entity's node, the nodes, and the merge decisions."""

    node_of: list[str]
    nodes: dict[str, Node]

    def decisions(self) -> list[Decision]:
        """The nodes that joined more than one surface form or article, most articles first."""
        rows = [
            Decision(n.id, n.name, [s for s, _ in n.surfaces.most_common()], len(n.articles), n.reason)
            for n in self.nodes.values()
            if len(n.surfaces) > 1 or len(n.articles) > 1 or n.reason.startswith("not merged")
        ]
        rows.sort(key=lambda d: (-d.articles, -len(d.surfaces), d.name.casefold()))
        return rows


def _strong_keys(entity: LocalEntity) -> list[tuple[str, str]]:
    """Keys that may join this entity to others: country keys and full names. A full name is used
    only if it agrees with the entity's canonical name, so one stray alias cannot join two people."""
    canonical_key = surface_key(entity.canonical)
    keys = []
    for surface in entity.surfaces:
        key = surface_key(surface)
        if key is None or key[0] == "word":
            continue
        # "Paul R. Verdier" belongs to a "Paul Verdier" entity; a stray "Marc Verdier" alias does not.
        if (
            key[0] == "name"
            and canonical_key is not None
            and canonical_key[0] == "name"
            and key != canonical_key
            and name_score(key[1], canonical_key[1]) == 0.0
        ):
            continue
        keys.append(key)
    return keys


def _word_keys(entity: LocalEntity) -> list[str]:
    return [key[1] for key in (surface_key(s) for s in entity.surfaces) if key is not None and key[0] == "word"]


def _majority_kind(kinds: Iterable[str]) -> str:
    counted = Counter(k for k in kinds if k not in ("unknown", ""))
    return counted.most_common(1)[0][0] if counted else "unknown"


def consolidate(entities: Sequence[LocalEntity]) -> Consolidation:
    """Group local entities into corpus nodes (see the module docstring for the rules)."""
    union = _UnionFind()
    countries = country_table()
    strong = [_strong_keys(entity) for entity in entities]
    words = [_word_keys(entity) for entity in entities]
    # 1. strong keys: countries and full names.
    # A bare word joins a full name as a surname: only people's names ("Verdier" -> "Paul Verdier"), not
    # institutions ("État" must not join "Conseil d'État").
    full_by_last: dict[str, set] = defaultdict(set)
    for index, keys in enumerate(strong):
        union.find(("entity", index))
        for key in keys:
            union.union(("entity", index), key)
            if key[0] == "name" and entities[index].kind == "person":
                full_by_last[key[1].split()[-1]].add(key)
    # 2. single words: the one full-name node ending with the word; else a node of the bare word.
    ambiguous: dict[int, list[str]] = {}
    for index in range(len(entities)):
        if strong[index] or not words[index]:
            continue
        if entities[index].kind in _NOT_PEOPLE:
            union.union(("entity", index), ("word", words[index][0]))
            continue
        word = words[index][0]
        roots = {union.find(key) for key in full_by_last.get(word, ())}
        if len(roots) == 1:
            union.union(("entity", index), next(iter(roots)))
        else:
            union.union(("entity", index), ("word", word))
            if len(roots) > 1:
                ambiguous[index] = sorted({k[1] for k in full_by_last[word]})
    # 3. nodes.
    groups: dict = defaultdict(list)
    for index in range(len(entities)):
        groups[union.find(("entity", index))].append(index)
    node_of = [""] * len(entities)
    nodes: dict[str, Node] = {}
    for members in groups.values():
        name, kind, node_id = _node_identity(members, entities, strong, words, countries)
        while node_id in nodes:  # the same description in one article twice: two nodes
            node_id += "'"
        node = Node(id=node_id, name=name, kind=kind)
        for i in members:
            node_of[i] = node_id
            node.articles.add(entities[i].article)
            node.surfaces.update(dict.fromkeys(entities[i].surfaces, 1))
        node.reason = _reason(node_id, members, ambiguous)
        nodes[node_id] = node
    return Consolidation(node_of=node_of, nodes=nodes)


def _node_identity(
    members: list[int],
    entities: Sequence[LocalEntity],
    strong: list[list[tuple[str, str]]],
    words: list[list[str]],
    countries: CountryTable,
) -> tuple[str, str, str]:
    """Name, kind and id of the node grouping ``members`` (indexes into ``entities``)."""
    keys = [k for i in members for k in strong[i]]
    country = next((k[1] for k in keys if k[0] == "country"), None)
    if country is not None:
        return countries.names[country], "country", country
    # The most frequent canonical name; ties go to the longer (fuller) one.
    names = Counter(entities[i].canonical for i in members)
    name = max(names.items(), key=lambda item: (not _POSSESSIVE_END.search(item[0]), item[1], len(item[0]), item[0]))[0]
    kind = _majority_kind(entities[i].kind for i in members)
    full = next((k[1] for k in keys if k[0] == "name"), None)
    first_words = {tuple(words[i][:1]) for i in members}
    if full is not None:
        node_id = f"name:{full}"
    elif len(first_words) == 1 and first_words != {()}:
        node_id = f"word:{next(iter(first_words))[0]}"
    else:
        node_id = f"local:{entities[members[0]].article}:{normalize_name(name) or name}"
    return name, kind, node_id


def _reason(node_id: str, members: list[int], ambiguous: dict[int, list[str]]) -> str:
    clashes = sorted({name for i in members for name in ambiguous.get(i, ())})
    if clashes:
        return "not merged: the bare name fits several people (" + ", ".join(clashes) + ")"
    if node_id.startswith("country:"):
        return "country: names, capitals and nationality + government forms of the lexicons"
    if node_id.startswith("name:"):
        return "same full name (case, accents, titles, middle initials ignored); bare surname when only this person has it"
    if node_id.startswith("word:"):
        return "same single-word name, no full name ends with it" if len(members) > 1 else "single-word name"
    return "one article's aliases (descriptions never join articles)"


__all__ = ["COUNTRY_NAME_THRESHOLD", "Consolidation", "CountryTable", "Decision", "LocalEntity", "Node", "consolidate", "country_table", "proper_part", "surface_key"]
