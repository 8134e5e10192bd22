"""French accused parties: who threats come from, the members of a list after a fronted
« Pour X, » frame, a subject past a parenthetical aside (invented sentences)."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def names(result):
    return [a.name for a in result.accused]


def test_the_source_of_threats_is_accused_by_who_reports_them(run):
    result = run("Le syndicat a reçu des menaces de groupuscules d'extrême droite.", "fr")
    record = next((a for n, a in accused(result).items() if "groupuscules" in n), None)
    assert record is not None and record.accusers == ["syndicat"], names(result)
    result = run("Le maire dénonce les menaces de mort de militants d'extrême droite.", "fr")
    assert any("militants" in n for n in names(result)), names(result)


def test_a_threat_of_something_names_no_source(run):
    assert names(run("Le syndicat dénonce la menace de grève des cheminots.", "fr")) == []
    assert names(run("Les habitants vivent sous la menace des inondations, selon le maire.", "fr")) == []
    assert names(run("Le maire a reçu des menaces de mort.", "fr")) == []
