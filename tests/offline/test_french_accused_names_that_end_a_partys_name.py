"""French accused parties: a proper name that ends another accused party's name as its
complement (« l'armée du Valdoran » … « le Valdoran ») is where that party's name places it,
not a second party, unless a person's name or the ending of several parties' names (invented
sentences)."""

from __future__ import annotations


def accused(result):
    return {a.name: a.accusers for a in result.accused}


def test_place_ending_the_one_party_named_by_it_folds_into_that_party(run):
    result = run(
        "L'ONG Terre Vive accuse l'armée du Valdoran d'avoir bombardé des écoles. "
        "Selon le rapport, le Valdoran est responsable de la mort de trente civils.",
        "fr",
    )
    assert list(accused(result)) == ["armée du Valdoran"]
    assert set(accused(result)["armée du Valdoran"]) == {"ONG Terre Vive", "rapport"}


def test_person_named_as_a_complement_stays_a_party_of_its_own(run):
    result = run("Me Durand accuse le soutien de Paul Lefort d'avoir menti. Paul Lefort est accusé de fraude par le parquet.", "fr")
    assert set(accused(result)) == {"soutien de Paul Lefort", "Paul Lefort"}


def test_name_ending_several_parties_names_stays_a_party_of_its_own(run):
    result = run(
        "Le syndicat accuse la mairie de Valdoran d'avoir falsifié les comptes. L'opposition accuse le port du Valdoran de laxisme. "
        "Selon le rapport, le Valdoran est responsable de la mort de trente civils.",
        "fr",
    )
    assert set(accused(result)) == {"mairie de Valdoran", "port du Valdoran", "Valdoran"}
