"""The gold-label format: the output contract plus what a scorer needs (alias lists, the article).

A gold file (``evals/gold/*.json``) is one `GoldArticle`: the article text, and the quotes,
speakers, accused parties and claims a careful annotator found in it, in the same shapes as
`extractor.schemas.Result` so that a gold file reads like a perfect result. Additions:

- ``GoldArticle.text`` — the article itself (every offset refers to it);
- ``GoldQuote.fragments`` — for a quote interrupted by its attribution, the quoted pieces
  (scoring counts overlap with the fragments only, never with the cue between them);
- speakers, accused parties carry full ``aliases`` lists (every way the article names them,
  plus common equivalents), which the scorer matches predicted names against;
- ``GoldClaim.alternatives`` — other acceptable phrasings of the claim.

The JSON Schema is exported to ``schemas/gold.schema.json`` (``python -m extractor.schemas``).
Annotation guidelines: ``evals/README.md``.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from extractor.schemas.contract import Accused, Claim, Quote, Span, Speaker, _Model


class GoldQuote(Quote):
    """A gold quote: a contract `Quote` plus its fragments when the attribution interrupts it."""

    fragments: list[Span] = Field(
        default_factory=list,
        description="Quoted pieces of a quote interrupted by its attribution; empty when the quote is one piece.",
    )
    note: str | None = Field(default=None, description="Annotator's remark (why this span, why this kind).")


class GoldSpeaker(Speaker):
    """A gold speaker: ``aliases`` lists every acceptable name (the scorer's alias list)."""


class GoldAccused(Accused):
    """A gold accused party: ``aliases`` lists every acceptable name; ``accuser_ids`` who accuses."""


class GoldClaim(Claim):
    """A gold claim: claimant via ``claimant_ids``, evidence via ``quote_ids``."""

    alternatives: list[str] = Field(default_factory=list, description="Other acceptable phrasings of the claim text.")


class GoldArticle(_Model):
    """One annotated article."""

    id: str
    language: str = Field(description="ISO 639-1 code of the article.")
    text: str = Field(description="The article; every offset refers to this string (Python str indices).")
    source: str | None = Field(default=None, description="Where the text comes from (path, URL).")
    annotator: str | None = None
    guidelines: str | None = Field(default=None, description="Which guidelines were followed, e.g. evals/README.md@v1.")
    quotes: list[GoldQuote] = Field(default_factory=list)
    speakers: list[GoldSpeaker] = Field(default_factory=list)
    accused: list[GoldAccused] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    # Which parts of this article were annotated; a quote-attribution corpus has quotes and
    # speakers only, and the scorer reports accused/claims as "not annotated" instead of 0.
    annotated: list[str] = Field(
        default_factory=lambda: ["quotes", "speakers", "accused", "claims"],
        description="Which layers were annotated in full: any of quotes, speakers, accused, claims.",
    )
    extra: dict[str, Any] = Field(default_factory=dict, description="Anything else from the source record.")

    def speaker_by_id(self, speaker_id: str) -> GoldSpeaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)


def gold_json_schema() -> dict[str, Any]:
    """JSON Schema of one gold file, as exported to schemas/gold.schema.json."""
    schema = GoldArticle.model_json_schema(mode="validation")
    schema["$id"] = "https://github.com/extractor/extractor/schemas/gold.schema.json"
    schema["title"] = "extractor gold article"
    return schema
