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


def test_who_denies_these_accusations_is_accused_by_the_source_just_before(run):
    # « ces accusations » take up the statement just reported: its speaker accuses.
    result = run(
        "Selon le ministre Paul Martin, l'entreprise a caché des déchets. La société Zorba rejette les allégations.", "fr"
    )
    zorba = next((a for a in result.accused if "Zorba" in a.name), None)
    assert zorba is not None, [a.name for a in result.accused]
    assert any("Martin" in accuser for accuser in zorba.accusers), zorba.accusers


def test_denied_accusations_with_an_article_of_their_own_take_up_no_statement(run):
    # « des accusations » are not those just reported, and a statement in another paragraph is
    # too far to be the one taken up.
    result = run("Le maire Paul Martin a déclaré que l'usine fermerait. La société Zorba a rejeté des accusations de pollution.", "fr")
    assert all("Martin" not in accuser for a in result.accused for accuser in a.accusers), [(a.name, a.accusers) for a in result.accused]
    result = run("Le maire Paul Martin a déclaré que l'usine avait pollué la rivière.\n\nLa société Zorba a nié ces accusations.", "fr")
    # (the plant itself is accused by the mayor, who says it polluted: only Zorba's denial takes up no statement)
    assert all("Martin" not in accuser for a in result.accused if "Zorba" in a.name for accuser in a.accusers), [(a.name, a.accusers) for a in result.accused]


def test_a_thing_that_harmed_named_only_by_its_place_is_no_party(run):
    # « blessée par une grenade dans le quartier de X »: the grenade did the harm, X says where.
    result = run("Selon le journal, une passante a été blessée par une grenade dans le quartier de Valbonne samedi.", "fr")
    assert not result.accused, [(a.name, a.accusers) for a in result.accused]
    result = run("Selon le maire, deux passants ont été tués par des tirs de la milice Zorro.", "fr")
    assert any("Zorro" in a.name for a in result.accused), [a.name for a in result.accused]


def test_a_condemned_act_with_a_name_inside_it_is_no_party(run):
    # The act is condemned; the names inside it say when or of what, not who did it.
    result = run("Le syndicaliste Paul Martin condamne les actes commis lors de certains rassemblements des agriculteurs en Bretagne.", "fr")
    assert not any(a.name.startswith("actes") for a in result.accused), [(a.name, a.accusers) for a in result.accused]
    result = run("Les pays voisins ont vivement critiqué le lancement du missile Orage. Le Japon a protesté.", "fr")
    assert not any("lancement" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_an_accuser_goes_by_its_name_with_the_adjectives_split_off_it(run):
    result = run("Samedi, une cinquantaine de Gilets jaunes ont accusé le préfet Jean Roy de mensonge.", "fr")
    roy = next((a for a in result.accused if "Roy" in a.name), None)
    assert roy is not None and roy.accuser_ids, [(a.name, a.accusers) for a in result.accused]
    accuser = next(s for s in result.speakers if s.id == roy.accuser_ids[0])
    assert accuser.name == "Gilets jaunes", (accuser.name, accuser.aliases)
