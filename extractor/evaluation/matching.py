"""Matching predicted items to gold items: quote spans, names, claims.

Rules (documented in evals/README.md, "How predictions are scored"):

- Quote spans (GGT's rule): a gold and a predicted quote match when their overlap covers at
  least ``min_overlap`` of the GOLD span (for a gold quote with fragments, of the fragments'
  characters). Pairs are assigned one-to-one, largest overlap first; ties go to the higher
  coverage, then the earlier gold, then the earlier prediction (deterministic).
- Names: two names agree when, after normalisation (case, accents, punctuation, leading
  articles, titles), they are equal; one is the other's surname; one's words appear in order in
  the other ("Paul Verdier" / "le président Paul R. Verdier"); or rapidfuzz's token_sort_ratio is at
  least `NAME_FUZZY_THRESHOLD` (typos, transliterations). Descriptive gold aliases are compared
  through the names inside them (`alias_variants`).
- Claims: see `claim_similarity`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz

from extractor.wordlists import personal_pronouns

#: token_sort_ratio (0-100) from which two normalised names count as the same (near misses:
#: "Harjit Sajan" / "Harjit Sajjan", "Dominic Rab" / "Dominic Raab").
NAME_FUZZY_THRESHOLD = 90.0

#: token_set_ratio (0-100) over content words from which two claim texts count as the same claim.
CLAIM_TEXT_THRESHOLD = 60.0

# Titles and honorifics dropped before comparing names (lower-case, accents stripped). Only
# words that are never a person's surname on their own in news text.
_TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame lord lady rev hon sen senator rep representative gov governor
    president vice prime minister secretary chancellor premier mayor judge col
    lt capt sgt ceo chairman chairwoman spokesman spokeswoman spokesperson ambassador king queen
    prince princess pope
    m mme mlle me pr monsieur madame mademoiselle maitre docteur professeur president presidente
    ministre premier premiere secretaire chancelier chanceliere maire juge porte parole
    ambassadeur ambassadrice depute deputee senateur senatrice roi reine
    """.split()
)
# Leading determiners dropped: "la Chine" = "Chine", "the Pentagon" = "Pentagon".
_ARTICLES = frozenset("the a an le la les l un une des du de d".split())
# Function words ignored inside multi-word names ("ministère de la Sécurité de l'État").
_FUNCTION_WORDS = frozenset("of the and for de la le les l d du des et pour a au aux en".split())
# The engines' personal pronouns (extractor.wordlists) and the other words that stand for a
# speaker without naming one: possessives, relatives, demonstratives, indefinites.
_PRONOUNS = personal_pronouns() | frozenset(
    """
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which that this these those one someone somebody
    il elle ils elles on nous vous je j moi lui eux leur leurs celui celle ceux celles qui lequel laquelle
    """.split()
)
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Normalised words of a name: lower case, no accents or punctuation, no leading article or title.

    A title is dropped only when a capitalised word follows it ("le président Verdier" -> verdier,
    but "la justice américaine" keeps "justice"), so descriptions are not cut down to an adjective.
    """
    text = _PUNCT.sub(" ", strip_accents(name.replace("’", "'")))
    words = text.split()
    i = 0
    while i < len(words):
        low = words[i].casefold()
        if low in _ARTICLES or (low in _TITLES and i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1].casefold() in _TITLES)):
            i += 1
        else:
            break
    return tuple(w.casefold() for w in words[i:])


def normalize_name(name: str) -> str:
    """The normalised form used for comparing names ("M. Paul Verdier" -> "paul verdier")."""
    return " ".join(name_tokens(name))


def is_pronoun(name: str | None) -> bool:
    """True for a bare pronoun or relative ("he", "who", "elle"): not a name the scorer can compare."""
    if not name:
        return False
    tokens = _PUNCT.sub(" ", strip_accents(name.casefold())).split()
    return bool(tokens) and all(t in _PRONOUNS for t in tokens)


def _in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    """Every word of ``short`` appears in ``long`` in the same order (gaps allowed)."""
    it = iter(long)
    return all(any(word == other for other in it) for word in short)


def name_score(a: str | None, b: str | None) -> float:
    """How well two names agree: 1.0 equal after normalisation, 0.95 surname alone, 0.9 one
    contained in the other, the fuzzy ratio (0.9-1.0) for near misses, else 0.0."""
    if not a or not b:
        return 0.0
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1 and short[0] == long[-1] and len(short[0]) > 1:
        return 0.95  # surname alone: "Lessard" / "Anne Lessard"
    content_short = [t for t in short if t not in _FUNCTION_WORDS]
    content_long = [t for t in long if t not in _FUNCTION_WORDS]
    if content_short and _in_order(content_short, content_long) and (len(content_short) > 1 or content_short[0] == content_long[-1]):
        # "Paul Verdier" in "Paul R. Verdier"; "ministère Sécurité État" in "ministère chinois de la
        # Sécurité de l'État". A single word only when it ends the longer name (surname rule),
        # so "Canada" does not match "Canada Post".
        return 0.9
    ratio = fuzz.token_sort_ratio(" ".join(ta), " ".join(tb))
    return ratio / 100.0 if ratio >= NAME_FUZZY_THRESHOLD else 0.0


_POSSESSIVE = re.compile(r"[’']s\s+", re.UNICODE)
_PARTICLES = frozenset("de du des la le van von der den da di del bin al y e".split())


def _possessive_tail(name: str) -> str | None:
    """What follows the last possessive: "Laura Finch’s campaign manager Tom Bale" ->
    "campaign manager Tom Bale" (the possessor is a modifier, not the speaker)."""
    parts = _POSSESSIVE.split(name)
    return parts[-1].strip() if len(parts) > 1 and parts[-1].strip() else None


def name_like(segment: str) -> bool:
    """Looks like a proper name: capitalised words (and particles: de, van, bin…)."""
    words = [w for w in (_PUNCT.sub("", w) for w in segment.split()) if w]
    return bool(words) and all(w[:1].isupper() or w.casefold() in _PARTICLES for w in words) and any(w[:1].isupper() for w in words)


_COORDINATOR = re.compile(r"\s(?:and|et)\s", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+", re.IGNORECASE)


def coordinated_names(alias: str) -> list[list[str]]:
    """The speakers of a gold speaker written as a coordination of names ("Sarah Silverman and Al
    Franken", « Marie Dupont et Jean Martin »), one alias list each, or [] when the alias is one
    name or a description ("many marchers and spectators"). A lone given name before a full name
    may share its surname ("David and Jeanne Heidler"), or be a surname itself ("Obama and Hillary
    Clinton"): it gets both aliases. The caller keeps the whole alias as a reading too, for the
    names that hold a coordination ("Procter and Gamble"). Without "and" / « et », commas are
    appositions ("Paul Ryan, R-Wis."), and "&" joins the names of one firm."""
    if not _COORDINATOR.search(alias):
        return []
    parts = [p for p in (part.strip() for part in _LIST_SEPARATOR.split(alias)) if p]
    if len(parts) < 2 or not all(name_like(p) for p in parts):
        return []
    last_words = parts[-1].split()
    shared_surname = last_words[-1] if len(last_words) > 1 else None
    return [[p, f"{p} {shared_surname}"] if shared_surname and " " not in p else [p] for p in parts]


_RELATIVE = re.compile(r"\s(?:that|who|whom|whose|which|qui|que|dont)\s", re.IGNORECASE)


@lru_cache(maxsize=65536)
def alias_variants(alias: str) -> tuple[str, ...]:
    """The names inside a descriptive gold alias, as corpora like PolNeAR annotate whole phrases:
    cut at a relative clause ("Surety companies that had insured …" -> "Surety companies"), split
    at commas, each piece taken after its possessive ("Laura Finch’s campaign" -> "campaign");
    the pieces that are names if any ("Dan Porter, the campaign’s press secretary" -> "Dan
    Porter"; "Smith, a spokesman for Jones" -> "Smith"), else every piece. The possessor and the
    descriptions are dropped on purpose: kept, they would let "Jones" or "Laura Finch" match."""
    head = _RELATIVE.split(" " + alias + " ", maxsplit=1)[0].strip() or alias
    pieces = [p for p in ((_possessive_tail(seg) or seg).strip(" ,") for seg in head.split(",")) if p]
    names = [p for p in pieces if name_like(p)]
    return tuple(dict.fromkeys(names or pieces or [alias]))


def best_name_score(names: Iterable[str | None], aliases: Iterable[str | None]) -> float:
    """The best `name_score` between any predicted name and any gold alias (or name inside a
    gold alias, see `alias_variants`; a predicted name is also tried without its possessor)."""
    alias_list = [a for a in aliases if a]
    name_list = [n for n in names if n]
    if any(name_tokens(n) == name_tokens(a) and name_tokens(n) for n in name_list for a in alias_list):
        return 1.0  # the same words (a corpus's long descriptive alias, predicted verbatim)
    variants = [v for a in alias_list for v in alias_variants(a)]
    tails = [v for n in name_list for v in (n, _possessive_tail(n)) if v]
    return max((name_score(n, a) for n in tails for a in variants), default=0.0)


def names_agree(names: Iterable[str | None], aliases: Iterable[str | None]) -> bool:
    """True when some predicted name agrees with some gold alias (see `name_score`)."""
    return best_name_score(names, aliases) > 0.0


def content_words(text: str) -> list[str]:
    tokens = _PUNCT.sub(" ", strip_accents(text.casefold().replace("’", "'"))).split()
    return [t for t in tokens if t not in _FUNCTION_WORDS and len(t) > 1]


def claim_similarity(a: str, b: str) -> float:
    """Similarity (0-100) of two claim texts: rapidfuzz token_set_ratio over content words
    (accents, case, punctuation and function words ignored). Texts sharing fewer than three
    content words (or than all the words of the longer one, when it has fewer than three) score
    0, so that a short claim ("Chinois") does not match every claim that mentions China."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb or len(set(wa) & set(wb)) < min(3, max(len(set(wa)), len(set(wb)))):
        return 0.0
    return float(fuzz.token_set_ratio(" ".join(wa), " ".join(wb)))


Interval = tuple[int, int]


def intervals_overlap(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Characters two sets of intervals share (each set assumed non-overlapping within itself)."""
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            total += max(0, min(e1, e2) - max(s1, s2))
    return total


def span_length(intervals: Sequence[Interval]) -> int:
    return sum(max(0, e - s) for s, e in intervals)


@dataclass(frozen=True)
class SpanPair:
    gold: int
    pred: int
    overlap: int
    coverage: float  # overlap / gold length


def match_spans(gold: Sequence[Sequence[Interval]], pred: Sequence[Sequence[Interval]], min_overlap: float) -> list[SpanPair]:
    """One-to-one pairs of gold and predicted spans, largest overlap first (GGT's rule).

    Each item is a list of (start, end) intervals (one for a plain quote, several for a quote
    in fragments). A pair is eligible when the overlap covers at least ``min_overlap`` of the
    gold span's length. Returns pairs sorted by gold index.
    """
    candidates: list[SpanPair] = []
    for gi, g in enumerate(gold):
        glen = span_length(g)
        if glen <= 0:
            continue
        for pi, p in enumerate(pred):
            overlap = intervals_overlap(g, p)
            if overlap > 0 and overlap / glen >= min_overlap - 1e-12:
                candidates.append(SpanPair(gi, pi, overlap, overlap / glen))
    # Largest overlap first; then higher coverage; then input order, for determinism.
    candidates.sort(key=lambda c: (-c.overlap, -c.coverage, c.gold, c.pred))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for c in candidates:
        if c.gold in used_g or c.pred in used_p:
            continue
        used_g.add(c.gold)
        used_p.add(c.pred)
        pairs.append(c)
    return sorted(pairs, key=lambda c: c.gold)


G = TypeVar("G")
P = TypeVar("P")


def match_greedy(gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], float]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, pred index, score) with score > 0, best score first."""
    candidates = [
        (s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if (s := score(g, p)) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for s, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, s))
    return sorted(pairs)
