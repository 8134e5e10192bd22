"""The relative « dont » that opens the phrase of a party (« le centre équestre, dont le gérant
est en garde à vue ») is no part of the party's name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from extractor.testing.results import accused_names as names


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Au total, dix-huit chevaux et ânes ont été retirés jeudi au centre équestre des Prés-Fleuris, à Vernay-sur-Loir "
            "(Indre), dont le gérant se trouve en garde à vue pour sévices graves envers des animaux, a indiqué vendredi le parquet de Blois.",
            "gérant",
        ),
        (
            "Douze chiens ont été retirés mardi à l'élevage des Trois-Chênes, à Morlange (Moselle), dont la propriétaire se trouve "
            "en garde à vue pour mauvais traitements, a indiqué le parquet de Metz.",
            "propriétaire",
        ),
    ],
)
def test_the_party_after_dont_is_named_without_it(run, text, party):
    found = names(run(text, "fr"))
    assert party in found
    assert not any(name.startswith("dont") for name in found)


def test_a_party_named_before_dont_keeps_its_name(run):
    result = run("Le parquet de Blois accuse la société Norvel Élevage, dont le siège est à Tours, de tromperie.", "fr")
    assert not any(name.startswith("dont") for name in names(result))
    assert any("Norvel" in name for name in names(result))
