"""French reports coordinated after a reported clause, blamed parties described by a participle,
readings given with « y voir » / « voir dans » and possibilities not ruled out (made-up sentences)."""

from __future__ import annotations

import pytest


def _quotes(run, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text, "fr").quotes]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a present tense the tagger reads as a noun (« juge »), as an adverb (« dément »)
        (
            "Le directeur affirme que l'usine a embauché vingt ouvriers cette année et juge la grève « injustifiée ».",
            "l'usine a embauché vingt ouvriers cette année",
            "la grève « injustifiée »",
        ),
        (
            "Le directeur reconnaît que des outils sont utilisés, mais dément toute volonté de tromper les clients.",
            "des outils sont utilisés",
            "toute volonté de tromper les clients",
        ),
        # a locution of blame after the conjunction
        (
            "Le maire assure que les travaux ont commencé et met en cause l'entreprise chargée du chantier.",
            "les travaux ont commencé",
            "l'entreprise chargée du chantier",
        ),
    ],
)
def test_report_coordinated_after_a_reported_clause_is_the_speakers_next_statement(run, text, first, second):
    quotes = _quotes(run, text)
    speaker = quotes[0][1]
    assert speaker is not None
    assert (first, speaker) in quotes
    assert (second, speaker) in quotes


def test_a_verb_of_the_reported_clause_after_the_conjunction_stays_in_it(run):
    quotes = _quotes(run, "Le ministre a déclaré que l'entreprise vend des armes et achète des terrains.")
    assert [text for text, _ in quotes] == ["l'entreprise vend des armes et achète des terrains"]


def test_no_coordinated_report_without_a_report_before_it(run):
    assert _quotes(run, "Le ministre est arrivé à Lyon et juge la situation grave.") == []


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Le directeur met en cause le sous-traitant, installé à Lille, qui aurait livré des pièces défectueuses.",
         "le sous-traitant, installé à Lille, qui aurait livré des pièces défectueuses"),
        ("La mairie pointe aussi du doigt le bureau d'études, chargé du contrôle, qui aurait tardé à réagir.",
         "le bureau d'études, chargé du contrôle, qui aurait tardé à réagir"),
        # a finite verb after the comma is still the narrator's incise
        ("Le collectif met en cause la gestion du site, a appris l'AFP auprès de la préfecture.", "la gestion du site"),
    ],
)
def test_a_participle_after_a_comma_describes_the_blamed_party(run, text, blamed):
    assert [q for q, _ in _quotes(run, text)] == [blamed]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La préfecture n'exclut pas une fermeture temporaire du site.", ["une fermeture temporaire du site"]),
        ("L'association n'exclut pas de nouvelles actions en justice.", ["de nouvelles actions en justice"]),
        # a definite object is someone not excluded, an act; so is the verb without negation
        ("Le club n'a pas exclu les supporters violents.", []),
        ("La fédération a exclu un joueur.", []),
    ],
)
def test_a_possibility_not_ruled_out_is_announced(run, text, content):
    assert [q for q, _ in _quotes(run, text)] == content


@pytest.mark.parametrize(
    ("text", "reading", "speaker"),
    [
        ("Le syndicat y voit une manœuvre politique.", "une manœuvre politique", "syndicat"),
        ("Une jeune avocate voit dans cette réforme un signal envoyé aux étudiants.", "un signal envoyé aux étudiants", "jeune avocate"),
        # the parse hangs the quoted object on the « dans » noun
        ("Une élue voit dans cette décision un « mauvais signal » pour la jeunesse.", "un « mauvais signal » pour la jeunesse", "élue"),
        ("Les élus y ont vu une provocation.", "une provocation", "élus"),
    ],
)
def test_reading_given_with_y_or_dans_is_a_statement(run, text, reading, speaker):
    assert _quotes(run, text) == [(reading, speaker)]


@pytest.mark.parametrize(
    "text",
    ["On y voit des enfants jouer dans la cour.", "Les pompiers ont vu des flammes dans le bâtiment."],
)
def test_seeing_is_no_reading(run, text):
    assert _quotes(run, text) == []


def test_a_present_participle_of_reading_goes_on_with_the_report_before_it(run):
    quotes = _quotes(run, "Le député a dénoncé un « complot judiciaire », y voyant une manœuvre destinée à l'écarter.")
    assert quotes == [("un « complot judiciaire », y voyant une manœuvre destinée à l'écarter", "député")]
