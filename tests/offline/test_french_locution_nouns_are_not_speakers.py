"""A multiword adverb between a French auxiliary and its participle (« a pour sa part souligné »,
« a de son côté appelé », « a à ce propos rappelé ») is no subject: its noun (« part », « côté »,
« propos ») never becomes the speaker, who is the noun phrase before the auxiliary."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Un collectif de boulangers normands a de son côté appelé à fermer lundi les boutiques du centre.", "collectif de boulangers normands"),
        ("Une association de riverains a à ce propos rappelé que le chantier « bloque la rue ».", "association de riverains"),
        ("La fédération des artisans a à bon droit estimé que la taxe était injuste.", "fédération des artisans"),
        ("Le comité des usagers a à dessein souligné que rien n'était décidé.", "comité des usagers"),
    ],
)
def test_the_noun_of_a_locution_after_the_auxiliary_is_not_the_speaker(run, text, speaker):
    result = run(text, "fr")
    assert [q.speaker for q in result.quotes] == [speaker]


def test_a_locution_after_an_apposed_name_leaves_the_name_the_speaker(run):
    # With no subject in the parse, the phrase before the cue is searched past the locution.
    result = run(
        "L'avocate de la Région, Me Sophie Marchal, a pour sa part souligné que le paiement « n'efface pas la faute » et réclamé 20 000 euros de dommages et intérêts.",
        "fr",
    )
    assert result.quotes and all(q.speaker == "Sophie Marchal" for q in result.quotes)
