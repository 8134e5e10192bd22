"""The offsets gate: every quote tied to the exact characters of the article, or rejected.

``enforce_offsets`` is the last gate of the pipeline for every engine: a quote whose
``text != article[start:end]`` leaves ``quotes`` for ``rejected``, and every reference to it
(claims, accused parties) is dropped, so nothing downstream can cite an ungrounded quote.
"""

from __future__ import annotations

from extractor.schemas import Rejected, Result


def enforce_offsets(result: Result, article: str) -> Result:
    """Return ``result`` with only quotes that satisfy ``text == article[start:end]``."""
    kept, rejected = [], list(result.rejected)
    for quote in result.quotes:
        if 0 <= quote.start < quote.end <= len(article) and article[quote.start : quote.end] == quote.text:
            kept.append(quote)
        else:
            rejected.append(
                Rejected(
                    item="quote",
                    text=quote.text,
                    reason=f"offsets [{quote.start}:{quote.end}] do not hold the quoted text",
                    data=quote.model_dump(mode="json"),
                )
            )
    if len(kept) == len(result.quotes):
        return result
    valid_ids = {q.id for q in kept}
    claims = [c.model_copy(update={"quote_ids": [i for i in c.quote_ids if i in valid_ids]}) for c in result.claims]
    accused = [a.model_copy(update={"quote_ids": [i for i in a.quote_ids if i in valid_ids]}) for a in result.accused]
    return result.model_copy(update={"quotes": kept, "rejected": rejected, "claims": claims, "accused": accused})
