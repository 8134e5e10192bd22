"""French accused parties that are none (moves of a game, accidents, places, labels, the object
a perpetrator carries) and accusers that are none (events, someone else sharing a surname)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_attacks_in_a_match_accuse_no_one(run):
    # In the report of a game, « les attaques … menées par X » are moves of the game.
    result = run(
        "Les Bleus avaient bien entamé la finale du tournoi, mais ils n'ont pas su endiguer les attaques suédoises, "
        "menées par Lars Holmqvist en grande forme. L'arbitre a sifflé la fin du match à 30-26.",
        "fr",
    )
    assert not any("Holmqvist" in n for n in names(result)), names(result)


def test_an_attack_outside_a_game_still_accuses(run):
    # Without a word of sport in its paragraph the same noun is violence.
    result = run(
        "Selon la police, les attaques menées par le groupe Aube rouge contre les commissariats ont fait trois blessés.",
        "fr",
    )
    assert any("Aube rouge" in n for n in names(result)), names(result)


def test_a_reflexive_verb_of_violence_is_an_accident(run):
    # « s'est tué seul sur une route »: the mayor died in an accident; he killed no one.
    result = run("Le maire d'un petit village de montagne s'est tué seul sur une route départementale lundi matin.", "fr")
    assert not any("maire" in n for n in names(result)), names(result)


def test_a_reflexive_verb_with_a_target_still_accuses(run):
    result = run("Selon les témoins, trois jeunes se sont attaqués à des passants devant la gare de Valmont.", "fr")
    assert any("jeunes" in n for n in names(result)), names(result)


def test_a_place_the_parser_took_for_the_subject_is_no_party(run):
    # « dans le département du Nord, un jeune homme … a été interpellé »: the parser may make the
    # place the subject with the man as its conjunct; the man is the party, not the place.
    result = run(
        "Ce mardi, à Fontvieille, dans le département français du Gard, un jeune homme de 19 ans soupçonné de "
        "vouloir commettre un attentat a été interpellé par des policiers, selon des sources proches de l'enquête.",
        "fr",
    )
    assert not any("département" in n or "Gard" in n for n in names(result)), names(result)


def test_a_place_in_parentheses_after_the_suspect_is_not_his_name(run):
    result = run(
        "Le suspect, étudiant à l'université de Valmont ( Saint-Aubin-des-Prés ), fréquentait la mosquée du quartier, "
        "d'après la radio locale.",
        "fr",
    )
    assert not any("Saint-Aubin" in n for n in names(result)), names(result)


def test_what_the_attacker_carried_is_no_party(run):
    # « un homme armé d'un couteau et d'une barre de fer »: the bar is the second thing he carried.
    result = run("Dimanche soir, un homme armé d'un couteau et d'une barre de fer a blessé sept personnes près du canal.", "fr")
    assert not any("barre" in n for n in names(result)), names(result)
    assert any("homme" in n for n in names(result)), names(result)


def test_the_label_given_to_an_attack_is_no_party(run):
    # « qualifie cette attaque de « terroriste » »: the bare noun after « de » is the label.
    result = run(
        "« Au moins douze personnes ont perdu la vie » a déclaré Paul Renard, préfet de la région, qui qualifie cette attaque de « terroriste ».",
        "fr",
    )
    assert not any("terroriste" in n.lower() for n in names(result)), names(result)


def test_protests_do_not_accuse(run):
    # The subject of the clause is the protests: events accuse no one.
    result = run(
        "Pendant deux mois, des manifestations monstres ont eu lieu tous les samedis contre la présidente Anna Berg, "
        "accusée de corruption et d'abus de pouvoir.",
        "fr",
    )
    accusers = [accuser for a in result.accused for accuser in a.accusers]
    assert not any("manifestation" in accuser for accuser in accusers), [(a.name, a.accusers) for a in result.accused]


def test_a_statement_about_a_namesake_does_not_accuse(run):
    # The party is « Lydie Marchal »; the journal speaks of « Pascal Marchal », who only shares
    # her surname: it is no accuser of hers.
    result = run(
        "Lydie Marchal est quant à elle accusée d'avoir aidé à nettoyer la voiture. "
        "Pascal Marchal aurait, d'après Le Courrier, découvert cet or dans un immeuble de Brest.",
        "fr",
    )
    record = next((a for a in result.accused if "Lydie" in a.name), None)
    assert record is not None, names(result)
    assert not any("Courrier" in accuser for accuser in record.accusers), record.accusers


def test_an_investigation_no_one_owns_is_the_prosecutors_named_before(run):
    # « sous le feu de l'actualité du fait des investigations concernant X »: the prosecutor named
    # as the subject is who investigates X.
    result = run(
        "Le parquet financier est actuellement sous le feu de l'actualité du fait des investigations concernant "
        "le député Paul Castel.",
        "fr",
    )
    record = next((a for a in result.accused if "Castel" in a.name), None)
    assert record is not None, names(result)
    assert any("parquet" in accuser for accuser in record.accusers), record.accusers


def test_an_accident_on_a_road_is_no_attack(run):
    # « sur une route » says where the mayor died; it is no one he attacked.
    result = run("Ce lundi, Paul Castel, maire de Valmont, s'est tué sur une route « sans intervention d'un tiers » selon une source judiciaire.", "fr")
    assert not any("Castel" in n for n in names(result)), names(result)


def test_an_unnamed_group_going_for_the_police_attacks_them(run):
    # « s'en prendre aux policiers » by a group of young people is violence: the young people are
    # the perpetrators, the police their victims.
    result = run("Les jeunes avaient commis des dégradations et s'en étaient pris aux policiers devant le lycée.", "fr")
    assert not any("policiers" in n for n in names(result)), [(a.name, a.accusers) for a in result.accused]
    assert any("jeunes" in n for n in names(result)), names(result)


def test_a_named_politician_going_for_someone_criticises_them(run):
    result = run("Le ministre Paul Roy s'en est pris aux syndicats lors de son discours.", "fr")
    record = next((a for a in result.accused if "syndicats" in a.name), None)
    assert record is not None, names(result)
    assert any("Roy" in accuser for accuser in record.accusers), record.accusers


def test_someone_in_a_generality_is_no_party(run):
    result = run("Pour eux, quelqu'un qui ne sait pas épargner ne peut pas gérer le budget d'un pays, ont estimé plusieurs internautes.", "fr")
    assert not any(n.lower().startswith("quelqu") for n in names(result)), names(result)
