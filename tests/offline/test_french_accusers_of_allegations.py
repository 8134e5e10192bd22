"""French accusers (accused_by): who opens the legal act a party is subject to, and the sources
that allege something of a party someone else accuses already."""

from __future__ import annotations


def accuser_names(result, party: str) -> list[str]:
    """The names of the accusers of the party whose name contains ``party``."""
    record = next((a for a in result.accused if party in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    return record.accusers


def test_who_opens_the_inquiry_a_party_is_subject_of_accuses_it(run):
    result = run("Paul Roy faisait l'objet d'une enquête du parquet de Lyon pour fraude.", "fr")
    assert accuser_names(result, "Paul Roy") == ["parquet de Lyon"]


def test_who_files_the_complaint_accuses_too(run):
    result = run("Paul Roy fait l'objet d'une plainte de sa voisine pour harcèlement.", "fr")
    assert accuser_names(result, "Paul Roy") == ["voisine"]


def test_an_inquiry_of_a_kind_names_no_accuser(run):
    # « de grande ampleur » says what the inquiry is like, not who leads it.
    result = run("Paul Roy fait l'objet d'une enquête de grande ampleur.", "fr")
    assert accuser_names(result, "Paul Roy") == []


def test_a_source_alleging_more_of_an_accused_party_accuses_it_too(run):
    result = run(
        "Paul Roy a été condamné pour fraude par le tribunal de Lyon. D'après sa voisine, il a aussi volé une voiture.",
        "fr",
    )
    assert accuser_names(result, "Paul Roy") == ["tribunal de Lyon", "voisine"]


def test_a_source_that_only_names_an_accused_party_does_not_accuse_it(run):
    # The party is no subject of the poll's statement: the poll alleges nothing of it.
    result = run(
        "Le maire Paul Roy a été accusé de favoritisme par l'opposition. Selon un sondage, 60 % des habitants soutiennent Paul Roy.",
        "fr",
    )
    assert accuser_names(result, "Paul Roy") == ["opposition"]


def test_a_source_alleging_a_deed_in_the_conditional_accuses(run):
    result = run(
        "Le maire Paul Roy a été accusé de favoritisme par l'opposition. Selon le journal Le Matin, Paul Roy aurait aussi employé son fils.",
        "fr",
    )
    assert accuser_names(result, "Paul Roy") == ["opposition", "journal Le Matin"]


def test_an_opinion_introduced_by_pour_alleges_nothing(run):
    # « Pour X, … » gives X's view of the party, not hearsay about what it did.
    result = run(
        "Le maire Paul Roy a été accusé de favoritisme par l'opposition. Pour ses partisans, Paul Roy serait un homme intègre.",
        "fr",
    )
    assert accuser_names(result, "Paul Roy") == ["opposition"]


def test_a_party_named_inside_the_subject_is_not_what_it_alleges_of(run):
    # The subject is the car, not the party who bought it.
    result = run(
        "Le maire Paul Roy a été accusé de favoritisme par l'opposition. Selon le journal Le Matin, la voiture achetée par Paul Roy aurait coûté cher.",
        "fr",
    )
    assert accuser_names(result, "Paul Roy") == ["opposition"]
