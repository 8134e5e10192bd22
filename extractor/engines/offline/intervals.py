"""Which character ranges of an article overlap or contain a position, by bisection.

A long article has hundreds of quotes, clauses and cues; comparing each with every other makes
a rule quadratic in the article's length. ``Intervals`` sorts the ranges once and answers each
question from the few that start near it (a range that overlaps ``start:end`` starts before
``end`` and less than the longest range's length before ``start``). The answers are exactly
those of the plain scan, in the same (input) order.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence


class Intervals:
    """Half-open ranges ``(start, end)``, known by their index in the input sequence."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self._ranges = list(ranges)
        self._order = sorted(range(len(self._ranges)), key=lambda k: self._ranges[k][0])
        self._starts = [self._ranges[k][0] for k in self._order]
        self._longest = max((end - start for start, end in self._ranges), default=0)

    def _near(self, start: int, end: int) -> list[int]:
        """Indices of the ranges starting in (start - longest, end), unordered."""
        return self._order[bisect.bisect_right(self._starts, start - self._longest) : bisect.bisect_left(self._starts, end)]

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices, ascending, of the ranges sharing at least one character with ``start:end``."""
        ranges = self._ranges
        return sorted(k for k in self._near(start, end) if min(ranges[k][1], end) - max(ranges[k][0], start) > 0)

    def first_containing(self, position: int) -> int | None:
        """The lowest index of a range with ``start <= position < end``, or None."""
        ranges = self._ranges
        return min((k for k in self._near(position, position + 1) if ranges[k][0] <= position < ranges[k][1]), default=None)
