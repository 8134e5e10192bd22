"""From what the LLM returned (strings, per chunk) to a grounded Result: offsets, ids, links.

``assemble`` runs five stages, in order, each a function below:
1. quotes (``_ground_quotes``): every quote string is aligned to the article within its chunk's
   window (extractor.grounding.ArticleIndex: exact → normalized → fuzzy); what cannot be
   aligned goes to ``rejected`` with the reason; quotes found twice (chunk overlap, a model
   repeating itself) are merged by span;
2. speakers (``_gather_speakers``, ``_keep_speakers``): merged by alias (the speakers list,
   quote speakers, accusers and claimants), their mentions found in the article; a speaker
   neither named nor linked to a grounded quote is rejected;
3. links (``_link_quotes``): each quote linked to its speaker(s), with the mention nearest the
   quote as ``speaker_span``, the cue located near the quote, and ``hedged`` from the cue
   (extractor.wordlists: the same lists as the offline engine);
4. accused (``_merge_accused_parties``): one entry per party (an entry naming several is split,
   entries sharing a name or alias merge, aliases and mentions kept), evidence quote ids;
5. claims (``_ground_claims``): evidence quote ids, checked against the quotes they cite.
Evidence ids are mapped from the model's quote numbers through grounding, so nothing cites a
rejected quote; an accused party or claim with nothing in the article to stand on is rejected.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.grounding import FUZZY_THRESHOLD, ArticleIndex, normalize_text
from extractor.schemas import Accused, Claim, Quote, Rejected, Span, Speaker
from extractor.schemas.llm import Extraction, LLMQuote
from extractor.wordlists import determiners, is_hedging_cue, name_titles

_SPEAKER_WINDOW = 400
_CUE_WINDOW = 200


@dataclass
class ChunkAnswer:
    """One chunk's window in the article and the LLM's answer for it."""

    start: int
    end: int
    extraction: Extraction


@dataclass
class Assembled:
    """What ``assemble`` made of the answers: contract objects, and what could not be grounded."""

    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    accused: list[Accused] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


@dataclass
class _Group:
    """Speakers merged by alias."""

    name: str
    aliases: list[str]
    kind: str = "unknown"
    role: str | None = None
    declared: bool = False  # listed in the model's speakers (not only named on a quote)
    referenced: bool = False

    def alias_keys(self) -> set[str]:
        """The normalised forms of every alias, the keys groups are merged on."""
        return {normalize_text(a) for a in self.aliases if normalize_text(a)}


# Words two speaker strings may share without being the same speaker ("the mayor" / "the port
# authority"): determiners and titles (the shared language data), plus what that data has no
# list for: prepositions, conjunctions and the honorifics written without a dot (Mrs, Mme).
_CONNECTIVES_AND_HONORIFICS = frozenset("of and for with from to by aux sur par pour dans avec chez et ou du de mr mrs ms dr m. mme".split())
_NOT_NAMES = determiners() | name_titles() | _CONNECTIVES_AND_HONORIFICS


def _words(text: str) -> set[str]:
    words = normalize_text(text).replace(",", " ").replace("'", " ").split()
    return {w for w in words if len(w) > 2 and w not in _NOT_NAMES}


class _Speakers:
    def __init__(self) -> None:
        self.groups: list[_Group] = []

    def add(self, name: str, aliases: Sequence[str] = (), *, kind: str = "unknown", role: str | None = None, declared: bool = False) -> _Group:
        forms = [f.strip() for f in [name, *aliases] if f and f.strip()]
        keys = {normalize_text(f) for f in forms}
        for group in self.groups:
            if group.alias_keys() & keys:
                for form in forms:
                    if normalize_text(form) not in group.alias_keys():
                        group.aliases.append(form)
                # The fullest form the article uses is the canonical name.
                if declared and (not group.declared or len(name) > len(group.name)):
                    group.name = name.strip()
                if kind != "unknown" and group.kind == "unknown":
                    group.kind = kind
                group.role = group.role or role
                group.declared = group.declared or declared
                return group
        group = _Group(name=name.strip(), aliases=forms, kind=kind, role=role, declared=declared)
        self.groups.append(group)
        return group

    def lookup(self, name: str | None) -> list[_Group]:
        """Groups a speaker string refers to: an alias; else a name sharing its words (surname);
        else every known name inside it (a joint statement: "A et B")."""
        if not name or not name.strip():
            return []
        key = normalize_text(name)
        exact = [g for g in self.groups if key in g.alias_keys()]
        if exact:
            return exact[:1]
        words = _words(name)
        partial = [g for g in self.groups if words & set().union(*(_words(a) for a in g.aliases))]
        if len(partial) == 1:
            return partial
        inside = [g for g in self.groups if any(f" {k} " in f" {key} " for k in g.alias_keys() if len(k) > 2)]
        return inside or partial[:1]


def assemble(article: str, answers: list[ChunkAnswer], *, fuzzy_threshold: float = FUZZY_THRESHOLD) -> Assembled:
    """Ground and merge the chunks' answers into contract objects (ids assigned in reading order).

    The stages run in the order of the module docstring; each appends what it cannot ground to
    ``rejected`` (quotes, then speakers, accused parties, claims).
    """
    index = ArticleIndex(article, fuzzy_threshold=fuzzy_threshold)
    out = Assembled()
    grounded = _ground_quotes(index, answers, fuzzy_threshold, out.rejected)
    cast = _gather_speakers(answers, grounded)
    out.speakers, roster = _keep_speakers(index, cast, out.rejected)
    out.quotes = _link_quotes(index, grounded, cast, roster)
    out.accused = _merge_accused_parties(index, answers, grounded, cast, roster, out.rejected)
    out.claims = _ground_claims(answers, grounded, cast, roster, out.quotes, out.rejected)
    return out


# --- 1. quotes ------------------------------------------------------------------------------------
#: A quote's place in the article: (start, end) offsets.
_Offsets = tuple[int, int]


@dataclass
class _Grounded:
    """The quotes that were found in the article, by span, and where each model quote went."""

    #: span -> (the model's quote, alignment status); a span found twice keeps one entry
    by_span: dict[_Offsets, tuple[LLMQuote, str]] = field(default_factory=dict)
    #: (chunk, the model's 1-based quote number) -> span: how evidence numbers become quote ids
    number_to_span: dict[tuple[int, int], _Offsets] = field(default_factory=dict)
    spans: list[_Offsets] = field(default_factory=list)  # reading order
    ids: dict[_Offsets, str] = field(default_factory=dict)

    def evidence(self, chunk: int, numbers: list[int]) -> tuple[list[str], list[int]]:
        """Quote ids for a chunk's evidence numbers (once each), and the numbers that were not grounded."""
        ids: list[str] = []
        dropped: list[int] = []
        for n in numbers:
            span = self.number_to_span.get((chunk, n))
            if span is None:
                dropped.append(n)
            elif self.ids[span] not in ids:
                ids.append(self.ids[span])
        return ids, dropped


