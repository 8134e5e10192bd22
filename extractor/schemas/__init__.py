"""Pydantic models of the public output contract and of what the LLM is asked to fill.

Installed as ``extractor.schemas``; the JSON Schema exports beside this file are regenerated
with ``python -m extractor.schemas`` and checked by tests/test_schemas.py.
"""

from extractor.schemas.contract import (
    Accused,
    AlignmentStatus,
    CheckedQuote,
    Claim,
    ClaimKind,
    CrossCheck,
    Quote,
    QuoteKind,
    Rejected,
    Result,
    ResultMeta,
    Span,
    Speaker,
    SpeakerKind,
    Usage,
)

__all__ = [
    "Accused",
    "AlignmentStatus",
    "CheckedQuote",
    "Claim",
    "ClaimKind",
    "CrossCheck",
    "Quote",
    "QuoteKind",
    "Rejected",
    "Result",
    "ResultMeta",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Usage",
]
