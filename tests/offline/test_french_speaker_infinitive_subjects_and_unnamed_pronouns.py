"""French speakers: whose subject a causative or a controlled infinitive takes, and
what an il/elle takes up when no person is named (a document, an institution). Made-up sentences."""

from __future__ import annotations

import pytest


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Marc Lenoir, le maire de Vitry, a pris la tête du comité. Il a fait savoir mardi que les travaux seraient terminés en juin.", "les travaux", "Marc Lenoir"),
        ("Les deux avocates ont rencontré le juge. Elles ont fait savoir jeudi soir que leur client ferait appel.", "leur client", "deux avocates"),
        ("Claire Dumas dirige la fondation depuis mai. Elle fait valoir que les dons ont doublé.", "les dons", "Claire Dumas"),
    ],
)
def test_subject_of_a_causative_hung_under_its_infinitive(run, text, start, speaker):
    # The parse hangs « fait » (with the subject) under « savoir » / « valoir », the cue.
    assert speaker_of(run(text, "fr"), start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Les violences de la semaine ont poussé la ministre Anne Roy à dénoncer « une dérive inacceptable » .", "une dérive", "Anne Roy"),
        ("Le scandale a amené le gouvernement à reconnaître que des erreurs avaient été commises.", "des erreurs", "gouvernement"),
        ("La crise a convaincu les syndicats de réclamer une hausse des salaires.", "une hausse", "syndicats"),
        ("Les inondations, qui ont conduit la préfecture à annoncer que les écoles fermeraient, ont cessé.", "les écoles", "préfecture"),
    ],
)
def test_infinitive_after_a_direct_object_has_the_object_for_subject(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


def test_a_subject_control_verb_keeps_its_subject(run):
    text = "Paul Roy a menacé le directeur de révéler que les comptes étaient faux."
    result = run(text, "fr")
    assert all(q.speaker == "Paul Roy" for q in result.quotes)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Une seconde lettre a été diffusée le lendemain de l'incendie. Elle prétend que l'usine aurait été visée par erreur.", "l'usine", "seconde lettre"),
        ("Le rapport a été remis au Premier ministre mardi. Il affirme que la centrale a été mal entretenue.", "la centrale", "rapport"),
    ],
)
def test_il_elle_after_a_sentence_about_a_document(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Le syndicat des infirmiers a publié lundi une lettre dans laquelle il demande au ministre de revenir sur sa décision.", "au ministre", "syndicat des infirmiers"),
        ("La fédération a envoyé un courrier aux clubs, dans lequel elle rappelle que les matchs sont reportés.", "les matchs", "fédération"),
        ("Le ministère a publié mardi un communiqué dans lequel il assure que les vaccins sont sûrs.", "les vaccins", "ministère"),
    ],
)
def test_il_elle_of_a_clause_after_an_institution_subject(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


def test_institution_of_the_other_gender_is_not_taken_up(run):
    text = "Le syndicat a reçu la ministre, mais elle affirme que rien n'a été décidé."
    assert speaker_of(run(text, "fr"), "rien") != "syndicat"


def test_an_adjunct_infinitive_keeps_the_subject(run):
    # « avant de » brings in what the candidate herself does next, not what the balance sheet says.
    text = "Dans son discours, la candidate a dressé un bilan sévère du quinquennat, avant de dénoncer « une gestion calamiteuse » de la dette."
    assert speaker_of(run(text, "fr"), "« une gestion") == "candidate"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # « ministre » is of both genders: the article says the « elle » can take it up.
        ("La ministre de la Culture a jugé sur RTL que « le patrimoine rural est menacé » . Elle promet en outre un fonds pour les églises de village.", "un fonds", "ministre de la Culture"),
        ("La juge d'instruction a estimé que le dossier était incomplet. Elle ajoute que les témoins seront entendus en mai.", "les témoins", "juge d'instruction"),
    ],
)
def test_gender_of_a_noun_of_both_genders_is_its_articles(run, text, start, speaker):
    assert speaker_of(run(text, "fr"), start) == speaker


@pytest.mark.parametrize(
    "between",
    [
        "S'étant approchée, elle a été griffée à la main.",
        "Elle a aussitôt appelé les pompiers.",
    ],
)
def test_a_sentence_with_the_same_pronoun_continues_the_unnamed_source(run, between):
    text = f"Selon la voisine, le chien a mordu l'enfant « à la jambe » . {between} Elle ajoute que l'animal était « très agité » ."
    assert speaker_of(run(text, "fr"), "l'animal") == "voisine"


def test_a_pronoun_of_another_gender_between_breaks_the_chain(run):
    text = "Selon la voisine, le chien a mordu l'enfant « à la jambe » . Il a été emmené à la fourrière. Elle ajoute que l'animal était « très agité » ."
    assert speaker_of(run(text, "fr"), "l'animal") != "chien"
