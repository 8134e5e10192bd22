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


def test_answer_of_another_party_relayed_after_ce_que_is_no_claim_of_the_speaker(run):
    result = run("Selon Paul Grimaud, le projet coûtera trois millions d'euros, ce que la préfecture conteste.", "fr")
    assert [c.text for c in result.claims] == ["Le projet coûtera trois millions d'euros."]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own answer, and what someone means to do (no report), stay claims
        "Selon Paul Grimaud, le maire a signé le permis, ce que nous contestons.",
        "Selon Paul Grimaud, la région veut éviter la fermeture de la ligne, ce que l'État entend à tout prix éviter.",
    ],
)
def test_ce_que_clause_of_the_speaker_or_without_a_report_stays_a_claim(run, text):
    assert len(run(text, "fr").claims) == 2


def test_ce_que_clause_with_a_pronoun_for_subject_relays_no_other_party():
    from extractor.engines.offline.claims import _relays_anothers_answer
    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp

    speech_verbs = get_lexicon("fr").speech_verbs
    doc = get_nlp("fr")("La ligne va fermer, ce que la préfecture conteste.")
    assert _relays_anothers_answer(doc[5:], speech_verbs)
    # (the speaker reported in the third person: « il » judges, the claim is his)
    doc = get_nlp("fr")("La ligne va fermer, ce qu'il juge inévitable.")
    assert not _relays_anothers_answer(doc[5:], speech_verbs)
