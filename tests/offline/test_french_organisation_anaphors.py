"""French companies named once (« le promoteur Quarvel Immobilier », « la chaîne Tribaldo ») and
then taken up by a description (« le promoteur », « l'enseigne »): the description of an
accused or accusing party is the company the article named (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_description_takes_up_the_name_it_classified(run):
    result = run(
        "Le promoteur Quarvel Immobilier a déposé un permis de construire en mars. "
        "Le parquet reproche au promoteur d'avoir comblé un étang sans autorisation.",
        "fr",
    )
    assert names(result) == ["Quarvel Immobilier"], names(result)
    assert accusers_of(result, "Quarvel Immobilier") == ["parquet"]


def test_name_classified_by_a_trade_noun_the_recogniser_missed(run):
    result = run(
        "Des jouets défectueux étaient encore vendus dans la chaîne Tribaldo, a constaté une association. "
        "Maud Verlaine accuse l'enseigne d'avoir ignoré les rappels.",
        "fr",
    )
    assert names(result) == ["Tribaldo"], names(result)
    assert accusers_of(result, "Tribaldo") == ["Maud Verlaine"]


def test_description_alone_stays_a_description(run):
    # (no company named before: the description is the party as written)
    result = run("Les riverains accusent le promoteur d'avoir comblé un étang.", "fr")
    assert names(result) == ["promoteur"], names(result)


def test_description_set_beside_a_name_by_a_comma_is_that_name(run):
    # (not the body named before it)
    result = run(
        "La régie Eaux du Causse a été assignée par trois communes. "
        "Son directeur rejette la faute sur le prestataire d'entretien, la société Brondil, "
        "qui n'aurait pas nettoyé les canalisations.",
        "fr",
    )
    assert "Brondil" in names(result), names(result)
    assert "prestataire d'entretien" not in " ".join(a for r in result.accused if r.name != "Brondil" for a in r.aliases)


def test_description_named_with_a_comma_early_in_the_article_speaks_at_its_end(run):
    result = run(
        "La préfecture met en cause l'importateur, la société nantaise Jouvela, pour des jouets toxiques. "
        "Selon la préfecture, les analyses sont formelles. "
        "« Les jouets seront remboursés en magasin », indique l'importateur.",
        "fr",
    )
    assert [q.speaker for q in result.quotes if q.text.startswith("Les jouets")] == ["Jouvela"]


def test_company_noun_does_not_take_up_an_association_speaking(run):
    result = run(
        "La société Brondil exploite une décharge près de Rodez. "
        "L'association Ciel Clair affirme que l'entreprise a dissimulé des rejets toxiques.",
        "fr",
    )
    assert names(result) == ["Brondil"], names(result)
    assert accusers_of(result, "Brondil") == ["association Ciel Clair"]
