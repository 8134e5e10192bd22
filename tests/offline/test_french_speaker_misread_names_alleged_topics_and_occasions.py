"""French speakers (made-up sentences): a lower-case word the recogniser tags as a person is no
antecedent, a sentence in the conditional relays an allegation rather than bringing in a new
speaker, and a place or occasion after an inverted subject is not part of it."""

from __future__ import annotations


def test_lower_case_word_tagged_as_a_person_is_no_antecedent(run):
    result = run(
        "Le viticulteur Marc Aubert a saisi la justice. Des analyses ont révélé la présence de prosulfocarbe dans ses cuves. "
        "« Toute ma récolte est perdue », déplore-t-il.",
        "fr",
    )
    assert [q.speaker for q in result.quotes] == ["Marc Aubert"]


def test_subject_of_a_sentence_in_the_conditional_does_not_take_up_the_next_pronoun(run):
    alleged = run(
        "Le président de la banque alimentaire, Paul Lemoine, accuse la mairie de négligence. Le chauffeur n'aurait "
        "jamais signalé la panne. « Nos stocks ont été pillés en une nuit », a-t-il affirmé.",
        "fr",
    )
    assert [q.speaker for q in alleged.quotes] == ["Paul Lemoine", "Paul Lemoine"]
    # A sentence in the indicative brings the one it is about in: « il » goes on with him.
    told = run(
        "Le président de la banque alimentaire, Paul Lemoine, accuse la mairie de négligence. Le chauffeur a été "
        "entendu par les gendarmes. « Je n'ai rien vu », a-t-il affirmé.",
        "fr",
    )
    assert [q.speaker for q in told.quotes] == ["Paul Lemoine", "chauffeur"]


def test_place_or_occasion_after_an_inverted_subject_is_cut_off(run):
    lawyer = run("« Mon client est innocent », a déclaré l'avocate devant le palais de justice.", "fr")
    assert [q.speaker for q in lawyer.quotes] == ["avocate"]
    anonymous = run("« Les contrôles étaient trop rares », a précisé un enquêteur sous couvert d'anonymat.", "fr")
    assert [q.speaker for q in anonymous.quotes] == ["enquêteur"]
    # A name that goes on with such a word keeps it.
    named = run("« Nous accueillerons tout le monde », a affirmé l'association Droits devant 54.", "fr")
    assert [q.speaker for q in named.quotes] == ["association Droits devant 54"]
