"""French accusers (accused_by): who accuses a party, and who only tells of it."""

from __future__ import annotations


def accuser_names(result, party: str) -> list[str]:
    """The names of the accusers of the party whose name contains ``party``."""
    record = next((a for a in result.accused if party in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    return record.accusers


def test_a_source_telling_only_of_the_suspect_does_not_accuse_him(run):
    result = run("Le suspect a été interpellé lundi. D'après un voisin, le suspect avait dormi dans sa camionnette.", "fr")
    assert accuser_names(result, "suspect") == []


def test_a_source_telling_of_the_suspect_adds_nothing_to_the_prosecutor(run):
    result = run(
        "Un homme a été inculpé d'incendie volontaire par le parquet de Brest. Selon un collègue, le suspect avait quitté l'atelier avant midi.",
        "fr",
    )
    assert accuser_names(result, "homme") == ["parquet de Brest"]


def test_a_source_naming_the_suspect_accuses_him(run):
    result = run("Les gendarmes cherchent un homme après le cambriolage. Selon un quotidien régional, le suspect se nommerait Hugo Lemaire.", "fr")
    assert accuser_names(result, "suspect") == ["quotidien régional"]


def test_someone_heard_over_a_charge_is_accused_by_who_hears_him(run):
    result = run("Le maire est entendu pour soupçons de corruption par le parquet de Rennes.", "fr")
    assert accuser_names(result, "maire") == ["parquet de Rennes"]


def test_a_witness_heard_by_investigators_is_accused_of_nothing(run):
    result = run("Les collègues du comptable ont été entendus par les enquêteurs mardi.", "fr")
    assert not any("collègues" in a.name for a in result.accused)


def test_the_source_after_the_agent_is_not_part_of_the_accuser(run):
    result = run("Le maire a été mis en examen pour corruption par la brigade financière d'après un hebdomadaire local.", "fr")
    assert accuser_names(result, "maire")[0] == "brigade financière"
