"""French accused parties, round 29 (lane acc29): the doer of a harmful act before a victim
clitic the parser read as a second subject, and nouns for bodies of people (« les centrales
d'achat », « la presse ») taken as parties (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_doer_before_a_victim_clitic_is_accused_by_the_speaker(run):
    result = run("« Ces trafiquants nous menacent chaque jour », a déclaré le maire.", "fr")
    assert names(result) == ["trafiquants"], names(result)
    assert accusers_of(result, "trafiquants") == ["maire"]


def test_the_speakers_own_side_or_a_denied_act_accuses_no_one(run):
    assert names(run("« Nous avons dû menacer les passeurs pour récupérer nos papiers », a déclaré un migrant.", "fr")) == []
    assert names(run("« Nous ne menaçons personne », a déclaré le porte-parole des manifestants.", "fr")) == []
    assert names(run("« Nos adhérents n'ont jamais trompé personne », a déclaré le président de la fédération.", "fr")) == []


def test_a_body_of_people_is_a_party(run):
    result = run("« Les centrales d'achat nous étranglent depuis vingt ans », a déclaré Paul Martin, éleveur dans le Cantal.", "fr")
    assert names(result) == ["centrales d'achat"], names(result)
    assert accusers_of(result, "centrales d'achat") == ["Paul Martin"]
    result = run("Le président s'est montré très critique envers la presse.", "fr")
    assert accusers_of(result, "presse") == ["président"]


def test_a_thing_doing_harm_or_a_denied_harm_is_no_party(run):
    assert names(run("« La grêle nous a ruinés en une nuit », a déclaré un viticulteur.", "fr")) == []
    assert names(run("« Les centrales d'achat ne nous étranglent pas », a assuré le ministre.", "fr")) == []


def test_a_supposed_act_accuses_no_one(run):
    assert names(run("« Si les passeurs nous menaçaient, nous porterions plainte », a déclaré un migrant.", "fr")) == []
    assert names(run("« Si les banques trompent les clients, l'État doit agir », a déclaré la ministre.", "fr")) == []


def test_an_act_granted_by_even_if_still_accuses(run):
    result = run("« Même si les passeurs nous ont menacés, nous sommes restés », a déclaré un migrant.", "fr")
    assert accusers_of(result, "passeurs") == ["migrant"]
