"""French day-log entries (« Vers 9h30, X, rôle, annonce que … »): the subject the parse hangs on
the fronted time, and the « il » of the entries after it. Made-up sentences."""

from __future__ import annotations

_BEFORE = (
    "Vers 8h00, des élèves du lycée Victor Hugo ont bloqué l'entrée de l'établissement. "
    "Une voiture a brûlé devant le lycée. "
)


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_pronoun_after_a_log_entry_whose_subordinate_il_is_the_named_subject(run):
    # The name is parsed as a conjunct of « 9h30 », so the sentence has no parsed subject but its
    # own subordinate « qu'il a reçues »: that « il » is the name's, and so is the next sentence's.
    text = _BEFORE + (
        "Vers 9h30 puis à 11h00, Paul Durand, militant de Gironde, annonce que les lettres qu'il a reçues "
        "l'empêchent de rencontrer Marc Lenoir à Bercy lundi. "
        "Il le regrette, mais il n'a pas peur : « nous continuerons à manifester »."
    )
    assert speaker_of(run(text, "fr"), "nous continuerons") == "Paul Durand"


def test_long_apposition_between_a_log_entry_name_and_its_verb(run):
    # A description of twenty words between the name and « annonce » still leaves the name subject.
    text = _BEFORE + (
        "Vers 9h30 puis à 11h00, Paul Durand, militant « modéré » de Gironde et fondateur du collectif "
        "« routes libres » et de l'association « Cerise », annonce que les militants de Marc Lenoir "
        "bloqueront Bercy lundi."
    )
    assert speaker_of(run(text, "fr"), "les militants de Marc Lenoir") == "Paul Durand"
