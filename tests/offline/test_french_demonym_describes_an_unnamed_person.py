"""A capitalised word of origin after an indefinite article (« un Portugais de 33 ans ») describes
a person and names no one: the party goes by the whole description, as « un homme de 33 ans »
would (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names


def test_a_person_described_by_origin_goes_by_the_whole_description(run):
    result = run(
        "Un Portugais de 33 ans, soupçonné d'avoir volé des câbles de cuivre sur la voie ferrée, a été mis en examen, "
        "a indiqué le parquet de Tours.",
        "fr",
    )
    assert "Portugais de 33 ans" in names(result)
    assert "Portugais" not in names(result)


def test_a_name_with_a_description_in_apposition_keeps_the_name(run):
    assert "Marc Portal" in names(run("Marc Portal, un ancien élu, a été mis en examen pour corruption.", "fr"))
