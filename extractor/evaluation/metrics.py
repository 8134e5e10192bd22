"""Scoring predictions against gold: per article, then micro and macro totals.

Conventions (evals/README.md, "How predictions are scored"):

- precision = matched / predicted, recall = matched / gold, F1 their harmonic mean;
- nothing predicted and nothing to find: 1.0 for all three (an empty article done right);
  nothing predicted but something to find: precision 0 and recall 0; something predicted but
  nothing to find: precision 0 and recall 0 (F1 is then 0);
- micro totals sum the counts over articles; macro totals average the per-article values over
  the articles where that layer is annotated;
- layers the gold does not annotate (a quote-attribution corpus has no accused or claims) are
  reported as null, never as 0.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.evaluation.gold import load_gold, load_predictions, pair_predictions
from extractor.evaluation.matching import (
    CLAIM_TEXT_THRESHOLD,
    Interval,
    best_name_score,
    claim_similarity,
    coordinated_names,
    intervals_overlap,
    is_pronoun,
    match_greedy,
    match_spans,
    name_like,
    name_tokens,
    span_length,
)
from extractor.schemas import Quote, Result
from extractor.schemas.gold import GoldArticle, GoldQuote

DEFAULT_MIN_OVERLAP = 0.3
STRICT_MIN_OVERLAP = 0.8

#: The metrics a baseline compares and `extractor eval compare` shows, as dotted keys.
HEADLINE_METRICS = (
    "quotes.precision",
    "quotes.recall",
    "quotes.f1",
    "quotes.strict.f1",
    "speakers.accuracy",
    "speakers.set.f1",
    "accused.f1",
    "claims.f1",
)


@dataclass
class PRF:
    """Counts and the precision/recall/F1 they give."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        if self.predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.matched / self.predicted

    @property
    def recall(self) -> float:
        if self.gold == 0:
            return 1.0 if self.predicted == 0 else 0.0
        return self.matched / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else round(num / den, 4)


def _macro(values: Sequence[PRF]) -> dict[str, float] | None:
    if not values:
        return None
    n = len(values)
    return {
        "precision": round(sum(v.precision for v in values) / n, 4),
        "recall": round(sum(v.recall for v in values) / n, 4),
        "f1": round(sum(v.f1 for v in values) / n, 4),
    }


def _intervals(quote: Quote) -> list[Interval]:
    fragments = getattr(quote, "fragments", None)
    if fragments:
        return [(f.start, f.end) for f in fragments]
    return [(quote.start, quote.end)]


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- per-article pieces -------------------------------------------------------------------


def _gold_speaker_aliases(gold: GoldArticle, quote: GoldQuote) -> list[list[str]]:
    """One alias list per gold speaker of the quote (several for a joint statement)."""
    lists = []
    for sid in quote.speaker_ids:
        speaker = gold.speaker_by_id(sid)
        if speaker is not None:
            lists.append([speaker.name, *speaker.aliases])
    if not lists and quote.speaker:
        lists.append([quote.speaker])
    return lists


def _predicted_speaker_readings(result: Result, quote: Quote) -> list[list[str]]:
    """The ways to read the speakers a prediction gives a quote: its speakers' canonical names
    when it links speaker ids; else the display name whole, and split at ', ' (the contract's
    separator for joint statements, but also found inside "Smith, a spokesman")."""
    names = [s.name for sid in quote.speaker_ids if (s := result.speaker_by_id(sid)) is not None]
    if names:
        return [names]
    if not quote.speaker or not quote.speaker.strip():
        return [[]]
    whole = [quote.speaker.strip()]
    parts = [n.strip() for n in quote.speaker.split(", ") if n.strip()]
    if len(parts) < 2:
        return [whole]
    # Every piece a name: a joint statement, read as such only. Otherwise ("Smith, a
    # spokesman") the whole string may be one speaker described by an apposition.
    return [parts] if all(name_like(p) for p in parts) else [whole, parts]


def _predicted_speaker_names(result: Result, quote: Quote) -> list[str]:
    return _predicted_speaker_readings(result, quote)[0]


def _spans_touch(a: Any, b: Any) -> bool:
    return a is not None and b is not None and min(a.end, b.end) > max(a.start, b.start)


@dataclass
class SpeakerVerdict:
    """How the speaker of one matched quote was judged."""

    scored: bool
    correct: bool = False
    partial: bool = False
    by_position: bool = False
    gold_names: list[str] = field(default_factory=list)
    predicted_names: list[str] = field(default_factory=list)
    pronoun_gold: bool = False


def _joint_names_of_one_gold_speaker(alias_lists: list[list[str]], predicted: list[str]) -> bool:
    """Whether several predicted speakers are the joint speakers the offsets gold of
    evals/extra_fr and evals/train_fr lists as the aliases of one speaker (« Les États-Unis et
    l'Union européenne ont accusé … »: `speakers` lists both): each predicted name is, word for
    word, a different alias of that one gold speaker. Exact words only, so that a stray name
    taken from inside a descriptive alias ("Président du Tchad") is no joint speaker."""
    if len(alias_lists) != 1 or len(predicted) < 2:
        return False
    aliases = {name_tokens(a) for a in alias_lists[0]} - {()}
    names = [name_tokens(n) for n in predicted]
    return len(set(names)) == len(names) and all(n in aliases for n in names)


