"""Token attributes of a parsed document as plain Python lists, computed once per Doc.

spaCy builds a new ``Token`` object on every ``doc[i]``, ``token.head`` or iteration, which is
most of the rules' own time when a helper walks the same tokens again for each quote. Helpers
that only compare indices or words read these lists instead; they are remembered per Doc (and
dropped with it), so every rule and every quote of a document shares one copy.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, LEMMA, LENGTH, LOWER, MORPH, POS, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token


class _DocArrays:
    """What this module remembers of one Doc (each list made on its first read)."""

    __slots__ = ("heads", "lowers", "lemma_lowers", "pos", "deps", "dep_ids", "sentences", "text", "bounds", "morph_keys", "heads_of", "children", "sentence_breaks", "punct")

    def __init__(self) -> None:
        self.heads: list[int] | None = None
        self.lowers: list[str] | None = None
        self.lemma_lowers: list[str] | None = None
        self.pos: list[str] | None = None
        self.deps: list[str] | None = None
        self.dep_ids: numpy.ndarray | None = None  # (the DEP column: `heads_of` compares it with each label asked)
        self.sentences: tuple[list[int], list[int]] | None = None  # (no Span: it would keep the Doc alive)
        self.text: str | None = None
        self.bounds: tuple[list[int], list[int]] | None = None
        self.morph_keys: list[int] | None = None
        self.heads_of: dict[str, frozenset[int]] = {}
        self.children: list[list[int]] | None = None
        self.sentence_breaks: tuple[Sequence[bool], list[int]] | None = None  # (the mask they were read with, the breaks)
        self.punct: list[bool] | None = None


_ARRAYS: weakref.WeakKeyDictionary[Doc, _DocArrays] = weakref.WeakKeyDictionary()


def _no_doc() -> Doc | None:
    """What `_last` holds before any Doc is read: a reference to no Doc."""
    return None


#: The Doc read last (a weak reference: called, it gives the Doc, or None once the Doc is gone)
#: and its arrays, in one tuple (replaced at once): the rules read one document at a time, and a
#: WeakKeyDictionary lookup (a new weak reference per read) costs as much as a Token attribute.
#: The accessors below check it first, in as few steps as they can: they are read per token.
_last: tuple[Callable[[], Doc | None], _DocArrays] = (_no_doc, _DocArrays())


def _arrays(doc: Doc) -> _DocArrays:
    """The arrays remembered for ``doc`` (dropped with it)."""
    global _last
    ref, arrays = _last
    if ref() is doc:
        return arrays
    known = _ARRAYS.get(doc)
    if known is None:
        known = _ARRAYS[doc] = _DocArrays()
    _last = (weakref.ref(doc), known)
    return known


#: (morphological analysis key, field) -> its values, for every Doc: a parse uses a few hundred analyses.
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins anew from every token on each access."""
    arrays = _arrays(doc)
    text = arrays.text
    if text is None:
        text = arrays.text = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the text ``doc`` was parsed from (the parse keeps every character, so
    it is ``doc.text``): the engine has it at hand, and joining it from the tokens costs as
    much as a few rules. (A text of another length is not this Doc's: ignored.)"""
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        _arrays(doc).text = text


def head_indices(doc: Doc) -> list[int]:
    """``doc[i].head.i`` for every token ``i`` (a root is its own head)."""
    ref, known = _last
    if ref() is doc and known.heads is not None:
        return known.heads  # (the document read last: see _arrays)
    arrays = _arrays(doc)
    heads = arrays.heads
    if heads is None:
        # HEAD is stored as an offset from the token, unsigned: read it back as signed.
        offsets = doc.to_array(HEAD).astype(numpy.int64)
        heads = arrays.heads = (numpy.arange(len(doc), dtype=numpy.int64) + offsets).tolist()
    return heads


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """``doc[i].idx`` and ``doc[i].idx + len(doc[i].text)`` for every token ``i``: reading
    ``Token.text`` builds a new string each time."""
    ref, known = _last
    if ref() is doc and known.bounds is not None:
        return known.bounds  # (as in lower_forms)
    arrays = _arrays(doc)
    bounds = arrays.bounds
    if bounds is None:
        columns = doc.to_array([IDX, LENGTH]).astype(numpy.int64).reshape(-1, 2)
        bounds = arrays.bounds = (columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist())
    return bounds


#: What ends a sentence for ``punctuation_sentence`` (outside quotation marks).
SENTENCE_STOPS = frozenset({".", "!", "?", ";"})
#: The mark that closes a quotation in French typography, where a quotation's own full stop
#: stays inside it only when the quotation is a whole sentence (English puts every final stop
#: inside: "“We will win.” Mary Long said." runs on).
_CLOSING_MARKS = frozenset({"»"})


#: Dashes that end a dateline ("OTTAWA — …", "Paris, 3 juin (AFP) - …").
_DATELINE_DASHES = frozenset({"-", "--", "–", "—"})
_DATELINE_DASH_CHARACTERS = frozenset("".join(_DATELINE_DASHES))
#: A dateline is short: place, region, date and agency.
_DATELINE_MAX_TOKENS = 14


def dateline_end(doc: Doc, first: int) -> int | None:
    """Index of the dash that ends a wire-style dateline opening the paragraph at ``first``, or
    None. A dateline names the place (and region, date, agency) before a dash: « WASHINGTON
    (AP) — », « LAKE PLACID, N.Y. – », « Bamako, 12 mars 2025 (AFP) - ». It is recognised by its
    place in capitals (« OTTAWA — ») or by the agency in brackets right before the dash
    (« Paris (AFP) - »): a paragraph that opens on an ordinary name and a dash (« Paul Verdier,
    président de Valtrans - ») has neither."""
    last = min(len(doc), first + _DATELINE_MAX_TOKENS + 1)
    if first + 1 >= last:
        return None
    # (asked of every paragraph: without a dash in its first words, no Token is built; read
    # from the words' lower-case forms, not from doc.text, which the paragraph splitter would
    # otherwise join from every token of every article before the parse)
    opening_words = "".join(lower_forms(doc)[first + 1 : last])
    if not any(dash in opening_words for dash in _DATELINE_DASH_CHARACTERS):
        return None
    for i in range(first + 1, last):
        token = doc[i]
        if "\n" in token.text or "\n" in doc[i - 1].whitespace_:
            return None
        if token.text not in _DATELINE_DASHES or not token.whitespace_ or not doc[i - 1].whitespace_:
            continue
        opening = doc[first]
        # (a compound place is one token: « SAINT-QUENTIN », "WINSTON-SALEM")
        place_in_capitals = all(part.isalpha() for part in opening.text.split("-")) and opening.is_upper and len(opening.text) > 1
        agency = doc[i - 1].text == ")" and any(t.text == "(" for t in doc[max(first, i - 5) : i - 1]) and doc[i - 2].text[:1].isupper()
        return i if (place_in_capitals or agency) and opening.text[:1].isupper() else None
    return None


def dateline_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the wire datelines (`dateline_end`) opening the document's paragraphs,
    each up to the first word after its dash: the wire's place, date and agency, outside the
    story (no one says them, no one in them speaks)."""
    text = doc_text(doc)
    starts = token_bounds(doc)[0]
    ranges = []
    for match in _PARAGRAPH_START.finditer(text):
        first = bisect_right(starts, match.end()) - 1
        if first < 0 or first >= len(doc) or starts[first] != match.end():
            continue
        dash = dateline_end(doc, first)
        if dash is not None and dash + 1 < len(doc):
            ranges.append((starts[first], starts[dash + 1]))
    return ranges


#: Where a paragraph's first word starts: the text's start or after a line break (and spaces).
_PARAGRAPH_START = re.compile(r"(?:^|\n)\s*")


def punctuation_sentence(doc: Doc, i: int, quoted: Sequence[bool]) -> tuple[int, int]:
    """Token bounds ``(lo, hi)`` of the sentence around token ``i`` by its punctuation and line
    breaks, a stop inside quotation marks (``quoted[k]``) not counting: the statistical splitter
    sometimes cuts at a quotation mark or before « et précise que »."""
    breaks = _sentence_breaks(doc, quoted)
    k = bisect_left(breaks, i)  # the first break at or after i; the one before it closes the previous sentence
    return (breaks[k - 1] + 1 if k else 0), (breaks[k] + 1 if k < len(breaks) else len(doc))


#: The words `_sentence_breaks` asks `ends_sentence` about: the stops and the closing marks.
_BREAK_WORDS = SENTENCE_STOPS | _CLOSING_MARKS
_LINE_BREAK = re.compile("\n")


def _sentence_breaks(doc: Doc, quoted: Sequence[bool]) -> list[int]:
    """The tokens after which a sentence of `punctuation_sentence` ends, in order: found once per
    Doc and quotation mask (the rules ask for the sentences of many tokens, and walking each
    one's sentence word by word cost more than this one pass)."""
    arrays = _arrays(doc)
    known = arrays.sentence_breaks
    if known is not None and known[0] is quoted:
        return known[1]
    # Token k's text is text[starts[k]:ends[k]], with its trailing space up to the next token's
    # start (sliced from the text: Token.text builds a new string on every read).
    text, n = doc_text(doc), len(doc)
    starts, ends = token_bounds(doc)

    def ends_sentence(k: int) -> bool:
        word = text[starts[k] : ends[k]]
        if word in SENTENCE_STOPS:
            return not quoted[k]
        # « … jusqu'à la fermeture du port. » Toujours selon lui, …: a quotation that closes on its
        # own full stop, a capitalised word after it, ends the sentence that holds it.
        return (
            word in _CLOSING_MARKS and quoted[k] and 0 < k < n - 1 and text[starts[k - 1] : ends[k - 1]] in (".", "!", "?", "…")
            and quoted[k - 1] and not quoted[k + 1] and text[starts[k + 1] : starts[k + 1] + 1].isupper()
        )

    # Only a stop or a closing mark can end a sentence by itself (`ends_sentence`); a line break
    # between a token and the next (from its start to the next token's) ends its sentence too.
    # (both cheaper than cutting every token's text: the stops by their lower-case forms, which
    # are the marks themselves, the line breaks by their characters)
    lowers = lower_forms(doc)
    ending = {k for k, word in enumerate(lowers) if word in _BREAK_WORDS and ends_sentence(k)}
    ending.update(k for k in (bisect_right(starts, m.start()) - 1 for m in _LINE_BREAK.finditer(text)) if k >= 0)
    breaks = sorted(ending)
    arrays.sentence_breaks = (quoted, breaks)
    return breaks


def span_text(span: Span) -> str:
    """``span.text``, sliced from the document's text: spaCy joins it anew from a Token per word
    on every read. (A token's trailing whitespace is its one space, so the two agree.)"""
    if span.start >= span.end:
        return ""
    starts, ends = token_bounds(span.doc)
    return doc_text(span.doc)[starts[span.start] : ends[span.end - 1]]


def token_at(doc: Doc, char: int) -> Token | None:
    """The token whose text holds character ``char``; None for a character between tokens."""
    starts, ends = token_bounds(doc)
    i = bisect_right(starts, char) - 1
    return doc[i] if i >= 0 and char < ends[i] else None


def lower_forms(doc: Doc) -> list[str]:
    """``doc[i].lower_`` for every token ``i``."""
    ref, known = _last
    if ref() is doc and known.lowers is not None:
        return known.lowers  # (the document read last, without a call to _arrays: read per token)
    return _string_column(doc, "lowers", LOWER)


def lemma_lowers(doc: Doc) -> list[str]:
    """``doc[i].lemma_.lower()`` for every token ``i``: the rules compare lemmas without case."""
    ref, known = _last
    if ref() is doc and known.lemma_lowers is not None:
        return known.lemma_lowers  # (as in lower_forms)
    return _string_column(doc, "lemma_lowers", LEMMA, str.lower)


def pos_tags(doc: Doc) -> list[str]:
    """``doc[i].pos_`` for every token ``i`` (spaCy looks the name up on every read)."""
    ref, known = _last
    if ref() is doc and known.pos is not None:
        return known.pos  # (as in lower_forms)
    # (the POS column holds the part of speech's symbol, which the string store names)
    return _string_column(doc, "pos", POS)


def _string_column(doc: Doc, attribute: str, column: int, convert: Callable[[str], str] | None = None) -> list[str]:
    """The strings of one of ``doc``'s columns, remembered under ``attribute`` of its arrays and
    read once through the string store (no Token per word), maybe converted (lower-cased): the
    slow path of `lower_forms`, `lemma_lowers` and `pos_tags`, which check `_last` first."""
    arrays = _arrays(doc)
    strings: list[str] | None = getattr(arrays, attribute)
    if strings is None:
        strings = _strings(doc, doc.to_array(column).tolist())
        if convert is not None:
            strings = list(map(convert, strings))
        setattr(arrays, attribute, strings)
    return strings


#: String-store hash -> string, for every Doc (a hash names one string): a dict is several times
#: quicker to read than the StringStore. Emptied when it grows past _MAX_STRINGS.
_STRING_OF: dict[int, str] = {}
_MAX_STRINGS = 500_000


def _strings(doc: Doc, keys: list[int]) -> list[str]:
    """The strings of string-store hashes ``keys`` (a column of ``doc.to_array``)."""
    if len(_STRING_OF) > _MAX_STRINGS:
        _STRING_OF.clear()
    # One lookup per key in C (map): a Python loop over every token cost as much as some rules.
    try:
        return list(map(_STRING_OF.__getitem__, keys))
    except KeyError:  # strings not met yet: added, then looked up again
        strings = doc.vocab.strings
        for key in set(keys).difference(_STRING_OF):
            _STRING_OF[key] = strings[key]
        return list(map(_STRING_OF.__getitem__, keys))


def punctuation_flags(doc: Doc) -> list[bool]:
    """``doc[i].is_punct`` for every token ``i``."""
    arrays = _arrays(doc)
    flags = arrays.punct
    if flags is None:
        flags = arrays.punct = [bool(flag) for flag in doc.to_array(IS_PUNCT).tolist()]
    return flags


def word_count(span: Span) -> int:
    """How many tokens of ``span`` are not punctuation (``len([t for t in span if not t.is_punct])``),
    without a Token per word."""
    return span.end - span.start - sum(punctuation_flags(span.doc)[span.start : span.end])


def dep_labels(doc: Doc) -> list[str]:
    """``doc[i].dep_`` for every token ``i``."""
    ref, known = _last
    if ref() is doc and known.deps is not None:
        return known.deps  # (as in lower_forms)
    arrays = _arrays(doc)
    labels = arrays.deps
    if labels is None:
        if arrays.dep_ids is None:
            arrays.dep_ids = doc.to_array(DEP)
        labels = arrays.deps = _strings(doc, arrays.dep_ids.tolist())
    return labels


def sentence_of(item: Token | Span) -> Span:
    """``item.sent``: the sentence holding a token (or a span's first token), from the sentence
    starts found once per Doc. spaCy walks to both ends of the sentence in Python on every read
    (tens of microseconds in a long sentence)."""
    doc = item.doc
    arrays = _arrays(doc)
    sentences = arrays.sentences
    if sentences is None:
        if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks or not doc.has_annotation("SENT_START"):
            return item.sent  # another sentence splitter, or none (spaCy's own answer, or its error)
        # spaCy's rule: a sentence starts at the first token and at every token whose SENT_START is 1.
        # (numbered in numpy: a Python loop over every token cost as much as the sentences' use)
        is_start = doc.to_array(SENT_START) == 1
        if len(doc):
            is_start[0] = True
        index = (numpy.cumsum(is_start) - 1).tolist()
        starts = numpy.flatnonzero(is_start).tolist()
        sentences = arrays.sentences = (index, starts)
    index, starts = sentences
    k = index[item.i if isinstance(item, Token) else item.start]
    return Span(doc, starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc))


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


def morph_get(token: Token, field: str, default: list[str] | None = None) -> list[str]:
    """``token.morph.get(field, default)`` (a new list of the field's values; ``default``, else
    [], when it has none), several times faster: ``Token.morph`` builds a MorphAnalysis and
    ``get`` parses its features on every read, while the rules ask about the same few analyses."""
    values = morph_values(token.doc, token.i, field)
    if not values and default is not None:
        return default
    return list(values)


# French future and conditional: the infinitive (without the final e of -re verbs) or an
# irregular stem, then the ending. The morphologizer misses many of these (attendrait → Imp).
_FRENCH_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")
FRENCH_CONDITIONAL_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
_FRENCH_IRREGULAR_FUTURE_STEMS = {
    "être": "ser", "avoir": "aur", "aller": "ir", "faire": "fer", "pouvoir": "pourr", "devoir": "devr",
    "vouloir": "voudr", "savoir": "saur", "voir": "verr", "venir": "viendr", "tenir": "tiendr", "falloir": "faudr",
    "valoir": "vaudr", "envoyer": "enverr", "mourir": "mourr", "courir": "courr", "recevoir": "recevr",
    "devenir": "deviendr", "obtenir": "obtiendr", "revenir": "reviendr", "maintenir": "maintiendr", "prévoir": "prévoir",
}


def french_tense(token: Token) -> str | None:
    """"Fut" or "Cnd" from a French verb's form (« signera », « couperait », « paierait », « sera »),
    None for any other form: for claims' predictions and accusations' pledges alike, where the
    morphologizer's tags miss many of these."""
    lemma, form = token.lemma_.lower(), token.lower_
    stems = {_FRENCH_IRREGULAR_FUTURE_STEMS.get(lemma, lemma)}
    if lemma.endswith("re"):
        stems.add(lemma[:-1])
    if lemma.endswith("yer"):
        stems.add(lemma[:-3] + "ier")  # payer → paierait, employer → emploiera
    for stem in stems:
        if len(stem) >= 3 and form.startswith(stem):
            ending = form[len(stem) :]
            if ending in FRENCH_CONDITIONAL_ENDINGS:
                return "Cnd"
            if ending in _FRENCH_FUTURE_ENDINGS:
                return "Fut"
    return None


def morph_values(doc: Doc, i: int, field: str) -> tuple[str, ...]:
    """The values of token ``i``'s morphological ``field`` (``tuple(doc[i].morph.get(field))``),
    as `morph_get` reads them, without a Token unless the analysis is new: for loops over a
    range of words that ask most of them one feature."""
    ref, known = _last
    keys = known.morph_keys if ref() is doc else None  # (as in lower_forms)
    if keys is None:
        arrays = _arrays(doc)
        keys = arrays.morph_keys
        if keys is None:
            keys = arrays.morph_keys = doc.to_array(MORPH).tolist()
    key = (keys[i], field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        values = _MORPH_VALUES[key] = tuple(doc[i].morph.get(field, None))
    return values


def heads_of(doc: Doc, dep: str) -> frozenset[int]:
    """The tokens with a child labelled ``dep`` (``any(c.dep_ == dep for c in doc[i].children)``
    for each ``i``): whole-document passes ask it of every verb, and ``Token.children`` builds
    a Token per child."""
    arrays = _arrays(doc)
    found = arrays.heads_of
    heads = found.get(dep)
    if heads is None:
        # The DEP column holds each label's hash: compare numbers, no string per token.
        if arrays.dep_ids is None:
            arrays.dep_ids = doc.to_array(DEP)
        rows = numpy.flatnonzero(arrays.dep_ids == get_string_id(dep)).tolist()
        all_heads = head_indices(doc)
        heads = found[dep] = frozenset(all_heads[i] for i in rows if all_heads[i] != i)
    return heads


def children_indices(doc: Doc) -> list[list[int]]:
    """``[c.i for c in doc[i].children]`` for every token ``i``, in the order spaCy gives them
    (left to right). ``Token.children`` scans the token's whole subtree and builds a Token per
    child on every read; walkers that only compare labels or words read these indices with
    ``dep_labels`` and ``lower_forms``."""
    arrays = _arrays(doc)
    children = arrays.children
    if children is None:
        children = arrays.children = [[] for _ in range(len(doc))]
        for i, head in enumerate(head_indices(doc)):
            if head != i:
                children[head].append(i)
    return children

