"""French accused parties: the person named in an apposition to the
description of the party, a definite role the article pins on one named person, social
responsibility and natural events as no party (invented sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_person_named_in_apposition_is_the_party(run):
    result = run("Le patron du garage, Marc Vial, a été mis en examen pour escroquerie.", "fr")
    record = next((a for a in result.accused if a.name == "Marc Vial"), None)
    assert record is not None and "Le patron du garage" in record.aliases, names(result)
    result = run("Le juge a condamné le trésorier du club, Paul Ravel, à un an de prison.", "fr")
    assert names(result) == ["Paul Ravel"], names(result)


def test_description_without_a_name_after_it_stays_the_party(run):
    result = run("Le juge a condamné le trésorier du club, mardi, à un an de prison.", "fr")
    assert names(result) == ["trésorier du club"], names(result)


def test_definite_role_pinned_on_one_named_person_is_that_person(run):
    text = "L'animateur Paul Vernet a lancé une émission. Deux ans plus tard, le fisc soupçonne l'animateur de fraude."
    result = run(text, "fr")
    record = next((a for a in result.accused if a.name == "Paul Vernet"), None)
    assert record is not None and "l'animateur" in record.aliases, names(result)
    text = "Paul Vernet, candidat du parti vert, fait campagne à Lyon. Le candidat est accusé d'avoir menti sur son patrimoine."
    assert names(run(text, "fr")) == ["Paul Vernet"], names(run(text, "fr"))


def test_role_given_to_several_people_stays_a_description(run):
    text = "Le président Paul Vernet a reçu le président Jean Morel. Le président a été mis en examen."
    assert names(run(text, "fr")) == ["président"], names(run(text, "fr"))


def test_social_responsibility_is_no_blame(run):
    assert names(run("La fondation promeut la responsabilité sociale des entreprises du textile.", "fr")) == []
    result = run("Selon l'ONG, la responsabilité des entreprises du textile est engagée.", "fr")
    assert any("entreprises" in n for n in names(result)), names(result)


def test_natural_event_is_no_party(run):
    text = "La région a subi une catastrophe : le violent tremblement de terre qui avait tué 300 villageois en mai."
    assert names(run(text, "fr")) == [], names(run(text, "fr"))
    assert names(run("L'ouragan a tué douze pêcheurs.", "fr")) == []


def test_suspicions_gathering_around_a_party(run):
    result = run("Les soupçons de favoritisme se sont renforcés autour du trésorier de l'amicale.", "fr")
    assert any("trésorier" in n for n in names(result)), names(result)
    assert names(run("Les interrogations se multiplient autour de la réforme des retraites.", "fr")) == []


def test_suspicions_of_a_wrong_done_at_a_party(run):
    result = run("Le journal évoque de lourds soupçons de favoritisme au syndicat des planteurs.", "fr")
    record = next((a for a in result.accused if "syndicat" in a.name), None)
    assert record is not None and record.accusers == ["journal"], names(result)
    assert names(run("Des soupçons de tricherie aux championnats régionaux circulent.", "fr")) == []
    assert names(run("Des soupçons de fraude à Toulouse ont été signalés.", "fr")) == []
