"""Claims: a state of shock one says one is in, and another party's answer the writer relays
after « ce que » (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a word of shock or grief for one's own state voices a feeling
        ("Le maire Paul Grimaud s'est dit « abasourdi » par la décision du conseil.", "opinion"),
        ("« Je suis anéanti », a déclaré Paul Grimaud.", "opinion"),
        ("La directrice Claire Dumas s'est dite « dévastée » après l'incendie.", "opinion"),
    ],
)
def test_kind_of_a_felt_state(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind
