"""Words of arrest, charge and crime that have an everyday sense which accuses no one: the
construction around them tells the two apart. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from extractor import extract


def _accused(text: str) -> dict[str, list[str]]:
    return {party.name: party.accusers for party in extract(text, language="fr").accused}


@pytest.mark.parametrize(
    "text",
    [
        "La sénatrice a été interpellée par des agriculteurs en colère à la sortie du salon.",
        "Le député Paul Garnier a interpellé le ministre sur le prix des engrais.",
        "Interpellé par des habitants, le maire a promis une réunion publique.",
    ],
)
def test_interpeller_by_people_is_a_question_put_not_an_arrest(text: str) -> None:
    assert _accused(text) == {}


def test_interpeller_by_the_police_or_without_a_doer_stays_an_arrest() -> None:
    assert "trésorier" in " ".join(_accused("Le trésorier du club a été interpellé par les gendarmes jeudi."))
    assert _accused("Les policiers ont interpellé le conducteur après la course-poursuite.")
    assert _accused("L'adjoint au maire a été interpellé lundi pour détournement de fonds.")


@pytest.mark.parametrize(
    "text",
    [
        "Les deux techniciens sont responsables de la maintenance des ascenseurs.",
        "Depuis mars, elle est responsable du service de presse de la mairie.",
        "Le préfet est responsable d'organiser l'évacuation des campings.",
    ],
)
def test_responsible_for_a_domain_or_a_task_is_in_charge(text: str) -> None:
    assert _accused(text) == {}


def test_responsible_for_a_wrong_still_accuses() -> None:
    assert _accused("Selon l'opposition, le gouvernement est responsable de la pénurie.")
    assert _accused("Pour l'enquêtrice, le gérant est responsable d'avoir falsifié les relevés.")


def test_the_de_complement_of_a_repression_names_its_victims() -> None:
    accused = _accused("La fédération a dénoncé la répression des grévistes par la direction de l'usine.")
    assert not any("grévistes" in name for name in accused)
    assert any("direction" in name for name in accused)
