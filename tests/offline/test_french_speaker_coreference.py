"""French speaker coreference (speakers.SpeakerRegistry): pronouns after descriptions of
relatives, impersonal « il », coordinated main clauses. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_pronoun_after_a_relative_described_by_a_name_is_the_relative(run):
    text = "La veuve de Paul Martin a cédé ses terres jeudi. Elle souhaite que le gouvernement prenne en charge leur entretien."
    assert speaker_of(run(text, "fr"), "le gouvernement prenne") == "veuve de Paul Martin"


def test_pronoun_after_a_brother_described_by_a_name_is_the_brother(run):
    text = "Le frère de Marc Lefort a témoigné jeudi devant le tribunal. Il affirme que la police a menti."
    assert speaker_of(run(text, "fr"), "la police a menti") == "frère de Marc Lefort"


def test_pronoun_after_a_named_subject_is_still_that_person(run):
    text = "Marc Lefort a rencontré la veuve de Paul Martin jeudi. Il affirme que la police a menti."
    assert speaker_of(run(text, "fr"), "la police a menti") == "Marc Lefort"


def test_impersonal_il_is_no_speaker_nor_a_vote_for_a_gender(run):
    # « il s'agit » stands for no one: it neither speaks the quotation nor makes Claire Roussel a man.
    text = (
        "« Nous honorons sa générosité », a déclaré Claire Roussel, la présidente. "
        "Il s'agit de « la plus belle donation jamais reçue par la ville ». "
        "Elle a ajouté que le parc ouvrirait en mai."
    )
    result = run(text, "fr")
    assert all(q.speaker_span is None or q.speaker_span.text != "il" for q in result.quotes)
    assert speaker_of(result, "le parc ouvrirait") == "Claire Roussel"


def test_il_estime_que_is_not_impersonal(run):
    # The parse may label « Il » of « Il estime que » an expletive: the verb says it is someone.
    text = "Paul Girard connaît bien le dossier, il l'a suivi dix ans. Il estime que la réforme n'est pas prioritaire."
    assert speaker_of(run(text, "fr"), "la réforme n'est pas") == "Paul Girard"


def test_pronoun_after_two_coordinated_main_clauses_takes_the_later_subject(run):
    text = "Paul Girard est arrivé à midi et Jean Morel a pris la parole. Il a déclaré que la réunion était terminée."
    assert speaker_of(run(text, "fr"), "la réunion était terminée") == "Jean Morel"


def test_first_name_joined_to_a_full_name_shares_its_surname(run):
    result = run("Olivier et Sandrine Barral affirment que le maire n'a rien fait.", "fr")
    assert speaker_of(result, "le maire n'a rien fait") == "Olivier Barral, Sandrine Barral"


def test_plural_pronoun_takes_up_both_people_of_one_surname(run):
    text = "Olivier et Sandrine Barral ont écrit au maire. Ils affirment que des recruteurs sévissent dans le quartier."
    assert speaker_of(run(text, "fr"), "des recruteurs sévissent") == "Olivier Barral, Sandrine Barral"


def test_a_surname_joined_to_a_full_name_is_not_given_its_surname(run):
    # Without a first name before « and », the names are two people's: no "Obama Clinton".
    result = run("Senator Obama and Hillary Clinton said the economy was strong.", "en")
    assert "Obama Clinton" not in {s.name for s in result.speakers}


def test_first_name_tells_the_gender_of_a_french_name(run):
    # Odile is a woman's name: « il » goes back past her to the man named before.
    text = "Lucien Barral a quitté la réunion. Odile Marchand a pris la parole. Il a affirmé ensuite que le vote était truqué."
    assert speaker_of(run(text, "fr"), "le vote était truqué") == "Lucien Barral"


def test_pronoun_takes_up_the_subject_the_parse_attached_to_a_fronted_participle(run):
    # The parse hangs « Jacques Morel » on the fronted phrase and leaves « a assuré » without a
    # subject; « Il » must still go back to him, not to the subject of his content clause.
    text = (
        "Invité dimanche sur une radio, Jacques Morel, éliminé dès le premier tour, a assuré que Paul Girard "
        "gagnerait. Il a aussi estimé que la droite devait se rassembler."
    )
    assert speaker_of(run(text, "fr"), "la droite devait se rassembler") == "Jacques Morel"


def test_a_first_name_makes_the_gender_known_like_a_pronoun_vote(run):
    # Both men: the main clause's subject wins over the man named in the object, even when
    # only the object has had a pronoun after him.
    text = (
        "Selon les estimations, Benoît Garnier l'emporte. Selon des sources, il est largement vainqueur. "
        "À 20 heures, Manuel Ferrand souhaite « bonne chance » à Garnier, reconnaissant sa défaite. "
        "Ému, il déclare : « Garnier l'a emporté sans discussion et je lui souhaite bon courage. »"
    )
    assert speaker_of(run(text, "fr"), "Garnier l'a emporté") == "Manuel Ferrand"


def test_ces_derniers_is_the_last_group_named_before(run):
    text = "La marche a rassemblé 1 200 cyclistes selon la mairie et 2 000 selon les syndicats. Selon ces derniers, la mobilisation reprendra en juin."
    assert speaker_of(run(text, "fr"), "la mobilisation reprendra") == "syndicats"


def test_ces_derniers_with_no_group_before_is_no_single_person(run):
    text = "Jeanne Morel a quitté la salle. Selon ces derniers, la séance a été levée."
    quote = next(q for q in run(text, "fr").quotes if q.text.startswith("la séance"))
    assert quote.speaker != "Jeanne Morel"


def test_pronoun_of_the_other_gender_than_everyone_named_is_left_unresolved(run):
    # « Elle » cannot stand for Marc Roux, the only person named before it.
    text = "Marc Roux a quitté la réunion jeudi. Elle a déclaré que le projet était « mort »."
    assert speaker_of(run(text, "fr"), "le projet était") is None


def test_pronoun_agreeing_only_with_a_relative_of_the_named_person_is_that_relative(run):
    # « selon elle », two sentences after « La sœur de Marc Roux »: the sister, not Marc Roux.
    text = (
        "La sœur de Marc Roux a confirmé que la maison était vendue. "
        "« Nous avons tout perdu » , ajoute-t-elle, précisant que « la vente a tout brisé » . "
        "Ce terrain était « inondable » , selon elle."
    )
    assert speaker_of(run(text, "fr"), "Ce terrain était") == "sœur de Marc Roux"


def test_ils_after_a_sentence_opened_by_a_plural_source_phrase_is_that_source(run):
    text = (
        "L'incendie a détruit l'entrepôt. Selon les gendarmes, le hangar n'était pas aux normes. "
        "Ils affirment avoir « prévenu le propriétaire à plusieurs reprises » , en vain."
    )
    assert speaker_of(run(text, "fr"), "avoir « prévenu") == "gendarmes"


def test_ils_after_a_singular_source_phrase_stays_unresolved(run):
    text = "Selon le maire, l'entrepôt était mal entretenu. Ils affirment avoir « alerté le bailleur dès le mois de mars »."
    assert speaker_of(run(text, "fr"), "avoir « alerté") is None


def test_name_inside_a_fronted_subjectless_clause_is_not_the_pronouns_antecedent(run):
    # The fronted clause's understood subject is « il » itself; François Dumas is its object's complement.
    text = (
        "Paul Girard a réuni la presse jeudi. Après avoir jugé le projet du candidat écologiste "
        "François Dumas irréaliste, il affirme que « la gauche a perdu la tête »."
    )
    assert speaker_of(run(text, "fr"), "la gauche a perdu") == "Paul Girard"


def test_repeated_company_description_keeps_its_referent_past_a_named_product(run):
    # The aircraft makers named in between are no subjects: « la compagnie » is still the airline.
    text = (
        "Le tribunal de Rennes a prononcé hier la liquidation de Air Bretagne. "
        "La compagnie, qui employait 300 personnes, était en difficulté depuis un an. "
        "Elle exploitait des lignes régulières avec quatre appareils loués à Airbus et à Boeing.\n"
        "La compagnie annonce désormais dans un communiqué qu'elle remboursera tous les passagers."
    )
    assert speaker_of(run(text, "fr"), "dans un communiqué") == "Air Bretagne"


def test_company_noun_takes_up_the_organisation_subject_of_the_sentence_before(run):
    # Not the older, fuller « société de conseil » ending in the same noun.
    text = (
        "Les sommes ont été versées à la société de conseil de Paul Girard, PG Conseil, par Bolterra Group, un fabricant de tuyaux. "
        "Le contrat n'a pas été renouvelé.\n"
        "Bolterra Group a pour sa part confié avoir fait vérifier ce contrat par des avocats. "
        "« Tout est en règle, nous n'avons rien à cacher » , déclare la société."
    )
    assert speaker_of(run(text, "fr"), "Tout est en règle") == "Bolterra Group"


def test_company_noun_after_a_new_organisation_subject_takes_the_new_one(run):
    text = (
        "La société Ferralis a annoncé la fermeture de son usine de Nantes. "
        "Le groupe Bolterra a aussitôt proposé de reprendre le site. "
        "La société affirme que « trois cents emplois seront sauvés »."
    )
    assert speaker_of(run(text, "fr"), "trois cents emplois") != "Ferralis"


def test_documents_revealed_by_a_newspaper_speak_for_it_through_selon_lesquelles(run):
    text = "Le Courrier du Nord a révélé mardi des informations selon lesquelles le maire aurait employé son fils pendant dix ans."
    assert speaker_of(run(text, "fr"), "le maire aurait") == "Courrier du Nord"


def test_plural_pronoun_of_a_clause_coordinated_with_the_main_one_takes_up_its_subject(run):
    # « mais ils démentent »: the parse hangs the second main clause on the first (conj); its
    # « ils » is still a main clause's, the plural subject before it.
    text = "Les rebelles ont pillé deux fermes lundi, mais ils démentent toute responsabilité dans l'attaque d'hier."
    assert speaker_of(run(text, "fr"), "toute responsabilité") == "rebelles"


def test_demonstrative_subject_around_a_quotation_is_no_speaker(run):
    # « Cela « montre … » »: a demonstrative for a situation is the clause's subject, not a source.
    text = "Le ministre a visité l'usine. Cela « montre bien que notre stratégie fonctionne parfaitement », a-t-il affirmé."
    assert speaker_of(run(text, "fr"), "montre bien") != "Cela"