def judge_speaker(gold: GoldArticle, gquote: GoldQuote, result: Result, pquote: Quote) -> SpeakerVerdict:
    """Right when the predicted speakers and the gold speakers pair up one-to-one by alias
    agreement (a joint statement needs all its speakers). When the gold speaker is a bare
    pronoun (PolNeAR annotates "he" where the article says he), names cannot be compared, so it
    is right when the predicted speaker span overlaps the gold one."""
    alias_lists = _gold_speaker_aliases(gold, gquote)
    # One gold speaker written as a coordination of names ("A and B", as the offsets-only golds
    # write a joint statement) is read as those names apart, the way the engine and our own
    # gold list them; the whole string still counts word for word ("Procter & Gamble"), but no
    # longer any one of the names alone: a joint statement needs all its speakers.
    joint = coordinated_names(alias_lists[0][0]) if len(alias_lists) == 1 else []
    gold_speakers = joint or alias_lists
    readings = _predicted_speaker_readings(result, pquote)
    verdict = SpeakerVerdict(
        scored=bool(alias_lists),
        gold_names=[aliases[0] for aliases in alias_lists],
        predicted_names=readings[0],
        pronoun_gold=bool(alias_lists) and all(is_pronoun(a[0]) for a in alias_lists),
    )
    if not alias_lists:
        return verdict
    for predicted in readings:
        pairs = match_greedy(gold_speakers, predicted, lambda aliases, name: best_name_score([name], aliases))
        verdict.partial = verdict.partial or bool(pairs)
        whole_joint_name = bool(joint) and len(predicted) == 1 and name_tokens(predicted[0]) == name_tokens(alias_lists[0][0])
        if len(pairs) == len(gold_speakers) == len(predicted) or _joint_names_of_one_gold_speaker(gold_speakers, predicted) or whole_joint_name:
            verdict.correct = True
            verdict.predicted_names = predicted
    if not verdict.correct and verdict.pronoun_gold and len(alias_lists) == 1 and _spans_touch(gquote.speaker_span, pquote.speaker_span):
        verdict.correct = verdict.partial = verdict.by_position = True
    return verdict


@dataclass
class ArticleEvaluation:
    """Everything scored for one article (the HTML report reads the lists)."""

    id: str
    language: str
    annotated: list[str]
    quotes: PRF
    strict: PRF
    grounded: int
    kind_correct: int
    kind_by_gold: dict[str, list[int]]  # kind -> [gold, found]
    kind_by_pred: dict[str, list[int]]  # kind -> [predicted, correct]
    pairs: list[tuple[int, int, float]]  # (gold quote index, pred quote index, coverage)
    missed: list[int]  # gold quote indices
    spurious: list[int]  # pred quote indices
    speaker_verdicts: dict[int, SpeakerVerdict]  # gold quote index -> verdict
    speaker_set: PRF | None
    speaker_set_missed: list[str]
    speaker_set_spurious: list[str]
    accused: PRF | None
    accusers: PRF | None
    accused_missed: list[str]
    accused_spurious: list[str]
    claims: PRF | None
    claims_missed: list[str]
    claims_spurious: list[str]
    has_prediction: bool
    speakers_gold: int = 0  # gold quotes that have a speaker (the attribution_recall denominator)
    claims_kind_pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold kind, predicted kind) per matched claim
    claims_by_text: PRF | None = None  # claims matched by claimant + text alone
    cue_type_by_pred: dict[str, list[int]] = field(default_factory=dict)  # predicted cue type -> [predicted, correct]
    cue_by_pred: dict[str, list[int]] = field(default_factory=dict)  # predicted cue lemma -> [predicted, correct]
    cue_by_gold: dict[str, list[int]] = field(default_factory=dict)  # gold cue lemma -> [gold, found]
    claims_about_found: int = 0  # gold `about` entries of matched claims named by the prediction
    claims_about_gold: int = 0  # gold `about` entries of matched claims

    @property
    def speakers_scored(self) -> int:
        return sum(v.scored for v in self.speaker_verdicts.values())

    @property
    def speakers_correct(self) -> int:
        return sum(v.correct for v in self.speaker_verdicts.values() if v.scored)

    def to_dict(self, gold: GoldArticle | None = None, result: Result | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "language": self.language,
            "has_prediction": self.has_prediction,
            "quotes": self.quotes.to_dict(),
            "quotes_strict_f1": round(self.strict.f1, 4),
            "speakers": {
                "accuracy": _ratio(self.speakers_correct, self.speakers_scored),
                "correct": self.speakers_correct,
                "scored": self.speakers_scored,
                "set": self.speaker_set.to_dict() if self.speaker_set else None,
            },
            "accused": self.accused.to_dict() if self.accused else None,
            "claims": self.claims.to_dict() if self.claims else None,
        }
        if gold is not None:
            out["missed_quotes"] = [
                {"start": gold.quotes[i].start, "end": gold.quotes[i].end, "speaker": gold.quotes[i].speaker, "text": _short(gold.quotes[i].text)}
                for i in self.missed
            ]
            out["wrong_speakers"] = [
                {"start": gold.quotes[i].start, "end": gold.quotes[i].end, "gold": v.gold_names, "predicted": v.predicted_names,
                 "text": _short(gold.quotes[i].text)}
                for i, v in sorted(self.speaker_verdicts.items())
                if v.scored and not v.correct
            ]
        if result is not None:
            out["spurious_quotes"] = [
                {"start": result.quotes[i].start, "end": result.quotes[i].end, "speaker": result.quotes[i].speaker, "text": _short(result.quotes[i].text)}
                for i in self.spurious
            ]
        out["missed_speakers"] = self.speaker_set_missed
        out["spurious_speakers"] = self.speaker_set_spurious
        out["missed_accused"] = self.accused_missed
        out["spurious_accused"] = self.accused_spurious
        out["missed_claims"] = self.claims_missed
        out["spurious_claims"] = self.claims_spurious
        return out


