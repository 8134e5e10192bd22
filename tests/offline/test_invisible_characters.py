"""Invisible format characters glued to words (direction marks, zero-width spaces)."""

from __future__ import annotations


def test_an_invisible_mark_glued_to_a_name_changes_nothing(run):
    plain = run("Vers midi, Paul Martin, un des trois militants convoqués au commissariat pour « outrage », a publié un message.", "fr")
    marked = run("Vers midi, Paul Martin\u200f, un des trois militants convoqués au commissariat pour « outrage », a publié un message.", "fr")
    assert [a.name for a in marked.accused] == [a.name for a in plain.accused], marked.accused
    assert "Paul Martin" in [a.name for a in marked.accused]
    assert [q.text for q in marked.quotes] == [q.text for q in plain.quotes]


def test_an_invisible_mark_stays_in_the_text_at_its_offset(run):
    text = "Paul Martin\u200b a déclaré : « Le pont sera rouvert demain. »"
    result = run(text, "fr")
    assert all(text[q.start : q.end] == q.text for q in result.quotes)
