"""Claim kinds: what a party did, told by the speaker who accuses that party elsewhere in the
article, is the accusation's matter, not a neutral fact (made-up articles)."""

from __future__ import annotations

import pytest

_ACCUSATION = "Le député Marc Dufour accuse Paul Vernier de favoritisme dans l'attribution des marchés. "


def _kind_of(result, opening: str) -> str:
    claim = next((c for c in result.claims if c.text.startswith(opening)), None)
    assert claim is not None, [c.text for c in result.claims]
    return claim.kind


@pytest.mark.parametrize(
    ("statement", "opening", "kind"),
    [
        # the accused party's act, told by its accuser, in the active voice: the blame's matter
        ("« Vernier a signé trois contrats avec la société de son beau-frère », a ajouté Marc Dufour.", "Vernier", "accusation"),
        ("« Paul Vernier a reçu 40 000 euros de cette entreprise en 2022 », a ajouté le député.", "Paul Vernier", "accusation"),
        # what happened to the party (a passive) is no act of theirs
        ("« Paul Vernier a été entendu par les enquêteurs mardi », a ajouté Marc Dufour.", "Paul Vernier", "factual_assertion"),
        # told in the negative, it is as often the speaker answering the other side
        ("« Vernier n'a présenté aucun document », a ajouté Marc Dufour.", "Vernier", "factual_assertion"),
        # nor is the speaker's own act
        ("« Nous avons signé trois contrats avec Vernier », a ajouté Marc Dufour.", "Nous", "factual_assertion"),
    ],
)
def test_a_blamed_party_acting_told_by_its_accuser(run, statement, opening, kind):
    result = run(_ACCUSATION + statement, "fr")
    assert _kind_of(result, opening) == kind


def test_the_same_act_told_by_someone_who_accuses_no_one_is_a_fact(run):
    text = "Paul Vernier dirige l'agence depuis 2019. « Vernier a signé trois contrats en mars », a indiqué la préfecture."
    assert _kind_of(run(text, "fr"), "Vernier") == "factual_assertion"


_INSTITUTION_ACCUSED = "Le député Marc Dufour accuse la préfecture de négligence dans la surveillance de l'usine. "


@pytest.mark.parametrize(
    ("statement", "opening", "kind"),
    [
        # an institution its accuser names by its common noun: the act is the blame's matter too
        ("« La préfecture a ignoré une dizaine de signalements », a ajouté Marc Dufour.", "La préfecture", "accusation"),
        # what happened to it is no act of its own
        ("« La préfecture a été prévenue en mars », a ajouté Marc Dufour.", "La préfecture", "factual_assertion"),
        # a person by a common noun is not an institution: « l'homme » may be anyone
        ("« L'homme a signé trois contrats en mars », a ajouté Marc Dufour.", "L'homme", "factual_assertion"),
    ],
)
def test_an_accused_institution_acting_told_by_its_accuser(run, statement, opening, kind):
    result = run(_INSTITUTION_ACCUSED + statement, "fr")
    assert _kind_of(result, opening) == kind


def test_an_institution_acting_told_by_someone_who_accuses_it_nowhere_is_a_fact(run):
    text = "La préfecture gère le dossier. « La préfecture a signé trois arrêtés en mars », a indiqué Paul Roy."
    assert _kind_of(run(text, "fr"), "La préfecture") == "factual_assertion"