def _ground_quotes(index: ArticleIndex, answers: list[ChunkAnswer], fuzzy_threshold: float, rejected: list[Rejected]) -> _Grounded:
    """Stage 1: align every quote string within its chunk's window; reject what is not found;
    merge quotes found twice (chunk overlap, a model repeating itself) by span."""
    grounded = _Grounded()
    cores: dict[_Offsets, _Offsets] = {}
    for c, answer in enumerate(answers):
        near, used = answer.start, set(grounded.by_span)
        for n, llm_quote in enumerate(answer.extraction.quotes, start=1):
            found = index.align(llm_quote.text, near=near, used=used, window=(answer.start, answer.end))
            if found is None:
                score = index.best_fuzzy_score(llm_quote.text)
                rejected.append(
                    Rejected(
                        item="quote",
                        text=llm_quote.text,
                        reason=f"not found in the article (exact, normalised; best fuzzy score {score:g} < {fuzzy_threshold:g})",
                        data=llm_quote.model_dump(mode="json"),
                    )
                )
                continue
            # The same words with or without their quotation marks are one quote; a direct quote
            # is the words inside the marks (the convention of the gold annotations).
            core = _core(index.article, found.start, found.end)
            if core[1] <= core[0]:
                core = (found.start, found.end)
            span = cores.setdefault(core, core if llm_quote.kind == "direct" else (found.start, found.end))
            used.add(span)
            near = found.end
            grounded.number_to_span[(c, n)] = span
            if span not in grounded.by_span:
                grounded.by_span[span] = (llm_quote, found.status)
            elif not grounded.by_span[span][0].speakers and llm_quote.speakers:
                grounded.by_span[span] = (llm_quote, grounded.by_span[span][1])
    grounded.spans = sorted(grounded.by_span)
    grounded.ids = {span: f"q{i}" for i, span in enumerate(grounded.spans, start=1)}
    return grounded


