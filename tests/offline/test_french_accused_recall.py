"""French accused parties in constructions of held-out news: a fronted judicial participle the
parser made the root, objects of a list hung on the verb, blame put on or borne by a party,
a party said to have failed its duty (invented sentences)."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def names(result):
    return [a.name for a in result.accused]


def test_fronted_participle_made_the_root_accuses_the_main_subject(run):
    result = run("Soupçonné de corruption, le maire de la ville a démissionné lundi.", "fr")
    assert any("maire" in n for n in names(result)), names(result)


def test_fronted_participle_of_no_accusation_accuses_no_one(run):
    result = run("Arrivé en retard, le maire a présidé la séance.", "fr")
    assert names(result) == []


def test_every_object_of_a_list_hung_on_the_verb_is_accused(run):
    result = run("Le parti accuse la Chine, l'Iran et la Russie d'ingérence.", "fr")
    found = accused(result)
    assert {"Chine", "Iran", "Russie"} <= set(found), names(result)
    assert found["Russie"].accusers == ["parti"]


def test_blame_shifted_onto_a_party(run):
    result = run("L'armée a rejeté la faute sur les rebelles.", "fr")
    record = next((a for n, a in accused(result).items() if "rebelles" in n), None)
    assert record is not None and record.accusers == ["armée"], names(result)


def test_blame_made_to_fall_on_a_party(run):
    result = run("La police fait porter la responsabilité des violences aux manifestants.", "fr")
    assert any("manifestants" in n for n in names(result)), names(result)


def test_fault_of_a_party_after_a(run):
    result = run("Pour le syndicat, c'est la faute à la direction.", "fr")
    assert any("direction" in n for n in names(result)), names(result)


def test_responsibility_borne_said_by_a_source(run):
    result = run("Le syndicat estime que le gouvernement porte la responsabilité de cette crise.", "fr")
    record = next((a for n, a in accused(result).items() if "gouvernement" in n), None)
    assert record is not None and record.accusers == ["syndicat"], names(result)
    result = run("Selon l'opposition, le ministre a une part de responsabilité dans la catastrophe.", "fr")
    assert any("ministre" in n for n in names(result)), names(result)


def test_being_in_charge_or_bearing_blame_told_by_the_article_accuses_no_one(run):
    assert names(run("Le maire a la responsabilité de la sécurité du festival.", "fr")) == []
    assert names(run("Le gouvernement porte la responsabilité de cette crise.", "fr")) == []


def test_failed_duty_said_by_a_source(run):
    result = run("Selon l'opposition, le ministre a manqué à ses obligations.", "fr")
    assert any("ministre" in n for n in names(result)), names(result)
    result = run("Le syndicat estime que la direction a manqué à ses engagements.", "fr")
    assert any("direction" in n for n in names(result)), names(result)


def test_duty_not_carried_out_in_a_quote(run):
    result = run("« Le gouvernement n'a pas su protéger les habitants », a déclaré le maire.", "fr")
    record = next((a for n, a in accused(result).items() if "gouvernement" in n), None)
    assert record is not None and record.accusers == ["maire"], names(result)


def test_almost_and_first_person_are_no_failed_duty(run):
    assert names(run("Le coureur a failli tomber dans la descente.", "fr")) == []
    assert names(run("« Nous n'avons pas su protéger nos enfants », a reconnu le maire.", "fr")) == []


def test_owner_of_a_denounced_wrongdoing(run):
    result = run("L'ONG dénonce la corruption du régime.", "fr")
    record = next((a for n, a in accused(result).items() if "régime" in n), None)
    assert record is not None and record.accusers == ["ONG"], names(result)
    result = run("Selon l'ONG, les abus de la police se multiplient.", "fr")
    assert any("police" in n for n in names(result)), names(result)


def test_wrongdoing_as_a_topic_accuses_no_one(run):
    assert names(run("La lutte contre la corruption des élus est une priorité du gouvernement.", "fr")) == []


def test_protest_against_a_party(run):
    result = run("Les habitants se sont mobilisés contre Paul Martin.", "fr")
    record = accused(result).get("Paul Martin")
    assert record is not None and record.accusers == ["habitants"], names(result)
    result = run("Les syndicats ont organisé une manifestation contre la direction.", "fr")
    assert any("direction" in n for n in names(result)), names(result)


def test_protest_against_a_thing_or_showing_support_accuses_no_one(run):
    assert names(run("La manifestation contre le projet de loi a rassemblé dix mille personnes.", "fr")) == []
    assert names(run("Le président a manifesté son soutien aux victimes.", "fr")) == []


def test_object_clitic_parsed_as_a_second_subject_in_a_quote(run):
    result = run("« Les banquiers nous ont volés », a dit le fermier.", "fr")
    record = next((a for n, a in accused(result).items() if "banquiers" in n), None)
    assert record is not None and record.accusers == ["fermier"], names(result)


def test_fronted_participle_designating_the_main_subject_as_culprit(run):
    result = run("Aussitôt désigné comme le coupable, le Burundi a réagi par la voix de son ministre.", "fr")
    assert names(result) == ["Burundi"], names(result)


def test_designated_as_no_culprit_accuses_no_one(run):
    assert names(run("Désigné comme candidat du parti, le maire a remercié ses soutiens.", "fr")) == []


def test_partial_judge_in_a_quote(run):
    result = run("« Ce juge est partial », a déclaré l'avocat.", "fr")
    record = next((a for n, a in accused(result).items() if "juge" in n), None)
    assert record is not None and record.accusers == ["avocat"], names(result)


def test_who_confesses_a_crime_did_it(run):
    result = run("Le suspect a avoué avoir tué sa femme.", "fr")
    assert any("suspect" in n for n in names(result)), names(result)


def test_where_a_suspected_group_lives_is_no_party(run):
    result = run("D'après un rapport, 25 chauffeurs habitant en Belgique sont soupçonnés de fraude fiscale.", "fr")
    assert any("chauffeurs" in n for n in names(result)) and "Belgique" not in names(result), names(result)


def test_owner_of_a_denounced_conduct(run):
    result = run("« Nous dénonçons l'attitude du préfet », a déclaré le porte-parole du syndicat, Paul Martin.", "fr")
    record = next((a for n, a in accused(result).items() if "préfet" in n), None)
    assert record is not None and record.accusers == ["Paul Martin"], names(result)
    assert any("tribunal" in n for n in names(run("Le syndicat a critiqué la décision du tribunal.", "fr")))


def test_who_undergoes_what_is_denounced_is_not_accused(run):
    assert names(run("L'association dénonce la situation des migrants.", "fr")) == []
    assert names(run("Les élus ont dénoncé le limogeage du préfet.", "fr")) == []


def test_cleft_subject_of_a_harm_in_a_quote(run):
    result = run("« C'est la police qui a causé ces dégâts », a affirmé Anne Roy.", "fr")
    assert names(result) == ["police"], names(result)


def test_penalty_imposed_on_a_party(run):
    result = run("La Commission européenne a infligé une amende à Google.", "fr")
    record = accused(result).get("Google")
    assert record is not None and record.accusers == ["Commission européenne"], names(result)
    assert any("joueur" in n for n in names(run("Le joueur a été sanctionné pour dopage.", "fr")))


def test_investigation_into_people_not_into_a_thing(run):
    result = run("Le parquet enquête sur le maire de la ville.", "fr")
    assert any("maire" in n for n in names(result)), names(result)
    assert names(run("Les gendarmes enquêtent sur l'accident.", "fr")) == []
    assert names(run("Les policiers enquêtent sur la mort de Paul Martin.", "fr")) == []
