"""French speakers on unseen text: the impersonal « on » of a body, an infinitive cue under its governing verbs. Made-up sentences."""

from __future__ import annotations

import pytest


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A fronted « à / au / chez / du côté de » + a body, then the impersonal « on » of a report.
        ("La grève continue. Au ministère de l'Agriculture, on assure qu'une réunion se tiendra « dans les tout prochains jours ».", "ministère de l'Agriculture"),
        ("À la mairie de secteur, on reconnaît que la situation est « inacceptable ».", "mairie de secteur"),
        ("Du côté du syndicat des joueurs, on appelle à « ne pas faire de Paul Roy un bouc émissaire ».", "syndicat des joueurs"),
        ("Chez Renault, on se refuse à « tout commentaire sur une procédure en cours ».", "Renault"),
        # The body an « où » opening the report's clause takes up.
        ("Même son de cloche à la CFDT, où l'on estime que le plan « était prêt depuis des mois ».", "CFDT"),
    ],
)
def test_impersonal_on_speaks_for_the_body_it_is_put_in(run, text, speaker):
    assert [s for _, s in speakers(run(text, "fr"))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # A town, a time, an occasion: no body that speaks.
        "À Lyon, on dit que la ville est « la plus belle de France ».",
        "Au lendemain du vote, on estime que le résultat est « sans appel ».",
        "À l'audience, on a appris que le prévenu « regrettait son geste ».",
        # No fronted body at all.
        "On assure que la réunion se tiendra « dans les tout prochains jours ».",
    ],
)
def test_impersonal_on_without_a_fronted_body_has_no_speaker(run, text):
    assert [s for _, s in speakers(run(text, "fr"))] in ([None], [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The infinitive cue's subject is that of the verbs governing it: the name apposed before them.
        ("La mairie a porté plainte. Le maire, Olivier Champel, a fait savoir que la délégation serait confiée « à titre provisoire » à une adjointe.", "Olivier Champel"),
        ("Son avocate, Me Lucie Garnaud, s'est bornée à indiquer que sa cliente « conteste les faits ».", "Lucie Garnaud"),
    ],
)
def test_infinitive_cue_takes_the_name_apposed_before_its_governing_verbs(run, text, speaker):
    assert [s for _, s in speakers(run(text, "fr"))][-1] == speaker
