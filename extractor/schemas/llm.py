"""The response models the LLM fills (through instructor): strings only, never offsets.

The model copies quotes and names as they appear in the article; code (extractor.grounding)
finds them in the text and computes offsets, so a model can never invent a position. Every
string and every list is bounded: a small model decoding under a JSON grammar otherwise repeats
itself until max_tokens, and a bounded schema lets llama.cpp's grammar stop it.

Evidence is referenced by quote *number* (1-based position in ``quotes``); after grounding the
engine maps numbers to quote ids and drops numbers of quotes that could not be grounded.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor.schemas.contract import ClaimKind, QuoteKind, SpeakerKind

MAX_QUOTES = 40
MAX_SPEAKERS = 30
MAX_ACCUSED = 15
MAX_CLAIMS = 20

Name = Annotated[str, Field(min_length=1, max_length=120)]
QuoteNumber = Annotated[int, Field(ge=1, le=MAX_QUOTES)]


class _LLMModel(BaseModel):
    # Extra keys are ignored, not rejected: a model adding a field it was not asked for has
    # still answered, and a re-ask would cost more than it gains.
    model_config = ConfigDict(extra="ignore")


MAX_QUOTE_SPEAKERS = 6

# The instruction set, stated once: system.j2, the few-shot examples and these descriptions say
# the same thing (tests/llm/test_prompts_and_schema.py checks the examples against it).
SPEAKER_RULE = (
    "The full name the article gives anywhere (not a pronoun, not the surname alone when the full name "
    "appears elsewhere); otherwise the description it uses (a police source). A document (report, "
    "communiqué, letter): its author when named, else the document as the article names it."
)
KIND_RULE = (
    "direct: quotation marks enclose the whole statement (copy the words inside the marks); "
    "mixed: reported speech that contains a quoted fragment (copy the whole reported clause, "
    "marks included); indirect: reported speech without quotation marks."
)


class LLMQuote(_LLMModel):
    """A statement attributed to someone, copied verbatim from the article."""

    text: str = Field(min_length=1, max_length=800, description="The words exactly as the article prints them (same language, same spelling). No paraphrase, no translation.")
    speakers: list[Name] = Field(
        default_factory=list,
        max_length=MAX_QUOTE_SPEAKERS,
        description="Who says it: one entry, or every signatory of a joint statement. " + SPEAKER_RULE + " Empty if the article does not say.",
    )
    kind: QuoteKind = Field(default="direct", description=KIND_RULE)
    cue: str | None = Field(default=None, max_length=60, description="The reporting verb or phrase as written (said, according to, a déclaré, selon).")

    @model_validator(mode="before")
    @classmethod
    def _single_speaker(cls, data: Any) -> Any:
        # Answers in the earlier shape (one "speaker" string: cached answers, recordings, a model
        # that ignores the schema) still name the speaker.
        if isinstance(data, dict) and "speaker" in data and not data.get("speakers"):
            data = dict(data)
            speaker = data.pop("speaker")
            data["speakers"] = [speaker] if isinstance(speaker, str) and speaker.strip() else []
        return data

    @property
    def speaker(self) -> str | None:
        """The speakers joined with ', ' (the contract's display form); None when there are none."""
        return ", ".join(self.speakers) if self.speakers else None


class LLMSpeaker(_LLMModel):
    """Someone (or some body) who is quoted, accuses or claims."""

    name: Name = Field(description="The fullest name the article uses anywhere (the same string as in quote speakers).")
    aliases: list[Name] = Field(default_factory=list, max_length=8, description="Other ways the article refers to them (surname, title, a capital for its government); not pronouns.")
    kind: SpeakerKind = "unknown"
    role: str | None = Field(default=None, max_length=160, description="Title or function as the article gives it.")


class LLMAccused(_LLMModel):
    """One party accused of something. One entry per accused entity."""

    name: Name = Field(description="One accused party (never two in one entry), with the fullest name the article uses.")
    aliases: list[Name] = Field(default_factory=list, max_length=8, description="Other ways the article names the same party (Pékin, le gouvernement chinois for la Chine).")
    accusers: list[Name] = Field(default_factory=list, max_length=6, description="Who accuses them, named as in quote speakers.")
    accusation: str | None = Field(default=None, max_length=300, description="What they are accused of, in the article's words.")
    evidence: list[QuoteNumber] = Field(default_factory=list, max_length=8, description="Numbers (1-based) of the quotes that make the accusation.")


class LLMClaim(_LLMModel):
    """An attributed statement, restated briefly."""

    text: str = Field(min_length=1, max_length=300, description="The claim as one short statement, in the article's language.")
    claimant: Name | None = Field(default=None, description="Who makes the claim, named as in quote speakers (a joint statement: the first of them).")
    about: list[Name] = Field(default_factory=list, max_length=6, description="Who or what the claim is about.")
    kind: ClaimKind = "factual_assertion"
    evidence: list[QuoteNumber] = Field(default_factory=list, max_length=8, description="Numbers (1-based) of the supporting quotes.")


class Extraction(_LLMModel):
    """Everything the LLM extracts from one article (or one chunk of a long one)."""

    quotes: list[LLMQuote] = Field(default_factory=list, max_length=MAX_QUOTES)
    speakers: list[LLMSpeaker] = Field(default_factory=list, max_length=MAX_SPEAKERS)
    accused: list[LLMAccused] = Field(default_factory=list, max_length=MAX_ACCUSED)
    claims: list[LLMClaim] = Field(default_factory=list, max_length=MAX_CLAIMS)


def llm_response_json_schema() -> dict[str, Any]:
    """JSON Schema of the response model, as exported to schemas/llm_response.schema.json."""
    schema = Extraction.model_json_schema()
    schema["$id"] = "https://github.com/extractor/extractor/schemas/llm_response.schema.json"
    return schema


def schema_version(model: type[BaseModel] = Extraction) -> str:
    """Short hash of a response model's JSON Schema: changes whenever what the LLM is asked for does."""
    canonical = json.dumps(model.model_json_schema(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
