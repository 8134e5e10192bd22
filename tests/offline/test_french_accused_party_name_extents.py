"""French accused parties: the extent of a party's name — a quoted
clause's « d'avoir » left out, a role before a name in apposition, counted descriptions that
list one-word names, a relative that takes up a whole list, a later role pinned on the named
party (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names


def test_party_stops_before_the_de_of_a_quoted_clause(run):
    assert names(run("Une élue d'opposition, Marie Lenoir, accuse l'exécutif d'avoir « ignoré pendant deux ans » les alertes.", "fr")) == ["exécutif"]
    assert names(run("Le syndicat accuse la direction d'avoir « oublié » les salariés.", "fr")) == ["direction"]


def test_role_before_a_name_in_apposition_is_the_named_person(run):
    result = run("Le maire a déposé plainte contre son principal rival, l'ancien adjoint Paul Verdan, qui l'avait traité de voleur.", "fr")
    assert "Paul Verdan" in names(result), names(result)
    assert "principal rival" not in names(result), names(result)


def test_a_role_taken_up_later_is_the_named_party(run):
    result = run("Le maire a déposé plainte contre son principal rival, l'ancien adjoint Paul Verdan. "
                 "Le rival avait été relaxé en 2022 dans une première procédure.", "fr")
    assert names(result) == ["Paul Verdan"], names(result)


def test_role_before_a_name_of_no_party_is_no_party(run):
    assert names(run("Le maire a remercié son principal rival, l'ancien adjoint Paul Verdan, pour son soutien.", "fr")) == []


def test_counted_description_lists_one_word_names(run):
    result = run("Le parquet a mis en examen trois sociétés, Valtor, Brisac et Norel, pour fraude fiscale.", "fr")
    assert names(result) == ["Valtor", "Brisac", "Norel"], names(result)


def test_counted_description_of_no_wrongdoers_is_no_party(run):
    assert names(run("Le ministre a félicité trois sociétés, Valtor, Brisac et Norel, pour leurs résultats.", "fr")) == []


def test_relative_after_a_list_takes_up_the_whole_list(run):
    # (the parser hangs the later names on the first one: the relative takes them all up, not
    # the last name alone)
    result = run("L'Autorité de la concurrence a infligé jeudi des amendes à trois laboratoires pharmaceutiques, "
                 "Pharmalis, Biovent et Kerel Santé, qu'elle accuse de s'être entendus pendant six ans.", "fr")
    assert {"Biovent", "Kerel Santé"} <= set(names(result)), names(result)


def test_relative_after_a_list_that_blames_no_one_finds_no_party(run):
    assert names(run("La ministre a convoqué Pharmalis, Biovent et Kerel Santé, qu'elle remercie pour leur aide.", "fr")) == []
