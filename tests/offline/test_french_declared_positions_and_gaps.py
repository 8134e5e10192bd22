"""French reports (made-up sentences): « se dire » + an attribute states a position, a quoted
name or a date between a verb and its infinitive does not hide the content, a conditional
clause before an incise is part of the statement, a pronominal verb's compound tense is no
passive, and verbs of warning take their content in « de »."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_se_dire_with_an_adjective(run):
    result = run("Le ministre s'est dit favorable à une hausse des salaires.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "favorable à une hausse des salaires" and quote.speaker == "ministre"


def test_se_dire_with_contre_past_an_adverb(run):
    result = run("Le maire s'est dit cependant contre le projet de référendum.", "fr")
    assert [q.text for q in indirect(result)] == ["contre le projet de référendum"]


def test_se_dire_with_a_bare_noun_in_a_relative_clause(run):
    result = run("La navigatrice, qui se disait gagnante dès le premier soir, a salué ses rivales.", "fr")
    assert indirect(result)[0].text.startswith("gagnante")


def test_se_dire_as_a_name_states_nothing(run):
    assert indirect(run("Le village se dit « Ville-Nouvelle » en breton.", "fr")) == []


def test_quoted_programme_and_date_before_an_infinitive(run):
    result = run("La ministre a assuré au « Grand Journal » de la radio, ce lundi 4 mars, être prête à quitter le gouvernement.", "fr")
    assert "être prête à quitter le gouvernement" in [q.text for q in indirect(result)]


def test_conditional_clause_before_a_comme_incise(run):
    result = run("Si ce vaccin fait ses preuves, il pourrait protéger les troupeaux du sud, comme l'explique Marc Dupont, vétérinaire de l'institut.", "fr")
    assert [q.text for q in indirect(result)] == ["Si ce vaccin fait ses preuves, il pourrait protéger les troupeaux du sud"]


def test_indirect_question_after_its_verb_is_still_no_statement(run):
    assert indirect(run("Le ministre n'a pas dit si le gouvernement tomberait.", "fr")) == []
    assert indirect(run("Le ministre a demandé si le budget serait voté.", "fr")) == []


def test_pronominal_verb_in_the_pluperfect_reports(run):
    result = run("Les parents s'étaient indignés du silence de la direction.", "fr")
    assert [q.text for q in indirect(result)] == ["du silence de la direction"]


def test_warning_of_a_de_noun(run):
    result = run("Le ministre a averti d'un risque de pénurie dans les hôpitaux.", "fr")
    assert [q.text for q in indirect(result)] == ["d'un risque de pénurie dans les hôpitaux"]


def test_warning_someone_alone_says_nothing(run):
    assert indirect(run("Le maire a prévenu les secours vers minuit.", "fr")) == []


def test_prevenir_in_a_purpose_infinitive_prevents(run):
    assert indirect(run("Les stands sont retirés pour prévenir d'éventuels vols pendant la nuit.", "fr")) == []


def test_source_phrase_closing_an_apposition_vouches_for_it(run):
    result = run("Le suspect, connu des services de police selon une source policière, a été interpellé dimanche.", "fr")
    assert [q.text for q in indirect(result)] == ["connu des services de police"]
