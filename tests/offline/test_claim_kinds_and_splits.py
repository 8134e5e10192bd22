"""Claims: a characterisation « c'est un … », « agir » in the conditional, and the second
clauses of a reported statement (made-up sentences)."""

from __future__ import annotations

import pytest


def claims_of(result, claimant: str):
    return [c for c in result.claims if c.claimant == claimant]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « c'est un N »: what kind of thing it is, a characterisation
        ("« C'est un véritable coup dur pour les habitants », a déclaré Luc Ferrand.", "opinion"),
        ("« C'était une scène de chaos dans la rue », a raconté Luc Ferrand.", "opinion"),
        # a definite attribute identifies, it does not characterise
        ("« C'est le directeur de l'usine », a déclaré Luc Ferrand.", "factual_assertion"),
        # agir in the conditional is an act foretold; « il s'agirait de » hedges a state
        ("Luc Ferrand a affirmé que le gouvernement agirait rapidement pour les familles.", "prediction"),
        ("« Il s'agirait d'un accident de la route », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_a_characterisation_and_of_agir(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a second reported clause below the statement's head: « que A et que B », « A, car B »
        ("Luc Ferrand a expliqué que le directeur lui avait dit que l'usine fermait et que les salariés seraient reclassés.", 2),
        ("« Le maire m'a assuré que la route restait ouverte, car les travaux ont pris fin », a déclaré Luc Ferrand.", 2),
        # « alors que » the parser hangs on a noun before it
        ("« Notre ville n'a pas connu de grève importante depuis vingt ans alors que la ville voisine est le théâtre d'un conflit chaque année », a déclaré Luc Ferrand.", 2),
        # a coordinated relative and a clause set before the verb stay in their statement
        ("« C'est un voisin que je fréquente depuis vingt ans et dont j'étais le témoin de mariage », a déclaré Luc Ferrand.", 1),
        ("« Alors que les guichets sont encore ouverts, on compte déjà dix mille visiteurs », a déclaré Luc Ferrand.", 1),
    ],
)
def test_second_clauses_of_a_statement_are_claims_of_their_own(run, text, n):
    claims = claims_of(run(text, "fr"), "Luc Ferrand")
    assert len(claims) == n, [c.text for c in claims]
