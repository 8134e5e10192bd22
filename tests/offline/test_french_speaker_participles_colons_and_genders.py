"""French speakers: pronoun genders voted past a nearer subject noun, a participle
after an object restricted by « ne … que », a participle ending a publisher's name, a quotation
after a colon. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_il_of_a_nearer_subject_noun_gives_no_gender_to_the_named_person(run):
    # « il » is the singer's: it must not make Maelys Verant a man, whom « Elle » then could not be.
    text = (
        "Une des spectatrices ayant enregistré le concert, Maelys T. Verant, raconte que le chanteur a fait comprendre "
        "qu'il était souffrant et qu'il voulait écourter la soirée. "
        "Elle décrit les musiciens présents comme « inquiets » et « épuisés » ."
    )
    assert speaker_of(run(text, "fr"), "les musiciens présents") == "Maelys T. Verant"


def test_participle_after_a_restricted_object_read_as_a_clause_is_the_subjects(run):
    text = (
        "Le Sitram, de son côté, n'a confirmé que la fermeture de la ligne de Vitré, qui date du 3 mars, "
        "reconnaissant toutefois que les usagers seraient pénalisés."
    )
    assert speaker_of(run(text, "fr"), "les usagers") == "Sitram"


def test_participle_on_a_restricted_object_noun_is_the_subjects(run):
    text = "La coopérative, quant à elle, n'a confirmé que la vente de l'entrepôt de Dax, reconnaissant toutefois que les stocks baissaient depuis l'été."
    assert speaker_of(run(text, "fr"), "les stocks") == "coopérative"


def test_participle_ending_a_publishers_name_stays_in_the_name(run):
    text = "Le Canard déchaîné a révélé des informations selon lesquelles le maire aurait menti."
    assert speaker_of(run(text, "fr"), "le maire aurait menti") == "Canard déchaîné"


def test_quotation_after_a_colon_ending_someones_cited_words_is_theirs(run):
    text = "Vers 18h10, Léa Fontan répète les propos tenus par le capitaine Éric Lenoir : « dimanche, on joue pour le titre » et lui demande s'il restera au club."
    assert speaker_of(run(text, "fr"), "dimanche, on joue") == "Éric Lenoir"


def test_quotation_after_a_colon_ending_the_subjects_own_words_stays_the_subjects(run):
    assert speaker_of(run("Jean Roy a lu sa déclaration : « Nous partirons demain ».", "fr"), "Nous partirons") == "Jean Roy"


def test_quotation_in_a_relative_clause_is_not_reported_by_a_verb_above_its_noun(run):
    text = "C'est le cas de Lucie, qui commente « Gardez votre calme », de Marc qui publie une caricature, ou encore de Nina qui se targue d'être « simplement lucide »."
    result = run(text, "fr")
    assert speaker_of(result, "Gardez votre") == "Lucie"
    assert all(q.speaker != "Marc" for q in result.quotes)


def test_present_participle_right_after_a_noun_phrase_set_off_by_a_comma_is_that_phrases(run):
    text = "Le projet a été abandonné, les syndicats estimant qu'il menaçait l'emploi."
    assert speaker_of(run(text, "fr"), "il menaçait") == "syndicats"


def test_absolute_participle_after_a_relative_clause_is_its_noun_phrases(run):
    text = "Le nouveau directeur, dont le recrutement avait choqué, nombre d'employés estimant qu'il manque d'expérience, a pris ses fonctions lundi."
    assert speaker_of(run(text, "fr"), "il manque") == "nombre d'employés"


def test_adverbial_locution_after_the_subject_is_not_part_of_the_speaker(run):
    text = "Les pêcheurs quant à eux ont bloqué trois ports ce mois-ci, mais ils démentent toute implication dans l'incendie du hangar."
    assert speaker_of(run(text, "fr"), "toute implication") == "pêcheurs"


def test_quotation_after_a_colon_ending_words_the_subject_comments_is_the_subjects(run):
    text = "Vers 22h26, Marc Dupuis, alias Fly, commente les déclarations du Président : « les miettes tombent »."
    assert speaker_of(run(text, "fr"), "les miettes") == "Marc Dupuis"


def test_source_phrase_with_d_apres_and_a_comma_before_a_quotation_beats_a_later_verb(run):
    text = (
        "Il a déjà été expulsé et, d'après un voisin, « les raisons restent floues » , "
        "d'autres voisins déclarent que le locataire « ne payait plus rien depuis l'été » ."
    )
    assert speaker_of(run(text, "fr"), "les raisons") == "voisin"


def test_participle_set_off_after_the_subject_is_no_second_speaker(run):
    text = "Le grand rabbin de Strasbourg, invité à la télévision, appelle les familles à patienter."
    assert speaker_of(run(text, "fr"), "les familles") == "grand rabbin de Strasbourg"
