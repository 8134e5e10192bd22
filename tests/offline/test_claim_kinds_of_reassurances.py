"""Claim kinds: a fact given as a reassurance in an article that reports someone accused is
said against the charge, a denial (made-up articles)."""

from __future__ import annotations

import pytest

_ACCUSATION = "Le député Marc Dufour accuse Paul Vernier de favoritisme dans l'attribution des marchés. "


def _kind_of(result, opening: str) -> str:
    claim = next((c for c in result.claims if c.text.startswith(opening)), None)
    assert claim is not None, [c.text for c in result.claims]
    return claim.kind


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        # a reassurance amid a charge answers it
        (_ACCUSATION + "Son avocat assure que toutes les offres avaient été examinées par un cabinet extérieur.", "Toutes les offres", "denial"),
        # the same fact told by a plain reporting verb is a fact
        (_ACCUSATION + "Son avocat indique que toutes les offres avaient été examinées par un cabinet extérieur.", "Toutes les offres", "factual_assertion"),
        # where no one is accused, a reassurance asserts a fact
        ("Le maire Paul Roux assure que toutes les offres avaient été examinées par un cabinet extérieur.", "Toutes les offres", "factual_assertion"),
        # a reassurance of what will be keeps its own kind
        (_ACCUSATION + "Son avocat assure que son client répondra à toutes les questions des enquêteurs.", "Son client", "prediction"),
    ],
)
def test_a_reassurance_amid_a_charge_is_a_denial(run, text, opening, kind):
    assert _kind_of(run(text, "fr"), opening) == kind
