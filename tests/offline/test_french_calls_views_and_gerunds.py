"""French constructions of indirect speech (made-up sentences): a call for action with its
addressee before an infinitive the parse hangs elsewhere, « pour » + an indefinite pronoun of
people as a source, and a gerund of saying that ends a noun-phrase content."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_advice_to_an_addressee_past_an_aside(run):
    result = run("La mairie recommande aux riverains, dans la mesure du possible, de garer leurs voitures ailleurs.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "aux riverains, dans la mesure du possible, de garer leurs voitures ailleurs" and quote.speaker == "mairie"


def test_invitation_to_an_object_described_by_a_participle(run):
    result = run("Le maire invite donc les abonnés gênés par la coupure à appeler le service client.", "fr")
    assert [q.text for q in indirect(result)] == ["les abonnés gênés par la coupure à appeler le service client"]


def test_invitation_without_an_infinitive_asks_nothing(run):
    assert indirect(run("Le maire a invité les journalistes à la mairie.", "fr")) == []


def test_pour_with_indefinite_pronouns_on_both_sides_of_a_semicolon(run):
    result = run(
        "Pour certains, le général était un sauveur de la patrie ; pour d'autres, il restait un tyran qui a tout tenté pour conserver son trône.",
        "fr",
    )
    assert [q.text for q in indirect(result)] == [
        "le général était un sauveur de la patrie",
        "il restait un tyran qui a tout tenté pour conserver son trône",
    ]


def test_pour_with_an_adverbial_still_names_no_source(run):
    assert indirect(run("Pour la première fois, le club a remporté le championnat.", "fr")) == []


def test_gerund_of_saying_ends_a_noun_phrase_content(run):
    result = run("La direction a pourtant nié toute négligence en rejetant la responsabilité sur un sous-traitant.", "fr")
    assert indirect(result)[0].text == "toute négligence"


def test_gerund_of_another_verb_stays_in_the_noun_phrase(run):
    result = run("Le maire a dénoncé la hausse des loyers en vigueur depuis janvier.", "fr")
    assert indirect(result)[0].text == "la hausse des loyers en vigueur depuis janvier"
