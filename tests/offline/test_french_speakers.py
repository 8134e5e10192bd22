"""French quotes and speakers in agency-style copy (made-up sentences): incises, titles, names."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def aliases_of(result, name: str) -> list[str]:
    return next(s.aliases for s in result.speakers if s.name == name)


def test_present_tense_incise_the_tagger_reads_as_a_participle(run):
    # « lance » is tagged as a past participle; a verb in -er has no participle without -é.
    result = run("« Nous ne reculerons pas », lance Paul Girard, secrétaire général du syndicat.", "fr")
    assert speaker_of(result, "Nous ne reculerons pas") == "Paul Girard"


def test_preposed_clause_with_present_tense_incise(run):
    result = run("La réforme est injuste, lance Paul Girard.", "fr")
    assert speaker_of(result, "La réforme est injuste") == "Paul Girard"


def test_bare_first_group_participle_still_describes(run):
    result = run("Le projet, lancé par le gouvernement, est contesté.", "fr")
    assert result.quotes == []


def test_name_split_by_the_parse_stays_whole(run):
    result = run("Le président russe Igor Voronine a averti que Moscou répondrait sans tarder.", "fr")
    assert speaker_of(result, "Moscou répondrait") == "Igor Voronine"


def test_publication_name_with_a_participle_stays_whole(run):
    result = run("Selon Le Canard déchaîné, le ministre aurait reçu des cadeaux de luxe.", "fr")
    quote = result.quotes[0]
    assert quote.text == "le ministre aurait reçu des cadeaux de luxe"
    assert quote.speaker == "Canard déchaîné"


def test_publication_name_as_subject_stays_whole(run):
    result = run("Le Canard déchaîné a révélé mercredi que le ministre avait reçu des costumes.", "fr")
    assert speaker_of(result, "le ministre avait reçu") == "Canard déchaîné"


def test_bare_title_refers_back_to_the_named_prefect(run):
    text = "Le préfet du Rhône, Marc Olivier, a interdit la manifestation. « Nous ne laisserons pas faire », a déclaré le préfet."
    assert speaker_of(run(text, "fr"), "Nous ne laisserons pas faire") == "Marc Olivier"


def test_bare_title_refers_back_to_the_named_archbishop(run):
    text = "L'archevêque de Lyon, Paul Girard, a reconnu des erreurs. L'archevêque a affirmé qu'il n'avait jamais couvert ces actes."
    assert speaker_of(run(text, "fr"), "il n'avait jamais couvert") == "Paul Girard"


def test_two_word_title_tagged_as_a_name_is_no_speaker(run):
    result = run("« Je n'ai rien à me reprocher », a lancé l'ancien Premier ministre Jean Morel.", "fr")
    assert speaker_of(result, "Je n'ai rien") == "Jean Morel"


def test_adjunct_after_an_inverted_subject_is_no_second_speaker(run):
    text = "« La situation est sous contrôle », a assuré dimanche à la presse un responsable de la sécurité, sous couvert d'anonymat."
    result = run(text, "fr")
    quote = result.quotes[0]
    assert quote.speaker is not None and "anonymat" not in quote.speaker and "responsable" in quote.speaker


def test_quotation_over_two_paragraphs_takes_the_final_incise(run):
    text = (
        "« Nous devons rester unis face à cette épreuve. Le pays a déjà traversé des crises graves.\n\n"
        "« Nous en sortirons plus forts », a ajouté la ministre Claire Dubois."
    )
    result = run(text, "fr")
    assert result.quotes and all(q.speaker == "Claire Dubois" for q in result.quotes)


def test_inverted_clitic_makes_a_participle_tagged_verb_an_incise(run):
    text = "Paul Girard, 54 ans, agriculteur dans la Creuse, ne décolère pas. « On nous a abandonnés », dit-il."
    assert speaker_of(run(text, "fr"), "On nous a abandonnés") == "Paul Girard"


def test_quoted_label_after_qualifier_de(run):
    result = run("Le procureur de Lyon, Marc Olivier, a qualifié l'attaque d'« acte terroriste ».", "fr")
    # The object and its quoted attribute are one mixed statement, « d' » elided or not
    # (test_french_untuned_indirect).
    assert speaker_of(result, "l'attaque d'« acte terroriste") == "Marc Olivier"


def test_quoted_label_after_juger_and_its_object(run):
    result = run("Interrogé par la presse, le maire, Paul Girard, a jugé la décision « incompréhensible ».", "fr")
    # The object and its quoted attribute are one mixed statement (test_french_untuned_speech).
    assert speaker_of(result, "la décision « incompréhensible") == "Paul Girard"


def test_quoted_label_of_a_passive_belongs_to_the_agent(run):
    result = run("Marc Lenoir est un prisonnier, décrit par les enquêteurs comme un « homme violent ».", "fr")
    assert "enquêteurs" in speaker_of(result, "homme violent")


def test_passive_without_agent_labels_nothing(run):
    result = run("Le suspect sera jugé pour « complicité » devant la cour d'assises.", "fr")
    assert result.quotes == []


def test_person_in_the_complement_of_a_lawyer_is_not_the_speaker(run):
    result = run("L'avocate de Paul Girard précise à la presse que son client contestera la décision.", "fr")
    speaker = speaker_of(result, "son client contestera")
    assert speaker is not None and speaker.startswith("avocate")


def test_person_in_the_complement_of_a_party_is_not_the_speaker(run):
    result = run("Le parti de Claire Dubois estime que « la vérité éclatera ».", "fr")
    assert speaker_of(result, "la vérité éclatera").startswith("parti de Claire Dubois")


def test_document_of_a_person_still_speaks_for_them(run):
    result = run("Le communiqué de Paul Girard précise que le candidat se maintiendra.", "fr")
    assert speaker_of(result, "le candidat se maintiendra") == "Paul Girard"


def test_apposed_name_parsed_as_a_second_subject(run):
    result = run("Le porte-parole du ministère, Marc Olivier, a dénoncé toute implication française.", "fr")
    assert speaker_of(result, "toute implication") == "Marc Olivier"


def test_indefinite_on_with_a_judicial_source(run):
    result = run("Le parquet de Lyon a ouvert une enquête, a-t-on appris de source judiciaire.", "fr")
    assert speaker_of(result, "Le parquet de Lyon a ouvert une enquête") == "source judiciaire"


def test_indefinite_on_with_aupres_de(run):
    result = run("Deux suspects ont été interpellés, a-t-on appris auprès de la gendarmerie.", "fr")
    assert speaker_of(result, "Deux suspects") == "gendarmerie"


def test_inverted_indefinite_on_after_the_verb(run):
    result = run("Trois soldats ont été tués, indique-t-on de source militaire.", "fr")
    assert speaker_of(result, "Trois soldats") == "source militaire"


def test_indefinite_on_alone_is_no_speaker(run):
    result = run("Aucune décision n'a été prise, a-t-on ajouté.", "fr")
    assert all(q.speaker != "-on" for q in result.quotes)


def test_source_inside_parentheses_vouches_only_for_them(run):
    result = run("Le Front de libération du Nord (FLN selon son sigle local) a perdu plusieurs bastions cette semaine.", "fr")
    assert result.quotes == []


def test_organisation_named_right_after_its_noun(run):
    result = run("Dans un communiqué, l'ONG Human Rights Watch a appelé les autorités à libérer les manifestants.", "fr")
    assert "Human Rights Watch" in speaker_of(result, "les autorités")


def test_pour_opposition_gives_its_view(run):
    result = run("Pour l'opposition, ce budget est « un aveu d'échec ».", "fr")
    assert result.quotes and result.quotes[0].speaker == "opposition"


def test_unnamed_source_keeps_its_nationality_adjective(run):
    # « des responsables turcs cités par … »: the parse may hang the adjective on the noun as a
    # clause; it still belongs to the source's name.
    result = run("Il s'agirait d'un accident selon des responsables grecs cités par la radio publique.", "fr")
    assert [q.speaker for q in result.quotes] == ["responsables grecs"]


def test_passive_report_is_said_by_its_agent(run):
    # « X a été accusé par Y de … »: Y reports, X is who the report is about.
    result = run("Le trésorier a été accusé par l'association d'avoir vidé la caisse.", "fr")
    assert [q.speaker for q in result.quotes] == ["association"]


def test_plural_pronoun_takes_up_the_last_plural_subject(run):
    text = "Les parents de la lycéenne critiquent le silence de la direction. Aussi menacent-ils de déposer plainte contre le proviseur."
    result = run(text, "fr")
    assert speaker_of(result, "déposer plainte") == "parents de la lycéenne"
    accused = next(a for a in result.accused if a.name.startswith("proviseur"))
    assert accused.accusers == ["parents de la lycéenne"]


def test_plural_pronoun_does_not_take_up_a_singular_organisation(run):
    # French takes an organisation up with « elle »: « ils » here are others, unnamed.
    result = run("La société Vetra a annoncé des licenciements. Ils dénoncent un « plan social déguisé ».", "fr")
    assert speaker_of(result, "un « plan social") is None


def test_narrative_infinitive_keeps_its_pronoun_subject(run):
    result = run("Les deux syndicats ont publié un communiqué. Eux d'ajouter que « la grève continuera ».", "fr")
    assert speaker_of(result, "la grève continuera") == "deux syndicats"


def test_plural_pronoun_in_a_relative_clause_takes_up_no_subject(run):
    text = "Les élus ont rencontré les habitants. Ceux-ci n'ont pas reçu l'aide qu'ils avaient demandé au préfet."
    result = run(text, "fr")
    assert all(q.speaker != "élus" for q in result.quotes)


def test_label_passive_with_etre_read_as_tense_has_the_par_agent_for_speaker(run):
    # The parse may take « était » for a tense auxiliary and hang « par Météo-Lyon » on the label.
    text = "Paul Girard a quitté Lyon. Ce jour-là, le danger était qualifié de « fort » par Météo-Lyon (4 sur 5)."
    quote = next(q for q in run(text, "fr").quotes if "fort" in q.text)
    assert quote.speaker == "Météo-Lyon"


def test_par_with_a_bare_common_noun_is_a_means_not_an_agent(run):
    text = "La réforme a été annoncée par téléphone à « tous les salariés »."
    assert all(q.speaker != "téléphone" for q in run(text, "fr").quotes)


def test_source_phrase_with_a_free_relative_names_the_relative_verbs_subject(run):
    # « selon ce que rapportent X »: X (inverted subject) is the source; the statement follows the comma.
    text = "Selon ce que rapportent des journaux suisses, les gendarmes avaient retrouvé le fugitif endormi dans sa voiture."
    quote = run(text, "fr").quotes[0]
    assert quote.speaker == "journaux suisses"
    assert quote.text.startswith("les gendarmes")


def test_source_phrase_with_a_free_relative_and_a_preverbal_subject(run):
    text = "D'après ce que la presse locale rapporte, le pont sera « fermé tout l'été »."
    quote = run(text, "fr").quotes[0]
    assert quote.speaker == "presse locale"
    assert quote.text.startswith("le pont")


def test_title_apposition_tagged_as_a_person_is_the_role_not_a_joint_speaker(run):
    text = "Paul Biya, Président du Cameroun et de la Communauté andine, a rappelé que « le mandat de Marc Ndayi n'est pas illégal. »"
    quote = next(q for q in run(text, "fr").quotes if "mandat" in q.text)
    assert quote.speaker == "Paul Biya"
