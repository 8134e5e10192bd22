"""French accused parties: the victims of a condemned crime are no party to it, and who accuses
a party that denies « ces accusations »."""

from __future__ import annotations


def by_name(result):
    return {a.name: a for a in result.accused}


def test_the_target_of_a_condemned_attack_is_no_accused(run):
    # « l'attentat commis contre X »: X is whom the attack was aimed at, not who made it.
    result = run("L'Union européenne a condamné l'attentat commis contre Paul Martin, ministre de la Culture.", "fr")
    assert not any("Martin" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]
    result = run("Le maire a dénoncé l'agression visant Jeanne Roy et son mari.", "fr")
    assert not any("Roy" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_the_doer_of_a_condemned_attack_stays_accused_beside_its_victim(run):
    result = run("Le gouvernement a condamné l'attaque de la milice Zorro contre Paul Martin.", "fr")
    names = [a.name for a in result.accused]
    assert any("Zorro" in n for n in names), names
    assert not any("Martin" in n for n in names), names
