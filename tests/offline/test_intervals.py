"""Intervals (engines/offline/intervals.py) answers exactly what a scan of every range answers."""

from __future__ import annotations

import random

from extractor.engines.offline.intervals import Intervals


def _scan_overlapping(ranges, start, end):
    return [k for k, (s, e) in enumerate(ranges) if max(0, min(e, end) - max(s, start)) > 0]


def _scan_first_containing(ranges, position):
    return next((k for k, (s, e) in enumerate(ranges) if s <= position < e), None)


def test_same_answers_as_a_scan_on_random_ranges():
    rng = random.Random(7)
    for _ in range(200):
        ranges = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            ranges.append((start, start + rng.randint(-3, 25)))  # empty and reversed ranges too
        index = Intervals(ranges)
        for _ in range(30):
            start = rng.randint(-5, 90)
            end = start + rng.randint(-2, 30)
            assert index.overlapping(start, end) == _scan_overlapping(ranges, start, end)
            assert index.first_containing(start) == _scan_first_containing(ranges, start)


def test_nested_and_duplicate_ranges_keep_input_order():
    ranges = [(10, 50), (0, 100), (10, 50), (60, 61)]
    index = Intervals(ranges)
    assert index.overlapping(20, 30) == [0, 1, 2]
    assert index.first_containing(60) == 1
    assert index.first_containing(100) is None
    assert Intervals([]).overlapping(0, 10) == [] and Intervals([]).first_containing(3) is None
