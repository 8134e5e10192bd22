"""French « ne … que » (only) on a verb whose object is content: it restricts what was said and
denies nothing, unlike « ne … pas » (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"]


def test_ne_que_restricts_a_confirmation(run):
    result = run("La direction n'a confirmé que la fermeture de l'atelier, qui emploie douze personnes.", "fr")
    assert indirect(result) == [("la fermeture de l'atelier, qui emploie douze personnes", "direction")]


def test_ne_que_with_an_adjunct_before_que(run):
    result = run("Les douaniers ne confirment de leur côté que la saisie de quatre camions.", "fr")
    assert indirect(result) == [("la saisie de quatre camions", "douaniers")]


def test_ne_pas_still_reports_nothing(run):
    assert indirect(run("Le ministre n'a pas confirmé que l'usine allait fermer.", "fr")) == []


def test_ne_que_on_a_plain_verb_of_saying_reports_nothing(run):
    assert indirect(run("Le maire n'a dit que quelques mots aux journalistes.", "fr")) == []
