"""French cues the rules used to miss or misread: passive judgements and announcements with a
« par » agent, judgements with an object and an unquoted attribute, forecasts of a change,
noun-phrase denials and confessions, and « selon » before data no one speaks through
(made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_passive_judgement_with_an_agent_states_the_subject_and_attribute(run):
    result = run("Le nouveau projet de loi est jugé insuffisant par les syndicats enseignants.", "fr")
    [quote] = indirect(result)
    assert quote.text == "Le nouveau projet de loi est jugé insuffisant"
    assert quote.speaker == "syndicats enseignants"


def test_passive_announcement_names_the_agent_without_its_adjuncts(run):
    result = run("La fermeture de l'usine a été annoncée par le ministère de l'Industrie mardi.", "fr")
    [quote] = indirect(result)
    assert quote.text.startswith("La fermeture de l'usine") and quote.speaker == "ministère de l'Industrie"


def test_passive_of_an_act_that_takes_a_noun_reports_nothing(run):
    assert indirect(run("Le petit État a été reconnu par une centaine de pays.", "fr")) == []


def test_judgement_of_a_clitic_object_with_an_attribute(run):
    result = run("Le tribunal l'estime illégal, ce qui gêne le maire.", "fr")
    [quote] = indirect(result)
    assert quote.text == "l'estime illégal" and quote.speaker == "tribunal"


def test_forecast_of_a_change_is_a_statement_but_a_stipulation_is_not(run):
    result = run("Dans son rapport, la Banque de France prévoit une baisse de la croissance en 2025.", "fr")
    assert [q.text for q in indirect(result)] == ["une baisse de la croissance en 2025"]
    assert indirect(run("Le texte prévoit une amende de cent euros.", "fr")) == []


def test_confession_of_a_noun_phrase(run):
    assert [q.text for q in indirect(run("Le suspect a avoué le vol lors de sa garde à vue.", "fr"))][0].startswith("le vol")


def test_data_after_selon_is_no_source_but_a_ministry_is(run):
    assert indirect(run("Selon plusieurs indicateurs, l'économie ralentit fortement cette année.", "fr")) == []
    assert indirect(run("D'après des photos prises sur place, le pont s'est effondré vers midi.", "fr")) == []
    result = run("Selon les chiffres du ministère, le chômage a baissé de deux points en un an.", "fr")
    assert [q.speaker for q in indirect(result)] == ["ministère"]


def test_par_la_suite_is_no_agent(run):
    assert indirect(run("La nouvelle a été confirmée par la suite.", "fr")) == []


def test_noun_phrase_content_ends_before_a_nested_report(run):
    result = run("La ministre a dénoncé les articles du journal affirmant que le budget était truqué.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "le budget était truqué" in texts and "les articles du journal" in texts
