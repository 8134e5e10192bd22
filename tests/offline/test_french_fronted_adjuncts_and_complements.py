"""French speakers of an adjunct that opens its sentence, of a subject whose complement repeats
its « de », and of an inverted pronoun after a sentence about a described person who names
someone else only in a complement. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


# -- an adjunct that opens its sentence shares the main clause's subject ----------------------------


def test_infinitive_perfect_adjunct_has_the_subject_after_its_comma(run):
    # The parser makes « Après avoir annoncé … » the root, hangs the main verb inside it and
    # gives it no subject: the noun phrase between the comma and the verb is the speaker.
    text = (
        "Après avoir annoncé en mai le licenciement de 1 200 techniciens au nom d'une réduction des coûts de "
        "800 millions d'euros, l'opérateur Vertel a assuré dans une lettre que 900 postes seraient « ouverts » en Bretagne."
    )
    assert speaker_of(run(text, "fr"), "le licenciement de 1 200") == "opérateur Vertel"


def test_present_participle_adjunct_with_a_well_parsed_main_clause(run):
    text = (
        "Rappelant que le texte avait été voté en mars, la ministre Julie Roussel a jugé que la grève était injustifiée."
    )
    result = run(text, "fr")
    assert speaker_of(result, "le texte avait été voté") == "Julie Roussel"
    assert speaker_of(result, "la grève était injustifiée") == "Julie Roussel"


def test_passive_adjunct_does_not_take_the_main_subject(run):
    # « Après avoir été accusé par X »: the agent, not the main subject, is who spoke.
    text = (
        "Après avoir été accusé par le syndicat de mentir sur les chiffres de la fermeture des usines, "
        "le directeur Paul Lenoir a annoncé lundi que 800 emplois seraient créés."
    )
    result = run(text, "fr")
    assert all(q.speaker != "Paul Lenoir" for q in result.quotes if q.text.startswith("mentir"))


def test_adjunct_inside_a_sentence_is_left_to_the_other_rules(run):
    # Not at the sentence start: the verb is no fronted adjunct of the clause after the comma.
    text = "Le ministre Paul Lenoir a quitté la salle après avoir annoncé la fermeture de l'usine, et les ouvriers ont protesté."
    assert speaker_of(run(text, "fr"), "la fermeture de l'usine") == "Paul Lenoir"


# -- a complement that repeats its « de » is no second speaker --------------------------------------


def test_conjunct_repeating_the_complement_preposition_is_one_speaker(run):
    text = "Vers midi, les entreprises de transport (fret routier) et de logistique estiment que les pertes dépassent 400 millions d'euros."
    speaker = speaker_of(run(text, "fr"), "les pertes dépassent")
    assert speaker is not None and "," not in speaker
    assert speaker.startswith("entreprises de transport")


def test_two_people_joined_by_et_are_still_two_speakers(run):
    text = "Paul Lenoir, de la CGT, et Julie Roussel ont affirmé que la grève continuerait."
    assert speaker_of(run(text, "fr"), "la grève continuerait") == "Paul Lenoir, Julie Roussel"


# -- a described subject is what the next inverted pronoun stands for ------------------------------


def test_name_in_a_complement_of_the_object_does_not_take_the_pronoun(run):
    # The parser cuts « « … » a-t-il déclaré » into three sentences; the one before the
    # quotation is about the candidate, who names Paul Roux only in a complement.
    text = (
        "Le candidat du centre aux municipales a encore évoqué la démission de Paul Roux lors d'un "
        "meeting à Nantes. « Jugez-moi sur mon parcours et sur rien d'autre. » a-t-il déclaré."
    )
    assert speaker_of(run(text, "fr"), "Jugez-moi") == "candidat du centre aux municipales"


def test_name_that_is_the_object_still_takes_the_pronoun(run):
    text = "Le candidat de la droite a rencontré Paul Roux à Nantes. « Nous travaillerons ensemble. » a-t-il déclaré."
    assert speaker_of(run(text, "fr"), "Nous travaillerons") != "candidat de la droite"


# -- a relative pronoun after an apposed adjective -------------------------------------------------


def test_relative_after_an_apposed_participle_stands_for_the_noun_before_it(run):
    text = "La gestion du chantier est également contestée par 70% des riverains, agacés, qui jugent qu'elle n'a pas tenu ses promesses."
    assert speaker_of(run(text, "fr"), "elle n'a pas tenu") == "70% des riverains"


# -- a source phrase right before a quotation, no comma -------------------------------------------


def test_source_phrase_right_before_a_quotation_is_its_speaker(run):
    # Without the comma the quotation would go on with the army's report before it.
    text = (
        "La direction a pourtant nié toute négligence en rejetant la responsabilité sur un sous-traitant. "
        "Selon un haut cadre du service juridique « c'est un mensonge, les grévistes "
        "cherchent surtout à faire parler d'eux. »"
    )
    assert speaker_of(run(text, "fr"), "c'est un mensonge") == "haut cadre du service juridique"


def test_source_phrase_with_a_clause_before_the_quotation_is_left_alone(run):
    text = "Le projet, selon le maire qui a visité le site, est « une réussite »."
    assert speaker_of(run(text, "fr"), "est « une réussite »") == "maire"
