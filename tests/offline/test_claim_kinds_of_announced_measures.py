"""Claims: a measure announced by a noun is one still to come when it is new (the indefinite
article, plural too) or set by a locution of the future (« d'ici juin »); the announcement of
what was done stays a fact (made-up sentences)."""

from __future__ import annotations


def test_measures_announced_with_the_plural_indefinite_article_are_to_come(first_claim_kind):
    text = "La préfète a annoncé des contrôles renforcés sur les chantiers du port."
    assert first_claim_kind(text) == "prediction"


def test_a_measure_set_by_a_locution_of_the_future_is_to_come(first_claim_kind):
    text = "La mutuelle a annoncé la fermeture d'ici septembre de ses agences rurales."
    assert first_claim_kind(text) == "prediction"


def test_the_announcement_of_what_was_done_stays_a_fact(first_claim_kind):
    # « des » here is « de les », no article: the players' departure is reported, not planned.
    text = "Le club a annoncé le départ des deux gardiens."
    assert first_claim_kind(text) == "factual_assertion"
