"""French accused parties: an act a source alleges in the past conditional of hearsay (« selon
le syndicat, le fonds aurait prélevé … »: its doer is accused by the source), and the antecedent
of a relative « que » the parser read as a conjunction while it hung a later noun on the verb as
its object (« l'enseigne X, qu'elle accuse de mener « une politique … » »)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_company_alleged_to_have_acted_in_the_conditional(run):
    result = run("Selon le délégué syndical, le fonds Morvane Capital aurait prélevé douze millions d'euros sur la trésorerie de l'usine.", "fr")
    assert "Morvane Capital" in names(result)
    assert accusers_of(result, "Morvane Capital") == ["délégué syndical"]


def test_employee_alleged_to_have_acted_in_the_conditional(run):
    result = run("D'après la plainte, un technicien de la régie aurait vidé le réservoir du village en pleine canicule.", "fr")
    assert any(name.startswith("technicien de la régie") for name in names(result)), names(result)


def test_conditional_of_what_befell_a_thing_or_a_victim_accuses_no_one(run):
    assert not names(run("Selon le maire, la panne aurait commencé dans la nuit de lundi.", "fr"))
    assert not names(run("Selon la police, la passante aurait été renversée au carrefour.", "fr"))


def test_conditional_denied_said_or_seen_accuses_no_one(run):
    assert not names(run("Selon la direction, le syndicat n'aurait jamais contesté ces chiffres.", "fr"))
    assert not names(run("D'après le journal, les inspecteurs se seraient aperçus de l'erreur en mars.", "fr"))
    assert not names(run("Selon le quotidien, la ministre aurait déclaré son intention de partir.", "fr"))


def test_conditional_told_by_the_writer_accuses_no_one(run):
    assert not names(run("Le fonds Morvane Capital aurait prélevé douze millions d'euros sur la trésorerie de l'usine.", "fr"))


def test_que_relative_object_despite_a_noun_hung_on_the_verb(run):
    result = run("Le syndicat a saisi les prud'hommes au nom de huit vendeurs de l'enseigne Brivamarché, qu'il accuse de mener depuis deux ans "
                 "« une campagne de harcèlement » contre ses délégués.", "fr")
    assert "Brivamarché" in names(result)
    assert accusers_of(result, "Brivamarché") == ["syndicat"]