# --- 2. speakers ----------------------------------------------------------------------------------
@dataclass
class _Cast:
    """Every speaker string of the answers resolved to a merged speaker group."""

    speakers: _Speakers
    by_quote: dict[_Offsets, list[_Group]]
    #: per chunk, per accused entry: the groups of its accusers, in the model's order
    accusers: list[list[list[_Group]]]
    #: per chunk, per claim: the groups of its claimant (several for a joint claim)
    claimants: list[list[list[_Group]]]


def _gather_speakers(answers: list[ChunkAnswer], grounded: _Grounded) -> _Cast:
    """Stage 2: merge speakers by alias — the speakers list first, then the names on grounded
    quotes, accusers and claimants (a name nobody declared becomes a group of its own)."""
    speakers = _Speakers()
    for answer in answers:
        for s in answer.extraction.speakers:
            speakers.add(s.name, s.aliases, kind=s.kind, role=s.role, declared=True)
    by_quote = {span: _quote_speakers(speakers, grounded.by_span[span][0].speakers) for span in grounded.spans}
    accusers: list[list[list[_Group]]] = []
    claimants: list[list[list[_Group]]] = []
    for answer in answers:  # chunk by chunk, accusers before claimants: lookups see earlier names
        accusers.append([[g for name in a.accusers for g in (speakers.lookup(name) or [speakers.add(name)])] for a in answer.extraction.accused])
        claimants.append([(speakers.lookup(c.claimant) or [speakers.add(c.claimant)]) if c.claimant else [] for c in answer.extraction.claims])
    return _Cast(speakers, by_quote, accusers, claimants)


def _quote_speakers(speakers: _Speakers, names: list[str]) -> list[_Group]:
    """One group per name a quote lists (several for a joint statement), in the model's order."""
    groups: list[_Group] = []
    for name in names:
        found = speakers.lookup(name)
        if len(found) == 1 and normalize_text(name) not in found[0].alias_keys() and _words(name) <= set().union(*(_words(a) for a in found[0].aliases)):
            # A shorter form of a known speaker ("Raab" for "Dominic Raab"): one more alias,
            # so its mentions are found too.
            found[0].aliases.append(name.strip())
        for g in found or [speakers.add(name)]:
            if all(g is not other for other in groups):
                groups.append(g)
    for g in groups:
        g.referenced = True
    return groups


@dataclass
class _Roster:
    """The speakers kept: their mentions in the article and their ids (by ``id()`` of the group)."""

    mentions: dict[int, list[Span]]
    ids: dict[int, str]


def _keep_speakers(index: ArticleIndex, cast: _Cast, rejected: list[Rejected]) -> tuple[list[Speaker], _Roster]:
    """Stage 2 (end): find each group's mentions; keep a speaker the article names or a grounded
    quote is linked to — an accuser or claimant the model made up (never named, no quote) is
    rejected — and number the kept ones in order of first mention."""
    groups = cast.speakers.groups
    mentions = {id(g): _mentions_of(index, g.aliases) for g in groups}
    kept = []
    for g in groups:
        if mentions[id(g)] or g.referenced:
            kept.append(g)
        else:
            rejected.append(
                Rejected(item="speaker", text=g.name, reason="not mentioned in the article and not linked to any grounded quote", data={"name": g.name, "aliases": g.aliases, "kind": g.kind, "role": g.role})
            )
    kept.sort(key=lambda g: (mentions[id(g)][0].start if mentions[id(g)] else len(index.article), g.name))
    ids = {id(g): f"s{i}" for i, g in enumerate(kept, start=1)}
    speakers = [
        Speaker(
            id=ids[id(g)],
            name=g.name,
            aliases=list(dict.fromkeys(g.aliases)),
            kind=g.kind,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
            role=g.role,
            mentions=mentions[id(g)],
        )
        for g in kept
    ]
    return speakers, _Roster(mentions, ids)


