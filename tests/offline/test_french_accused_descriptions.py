"""French accused parties named indirectly: by the sentence they saw aggravated, by an
adjective of their institution on a crime, by the conduct protested against (invented
sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def accused(result):
    return {a.name: a for a in result.accused}


def test_own_sentence_aggravated_convicts_the_subject(run):
    assert "Michel Durand" in names(run("Michel Durand a vu sa peine aggravée en appel.", "fr"))
    assert any("préfet" in n for n in names(run("Le préfet a lui aussi vu sa condamnation confirmée.", "fr")))


def test_seeing_a_thing_of_ones_own_changed_convicts_no_one(run):
    assert names(run("Le chanteur a vu sa carrière relancée.", "fr")) == []
    assert names(run("Le préfet a vu son salaire augmenté.", "fr")) == []
    assert names(run("Le juge a vu une peine de prison injuste.", "fr")) == []


def test_crime_of_an_institution_adjective_accuses_the_institution(run):
    record = accused(run("Le syndicat dénonce les violences policières.", "fr")).get("police")
    assert record is not None and record.accusers == ["syndicat"]
    assert "gouvernement" in names(run("L'opposition a condamné la répression gouvernementale.", "fr"))


def test_institution_adjective_on_no_crime_accuses_no_one(run):
    assert names(run("Le rapport évoque les contrôles policiers.", "fr")) == []


def test_protest_against_conduct_on_the_part_of_someone(run):
    record = next((a for n, a in accused(run("La sénatrice a pesté contre ces méthodes de la part des enquêteurs.", "fr")).items() if "enquêteurs" in n), None)
    assert record is not None and record.accusers == ["sénatrice"]
    assert any("gouvernement" in n for n in names(run("Le maire a fulminé contre le gouvernement.", "fr")))


def test_protest_against_a_thing_accuses_no_one(run):
    assert names(run("Le député a pesté contre la réforme.", "fr")) == []


def test_accusing_verb_read_as_part_of_a_name(run):
    record = accused(run("Paul Martin critique vivement Emmanuel Dupuis.", "fr")).get("Emmanuel Dupuis")
    assert record is not None and record.accusers == ["Paul Martin"]


def test_attack_between_two_names_is_not_read_as_criticism(run):
    assert "Emmanuel Dupuis" not in names(run("Paul Martin attaque Emmanuel Dupuis.", "fr"))


def test_blaming_the_fact_that_a_party_did_something(run):
    record = next((a for n, a in accused(run("Le syndicat dénonce le fait que la direction refuse de négocier.", "fr")).items() if "direction" in n), None)
    assert record is not None and record.accusers == ["syndicat"]
    assert any("élus" in n for n in names(run("Le journaliste condamne le fait que des élus font de la récupération.", "fr")))


def test_stating_or_denying_blame_of_a_fact_accuses_no_one(run):
    assert names(run("Le maire a souligné le fait que la ville a reçu des fonds.", "fr")) == []
    assert names(run("Le syndicat ne dénonce pas le fait que la direction refuse de négocier.", "fr")) == []


def test_participle_agreeing_with_the_complement_of_the_object(run):
    result = run("Le collectif a refusé la proposition du ministère, accusé de négligence.", "fr")
    assert any("ministère" in n for n in names(result)), names(result)


def test_party_of_a_complaint_without_its_reason(run):
    assert "chanteur" in names(run("Le procureur a ouvert une enquête contre le chanteur pour incitation à la haine.", "fr"))
    result = run("La mairie a porté plainte contre l'Association pour la défense des animaux.", "fr")
    assert "Association pour la défense des animaux" in names(result), names(result)


def test_violence_of_a_party_denounced(run):
    record = next((a for n, a in accused(run("Jean Dupont dénonce la « violence » du gouvernement.", "fr")).items() if "gouvernement" in n), None)
    assert record is not None and record.accusers == ["Jean Dupont"]
    assert names(run("Le maire dénonce la violence des images.", "fr")) == []


def test_responsibility_handed_over_is_no_blame(run):
    assert names(run("La mairie refuse de laisser le coût et la responsabilité à une autre commune.", "fr")) == []
    assert names(run("Le ministre a confié la responsabilité du dossier au préfet.", "fr")) == []
    assert "gouvernement" in names(run("Le syndicat attribue la responsabilité de la crise au gouvernement.", "fr"))