def _entity_names(name: str, aliases: Iterable[str]) -> list[str]:
    return [name, *aliases]


def _score_speaker_set(gold: GoldArticle, result: Result) -> tuple[PRF, list[str], list[str]]:
    gold_entities = [s for s in gold.speakers if not is_pronoun(s.name)]
    predicted = [(s.name, _entity_names(s.name, s.aliases)) for s in result.speakers if not is_pronoun(s.name)]
    if not result.speakers:
        # An engine that fills only quote.speaker still gets its speakers counted.
        seen: dict[str, None] = {}
        for q in result.quotes:
            for n in _predicted_speaker_names(result, q):
                if not is_pronoun(n):
                    seen.setdefault(n)
        predicted = [(n, [n]) for n in seen]
    pairs = match_greedy(
        [_entity_names(s.name, s.aliases) for s in gold_entities],
        [names for _, names in predicted],
        lambda g, p: best_name_score(p, g),
    )
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}
    missed = [s.name for i, s in enumerate(gold_entities) if i not in matched_g]
    spurious = [name for i, (name, _) in enumerate(predicted) if i not in matched_p]
    return PRF(len(pairs), len(predicted), len(gold_entities)), missed, spurious


def _accuser_names_gold(gold: GoldArticle, accused: Any) -> list[list[str]]:
    lists = [[s.name, *s.aliases] for sid in accused.accuser_ids if (s := gold.speaker_by_id(sid))]
    if not lists:
        lists = [[name] for name in accused.accusers]
    return lists


def _accuser_names_pred(result: Result, accused: Any) -> list[list[str]]:
    """One list of names per predicted accuser: the speaker's name and its aliases, as the gold
    accusers and the predicted claimants are compared (Moscou for Russie counts both ways)."""
    lists = [[s.name, *s.aliases] for sid in accused.accuser_ids if (s := result.speaker_by_id(sid))]
    return lists or [[name] for name in accused.accusers]


def _score_accused(gold: GoldArticle, result: Result) -> tuple[PRF, PRF, list[str], list[str]]:
    pairs = match_greedy(
        [_entity_names(a.name, a.aliases) for a in gold.accused],
        [_entity_names(a.name, a.aliases) for a in result.accused],
        lambda g, p: best_name_score(p, g),
    )
    # "By whom": (accused, accuser) pairs; a predicted pair is right when its accused matched
    # the gold accused and its accuser agrees with one of that gold accused's accusers.
    accusers = PRF(
        predicted=sum(len(_accuser_names_pred(result, a)) for a in result.accused),
        gold=sum(len(_accuser_names_gold(gold, a)) for a in gold.accused),
    )
    for gi, pi, _ in pairs:
        gold_lists = _accuser_names_gold(gold, gold.accused[gi])
        pred_names = _accuser_names_pred(result, result.accused[pi])
        accusers.matched += len(match_greedy(gold_lists, pred_names, lambda aliases, names: best_name_score(names, aliases)))
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}
    missed = [a.name for i, a in enumerate(gold.accused) if i not in matched_g]
    spurious = [a.name for i, a in enumerate(result.accused) if i not in matched_p]
    return PRF(len(pairs), len(result.accused), len(gold.accused)), accusers, missed, spurious


@dataclass
class ClaimScore:
    """How one article's claims were scored (see `_score_claims`)."""

    prf: PRF
    missed: list[str]
    spurious: list[str]
    kind_pairs: list[tuple[str, str]]  # (gold kind, predicted kind) per matched claim
    by_text: PRF
    about_found: int  # gold `about` entries of matched claims that the predicted claim names
    about_gold: int  # gold `about` entries of matched claims


def _gold_name_lists(gold: GoldArticle) -> list[list[str]]:
    """Every alias list the gold knows (speakers and accused parties), to widen an `about` entry."""
    return [[s.name, *s.aliases] for s in gold.speakers] + [[a.name, *a.aliases] for a in gold.accused]


