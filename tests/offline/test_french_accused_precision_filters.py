"""French accused parties that are none (moves of a game, accidents, places, labels, the object
a perpetrator carries) and accusers that are none (events, someone else sharing a surname)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_attacks_in_a_match_accuse_no_one(run):
    # In the report of a game, « les attaques … menées par X » are moves of the game.
    result = run(
        "Les Verts avaient dominé la première période, mais ils n'ont pas réussi à contenir les attaques danoises, "
        "menées par Lars Holmqvist très inspiré. L'arbitre a sifflé la fin de la rencontre à 27-24.",
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
    # « s'est tué seul dans un ravin »: the mayor died in an accident; he killed no one.
    result = run("Le maire d'une commune du littoral s'est tué seul dans un ravin jeudi soir.", "fr")
    assert not any("maire" in n for n in names(result)), names(result)


def test_a_reflexive_verb_with_a_target_still_accuses(run):
    result = run("Selon les témoins, trois jeunes se sont attaqués à des passants devant la gare de Valmont.", "fr")
    assert any("jeunes" in n for n in names(result)), names(result)


def test_a_place_the_parser_took_for_the_subject_is_no_party(run):
    # « dans le département du Nord, un jeune homme … a été interpellé »: the parser may make the
    # place the subject with the man as its conjunct; the man is the party, not the place.
    result = run(
        "Ce mardi, à Fontvieille, dans le département français du Gard, un jeune homme de 19 ans soupçonné de "
        "vouloir incendier une école a été interpellé par des gendarmes, selon une source judiciaire.",
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
    # « un homme armé d'une hache et d'une batte »: the bat is the second thing he carried.
    result = run("Samedi matin, un homme armé d'une hache et d'une batte de baseball a blessé deux vigiles devant le marché.", "fr")
    assert not any("batte" in n for n in names(result)), names(result)
    assert any("homme" in n for n in names(result)), names(result)


def test_the_label_given_to_an_attack_is_no_party(run):
    # « qualifie cette attaque de « terroriste » »: the bare noun after « de » is the label.
    result = run(
        "« Plusieurs blessés sont dans un état grave » a déclaré Paul Renard, préfet de la région, qui qualifie cette attaque de « terroriste ».",
        "fr",
    )
    assert not any("terroriste" in n.lower() for n in names(result)), names(result)


def test_protests_do_not_accuse(run):
    # The subject of the clause is the protests: events accuse no one.
    result = run(
        "Depuis l'automne, des rassemblements géants se tiennent chaque dimanche contre la présidente Anna Berg, "
        "accusée de fraude et de favoritisme.",
        "fr",
    )
    accusers = [accuser for a in result.accused for accuser in a.accusers]
    assert not any("manifestation" in accuser for accuser in accusers), [(a.name, a.accusers) for a in result.accused]


def test_a_statement_about_a_namesake_does_not_accuse(run):
    # The party is « Lydie Marchal »; the journal speaks of « Pascal Marchal », who only shares
    # her surname: it is no accuser of hers.
    result = run(
        "Lydie Marchal est pour sa part accusée d'avoir aidé à repeindre le camion. "
        "Pascal Marchal aurait, d'après Le Courrier, trouvé ces tableaux dans un grenier de Brest.",
        "fr",
    )
    record = next((a for a in result.accused if "Lydie" in a.name), None)
    assert record is not None, names(result)
    assert not any("Courrier" in accuser for accuser in record.accusers), record.accusers


def test_an_investigation_no_one_owns_is_the_prosecutors_named_before(run):
    # « au cœur de l'actualité en raison des investigations concernant X »: the prosecutor named
    # as the subject is who investigates X.
    result = run(
        "Le parquet de Valmont se trouve ces jours-ci au cœur de l'actualité en raison des investigations concernant "
        "le député Paul Castel.",
        "fr",
    )
    record = next((a for a in result.accused if "Castel" in a.name), None)
    assert record is not None, names(result)
    assert any("parquet" in accuser for accuser in record.accusers), record.accusers


def test_an_accident_on_a_road_is_no_attack(run):
    # « sur une route » says where the mayor died; it is no one he attacked.
    result = run("Ce jeudi, Paul Castel, maire de Valmont, s'est tué sur une route « seul au volant » selon les gendarmes.", "fr")
    assert not any("Castel" in n for n in names(result)), names(result)


def test_an_unnamed_group_going_for_the_police_attacks_them(run):
    # « s'en prendre aux policiers » by a group of young people is violence: the young people are
    # the perpetrators, the police their victims.
    result = run("Les jeunes avaient brisé des vitrines puis s'en étaient pris à deux gendarmes près de la gare.", "fr")
    assert not any("gendarmes" in n for n in names(result)), [(a.name, a.accusers) for a in result.accused]
    assert any("jeunes" in n for n in names(result)), names(result)


def test_a_named_politician_going_for_someone_criticises_them(run):
    result = run("Le ministre Paul Roy s'en est pris aux syndicats lors de son discours.", "fr")
    record = next((a for a in result.accused if "syndicats" in a.name), None)
    assert record is not None, names(result)
    assert any("Roy" in accuser for accuser in record.accusers), record.accusers


def test_someone_in_a_generality_is_no_party(run):
    result = run("À leurs yeux, quelqu'un qui ne sait pas cuisiner ne peut pas tenir un restaurant, ont jugé plusieurs lecteurs.", "fr")
    assert not any(n.lower().startswith("quelqu") for n in names(result)), names(result)
