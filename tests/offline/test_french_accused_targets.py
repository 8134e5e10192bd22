"""French accused parties: investigations into someone, being in someone's sights, blame put
with a verb the tagger read as a modifier (invented sentences)."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def names(result):
    return [a.name for a in result.accused]


def test_investigation_into_a_party(run):
    result = run("Le procureur a ouvert une enquête sur le sénateur Paul Durand.", "fr")
    assert accused(result)["Paul Durand"].accusers == ["procureur"], names(result)
    result = run("Le parquet est critiqué en raison des investigations concernant le candidat Paul Durand.", "fr")
    assert "Paul Durand" in names(result)


def test_investigation_into_a_thing_accuses_no_one(run):
    assert names(run("Le parquet a ouvert une enquête sur l'accident de la route.", "fr")) == []
    assert names(run("Une enquête sur la mort de Paul Durand a été ouverte.", "fr")) == []


def test_investigation_aimed_at_a_party_read_as_the_subject(run):
    result = run("Une enquête visant la société Vinci a été ouverte.", "fr")
    assert any("Vinci" in n for n in names(result)), names(result)


def test_in_the_sights_of_an_authority(run):
    result = run("Le ministre est dans le collimateur de la justice.", "fr")
    assert accused(result)["ministre"].accusers == ["justice"], names(result)
    result = run("Le ministre est dans la ligne de mire de l'opposition.", "fr")
    assert accused(result)["ministre"].accusers == ["opposition"], names(result)
    assert names(run("Le photographe avait la cible dans son viseur.", "fr")) == []


def test_blame_verb_tagged_as_a_modifier_of_its_subject(run):
    result = run("L'opposition reproche au maire d'avoir menti.", "fr")
    assert accused(result)["maire"].accusers == ["opposition"], names(result)


def test_what_the_party_is_blamed_for_is_not_its_name(run):
    assert names(run("Elle reproche aux médias de relayer des rumeurs.", "fr")) == ["médias"]


def test_acting_the_tyrant_in_a_statement(run):
    result = run("« Paul Durand joue les dictateurs », a déclaré le député.", "fr")
    assert accused(result)["Paul Durand"].accusers == ["député"], names(result)
    assert names(run("L'acteur Paul Durand joue un dictateur dans le film.", "fr")) == []


def test_relative_on_the_predicate_of_a_copula_is_said_of_the_subject(run):
    result = run("« Paul Durand et Marie Leblanc forment un petit clan qui joue les tyrans », a dit la militante.", "fr")
    assert {"Paul Durand", "Marie Leblanc"} <= set(names(result)), names(result)


def test_three_subjects_listed_with_commas(run):
    result = run("Paul Durand, Marie Leblanc et Jean Petit ont été mis en examen pour fraude.", "fr")
    assert {"Paul Durand", "Marie Leblanc", "Jean Petit"} <= set(names(result)), names(result)


def test_accusing_verb_tagged_as_an_adjective_keeps_its_object(run):
    result = run("La CGT critique le gouvernement.", "fr")
    assert accused(result)["gouvernement"].accusers == ["CGT"], names(result)


def test_accusing_verb_hung_on_its_subject_accuses_the_noun_after_it(run):
    result = run("L'opposition critique vivement le ministre.", "fr")
    assert accused(result)["ministre"].accusers == ["opposition"], names(result)
    result = run("La presse épingle le ministre.", "fr")
    assert accused(result)["ministre"].accusers == ["presse"], names(result)


def test_critical_as_an_adjective_accuses_no_one(run):
    assert names(run("La situation critique des hôpitaux inquiète les médecins.", "fr")) == []
    assert names(run("Le sens critique du public est important.", "fr")) == []


def test_pointing_out_the_effects_of_an_event_accuses_no_one(run):
    assert names(run("L'institut pointe surtout les effets de la fermeture de l'usine de Valmont sur l'emploi.", "fr")) == []


def test_wrong_on_the_part_of_a_party(run):
    result = run("Le syndicat a dénoncé des menaces de la part de la direction.", "fr")
    assert accused(result)["direction"].accusers == ["syndicat"], names(result)
    assert names(run("Il a reçu des encouragements de la part de ses amis.", "fr")) == []