def _about_aliases(entry: str, known: list[list[str]]) -> list[str]:
    """A gold `about` entry with the aliases of the gold entity it names, when there is one
    ("la Chine" -> also "Pékin", "le gouvernement chinois")."""
    for aliases in known:
        if best_name_score([entry], aliases) >= 0.95:
            return [entry, *aliases]
    return [entry]


def _about_found(gold_about: Sequence[str], pred_about: Sequence[str], known: list[list[str]]) -> int:
    """Gold `about` entries that some predicted entry names (name agreement, 1:1)."""
    return len(match_greedy([_about_aliases(e, known) for e in gold_about], list(pred_about), lambda aliases, name: best_name_score([name], aliases)))


def _gold_claimant_lists(gold: GoldArticle, gold_quotes: dict[str, GoldQuote], claim: Any) -> list[list[str]]:
    """Acceptable names for a gold claim's claimant: each claimant's name and aliases (else the
    claimant as written), and those of the speakers of its evidence quotes."""
    lists = [[s.name, *s.aliases] for sid in claim.claimant_ids if (s := gold.speaker_by_id(sid))]
    if not lists and claim.claimant:
        lists = [[claim.claimant]]
    for qid in claim.quote_ids:
        if qid in gold_quotes:
            lists.extend(_gold_speaker_aliases(gold, gold_quotes[qid]))
    return lists


def _predicted_claimants(result: Result, claim: Any) -> list[str]:
    """Every name a predicted claim gives its claimant (speaker names and aliases, else the claimant as written)."""
    names = [n for sid in claim.claimant_ids if (s := result.speaker_by_id(sid)) for n in (s.name, *s.aliases)]
    if not names and claim.claimant:
        names = [n.strip() for n in claim.claimant.split(", ") if n.strip()]
    return names


def _evidence_coverage(gclaim: Any, pclaim: Any, gold_quotes: dict[str, GoldQuote], pred_quotes: dict[str, Quote]) -> float:
    """The best share of a gold evidence quote that a predicted evidence quote covers."""
    best = 0.0
    for gid in gclaim.quote_ids:
        if gid not in gold_quotes:
            continue
        g = _intervals(gold_quotes[gid])
        glen = span_length(g)
        for pid in pclaim.quote_ids:
            if glen > 0 and pid in pred_quotes:
                best = max(best, intervals_overlap(g, _intervals(pred_quotes[pid])) / glen)
    return best


def claim_pairs(gold: GoldArticle, result: Result, min_overlap: float = DEFAULT_MIN_OVERLAP) -> list[tuple[int, int, float]]:
    """(gold claim index, predicted claim index, score) of the claims that match under
    FR_GUIDELINES.md's rule (`_score_claims`)."""
    return _claim_matching(gold, result, min_overlap)[0]


def _claim_matching(gold: GoldArticle, result: Result, min_overlap: float) -> tuple[list[tuple[int, int, float]], Callable[..., float]]:
    """The matched pairs and the scoring function (`_score_claims` scores by text with it too)."""
    gold_quotes = {q.id: q for q in gold.quotes}
    pred_quotes = {q.id: q for q in result.quotes}

    def score(gclaim: Any, pclaim: Any, *, use_evidence: bool = True) -> float:
        gold_claimants = _gold_claimant_lists(gold, gold_quotes, gclaim)
        if gold_claimants:
            names = _predicted_claimants(result, pclaim)
            if not any(best_name_score(names, aliases) > 0 for aliases in gold_claimants):
                return 0.0
        similarity = max(claim_similarity(t, pclaim.text) for t in [gclaim.text, *getattr(gclaim, "alternatives", [])]) / 100.0
        has_evidence = any(q in gold_quotes for q in gclaim.quote_ids)
        if use_evidence and has_evidence:
            covered = _evidence_coverage(gclaim, pclaim, gold_quotes, pred_quotes)
            return 1.0 + covered + similarity if covered >= min_overlap - 1e-12 else 0.0
        return similarity if similarity * 100.0 >= CLAIM_TEXT_THRESHOLD else 0.0

    return match_greedy(gold.claims, result.claims, score), score


