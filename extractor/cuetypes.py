"""Cue types and scopes, for every engine: what kind of act a quote's cue reports, and which
kinds a scope keeps.

News readers (and the GGT and French annotators) count *statements*: what someone said or
wrote publicly. PolNeAR counts every *attribution*, beliefs and perceptions included. Each
quote therefore records its ``cue_type``:

- ``speech``: said, told, wrote, announced, according to, selon, a déclaré, a dénoncé, and
  quotation marks with no cue (quoted words were said by someone);
- ``belief``: a private state: think, believe, know, expect, hope, want, fear (the language
  data's ``reporting_verbs.cognition``);
- ``perception``: see, hear, find, show, notice (``reporting_verbs.perception``);
- ``other``: the cue is not a predicate (about, to, is) or is unknown.

The offline engine classifies over its parse (``engines/offline/acts.py``); a cue given as text
(the LLM engine's quotes, the eval's per-cue tables) is classified here from the same word lists
(``lang/<code>.json`` through ``wordlists``), so one cue means the same act whichever engine ran.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal, Protocol

from extractor.schemas import Accused, Claim, Quote
from extractor.schemas.contract import CueType
from extractor.wordlists import LANGUAGES, language_data, with_classes

Scope = Literal["statements", "attributions"]

#: The cue types each scope keeps.
SCOPE_CUE_TYPES: dict[str, frozenset[str]] = {
    "statements": frozenset({"speech"}),
    # PolNeAR's attributions also hang on nouns and prepositions ("the notion that …", "talk
    # about …"): this scope keeps everything the rules and the learned model find.
    "attributions": frozenset({"speech", "belief", "perception", "other"}),
}


class CueLists(Protocol):
    """The word lists a cue is classified with (the offline ``Lexicon`` has them too)."""

    @property
    def language(self) -> str: ...
    @property
    def speech_verbs(self) -> frozenset[str]: ...
    @property
    def speech_nouns(self) -> frozenset[str]: ...
    @property
    def cognition_verbs(self) -> frozenset[str]: ...
    @property
    def perception_verbs(self) -> frozenset[str]: ...
    @property
    def according_to(self) -> tuple[tuple[str, ...], ...]: ...


@dataclass(frozen=True)
class _CueWords:
    language: str
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    cognition_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]


def _lower_set(items: list[str]) -> frozenset[str]:
    return frozenset(item.lower() for item in items)


@functools.cache
def cue_words(language: str) -> CueLists:
    """The cue word lists of a language that ships language data (``wordlists.LANGUAGES``)."""
    raw = language_data(language)
    verbs = raw["reporting_verbs"]
    return _CueWords(
        language=language,
        speech_verbs=_lower_set(with_classes(verbs, "speech")),
        speech_nouns=_lower_set(raw["speech_nouns"]),
        cognition_verbs=_lower_set(verbs.get("cognition", [])),
        perception_verbs=_lower_set(verbs.get("perception", [])),
        according_to=tuple(tuple(p.lower().replace("’", "'").split()) for p in raw["according_to"]),
    )


def in_scope(cue_type: str | None, scope: str) -> bool:
    """Whether a quote with this cue type belongs in the output of ``scope``; a quote with no
    cue type (an engine that does not classify) is kept."""
    return cue_type is None or cue_type in SCOPE_CUE_TYPES[scope]


def classify_lemma(lemma: str | None, words: CueLists) -> CueType | None:
    """The act a cue lemma names, or None when the lists do not know it. Perception and
    cognition are checked first: several of their verbs (find, know, hear) are also in the speech
    list, which the rules use to find candidate cues."""
    if not lemma:
        return None
    lemma = lemma.lower()
    if lemma in words.perception_verbs:
        return "perception"
    if lemma in words.cognition_verbs:
        return "belief"
    if lemma in words.speech_verbs or lemma in words.speech_nouns:
        return "speech"
    return None


def is_source_phrase(words: tuple[str, ...], lists: CueLists) -> bool:
    """Whether lower-cased ``words`` start with a source phrase (according to, selon, d'après)."""
    return any(words[: len(phrase)] == phrase for phrase in lists.according_to)


# -- cues given as text (no parse) -----------------------------------------------------------------

_EN_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
    "knew": "know", "known": "know", "saw": "see", "seen": "see", "heard": "hear", "found": "find",
    "felt": "feel", "shown": "show", "understood": "understand", "taught": "teach", "foresaw": "foresee",
    "swore": "swear", "sworn": "swear", "spoke": "speak", "spoken": "speak", "forgot": "forget", "forgotten": "forget",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def _surface_lemmas(word: str, language: str) -> list[str]:
    """Lemmas a single inflected word may have, most likely first (regular morphology only:
    enough to recognise a listed verb in a cue copied from the article)."""
    word = word.lower()
    out = [word]
    if language == "en":
        if word in _EN_IRREGULAR:
            out.insert(0, _EN_IRREGULAR[word])
        for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.append(word[: -len(suffix)] + replacement)
        if len(word) > 5 and word[-3] == word[-4] and word.endswith(("ed", "ing")):  # admitted, stopping
            out.append(word[: -3 if word.endswith("ed") else -4])
    else:
        for suffix in ("ées", "és", "ée", "é", "ait", "aient", "ant", "ent", "era", "erait", "es", "e", "s"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.append(word[: -len(suffix)] + "er")
        # Past participles of the third group are short (vu, dit, su): a one-letter stem is enough.
        for suffix, replacement in (("it", "ire"), ("is", "ire"), ("u", "re"), ("u", "oir"), ("ait", "re"), ("ent", "re")):
            if word.endswith(suffix) and len(word) > len(suffix):
                out.append(word[: -len(suffix)] + replacement)
    return out


def _cue_words_of(cue: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(cue))


def classify_cue_text(cue: str | None, lists: CueLists) -> CueType:
    """The cue type of a cue given as text, without a parse (the LLM engine's quotes).

    Source phrases are speech; otherwise the first word recognised as a listed verb (after
    regular inflection) decides. A cue the lists do not know is speech: the LLM engine is asked
    for statements, so only cues positively recognised as beliefs or perceptions leave the
    default scope.
    """
    if not cue or not cue.strip():
        return "speech"
    words = _cue_words_of(cue)
    if any(is_source_phrase(words[i:], lists) for i in range(len(words))):
        return "speech"
    for word in words:
        for lemma in _surface_lemmas(word, lists.language):
            kind = classify_lemma(lemma, lists)
            if kind is not None:
                return kind
    return "speech"


def restrict_to_scope(
    quotes: list[Quote], accused: list[Accused], claims: list[Claim], *, language: str, scope: str
) -> tuple[list[Quote], list[Accused], list[Claim]]:
    """Quotes (``schemas.Quote``) classified from their cue text and kept when ``scope`` admits
    them; accused parties and claims lose their references to dropped quotes, and a claim whose
    every evidence quote was dropped goes with them. For engines without a parse (the LLM
    engine); languages without word lists keep everything unclassified."""
    if language not in LANGUAGES:
        return quotes, accused, claims
    lists = cue_words(language)
    typed = [q if q.cue_type is not None else q.model_copy(update={"cue_type": classify_cue_text(q.cue, lists)}) for q in quotes]
    kept = [q for q in typed if in_scope(q.cue_type, scope)]
    kept_ids = {q.id for q in kept}
    accused = [a.model_copy(update={"quote_ids": [i for i in a.quote_ids if i in kept_ids]}) for a in accused]
    scoped_claims = []
    for claim in claims:
        ids = [i for i in claim.quote_ids if i in kept_ids]
        if claim.quote_ids and not ids:
            continue
        scoped_claims.append(claim.model_copy(update={"quote_ids": ids}))
    return kept, accused, scoped_claims


def cue_lemma(cue: str | None, language: str) -> str | None:
    """A cue's text reduced to the listed verb or source phrase it contains ("has said" → "say",
    "According to" → "according to"), for counting errors per cue; the lower-cased text when
    nothing listed is recognised; None for no cue."""
    if not cue or not cue.strip():
        return None
    words = _cue_words_of(cue)
    text = " ".join(words) or cue.strip().lower()
    if language not in LANGUAGES:
        return text
    lists = cue_words(language)
    for i in range(len(words)):
        for phrase in lists.according_to:
            if words[i : i + len(phrase)] == phrase:
                return " ".join(phrase)
    for word in words:
        for lemma in _surface_lemmas(word, language):
            if classify_lemma(lemma, lists) is not None:
                return lemma
    return text
