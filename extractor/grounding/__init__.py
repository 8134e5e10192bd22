"""Grounding: every quote tied to the exact characters of the article, or rejected.

Two stages for two layers:

- ``align`` (the aligner): strings an engine returns → offsets in the article, with a status
  (exact / normalized / fuzzy); used by the LLM assembly;
- ``gate`` (the offsets gate): ``enforce_offsets``, the pipeline's last check for every engine.

The names below are re-exported so ``from extractor.grounding import …`` keeps working.
"""

from extractor.grounding.align import (
    FUZZY_MIN_CHARS,
    FUZZY_THRESHOLD,
    MAX_ELIDED_CHARS,
    Alignment,
    ArticleIndex,
    align,
    normalize_text,
)
from extractor.grounding.gate import enforce_offsets

__all__ = ["FUZZY_MIN_CHARS", "FUZZY_THRESHOLD", "MAX_ELIDED_CHARS", "Alignment", "ArticleIndex", "align", "enforce_offsets", "normalize_text"]
