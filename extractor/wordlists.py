"""Word lists shared by every engine: the language data in ``lang/<code>.json``, read in one place.

The files sit beside the offline engine (``extractor/engines/offline/lang/``), whose rules read
most of them (``offline/lexicon.py`` compiles them for the parse). This module reads the same
files without importing that engine, so the LLM path uses the same lists, and a word means the
same thing whichever engine ran: ``hedged`` is one definition (``is_hedging_cue`` here for a
cue the model returned, the offline rules over the parse), not one list per engine.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

#: The languages that ship language data (lang/<code>.json).
LANGUAGES = ("en", "fr")


@functools.cache
def language_data(language: str) -> dict[str, Any]:
    """The parsed ``lang/<language>.json`` (cached per process: read it, never change it).

    FileNotFoundError for a language that ships no data (see ``LANGUAGES``).
    """
    path = resources.files("extractor").joinpath("engines", "offline", "lang", f"{language}.json")
    return json.loads(path.read_text("utf-8"))


def with_classes(section: dict[str, Any], key: str) -> list[str]:
    """A word list and the words kept beside it by semantic class: ``speech`` and
    ``speech_by_class`` (assertion, directive …) read as one list of speech verbs."""
    return [*section.get(key, []), *(word for words in section.get(f"{key}_by_class", {}).values() for word in words)]


def _plain(word: str) -> str:
    # Lists spell apostrophes both ways (d'après, d’après); cues come in either.
    return word.casefold().replace("\u2019", "'")


@functools.cache
def hedge_phrases() -> frozenset[str]:
    """What reports a statement at a distance, in every shipped language (lower case).

    The hedge words (``allegedly``, ``présumé``), the source phrases that attribute without
    vouching (``according to``, ``selon``: the offline engine marks its "source" quotes hedged),
    and the auxiliaries of the French compound conditional (``aurait déclaré``), which the
    offline engine finds as conditional mood in the parse.
    """
    phrases: set[str] = set()
    for language in LANGUAGES:
        data = language_data(language)
        hedges = data["hedges"]
        phrases.update(_plain(w) for w in [*hedges["words"], *hedges.get("conditional_auxiliaries", []), *data["according_to"]])
    return frozenset(phrases)


@functools.cache
def _hedge_pattern() -> re.Pattern[str]:
    # Longest first, whole words only: "may" is a hedge, "mayor" is not.
    alternatives = "|".join(re.escape(p) for p in sorted(hedge_phrases(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def is_hedging_cue(cue: str | None) -> bool:
    """True when the words introducing a quote report it at a distance (see ``hedge_phrases``).

    For engines that return a cue as a string (the LLM): the offline engine applies the same
    lists to its parse, where it also sees hedges in the quoted clause itself.
    """
    return bool(cue) and _hedge_pattern().search(_plain(cue or "")) is not None


@functools.cache
def name_titles() -> frozenset[str]:
    """Titles and functions that name a role, not a person (``minister``, ``porte-parole``),
    in every shipped language (lower case)."""
    return frozenset(_plain(t) for language in LANGUAGES for t in language_data(language)["titles"])


@functools.cache
def determiners() -> frozenset[str]:
    """Articles, demonstratives and possessives of every shipped language (lower case)."""
    return frozenset(_plain(d) for language in LANGUAGES for d in language_data(language)["determiners"])


@functools.cache
def personal_pronouns() -> frozenset[str]:
    """Personal pronouns of every shipped language (lower case): subject, object, stressed and
    reflexive forms (``he``, ``him``, ``himself``, ``elle``, ``eux``) — never a name."""
    words: set[str] = set()
    for language in LANGUAGES:
        data = language_data(language)
        pronouns = data["pronouns"]
        for group in ("person", "plural", "first", "masculine", "feminine"):
            words.update(_plain(w) for w in pronouns.get(group, []))
        words.update(_plain(w) for w in data.get("stressed_pronouns", []))
    return frozenset(words)
