"""French accused parties: a body a source says knew of the wrong and let it happen
(`_Finder._knew_of_the_wrong`, read by `_Finder._organisations_held_responsible`), in an article
that reports a wrong; a body the source only says it warned is not accused (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_a_body_that_knew(run):
    result = run("Des parents accusent un surveillant de brimades. « Le rectorat savait », affirme Paul Durand.", "fr")
    assert accusers_of(result, "rectorat") == ["Paul Durand"], names(result)


def test_a_body_that_could_not_ignore_it(run):
    result = run("Le maire a été mis en examen pour favoritisme. Selon l'opposition, l'exécutif municipal « ne pouvait pas ignorer » les alertes.", "fr")
    assert accusers_of(result, "exécutif municipal") == ["opposition"], names(result)


def test_a_body_the_source_only_says_it_warned_is_not_accused(run):
    result = run("Des usagers accusent le transporteur de retards répétés. « Cela fait un an que nous alertons la mairie », affirme Sophie Marin.", "fr")
    assert "mairie" not in names(result)


def test_the_time_it_knew_from_is_no_part_of_the_name(run):
    result = run("Des parents accusent un surveillant de brimades. « La direction le savait dès septembre », affirme Paul Durand.", "fr")
    assert accusers_of(result, "direction") == ["Paul Durand"], names(result)


def test_a_body_that_knew_nothing_is_not_accused(run):
    result = run("Des parents accusent un surveillant de brimades. « La direction ne savait rien », affirme Paul Durand.", "fr")
    assert "direction" not in names(result)


def test_a_party_telling_its_own_warning_accuses_no_one(run):
    result = run("Des parents accusent un surveillant de brimades. Paul Durand affirme avoir alerté la direction dès septembre.", "fr")
    assert "direction" not in names(result)


def test_the_authorities_a_wrongdoer_was_slow_to_warn_are_not_accused(run):
    result = run("Des riverains accusent l'usine de polluer la rivière. Selon eux, l'usine a tardé à prévenir les autorités.", "fr")
    assert names(result) == ["usine"]
