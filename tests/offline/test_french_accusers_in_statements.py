"""French accusers (accused_by) of an accusing verb inside a reported statement: the source that
reports the accusation and the subject the verb names both accuse (invented sentences)."""

from __future__ import annotations


def accuser_names(result, party: str) -> list[str]:
    """The names of the accusers of the party whose name contains ``party``."""
    record = next((a for a in result.accused if party in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    return record.accusers


def test_the_subject_of_an_accusation_a_paper_reveals_accuses_beside_the_paper(run):
    result = run("Trois anciennes joueuses accusent l'entraîneur Paul Roy de harcèlement, révèle mercredi le quotidien Le Matin.", "fr")
    assert accuser_names(result, "Paul Roy") == ["quotidien", "Trois anciennes joueuses"]


def test_the_subject_of_an_accusation_told_after_selon_accuses_beside_the_source(run):
    result = run("Selon le journal Le Matin, les syndicats accusent la direction de Renault de mensonge.", "fr")
    assert accuser_names(result, "direction de Renault") == ["journal Le Matin", "syndicats"]


def test_a_pronoun_subject_in_a_quote_adds_no_accuser(run):
    # « ils » names no one the statement names: the speaker alone.
    result = run("« Ils accusent la direction de mensonge », a déclaré Paul Roy.", "fr")
    assert accuser_names(result, "direction") == ["Paul Roy"]


def test_an_accusation_outside_any_statement_is_its_subjects_alone(run):
    result = run("Les syndicats accusent la direction de Renault de mensonge.", "fr")
    assert accuser_names(result, "direction de Renault") == ["syndicats"]


def test_a_passive_accusation_in_a_statement_keeps_its_source_alone(run):
    # No subject accuses in the passive: the party is what the verb's subject is.
    result = run("Selon le journal Le Matin, le directeur Paul Roy est accusé de mensonge.", "fr")
    assert accuser_names(result, "Paul Roy") == ["journal Le Matin"]

