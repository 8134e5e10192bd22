"""Round 34 (frq34): French « Pour X, » sources named by a profession noun, and a content that
ends before the source's next act in a participle. Made-up sentences."""

from __future__ import annotations

import pytest


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind in ("indirect", "mixed")]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Pour la sociologue Anne Marchand, chercheuse à Lille, la grève marque un tournant.", "la grève marque un tournant", "Anne Marchand"),
        ("Pour le psychiatre Paul Rivière, les patients sont laissés sans suivi.", "les patients sont laissés sans suivi", "Paul Rivière"),
        ("Pour les glaciologues, la fonte s'est nettement accélérée cet été.", "la fonte s'est nettement accélérée cet été", "glaciologues"),
    ],
)
def test_profession_nouns_in_ologue_and_iatre_name_a_pour_source(run, sentence, content, speaker):
    assert reported(run(sentence, "fr")) == [(content, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour la première fois, la rivière a débordé en plein été.",
        "Pour le sociologue qu'il était, rien ne semblait simple.",
    ],
)
def test_pour_phrases_that_give_no_view_stay_silent(run, sentence):
    # A frame; a phrase with a relative clause of its own.
    assert reported(run(sentence, "fr")) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("La direction conteste ces chiffres, les jugeant très exagérés.", "ces chiffres"),
        ("Le syndicat a rejeté ces critiques, l'accusant de mauvaise foi.", "ces critiques"),
        ("Le maire dénonce une décision brutale, lui reprochant de n'avoir consulté personne.", "une décision brutale"),
    ],
)
def test_noun_content_ends_before_the_sources_next_act_in_a_participle(run, sentence, content):
    assert reported(run(sentence, "fr"))[0][0] == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # A participle of another verb describes the content's noun and stays in it.
        ("Le parquet a confirmé avoir reçu la plainte, visant notamment la pollution des eaux.", "avoir reçu la plainte, visant notamment la pollution des eaux"),
        ("Le préfet a annoncé un plan d'urgence, comprenant deux escadrons de gendarmerie.", "un plan d'urgence, comprenant deux escadrons de gendarmerie"),
        # A participle of belief is no report; one of describing oneself is left in for now.
        ("Le gérant a nié toute fraude, se présentant comme un simple exécutant.", "toute fraude, se présentant comme un simple exécutant"),
        ("Le gérant a nié toute fraude, croyant être couvert par sa hiérarchie.", "toute fraude, croyant être couvert par sa hiérarchie"),
    ],
)
def test_a_participle_that_describes_the_content_stays_in_it(run, sentence, content):
    assert reported(run(sentence, "fr"))[0][0] == content


def test_a_negated_dispute_with_its_participle_reports_nothing(run):
    assert reported(run("Le maire ne conteste pas ces chiffres, les jugeant plausibles.", "fr")) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # « pour sa part » is a listed locution (lexicon adverbial_locutions), « seul » a listed
        # modifier of the blaming word (lexicon holding_responsible_modifiers).
        ("Le syndicat pointe pour sa part du doigt la direction de l'usine.", "la direction de l'usine"),
        ("La maire tient pour sa part l'exploitant pour seul responsable de la pollution.", "l'exploitant pour seul responsable de la pollution"),
    ],
)
def test_blame_locutions_read_their_words_from_the_lexicon(run, sentence, content):
    assert [text for text, _ in reported(run(sentence, "fr"))] == [content]
