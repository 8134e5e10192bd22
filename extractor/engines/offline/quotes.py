"""Quotation-mark scanning, language independent: every stretch of text between quotation marks.

Handles « … » with or without (narrow) no-break spaces, “ … ”, ‘ … ’, ‹ … ›, „ … “ and straight
" … " quotes, nesting (only the outermost quotation becomes a span; inner marks stay inside),
quotes interrupted by an attribution (each part is its own span; attribution links them) and
quotes that run over a paragraph break (English convention: the paragraph ends without a closing
mark and the next one reopens; each paragraph's part becomes its own span, flagged so that the
continuation inherits the speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> closing marks that may end it
# A straight opener may meet a curly closer in mixed typography ("You know, …,” he said).
_PAIRS: dict[str, str] = {"«": "»", "“": "”", "„": "“”", "‘": "’", "‹": "›", '"': '"”', "‟": "”"}
_OPENERS = frozenset(_PAIRS)
# Inside a quote these spaces hug the marks in French typography; they are not content.
_SPACES = " \u00a0\u202f\u2009\t"
#: The characters the scanner acts on: line breaks, apostrophes and every opening or closing
#: mark. Any other character changes nothing, so the scan jumps from one of these to the next.
_ACTIVE = re.compile("[\n'" + re.escape("".join(sorted(set(_PAIRS) | set("".join(_PAIRS.values()))))) + "]")


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
    return _Scanner(text, min_chars).scan()


class _Scanner:
    """One left-to-right pass over a text, with the quotation marks still open."""

    def __init__(self, text: str, min_chars: int) -> None:
        self.text = text
        self.n = len(text)
        self.min_chars = min_chars
        self.spans: list[QuoteSpan] = []
        self.stack: list[tuple[str, int]] = []  # (opening mark, its position)
        self.carried = False  # the previous paragraph ended inside a quotation
        self.continued = False  # the quotation being read reopens one the previous paragraph left open

    def scan(self) -> list[QuoteSpan]:
        i = 0
        while i < self.n:
            active = _ACTIVE.search(self.text, i)
            if active is None:
                break
            i = active.start()
            if self.text[i] == "\n":
                i = self._paragraph_break(i)
            else:
                # Each step returns the next position when the character is its own, else None.
                i = self._closing_mark(i) or self._double_apostrophe(i) or self._opening_mark(i)
        if self.stack:
            self._emit(self.stack[0][1], self.n, self.n, closed=False)
        return self.spans

    def _emit(self, open_pos: int, close_pos: int, outer_end: int, closed: bool) -> None:
        text = self.text
        start, end = open_pos + 1, close_pos
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES + "\n":
            end -= 1
        if end - start >= self.min_chars:
            self.spans.append(QuoteSpan(start, end, open_pos, outer_end, closed, self.continued))

    def _paragraph_break(self, i: int) -> int:
        text, n = self.text, self.n
        # A paragraph break inside a quotation: close it here (multi-paragraph quote).
        if self.stack:
            self._emit(self.stack[0][1], i, i, closed=False)
            self.stack.clear()
            self.carried = True
        i += 1
        # The next paragraph is a continuation if it opens with a quotation mark.
        self.continued = False
        j = i
        while j < n and text[j] in _SPACES + "\n":
            j += 1
        if self.carried and j < n and text[j] in _OPENERS:
            self.continued = True
        if j < n and text[j] not in "\n":
            self.carried = self.carried and self.continued
        return i

    def _closing_mark(self, i: int) -> int | None:
        if not self.stack or self.stack[-1][0] == "''":
            return None
        text, ch = self.text, self.text[i]
        top, open_pos = self.stack[-1]
        # An apostrophe between two letters (don’t, l’État) closes nothing.
        if ch not in _PAIRS[top] and ch not in "’'" and any(ch in _PAIRS[mark] for mark, _ in self.stack[:-1]):
            # The closer of an enclosing quotation ends the inner ones left open: “… ‘the ’90s …” or
            # an inner ‘…' closed by a straight apostrophe. Single marks are apostrophes too often.
            while ch not in _PAIRS[self.stack[-1][0]]:
                self.stack.pop()
            top, open_pos = self.stack[-1]
        elif ch == '"' and top == "“" and not _opens_straight(text, i):
            pass  # “ … ," — a straight mark typed where the closer belongs; it cannot open here
        elif ch not in _PAIRS[top] or (ch == "’" and i + 1 < self.n and _is_letter(text[i + 1]) and i > 0 and _is_letter(text[i - 1])):
            return None
        self.stack.pop()
        if not self.stack:
            self._emit(open_pos, i, i + 1, closed=True)
            self.continued = False
        return i + 1

    def _double_apostrophe(self, i: int) -> int | None:
        """Two apostrophes stand for a double quotation mark in some newswires (''Yes,'' he said)."""
        text = self.text
        if not (text[i] == "'" and text.startswith("''", i) and not text.startswith("'''", i)):
            return None
        if self.stack and self.stack[-1][0] == "''":
            open_pos = self.stack.pop()[1]
            if not self.stack:
                self._emit(open_pos + 1, i, i + 2, closed=True)
                self.continued = False
            return i + 2
        if _opens_straight(text, i):
            self.stack.append(("''", i))
            return i + 2
        return None

    def _opening_mark(self, i: int) -> int:
        ch = self.text[i]
        if ch in _OPENERS and self._may_open(ch, i):
            self.stack.append((ch, i))
        return i + 1

    def _may_open(self, ch: str, i: int) -> bool:
        if ch == '"':
            return _opens_straight(self.text, i)
        if ch == "‘":  # an apostrophe typed as an opening single quote (O‘Brien) opens nothing
            return not (i > 0 and _is_letter(self.text[i - 1]))
        if ch == "“":  # inside „ … “ it is the closer, not a nested opener
            return not (self.stack and self.stack[-1][0] == "„")
        return True
