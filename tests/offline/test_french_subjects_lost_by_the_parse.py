"""French reports whose subject the parse loses (speakers.fill_french_speakers); made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_subject_before_a_stressed_pronoun_aside(run):
    text = "Les locataires concernés, eux, disent avoir payé leur loyer « chaque mois sans exception »."
    assert speaker_of(run(text, "fr"), "avoir payé leur loyer") == "locataires concernés"


def test_subject_before_a_participle_aside(run):
    text = "Le rapport, commandé par la région et consulté par la presse, relève par ailleurs que l'usine fonctionne toujours au charbon."
    assert speaker_of(run(text, "fr"), "l'usine fonctionne") == "rapport"


def test_name_apposed_before_the_verb_after_a_description_and_its_aside(run):
    text = "Le porte-parole du collectif Vallée propre, créé en mars, Marc Rivière, accuse la mairie d'avoir ignoré les alertes."
    assert speaker_of(run(text, "fr"), "la mairie d'avoir ignoré") == "Marc Rivière"


def test_subject_after_a_fronted_adjunct_and_before_a_stressed_pronoun(run):
    text = "Dans un communiqué publié jeudi, les éleveurs, eux, affirment que la fuite était accidentelle."
    assert speaker_of(run(text, "fr"), "la fuite était") == "éleveurs"


def test_verb_after_et_shares_the_subject_of_a_verb_that_reports_nothing(run):
    text = "Le conducteur, un retraité de la commune, a été entendu mardi et affirme n'avoir vu aucun panneau."
    assert speaker_of(run(text, "fr"), "n'avoir vu aucun panneau") == "conducteur"


def test_bare_participle_after_et_skips_the_relative_clause_of_the_first_conjunct(run):
    text = "Le collectif a diffusé dimanche des photos de cages, qu'il dit avoir prises dans un élevage, et annoncé une plainte pour maltraitance."
    assert speaker_of(run(text, "fr"), "une plainte pour maltraitance") == "collectif"

