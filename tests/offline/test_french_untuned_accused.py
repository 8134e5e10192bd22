"""French accused parties in constructions of untuned news: a blaming verb the parser hung on
its subject, insults as predicates of a statement, passives whose « être » is read as a copula,
two groups of unnamed people arrested in one article."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def accused(result):
    return {a.name: a for a in result.accused}


def test_present_tense_reproach_hung_on_its_subject(run):
    result = run("Le syndicat reproche à la direction de ne pas avoir consulté les salariés.", "fr")
    record = next((a for n, a in accused(result).items() if "direction" in n), None)
    assert record is not None and record.accusers == ["syndicat"], names(result)


def test_reproach_party_stops_before_what_is_reproached(run):
    result = run("Le collectif reproche au directeur son silence.", "fr")
    assert any("directeur" in n for n in names(result)) and not any("silence" in n for n in names(result)), names(result)


def test_insult_as_predicate_of_a_reported_statement(run):
    result = run("« Ces dirigeants sont des escrocs », a déclaré la syndicaliste Anne Roy.", "fr")
    assert any("dirigeants" in n for n in names(result)), names(result)


def test_all_of_them_insulted_through_tous(run):
    result = run("Un militant aurait affirmé que les élus étaient tous des guignols.", "fr")
    assert any("élus" in n for n in names(result)), names(result)


def test_participle_after_a_copula_is_a_passive(run):
    # (the parser reads « étaient » as a copula here)
    result = run("Des lycéens ont été arrêtés et des dizaines de parents se sont rassemblés devant le Tribunal où trois surveillants du collège étaient toujours gardés à vue.", "fr")
    assert any("surveillants" in n for n in names(result)), names(result)


def test_two_unnamed_groups_arrested_are_two_parties(run):
    result = run("Plusieurs personnes ont été interpellées pour des pillages samedi. Six fonctionnaires étaient gardés à vue pour corruption.", "fr")
    assert any("personnes" in n for n in names(result)) and any("fonctionnaires" in n for n in names(result)), names(result)


def test_owner_of_a_denounced_act_in_a_complement_hung_on_the_verb(run):
    result = run("La ministre a condamné l'appel à la violence de Paul Martin.", "fr")
    record = accused(result).get("Paul Martin")
    assert record is not None and record.accusers == ["ministre"], names(result)
