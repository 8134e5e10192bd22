"""French accused parties: an accusation made in a gerund, the act charged as an infinitive,
passive wrongdoing with an agent for people (retired people, a minority), a judicial phrase
written with hyphens (invented sentences)."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def names(result):
    return [a.name for a in result.accused]


def test_gerund_of_accusation_accuses_its_object_not_the_main_subject(run):
    found = accused(run("Le ministre a répliqué en accusant l'opposition de mentir.", "fr"))
    assert set(found) == {"opposition"}, list(found)
    assert found["opposition"].accusers == ["ministre"]


def test_fronted_gerund_of_accusation(run):
    found = accused(run("En accusant le maire de corruption, l'opposant a provoqué un scandale.", "fr"))
    assert set(found) == {"maire"}, list(found)


def test_object_of_the_act_charged_is_its_victim(run):
    found = accused(run("Le député a accusé le gouvernement de stigmatiser les migrants.", "fr"))
    assert set(found) == {"gouvernement"}, list(found)
    assert found["gouvernement"].accusers == ["député"]


def test_blame_verb_outside_a_charge_still_accuses(run):
    result = run("Le syndicat a accusé la direction de mentir et a décidé de dénoncer le préfet.", "fr")
    assert {"direction", "préfet"} <= set(names(result)), names(result)


def test_retired_people_as_agents_of_looting(run):
    assert any("retraités" in n for n in names(run("Des vitrines ont été pillées par des retraités.", "fr")))


def test_minority_taking_people_hostage_said_by_a_source(run):
    found = accused(run("Les usagers sont pris en otage par une minorité, affirme le maire.", "fr"))
    record = next((a for n, a in found.items() if "minorité" in n), None)
    assert record is not None and record.accusers == ["maire"], list(found)


def test_custody_written_with_hyphens(run):
    assert any("conducteur" in n for n in names(run("Le conducteur de la voiture a été placé en garde-à-vue.", "fr")))


def test_person_after_an_opening_time_and_place_is_the_passive_subject(run):
    text = "Vers 16h20, à Tarbes, un ouvrier de 42 ans proche de l'extrême-gauche, a été interpellé pour avoir menacé le préfet."
    assert any("ouvrier" in n for n in names(run(text, "fr"))), names(run(text, "fr"))


def test_people_joined_after_the_opening_setting_are_accused_not_their_description(run):
    text = (
        "Le marché a ouvert tôt.\n\nVers 7h30, à Rouen, une étudiante de 22 ans et un serveur de 28 ans, "
        "proches de l'ultra-gauche, ont été condamnés à deux mois de prison pour avoir frappé des pompiers."
    )
    found = names(run(text, "fr"))
    assert any("étudiante" in n for n in found) and any("serveur" in n for n in found), found
    assert not any("proches" in n for n in found), found


def test_places_listed_after_the_opening_time_are_no_party(run):
    assert names(run("Vers 10h, à Rennes, Nantes et Brest, des étudiants ont défilé dans le calme.", "fr")) == []


def test_some_people_sentenced_are_not_the_group_counted_before(run):
    text = (
        "Vers 13h, à Paris, 13 personnes ayant dégradé un monument vont être présentées à un juge.\n\n"
        "Vers 17h, au tribunal, plusieurs personnes ont été condamnées en comparution immédiate pour les violences de samedi."
    )
    found = accused(run(text, "fr"))
    assert "plusieurs personnes" in found, list(found)
    assert found["13 personnes"].accusers == [], found["13 personnes"].accusers


def test_someone_new_in_a_later_paragraph_is_another_unnamed_party(run):
    text = (
        "Vers 9h, à Lyon, un boulanger a été interpellé pour avoir menacé un élu.\n\n"
        "Vers 19h, à Lille, un homme a été condamné à un an de prison pour des vols."
    )
    assert {"boulanger", "homme"} <= set(names(run(text, "fr"))), names(run(text, "fr"))


def test_the_same_unnamed_party_taken_up_in_the_next_paragraph(run):
    text = "Un homme a été interpellé lundi. Le suspect a été placé en garde à vue.\n\nL'homme a été présenté à un juge mardi."
    assert names(run(text, "fr")) == ["homme"], names(run(text, "fr"))


def test_people_the_parser_joined_the_passive_to_are_its_subject(run):
    text = "Plus tard dans la journée, à Nantes, deux étudiants Nantais de 19 ans et 21 ans ont été condamnés à trois mois de prison pour avoir frappé un agent."
    assert any("étudiants" in n for n in names(run(text, "fr"))), names(run(text, "fr"))
