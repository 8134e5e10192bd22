"""French speakers: a quotation a « selon » phrase follows right after its closing mark is that
source's, and « cette dernière » / « ce dernier » after a country named with a definite article of
its gender is that country (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import speaker_of


def test_quotation_right_before_a_source_phrase_is_the_sources(run):
    text = (
        "La fuite a vite été « contenue » : « la pression est revenue à la normale, les équipes restent sur place. » , "
        "selon le directeur de l'usine, Paul Garnier, cité par le maire."
    )
    assert speaker_of(run(text, "fr"), "la pression est revenue") == "Paul Garnier"


def test_source_phrase_after_the_next_clause_gives_nothing_to_the_quotation(run):
    text = "« La pression est revenue à la normale. » Les équipes restent sur place, selon le directeur de l'usine, Paul Garnier."
    assert speaker_of(run(text, "fr"), "La pression est revenue") != "Paul Garnier"


def test_latter_after_a_feminine_country_is_that_country(run):
    text = (
        "Le gouvernement moldave a exigé le retrait des troupes stationnées près de sa frontière avec la Roumanie. "
        "Cette dernière a refusé au motif que cela violerait les accords signés en 2015."
    )
    assert speaker_of(run(text, "fr"), "cela violerait") == "Roumanie"


def test_latter_after_a_person_of_its_gender_stays_the_person(run):
    text = "Anne Roux a rencontré le président de la Roumanie. Cette dernière a affirmé que les accords étaient respectés."
    assert speaker_of(run(text, "fr"), "les accords étaient respectés") == "Anne Roux"
