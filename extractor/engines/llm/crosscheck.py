"""Cross-check an LLM result with the offline engine's reading of the same article.

``extract(text, model=..., check="offline")`` runs both engines; each LLM quote is marked
confirmed when the offline engine found a quote over the same words (spans overlapping by at
least `MIN_OVERLAP` of the shorter one, one-to-one, largest overlap first), with whether both
name the same speaker; the offline engine's quotes with no LLM counterpart are listed. All of it
goes to ``Result.meta.crosscheck`` (`extractor.schemas.CrossCheck`) and the HTML view.

Neither engine is the reference: on the hand-written reference answers for evals/gold, see the
numbers in tests/llm/test_crosscheck.py for how often each side was right where they disagreed.
"""

from __future__ import annotations

from extractor.evaluation.matching import intervals_overlap, match_greedy, names_agree
from extractor.schemas import CheckedQuote, CrossCheck, Quote, Result

#: Overlap, as a share of the shorter span, for two quotes to be the same statement. Low on
#: purpose: the engines cut spans differently (a mixed clause vs its quoted fragment).
MIN_OVERLAP = 0.3

CHECK_ENGINES = ("offline",)


def _overlap_score(a: Quote, b: Quote) -> float:
    shorter = min(a.end - a.start, b.end - b.start)
    if shorter <= 0:
        return 0.0
    share = intervals_overlap([(a.start, a.end)], [(b.start, b.end)]) / shorter
    return share if share >= MIN_OVERLAP else 0.0


def _speaker_names(result: Result, quote: Quote) -> list[str]:
    """Every name the result gives the quote's speaker(s): canonical names and aliases."""
    names = [n for sid in quote.speaker_ids if (s := result.speaker_by_id(sid)) for n in (s.name, *s.aliases)]
    return names or ([quote.speaker] if quote.speaker else [])


def crosscheck(result: Result, check: Result) -> CrossCheck:
    """Compare ``result`` (the LLM's) with ``check`` (another engine's, same article)."""
    pairs = match_greedy(result.quotes, check.quotes, _overlap_score)
    matched = {i: j for i, j, _ in pairs}
    confirmed, unconfirmed, speaker_agrees = [], [], []
    for i, quote in enumerate(result.quotes):
        if i not in matched:
            unconfirmed.append(quote.id)
            continue
        confirmed.append(quote.id)
        other = check.quotes[matched[i]]
        ours, theirs = _speaker_names(result, quote), _speaker_names(check, other)
        if ours and theirs and (names_agree(ours, theirs) or names_agree(theirs, ours)):
            speaker_agrees.append(quote.id)
    used = set(matched.values())
    only = [
        CheckedQuote(text=q.text, start=q.start, end=q.end, kind=q.kind, speaker=q.speaker)
        for j, q in enumerate(check.quotes)
        if j not in used
    ]
    return CrossCheck(engine=check.engine, confirmed=confirmed, unconfirmed=unconfirmed, speaker_agrees=speaker_agrees, only_in_check=only)


def with_crosscheck(result: Result, check: Result) -> Result:
    """``result`` with ``meta.crosscheck`` set from ``check``."""
    meta = result.meta.model_copy(update={"crosscheck": crosscheck(result, check)})
    return result.model_copy(update={"meta": meta})
