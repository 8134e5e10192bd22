"""Claims: every attributed statement restated briefly, with its claimant, kind and hedging.

The claim text is the statement's own words, cut to its first sentence and stripped of the
complementiser and quotation marks (no paraphrase: an offline engine should not invent words).
The kind comes from the cue and the content: a denial verb → denial; a call verb or an
obligation modal (doit, must, should) → call_to_action; an accusation found in the statement →
accusation; a prediction verb or a future tense → prediction; a belief verb → opinion; else a
factual assertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.engines.offline.accusations import Accusation
from extractor.engines.offline.attribution import Attribution, DocAnalysis
from extractor.engines.offline.lexicon import Lexicon

_MAX_CHARS = 240
_LEADING = re.compile(r"^(?:que\s+|qu['’]|that\s+|de\s+|d['’]|to\s+)", re.IGNORECASE)
_MARKS = re.compile(r"[«»“”„‹›\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ý«“\"])")
_ENTITY_LABELS = frozenset({"PER", "PERSON", "ORG", "GPE", "LOC", "NORP"})


@dataclass
class ClaimDraft:
    attribution: Attribution
    text: str
    kind: str
    about: list[str]
    hedged: bool
    extra_quotes: list[Attribution] = field(default_factory=list)


def _short(text: str, *, keep_leading: bool = False) -> str:
    text = _MARKS.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    if not keep_leading:
        text = _LEADING.sub("", text, count=1)
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) > _MAX_CHARS:
        cut = first[:_MAX_CHARS].rsplit(" ", 1)[0]
        first = cut.rstrip(",;: ") + "…"
    return first[:1].upper() + first[1:] if first else first


def _kind(att: Attribution, analysis: DocAnalysis, lexicon: Lexicon, accused_here: bool) -> str:
    kinds = lexicon.claim_kinds
    cue = att.cue_lemma or ""
    if cue in kinds["denial"]:
        return "denial"
    if accused_here or cue in kinds["accusation"]:
        return "accusation"
    if cue in kinds["call_to_action"]:
        return "call_to_action"
    span = analysis.doc.char_span(att.start, att.end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    modals = kinds["obligation_modals"]
    if any((t.lemma_.lower() in modals or t.lower_ in modals) and t.pos_ in ("AUX", "VERB") for t in tokens[:12]):
        return "call_to_action"
    if cue in kinds["prediction"] or any("Fut" in t.morph.get("Tense") or t.lower_ in ("will", "won't", "'ll") for t in tokens[:12]):
        return "prediction"
    if cue in kinds["opinion"] or cue in lexicon.belief_verbs:
        return "opinion"
    return "factual_assertion"


def build_claims(analysis: DocAnalysis, accusations: list[Accusation], lexicon: Lexicon) -> list[ClaimDraft]:
    """One claim per attributed statement (statements without a known speaker are skipped)."""
    accused_by_att: dict[int, list[str]] = {}
    for record in accusations:
        for att in record.evidence:
            accused_by_att.setdefault(id(att), []).append(record.entity.name)
    drafts: list[ClaimDraft] = []
    doc = analysis.doc
    object_verbs = lexicon.object_content_verbs | lexicon.accuse_object_verbs
    for att in analysis.attributions:
        if att.speaker is None or not att.speaker.entities:
            continue
        start, end = att.statement or (att.start, att.end)
        gap = analysis.text[att.cue[1] : start] if att.cue is not None and att.cue[1] <= start else None
        if gap is not None and att.cue_lemma in object_verbs and len(gap) <= 12 and not any(c in gap for c in ",;:.«»“”\""):
            # "accusé les autorités de « protéger » …", "urged Ottawa to act": the verb is part of
            # what is claimed, so the claim starts with it.
            start = att.cue[0]
        text = _short(analysis.text[start:end], keep_leading=start != (att.statement or (att.start,))[0])
        previous = drafts[-1] if drafts else None
        if previous is not None and previous.text == text and previous.attribution.speaker is att.speaker:
            previous.extra_quotes.append(att)  # several quoted fragments of one statement: one claim
            continue
        if len(text) < 3:
            continue
        about = list(accused_by_att.get(id(att), []))
        speaker_names = {e.name for e in att.speaker.entities}
        span = doc.char_span(att.start, att.end, alignment_mode="expand")
        if span is not None:
            for ent in analysis.registry.ents_in(span.start, span.end):
                if ent.label_ in _ENTITY_LABELS and ent.text not in speaker_names and ent.text not in about:
                    about.append(ent.text)
        drafts.append(ClaimDraft(att, text, _kind(att, analysis, lexicon, bool(accused_by_att.get(id(att)))), about[:6], att.hedged))
    return drafts
