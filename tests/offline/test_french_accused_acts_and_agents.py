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
    assert any("retraités" in n for n in names(run("Des caisses de vin ont été dérobées par des retraités.", "fr")))


def test_minority_taking_people_hostage_said_by_a_source(run):
    found = accused(run("Les campeurs sont pris en otage par une petite minorité, affirme la gérante.", "fr"))
    record = next((a for n, a in found.items() if "minorité" in n), None)
    assert record is not None and record.accusers == ["gérante"], list(found)


def test_custody_written_with_hyphens(run):
    assert any("gérante" in n for n in names(run("La gérante du camping est placée en garde-à-vue depuis hier.", "fr")))


def test_person_after_an_opening_time_and_place_is_the_passive_subject(run):
    text = "Vers 21h05, à Colmar, un apiculteur de 57 ans proche d'un club de tir, a été interpellé pour avoir volé des ruches."
    assert any("apiculteur" in n for n in names(run(text, "fr"))), names(run(text, "fr"))


def test_people_joined_after_the_opening_setting_are_accused_not_their_description(run):
    text = (
        "La foire a fermé tard.\n\nVers 21h40, à Toulouse, une vendeuse de 33 ans et un maçon de 51 ans, "
        "proches d'un club de supporters, ont été condamnés à six semaines de prison pour avoir incendié une cabane."
    )
    found = names(run(text, "fr"))
    assert any("vendeuse" in n for n in found) and any("maçon" in n for n in found), found
    assert not any("proches" in n for n in found), found


def test_places_listed_after_the_opening_time_are_no_party(run):
    assert names(run("Vers 10h, à Rennes, Nantes et Brest, des étudiants ont défilé dans le calme.", "fr")) == []


def test_some_people_sentenced_are_not_the_group_counted_before(run):
    text = (
        "Vers 11h, à Dijon, 8 personnes ayant saccagé une roseraie doivent être présentées à un juge.\n\n"
        "Vers 18h, au tribunal, plusieurs personnes ont été condamnées en comparution immédiate pour les bagarres de la fête foraine."
    )
    found = accused(run(text, "fr"))
    assert "plusieurs personnes" in found, list(found)
    assert found["8 personnes"].accusers == [], found["8 personnes"].accusers


def test_someone_new_in_a_later_paragraph_is_another_unnamed_party(run):
    text = (
        "Vers 9h, à Lyon, un boulanger a été interpellé pour avoir menacé un élu.\n\n"
        "Vers 22h, à Metz, un homme a été condamné hier à huit mois de prison pour un cambriolage."
    )
    assert {"boulanger", "homme"} <= set(names(run(text, "fr"))), names(run(text, "fr"))


def test_the_same_unnamed_party_taken_up_in_the_next_paragraph(run):
    text = "Un homme a été arrêté jeudi près du port. Le suspect est en garde à vue.\n\nL'homme a été présenté à un juge vendredi."
    assert names(run(text, "fr")) == ["homme"], names(run(text, "fr"))


def test_people_the_parser_joined_the_passive_to_are_its_subject(run):
    text = "Dans la même journée, à Metz, deux cuisiniers Messins de 25 ans et 27 ans ont été condamnés à six mois de prison pour avoir volé une camionnette."
    assert any("cuisiniers" in n for n in names(run(text, "fr"))), names(run(text, "fr"))