# --- 3. links: each quote to its speaker(s), speaker mention and cue ------------------------------
def _link_quotes(index: ArticleIndex, grounded: _Grounded, cast: _Cast, roster: _Roster) -> list[Quote]:
    """Stage 3: one Quote per grounded span, in reading order, linked to its speaker(s), with the
    speaker's mention nearest the quote as ``speaker_span`` and the cue located near the quote."""
    quotes = []
    for span in grounded.spans:
        llm_quote, status = grounded.by_span[span]
        groups = cast.by_quote[span]
        start, end = span
        cue = llm_quote.cue.strip() if llm_quote.cue and llm_quote.cue.strip() else None
        quotes.append(
            Quote(
                id=grounded.ids[span],
                text=index.article[start:end],
                start=start,
                end=end,
                kind=llm_quote.kind,
                speaker=", ".join(g.name for g in groups) if groups else None,
                speaker_ids=[roster.ids[id(g)] for g in groups if id(g) in roster.ids],
                cue=cue,
                cue_span=_near(index, llm_quote.cue, start, end, _CUE_WINDOW),
                speaker_span=_speaker_span(index, llm_quote, groups, roster, span),
                hedged=is_hedging_cue(cue),
                alignment=status,  # type: ignore[arg-type]  # a str; pydantic checks it against the literal here
            )
        )
    return quotes


def _speaker_span(index: ArticleIndex, llm_quote: LLMQuote, groups: list[_Group], roster: _Roster, span: _Offsets) -> Span | None:
    """The mention of the quote's speaker nearest the quote; none for a joint statement, which
    has no single introducing mention (the gold convention)."""
    if len(groups) != 1:
        return None
    start, end = span
    found = _nearest_mention(roster.mentions[id(groups[0])], start, end)
    if found is None:
        found = _near(index, llm_quote.speakers[0], start, end, _SPEAKER_WINDOW)
    return found


# --- 4. accused -----------------------------------------------------------------------------------
def _merge_accused_parties(index: ArticleIndex, answers: list[ChunkAnswer], grounded: _Grounded, cast: _Cast, roster: _Roster, rejected: list[Rejected]) -> list[Accused]:
    """Stage 4: one entry per accused party — an entry naming several parties is split, entries
    whose names or aliases overlap ("la Chine" with aliases "Pékin", and a separate "Pékin")
    merge — with evidence quote ids; a party neither named in the article nor backed by a
    grounded quote is rejected. Numbered in order of first mention."""
    merged: list[dict] = []
    for c, answer in enumerate(answers):
        for a, groups in zip(answer.extraction.accused, cast.accusers[c], strict=True):
            ids, _ = grounded.evidence(c, a.evidence)
            parties = split_parties(a.name)
            for party in parties:
                # Aliases the model gave belong to the entry as a whole: kept only when it names one party.
                forms = list(dict.fromkeys(f.strip() for f in [party, *(a.aliases if len(parties) == 1 else [])] if f.strip()))
                found_mentions = _mentions_of(index, forms)
                if not found_mentions and not ids:
                    rejected.append(Rejected(item="accused", text=party, reason="not mentioned in the article and no grounded evidence quote", data=a.model_dump(mode="json")))
                    continue
                keys = {normalize_text(f) for f in forms} - {""}
                entry = _accused_entry(merged, party, keys)
                _merge_accused(entry, {"aliases": forms, "keys": keys, "accusers": [], "accuser_ids": [], "accusation": a.accusation, "quote_ids": ids, "mentions": found_mentions})
                _add_accusers(entry, a.accusers, groups, roster)
    accused = []
    for i, entry in enumerate(sorted(merged, key=lambda e: e["mentions"][0].start if e["mentions"] else len(index.article)), start=1):
        entry.pop("keys")
        accused.append(Accused(id=f"a{i}", **entry))
    return accused


def _accused_entry(merged: list[dict], party: str, keys: set[str]) -> dict:
    """The entry a party with these name keys joins (entries it bridges are merged into the
    first), or a new one."""
    overlapping = [e for e in merged if e["keys"] & keys]
    if not overlapping:
        entry: dict = {"name": party, "aliases": [], "keys": set(), "accusers": [], "accuser_ids": [], "accusation": None, "quote_ids": [], "mentions": []}
        merged.append(entry)
        return entry
    entry = overlapping[0]
    for other in overlapping[1:]:
        _merge_accused(entry, other)
        merged.remove(other)
    return entry


