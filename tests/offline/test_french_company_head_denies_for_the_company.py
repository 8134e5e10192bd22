"""The head of a named company who denies (« le directeur général de Solvane Énergie, Marc Délour,
rejette toute responsabilité ») answers for the company: the company stands accused, not its
head (sentences written for these tests)."""

from __future__ import annotations

from extractor.testing.results import accused_names as names


def test_the_company_of_the_denying_head_is_the_party(run):
    result = run(
        "L'association Énergie claire accuse le fournisseur Solvane Énergie d'avoir démarché des retraités à domicile. "
        "Le directeur général de Solvane Énergie, Marc Délour, rejette toute responsabilité dans ces abus.",
        "fr",
    )
    assert "Solvane Énergie" in names(result)
    assert "Marc Délour" not in names(result)


def test_the_head_of_an_unnamed_place_still_denies_for_himself(run):
    result = run(
        "Des ouvriers accusent Paul Ardent de les avoir exposés à l'amiante. "
        "Le directeur de l'usine, Paul Ardent, conteste ces accusations.",
        "fr",
    )
    assert "Paul Ardent" in names(result)
