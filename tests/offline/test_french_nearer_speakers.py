"""French speakers the general rules take too far back, or leave out, in wire copy: the nearest
antecedent of il/elle, a verb coordinated with a compound tense, a quotation adjoined to a
statement (speakers.fill_french_speakers); made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_pronoun_after_an_incise_continues_the_unnamed_source_not_an_earlier_name(run):
    text = (
        "Le ministre des Affaires étrangères, Pierre Durand, a rencontré jeudi son homologue à Bruxelles. "
        "« Nous avons eu des discussions franches », a déclaré Pierre Durand à la presse.\n\n"
        "Les négociations doivent reprendre la semaine prochaine à Genève.\n\n"
        "« Personne ne croit vraiment à un accord rapide », a confié un diplomate européen. Il estime que les positions restent très éloignées."
    )
    assert speaker_of(run(text, "fr"), "les positions restent") == "diplomate européen"


def test_pronoun_after_an_indefinite_subject_is_that_description(run):
    text = (
        "Le maire Paul Roux a visité le quartier mardi.\n\n"
        "Un habitant du quartier a raconté que les secours étaient arrivés tard. Il affirme que personne ne les avait prévenus."
    )
    assert speaker_of(run(text, "fr"), "personne ne les avait") == "habitant du quartier"


def test_name_apposed_to_an_indefinite_subject_stays_the_antecedent(run):
    text = (
        "Plus tard, un porte-parole du maire, Paul Girard, a déclaré que les caisses étaient intactes. "
        "Il a précisé que les pillages n'avaient pas atteint la banque."
    )
    assert speaker_of(run(text, "fr"), "les pillages") == "Paul Girard"


def test_pronoun_after_an_institution_subject_is_the_institution(run):
    text = (
        "Le prévenu Marc Roux avait fait appel.\n\n"
        "La cour a justifié sa décision par la gravité des faits. Elle considère que le prévenu a menti à plusieurs reprises."
    )
    assert speaker_of(run(text, "fr"), "le prévenu a menti") == "cour"


def test_bare_participle_after_puis_shares_the_subject_of_the_compound_tense(run):
    text = "La préfète Marie Lenoir a affirmé que la situation était sous contrôle, puis ajouté que des renforts arrivaient."
    assert speaker_of(run(text, "fr"), "des renforts arrivaient") == "Marie Lenoir"


def test_finite_verb_after_et_shares_the_speaker_of_the_report_before_it(run):
    text = "Le syndicat des cheminots affirme que les salaires stagnent depuis dix ans , et réclame qu'ils soient relevés dès janvier."
    assert speaker_of(run(text, "fr"), "ils soient relevés") == "syndicat des cheminots"


def test_quoted_words_of_a_verb_coordinated_with_a_source_phrase_are_the_source_s(run):
    # The quoted words take their cue (« réclame ») after the French fallbacks ran; the verb's
    # parse subject is the first content's subject, not who speaks.
    # (The verb coordinated after the first quotation is no incise of it: the second quotation
    # is the content of « réclame », a direct or a mixed quote.)
    text = "Pour Paul Girard, délégué syndical, le projet est « une provocation pure et simple », et réclame des « garanties plus solides »."
    result = run(text, "fr")
    assert next(q.speaker for q in result.quotes if "garanties plus solides" in q.text) == "Paul Girard"


def test_finite_verb_after_an_apposition_comma_does_not_take_the_report_before_it(run):
    text = (
        "Pour le journal, cette grève est « injuste » et Paul Girard, directeur de la rédaction, estime "
        "que les lecteurs sont les premières victimes du conflit."
    )
    assert speaker_of(run(text, "fr"), "les lecteurs sont") != "journal"


def test_quotation_adjoined_to_a_statement_by_a_comma_goes_on_with_its_speaker(run):
    text = (
        "Vers midi, Paul Girard, porte-parole de la préfecture, prie les riverains « de ne pas approcher des berges », "
        "« nous savons que l'eau peut encore monter »."
    )
    assert speaker_of(run(text, "fr"), "nous savons que") == "Paul Girard"


def test_one_of_them_is_an_unnamed_source_as_written_not_its_apposition(run):
    text = "Des manifestants se sont rassemblés devant la préfecture. « On veut vivre de notre travail », a lancé l'un d'eux, éleveur dans la région."
    assert speaker_of(run(text, "fr"), "On veut vivre") == "l'un d'eux"
