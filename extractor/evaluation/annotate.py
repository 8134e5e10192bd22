"""Writing gold files from code: offsets are found with ``str.find``, never typed by hand.

>>> b = GoldBuilder(text, id="en_001", language="en", source="evals/articles/en_001.txt")
>>> b.speaker("marsh", "Elena Marsh", kind="person", role="mayor", aliases=["Marsh"], mentions=["Elena Marsh", "Marsh"])
>>> q1 = b.quote("Someone has to answer for that.", kind="direct", speakers=["marsh"], cue="told", mention="Elena Marsh")
>>> b.claim("Someone must answer for the collapse.", claimants=["marsh"], kind="accusation", evidence=[q1])
>>> b.write("evals/gold/en_001.json")          # checked: every span is article[start:end]

A quote's text must occur once in the article, or give ``after=`` (an anchor string; the first
occurrence after it is taken). See evals/annotate_*.py and the guidelines in evals/README.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from extractor.evaluation.gold import check_gold
from extractor.schemas.gold import GoldArticle


class GoldBuilder:
    """Collects one article's annotations and assembles a checked `GoldArticle`."""

    def __init__(self, text: str, *, id: str, language: str, source: str | None = None, annotator: str | None = None,
                 guidelines: str = "evals/README.md@v1", notes: Sequence[str] = ()) -> None:
        self.text = text
        self._head = {"id": id, "language": language, "text": text, "source": source, "annotator": annotator,
                      "guidelines": guidelines, "notes": list(notes)}
        self._speakers: dict[str, dict[str, Any]] = {}
        self._quotes: list[dict[str, Any]] = []
        self._accused: list[dict[str, Any]] = []
        self._claims: list[dict[str, Any]] = []

    # --- finding text ------------------------------------------------------------------------

    def span(self, needle: str, after: str | None = None) -> dict[str, Any]:
        """The occurrence of ``needle``: the only one, or the first after the anchor ``after``."""
        start = 0
        if after is not None:
            start = self.text.find(after)
            if start < 0:
                raise ValueError(f"anchor not found: {after!r}")
        pos = self.text.find(needle, start)
        if pos < 0:
            raise ValueError(f"not found: {needle!r}")
        if after is None and self.text.find(needle, pos + 1) >= 0:
            raise ValueError(f"occurs more than once, give after=: {needle!r}")
        return {"start": pos, "end": pos + len(needle), "text": needle}

    def mentions(self, forms: Iterable[str]) -> list[dict[str, Any]]:
        """Every occurrence of every form, in article order; a form inside a longer one found at
        the same place ("Marsh" in "Elena Marsh") is not a mention of its own."""
        found: list[dict[str, Any]] = []
        for form in sorted(set(forms), key=len, reverse=True):
            pos = self.text.find(form)
            while pos >= 0:
                end = pos + len(form)
                if not any(m["start"] <= pos and end <= m["end"] for m in found):
                    found.append({"start": pos, "end": end, "text": form})
                pos = self.text.find(form, end)
        return sorted(found, key=lambda m: (m["start"], m["end"]))

    def _near(self, needle: str, quote: dict[str, Any], anchor: str | None, *, inside: bool) -> dict[str, Any]:
        """The occurrence of ``needle`` that belongs to ``quote``: after ``anchor`` if given; else
        the nearest before or after the quote (cues), or the last before it, else the first from
        its start (speaker mentions, which may sit inside an interrupted quote)."""
        if anchor is not None:
            pos = self.text.find(needle, self.text.find(anchor))
        elif inside:
            before = self.text.rfind(needle, 0, quote["start"])
            pos = before if before >= 0 else self.text.find(needle, quote["start"])
        else:
            before = self.text.rfind(needle, 0, quote["start"])
            after = self.text.find(needle, quote["end"])
            pos = before if before >= 0 and (after < 0 or quote["start"] - before <= after - quote["end"]) else after
        if pos < 0:
            raise ValueError(f"not found near quote {quote['id']}: {needle!r}")
        return {"start": pos, "end": pos + len(needle), "text": needle}

    # --- annotations -------------------------------------------------------------------------

    def speaker(self, key: str, name: str, *, kind: str, role: str | None = None, aliases: Sequence[str] = (),
                mentions: Sequence[str] = ()) -> str:
        """Add a speaker (``key`` is how quotes, accused and claims refer to it); returns its id."""
        sid = f"s{len(self._speakers) + 1}"
        self._speakers[key] = {"id": sid, "name": name, "kind": kind, "role": role, "aliases": [name, *aliases],
                               "mentions": self.mentions(mentions or [name])}
        return sid

    def _ids(self, keys: Iterable[str]) -> list[str]:
        return [self._speakers[k]["id"] for k in keys]

    def _names(self, keys: Iterable[str]) -> str:
        return ", ".join(self._speakers[k]["name"] for k in keys)

    def quote(self, text: str, *, kind: str, speakers: Sequence[str], after: str | None = None, cue: str | None = None,
              cue_after: str | None = None, mention: str | None = None, mention_after: str | None = None,
              hedged: bool = False, fragments: Sequence[str] = (), note: str | None = None) -> str:
        """Add a quote; returns its id (q1, q2, ...)."""
        q: dict[str, Any] = {"id": f"q{len(self._quotes) + 1}", **self.span(text, after), "kind": kind,
                             "speaker": self._names(speakers) or None, "speaker_ids": self._ids(speakers), "hedged": hedged, "note": note}
        if cue:
            q["cue"] = cue
            q["cue_span"] = self._near(cue, q, cue_after, inside=False)
        if mention:
            q["speaker_span"] = self._near(mention, q, mention_after, inside=True)
        if fragments:
            q["fragments"] = [{"start": (p := self.text.find(f, q["start"])), "end": p + len(f), "text": f} for f in fragments]
        self._quotes.append(q)
        return q["id"]

    def accused(self, name: str, *, kind: str, aliases: Sequence[str] = (), accusers: Sequence[str] = (),
                accusation: str | None = None, evidence: Sequence[str] = (), mentions: Sequence[str] = ()) -> str:
        """Add an accused party (``accusers`` are speaker keys, ``evidence`` quote ids); returns its id."""
        aid = f"a{len(self._accused) + 1}"
        self._accused.append({"id": aid, "name": name, "kind": kind, "aliases": [name, *aliases],
                              "accusers": [self._speakers[k]["name"] for k in accusers], "accuser_ids": self._ids(accusers),
                              "accusation": accusation, "quote_ids": list(evidence), "mentions": self.mentions(mentions or [name])})
        return aid

    def claim(self, text: str, *, claimants: Sequence[str], kind: str, hedged: bool = False, evidence: Sequence[str] = (),
              about: Sequence[str] = (), alternatives: Sequence[str] = ()) -> str:
        """Add a claim (``claimants`` are speaker keys, ``evidence`` quote ids); returns its id."""
        cid = f"c{len(self._claims) + 1}"
        claim = {"id": cid, "text": text, "claimant": self._names(claimants) or None, "claimant_ids": self._ids(claimants),
                 "kind": kind, "hedged": hedged, "quote_ids": list(evidence), "about": list(about)}
        if alternatives:
            claim["alternatives"] = list(alternatives)
        self._claims.append(claim)
        return cid

    # --- output ------------------------------------------------------------------------------

    def build(self) -> GoldArticle:
        """The checked gold article (raises InputError on any ungrounded span or dangling id)."""
        article = GoldArticle.model_validate(
            {**self._head, "quotes": self._quotes, "speakers": list(self._speakers.values()),
             "accused": self._accused, "claims": self._claims}
        )
        return check_gold(article, str(self._head["id"]))

    def write(self, path: str | Path) -> GoldArticle:
        """Build, then write the gold file (UTF-8, readable JSON, nulls omitted)."""
        gold = self.build()
        Path(path).write_text(json.dumps(gold.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return gold


def write_gold(builder: GoldBuilder, path: str | Path) -> GoldArticle:
    """What an ``evals/annotate_*.py`` script does when run: write its gold file, say what it holds."""
    gold = builder.write(path)
    print(f"{path}: {len(gold.quotes)} quotes, {len(gold.speakers)} speakers, {len(gold.accused)} accused, {len(gold.claims)} claims")
    return gold
