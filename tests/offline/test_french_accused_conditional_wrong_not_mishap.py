"""French accused parties: an act a source alleges in the conditional of hearsay accuses its
doer only when it can be a wrong — a verb acting on something or a verb of harm — not a mishap
the party underwent, a step the law grants it, a bare event or what could or should have been."""

from __future__ import annotations

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


def test_conditional_act_on_something_accuses_its_doer(run):
    result = run("D'après l'association, la coopérative Valmière aurait caché les analyses de l'eau pendant un an.", "fr")
    assert any("Valmière" in name for name in names(result)), names(result)


def test_conditional_wrong_without_object_from_the_harm_lexicon_accuses(run):
    result = run("D'après l'association, la coopérative aurait menti aux consommateurs.", "fr")
    assert names(result) == ["coopérative"]
    assert accusers_of(result, "coopérative") == ["association"]


def test_conditional_delay_with_an_infinitive_accuses(run):
    result = run("D'après la plainte, le laboratoire Vescal aurait tardé à transmettre les résultats aux autorités.", "fr")
    assert any("Vescal" in name for name in names(result)), names(result)


def test_conditional_mishap_or_lawful_step_accuses_no_one(run):
    assert not names(run("Selon le journal, la société Brelane aurait perdu deux millions d'euros l'an dernier.", "fr"))
    assert not names(run("Selon le quotidien, la fondation Ardenix aurait fait appel de cette décision.", "fr"))


def test_conditional_bare_event_accuses_no_one(run):
    assert not names(run("Selon la presse locale, le directeur de l'usine aurait démissionné en mars.", "fr"))


def test_conditional_of_a_modal_alleges_no_act(run):
    assert not names(run("Selon le syndicat, la direction aurait pu consulter les salariés plus tôt.", "fr"))
