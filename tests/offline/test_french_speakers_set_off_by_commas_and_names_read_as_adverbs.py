"""French speakers: noun phrases set side by side by commas rename one speaker, a role set off
before its holder's name is that person, « la même source » is the source before, and a name
the parse reads as an adverb before its verb is the verb's subject (sentences written for
these tests)."""

from __future__ import annotations


def speakers_of(result, words: str) -> list[str]:
    quote = next(q for q in result.quotes if words in q.text)
    return [s.name for sid in quote.speaker_ids if (s := result.speaker_by_id(sid)) is not None]


def test_an_apposed_description_is_no_second_speaker(run):
    result = run("Le rectorat de l'académie de Nantes, autorité de tutelle, a indiqué avoir demandé un audit au lycée.", "fr")
    assert speakers_of(result, "avoir demandé un audit") == ["rectorat de l'académie de Nantes"]


def test_a_name_renames_a_bare_common_noun(run):
    result = run("Son employeur, les Transports Dufour, dit l'avoir suspendu dès lundi.", "fr")
    assert speakers_of(result, "l'avoir suspendu") == ["Transports Dufour"]


def test_a_title_keeps_the_speaker_when_the_apposition_names_its_body(run):
    result = run("Le président du club visiteur, l'Union sportive de Montbrun, a condamné « sans la moindre réserve » les violences.", "fr")
    assert speakers_of(result, "sans la moindre réserve") == ["président du club visiteur"]


def test_a_role_set_off_before_its_holders_name_is_that_person(run):
    result = run("Le président de la société Vélonor, Jean-Marc Duteil, dément toute fraude.", "fr")
    assert speakers_of(result, "toute fraude") == ["Jean-Marc Duteil"]


def test_a_role_with_a_relative_clause_before_its_holders_name(run):
    text = "Le directeur du syndicat mixte des Bas-Prés, qui gère la station, Olivier Garnache, a annoncé des pénalités de 500 euros par jour."
    assert speakers_of(run(text, "fr"), "des pénalités") == ["Olivier Garnache"]


def test_one_of_a_group_named_after_a_comma(run):
    text = "Le collectif vise trois laiteries de la vallée. L'une d'elles, Fromalpe, a reconnu « un retard » dans ses contrôles."
    assert speakers_of(run(text, "fr"), "un retard") == ["Fromalpe"]


def test_complements_listed_with_de_make_one_body(run):
    text = "La Direction générale de la santé, de la prévention et de la veille sanitaire a indiqué avoir ouvert une enquête sur les lots."
    speakers = speakers_of(run(text, "fr"), "avoir ouvert une enquête")
    assert len(speakers) == 1 and speakers[0].startswith("Direction générale de la santé")


def test_the_same_source_is_the_source_before(run):
    text = "Un éleveur a été placé en garde à vue mardi, a indiqué le parquet de Tulle. Six bêtes avaient été abandonnées sans eau, selon la même source."
    assert speakers_of(run(text, "fr"), "Six bêtes") == ["parquet de Tulle"]


def test_an_unknown_name_read_as_an_adverb_is_the_subject(run):
    result = run("Zorvanel conteste cette interprétation des chiffres.", "fr")
    assert speakers_of(result, "cette interprétation") == ["Zorvanel"]


def test_they_takes_up_a_counted_group(run):
    text = "Une vingtaine de pêcheurs ont bloqué le port mardi. Ils affirment avoir perdu « la moitié » de leurs prises depuis l'été."
    assert speakers_of(run(text, "fr"), "avoir perdu") == ["vingtaine de pêcheurs"]
