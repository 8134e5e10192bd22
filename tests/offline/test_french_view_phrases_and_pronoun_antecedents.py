"""French quotes and speakers: a view phrase « Pour X, » right before a
quotation, and the antecedent of a pronoun after an organisation or a family. Made-up sentences."""

from __future__ import annotations


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_view_phrase_with_a_stressed_pronoun_before_a_quotation(run):
    text = "Le délégué syndical, Marc Terrien, a défendu les grévistes. Pour lui, « la direction cache les vrais chiffres depuis des mois »."
    assert speaker_of(run(text, "fr"), "la direction cache") == "Marc Terrien"


def test_view_phrase_with_a_group_noun_before_a_quotation(run):
    text = "Pour les habitants du village, « le bruit des grues empêche tout le monde de dormir »."
    assert speaker_of(run(text, "fr"), "le bruit des grues") == "habitants du village"


def test_view_phrase_naming_no_one_gives_no_speaker(run):
    text = "Le conseil municipal a siégé lundi. Pour cette raison, « aucune décision ne sera prise avant l'automne »."
    result = run(text, "fr")
    assert all(q.speaker != "raison" for q in result.quotes)


def test_names_in_the_apposition_of_a_named_view_source_are_no_speakers(run):
    # « membre de l'équipe de Y » describes X; Y says nothing.
    text = "Pour Paul Morin, membre du bureau de campagne de Julie Lenoir, « rien ne sera décidé avant l'été »."
    assert speaker_of(run(text, "fr"), "rien ne sera décidé") == "Paul Morin"


def test_elle_after_a_sentence_about_an_organisation_named_with_its_article(run):
    text = "La CFDT a appelé à la grève jeudi. Elle estime que les salaires doivent augmenter de cinq pour cent."
    assert speaker_of(run(text, "fr"), "les salaires doivent") == "CFDT"


def test_pronoun_of_the_other_gender_does_not_take_up_the_organisation(run):
    text = "La CFDT a appelé à la grève jeudi. Il estime que les salaires doivent augmenter de cinq pour cent."
    assert speaker_of(run(text, "fr"), "les salaires doivent") != "CFDT"


def test_names_in_a_description_before_a_colon_are_no_speakers(run):
    text = "La fermeture du marché fâche les commerçants. Ainsi, pour Paul Morin, membre du bureau de campagne de Julie Lenoir : « Personne ne nous a prévenus de la fermeture. »"
    assert speaker_of(run(text, "fr"), "Personne ne nous a") == "Paul Morin"


def test_fronted_participle_label_is_its_agents(run):
    # « Qualifié de « … » par X, Y … »: Y is who is labelled, X who labels.
    text = "Qualifié de « girouette » par la présidente du syndicat, le directeur a refusé de commenter."
    assert speaker_of(run(text, "fr"), "girouette") == "présidente du syndicat"


def test_words_read_on_a_medium_are_its_owners(run):
    text = "Sur le compte Instagram officiel de la brasserie Morvan, on pouvait lire : « Nous fermons nos portes après quarante ans de service. »"
    assert speaker_of(run(text, "fr"), "Nous fermons nos portes") == "brasserie Morvan"


def test_words_read_on_a_medium_without_owner_have_no_speaker_from_it(run):
    text = "Sur une affiche collée près de la gare, on pouvait lire : « Nous fermons nos portes après quarante ans de service. »"
    assert speaker_of(run(text, "fr"), "Nous fermons nos portes") != "gare"


def test_surname_after_a_plural_article_is_a_family_not_the_pronouns_antecedent(run):
    text = "Paul Garnier est arrivé lundi au village. La maison du port appartient aux Morel depuis trente ans. Selon lui, « la vente s'est faite dans les règles »."
    assert speaker_of(run(text, "fr"), "la vente s'est faite") == "Paul Garnier"


def test_name_complementing_a_description_is_not_the_pronouns_antecedent(run):
    text = "Le trésorier du club, Paul Garnier, assistant parlementaire de Dominique Vidal, a pris la défense de la mairie. Pour lui, « si l'argent a été versé par la région, tout est légal »."
    assert speaker_of(run(text, "fr"), "si l'argent a été versé") == "Paul Garnier"
