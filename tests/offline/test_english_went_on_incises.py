"""English "went on" incises after a quotation: the speaker who goes on speaking, not the one
quoted before (sentences written for these tests)."""

from __future__ import annotations


def speakers(text, run):
    return [(q.text, q.speaker) for q in run(text, "en").quotes]


_BEFORE = 'Kelly answered with a smile: "It can happen at 45." She is 45.\n\n'


def test_went_on_after_a_quotation_is_its_incise(run):
    text = _BEFORE + '"You know, it happens, right?" Reed went on, as if he had not heard her. "But you have to get over it."'
    assert [speaker for _, speaker in speakers(text, run)] == ["Kelly", "Reed", "Reed"]


def test_went_on_with_an_infinitive_is_no_incise(run):
    text = _BEFORE + '"You know, it happens, right?" Reed went on to win the race.'
    assert [speaker for _, speaker in speakers(text, run)] == ["Kelly", "Kelly"]
