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


def test_every_member_of_a_list_after_a_fronted_source_is_accused(run):
    result = run("Pour le syndicat, la direction, le ministère et la préfecture sont responsables de la crise.", "fr")
    found = accused(result)
    assert {"direction", "ministère", "préfecture"} <= set(found), names(result)
    assert found["direction"].accusers == ["syndicat"]
    result = run("Selon l'ONG, l'armée, la police et les milices sont responsables des massacres.", "fr")
    assert {"armée", "police", "milices"} <= set(accused(result)), names(result)


def test_every_member_of_a_list_called_names_by_a_source_is_accused(run):
    result = run("Pour Julie Martin, Paul Durand, Marc Petit et Luc Bernard forment un « petit clan qui joue les dictateurs ».", "fr")
    found = accused(result)
    assert {"Paul Durand", "Marc Petit", "Luc Bernard"} <= set(found), names(result)
    assert "Julie Martin" not in found


def test_a_subject_parsed_apart_from_its_list_keeps_no_conjunction(run):
    result = run("Selon le syndicat, à Paris, le ministère et la préfecture sont responsables de la crise.", "fr")
    assert all(not n.startswith("et ") for n in names(result)), names(result)


def test_a_subject_before_an_aside_in_parentheses_is_accused(run):
    result = run("Le rapport révèle que plus de 40 arbitres (dont certains parmi les plus réputés du pays) sont soupçonnés d'avoir truqué des matchs.", "fr")
    assert any("arbitres" in n for n in names(result)), names(result)
    result = run("Des employés de la mairie (dont certains très haut placés) sont soupçonnés d'avoir détourné des fonds.", "fr")
    assert any("employés" in n for n in names(result)), names(result)
    assert not any("mairie" in n for n in names(result)), names(result)


def test_someone_reported_to_the_prosecutor_is_accused_by_the_subject(run):
    result = run("La directrice a signalé Marc Dumont au parquet après ses propos.", "fr")
    record = accused(result).get("Marc Dumont")
    assert record is not None and record.accusers == ["directrice"], names(result)


def test_a_clitic_takes_up_the_person_of_the_fronted_adverbial(run):
    result = run("Après l'appel de Marc Dumont à envahir la mairie, la directrice l'a signalé au parquet.", "fr")
    assert "Marc Dumont" in accused(result), names(result)


def test_reporting_something_or_to_no_authority_accuses_no_one(run):
    assert names(run("Le maire a signalé un problème au préfet.", "fr")) == []
    assert names(run("La voisine a signalé Marc Dumont à ses amis.", "fr")) == []
