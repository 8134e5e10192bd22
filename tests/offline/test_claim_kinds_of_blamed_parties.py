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
