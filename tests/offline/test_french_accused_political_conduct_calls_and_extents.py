"""French accused parties in political news: the owner of a change of course or a reform a
source denounces, a party called on to make amends, and a party's extent without the adjunct
the parser hung on it (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.testing.results import accused_names as names
from extractor.testing.results import accusers_of


@pytest.mark.parametrize("text, party, accuser", [
    ("Les sénateurs écologistes dénoncent le virage sécuritaire du gouvernement.", "gouvernement", "sénateurs écologistes"),
    ("Les maires ruraux ont dénoncé la dérive centralisatrice du régime.", "régime", "maires ruraux"),
])
def test_a_change_of_course_denounced_blames_its_owner(run, text, party, accuser):
    result = run(text, "fr")
    assert party in names(result), names(result)
    assert accusers_of(result, party) == [accuser]


@pytest.mark.parametrize("text, party, accuser", [
    ("Le Premier ministre polonais a appelé la Biélorussie à cesser ses provocations à la frontière.", "Biélorussie", "Premier ministre polonais"),
    ("L'ONU a exhorté la junte à mettre fin à la répression des étudiants.", "junte", "ONU"),
    ("Le groupe écologiste a demandé au ministre de démissionner.", "ministre", "groupe écologiste"),
])
def test_a_party_called_on_to_make_amends_is_blamed_by_the_caller(run, text, party, accuser):
    result = run(text, "fr")
    assert party in names(result), names(result)
    assert accusers_of(result, party) == [accuser]


@pytest.mark.parametrize("text", [
    "Le groupe écologiste n'a pas demandé au ministre de démissionner.",
    "Le maire a appelé les habitants à rester chez eux.",
])
def test_a_call_denied_or_asking_no_amends_blames_no_one(run, text):
    assert names(run(text, "fr")) == []


@pytest.mark.parametrize("text, party", [
    ("La sénatrice condamne la répression menée par le régime contre les syndicalistes.", "régime"),
    ("L'opposition condamne le revirement du président sur les retraites.", "président"),
])
def test_an_adjunct_hung_on_the_party_is_no_part_of_it(run, text, party):
    assert names(run(text, "fr")) == [party]


@pytest.mark.parametrize("text, party, accuser", [
    # (« tente » lemmatised as the noun; a capital stands for its country)
    ("Selon Varsovie, Minsk tente de déstabiliser la frontière orientale.", "Biélorussie", "Varsovie"),
    ("Selon l'opposition, le gouvernement tente de dissimuler l'ampleur des fraudes.", "gouvernement", "opposition"),
])
def test_a_party_trying_to_do_harm_in_a_statement_is_blamed(run, text, party, accuser):
    result = run(text, "fr")
    assert party in names(result), names(result)
    assert accusers_of(result, party) == [accuser]