def _score_claims(gold: GoldArticle, result: Result, min_overlap: float = DEFAULT_MIN_OVERLAP) -> ClaimScore:
    """FR_GUIDELINES.md's rule: a predicted claim matches a gold claim when its claimant agrees
    (normalised names, any alias of the gold claimant or of the speakers of the gold evidence
    quotes) and one of its evidence quotes covers at least ``min_overlap`` of one of the gold
    claim's evidence quotes; a gold claim without evidence quote (a statement whose content is
    a bare noun phrase) is matched by text similarity instead. Pairs are one-to-one, the best
    evidence coverage first, text similarity breaking ties (a quote carrying two claims)."""
    known_names = _gold_name_lists(gold)
    pairs, score = _claim_matching(gold, result, min_overlap)
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}
    missed = [f"{c.claimant or '?'}: {_short(c.text, 100)}" for i, c in enumerate(gold.claims) if i not in matched_g]
    spurious = [f"{c.claimant or '?'}: {_short(c.text, 100)}" for i, c in enumerate(result.claims) if i not in matched_p]
    kind_pairs: list[tuple[str, str]] = [(gold.claims[g].kind, result.claims[p].kind) for g, p, _ in pairs]
    about_gold = sum(len(gold.claims[g].about) for g, _, _ in pairs)
    about_found = sum(_about_found(gold.claims[g].about, result.claims[p].about, known_names) for g, p, _ in pairs)
    # Claimant + text similarity alone, evidence ignored: how far the restatements agree.
    by_text = match_greedy(gold.claims, result.claims, lambda g, p: score(g, p, use_evidence=False))
    return ClaimScore(
        PRF(len(pairs), len(result.claims), len(gold.claims)), missed, spurious, kind_pairs,
        PRF(len(by_text), len(result.claims), len(gold.claims)), about_found, about_gold,
    )


def evaluate_article(
    gold: GoldArticle,
    result: Result | None,
    *,
    min_overlap: float = DEFAULT_MIN_OVERLAP,
    strict_overlap: float = STRICT_MIN_OVERLAP,
) -> ArticleEvaluation:
    """Score one prediction (None = nothing predicted) against one gold article."""
    has_prediction = result is not None
    if result is None:
        result = Result.model_validate({"language": gold.language, "engine": "none", "meta": {"extractor_version": "0"}})
    gold_spans = [_intervals(q) for q in gold.quotes]
    pred_spans = [_intervals(q) for q in result.quotes]
    span_pairs = match_spans(gold_spans, pred_spans, min_overlap)
    strict_pairs = match_spans(gold_spans, pred_spans, strict_overlap)
    pairs = [(p.gold, p.pred, p.coverage) for p in span_pairs]
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}

    kind_by_gold: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kind_by_pred: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, q in enumerate(gold.quotes):
        kind_by_gold[q.kind][0] += 1
        kind_by_gold[q.kind][1] += i in matched_g
    for i, predicted in enumerate(result.quotes):
        kind_by_pred[predicted.kind][0] += 1
        kind_by_pred[predicted.kind][1] += i in matched_p
    kind_correct = sum(gold.quotes[g].kind == result.quotes[p].kind for g, p, _ in pairs)
    cue_type_by_pred, cue_by_pred, cue_by_gold = _cue_counts(gold, result, matched_g, matched_p)
    grounded = sum(gold.text[q.start : q.end] == q.text for q in result.quotes)

    # Quote speakers are scored whenever the gold quote names one (gold without a speaker layer
    # still carries quote.speaker); the speaker *set* only where speakers were annotated.
    verdicts = {g: judge_speaker(gold, gold.quotes[g], result, result.quotes[p]) for g, p, _ in pairs}

    speaker_set = missed_s = spurious_s = None
    if "speakers" in gold.annotated:
        speaker_set, missed_s, spurious_s = _score_speaker_set(gold, result)
    accused = accusers = None
    missed_a: list[str] = []
    spurious_a: list[str] = []
    if "accused" in gold.annotated:
        accused, accusers, missed_a, spurious_a = _score_accused(gold, result)
    claims = claims_by_text = None
    claims_kind_pairs: list[tuple[str, str]] = []
    claims_about = (0, 0)
    missed_c: list[str] = []
    spurious_c: list[str] = []
    if "claims" in gold.annotated:
        claim_score = _score_claims(gold, result, min_overlap)
        claims, missed_c, spurious_c = claim_score.prf, claim_score.missed, claim_score.spurious
        claims_kind_pairs, claims_by_text = claim_score.kind_pairs, claim_score.by_text
        claims_about = (claim_score.about_found, claim_score.about_gold)

    return ArticleEvaluation(
        id=gold.id,
        language=gold.language,
        annotated=list(gold.annotated),
        quotes=PRF(len(span_pairs), len(result.quotes), len(gold.quotes)),
        strict=PRF(len(strict_pairs), len(result.quotes), len(gold.quotes)),
        grounded=grounded,
        kind_correct=kind_correct,
        kind_by_gold=dict(kind_by_gold),
        kind_by_pred=dict(kind_by_pred),
        pairs=pairs,
        missed=[i for i in range(len(gold.quotes)) if i not in matched_g],
        spurious=[i for i in range(len(result.quotes)) if i not in matched_p],
        speaker_verdicts=verdicts,
        speaker_set=speaker_set,
        speaker_set_missed=missed_s or [],
        speaker_set_spurious=spurious_s or [],
        accused=accused,
        accusers=accusers,
        accused_missed=missed_a,
        accused_spurious=spurious_a,
        claims=claims,
        claims_missed=missed_c,
        claims_spurious=spurious_c,
        claims_kind_pairs=claims_kind_pairs,
        claims_by_text=claims_by_text,
        claims_about_found=claims_about[0],
        claims_about_gold=claims_about[1],
        has_prediction=has_prediction,
        speakers_gold=sum(1 for q in gold.quotes if q.speaker_ids or q.speaker),
        cue_type_by_pred=cue_type_by_pred,
        cue_by_pred=cue_by_pred,
        cue_by_gold=cue_by_gold,
    )


