"""French quotations read on a medium by the impersonal « on »: the reading verb in the incise
after the quotation, an owner the parse hangs on a name of the medium's phrase, and « y » taking
up the document of the sentence before (invented sentences)."""

from __future__ import annotations

from extractor.testing.results import speaker_of


def test_reading_verb_in_the_incise_after_the_quotation(run):
    text = "« Les travaux reprendront dès lundi sur l'ensemble du chantier » peut-on lire dans le communiqué de la société Vernet."
    assert "Vernet" in (speaker_of(run(text, "fr"), "Les travaux reprendront") or "")


def test_owner_hung_on_a_name_of_the_medium_phrase(run):
    text = "Sur la page Facebook officielle de la brasserie Morvan, on pouvait lire : « Nous fermons nos portes après quarante ans de service. »"
    assert speaker_of(run(text, "fr"), "Nous fermons nos portes") == "brasserie Morvan"


def test_y_takes_up_the_document_of_the_sentence_before(run):
    text = (
        "Dans un communiqué de la préfecture du Doubs, on précise que la route restera fermée. "
        "« Les secours sont arrivés sur place et les habitants ont été évacués » peut-on y lire."
    )
    assert speaker_of(run(text, "fr"), "Les secours sont arrivés") == "préfecture du Doubs"


def test_y_without_a_document_before_gives_no_speaker(run):
    text = "Le maire est arrivé à la mairie. « Les secours sont arrivés sur place et les habitants ont été évacués » peut-on y lire."
    assert speaker_of(run(text, "fr"), "Les secours sont arrivés") in (None, "<no quote>")


def test_incise_of_a_named_speaker_is_unchanged(run):
    text = "« Les travaux reprendront dès lundi sur l'ensemble du chantier », a déclaré Paul Vernet dans le communiqué de la société."
    assert speaker_of(run(text, "fr"), "Les travaux reprendront") == "Paul Vernet"
