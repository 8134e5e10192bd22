"""French speakers in long news articles: a second clause's subject the parse coordinated
with the first clause's object, a document issued by the subject of a verb the parse hid
behind a time word or an adverb, and « il » / « elle » after a sentence whose subject is a
described person. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_second_clause_subject_read_as_a_conjunct_of_the_first_object(run):
    text = (
        "Le ministre Jean Dupont a écourté une visite à Lyon et Marie Martin a confié dans l'après-midi, "
        "depuis Paris, que « tout cela justifie la réforme »."
    )
    assert speaker_of(run(text, "fr"), "tout cela justifie") == "Marie Martin"


def test_coordinated_objects_before_a_subjectless_verb_leave_the_subject_alone(run):
    text = "La maire Claire Petit a reçu les pompiers et les gendarmes et a déclaré que la saison serait difficile."
    assert speaker_of(run(text, "fr"), "la saison serait") == "Claire Petit"


def test_document_revealed_after_a_time_phrase_speaks_for_who_revealed_it(run):
    text = "Le Petit Courrier a publié deux semaines avant des documents selon lesquels le maire aurait logé son frère."
    assert speaker_of(run(text, "fr"), "le maire aurait") == "Petit Courrier"


def test_document_revealed_after_a_weekday_speaks_for_who_revealed_it(run):
    text = "Le quotidien régional a révélé lundi des informations selon lesquelles la mairie aurait caché un déficit."
    assert speaker_of(run(text, "fr"), "la mairie aurait") == "quotidien régional"


def test_pronoun_after_a_described_driver_is_that_driver(run):
    text = "L'ancien chauffeur du bus a pris sa retraite en mars. Il a déclaré qu'autrefois, les voyageurs payaient tous leur billet."
    assert speaker_of(run(text, "fr"), "autrefois, les voyageurs") == "ancien chauffeur du bus"


def test_pronoun_after_a_described_witness_of_the_other_gender_is_not_that_witness(run):
    text = (
        "Paul Renaud a ouvert la séance. La voisine de la victime a décrit la scène aux policiers. "
        "Il a affirmé que l'enquête avançait."
    )
    assert speaker_of(run(text, "fr"), "l'enquête avançait") == "Paul Renaud"


def test_que_after_a_relative_clause_still_reports_the_verb_before_it(run):
    text = (
        "La ministre Claire Petit a quitté la réunion et Paul Renaud a confié dans la soirée, depuis la ville "
        "où il se trouvait en visite, que « rien ne justifie ce retard »."
    )
    assert speaker_of(run(text, "fr"), "rien ne justifie") == "Paul Renaud"


def test_name_hung_on_a_fronted_adjunct_before_its_relative_is_the_subject(run):
    text = "Sur son blog, Paul Durand, qui avait rencontré la victime en mai, s'est dit « bouleversé par cette disparition »."
    result = run(text, "fr")
    assert speaker_of(result, "bouleversé par") == "Paul Durand"
    assert next(q for q in result.quotes if q.text.startswith("bouleversé")).speaker_span.text == "Paul Durand"


def test_inverted_clitic_after_a_spaced_comma_is_the_pronoun_alone(run):
    text = (
        "La ministre Anne Lebrun est arrivée à Cayenne lundi. "
        "« Je présente mes excuses aux habitants de la région. » , a-t-elle ainsi concédé."
    )
    assert speaker_of(run(text, "fr"), "Je présente mes excuses") == "Anne Lebrun"


def test_the_name_after_l_avocat_de_is_the_client_not_a_lawyer(run):
    text = (
        "Paul Martin est accusé de fraude. L'avocat de Paul Martin, Hugo Blanc, conteste les faits. "
        "L'avocat de M. Martin a affirmé que son client était innocent."
    )
    assert speaker_of(run(text, "fr"), "son client était") != "Paul Martin"


def test_quotation_before_selon_a_name_with_its_party_in_parentheses(run):
    text = (
        "Le vote sera validé en octobre.\n\n"
        "« Cette décision a une portée historique » selon le président de la région, Paul Renaud ( LR ), qui se réjouit du vote."
    )
    result = run(text, "fr")
    assert speaker_of(result, "Cette décision a une portée") == "Paul Renaud"
    assert not any(q.text.startswith("LR") for q in result.quotes)


def test_name_the_parse_detached_from_its_describing_subject_noun_is_the_speaker(run):
    text = "La séance a duré dix minutes. La chaîne CNN fait remarquer qu'elle n'avait jamais été aussi brève."
    assert speaker_of(run(text, "fr"), "elle n'avait jamais") == "CNN"


def test_quotation_after_a_relative_clause_cue_belongs_to_the_main_verb(run):
    text = (
        "Marie Lenoir, pilier de l'association a répondu au président Paul Renaud, qui avait raillé sa lettre ouverte : "
        "« Je reçois votre réponse sept mois plus tard. »"
    )
    assert speaker_of(run(text, "fr"), "Je reçois votre réponse") == "Marie Lenoir"


def test_quotation_after_a_cue_in_a_relative_clause_alone_is_the_relatives(run):
    text = "Le maire a reçu Paul Renaud, qui lui a déclaré : « Nous attendons des actes. »"
    assert speaker_of(run(text, "fr"), "Nous attendons") == "Paul Renaud"


def test_participle_after_a_comma_on_a_noun_of_an_adjunct_is_the_subjects(run):
    text = (
        "Le ministre Paul Renaud a rendu hommage à la victime depuis Lyon, après sa rencontre avec le président "
        "de la région, Marc Duval, confiant qu'il était « très triste »."
    )
    assert speaker_of(run(text, "fr"), "il était") == "Paul Renaud"


def test_information_given_by_a_source_speaks_for_that_source(run):
    text = "Selon les renseignements fournis par une source au Courrier, « les gendarmes privilégient la thèse d'un accident »."
    assert speaker_of(run(text, "fr"), "les gendarmes privilégient") in ("source", "une source")
