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
        "Après avoir annoncé en mars le licenciement de 1 200 employés dans le cadre d'un plan d'économies de "
        "3 milliards de dollars, l'opérateur Vertel a affirmé dans un communiqué que 4 000 emplois seraient « créés » en France."
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
        "Le candidat de la droite à la présidentielle a renouvelé sa référence au départ de Paul Roux lors d'un "
        "meeting à Nantes. « Jugez-moi sur mon parcours et sur rien d'autre. » a-t-il déclaré."
    )
    assert speaker_of(run(text, "fr"), "Jugez-moi") == "candidat de la droite à la présidentielle"


def test_name_that_is_the_object_still_takes_the_pronoun(run):
    text = "Le candidat de la droite a rencontré Paul Roux à Nantes. « Nous travaillerons ensemble. » a-t-il déclaré."
    assert speaker_of(run(text, "fr"), "Nous travaillerons") != "candidat de la droite"


# -- a relative pronoun after an apposed adjective -------------------------------------------------


def test_relative_after_an_apposed_participle_stands_for_the_noun_before_it(run):
    text = "L'organisation du vote est aussi critiquée par plus de 60% des électeurs, déçus, qui estiment qu'elle n'a pas respecté les règles."
    assert speaker_of(run(text, "fr"), "elle n'a pas respecté") == "60% des électeurs"


# -- a source phrase right before a quotation, no comma -------------------------------------------


def test_source_phrase_right_before_a_quotation_is_its_speaker(run):
    # Without the comma the quotation would go on with the army's report before it.
    text = (
        "L'armée a toutefois démenti toute implication en rejetant la faute sur les rebelles. "
        "Selon un haut responsable des services de sécurité « il s'agit d'une calomnie, les hommes armés "
        "tentent de remporter une victoire médiatique. »"
    )
    assert speaker_of(run(text, "fr"), "il s'agit d'une calomnie") == "haut responsable des services de sécurité"


def test_source_phrase_with_a_clause_before_the_quotation_is_left_alone(run):
    text = "Le projet, selon le maire qui a visité le site, est « une réussite »."
    assert speaker_of(run(text, "fr"), "est « une réussite »") == "maire"
