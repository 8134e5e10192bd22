"""French reports whose cue the rules leave without a speaker (a participle after a long string
of adjuncts, a verb in a relative clause on a place noun) take the subject of the sentence's
main verb, when it names someone who can speak (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import speaker_of


def test_participle_after_adjuncts_takes_the_main_subject_through_its_pronoun(run):
    text = (
        "Marc Dubois a été arrêté lundi.\n\n"
        "En mars, il avait effectué un voyage de plusieurs semaines en Espagne, sans en avertir le juge, "
        "comme il en avait pourtant l'obligation, prétendant y être allé pour un mariage."
    )
    assert speaker_of(run(text, "fr"), "y être allé") == "Marc Dubois"


def test_report_in_a_relative_on_a_place_noun_takes_the_main_subject(run):
    text = "Les salariés de l'usine ont adressé une lettre au maire où ils dénoncent son immobilisme."
    assert speaker_of(run(text, "fr"), "immobilisme") == "salariés de l'usine"


def test_main_subject_that_cannot_speak_gives_no_speaker(run):
    text = (
        "Le bâtiment a été rénové en 2010, sans en avertir le juge, comme il en avait pourtant "
        "l'obligation, prétendant y être allé pour un mariage."
    )
    assert speaker_of(run(text, "fr"), "y être allé") in (None, "<no quote>")


def test_speaker_of_an_incise_is_kept(run):
    text = "Le maire est arrivé en retard. « La situation est sous contrôle », a assuré Anne Garnier, adjointe à la sécurité."
    assert speaker_of(run(text, "fr"), "La situation est sous contrôle") == "Anne Garnier"


def test_pronoun_of_the_cue_of_another_gender_keeps_the_main_subject_out(run):
    text = "Le comité a reçu l'avocate lundi, mais elle estime que la procédure n'a pas été respectée."
    assert speaker_of(run(text, "fr"), "la procédure") != "comité"