def _add_accusers(entry: dict, names: list[str], groups: list[_Group], roster: _Roster) -> None:
    """Add an accused entry's accusers: a kept speaker's canonical name, else the name as given."""
    for name, g in zip(names, groups, strict=False):
        display = g.name if id(g) in roster.ids else name
        if display not in entry["accusers"]:
            entry["accusers"].append(display)
    for g in groups:
        if id(g) in roster.ids and roster.ids[id(g)] not in entry["accuser_ids"]:
            entry["accuser_ids"].append(roster.ids[id(g)])


# --- 5. claims ------------------------------------------------------------------------------------
def _ground_claims(answers: list[ChunkAnswer], grounded: _Grounded, cast: _Cast, roster: _Roster, quotes: list[Quote], rejected: list[Rejected]) -> list[Claim]:
    """Stage 5: claims with evidence quote ids; a claim standing on nothing grounded, or sharing
    no content word with its evidence, is rejected; a claim repeated by the same claimant is kept once."""
    quote_by_id = {q.id: q for q in quotes}
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for c, answer in enumerate(answers):
        for claim, groups in zip(answer.extraction.claims, cast.claimants[c], strict=True):
            ids, dropped = grounded.evidence(c, claim.evidence)
            reason = _claim_rejection(claim.text, ids, dropped, any(roster.mentions.get(id(g)) for g in groups), quote_by_id)
            if reason is not None:
                rejected.append(Rejected(item="claim", text=claim.text, reason=reason, data=claim.model_dump(mode="json")))
                continue
            key = (normalize_text(claim.text), normalize_text(claim.claimant or ""))
            if key in seen:
                continue
            seen.add(key)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    text=claim.text.strip(),
                    claimant=", ".join(g.name for g in groups) if groups else claim.claimant,
                    claimant_ids=[roster.ids[id(g)] for g in groups if id(g) in roster.ids],
                    about=list(dict.fromkeys(a.strip() for a in claim.about if a.strip())),
                    kind=claim.kind,
                    hedged=any(quote_by_id[i].hedged for i in ids),
                    quote_ids=ids,
                )
            )
    return claims


def _claim_rejection(text: str, ids: list[str], dropped: list[int], claimant_mentioned: bool, quote_by_id: dict[str, Quote]) -> str | None:
    """Why a claim cannot stand (None when it can)."""
    # Every cited quote rejected: the claim stands on invented words, whoever is named.
    if not ids and (dropped or not claimant_mentioned):
        return "cites only quotes that could not be grounded" if dropped else "no grounded evidence quote and the claimant is not mentioned in the article"
    if ids and not _shares_content(text, [quote_by_id[i].text for i in ids]):
        # A restatement shares words with what it restates; one sharing none paraphrases
        # something else (e.g. an invented quote) while citing a real one.
        return "shares no content word with its evidence quotes"
    return None


#: Words shorter than this carry little content (articles, pronouns, most prepositions).
_CONTENT_WORD_CHARS = 4
#: Words are compared on their first letters, so inflections meet (protège / protéger, family /
#: families): a cheap stem that works the same in French and English.
_STEM_CHARS = 5


