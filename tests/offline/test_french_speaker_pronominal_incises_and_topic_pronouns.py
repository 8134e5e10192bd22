"""French speakers on unseen text: pronominal incise verbs the tagger reads as an adjective or a
noun, a name taken up by its company noun, a pronoun that continues the topic of the sentences
before. Made-up sentences."""

from __future__ import annotations

import pytest


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # « indigne » is also an adjective, « enthousiasme » a noun: after the reflexive clitic of
        # a closing incise they are the incise verb.
        ("« Les guichets ferment un par un depuis des mois », s'indigne Lucie Ferrand, employée de la poste du bourg.", "Lucie Ferrand"),
        ("« Les guichets ferment un par un depuis des mois », s'indigne Lucie Ferrand.", "Lucie Ferrand"),
        ("« Jamais nous n'avions observé autant de nids sur cette falaise », s'enthousiasme Hugo Lemarié, ornithologue au parc régional.", "Hugo Lemarié"),
    ],
)
def test_pronominal_incise_verb_read_as_adjective_or_noun(run, text, speaker):
    assert [s for _, s in speakers(run(text, "fr"))] == [speaker]


def test_adjective_after_a_reflexive_pronoun_elsewhere_is_no_incise(run):
    # « indigne » as an adjective after « se » in a plain clause: no report.
    result = run("Le jury se montre indigne de la confiance des candidats depuis trois ans.", "fr")
    assert speakers(result) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le syndicat Force Ouvrière a dénoncé mardi les cadences imposées aux livreurs. « Les pauses sont supprimées », "
            "a affirmé Marc Olier, délégué du syndicat. La société Bétonval a rejeté ces critiques. "
            "Dans un communiqué, l'entreprise assure que les horaires respectent la loi.",
            "les horaires respectent la loi",
            "Bétonval",
        ),
        (
            "Le syndicat Sud dénonce le retard du chantier confié à l'entreprise générale Ormidal. Ormidal conteste ces chiffres. "
            "Le groupe affirme que les travaux s'achèveront en juin.",
            "les travaux s'achèveront en juin",
            "Ormidal",
        ),
    ],
)
def test_name_called_a_company_is_taken_up_by_the_company_noun(run, text, content, speaker):
    assert (content, speaker) in speakers(run(text, "fr"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # The pronoun opening the sentence before carries the topic on to « selon lui ».
        (
            "Le chauffeur de la navette a été entendu jeudi. Il explique que l'alarme ne sonnait plus. Selon lui, la porte arrière restait ouverte la nuit.",
            "la porte arrière restait ouverte la nuit",
            "chauffeur de la navette",
        ),
        # After a quotation and its incise, the incise's inverted subject is the topic.
        (
            "« Personne ne vérifiait les freins », raconte un chauffeur de la compagnie, venu témoigner devant le dépôt. Selon lui, le car avait été réparé la veille.",
            "le car avait été réparé la veille",
            "chauffeur de la compagnie",
        ),
    ],
)
def test_pronoun_continues_the_topic_of_the_sentence_before(run, text, content, speaker):
    assert (content, speaker) in speakers(run(text, "fr"))


def test_pronoun_of_the_other_gender_does_not_continue_the_topic(run):
    text = "La ministre a reçu Paul Roux mardi. Elle affirme que le dossier avance. Selon lui, rien n'a changé depuis l'été."
    assert ("rien n'a changé depuis l'été", "Paul Roux") in speakers(run(text, "fr"))


def test_a_long_run_of_sentences_opened_by_the_same_pronoun_keeps_its_speaker(run):
    """Each il/elle opening a sentence reads the one before it: a run of a thousand (a transcript,
    a list) must neither exhaust the recursion limit nor lose who speaks."""
    text = "La juge Marie Caron a pris la parole mardi. " + "Elle rappelle que la séance reste publique. " * 1000
    quotes = run(text, "fr").quotes
    assert len(quotes) == 1000
    assert {q.speaker for q in quotes} == {"Marie Caron"}
