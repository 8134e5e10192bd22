"""French accused parties of verbs of attack: who is blamed, the attacker or the target. Hostile
acts reported by a source blame the attacker (« prendre X pour cible », « prendre X en otage »,
with the object inside the locution); words of attack by office holders, or by people aimed at
an institution, blame the target; criminal networks are parties."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def accused(result, word):
    return next((a for a in result.accused if word in a.name), None)


def test_locution_of_attack_around_its_object_blames_the_attacker(run):
    result = run("Selon la préfecture, des individus cagoulés ont pris les gendarmes pour cible.", "fr")
    record = accused(result, "individus")
    assert record is not None and record.accusers == ["préfecture"], names(result)
    assert not any("gendarmes" in n for n in names(result)), names(result)


def test_hostage_taking_with_the_object_inside_the_locution(run):
    result = run("Selon la police, trois hommes armés ont pris deux touristes en otage.", "fr")
    assert any("hommes" in n for n in names(result)), names(result)
    assert not any("touristes" in n for n in names(result)), names(result)


def test_people_going_for_an_institution_criticise_it(run):
    result = run("Certains manifestants s'en prenaient aussi à la grande distribution.", "fr")
    record = accused(result, "distribution")
    assert record is not None and record.accusers == ["Certains manifestants"], names(result)
    assert not any("manifestants" in n for n in names(result)), names(result)


def test_office_holder_attacking_blames_the_target(run):
    result = run("La députée Claire Mercier attaque les syndicalistes de la confédération.", "fr")
    record = accused(result, "syndicalistes")
    assert record is not None and record.accusers == ["Claire Mercier"], names(result)
    assert not any("Mercier" in n for n in names(result)), names(result)


def test_office_holder_attack_with_its_object_lost_blames_no_attacker(run):
    result = run("Le ministre de l'Agriculture, Paul Girard attaque de front le « modèle Verdalis » dans son projet de loi.", "fr")
    assert not any("Girard" in n for n in names(result)), names(result)


def test_criminal_networks_are_parties(run):
    result = run("« Certains réseaux menacent nos surveillants », a dénoncé le directeur Paul Girard.", "fr")
    record = accused(result, "réseaux")
    assert record is not None and record.accusers == ["Paul Girard"], names(result)


def test_unnamed_people_attacking_an_institution_are_the_attackers(run):
    result = run("Selon la préfecture, des jeunes ont attaqué la mairie à coups de mortiers.", "fr")
    record = accused(result, "jeunes")
    assert record is not None and record.accusers == ["préfecture"], names(result)
    assert not any("mairie" in n for n in names(result)), names(result)


def test_unnamed_people_suing_an_institution_accuse_it(run):
    result = run("Des habitants attaquent l'État en justice.", "fr")
    assert any("État" in n for n in names(result)), names(result)
    assert not any("habitants" in n for n in names(result)), names(result)


def test_threat_of_a_course_of_action_is_a_warning(run):
    result = run("Le syndicat des cheminots menace de déposer un préavis de grève.", "fr")
    assert names(result) == [], names(result)


def test_threat_of_violence_blames_who_makes_it(run):
    result = run("Selon sa voisine, l'homme l'a menacée de mort.", "fr")
    record = accused(result, "homme")
    assert record is not None and record.accusers == ["voisine"], names(result)


def test_threat_of_sanctioning_people_blames_who_makes_it(run):
    result = run("Une salariée affirme que la direction menaçait de licencier ceux qui refusaient les heures supplémentaires.", "fr")
    assert any("direction" in n for n in names(result)), names(result)
