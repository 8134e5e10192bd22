"""French accused parties: the antecedent of a relative « que » the parser read as a conjunction
while it hung a later noun on the verb as its object (« l'enseigne X, qu'elle accuse de mener
depuis trois ans « une politique … » »)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_que_relative_object_despite_a_noun_hung_on_the_verb(run):
    result = run("Le syndicat a saisi les prud'hommes au nom de huit vendeurs de l'enseigne Brivamarché, qu'il accuse de mener depuis deux ans "
                 "« une campagne de harcèlement » contre ses délégués.", "fr")
    assert "Brivamarché" in names(result)
    assert accusers_of(result, "Brivamarché") == ["syndicat"]
