"""French speakers (round 18): pronoun genders voted past a nearer subject noun, a participle
after an object restricted by « ne … que », a participle ending a publisher's name. Made-up
sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_il_of_a_nearer_subject_noun_gives_no_gender_to_the_named_person(run):
    # « il » is the man's: it must not make Audra Bridges a man, whom « Elle » then could not be.
    text = (
        "Une des passagères ayant filmé la scène, Audra D. Bridges, raconte que l'homme a fait savoir "
        "qu'il était médecin et qu'il devait rentrer au plus vite. "
        "Elle décrit les autres voyageurs comme « tremblants » et « choqués » ."
    )
    assert speaker_of(run(text, "fr"), "les autres voyageurs") == "Audra D. Bridges"


def test_participle_after_a_restricted_object_read_as_a_clause_is_the_subjects(run):
    text = (
        "Le Sytral, quant à lui, n’a confirmé que le blocage de l’usine de Villeurbanne, qui dure depuis le 3 mai, "
        "reconnaissant cependant que le mouvement avait tendance à s’étendre."
    )
    assert speaker_of(run(text, "fr"), "le mouvement avait") == "Sytral"


def test_participle_on_a_restricted_object_noun_is_the_subjects(run):
    text = "La société, quant à elle, n'a confirmé que la fermeture de l'usine de Lens, reconnaissant cependant que le mouvement avait tendance à s'étendre."
    assert speaker_of(run(text, "fr"), "le mouvement avait") == "société"


def test_participle_ending_a_publishers_name_stays_in_the_name(run):
    text = "Le Canard déchaîné a révélé des informations selon lesquelles le maire aurait menti."
    assert speaker_of(run(text, "fr"), "le maire aurait menti") == "Canard déchaîné"


def test_quotation_after_a_colon_ending_someones_cited_words_is_theirs(run):
    text = "Vers 22h30, Jean Roy répète les propos tenus par le militant Marc Dupuis : « samedi, c'est l'aboutissement final » et lui demande s'il veut venir."
    assert speaker_of(run(text, "fr"), "samedi, c'est") == "Marc Dupuis"


def test_quotation_after_a_colon_ending_the_subjects_own_words_stays_the_subjects(run):
    assert speaker_of(run("Jean Roy a lu sa déclaration : « Nous partirons demain ».", "fr"), "Nous partirons") == "Jean Roy"


def test_quotation_in_a_relative_clause_is_not_reported_by_a_verb_above_its_noun(run):
    text = "C'est le cas de Paul, qui commente « Ne mélangez pas tout », de Pierre qui publie une blague, ou encore de Jacques qui se targue d'être « seulement drôle »."
    result = run(text, "fr")
    assert speaker_of(result, "Ne mélangez") == "Paul"
    assert all(q.speaker != "Pierre" for q in result.quotes)


def test_present_participle_right_after_a_noun_phrase_set_off_by_a_comma_is_that_phrases(run):
    text = "Le projet a été abandonné, les syndicats estimant qu'il menaçait l'emploi."
    assert speaker_of(run(text, "fr"), "il menaçait") == "syndicats"


def test_absolute_participle_after_a_relative_clause_is_its_noun_phrases(run):
    text = "Le conseiller, dont la nomination avait surpris, nombre de diplomates estimant qu'il n'est pas fait pour ce poste, est arrivé hier."
    assert speaker_of(run(text, "fr"), "il n'est pas fait") == "nombre de diplomates"


def test_adverbial_locution_after_the_subject_is_not_part_of_the_speaker(run):
    text = "Les rebelles quant à eux ont tué 60 soldats cette semaine, mais ils démentent toute responsabilité pour l'attentat d'hier."
    assert speaker_of(run(text, "fr"), "toute responsabilité") == "rebelles"


def test_quotation_after_a_colon_ending_words_the_subject_comments_is_the_subjects(run):
    text = "Vers 22h26, Marc Dupuis, alias Fly, commente les déclarations du Président : « les miettes tombent »."
    assert speaker_of(run(text, "fr"), "les miettes") == "Marc Dupuis"


def test_source_phrase_with_d_apres_and_a_comma_before_a_quotation_beats_a_later_verb(run):
    text = (
        "Il a été interné dans le passé et, d'après un policier, « les motivations restent floues » , "
        "d'autres policiers déclarent que l'individu « semblait en vouloir à l’État » ."
    )
    assert speaker_of(run(text, "fr"), "les motivations") == "policier"


def test_participle_set_off_after_the_subject_is_no_second_speaker(run):
    text = "L'archevêque de Lyon, invité à l'Élysée, appelle tout le monde à prier."
    assert speaker_of(run(text, "fr"), "tout le monde") == "archevêque de Lyon"
