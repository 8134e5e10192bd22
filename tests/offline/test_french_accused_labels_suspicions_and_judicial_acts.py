"""French accused parties: a labelling verb the lemmatizer misreads (« traite » as « traire »),
« cette dernière » standing for a person noun, a sentence the parser hung on the party
(invented sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_traiter_de_with_a_misread_lemma_labels_the_object(run):
    result = run("Sur son blog, l'écrivaine traite les dirigeants du club de menteurs.", "fr")
    record = next((a for a in result.accused if "dirigeants" in a.name), None)
    assert record is not None and record.accusers == ["écrivaine"], names(result)
    assert names(run("Le patron traite ses employés avec respect.", "fr")) == []


def test_latter_stands_for_the_last_person_noun_of_its_gender(run):
    text = "Le notaire a été condamné en mars. Il gérait l'étude avec sa sœur. Cette dernière est soupçonnée de complicité."
    assert any("sœur" in n for n in names(run(text, "fr"))), names(run(text, "fr"))


def test_sentence_hung_on_the_party_is_cut_off(run):
    result = run("Le tribunal a condamné l'ancien trésorier à quatre ans de prison.", "fr")
    assert "ancien trésorier" in names(result), names(result)


def test_deed_of_a_party_after_le_fait_de(run):
    result = run("Selon le gardien, ces tags sont le fait de jeunes cyclistes du village.", "fr")
    record = next((a for a in result.accused if "jeunes" in a.name), None)
    assert record is not None and record.accusers == ["gardien"], names(result)
    assert names(run("Ce n'est pas le fait du hasard.", "fr")) == []
    assert names(run("Le fait de courir est bon pour la santé.", "fr")) == []


def test_suspicions_weighing_on_a_party(run):
    result = run("Les soupçons qui pèsent sur le gérant du camping se sont aggravés.", "fr")
    assert any("gérant" in n for n in names(result)), names(result)
    assert names(run("Une lourde incertitude pèse sur la saison.", "fr")) == []


def test_fronted_label_participle_labels_the_main_subject(run):
    result = run("Qualifié de menteur par le sénateur, le directeur du musée a maintenu sa version.", "fr")
    record = next((a for a in result.accused if "directeur" in a.name), None)
    assert record is not None and record.accusers == ["sénateur"], names(result)
    assert names(run("Qualifié pour la finale, le club a fêté sa victoire.", "fr")) == []


def test_active_verdict_accuses_the_object(run):
    result = run("La cour a déclaré l'ancien notaire coupable d'escroquerie.", "fr")
    record = next((a for a in result.accused if "notaire" in a.name), None)
    assert record is not None and record.accusers == ["cour"], names(result)
    result = run("L'enquête a jugé la société Delta responsable de l'incendie.", "fr")
    assert any("Delta" in n for n in names(result)), names(result)
    assert names(run("Le jury a reconnu le talent du jeune peintre.", "fr")) == []


def test_judicial_information_opened_against_a_party(run):
    result = run("Une information judiciaire a été ouverte contre le gérant de la boutique.", "fr")
    assert any("gérant" in n for n in names(result)), names(result)


def test_clubs_and_hospitals_are_parties(run):
    assert any("club" in n for n in names(run("Le club a été sanctionné par la ligue.", "fr")))
    result = run("Les parents de l'enfant accusent l'hôpital de négligence.", "fr")
    assert any("hôpital" in n for n in names(result)), names(result)


def test_investigation_for_a_charge_aimed_at_a_party(run):
    result = run("Le parquet a ouvert une enquête pour « favoritisme » visant l'ancien directeur du port.", "fr")
    record = next((a for a in result.accused if "directeur" in a.name), None)
    assert record is not None and record.accusers == ["parquet"], names(result)


def test_adjective_read_as_a_second_subject_is_not_the_party(run):
    result = run("Le fabricant pharmaceutique est soupçonné d'avoir caché des effets secondaires.", "fr")
    assert any("fabricant" in n for n in names(result)), names(result)


def test_rioters_as_a_label(run):
    result = run("La préfète a qualifié les jeunes du quartier de « vandales ».", "fr")
    assert any("jeunes" in n for n in names(result)), names(result)


def test_dismissal_for_a_wrong_accuses(run):
    assert any("consul" in n for n in names(run("Le consul a été expulsé pour ingérence.", "fr")))
    assert any("trésorier" in n for n in names(run("Le trésorier a été limogé pour faute grave.", "fr")))
    assert names(run("Trois voyageurs ont été expulsés du train pour laisser monter des soldats.", "fr")) == []
    assert names(run("Les campeurs ont été expulsés du terrain.", "fr")) == []


def test_complaint_against_persons_unknown_names_no_party(run):
    assert names(run("Le musée a porté plainte contre X.", "fr")) == []
    assert names(run("Le musée a déposé plainte contre X après le vol d'un tableau.", "fr")) == []


def test_unknown_people_as_perpetrators(run):
    result = run("Des inconnus ont saccagé la permanence du député, a indiqué la police.", "fr")
    assert any("inconnus" in n for n in names(result)), names(result)


def test_named_as_responsible_with_comme(run):
    result = run("Le cartel a été désigné comme responsable de l'enlèvement par les enquêteurs.", "fr")
    record = next((a for a in result.accused if "cartel" in a.name), None)
    assert record is not None and record.accusers == ["enquêteurs"], names(result)


def test_party_behind_a_crime(run):
    result = run("Selon l'état-major, la guérilla est derrière l'attentat contre la caserne.", "fr")
    assert any("guérilla" in n for n in names(result)), names(result)
    assert names(run("Le marché est derrière la hausse des prix.", "fr")) == []


def test_suspicions_as_subject_of_a_weighing_verb(run):
    assert any("adjoint" in n for n in names(run("De graves soupçons pèsent sur l'adjoint au maire.", "fr")))
    assert any("gardien" in n for n in names(run("Les soupçons se portent désormais sur le gardien du parking.", "fr")))
    assert names(run("La plainte porte sur des faits anciens.", "fr")) == []


def test_dismissal_for_a_deed_in_a_clause_is_left_alone(run):
    assert names(run("La sénatrice a été exclue du groupe pour avoir voté contre la réforme.", "fr")) == []


def test_cleft_puts_forward_the_responsible_party(run):
    result = run("« C'est la compagnie qui est responsable de la panne », a dit le porte-parole des usagers.", "fr")
    assert any("compagnie" in n for n in names(result)), names(result)
    assert names(run("Les agents qui sont responsables de l'accueil ont été formés.", "fr")) == []


def test_supporters_and_smugglers_are_people(run):
    result = run("Le préfet a dénoncé l'attitude des supporters du club visiteur.", "fr")
    assert any("supporters" in n for n in names(result)), names(result)


def test_people_tous_deux_before_a_participle_of_accusation(run):
    found = names(run("Le gérant et son associé, tous deux soupçonnés d'escroquerie, ont quitté la ville.", "fr"))
    assert any("gérant" in n for n in found) and any("associé" in n for n in found), found
    assert any("cousins" in n for n in names(run("Les deux cousins, tous deux accusés de vol, ont été relâchés.", "fr")))
    assert names(run("Le gérant et son associé, tous deux nés à Lyon, ont quitté la ville.", "fr")) == []
