"""Claims: a demand made by writing « pour exiger … », the speaker's reticence after « sans »,
and the speaker of a state one says one is in « par » a cause (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # a present infinitive of demand that opens the claim is the act the speaker performs
        "La conseillère Anne Vidal a écrit au directeur pour exiger le retrait du projet.",
        "Le maire Jean Roux a écrit à la préfète pour demander la réouverture de la gare.",
    ],
)
def test_demand_in_the_infinitive_opening_the_claim_is_a_call(first_claim_kind, text):
    assert first_claim_kind(text) == "call_to_action"


def test_bare_infinitive_taken_up_by_a_judgement_is_no_call(first_claim_kind):
    # (the demand is what the speaker judges, not what the speaker makes)
    text = "« Réclamer des amendes à des familles qui ont tout perdu, c'est indécent », a déclaré la locataire Anne Vidal."
    assert first_claim_kind(text) != "call_to_action"


def test_demand_in_the_perfect_infinitive_tells_of_a_past_act(first_claim_kind):
    assert first_claim_kind("Le maire Jean Roux a indiqué avoir demandé des explications écrites à la société.") == "factual_assertion"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker holds back details: nothing due is missing, though someone is accused
        "Le parquet accuse le maire Jean Roux de corruption. La préfecture a confirmé avoir reçu la plainte, sans autre commentaire.",
        "Le parquet accuse le maire Jean Roux de corruption. La préfecture a confirmé avoir reçu la plainte, sans en préciser la date.",
    ],
)
def test_reticence_after_sans_is_no_charge(run, text):
    assert run(text, "fr").claims[-1].kind == "factual_assertion"


def test_something_done_without_what_was_due_still_accuses(run):
    text = "Le parquet accuse le maire Jean Roux de corruption. Selon la préfecture, le permis a été signé sans aucune étude."
    assert run(text, "fr").claims[-1].kind == "accusation"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronominal « se dire »: its subject speaks, the « par » phrase is the cause
        ("Le maire s'est dit « abasourdi » par la décision du conseil.", "maire"),
        ("La directrice Claire Dumas s'est dite « révoltée » par le choix du ministère.", "Claire Dumas"),
    ],
)
def test_speaker_of_a_state_said_with_its_cause(run, text, speaker):
    result = run(text, "fr")
    assert [c.claimant for c in result.claims] == [speaker]


def test_agent_of_a_passive_label_still_speaks(run):
    result = run("La réforme, qualifiée de « recul » par la CGT, a été votée.", "fr")
    assert [q.speaker for q in result.quotes] == ["CGT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a step considered, with the step for object, is what may come next
        ("Le maire Jean Roux dit envisager un recours devant le tribunal.", "prediction"),
        ("Selon la ministre Anne Vidal, la préfecture envisage une fermeture du site.", "prediction"),
        # ruled out in the passive: a fact
        ("Selon la ministre Anne Vidal, aucune fermeture n'est envisagée.", "factual_assertion"),
    ],
)
def test_kind_of_a_step_considered(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


def test_demand_threatened_keeps_the_kind_of_its_cue(run):
    # (« menace de »: what is threatened is foretold, not a call the speaker makes)
    text = "Dix maires l'ont adoptée, selon l'association Terres Vives, qui menace d'appeler les habitants à clôturer leurs comptes."
    assert [c.kind for c in run(text, "fr").claims if c.text.startswith("Appeler")] == ["prediction"]


def test_state_said_without_its_cause_has_the_subject_for_speaker(run):
    result = run("Le maire de Vaunac, Paul Grimaud, s'est dit « bouleversé » et a demandé une enquête.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes if q.text == "bouleversé"] == [("bouleversé", "Paul Grimaud")]


def test_quotation_after_a_pronominal_verb_that_it_does_not_complete_is_not_its_speech(run):
    result = run("Jeudi, Paul Grimaud s'est défendu lors de « L'Émission politique ». Il a reconnu une erreur.", "fr")
    assert all("Émission" not in q.text for q in result.quotes)
