"""French accusers of court cases (not the victims named in what the person did, not the judge one
is brought before, not a court that only judges something) and accused parties that are none
(people involved in an operation, a hypothetical attempt to blame, sides of a clash, a case that
only dates what follows, the target of a call to violence, the object of a participle)."""

from __future__ import annotations


def accused(result):
    return {a.name: a.accusers for a in result.accused}


def named(result, word):
    return [name for name in accused(result) if word in name]


def test_police_insulted_before_custody_is_no_accuser(run):
    result = run("À Valmont, un militant a été placé en garde à vue après avoir menacé la police dans une vidéo.", "fr")
    found = accused(result)
    assert named(result, "militant"), found
    assert not any("police" in who for whos in found.values() for who in whos), found


def test_police_attacked_in_the_reason_of_a_sentence_is_no_accuser(run):
    result = run("À Brest, cinq hommes ont été condamnés à six mois de prison pour avoir frappé des pompiers dimanche.", "fr")
    found = accused(result)
    assert named(result, "hommes"), found
    assert not any("pompiers" in who for whos in found.values() for who in whos), found


def test_a_court_present_at_the_trial_still_accuses(run):
    result = run("Au tribunal de Valmont, deux hommes ont été condamnés à un an de prison.", "fr")
    assert any("tribunal" in who for who in accused(result).get("deux hommes", [])), accused(result)


def test_a_court_that_judges_a_vote_does_not_accuse_people_arrested_next(run):
    result = run("Le tribunal estime en effet ce référendum illégal. Plusieurs organisateurs ont été arrêtés mardi.", "fr")
    found = accused(result)
    assert named(result, "organisateurs"), found
    assert not any("tribunal" in who for whos in found.values() for who in whos), found


def test_a_prosecutor_acting_before_still_accuses(run):
    result = run("Le parquet a ouvert une enquête. Deux hommes ont été mis en examen.", "fr")
    assert "parquet" in accused(result).get("Deux hommes", []), accused(result)


def test_the_judge_one_is_brought_before_is_no_accuser(run):
    result = run("Treize personnes ayant vandalisé la mairie seront présentées demain à une juge.", "fr")
    found = accused(result)
    assert found, found
    assert not any("juge" in who for whos in found.values() for who in whos), found


def test_the_judge_one_is_summoned_before_is_no_accuser(run):
    result = run("Paul Dumont est convoqué devant la juge jeudi prochain pour fraude.", "fr")
    found = accused(result)
    assert named(result, "Dumont"), found
    assert not any("juge" in who for whos in found.values() for who in whos), found


def test_soldiers_involved_in_an_offensive_are_not_accused(run):
    result = run("Quelque 2 000 soldats seraient maintenant impliqués dans l'offensive contre les rebelles.", "fr")
    assert not named(result, "soldats"), accused(result)


def test_soldiers_involved_in_nothing_said_are_not_accused(run):
    result = run("Les pertes augmentent. Quelque 2 000 soldats seraient maintenant impliqués, selon l'armée.", "fr")
    assert not named(result, "soldats"), accused(result)


def test_involved_in_a_scandal_still_accuses(run):
    result = run("Le député avait été impliqué dans un scandale de pots-de-vin en 2003.", "fr")
    assert named(result, "député"), accused(result)


def test_a_hypothetical_attempt_to_blame_accuses_no_one(run):
    result = run("Selon une hypothèse, la mafia pourrait chercher à imputer l'incendie à l'Armée rouge afin de semer la peur.", "fr")
    assert not named(result, "Armée rouge"), accused(result)


def test_blame_put_on_a_party_still_accuses(run):
    result = run("Le ministre a imputé l'incendie à l'Armée rouge.", "fr")
    assert "ministre" in accused(result).get("Armée rouge", []), accused(result)


def test_attackers_put_to_flight_by_soldiers_are_a_side_not_accused(run):
    result = run(
        "Willy Martin a été touché à la jambe. Des soldats postés près de là seraient vite "
        "intervenus et auraient fait fuir les assaillants.",
        "fr",
    )
    assert not named(result, "assaillants"), accused(result)


def test_snipers_troubling_a_coalition_are_a_side_not_accused(run):
    result = run("Les tireurs embusqués posent de sérieux problèmes aux troupes alliées.", "fr")
    assert not named(result, "tireurs"), accused(result)


def test_an_attacker_sought_by_the_police_is_still_accused(run):
    result = run("L'agresseur est toujours recherché par la police.", "fr")
    assert named(result, "agresseur"), accused(result)


def test_a_suspect_arrested_by_the_police_is_still_accused(run):
    result = run("Les policiers ont interpellé le suspect lundi.", "fr")
    assert named(result, "suspect"), accused(result)


def test_a_case_that_dates_what_follows_accuses_no_one(run):
    result = run("Après l'affaire Kevin, plusieurs bus ont été visés par des projectiles dans la nuit de samedi.", "fr")
    assert not named(result, "Kevin"), accused(result)


def test_a_source_naming_a_case_does_not_accuse_by_it(run):
    result = run("Paul Dumont est au centre de l'« affaire Dumont ». Pour Delmas, ce dossier reste sans lien avec l'« affaire Dumont ».", "fr")
    assert "Delmas" not in str(accused(result)), accused(result)


def test_targets_of_a_call_to_violence_are_not_accused(run):
    result = run(
        "Ce jeudi, la préfecture relève sur les réseaux des « appels à frapper et à s'équiper de barres de fer pour "
        "s'en prendre à des parlementaires, aux maires et aux gendarmes ».",
        "fr",
    )
    assert not named(result, "parlementaires"), accused(result)


def test_going_for_someone_still_accuses(run):
    result = run("Le maire a décidé de s'en prendre au préfet.", "fr")
    assert "maire" in accused(result).get("préfet", []), accused(result)


def test_stopping_an_action_by_gendarmes_accuses_no_one(run):
    result = run("Une juge a suspendu la démolition par les gendarmes de la cabane des squatteurs.", "fr")
    assert not named(result, "gendarmes"), accused(result)


def test_condemning_a_murder_by_rebels_still_accuses_them(run):
    result = run("Le gouvernement condamne l'assassinat du juge par des rebelles.", "fr")
    assert "gouvernement" in accused(result).get("rebelles", []), accused(result)


def test_the_object_of_a_participle_is_not_its_perpetrator(run):
    result = run(
        "Il aurait traité avec un émissaire avant son élection, violant ainsi le Harlow Act de 1822 "
        "qui réserve ces contacts au gouvernement.",
        "fr",
    )
    assert not named(result, "Harlow"), accused(result)
