"""French accused parties blamed in what a source says: the antecedent of a relative
« qui » whose clause does the harm, what « il y a » says exists, the subject of « s'en prendre »
the parser lost, and a party's hostile conduct named by a noun (« l'acharnement de X »)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def accused(result, word):
    return next((a for a in result.accused if word in a.name), None)


def test_relative_clause_hung_too_high_blames_the_phrase_before_qui(run):
    result = run("« Nous avons demandé aux douanes de surveiller les trafiquants du port, qui ont incendié ces entrepôts pour semer la terreur », a dit la préfète Anne Vidal.", "fr")
    record = accused(result, "trafiquants")
    assert record is not None and record.accusers == ["Anne Vidal"], names(result)
    assert not any("douanes" in n for n in names(result)), names(result)


def test_second_coordinated_relative_shares_the_antecedent(run):
    result = run("« On trouve dans ce cortège des professionnels de l'émeute, qui n'ont aucune envie de dialoguer et qui ne cherchent qu'à semer le chaos », a affirmé le maire Louis Berthier.", "fr")
    record = accused(result, "professionnels")
    assert record is not None and record.accusers == ["Louis Berthier"], names(result)


def test_relative_clause_on_an_adjective_taken_as_a_noun(run):
    result = run("« Les policiers poursuivront les trafiquants du cartel Sombra et leurs semblables, qui veulent semer la terreur dans nos villes », a dit le ministre Louis Berthier.", "fr")
    assert any("Sombra" in n or "trafiquants" in n for n in names(result)), names(result)


def test_relative_clause_of_a_praised_party_blames_no_one(run):
    result = run("« Je remercie les pompiers, qui ont sauvé trois enfants », a dit le maire Louis Berthier.", "fr")
    assert names(result) == [], names(result)


def test_what_there_is_at_work_to_divide(run):
    result = run("« Chacun voit qu'il y a des militants qui sont à pied d'œuvre pour semer la division », a affirmé la députée Claire Mercier.", "fr")
    record = accused(result, "militants")
    assert record is not None and record.accusers == ["Claire Mercier"], names(result)


def test_what_there_is_wanting_harm_in_the_present(run):
    result = run("« Il y a des provocateurs qui veulent semer la discorde entre les habitants », a déclaré le maire Louis Berthier.", "fr")
    assert any("provocateurs" in n for n in names(result)), names(result)


def test_going_for_others_blames_the_subject_the_parser_lost(run):
    result = run("« Les agitateurs d'une manifestation haineuse s'en prennent aux maires », a déclaré la sénatrice Claire Mercier.", "fr")
    found = names(result)
    assert any("agitateurs" in n for n in found), found
    assert not any("maires" in n for n in found), found


def test_hostile_conduct_on_the_part_of_a_party(run):
    result = run("Pour l'avocat Marc Delorme, son client subit depuis des mois un « acharnement » de la part des enquêteurs.", "fr")
    record = accused(result, "enquêteurs")
    assert record is not None and record.accusers == ["Marc Delorme"], names(result)
    assert not any("client" in n for n in names(result)), names(result)


def test_hostile_conduct_owned_by_a_party(run):
    result = run("« L'acharnement des inspecteurs contre notre association est évident », a déclaré la présidente Odile Favre.", "fr")
    record = accused(result, "inspecteurs")
    assert record is not None and record.accusers == ["Odile Favre"], names(result)


def test_will_to_harm_of_a_party(run):
    result = run("La syndicaliste Odile Favre a dénoncé « la volonté de nuire des anciens dirigeants de la coopérative ».", "fr")
    assert any("dirigeants" in n for n in names(result)), names(result)


def test_denied_hostile_conduct_blames_no_one(run):
    result = run("« Il n'y a aucun acharnement des inspecteurs », a déclaré la présidente Odile Favre.", "fr")
    assert not any("inspecteurs" in n for n in names(result)), names(result)


def test_victims_of_a_persecution_noun_are_not_blamed(run):
    result = run("« Le harcèlement des caissières doit cesser », a déclaré la syndicaliste Odile Favre.", "fr")
    assert not any("caissières" in n for n in names(result)), names(result)


def test_persecution_on_the_part_of_a_party(run):
    result = run("« Les infirmières subissent un harcèlement constant de la part de la direction », a déclaré la syndicaliste Odile Favre.", "fr")
    assert any("direction" in n for n in names(result)), names(result)


def test_hostile_conduct_told_by_the_article_is_no_statement(run):
    result = run("L'acharnement des inspecteurs contre l'association a duré trois ans.", "fr")
    assert not any("inspecteurs" in n for n in names(result)), names(result)


def test_party_that_did_nothing_to_protect(run):
    result = run("« Le conseil régional n'a rien fait pour protéger les riverains de la décharge », a déclaré la militante Léa Morel.", "fr")
    record = accused(result, "conseil")
    assert record is not None and record.accusers == ["Léa Morel"], names(result)


def test_party_that_did_not_do_enough_to_prevent(run):
    result = run("« La préfecture n'a pas fait assez pour empêcher ces crues », a déclaré la militante Léa Morel.", "fr")
    assert any("préfecture" in n for n in names(result)), names(result)


def test_nothing_done_to_deserve_it_clears_the_subject(run):
    result = run("« Ce livreur n'a rien fait pour mériter un tel traitement », a déclaré la militante Léa Morel.", "fr")
    assert not any("livreur" in n for n in names(result)), names(result)


def test_everything_done_to_protect_blames_no_one(run):
    result = run("« Le conseil régional a tout fait pour protéger les riverains », a déclaré la militante Léa Morel.", "fr")
    assert not any("conseil" in n for n in names(result)), names(result)


def test_harm_left_to_happen_blames_the_subject(run):
    result = run("« Les autorités maritimes ont laissé mourir des naufragés au large », a affirmé l'humanitaire Léa Morel.", "fr")
    assert any("autorités" in n for n in names(result)), names(result)


def test_act_done_knowingly_blames_its_agent(run):
    result = run("Selon l'ingénieure Léa Morel, la direction de la raffinerie a sciemment ignoré les alertes.", "fr")
    assert any("direction" in n for n in names(result)), names(result)


def test_owner_of_a_moral_failing(run):
    result = run("« Cette affaire montre la faillite morale de nos élus régionaux », a dit le syndicaliste Hugo Lemaire.", "fr")
    assert any("élus" in n for n in names(result)), names(result)


def test_owner_of_negligence_in_office(run):
    result = run("« L'incurie de la direction du port a aggravé la pollution », a dit le syndicaliste Hugo Lemaire.", "fr")
    record = accused(result, "direction")
    assert record is not None and record.accusers == ["Hugo Lemaire"], names(result)


def test_the_speakers_own_failing_blames_no_one(run):
    result = run("« Je regrette notre propre complaisance », a dit le syndicaliste Hugo Lemaire.", "fr")
    assert names(result) == [], names(result)


def test_accomplice_named_after_avec(run):
    result = run("« Tout cela s'organise en complicité avec la police municipale », a dit le syndicaliste Hugo Lemaire.", "fr")
    record = accused(result, "police")
    assert record is not None and record.accusers == ["Hugo Lemaire"], names(result)


def test_acting_in_connivance_blames_both(run):
    result = run("« Le sous-préfet a agi de connivence avec les promoteurs immobiliers », a dit le syndicaliste Hugo Lemaire.", "fr")
    found = names(result)
    assert any("promoteurs" in n for n in found) and any("sous-préfet" in n or "préfet" in n for n in found), found


def test_no_complicity_blames_no_one(run):
    result = run("« Le sous-préfet a agi sans aucune complicité avec les promoteurs », a dit le syndicaliste Hugo Lemaire.", "fr")
    assert not any("promoteurs" in n for n in names(result)), names(result)


def test_relative_after_a_name_takes_up_the_whole_phrase(run):
    result = run("L'opposant Paul Girard reproche au « clan de Karim al-Mansouri » qui a pillé « les caisses de la province » son silence.", "fr")
    assert not any(n == "al-Mansouri" for n in names(result)), names(result)
