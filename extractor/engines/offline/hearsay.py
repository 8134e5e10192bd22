"""French hearsay in the conditional mood (« le conditionnel journalistique »).

French news marks a statement it passes on without vouching for it by the conditional: after
« Le journal révèle que l'élu aurait été payé sans travailler », the next sentence « Il aurait
perçu deux salaires » is still the newspaper's account, with no verb of saying of its own. A
sentence whose main verb is in the conditional, right after a sentence that holds a report
and in the same paragraph, carries that report on (same speaker and cue); so can the
sentence after it. Modals (« pourrait », « devrait ») and conditional clauses (« si … ») are the
narrator's own conjecture, not hearsay.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from extractor.engines.offline.docarrays import morph_get

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extractor.engines.offline.attribution import Attribution, _Analyzer

#: Verbs whose conditional is the narrator's conjecture or forecast, not a report passed on.
_CONJECTURE_VERBS = frozenset({"pouvoir", "devoir", "falloir", "vouloir", "sembler", "paraître", "aimer", "préférer"})
#: Subjects that make the sentence the narrator's or a speaker's own (« je », « nous ») or a question.
_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "me", "m'", "m’"})


def conditional_continuations(analyzer: _Analyzer, reported: list[Attribution], direct: list[Attribution]) -> list[Attribution]:
    """The sentences that carry a report on in the conditional (module docstring), as indirect
    statements of the report's speaker, each one able to carry the chain on."""
    text, tokens = analyzer.text, analyzer.tokens
    taken = [(a.start, a.end) for a in reported + direct]
    reports = [a for a in reported if a.kind in ("indirect", "mixed") and a.cue is not None and a.speaker is not None and a.speaker.entities]
    out: list[Attribution] = []
    i = 0
    while i < len(tokens):
        lo, hi = analyzer._sentence(i)
        i = max(hi, i + 1)
        if lo == 0 or hi - lo < 4:
            continue
        start, end = _content_bounds(analyzer, lo, hi)
        if start is None or any(s < end and start < e for s, e in taken):
            continue
        previous_lo = analyzer._sentence(lo - 1)[0]
        previous_start, sentence_start = tokens[previous_lo].idx, tokens[lo].idx
        if "\n" in text[previous_start:sentence_start]:
            continue
        report = next((a for a in reversed(reports + out) if previous_start <= a.start and a.end <= sentence_start), None)
        if report is None or not _hearsay_sentence(analyzer, lo, hi):
            continue
        out.append(dataclasses.replace(report, start=start, end=end, kind="indirect", hedged=True, quotes=[], statement=None, split_at=None, closing=None, rule="conditional-hearsay"))
    return out


def _content_bounds(analyzer: _Analyzer, lo: int, hi: int) -> tuple[int | None, int]:
    """Character bounds of the sentence's statement: without a fronted connective (« Par
    ailleurs, », « De plus, ») and the final punctuation."""
    tokens = analyzer.tokens
    first = lo
    comma = next((k for k in range(lo, min(hi, lo + 4)) if tokens[k].text == ","), None)
    if comma is not None and all(tokens[k].pos_ in ("ADV", "CCONJ", "ADP", "DET", "NOUN") and not tokens[k].ent_type_ for k in range(lo, comma)):
        first = comma + 1
    last = hi - 1
    while last > first and tokens[last].is_punct and tokens[last].text not in ("»", "”", '"', ")"):
        last -= 1
    if last - first < 2 or any(analyzer.mask[k] for k in range(first, last + 1)):
        return None, 0
    return tokens[first].idx, tokens[last].idx + len(tokens[last].text)


def _hearsay_sentence(analyzer: _Analyzer, lo: int, hi: int) -> bool:
    """Whether the sentence's main verb is a conditional that passes on hearsay: not a modal of
    conjecture, not under « si », not a question, not in the first person."""
    tokens = analyzer.tokens
    roots = [t for t in tokens[lo:hi] if t.head.i == t.i or not lo <= t.head.i < hi]
    root = roots[0] if len(roots) == 1 else None
    if root is None or root.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return False
    finite = _finite_form(root)
    if finite is None or "Cnd" not in morph_get(finite, "Mood", []):
        return False
    if root.lemma_.lower() in _CONJECTURE_VERBS or finite.lemma_.lower() in _CONJECTURE_VERBS:
        return False
    words = [t.lower_ for t in tokens[lo:hi]]
    return "?" not in words and "si" not in words and "s'il" not in words and "s'ils" not in words and not any(w in _FIRST_PERSON for w in words)


def _finite_form(root: Token) -> Token | None:
    """The finite verb of a clause: its first auxiliary or copula (« aurait été payée », « serait
    responsable »; the parse may give the participle a mood of its own), else the root itself."""
    helper = next((c for c in root.children if c.dep_.startswith(("aux", "cop")) and c.i < root.i and morph_get(c, "Mood", [])), None)
    return helper if helper is not None else root if morph_get(root, "Mood", []) else None
