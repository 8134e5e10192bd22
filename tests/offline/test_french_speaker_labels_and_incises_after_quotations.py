"""French quotes and speakers: a label given in the passive, a describing
participle after a quotation. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_describing_participle_after_a_label_is_no_incise(run):
    # « déjà condamné deux fois » describes the man (no incise: no auxiliary); the label is the agent's words.
    text = "Luc Vernet, 41 ans, est un ancien boxeur, traité par ses voisins d'« homme très secret », déjà condamné deux fois."
    assert speaker_of(run(text, "fr"), "homme très secret") == "voisins"


def test_finite_incise_after_a_quotation_still_reports_it(run):
    text = "La maire Odile Brun a visité le chantier mardi. « Le pont sera rouvert avant l'été prochain », a-t-elle ensuite promis aux riverains."
    assert speaker_of(run(text, "fr"), "Le pont sera rouvert") == "Odile Brun"


def test_passive_label_with_its_agent_after_the_quotation(run):
    text = "Le nouveau calendrier scolaire a été qualifié d'« absurde et épuisant » par les parents d'élèves."
    assert speaker_of(run(text, "fr"), "absurde et épuisant") == "parents d'élèves"


def test_verb_with_its_que_clause_after_a_quotation_is_no_incise(run):
    # The collective's name in quotation marks ends before « confirme qu'… »: no words of his.
    text = "Paul Fabre, membre du collectif « Pêcheurs en colère », confirme qu'il vaut mieux négocier avec la préfecture."
    result = run(text, "fr")
    assert all(not q.text.startswith("Pêcheurs en colère") for q in result.quotes)
    assert speaker_of(result, "il vaut mieux négocier") == "Paul Fabre"


def test_quoted_label_in_an_active_subject_is_no_statement(run):
    text = "Julie Mercier, fondatrice des « marcheurs libres » estime que le mouvement doit rester apolitique."
    result = run(text, "fr")
    assert all(not q.text.startswith("marcheurs libres") for q in result.quotes)
    assert speaker_of(result, "le mouvement doit") == "Julie Mercier"


def test_quoted_words_in_a_passive_subject_are_the_agents(run):
    assert speaker_of(run("Ce « fiasco complet » est dénoncé par les syndicats.", "fr"), "fiasco complet") == "syndicats"


def test_subject_hung_on_the_tense_auxiliary_is_the_verbs(run):
    # The parse hangs « Ce dernier » on « a », not on the participle « démenti ».
    text = "La police soupçonne le groupe Aube rouge. Ce dernier a d'ailleurs démenti toute participation aux pillages du week-end."
    assert speaker_of(run(text, "fr"), "toute participation") == "groupe Aube rouge"


def test_cette_derniere_is_the_organisation_named_last(run):
    text = "Le préfet a reçu les élus. Il rappelle que les émeutiers se réclamaient de l'Unef. Cette dernière a pourtant démenti toute implication dans les violences de la nuit."
    assert speaker_of(run(text, "fr"), "toute implication") == "Unef"


def test_cited_words_whose_owner_is_a_noun_with_a_name_after_it(run):
    # « tenu » (a frequent slip for « tenus ») and the colon hung by the parse on the owner's name.
    text = "Sur le plateau, Hugo Bastien cite les propos tenu par le gréviste Marc Dorval : « nous bloquerons le port jusqu'à ce que la direction cède »."
    assert speaker_of(run(text, "fr"), "nous bloquerons le port") == "Marc Dorval"


def test_subject_the_parse_coordinated_with_a_copular_clause(run):
    # « Paul Marin » hangs on « injuste » as a conjunct; « estime » is left without a subject.
    text = "Pour le club , ce report est « injuste » et Paul Marin, entraîneur de l'équipe, estime qu' « on joue avec la santé des joueurs depuis des mois » ."
    assert speaker_of(run(text, "fr"), "on joue avec la santé") == "Paul Marin"
