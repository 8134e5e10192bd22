"""Quotation-mark scanning, language independent: every stretch of text between quotation marks.

Handles « … » with or without (narrow) no-break spaces, “ … ”, ‘ … ’, ‹ … ›, „ … “ and straight
" … " quotes, nesting (only the outermost quotation becomes a span; inner marks stay inside),
quotes interrupted by an attribution (each part is its own span; attribution links them) and
quotes that run over a paragraph break (English convention: the paragraph ends without a closing
mark and the next one reopens; each paragraph's part becomes its own span, flagged so that the
continuation inherits the speaker).
"""

from __future__ import annotations

from dataclasses import dataclass

#: opening mark -> closing marks that may end it
_PAIRS: dict[str, str] = {"«": "»", "“": "”", "„": "“”", "‘": "’", "‹": "›", '"': '"', "‟": "”"}
_OPENERS = frozenset(_PAIRS)
_CLOSERS = frozenset("»”’›\"“")
# Inside a quote these spaces hug the marks in French typography; they are not content.
_SPACES = " \u00a0\u202f\u2009\t"


@dataclass(frozen=True)
class QuoteSpan:
    """One top-level quotation: ``start:end`` is the content without the marks and padding."""

    start: int
    end: int
    outer_start: int  # position of the opening mark
    outer_end: int  # one past the closing mark (or the paragraph end when unclosed)
    closed: bool = True  # False: the paragraph ended first (multi-paragraph quote)
    continued: bool = False  # True: this paragraph reopens a quote left open by the previous one


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _opens_straight(text: str, i: int) -> bool:
    """A straight double quote opens when it follows a space, a line start or an opening bracket."""
    return i == 0 or text[i - 1] in _SPACES + "\n([{—–-/:"


def find_quote_spans(text: str, *, min_chars: int = 1) -> list[QuoteSpan]:
    """Every top-level quotation in ``text``, in order."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, its position)
    carried = False  # the previous paragraph ended inside a quotation
    n = len(text)

    def emit(open_pos: int, close_pos: int, outer_end: int, closed: bool, continued: bool) -> None:
        start, end = open_pos + 1, close_pos
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES + "\n":
            end -= 1
        if end - start >= min_chars:
            spans.append(QuoteSpan(start, end, open_pos, outer_end, closed, continued))

    continued_flag = False
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            # A paragraph break inside a quotation: close it here (multi-paragraph quote).
            if stack:
                open_pos = stack[0][1]
                emit(open_pos, i, i, closed=False, continued=continued_flag)
                stack.clear()
                carried = True
            elif text[max(0, i - 1)] != "\n":
                pass
            i += 1
            # The next paragraph is a continuation if it opens with a quotation mark.
            continued_flag = False
            j = i
            while j < n and text[j] in _SPACES + "\n":
                j += 1
            if carried and j < n and text[j] in _OPENERS:
                continued_flag = True
            if j < n and text[j] not in "\n":
                carried = carried and continued_flag
            continue
        if stack and stack[-1][0] != "''":
            top, open_pos = stack[-1]
            if ch in _PAIRS[top] and not (ch == "’" and i + 1 < n and _is_letter(text[i + 1]) and i > 0 and _is_letter(text[i - 1])):
                # Straight quotes: a closer must not be glued to a following letter ("a"b).
                stack.pop()
                if not stack:
                    emit(open_pos, i, i + 1, closed=True, continued=continued_flag)
                    continued_flag = False
                i += 1
                continue
        if ch == "'" and text.startswith("''", i) and not text.startswith("'''", i):
            # Two apostrophes stand for a double quotation mark in some newswires (''Yes,'' he said).
            if stack and stack[-1][0] == "''":
                open_pos = stack.pop()[1]
                if not stack:
                    emit(open_pos + 1, i, i + 2, closed=True, continued=continued_flag)
                    continued_flag = False
                i += 2
                continue
            if _opens_straight(text, i):
                stack.append(("''", i))
                i += 2
                continue
        if ch in _OPENERS:
            if ch == '"' and not _opens_straight(text, i):
                i += 1
                continue
            if ch == "‘" and i > 0 and _is_letter(text[i - 1]):
                i += 1
                continue
            if ch == "“" and stack and stack[-1][0] == "„":
                i += 1
                continue
            stack.append((ch, i))
        i += 1
    if stack:
        emit(stack[0][1], n, n, closed=False, continued=continued_flag)
    return spans
