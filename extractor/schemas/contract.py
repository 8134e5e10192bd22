"""The public output contract: one `Result` per article.

Field names here are the stable, documented contract (README, "Output contract"). Add fields
beside them freely; never rename or remove one. `schemas/result.schema.json` is exported from
these models (`python -m extractor.schemas`) and a test checks that it is current.

Invariants every engine's output satisfies after grounding:
- every quote: ``quote.text == article[quote.start:quote.end]``;
- every id referenced (speaker_ids, quote_ids, accuser_ids, claimant_ids) exists in the result;
- anything that could not be grounded is in ``rejected``, never in ``quotes``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "indirect", "mixed"]
"""direct: the words inside quotation marks; indirect: reported speech with no quotation marks;
mixed: reported speech that embeds a quoted fragment."""

CueType = Literal["speech", "belief", "perception", "other"]
"""The act a quote's cue reports (see Quote.cue_type and the ``scope`` setting)."""

SpeakerKind = Literal["person", "organization", "government", "group", "unnamed", "unknown"]
"""government covers states, capitals used for their governments (Washington, Londres) and
ministries; group covers collective non-institutional speakers (les experts, protesters);
unnamed covers anonymous sources (a source, un responsable)."""

ClaimKind = Literal[
    "accusation",
    "factual_assertion",
    "denial",
    "call_to_action",
    "opinion",
    "prediction",
    "other",
]