#: How a quote without a cue is counted in the per-cue tables.
NO_CUE = "(no cue)"
#: How a predicted quote without a cue type (an engine or a saved run that does not classify) is counted.
UNCLASSIFIED = "(unclassified)"


def _cue_counts(gold: GoldArticle, result: Result, matched_g: set[int], matched_p: set[int]) -> tuple[dict[str, list[int]], ...]:
    """Where precision goes, by what reports each quote: predicted quotes per cue type and per
    cue lemma ([predicted, correct]), and gold quotes per gold cue lemma ([gold, found]) when the
    gold records cues."""
    from extractor.cuetypes import cue_lemma

    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_cue: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_gold_cue: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, q in enumerate(result.quotes):
        hit = i in matched_p
        for table, key in ((by_type, q.cue_type or UNCLASSIFIED), (by_cue, cue_lemma(q.cue, result.language) or NO_CUE)):
            table[key][0] += 1
            table[key][1] += hit
    if any(q.cue for q in gold.quotes):
        for i, q in enumerate(gold.quotes):
            key = cue_lemma(q.cue, gold.language) or NO_CUE
            by_gold_cue[key][0] += 1
            by_gold_cue[key][1] += i in matched_g
    return dict(by_type), dict(by_cue), dict(by_gold_cue)


# --- totals -------------------------------------------------------------------------------


def _sum(values: Iterable[PRF]) -> PRF:
    total = PRF()
    for v in values:
        total = total + v
    return total


def _layer(articles: Sequence[ArticleEvaluation], get: Any) -> dict[str, Any] | None:
    values = [v for a in articles if (v := get(a)) is not None]
    if not values:
        return None
    out = _sum(values).to_dict()
    out["macro"] = _macro(values)
    out["articles"] = len(values)
    return out


BOOTSTRAP_SAMPLES = 1000


def bootstrap_f1_ci(counts: Sequence[tuple[int, int, int]], *, samples: int = BOOTSTRAP_SAMPLES, seed: int = 0) -> list[float] | None:
    """95% percentile bootstrap interval of the micro F1 over articles.

    ``counts`` holds one (matched, predicted, gold) per article; articles are resampled with
    replacement (fixed seed: the same run always prints the same interval). None for fewer
    than two articles, where resampling says nothing."""
    if len(counts) < 2:
        return None
    rng = random.Random(seed)
    n = len(counts)
    values = []
    for _ in range(samples):
        m = p = g = 0
        for _ in range(n):
            cm, cp, cg = counts[rng.randrange(n)]
            m, p, g = m + cm, p + cp, g + cg
        values.append(PRF(m, p, g).f1)
    values.sort()
    return [round(values[int(0.025 * samples)], 4), round(values[min(samples - 1, int(0.975 * samples))], 4)]


def paired_bootstrap_delta(a: Sequence[tuple[int, int, int]], b: Sequence[tuple[int, int, int]], *, samples: int = BOOTSTRAP_SAMPLES,
                           seed: int = 0) -> list[float] | None:
    """95% interval of micro F1(B) - F1(A) when the same articles are resampled for both runs
    (``a[i]`` and ``b[i]`` are the same article). None for fewer than two articles."""
    if len(a) != len(b) or len(a) < 2:
        return None
    rng = random.Random(seed)
    n = len(a)
    deltas = []
    for _ in range(samples):
        ta, tb = PRF(), PRF()
        for _ in range(n):
            i = rng.randrange(n)
            ta, tb = ta + PRF(*a[i]), tb + PRF(*b[i])
        deltas.append(tb.f1 - ta.f1)
    deltas.sort()
    return [round(deltas[int(0.025 * samples)], 4), round(deltas[min(samples - 1, int(0.975 * samples))], 4)]


def _quote_totals(articles: Sequence[ArticleEvaluation], strict_overlap: float) -> dict[str, Any]:
    total = _sum(a.quotes for a in articles)
    strict = _sum(a.strict for a in articles)
    out = total.to_dict()
    out["f1_ci95"] = bootstrap_f1_ci([(a.quotes.matched, a.quotes.predicted, a.quotes.gold) for a in articles])
    out["macro"] = _macro([a.quotes for a in articles])
    out["strict"] = {"min_overlap": strict_overlap, **strict.to_dict(), "macro": _macro([a.strict for a in articles])}
    grounded = sum(a.grounded for a in articles)
    out["grounded"] = grounded
    out["grounded_rate"] = _ratio(grounded, total.predicted)
    kind_correct = sum(a.kind_correct for a in articles)
    out["kind_correct"] = kind_correct
    out["kind_accuracy"] = _ratio(kind_correct, total.matched)
    gold_kinds: Counter[str] = Counter()
    found_kinds: Counter[str] = Counter()
    pred_kinds: Counter[str] = Counter()
    correct_kinds: Counter[str] = Counter()
    for a in articles:
        for kind, (n, found) in a.kind_by_gold.items():
            gold_kinds[kind] += n
            found_kinds[kind] += found
        for kind, (n, correct) in a.kind_by_pred.items():
            pred_kinds[kind] += n
            correct_kinds[kind] += correct
    out["by_kind"] = {
        kind: {
            "gold": gold_kinds[kind],
            "found": found_kinds[kind],
            "recall": _ratio(found_kinds[kind], gold_kinds[kind]),
            "predicted": pred_kinds[kind],
            "correct": correct_kinds[kind],
            "precision": _ratio(correct_kinds[kind], pred_kinds[kind]),
        }
        for kind in sorted(set(gold_kinds) | set(pred_kinds))
    }
    out.update(_cue_totals(articles))
    return out


