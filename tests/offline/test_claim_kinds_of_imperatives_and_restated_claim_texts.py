"""Claim kinds read from the content (clefts, imperatives, calls to action) and claim texts
that read as sentences (participle cues restated, circumstances without a main clause) (made-up
sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a cleft singles out a definite thing: the relative says what is claimed of it
        ("« C'est le vote des adhérents qui décidera de notre avenir », a déclaré Luc Ferrand.", "prediction"),
        ("« C'est cette réforme que les électeurs regretteront demain », a déclaré Luc Ferrand.", "prediction"),
        ("« C'est son frère qui devra payer la facture », a déclaré Luc Ferrand.", "call_to_action"),
        ("« C'est la direction qui a fermé l'usine », a déclaré Luc Ferrand.", "factual_assertion"),
        # a characterisation with an indefinite is no cleft
        ("« C'est un projet qui coûtera cher », a déclaré Luc Ferrand.", "opinion"),
    ],
)
def test_a_cleft_takes_the_kind_of_its_relative(first_claim_kind, text, kind):
    assert first_claim_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "« Nous devons nous assurer que les enfants mangent à leur faim », a déclaré Luc Ferrand.",
        "« On doit s'assurer que personne ne reste sans abri cet hiver », a déclaré Luc Ferrand.",
    ],
)
def test_a_verb_under_a_modal_of_obligation_is_no_first_person_frame(run, text):
    claim = run(text, "fr").claims[0]
    assert claim.kind == "call_to_action"
    assert claim.text.split()[1] in ("devons", "doit"), claim.text


def test_a_belief_frame_is_still_left_out(run):
    claim = run("« Je veux croire que les écoles resteront ouvertes », a déclaré Luc Ferrand.", "fr").claims[0]
    assert claim.text == "Les écoles resteront ouvertes."


@pytest.mark.parametrize(
    "text",
    [
        # a first person plural, negated, with an object
        "« Ne baissons jamais les bras face aux menaces des fraudeurs », a déclaré Luc Ferrand.",
        "« Protégeons nos enfants des écrans », a déclaré Luc Ferrand.",
        # a second person singular of a first-group verb has the form of a third person
        "« Continue le combat pour nous », a écrit Luc Ferrand.",
        # a second person plural with a pronoun before it
        "« N'y allez pas seuls », a conseillé Luc Ferrand.",
        # speech a colon introduces, without a capital letter
        "Luc Ferrand a écrit sur son blog : ne cédons jamais à la peur face aux menaces.",
    ],
)
def test_a_sentence_opening_with_an_imperative_calls_to_action(first_claim_kind, text):
    assert first_claim_kind(text) == "call_to_action"


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun before the verb is its subject
        "« Nous avons gagné ce match hier soir », a déclaré Luc Ferrand.",
        # a fragment inside a sentence, its subject outside the quotation
        "Luc Ferrand a dit que la ville « continue le combat ».",
        # « reste que … » is a set phrase with its clause
        "« Reste que le budget est trop faible », a déclaré Luc Ferrand.",
    ],
)
def test_no_imperative_without_a_verb_opening_its_sentence(first_claim_kind, text):
    assert first_claim_kind(text) != "call_to_action"


@pytest.mark.parametrize(
    "text",
    [
        "Vers midi, des militants ont défilé dans la rue en criant « Dupont démission ».",
        "Des militants lui ont lancé des tomates et crié « Dupont en prison » devant la mairie.",
        "Les supporters ont chanté « Martin au pouvoir » pendant tout le meeting.",
    ],
)
def test_a_chanted_name_with_what_is_wanted_of_them_calls_to_action(first_claim_kind, text):
    assert first_claim_kind(text) == "call_to_action"


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("Luc Ferrand a annoncé la fermeture de l'usine de Lille.", "La fermeture de l'usine de Lille est annoncée."),
        ("Le syndicat a dénoncé les conditions de travail imposées aux livreurs.", "Les conditions de travail imposées aux livreurs sont dénoncées."),
        ("Le ministre a accusé les opposants de mentir sur les chiffres.", "Les opposants sont accusés de mentir sur les chiffres."),
        ("La maire a appelé les habitants à rester chez eux.", "Les habitants sont appelés à rester chez eux."),
        ("La direction a reconnu sa responsabilité et ses erreurs dans la panne.", "Sa responsabilité et ses erreurs dans la panne sont reconnues."),
        ("Le syndicat a annoncé le licenciement du directeur et de son adjoint.", "Le licenciement du directeur et de son adjoint est annoncé."),
        # the complement of the noun stays with it
        ("Les avocats ont annoncé leur volonté de faire appel de la décision.", "Leur volonté de faire appel de la décision est annoncée."),
    ],
)
def test_a_participle_cue_with_its_object_is_restated_in_the_passive(run, text, claim_text):
    assert run(text, "fr").claims[0].text == claim_text


def test_a_date_after_the_participle_is_no_object_to_restate(run):
    claim = run("La mairie a confirmé mardi qu'elle fermerait la piscine.", "fr").claims[0]
    assert "est confirmé" not in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "« Le projet avance bien. Au moment où le chantier s'achève. », a déclaré Luc Ferrand.",
        "« Nous avons voté contre. Pour que chacun paie sa part. », a déclaré Luc Ferrand.",
        "« Nous avons voté contre. Après ce qui est arrivé à notre voisin. », a déclaré Luc Ferrand.",
    ],
)
def test_a_circumstance_without_a_main_clause_is_no_claim_of_its_own(run, text):
    assert len(run(text, "fr").claims) == 1


@pytest.mark.parametrize(
    "text",
    [
        "« Le projet avance bien. Au moment où le chantier s'achève, tout le monde est content. », a déclaré Luc Ferrand.",
        "« Nous avons voté contre. Après avoir lu le texte, nous avons changé d'avis. », a déclaré Luc Ferrand.",
        "« Nous avons voté contre. En 2010, nous avions voté pour. », a déclaré Luc Ferrand.",
    ],
)
def test_a_circumstance_with_its_main_clause_stays_a_claim(run, text):
    assert len(run(text, "fr").claims) == 2


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("Le préfet a demandé aux riverains de fermer leurs fenêtres.", "Il est demandé aux riverains de fermer leurs fenêtres."),
        ("Le médecin a recommandé de boire beaucoup d'eau pendant la canicule.", "Il est recommandé de boire beaucoup d'eau pendant la canicule."),
    ],
)
def test_a_participle_of_demanding_with_its_infinitive_is_restated_impersonally(run, text, claim_text):
    assert run(text, "fr").claims[0].text == claim_text


def test_a_participle_with_a_bare_infinitive_is_left_as_it_is(run):
    # (« démentir avoir … » has no impersonal passive)
    claim = run("Le club a démenti avoir recruté un nouvel entraîneur.", "fr").claims[0]
    assert not claim.text.startswith("Il est")
