r"""Alignment: strings an engine returns (an LLM copies quotes as text) → offsets in the article.

Three stages, first hit wins, and the status is recorded in Quote.alignment:
  exact       the string occurs as given;
  normalized  it occurs once typography is normalised on both sides: ’ ‘ → ', « » “ ” „ → "
              (spaces next to quotation marks dropped, so «\u202fx\u202f» == "x"), dashes → -,
              … → ..., every whitespace run (incl. no-break and narrow no-break spaces) → one
              space, lower case; and […], [...], (...), … in the string stand for elided text;
  fuzzy       rapidfuzz partial_ratio_alignment over the normalised text scores at least
              FUZZY_THRESHOLD (and the string has at least FUZZY_MIN_CHARS characters:
              short strings match almost anything fuzzily).
Offsets always point into the ORIGINAL article: normalisation keeps a map from each
normalised character back to the source characters it came from.

Used by the LLM assembly (``extractor.engines.llm.assemble``); the pipeline's last check is
``extractor.grounding.gate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from extractor.schemas import AlignmentStatus, Span

FUZZY_THRESHOLD = 90.0
"""Minimum rapidfuzz partial_ratio (0-100) for a fuzzy alignment. At 90 a 100-character quote
may differ by a few characters (a dropped accent, a typo fixed by the model); a paraphrase
scores far lower and is rejected."""
FUZZY_MIN_CHARS = 12
MAX_ELIDED_CHARS = 2000
"""An ellipsis inside a quote may skip at most this many characters of the article."""

_CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'", "\u201b": "'",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2039": '"', "\u203a": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-",
    "\u2026": "...",
}
_GAP = re.compile(r"\s*(?:\[\s*(?:\u2026|\.{3})\s*\]|\(\s*(?:\u2026|\.{3})\s*\)|\u2026|\.{3})\s*")
_PRONOUNS = frozenset(
    "he she they him her them his it we i you il elle ils elles lui leur eux on nous vous je celui celle".split()
)


@dataclass(frozen=True)
class Alignment:
    """Where a string was found: ``article[start:end]``, how, and with what score (0-100)."""

    start: int
    end: int
    status: AlignmentStatus
    score: float = 100.0


@dataclass(frozen=True)
class _Normalized:
    text: str
    starts: tuple[int, ...]  # for each normalised character, the first source index it came from
    ends: tuple[int, ...]  # ... and one past the last


def _normalize(text: str) -> _Normalized:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            chars.append(" ")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        for out in _CHAR_MAP.get(c, c):
            low = out.lower()
            chars.append(low if len(low) == 1 else out)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    # Spaces beside a quotation mark are typography («\u00a0x\u00a0» vs "x"), not content.
    keep = [
        k
        for k, ch in enumerate(chars)
        if not (ch == " " and ((k > 0 and chars[k - 1] == '"') or (k + 1 < len(chars) and chars[k + 1] == '"')))
    ]
    return _Normalized("".join(chars[k] for k in keep), tuple(starts[k] for k in keep), tuple(ends[k] for k in keep))


def _bare(normalized: str) -> str:
    """A normalised string without the quotation marks and punctuation around it."""
    return normalized.strip(" \"'.,;:!?")


def normalize_text(text: str) -> str:
    """The normalised form used for matching (see the alignment notes above)."""
    return _normalize(text).text.strip()


def _occurrences(haystack: str, needle: str, lo: int, hi: int) -> list[int]:
    found, at = [], haystack.find(needle, lo, hi)
    while at != -1:
        found.append(at)
        at = haystack.find(needle, at + 1, hi)
    return found


class ArticleIndex:
    """An article prepared for repeated alignment (its normalised form is computed once)."""

    def __init__(self, article: str, *, fuzzy_threshold: float = FUZZY_THRESHOLD) -> None:
        self.article = article
        self.fuzzy_threshold = fuzzy_threshold

    @cached_property
    def _norm(self) -> _Normalized:
        return _normalize(self.article)

    def _norm_bounds(self, lo: int, hi: int) -> tuple[int, int]:
        import bisect

        return bisect.bisect_left(self._norm.starts, lo), bisect.bisect_left(self._norm.starts, hi)

    def _span(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of normalised [a, b), trimmed of surrounding whitespace."""
        start, end = self._norm.starts[a], self._norm.ends[b - 1]
        while start < end and self.article[start].isspace():
            start += 1
        while end > start and self.article[end - 1].isspace():
            end -= 1
        return start, end

    @staticmethod
    def _choose(candidates: list[tuple[int, int]], near: int, used: set[tuple[int, int]]) -> tuple[int, int] | None:
        if not candidates:
            return None
        fresh = [c for c in candidates if c not in used] or candidates
        # Prefer the first occurrence at or after the previous quote, else the closest before it.
        return min(fresh, key=lambda c: (c[0] < near, abs(c[0] - near)))

    def align(
        self,
        text: str,
        *,
        near: int = 0,
        used: set[tuple[int, int]] | None = None,
        window: tuple[int, int] | None = None,
        fuzzy: bool = True,
    ) -> Alignment | None:
        """Find ``text`` in the article (within ``window``), or None.

        Among several occurrences, the one not in ``used`` nearest after ``near`` wins (then the
        nearest before it), so repeated phrases are assigned in reading order.
        """
        used = used or set()
        lo, hi = window or (0, len(self.article))
        needle = text.strip()
        if not needle:
            return None
        exact = [(at, at + len(needle)) for at in _occurrences(self.article, needle, lo, hi)]
        chosen = self._choose(exact, near, used)
        if chosen:
            return Alignment(*chosen, status="exact")

        norm = self._norm.text
        nlo, nhi = self._norm_bounds(lo, hi)
        target = normalize_text(needle)
        if target:
            spans = [self._span(at, at + len(target)) for at in _occurrences(norm, target, nlo, nhi)]
            chosen = self._choose(spans, near, used)
            if chosen:
                return Alignment(*chosen, status="normalized")
        gapped = self._align_gapped(needle, nlo, nhi, near, used)
        if gapped:
            return gapped
        if fuzzy:
            return self._align_fuzzy(target, nlo, nhi)
        return None

    def _align_gapped(self, needle: str, nlo: int, nhi: int, near: int, used: set[tuple[int, int]]) -> Alignment | None:
        parts = [normalize_text(p) for p in _GAP.split(needle)]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return None
        norm = self._norm.text
        spans = []
        for first in _occurrences(norm, parts[0], nlo, nhi):
            cursor, ok = first + len(parts[0]), True
            for part in parts[1:]:
                at = norm.find(part, cursor, min(nhi, cursor + MAX_ELIDED_CHARS + len(part)))
                if at == -1:
                    ok = False
                    break
                cursor = at + len(part)
            if ok:
                spans.append(self._span(first, cursor))
        chosen = self._choose(spans, near, used)
        return Alignment(*chosen, status="normalized") if chosen else None

    def _align_fuzzy(self, target: str, nlo: int, nhi: int) -> Alignment | None:
        from rapidfuzz import fuzz

        haystack = self._norm.text[nlo:nhi]
        if len(target) < FUZZY_MIN_CHARS or len(target) > len(haystack):
            return None
        found = fuzz.partial_ratio_alignment(target, haystack, score_cutoff=self.fuzzy_threshold)
        if found is None or found.dest_end <= found.dest_start:
            return None
        start, end = self._span(nlo + found.dest_start, nlo + found.dest_end)
        start, end = self._snap_to_words(start, end)
        if end <= start:
            return None
        # partial_ratio scores the best window of the needle's length, which forgives a changed
        # first or last word ("I took bribes" ~ "taken bribes" scores 90). The whole span, once
        # snapped to words, must be as close to the string as the threshold says: a copying slip
        # passes, a rewording does not.
        score = fuzz.ratio(_bare(target), _bare(normalize_text(self.article[start:end])))
        if score < self.fuzzy_threshold:
            return None
        return Alignment(start, end, status="fuzzy", score=round(min(score, found.score), 1))

    def _snap_to_words(self, start: int, end: int) -> tuple[int, int]:
        # A fuzzy window may cut a word in two; widen it to whole words.
        art = self.article
        while 0 < start < len(art) and art[start - 1].isalnum() and art[start].isalnum():
            start -= 1
        while 0 < end < len(art) and art[end - 1].isalnum() and art[end].isalnum():
            end += 1
        # ... and to a closing quotation mark whose opening one it contains.
        for opening, closing in (("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"')):
            inside = art[start:end]
            unbalanced = inside.count(opening) % 2 if opening == closing else inside.count(opening) > inside.count(closing)
            if unbalanced:
                rest = art[end : end + 3]
                at = rest.find(closing)
                if at != -1 and not rest[:at].strip(" ,.;:!?\u00a0\u202f"):
                    end += at + 1
        return start, end

    def best_fuzzy_score(self, text: str) -> float:
        """The best partial_ratio of ``text`` anywhere in the article (for rejection reasons)."""
        from rapidfuzz import fuzz

        target = normalize_text(text)
        if not target:
            return 0.0
        return round(fuzz.partial_ratio(target, self._norm.text), 1)

    def mentions(self, name: str, *, window: tuple[int, int] | None = None) -> list[Span]:
        """Every place ``name`` occurs as whole words (exact or normalised), in reading order.

        Pronouns and one- or two-letter names are not searched: they would match everywhere.
        """
        name = name.strip()
        if len(name) < 3 or name.lower() in _PRONOUNS:
            return []
        lo, hi = window or (0, len(self.article))
        target = normalize_text(name)
        nlo, nhi = self._norm_bounds(lo, hi)
        spans = []
        for at in _occurrences(self._norm.text, target, nlo, nhi):
            start, end = self._span(at, at + len(target))
            if (start > 0 and self.article[start - 1].isalnum()) or (end < len(self.article) and self.article[end].isalnum()):
                continue
            spans.append(Span(start=start, end=end, text=self.article[start:end]))
        return spans


def align(text: str, article: str, **options: object) -> Alignment | None:
    """Align one string to an article (see ``ArticleIndex.align``; build an ArticleIndex for many)."""
    return ArticleIndex(article).align(text, **options)  # type: ignore[arg-type]  # ArticleIndex.align's keywords, passed through
