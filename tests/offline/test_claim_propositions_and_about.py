"""Claims: what the `about` list names and how a statement is cut into propositions (made-up
sentences)."""

from __future__ import annotations


def claims_of(result, claimant: str):
    return [c for c in result.claims if c.claimant == claimant]


def test_topic_noun_is_named_by_the_entity_it_heads(run):
    # The article names « la Tapisserie de Valmont » once, then « la tapisserie »: the claim is
    # about the named thing, not the bare noun.
    text = (
        "La Tapisserie de Valmont sera prêtée à la Belgique. La tapisserie quittera la ville en mai. "
        "La tapisserie sera exposée à Liège. Les conservateurs ont préparé la tapisserie pendant un an. "
        "« Les dégâts sont importants », a déclaré le conservateur Paul Léger."
    )
    [claim] = claims_of(run(text, "fr"), "Paul Léger")
    assert "Tapisserie de Valmont" in claim.about, claim.about
    assert "tapisserie" not in claim.about