def _cue_totals(articles: Sequence[ArticleEvaluation]) -> dict[str, Any]:
    """``by_cue_type`` (predicted, correct, precision per cue type), ``by_cue`` (the same per cue
    lemma, most predicted first) and ``by_gold_cue`` (gold, found, recall per gold cue lemma;
    empty when the gold records no cues)."""
    def add(target: Counter[str], found: Counter[str], table: dict[str, list[int]]) -> None:
        for key, (n, hits) in table.items():
            target[key] += n
            found[key] += hits

    type_n: Counter[str] = Counter()
    type_ok: Counter[str] = Counter()
    cue_n: Counter[str] = Counter()
    cue_ok: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    gold_ok: Counter[str] = Counter()
    for a in articles:
        add(type_n, type_ok, a.cue_type_by_pred)
        add(cue_n, cue_ok, a.cue_by_pred)
        add(gold_n, gold_ok, a.cue_by_gold)

    def predicted(n: Counter[str], ok: Counter[str]) -> dict[str, dict[str, Any]]:
        return {k: {"predicted": n[k], "correct": ok[k], "precision": _ratio(ok[k], n[k])} for k in sorted(n, key=lambda k: (-n[k], k))}

    return {
        "by_cue_type": predicted(type_n, type_ok),
        "by_cue": predicted(cue_n, cue_ok),
        "by_gold_cue": {k: {"gold": gold_n[k], "found": gold_ok[k], "recall": _ratio(gold_ok[k], gold_n[k])} for k in sorted(gold_n, key=lambda k: (-gold_n[k], k))},
    }


def _speaker_totals(articles: Sequence[ArticleEvaluation]) -> dict[str, Any]:
    verdicts = [v for a in articles for v in a.speaker_verdicts.values() if v.scored]
    correct = sum(v.correct for v in verdicts)
    partial = sum(v.partial for v in verdicts)
    per_article = [a.speakers_correct / a.speakers_scored for a in articles if a.speakers_scored]
    return {
        "accuracy": _ratio(correct, len(verdicts)),
        "correct": correct,
        "scored": len(verdicts),
        "partial_accuracy": _ratio(partial, len(verdicts)),
        "by_position": sum(v.by_position for v in verdicts),
        "pronoun_gold": sum(v.pronoun_gold for v in verdicts),
        "unscored": sum(len(a.speaker_verdicts) for a in articles) - len(verdicts),
        # Quote found AND speaker right, over every gold quote: the end-to-end attribution rate.
        "attribution_recall": _ratio(correct, sum(a.speakers_gold for a in articles)),
        "macro_accuracy": round(sum(per_article) / len(per_article), 4) if per_article else None,
        "set": _layer(articles, lambda a: a.speaker_set),
    }


def _claim_kind_totals(articles: Sequence[ArticleEvaluation], matched: int) -> dict[str, Any]:
    """Over matched claims: ``kind_accuracy``, ``by_kind`` (recall per gold kind, precision per
    predicted kind) and ``kind_confusion`` (gold kind -> predicted kind -> count), so the next person
    sees which kinds the engine confuses, not only how often."""
    confusion: Counter[tuple[str, str]] = Counter(pair for a in articles for pair in a.claims_kind_pairs)
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    for (gold_kind, pred_kind), n in confusion.items():
        gold_n[gold_kind] += n
        pred_n[pred_kind] += n
    correct = {kind: confusion[kind, kind] for kind in gold_n | pred_n}
    return {
        "kind_accuracy": _ratio(sum(correct.values()), matched),
        "by_kind": {
            kind: {
                "gold": gold_n[kind], "recall": _ratio(correct[kind], gold_n[kind]),
                "predicted": pred_n[kind], "precision": _ratio(correct[kind], pred_n[kind]),
            }
            for kind in sorted(correct)
        },
        "kind_confusion": {
            gold_kind: {pred_kind: n for (g, pred_kind), n in sorted(confusion.items()) if g == gold_kind}
            for gold_kind in sorted(gold_n)
        },
    }


