"""French unquoted content after a colon that closes the cue's own words (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"]


def test_clause_after_the_colon_of_a_verb_of_saying_is_its_content(run):
    result = run("Sur Twitter, le député Marc Lenoir a réagi : ce budget est une honte.", "fr")
    assert indirect(result) == [("ce budget est une honte", "Marc Lenoir")]


def test_clause_after_the_colon_follows_a_noun_phrase_content(run):
    result = run("Le maire Paul Roy demande la fin du blocage : nous avons deux blessés et des commerces fermés.", "fr")
    assert indirect(result) == [("la fin du blocage", "Paul Roy"), ("nous avons deux blessés et des commerces fermés", "Paul Roy")]


def test_verbless_list_after_the_colon_is_no_statement(run):
    assert indirect(run("Le syndicat a détaillé ses revendications : hausse des salaires, baisse du temps de travail.", "fr")) == []


def test_colon_after_an_infinitive_cue_opens_no_content(run):
    text = "Un seul rapport reste à publier avant le vote : le 3 mai seront dévoilés les chiffres du chômage."
    assert indirect(run(text, "fr")) == []


def test_colon_after_an_unnamed_finding_opens_the_narrators_account(run):
    text = "L'enquête a révélé un détail étrange : les volets de la maison étaient fermés depuis un mois."
    assert indirect(run(text, "fr")) == []
