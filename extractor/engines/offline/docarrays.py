"""Token attributes of a parsed document as plain Python lists, computed once per Doc.

spaCy builds a new ``Token`` object on every ``doc[i]``, ``token.head`` or iteration, which is
most of the rules' own time when a helper walks the same tokens again for each quote. Helpers
that only compare indices or words read these lists instead; they are remembered per Doc (and
dropped with it), so every rule and every quote of a document shares one copy.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right

import numpy
from spacy.attrs import HEAD, IDX, LENGTH, LOWER
from spacy.tokens import Doc, Token

_HEADS: weakref.WeakKeyDictionary[Doc, list[int]] = weakref.WeakKeyDictionary()
_LOWERS: weakref.WeakKeyDictionary[Doc, list[str]] = weakref.WeakKeyDictionary()
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
_BOUNDS: weakref.WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins anew from every token on each access."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the text ``doc`` was parsed from (the parse keeps every character, so
    it is ``doc.text``): the engine has it at hand, and joining it from the tokens costs as
    much as a few rules. (A text of another length is not this Doc's: ignored.)"""
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        _TEXTS[doc] = text


def head_indices(doc: Doc) -> list[int]:
    """``doc[i].head.i`` for every token ``i`` (a root is its own head)."""
    heads = _HEADS.get(doc)
    if heads is None:
        # HEAD is stored as an offset from the token, unsigned: read it back as signed.
        offsets = doc.to_array(HEAD).astype(numpy.int64)
        heads = (numpy.arange(len(doc), dtype=numpy.int64) + offsets).tolist()
        _HEADS[doc] = heads
    return heads


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """``doc[i].idx`` and ``doc[i].idx + len(doc[i].text)`` for every token ``i``: reading
    ``Token.text`` builds a new string each time."""
    bounds = _BOUNDS.get(doc)
    if bounds is None:
        columns = doc.to_array([IDX, LENGTH]).astype(numpy.int64).reshape(-1, 2)
        bounds = _BOUNDS[doc] = (columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist())
    return bounds


def token_at(doc: Doc, char: int) -> Token | None:
    """The token whose text holds character ``char``; None for a character between tokens."""
    starts, ends = token_bounds(doc)
    i = bisect_right(starts, char) - 1
    return doc[i] if i >= 0 and char < ends[i] else None


def lower_forms(doc: Doc) -> list[str]:
    """``doc[i].lower_`` for every token ``i``."""
    lowers = _LOWERS.get(doc)
    if lowers is None:
        # Read from the LOWER column through the string store: no Token per word.
        strings = doc.vocab.strings
        lowers = [strings[key] for key in doc.to_array(LOWER).tolist()]
        _LOWERS[doc] = lowers
    return lowers


def subtree_count(doc: Doc, root: int, start: int, end: int) -> int:
    """How many tokens of ``doc[start:end]`` lie in the subtree of token ``root`` (itself
    included): ``sum(1 for t in doc[root].subtree if start <= t.i < end)`` without building
    the Tokens. Each token climbs its heads until it meets ``root`` or a sentence root."""
    heads = head_indices(doc)
    count = 0
    for i in range(start, end):
        node = i
        while node != root and heads[node] != node:
            node = heads[node]
        count += node == root
    return count
