"""French accusers (accused_by) of an accusing verb inside a reported statement: the source that
reports the accusation and the subject the verb names both accuse; one party under two names is
one record (invented sentences)."""

from __future__ import annotations

from extractor.engines.offline.accusations import _names_one_party


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


# One party under two names (`_one_party_under_two_names`): one record, accused by the accusers of both.


def accused_names(result) -> list[str]:
    return [a.name for a in result.accused]


def test_a_proper_name_and_the_description_before_it_are_one_party(run):
    result = run(
        "La Commission européenne a infligé une amende au fabricant néerlandais de terminaux Veltrana, accusé d'avoir "
        "verrouillé le marché. Selon un concurrent, Veltrana aurait menacé ses clients.",
        "fr",
    )
    assert [n for n in accused_names(result) if "Veltrana" in n] == ["Veltrana"]
    assert sorted(accuser_names(result, "Veltrana")) == ["Commission européenne", "concurrent"]


def test_a_name_and_the_complement_of_another_are_two_parties():
    # « le fils de Paul Roy » is someone else than Paul Roy.
    assert not _names_one_party("paul roy", "fils de paul roy", proper=True)
    assert _names_one_party("paul roy", "directeur paul roy", proper=True)


def test_a_common_noun_before_a_name_is_not_the_name():
    # (only a proper name is what a description before it names)
    assert not _names_one_party("club", "ancien club", proper=False)
    assert _names_one_party("homme", "homme de 34 ans", proper=False)


def test_a_name_two_records_extend_is_left_alone(run):
    result = run(
        "La Corée du Nord est accusée de provocation par la Corée du Sud. La Corée du Sud est accusée d'espionnage "
        "par la Corée du Nord.",
        "fr",
    )
    assert len(result.accused) == 2


def test_a_counted_part_of_a_group_is_not_the_group(run):
    result = run(
        "Les Bonnets rouges sont accusés de violences par le maire. Jeudi, deux Bonnets ont été condamnés par le "
        "tribunal de Quimper.",
        "fr",
    )
    assert sorted(accused_names(result)) == ["Bonnets", "Bonnets rouges"]
