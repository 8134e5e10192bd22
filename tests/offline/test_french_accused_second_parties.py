"""French parties that are no second party beside one already accused: the head, board or
lawyer denying on its behalf, a description set beside its name, and a place named as where
things happen."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_the_head_of_an_accused_company_denying_is_no_second_party(run):
    result = run(
        "Les syndicats accusent la direction des Ateliers de la Brenne d'avoir caché des bénéfices. "
        "Joint par téléphone, le président des Ateliers, Marcel Quintard, réfute ces accusations.",
        "fr",
    )
    assert any("Ateliers" in n for n in names(result)), names(result)
    assert not any("Quintard" in n for n in names(result)), names(result)


def test_the_board_of_an_accused_company_denying_is_that_company(run):
    result = run(
        "Les syndicats accusent la société Berlane d'avoir menti. La direction de Berlane conteste fermement ces accusations.",
        "fr",
    )
    assert names(result) == ["société Berlane"], names(result)


def test_someone_else_denying_still_stands_accused(run):
    # The mayor of another place answers for no party found: his denial is his own.
    result = run(
        "Les syndicats accusent la société Berlane d'avoir menti. Le maire de Sancy, Paul Ribot, nie toute implication dans l'affaire.",
        "fr",
    )
    assert "Paul Ribot" in names(result), names(result)


def test_a_description_beside_the_name_of_a_party_is_that_party(run):
    result = run(
        "L'association accuse la société Fermoise de maltraitance. Elle a porté plainte contre son exploitant, la société Fermoise, pour sévices graves.",
        "fr",
    )
    assert names(result) == ["société Fermoise"], names(result)


def test_a_role_beside_the_name_of_a_person_accused_is_that_person(run):
    result = run(
        "Le syndicat accuse Paul Ribot d'imprudence. La procureure a accusé le marin de 56 ans, Paul Ribot, d'avoir maintenu une vitesse excessive.",
        "fr",
    )
    assert names(result) == ["Paul Ribot"], names(result)


def test_a_place_with_its_departement_in_brackets_is_no_party(run):
    result = run(
        "Une centaine de détenus de la prison de Sancergues (Cher) ont refusé de regagner leurs cellules jeudi soir et incendié deux coursives, "
        "a indiqué la direction.",
        "fr",
    )
    assert not any("Sancergues" in n for n in names(result)), names(result)


def test_a_country_someone_lives_in_is_no_party(run):
    result = run("Il met en cause l'ancien propriétaire, un héritier installé en Uruguay, qu'il soupçonne d'avoir falsifié les papiers.", "fr")
    assert not any("Uruguay" in n for n in names(result)), names(result)


def test_a_state_accused_by_its_name_stays_a_party(run):
    result = run("Le gouvernement accuse la Pologne d'avoir violé le traité.", "fr")
    assert "Pologne" in names(result), names(result)


def test_a_noun_said_of_a_kind_is_no_party(run):
    result = run("Mme Vasseur a répliqué en dénonçant des « méthodes de procureur ».", "fr")
    assert "procureur" not in names(result), names(result)


def test_victims_named_by_their_kind_are_no_party(run):
    result = run("Un professeur est visé par une enquête pour harcèlement moral sur mineurs, a confirmé le parquet.", "fr")
    assert "mineurs" not in names(result), names(result)
    assert "professeur" in names(result), names(result)


def test_a_name_in_a_fronted_adjunct_is_no_apposition(run):
    # « À Valnor, » is where the ministry speaks, not another name of it.
    result = run(
        "Les agriculteurs tiennent Valnor pour responsable de la sécheresse. À Valnor, le ministère de l'Énergie a rejeté ces accusations.",
        "fr",
    )
    valnor = next(a for a in result.accused if a.name == "Valnor")
    assert not any("ministère" in alias for alias in valnor.aliases), valnor.aliases
