"""Claim kinds: judging phrases, feelings, negated characterisations, demands, a « non » that
answers, and a frame of emphasis (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # whether something is right, useful or matters: a judgement
        ("« Le maire a raison de fermer la route », a déclaré Luc Ferrand.", "opinion"),
        ("« Il ne sert à rien de punir les élèves », a déclaré Luc Ferrand.", "opinion"),
        ("« Il importe peu que le maire soit de droite », a déclaré Luc Ferrand.", "opinion"),
        ("« Le ministre n'a aucun intérêt à partir », a déclaré Luc Ferrand.", "opinion"),
        # « se sentir »: a feeling; perceiving is no feeling
        ("« Les habitants se sentent abandonnés par la mairie », a déclaré Luc Ferrand.", "opinion"),
        ("« Je sens une odeur de gaz dans la cave », a déclaré Luc Ferrand.", "factual_assertion"),
        # a negated characterisation judges, whatever its article; a figure still measures
        ("« Ce n'est pas la ville que nous voulons », a déclaré Luc Ferrand.", "opinion"),
        ("« Ce n'est pas une hausse de 3 % », a déclaré Luc Ferrand.", "factual_assertion"),
        # wanting a thing or someone's act is a demand; wanting to act oneself an intention
        ("« Nous voulons la démission du préfet », a déclaré Luc Ferrand.", "call_to_action"),
        ("« Je veux que le maire s'explique », a déclaré Luc Ferrand.", "call_to_action"),
        ("« Nous voulons ouvrir une piste », a déclaré Luc Ferrand.", "prediction"),
        # a statement that answers no
        ("« Non, cette réunion n'a pas eu lieu », a déclaré Luc Ferrand.", "denial"),
        # « tenir à » only stresses the act the infinitive says
        ("« Je tiens à saluer le travail formidable des pompiers », a déclaré Luc Ferrand.", "opinion"),
    ],
)
def test_kind_of_judgements_feelings_demands_and_answers(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an adjective the parser hangs from its subject, with its own copula, is the predicate
        ("« Chaque retard de ce genre dans une crèche est très sérieux », a déclaré Luc Ferrand.", "opinion"),
        # aller vers: where things are heading; having gone somewhere is a fact
        ("« Si les pluies persistent, nous allons vers une récolte perdue », a déclaré Luc Ferrand.", "prediction"),
        ("« Il est allé vers la sortie », a déclaré Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_a_misparsed_attribute_and_of_heading_towards(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a poll figure measures who supports; a speaker's own support is a stance
        ("« 58 % des habitants soutiennent le projet de tramway », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Nous soutenons le projet de tramway », a déclaré Luc Ferrand.", "opinion"),
        # wanting to say something is no intention: what is said gives the kind
        ("« Je souhaite rappeler que la piscine a rouvert en avril », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Je tiens à préciser que la route restera fermée », a déclaré Luc Ferrand.", "prediction"),
    ],
)
def test_kind_of_a_poll_and_of_a_frame_of_saying(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a modal in a past tense tells what was required then, no call; in the present it calls
        ("« Les ouvriers devaient travailler la nuit sur le chantier », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Le gardien aurait dû verrouiller la serre avant minuit », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« Il fallait attendre les secours », a déclaré Luc Ferrand.", "factual_assertion"),
        ("« La région doit fermer la centrale », a déclaré Luc Ferrand.", "call_to_action"),
        # the imperative tells the audience what to do, whatever its verb or object says
        ("« Ne jugez pas ce verger à sa floraison, jugez-le à sa récolte », a déclaré Luc Ferrand.", "call_to_action"),
        ("« Faites votre travail au lieu de répandre des calomnies », a répondu Luc Ferrand.", "call_to_action"),
        ("« Signez la pétition », a déclaré Luc Ferrand.", "call_to_action"),
        ("« Vous avez menti aux électeurs », a déclaré Luc Ferrand.", "accusation"),
        # the speaker's own call verb, which the lemmatizer leaves as it is (« demande », « invite »)
        ("« On demande aux habitants de fermer leurs volets », a expliqué Luc Ferrand.", "call_to_action"),
        ("La directrice « invite les parents à inscrire leurs enfants avant vendredi ».", "call_to_action"),
        ("« Maintenant que le musée a rouvert, nous sommes en quête de nouveaux bénévoles », a déclaré Luc Ferrand.", "factual_assertion"),
        # wanting that something be done demands it, whoever wants it; not a refusal
        ("« Le maire souhaite que la taxe soit supprimée », a affirmé Luc Ferrand.", "call_to_action"),
        ("« Nous voulons que l'usine reste ouverte », a affirmé Luc Ferrand.", "call_to_action"),
        ("« Je ne veux pas que la taxe soit supprimée », a affirmé Luc Ferrand.", "factual_assertion"),
    ],
)
def test_kind_of_past_modals_imperatives_and_wants(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what another party « prétend », cited to be set right, is denied
        ("« La hauteur de la digue n'est pas de 12 mètres, comme le prétend la brochure, mais de 9 mètres », a précisé Luc Ferrand.", "denial"),
        ("« Quant à la digue dont la brochure prétend qu'elle a été bâtie en 1950, elle l'a été en 1972 », a précisé Luc Ferrand.", "denial"),
        # the speaker's own « prétendre », or the cue, denies nothing
        ("« Je ne prétends pas tout savoir sur ce dossier », a déclaré Luc Ferrand.", "factual_assertion"),
        ("Luc Ferrand prétend que la digue a été bâtie en 1950.", "factual_assertion"),
    ],
)
def test_kind_of_a_claim_cited_as_pretended(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    "text",
    [
        # bigotry and the undermining of institutions are wrongs, like racism or homophobia
        "« Le chroniqueur a publié un billet islamophobe », a déclaré Luc Ferrand.",
        "« Cette manœuvre du bureau du club est anti-démocratique », a déclaré Luc Ferrand.",
        "« Les rebelles cherchent à déstabiliser le pays », a déclaré Luc Ferrand.",
    ],
)
def test_kind_of_bigotry_and_destabilisation(run, text):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == "accusation", (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « estimer à N » puts a figure on its object: an estimate reports a fact
        ("L'office des forêts estime à 70 hectares la surface de pins abattus par la tempête de mardi.", "factual_assertion"),
        ("L'office des forêts a estimé à 70 hectares la surface de pins abattus par la tempête de mardi.", "factual_assertion"),
        ("Luc Ferrand estime que la réforme est injuste.", "opinion"),
    ],
)
def test_kind_of_an_estimate_put_on_the_object(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


def test_kind_of_a_sentence_required_by_the_prosecution(run):
    # « requérir » a sentence: the prosecution demands it of the court, a call to action
    result = run("Le parquet a requis trois ans de prison contre l'ancien maire.", "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == "call_to_action", (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « être le fait de » someone lays what happened at their door
        ("« Ces tags sont le fait de deux adolescents du quartier », a indiqué Luc Ferrand.", "accusation"),
        ("« Les dégradations sont le fait de casseurs venus de l'extérieur », a indiqué Luc Ferrand.", "accusation"),
        # negated it blames nobody; « un fait » is a fact
        ("« Ce n'est pas le fait du hasard », a indiqué Luc Ferrand.", "opinion"),
    ],
)
def test_kind_of_what_is_the_doing_of_someone(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the verb that opens the claim, without a subject of its own, is the act performed
        ("La cheffe de chœur a dit regretter que le concert de Noël n'ait pas été enregistré.", "opinion"),
        ("Le sénateur a déclaré craindre que la grève ne paralyse le pays.", "prediction"),
        # one with its own subject is someone else's act, reported
        ("Le sénateur a expliqué que la procédure aurait exigé qu'il apporte la preuve de ses dires.", "factual_assertion"),
    ],
)
def test_kind_given_by_the_verb_that_opens_the_claim(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)