def _content_stems(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return {word[:_STEM_CHARS] for word in re.findall(r"\w+", plain) if len(word) >= _CONTENT_WORD_CHARS or word.isdigit()}


def _shares_content(claim: str, quotes: list[str]) -> bool:
    """True when the claim shares at least one content word (stem or number) with its evidence."""
    stems = _content_stems(claim)
    return not stems or bool(stems & set().union(*(_content_stems(q) for q in quotes)))


_QUOTE_MARKS = "«»“”„\" \u00a0\u202f\u2009"


def _core(article: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding quotation marks and spaces.

    Single quotes count only as a pair (‘…’ or '…'): alone, a final ’ or ' is an apostrophe.
    """
    while True:
        before = (start, end)
        while start < end and article[start] in _QUOTE_MARKS:
            start += 1
        while end > start and article[end - 1] in _QUOTE_MARKS:
            end -= 1
        if end - start >= 2 and (article[start], article[end - 1]) in (("\u2018", "\u2019"), ("'", "'")):
            start, end = start + 1, end - 1
        if (start, end) == before:
            return start, end


def _nearest_mention(candidates: list[Span], start: int, end: int) -> Span | None:
    close = [m for m in candidates if m.end >= start - _SPEAKER_WINDOW and m.start <= end + _SPEAKER_WINDOW and not (start <= m.start < end)]
    if not close:
        close = [m for m in candidates if m.end >= start - _SPEAKER_WINDOW and m.start <= end + _SPEAKER_WINDOW]
    if not close:
        return None
    return min(close, key=lambda m: start - m.end if m.end <= start else m.start - end if m.start >= end else 0)


def _near(index: ArticleIndex, text: str | None, start: int, end: int, radius: int) -> Span | None:
    """``text`` located close to [start, end) (exact or normalised; never fuzzy)."""
    if not text or not text.strip():
        return None
    window = (max(0, start - radius), min(len(index.article), end + radius))
    candidates = [m for m in index.mentions(text, window=window)]
    if not candidates:
        found = index.align(text, near=end, window=window, fuzzy=False)
        if found is None:
            return None
        candidates = [Span(start=found.start, end=found.end, text=index.article[found.start : found.end])]
    return _nearest_mention(candidates, start, end) or candidates[0]


def _mentions_of(index: ArticleIndex, forms: list[str]) -> list[Span]:
    """Where any of ``forms`` is named in the article; a longer form covering a shorter one's
    match keeps the longer span."""
    found: dict[tuple[int, int], Span] = {}
    for form in forms:
        for m in index.mentions(form):
            if not any(s <= m.start and m.end <= e for (s, e) in found):
                found = {k: v for k, v in found.items() if not (m.start <= k[0] and k[1] <= m.end)}
                found[(m.start, m.end)] = m
    return sorted(found.values(), key=lambda s: s.start)


def _merge_accused(entry: dict, other: dict) -> None:
    for form in other["aliases"]:
        if normalize_text(form) not in {normalize_text(a) for a in entry["aliases"]}:
            entry["aliases"].append(form)
    entry["keys"] |= other["keys"]
    entry["accusers"].extend(a for a in other["accusers"] if a not in entry["accusers"])
    entry["accuser_ids"].extend(a for a in other["accuser_ids"] if a not in entry["accuser_ids"])
    entry["accusation"] = entry["accusation"] or other["accusation"]
    entry["quote_ids"].extend(q for q in other["quote_ids"] if q not in entry["quote_ids"])
    spans = {(m.start, m.end): m for m in [*entry["mentions"], *other["mentions"]]}
    entry["mentions"] = sorted(spans.values(), key=lambda m: m.start)


# Coordination inside a noun phrase: "A, B et C", "A and B".
_COORDINATION = re.compile(r",\s+(?:et\s+|and\s+)?|\s+(?:et|and)\s+")
# A part that is a party of its own: it starts with a determiner ("la préfecture", "the union") ...
_DETERMINERS = ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ", "the ", "a ", "an ")
# ... or it is a code name or an acronym (APT40, NATO).
_CODE_NAME = re.compile(r"^(?:[A-Z][A-Z0-9-]*\d[A-Z0-9-]*|[A-Z]{2,})$")


def split_parties(name: str) -> list[str]:
    """The parties a coordinated accused name lists, or ``[name]`` when it names one.

    "Hydrotech et la préfecture" → two; "un groupe connu sous les noms de APT40 et APT31" →
    "APT40", "APT31" (code names: the head noun before them describes both). A coordination of
    bare capitalised words stays whole ("Procter and Gamble", "Department of Health and Human
    Services"), as does one whose later part is not a noun phrase ("ministère de la Santé et
    de la Prévention").
    """
    if not re.search(r"\s(?:et|and)\s", name):  # a comma alone is an apposition (Hydrotech, la société)
        return [name.strip()]
    parts = [p.strip() for p in _COORDINATION.split(name.strip()) if p.strip()]
    if len(parts) < 2:
        return [name.strip()]
    rest = parts[1:]
    if all(_CODE_NAME.match(p) for p in rest):
        last_word = parts[0].split()[-1]
        if _CODE_NAME.match(last_word):
            return [last_word, *rest]
        return [name.strip()]
    if all(p.casefold().startswith(_DETERMINERS) for p in rest):
        return parts
    return [name.strip()]
