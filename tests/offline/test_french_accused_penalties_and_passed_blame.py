"""French accused parties, round 33 (lane accjud33): a penalty given as a prison length or an
amount, a dismissal's reason hung outside the apposed participle, a second blame that leaves
out its verb, blame passed on « vers » or « à » a party (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names


def test_prison_length_given_to_a_party(run):
    # (the parser reads the length as a time adjunct, not as the object of « infliger »)
    result = run("Le tribunal a infligé jeudi huit mois d'emprisonnement avec sursis à Paul Verdan, qui avait frappé un agent.", "fr")
    assert names(result) == ["Paul Verdan"], names(result)
    assert names(run("Sa compagne, Marie Lenoir, s'est vu infliger dix-huit mois avec sursis.", "fr")) == ["Marie Lenoir"]


def test_fine_whose_party_hangs_on_the_amount(run):
    assert names(run("La CNIL a infligé une amende de deux millions d'euros à Telvia.", "fr")) == ["Telvia"]


def test_length_or_defeat_that_is_no_penalty_accuses_no_one(run):
    assert names(run("Le club a infligé jeudi trois défaites en six mois à son rival.", "fr")) == []
    assert names(run("Marie Lenoir s'est vu prescrire dix jours d'arrêt de travail.", "fr")) == []


def test_apposed_dismissal_for_a_fault_hung_elsewhere(run):
    assert names(run("Karim Belhadj, licencié en octobre pour faute grave, conteste.", "fr")) == ["Karim Belhadj"]
    result = run("Parmi eux figure Karim Belhadj, délégué syndical central licencié en octobre pour faute grave.", "fr")
    assert names(result) == ["Karim Belhadj"], names(result)


def test_apposed_dismissal_for_a_neutral_reason_or_a_choice_accuses_no_one(run):
    assert names(run("Paul Verdan, licencié en octobre pour raisons économiques, a retrouvé un emploi.", "fr")) == []
    assert names(run("Le chantier, suspendu depuis mars pour des raisons de sécurité, reprendra demain.", "fr")) == []
    assert names(run("Paul Verdan, licencié en octobre pour avoir refusé une mutation, a saisi les prud'hommes.", "fr")) == []
    assert names(run("Marie Lenoir, élue en mars pour six ans, a pris ses fonctions.", "fr")) == []


def test_second_blame_with_its_verb_left_out(run):
    result = run("Elle reproche à l'exploitant d'avoir minimisé chaque incident et à la préfecture de lui avoir renouvelé son autorisation.", "fr")
    assert names(result) == ["exploitant", "préfecture"], names(result)


def test_and_to_someone_with_no_de_clause_is_no_second_blame(run):
    result = run("Elle reproche à l'exploitant d'avoir minimisé chaque incident, et l'a dit à la préfecture.", "fr")
    assert "préfecture" not in names(result), names(result)
    assert names(run("Elle reproche à l'exploitant d'avoir menti et à Limoges on l'approuve.", "fr")) == ["exploitant"]


def test_blame_passed_on_towards_or_to_a_party(run):
    assert names(run("La marque renvoie la responsabilité vers la société Textima.", "fr")) == ["société Textima"]
    assert names(run("L'enseigne renvoie la balle aux industriels de l'abattage, qui captent la marge.", "fr")) == ["industriels de l'abattage"]


def test_ball_sent_back_or_responsibility_put_off_blames_no_one(run):
    assert names(run("Le gardien renvoie la balle aux attaquants lors du match.", "fr")) == []
    assert names(run("Le joueur a reçu une balle en pleine tête.", "fr")) == []
    assert names(run("Le ministre a renvoyé la responsabilité à plus tard.", "fr")) == []
