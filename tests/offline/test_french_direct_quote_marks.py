"""French direct quotes: an incise in a compound tense the tagger garbles (« a-t-il aussi
martelé »), a quotation written in capitals (a tweet, not a title), and quotation marks around a
group's name inside the speaker's own description (made-up sentences)."""

from __future__ import annotations


def test_incise_with_an_adverb_after_the_inverted_clitic_reports(run):
    result = run(
        "Jeanne Morel a présenté son budget devant le conseil municipal. « Nous ne reculerons pas » , a-t-elle aussi martelé.",
        "fr",
    )
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert quote.text == "Nous ne reculerons pas" and quote.cue == "martelé" and quote.speaker == "Jeanne Morel"


def test_quotation_in_capitals_is_said_words_not_a_title(run):
    result = run(
        "Le maire Paul Garnier a réagi sur Twitter : « RENDEZ-VOUS DEVANT LE JUGE, NOUS GAGNERONS ! » , a-t-il écrit.",
        "fr",
    )
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert quote.text.startswith("RENDEZ-VOUS DEVANT LE JUGE") and quote.speaker == "Paul Garnier"


def test_title_case_title_still_is_no_quote(run):
    result = run("Le critique Marc Roy a vu « The Long Road Home » hier soir, a-t-il raconté.", "en")
    assert all(q.text != "The Long Road Home" for q in result.quotes)


def test_group_name_in_the_speakers_description_is_no_quote(run):
    result = run("Marc Vidal, membre des « Citoyens en colère » confirme qu'il vaut mieux négocier avec la mairie.", "fr")
    assert [q.text for q in result.quotes if q.kind == "direct"] == []
    assert any(q.text.startswith("il vaut mieux négocier") and q.speaker == "Marc Vidal" for q in result.quotes)


def test_party_name_in_a_fronted_adjunct_is_no_quote(run):
    result = run(
        "Vers midi, devant les élus du parti « Avenir commun », la ministre, Claire Dubois, confirme le report de la réforme.",
        "fr",
    )
    assert all(q.text != "Avenir commun" for q in result.quotes)


def test_words_quoted_as_the_statement_before_the_incise_stay(run):
    result = run("« Le chantier reprendra en mai », a déclaré Marc Vidal, membre du conseil.", "fr")
    assert [q.text for q in result.quotes] == ["Le chantier reprendra en mai"]



def test_word_named_by_a_noun_of_words_is_the_users_quote(run):
    result = run("La sénatrice Lucie Bernard a utilisé l'expression « tsunami fiscal » devant la presse.", "fr")
    assert any(q.text == "tsunami fiscal" and q.kind == "direct" and q.speaker == "Lucie Bernard" for q in result.quotes)


def test_one_word_after_a_noun_of_words_the_parse_hangs_on_the_verb(run):
    result = run("Le ministre Paul Roy emploie le terme « rebelles » pour désigner les insurgés.", "fr")
    assert any(q.text == "rebelles" and q.kind == "direct" and q.speaker == "Paul Roy" for q in result.quotes)


def test_words_a_critic_names_are_not_the_critics(run):
    result = run("Le maire Paul Garnier critique le mot « trahison » employé par ses adversaires.", "fr")
    assert not any(q.text == "trahison" and q.speaker == "Paul Garnier" for q in result.quotes)


def test_word_after_de_of_a_noun_of_words_is_the_users_quote(run):
    result = run("Le sénateur Marc Lenoir a lancé des accusations de « trahison » contre son parti.", "fr")
    assert any(q.text == "trahison" and q.kind == "direct" and q.speaker == "Marc Lenoir" for q in result.quotes)
