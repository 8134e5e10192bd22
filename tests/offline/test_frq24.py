"""French quotes and speakers (round 20, lane frq24): a view phrase « Pour X, » right before a
quotation. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_view_phrase_with_a_stressed_pronoun_before_a_quotation(run):
    text = "Le délégué syndical, Marc Terrien, a défendu les grévistes. Pour lui, « la direction cache les vrais chiffres depuis des mois »."
    assert speaker_of(run(text, "fr"), "la direction cache") == "Marc Terrien"


def test_view_phrase_with_a_group_noun_before_a_quotation(run):
    text = "Pour les habitants du village, « le bruit des grues empêche tout le monde de dormir »."
    assert speaker_of(run(text, "fr"), "le bruit des grues") == "habitants du village"


def test_view_phrase_naming_no_one_gives_no_speaker(run):
    text = "Le conseil municipal a siégé lundi. Pour cette raison, « aucune décision ne sera prise avant l'automne »."
    result = run(text, "fr")
    assert all(q.speaker != "raison" for q in result.quotes)
