"""French quote spans in wire copy (made-up sentences): sources described by a relative clause
(« selon une source, qui a requis l'anonymat, Z »), reporting verbs after an inserted adverbial
locution (« a de son côté dénoncé … »), objects after an inserted « dans un communiqué »."""

from __future__ import annotations

CONTEXT = "Le ministre Jean Dupont s'est rendu sur place mardi. "


def spans(result):
    return [(q.kind, q.text) for q in result.quotes]


def test_relative_clause_describing_a_fronted_source_is_left_out(run):
    result = run(CONTEXT + "Selon une source policière, qui a requis l'anonymat, trois personnes ont été tuées.", "fr")
    assert spans(result) == [("indirect", "trois personnes ont été tuées")]


def test_relative_clause_with_dont_describing_the_source_is_left_out(run):
    result = run(CONTEXT + "Selon le maire, dont la commune a été touchée, trois personnes ont été tuées.", "fr")
    assert spans(result) == [("indirect", "trois personnes ont été tuées")]


def test_relative_clause_after_a_final_source_is_left_out(run):
    result = run(CONTEXT + "Trois personnes ont été tuées, selon une source policière qui a requis l'anonymat.", "fr")
    assert spans(result) == [("indirect", "Trois personnes ont été tuées")]


def test_incise_subject_with_a_relative_clause_still_reports(run):
    result = run(CONTEXT + "Trois personnes ont été tuées, a indiqué une source policière qui a requis l'anonymat.", "fr")
    assert spans(result) == [("indirect", "Trois personnes ont été tuées")]


def test_asking_for_anonymity_says_nothing(run):
    result = run(CONTEXT + "Un responsable de la police, qui a requis l'anonymat, a confirmé l'arrestation de deux suspects.", "fr")
    assert [text for _, text in spans(result)] == ["l'arrestation de deux suspects"]
