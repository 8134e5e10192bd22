"""French accused parties, round 28 (lane acc28): people heard in a suspect's state, counted
partitive subjects of judicial passives, correlative lists of accused objects (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_people_heard_under_custody_are_suspects(run):
    result = run("Trois joueurs ont été entendus jeudi sous le régime de la garde à vue, puis relâchés.", "fr")
    assert names(result) == ["Trois joueurs"], names(result)
    result = run("La comptable a été auditionnée en qualité de suspect par les gendarmes.", "fr")
    assert accusers_of(result, "comptable") == ["gendarmes"]


def test_people_heard_as_witnesses_are_no_party(run):
    assert names(run("Ses voisins ont été entendus par les enquêteurs.", "fr")) == []
    assert names(run("Les deux témoins ont été entendus mardi dans les locaux de la gendarmerie.", "fr")) == []


def test_counted_people_of_a_group_convicted_are_the_party(run):
    result = run("Deux de ses anciens vendeurs ont été condamnés à six mois avec sursis.", "fr")
    assert names(result) == ["Deux de ses anciens vendeurs"], names(result)
    result = run("Plusieurs de ses collaborateurs ont été mis en examen pour recel.", "fr")
    assert names(result) == ["Plusieurs de ses collaborateurs"], names(result)


def test_counted_things_are_no_party(run):
    assert names(run("Deux des dix années ont été jugées difficiles.", "fr")) == []
    assert names(run("Trois de ses tableaux ont été saisis par la police.", "fr")) == []


def test_correlative_list_of_accused_objects(run):
    result = run("Le collectif accuse tant la mairie que la préfecture de laisser pourrir la situation.", "fr")
    assert names(result) == ["mairie", "préfecture"], names(result)
    assert accusers_of(result, "préfecture") == ["collectif"]
    result = run("Les riverains accusent tant le maire que le préfet d'avoir ignoré les alertes.", "fr")
    assert names(result) == ["maire", "préfet"], names(result)


def test_correlative_list_after_a_verb_of_praise_accuses_no_one(run):
    assert names(run("Le ministre salue tant la mairie que la préfecture.", "fr")) == []


def test_denial_of_any_involvement_hung_on_a_complement(run):
    result = run("Le collectif Rouge Vif a nié dans un communiqué publié sur son site toute implication dans les dégradations.", "fr")
    assert names(result) == ["collectif Rouge Vif"], names(result)


def test_denial_of_a_statement_accuses_no_one(run):
    assert names(run("Le maire a nié dans un entretien accordé au journal local que la ville ait perdu de l'argent.", "fr")) == []


def test_doer_of_a_present_participle_of_violence_is_the_clause_subject(run):
    result = run("Selon la gendarmerie, trois hommes cagoulés ont fait irruption dans une agence bancaire en menaçant le caissier avec une arme.", "fr")
    assert names(result) == ["trois hommes"], names(result)
    result = run("Mardi, deux individus masqués avaient fait irruption dans la pharmacie, menaçant la gérante avec un couteau.", "fr")
    assert names(result) == ["deux individus"], names(result)


def test_present_participle_of_a_threat_to_act_accuses_no_one(run):
    assert names(run("Le ministre a réagi vivement, menaçant de démissionner.", "fr")) == []
    assert names(run("Les syndicats ont manifesté devant la préfecture, menaçant de durcir le mouvement.", "fr")) == []
    assert names(run("L'équipe a dominé la seconde période, attaquant sans relâche.", "fr")) == []


def test_counted_members_stand_for_their_organisation(run):
    result = run("Le groupe armé a perdu du terrain. Selon le ministre, 21 de ses membres présumés ont été arrêtés.", "fr")
    assert "21 de ses membres présumés" not in names(result), names(result)


def test_present_participle_of_a_thing_accuses_no_one(run):
    result = run("Selon les autorités, la souche K4 a contaminé 300 personnes depuis janvier, tuant environ un tiers d'entre elles.", "fr")
    assert names(result) == [], names(result)
    result = run("En revanche, la souche H5N8 a contaminé 900 personnes en Asie depuis 2014, tuant environ 30 % d'entre elles selon l'OMS.", "fr")
    assert names(result) == [], names(result)