AlignmentStatus = Literal["exact", "normalized", "fuzzy"]
"""How a quote was aligned to the article: as given (exact), after normalising typography,
whitespace, case and ellipses (normalized), or by fuzzy matching above the threshold (fuzzy)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """A stretch of the article: ``text == article[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Quote(_Model):
    """A statement attributed to a speaker, verbatim from the article."""

    id: str = Field(description="Stable within the result: q1, q2, ...")
    text: str = Field(description="Verbatim article text: always article[start:end].")
    start: int = Field(ge=0, description="Character offset (Python str index) of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    kind: QuoteKind
    speaker: str | None = Field(
        default=None,
        description="Display name of the speaker as the article names them; for a joint statement "
        "all names joined with ', '; null when unknown.",
    )
    speaker_ids: list[str] = Field(default_factory=list, description="Ids into speakers[].")
    cue: str | None = Field(default=None, description="The reporting verb or phrase (said, selon, a ajouté).")
    cue_span: Span | None = None
    cue_type: CueType | None = Field(
        default=None,
        description="What act the cue reports: speech (said, wrote, according to, selon; quotation marks with no cue), "
        "belief (think, know, expect, hope, want, fear), perception (see, hear, find, show) or other (not a predicate, "
        "unknown). The default scope 'statements' keeps speech only; null when the engine did not classify.",
    )
    speaker_span: Span | None = Field(default=None, description="Where the speaker is named for this quote.")
    hedged: bool = Field(default=False, description="Reported with distance: selon, aurait, allegedly.")
    alignment: AlignmentStatus = "exact"
    # Reserved: no engine sets it yet (always null). It stays because it is part of the public
    # contract and its JSON Schema; a comment, not a description, so the schema is unchanged.
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class Speaker(_Model):
    """Someone (or some body) who is quoted, accuses or claims."""

    id: str = Field(description="Stable within the result: s1, s2, ...")
    name: str = Field(description="Canonical name: the fullest form the article uses.")
    aliases: list[str] = Field(default_factory=list, description="Every surface form seen, including name.")
    kind: SpeakerKind = "unknown"
    role: str | None = Field(default=None, description="Title or function, e.g. ministre des Affaires étrangères.")
    mentions: list[Span] = Field(default_factory=list, description="Where the speaker is named in the article.")


class Accused(_Model):
    """A party accused of something, by whom and of what."""

    id: str = Field(description="Stable within the result: a1, a2, ...")
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: SpeakerKind = "unknown"
    accusers: list[str] = Field(default_factory=list, description="Names of who accuses them.")
    accuser_ids: list[str] = Field(default_factory=list, description="Ids into speakers[].")
    accusation: str | None = Field(default=None, description="What they are accused of, in the article's words.")
    quote_ids: list[str] = Field(default_factory=list, description="Evidence: ids into quotes[].")
    mentions: list[Span] = Field(default_factory=list)


class Claim(_Model):
    """An attributed statement, restated briefly, with who makes it and what it is about."""

    id: str = Field(description="Stable within the result: c1, c2, ...")
    text: str = Field(description="The claim as a short statement.")
    claimant: str | None = None
    claimant_ids: list[str] = Field(default_factory=list)
    about: list[str] = Field(default_factory=list, description="Who or what the claim is about.")
    kind: ClaimKind = "factual_assertion"
    hedged: bool = False
    quote_ids: list[str] = Field(default_factory=list, description="Evidence: ids into quotes[]; never ungrounded ones.")


class Rejected(_Model):
    """Something an engine returned that could not be grounded in the article."""

    item: Literal["quote", "speaker", "accused", "claim"]
    text: str
    reason: str
    data: dict[str, Any] = Field(default_factory=dict, description="What the engine returned, as returned.")


class Usage(_Model):
    """Token usage, summed over every attempt (LLM engines only)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    requests: int = 0


class CheckedQuote(_Model):
    """A quote the checking engine found where the result has none."""

    text: str = Field(description="Verbatim article text: article[start:end].")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    speaker: str | None = None


class CrossCheck(_Model):
    """A second engine's reading of the same article, compared quote by quote
    (``extract(..., check="offline")``; ``--check offline``). Agreement is evidence, not truth:
    either engine can be the one that is wrong."""

    engine: str = Field(description="The checking engine, e.g. offline:spacy.")
    confirmed: list[str] = Field(default_factory=list, description="Ids of quotes the checking engine also found (overlapping span).")
    unconfirmed: list[str] = Field(default_factory=list, description="Ids of quotes the checking engine did not find.")
    speaker_agrees: list[str] = Field(default_factory=list, description="Ids of confirmed quotes whose speaker both engines name alike.")
    only_in_check: list[CheckedQuote] = Field(default_factory=list, description="Quotes the checking engine found that the result does not have.")


def _version_is_required(schema: dict[str, Any]) -> None:
    # extractor_version has a Python default only so that an engine can build its ResultMeta
    # before the pipeline stamps the envelope (extractor.pipeline); every result the pipeline
    # returns carries it, so the exported JSON Schema keeps it required, without a default.
    schema["properties"]["extractor_version"].pop("default", None)
    schema["required"] = ["extractor_version", *[name for name in schema.get("required", []) if name != "extractor_version"]]


class ResultMeta(_Model):
    """How the result was produced: enough to reproduce it or to tell two runs apart."""

    # extractor_version, source and text_sha256 are the envelope the pipeline writes; an engine
    # fills the rest (versions of its templates and schema, cache, chunks, timing, usage).
    model_config = ConfigDict(json_schema_extra=_version_is_required)

    extractor_version: str = ""
    template_version: str | None = Field(default=None, description="Content hash of the prompt templates (LLM engines).")
    schema_version: str | None = Field(default=None, description="Hash of the response model's JSON Schema (LLM engines).")
    cached: bool = False
    chunks: int = 1
    elapsed_seconds: float | None = Field(
        default=None,
        description="Seconds this engine spent on the article: LLM engines, the whole extraction (requests, retries, "
        "assembly, grounding); the offline engine, its rules after the parse (spaCy parses articles in shared batches, so a parse "
        "has no per-article time).",
    )
    usage: Usage | None = None
    source: str | None = Field(default=None, description="Where the article came from (path, path:line).")
    text_sha256: str | None = None
    crosscheck: CrossCheck | None = Field(default=None, description="Set when the extraction was cross-checked by a second engine.")


class Result(_Model):
    """Everything extracted from one article. The public output contract."""

    id: str | None = Field(default=None, description="The input record's id (JSONL), else null.")
    language: str = Field(description="ISO 639-1 code detected (or given), 'und' when undetermined.")
    engine: str = Field(description="Which engine/backend/model produced this, e.g. offline:spacy or openai:gpt-4o-mini.")
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    accused: list[Accused] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    rejected: list[Rejected] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="Warnings a reader should see, e.g. unsupported language.")
    meta: ResultMeta
    # The article itself stays on the object (for the HTML view and grounding checks) but is
    # not part of the serialised contract: a corpus run would otherwise store every text twice.
    article: str | None = Field(default=None, exclude=True, repr=False)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The contract as JSON text (the article text is not included)."""
        return self.model_dump_json(indent=indent)

    def to_dict(self) -> dict[str, Any]:
        """The contract as plain Python data (the article text is not included)."""
        return self.model_dump(mode="json")

    def speaker_by_id(self, speaker_id: str) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def _repr_html_(self) -> str:
        from extractor.render import html as _html

        return _html.render_html(self, standalone=False)

    def to_dataframe(self) -> Any:
        """One row per quote (pandas DataFrame); needs pandas installed."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_dataframe() needs pandas: pip install 'extractor[pandas]'") from exc
        rows = [
            {
                "id": self.id,
                "quote_id": q.id,
                "speaker": q.speaker,
                "kind": q.kind,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "cue": q.cue,
                "hedged": q.hedged,
                "alignment": q.alignment,
            }
            for q in self.quotes
        ]
        return pd.DataFrame(rows, columns=["id", "quote_id", "speaker", "kind", "text", "start", "end", "cue", "hedged", "alignment"])


def result_json_schema() -> dict[str, Any]:
    """JSON Schema of the public contract, as exported to schemas/result.schema.json."""
    schema = Result.model_json_schema(mode="serialization")
    schema["$id"] = "https://github.com/extractor/extractor/schemas/result.schema.json"
    schema["title"] = "extractor Result"
    return schema


def dump_schema(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
