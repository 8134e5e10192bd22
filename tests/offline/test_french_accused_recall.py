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
