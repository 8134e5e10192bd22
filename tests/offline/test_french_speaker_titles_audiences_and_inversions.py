"""French speakers: the audience a source spoke to is not part of it, a
title with a « de » complement takes up only a holder of that office, inverted subjects
(invented sentences)."""

from __future__ import annotations


def speakers(result):
    return [q.speaker for q in result.quotes]


def test_audience_after_a_source_is_not_part_of_it(run):
    text = "Un incendie a détruit un hangar agricole. Selon un pompier à la presse, « le foin a pris feu tout seul »."
    assert speakers(run(text, "fr")) == ["pompier"], speakers(run(text, "fr"))
    text = "Selon le gardien du parc aux journalistes locaux, « les grilles étaient fermées »."
    assert speakers(run(text, "fr")) == ["gardien du parc"], speakers(run(text, "fr"))


def test_title_complement_stays_with_the_title(run):
    text = "La déléguée à la jeunesse, Anne Poiret, a inauguré le local. « Il était attendu depuis dix ans », a-t-elle dit."
    assert speakers(run(text, "fr")) == ["Anne Poiret"], speakers(run(text, "fr"))


def test_title_with_a_complement_skips_a_holder_of_another_office(run):
    text = (
        "Le chef cuisinier Marc Dubreuil a ouvert une brasserie sur le port.\n\n"
        "Le syndicat agricole a réuni ses adhérents samedi. « Nous bloquerons les routes », a prévenu le chef du syndicat agricole."
    )
    assert speakers(run(text, "fr")) == ["chef du syndicat agricole"], speakers(run(text, "fr"))


def test_title_with_a_complement_takes_up_the_holder_of_that_office(run):
    text = (
        "Le chef cuisinier Marc Dubreuil a ouvert une brasserie sur le port. Le chef du syndicat agricole, "
        "Hélène Carvin, a réuni ses adhérents.\n\n« Nous bloquerons les routes », a prévenu le chef du syndicat agricole."
    )
    assert speakers(run(text, "fr")) == ["Hélène Carvin"], speakers(run(text, "fr"))


def test_subject_before_an_auxiliary_cut_off_by_a_locution(run):
    text = "Le directeur du lycée, Bruno Ferrat, a pour sa part dénoncé « une réforme bâclée »."
    assert speakers(run(text, "fr")) == ["Bruno Ferrat"], speakers(run(text, "fr"))


def test_definite_noun_pinned_on_a_name_takes_up_that_person(run):
    text = "La libraire Odile Varenne a fermé sa boutique. « Les loyers ont triplé en cinq ans », a regretté la libraire."
    assert speakers(run(text, "fr")) == ["Odile Varenne"], speakers(run(text, "fr"))


def test_definite_noun_no_name_wears_stays_a_description(run):
    text = "Odile Varenne a fermé sa boutique. « Les loyers ont triplé en cinq ans », a regretté une libraire voisine."
    assert speakers(run(text, "fr")) != ["Odile Varenne"], speakers(run(text, "fr"))


def test_complement_of_a_title_is_not_the_noun_pinned_on_the_name(run):
    text = "Le chef de police Ian Kerrow a confirmé l'arrestation. « Il a agi seul », a déclaré la police."
    assert speakers(run(text, "fr"))[-1] == "police", speakers(run(text, "fr"))


def test_locution_between_auxiliary_and_participle_is_not_the_inverted_subject(run):
    text = "Le maire Paul Roux a reçu les habitants.\n\n« Le dialogue est rompu », a de son côté affirmé Julien Castaing lors d'un point presse."
    assert speakers(run(text, "fr"))[-1] == "Julien Castaing", speakers(run(text, "fr"))
    text = "Le maire Paul Roux a reçu les habitants. « Le quartier sera rénové », a pour sa part affirmé la préfète, Anne Morin."
    assert speakers(run(text, "fr"))[-1] == "Anne Morin", speakers(run(text, "fr"))



def test_lawyer_honorific_is_no_part_of_the_name(run):
    text = "« Mon client conteste tout », a déclaré son avocat, Me Hugo Valmont. « Le dossier est vide », a ajouté Me Valmont."
    assert speakers(run(text, "fr")) == ["Hugo Valmont", "Hugo Valmont"], speakers(run(text, "fr"))


def test_inverted_on_speaks_for_the_place_named_after_it(run):
    text = "Le maire Paul Roux a reçu les habitants.\n\n« C'est un jour difficile pour la commune », souligne-t-on à la mairie."
    assert speakers(run(text, "fr"))[-1] == "mairie", speakers(run(text, "fr"))


def test_occasion_after_a_title_is_not_part_of_it(run):
    text = (
        "La ministre des Sports, Agnès Valtier, a présenté jeudi son budget.\n\n"
        "« Il faut agir vite », a insisté la ministre au cours de sa conférence hebdomadaire."
    )
    assert speakers(run(text, "fr")) == ["Agnès Valtier"], speakers(run(text, "fr"))
    text = "« Le stade sera prêt », a affirmé le président de la conférence régionale, Marc Tissot."
    assert speakers(run(text, "fr")) == ["Marc Tissot"], speakers(run(text, "fr"))


def test_one_of_them_ends_at_its_pronoun(run):
    text = "Les riverains, eux, ont bloqué la rue. « On veut un feu rouge », a lancé l'un d'eux devant la mairie."
    assert speakers(run(text, "fr")) == ["l'un d'eux"], speakers(run(text, "fr"))


def test_name_after_a_verb_read_as_a_noun_is_no_co_speaker(run):
    text = "Le syndicat a réuni ses adhérents.\n\nVers 18h00, le militant Paul Varin critique Julien Castaing : « on ne le voit jamais. Il parle des paysans comme d'un problème »."
    assert speakers(run(text, "fr")) == ["Paul Varin"], speakers(run(text, "fr"))


def test_inverted_subject_goes_past_a_describing_participle_to_the_name(run):
    text = "« Le pont était fissuré », a regretté sur une radio locale l'adjoint au maire chargé des travaux, Marc Besson."
    assert speakers(run(text, "fr")) == ["Marc Besson"], speakers(run(text, "fr"))


def test_english_of_complement_naming_a_programme_stays(run):
    text = "Critics of the program say it mostly rewards large growers."
    result = run(text, "en")
    assert [q.speaker for q in result.quotes] == ["Critics of the program"], [q.speaker for q in result.quotes]


def test_french_description_of_the_person_the_sentence_before_is_about(run):
    text = (
        "La juge d'instruction Claire Montel a entendu le témoin pendant six heures. "
        "Selon la magistrate, le récit du témoin est « cohérent »."
    )
    assert speakers(run(text, "fr"))[-1] == "Claire Montel", speakers(run(text, "fr"))


def test_french_description_of_the_other_gender_stays_as_written(run):
    text = (
        "La juge d'instruction Claire Montel a entendu le témoin pendant six heures. "
        "Selon le magistrat, le récit du témoin est « cohérent »."
    )
    assert speakers(run(text, "fr"))[-1] != "Claire Montel", speakers(run(text, "fr"))


def test_honorific_picks_the_bearer_of_its_gender_among_a_shared_surname(run):
    text = "Paul Roux et son épouse Marie Roux ont été reçus à l'Élysée.\n\n« Nous sommes honorés », a déclaré M. Roux. « C'est un grand jour », a ajouté Mme Roux."
    assert speakers(run(text, "fr")) == ["Paul Roux", "Marie Roux"], speakers(run(text, "fr"))
