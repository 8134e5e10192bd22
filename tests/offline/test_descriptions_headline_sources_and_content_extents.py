"""A definite description refers back to the person named before it, while an
indefinite one at the head of the statements may still be named by the next sentence; the extent
of contents and accused parties, and headline sources (sentences written for these tests)."""

from __future__ import annotations

import pytest


def speakers(result):
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(
    ("opening", "description", "holder"),
    [
        ("Senator Nora Halvorsen toured the shipyard on Monday.", "The senator", "Nora Halvorsen"),
        ("Coach Petra Lindqvist watched the final training session from the stands.", "The veteran coach", "Petra Lindqvist"),
        ("Nora Halvorsen, the county's chief engineer, inspected the bridge before dawn.", "The engineer", "Nora Halvorsen"),
    ],
)
def test_definite_description_after_a_name_is_that_person_not_the_next_one_named(run, opening, description, holder):
    text = (
        f"{opening} {description} said the repairs would take two more years.\n\n"
        "Oskar Brandt, who runs the ferry company, met passengers on Tuesday."
    )
    assert speakers(run(text, "en")) == [("the repairs would take two more years", holder)]


def test_indefinite_description_is_still_named_by_the_next_sentence(run):
    text = (
        "The clinic on Elm Street closed its doors last week. Its owner, Ruth Abernathy, left town.\n\n"
        "A night nurse says she was never paid for her last month of work.\n\n"
        "Maria Okafor said the clinic still owes her about $4,000."
    )
    found = speakers(run(text, "en"))
    assert found[0] == ("she was never paid for her last month of work", "Maria Okafor")


def quotes(result):
    return [(q.text, q.speaker, q.kind) for q in result.quotes]


def test_percent_sign_stays_with_its_number(run):
    found = quotes(run("La préfecture affirme que le taux de participation ne dépasse pas 40 %.", "fr"))
    assert [text for text, _, _ in found] == ["le taux de participation ne dépasse pas 40 %"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The parse hangs « d'avoir » on the quotation mark and the participle on the verb.
        "La CGT accuse la direction de la SNCF d'avoir « trahi ses engagements » sur les salaires.",
        "FO accuse la direction de la RATP d'avoir « trahi ses engagements » sur les primes.",
        # Parsed as expected: the same single content.
        "Le syndicat accuse la direction d'Airbus d'avoir « trahi ses promesses » sur l'emploi.",
    ],
)
def test_blamed_infinitive_after_a_long_object_is_one_mixed_content(run, sentence):
    found = quotes(run(sentence, "fr"))
    assert len(found) == 1
    text, _, kind = found[0]
    assert kind == "mixed"
    assert "d'avoir «" in text and text.count("«") == text.count("»")


def test_content_closing_a_sentence_keeps_its_closing_mark(run):
    found = quotes(run("Le collectif accuse la préfète d'avoir « méprisé les habitants ».", "fr"))
    assert [text for text, _, _ in found] == ["la préfète d'avoir « méprisé les habitants »"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Le gouvernement a appelé jeudi les syndicats à reprendre les discussions.", "les syndicats à reprendre les discussions"),
        ("La ministre a appelé samedi les maires à fermer les écoles.", "les maires à fermer les écoles"),
    ],
)
def test_a_day_after_the_verb_is_not_part_of_the_content(run, sentence, content):
    assert [text for text, _, _ in quotes(run(sentence, "fr"))] == [content]


@pytest.mark.parametrize(
    "headline",
    [
        "Grève à la SNCF : le gouvernement appelle au dialogue",
        "Incendie à Lyon : trois immeubles évacués dans la nuit de samedi",
    ],
)
def test_headline_topic_with_a_place_or_party_after_a_preposition_is_no_source(run, headline):
    text = f"{headline}\n\nLes pompiers sont restés sur place toute la matinée pour surveiller le site."
    found = quotes(run(text, "fr"))
    assert all(not (text.startswith(headline.split(" : ")[1][:15])) for text, _, _ in found)


def test_headline_source_before_the_colon_is_still_read(run):
    text = "Ministère de la Santé : les urgences resteront ouvertes tout l'hiver\n\nLe texte du communiqué a été publié lundi soir."
    found = quotes(run(text, "fr"))
    assert ("les urgences resteront ouvertes tout l'hiver", "Ministère de la Santé", "indirect") in found


def accused(result):
    return sorted(a.name for a in result.accused)


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Les syndicats accusent le président de la République de vouloir « affaiblir » les prud'hommes.", "président de la République"),
        ("Le parti accuse les autorités du pays d'être « responsables » de la pénurie.", "autorités du pays"),
        ("Le parti accuse les autorités du pays d'être responsables de la pénurie.", "autorités du pays"),
        ("La juge a mis en examen le directeur de la scierie pour homicide involontaire.", "directeur de la scierie"),
        ("Le parquet a mis en examen le maire de la commune pour favoritisme.", "maire de la commune"),
    ],
)
def test_accused_party_extent_stops_at_its_own_phrase(run, sentence, party):
    """A title with its complement is one party (the recogniser's « président de la » names no
    one); a predicate with a copula and a charge in « pour » are not part of the party."""
    assert accused(run(sentence, "fr")) == [party]
