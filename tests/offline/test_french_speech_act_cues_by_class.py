"""French speech-act cues covered by class (lang/fr.json speech_by_class, object_content_by_class,
speech-act objects by derivation, « selon »-type phrases). Made-up sentences."""

from __future__ import annotations

import pytest


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind in ("indirect", "mixed")]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Le directeur a maintenu que la piscine rouvrirait au printemps.", "la piscine rouvrirait au printemps", "directeur"),
        ("La présidente du club a soufflé que l'entraîneur partirait bientôt.", "l'entraîneur partirait bientôt", "présidente du club"),
        ("Le médecin a confessé qu'il avait oublié le rendez-vous.", "il avait oublié le rendez-vous", "médecin"),
        ("Les enquêteurs ont établi que l'incendie était accidentel.", "l'incendie était accidentel", "enquêteurs"),
        ("Le juge a ordonné que les documents soient remis à la défense.", "les documents soient remis à la défense", "juge"),
        ("La maire s'étonne que personne n'ait prévenu les habitants.", "personne n'ait prévenu les habitants", "maire"),
        ("Le ministre s'est réjoui que le chômage recule dans la région.", "le chômage recule dans la région", "ministre"),
        ("Le maire a refusé que le marché soit déplacé sur la place.", "le marché soit déplacé sur la place", "maire"),
        ("Les délégués ont accepté que la séance soit reportée.", "la séance soit reportée", "délégués"),
    ],
)
def test_clause_after_a_verb_of_each_speech_act_class(run, sentence, content, speaker):
    assert (content, speaker) in reported(run(sentence, "fr"))


@pytest.mark.parametrize("verb", ["tonne", "s'agace", "a murmuré", "avait fulminé"])
def test_manner_and_feeling_verbs_in_an_incise(run, verb):
    result = run(f"« Nous ne céderons rien », {verb} le délégué des pêcheurs.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("Nous ne céderons rien", "délégué des pêcheurs")]


def test_pronominal_feeling_verb_reports_its_de_object(run):
    [(text, speaker)] = reported(run("Les habitants s'offusquent de la fermeture du bureau de poste.", "fr"))
    assert text.endswith("la fermeture du bureau de poste") and speaker == "habitants"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("La fédération a officialisé le départ de son président.", "le départ de son président"),
        ("L'opposition a stigmatisé la gestion de la crise par le gouvernement.", "la gestion de la crise par le gouvernement"),
        ("La ministre a vanté les mérites de son plan.", "les mérites de son plan"),
    ],
)
def test_noun_phrase_content_of_verbs_of_praise_blame_and_announcement(run, sentence, content):
    assert [text for text, _ in reported(run(sentence, "fr"))] == [content]


def test_directive_with_an_object_and_an_infinitive(run):
    assert reported(run("Les riverains ont supplié le préfet de rouvrir la route.", "fr")) == [("rouvrir la route", "riverains")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le club veut maintenir son rang en première division.",
        "La ministre a refusé de commenter cette décision.",
        "Le club a accepté de payer l'amende.",
        "Le syndicat, refusant désormais d'être associé à la majorité, a quitté la table.",
        "La candidate espère être élue dès le premier tour.",
        "Les troupes tentent de rebondir vers la ville pour encercler le port.",
        "On relève aussi que les ventes ont baissé de dix pour cent.",
        "Ce retard a été surtout justifié par le fait que deux camions étaient tombés en panne.",
    ],
)
def test_deeds_narrator_remarks_and_facts_are_not_reports(run, sentence):
    assert reported(run(sentence, "fr")) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("De l'aveu même du directeur, l'usine ne sera pas prête à temps.", "directeur"),
        ("Aux dires des voisins, le bruit était insupportable toute la nuit.", "voisins"),
        ("De l'avis des experts, la digue ne tiendra pas l'hiver.", "experts"),
    ],
)
def test_source_phrases_before_a_contracted_article(run, sentence, speaker):
    [(_, found)] = reported(run(sentence, "fr"))
    assert found == speaker


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Le syndicat a lancé un appel à la grève pour jeudi.", "un appel à la grève"),
        ("Le maire a fait la promesse que la piscine rouvrirait en mai.", "la promesse que la piscine rouvrirait"),
    ],
)
def test_light_verb_with_a_noun_derived_from_a_speech_verb(run, sentence, start):
    [(text, _)] = reported(run(sentence, "fr"))
    assert text.startswith(start)
