"""French speakers a clause gives only by its link to another: a possessive title named further
on (wire-copy ledes), an infinitive adjunct of a reporting clause, a relative « qui » after the
speaker phrase of an incise; made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


def test_possessive_title_in_the_lede_is_the_holder_named_later(run):
    text = (
        "Rennes, 6 déc. 2026 (AFP) - Les pêcheurs de la baie ont porté plainte contre la commune, "
        "qu'ils tiennent pour responsable d'une pollution au fioul, a annoncé samedi leur avocate.\n\n"
        "La pêche est suspendue depuis mardi. « Mes clients ont tout perdu en une semaine », a expliqué "
        "Me Sophie Le Bihan, qui dénonce « une négligence grave »."
    )
    assert speaker_of(run(text, "fr"), "Les pêcheurs") == "Sophie Le Bihan"


def test_possessive_title_with_its_audience_is_the_holder_named_later(run):
    text = (
        "Nantes, 6 déc. 2026 (AFP) - La famille d'un lycéen blessé lors d'une manifestation a porté "
        "plainte lundi, a indiqué son avocat à l'AFP.\n\n"
        "« Il a reçu un tir de grenade à bout portant », a affirmé l'avocat de la famille, Me Paul Kervella."
    )
    assert speaker_of(run(text, "fr"), "La famille") == "Paul Kervella"


def test_possessive_title_two_people_hold_later_stays_unnamed(run):
    text = (
        "Nantes, 6 déc. 2026 (AFP) - La famille d'un lycéen blessé a porté plainte lundi, a indiqué son avocat.\n\n"
        "« Il a été frappé au sol », a affirmé Me Paul Kervella. « Rien ne le prouve », a répondu "
        "l'avocat des policiers, Me Hugo Ferrand."
    )
    assert speaker_of(run(text, "fr"), "La famille") not in ("Paul Kervella", "Hugo Ferrand")


def test_infinitive_adjunct_shares_the_subject_of_its_incise(run):
    text = (
        "Le directeur de l'usine, Marc Tessier, rejette ces critiques. « Nous avons respecté toutes les "
        "normes », affirme-t-il, avant d'ajouter que le groupe a investi 5 millions d'euros dans l'usine."
    )
    assert speaker_of(run(text, "fr"), "le groupe a investi") == "Marc Tessier"


def test_relative_after_the_incise_speaker_phrase_is_that_speaker(run):
    text = (
        "Des parents ont filmé la scène. « Personne ne pourra dire qu'on invente », insiste la "
        "quinquagénaire, qui accuse la mairie d'avoir « fermé les yeux » malgré un courrier."
    )
    result = run(text, "fr")
    speaker = speaker_of(result, "Personne ne pourra")
    assert speaker is not None and speaker_of(result, "la mairie") == speaker


def test_verb_coordinated_after_a_quotation_is_no_incise(run):
    text = (
        "Le gérant de l'entreprise, Thierry Vasseur, admet qu'« un nettoyage a été réalisé par erreur », "
        "mais nie tout usage de produits chimiques."
    )
    assert speaker_of(run(text, "fr"), "un nettoyage") == "Thierry Vasseur"


def test_organisation_name_cut_at_a_lower_case_word_is_taken_whole(run):
    result = run("L'attaque a fait au moins 40 morts dans la région selon les Nations unies.", "fr")
    assert [q.speaker for q in result.quotes] == ["Nations unies"]


def test_name_right_after_a_possessive_source_is_not_its_holder(run):
    result = run("Selon son avocat, Marc Lenoir a remboursé toutes les sommes en cause.", "fr")
    assert [q.speaker for q in result.quotes] != ["Marc Lenoir"]