def _totals(articles: Sequence[ArticleEvaluation], strict_overlap: float) -> dict[str, Any]:
    speakers = _speaker_totals(articles)
    claims = _layer(articles, lambda a: a.claims)
    if claims is not None:
        claims.update(_claim_kind_totals(articles, claims["matched"]))
        claims["by_text"] = _layer(articles, lambda a: a.claims_by_text)
        claims["about_recall"] = _ratio(sum(a.claims_about_found for a in articles), sum(a.claims_about_gold for a in articles))
    accused = _layer(articles, lambda a: a.accused)
    if accused is not None:
        accused["accusers"] = _layer(articles, lambda a: a.accusers)
    return {
        "quotes": _quote_totals(articles, strict_overlap),
        "speakers": speakers,
        "accused": accused,
        "claims": claims,
    }


@dataclass
class Evaluation:
    """The outcome of `evaluate`: totals, per language, per article.

    ``to_dict()`` is the JSON printed by ``extractor eval --format json``; `metric` reads one
    dotted key from it ("quotes.f1", "speakers.accuracy", "quotes.strict.f1").
    """

    articles: list[ArticleEvaluation]
    gold: list[GoldArticle]
    predictions: dict[str, Result]
    min_overlap: float
    strict_overlap: float
    warnings: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    #: A gold field to break the totals down by, besides language (e.g. "publisher", a field of
    #: the PolNeAR records): reported under "by_group".
    group_by: str | None = None
    _summary: dict[str, Any] | None = field(default=None, init=False, repr=False)

    def totals(self) -> dict[str, Any]:
        return _totals(self.articles, self.strict_overlap)

    def _grouped(self, key: Any) -> dict[str, Any]:
        groups: dict[str, list[ArticleEvaluation]] = defaultdict(list)
        for a in self.articles:
            groups[str(key(a))].append(a)
        return {name: {"n_articles": len(items), **_totals(items, self.strict_overlap)} for name, items in sorted(groups.items())}

    def _group_value(self, article: ArticleEvaluation) -> Any:
        if self.group_by is None:
            return "unknown"
        gold = next(g for g in self.gold if g.id == article.id)
        value = getattr(gold, self.group_by, None) if self.group_by in GoldArticle.model_fields else gold.extra.get(self.group_by)
        return "unknown" if value in (None, "") else value

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        engines = sorted({r.engine for r in self.predictions.values()})
        out: dict[str, Any] = {
            "format": "extractor-eval/1",
            **self.info,
            "engine": engines[0] if len(engines) == 1 else (engines or None),
            "min_overlap": self.min_overlap,
            "n_articles": len(self.articles),
            **self.totals(),
        }
        out["by_language"] = self._grouped(lambda a: a.language)
        if self.group_by:
            out["by_group"] = {"field": self.group_by, "groups": self._grouped(self._group_value)}
        gold_by_id = {g.id: g for g in self.gold}
        out["articles"] = [
            a.to_dict(gold_by_id.get(a.id), self.predictions.get(a.id)) if details else a.to_dict() for a in self.articles
        ]
        out["warnings"] = list(self.warnings)
        return out

    def metric(self, key: str) -> float | None:
        if self._summary is None:  # scores do not change once computed; to_dict is not cheap
            self._summary = self.to_dict(details=False)
        return get_metric(self._summary, key)


def get_metric(data: Mapping[str, Any], key: str) -> float | None:
    """Read a dotted key ("quotes.f1") from an evaluation dict; None when absent or null."""
    value: Any = data
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def evaluate(
    gold: GoldArticle | Iterable[GoldArticle] | str | Path,
    predictions: Result | Iterable[Result] | Mapping[str, Result] | str | Path,
    *,
    min_overlap: float = DEFAULT_MIN_OVERLAP,
    strict_overlap: float = STRICT_MIN_OVERLAP,
) -> Evaluation:
    """Score predictions against gold.

    ``gold``: GoldArticles or a path (see `load_gold`); ``predictions``: Results (paired with
    gold by id, else by text hash), a mapping gold id -> Result, or a path (see
    `load_predictions`). Gold articles without a prediction count as nothing predicted.
    """
    if not 0.0 < min_overlap <= 1.0:
        raise ValueError("min_overlap must be in (0, 1]")
    gold_list = load_gold(gold) if isinstance(gold, (str, Path)) else [gold] if isinstance(gold, GoldArticle) else list(gold)
    load_warnings: list[str] = []
    if isinstance(predictions, (str, Path)):
        predictions = load_predictions(predictions, warnings=load_warnings, gold=gold_list)
    if isinstance(predictions, Result):
        predictions = [predictions]
    if isinstance(predictions, Mapping):
        paired, warnings = dict(predictions), []
        missing = [g.id for g in gold_list if g.id not in paired]
        if missing:
            warnings.append(f"{len(missing)} gold article(s) have no prediction and count as empty")
    else:
        paired, warnings = pair_predictions(gold_list, predictions)
    warnings[:0] = load_warnings
    articles = [
        evaluate_article(g, paired.get(g.id), min_overlap=min_overlap, strict_overlap=strict_overlap) for g in gold_list
    ]
    return Evaluation(
        articles=articles,
        gold=gold_list,
        predictions={g.id: paired[g.id] for g in gold_list if g.id in paired},
        min_overlap=min_overlap,
        strict_overlap=strict_overlap,
        warnings=warnings,
    )
