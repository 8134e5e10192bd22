"""Wire copy (made-up sentences): the dateline that opens a wire story (« PARIS (AFP) - ») is not
part of what a source said nor what its claims are about, and an incise verb the tagger reads as
an adjective (« raconte ») still names its inverted subject."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.engines.offline.attribution import _is_cue
from extractor.engines.offline.docarrays import dateline_ranges
from extractor.engines.offline.lexicon import get_lexicon


def test_dateline_forms():
    from extractor.engines.offline.models import get_nlp

    for language, line in (("fr", "PARIS (AFP) - Le groupe"), ("fr", "Bamako, 3 mai 2026 (AFP) - Le groupe"), ("en", "WASHINGTON (Reuters) — The group"),
                           ("en", "LOS ANGELES, Sept. 28 (UPI) — The group"), ("en", "OTTAWA — The group"), ("fr", "SAINT-DENIS (AFP) – Le groupe")):
        ranges = dateline_ranges(get_nlp(language)("Un titre\n\n" + line))
        assert len(ranges) == 1 and ("Un titre\n\n" + line)[ranges[0][1]:].startswith(("Le groupe", "The group")), line
    for line in ("Le ministre - qui parlait", "« NON » - a crié la foule", "Paris - Le groupe", "A - Le groupe", "Carlos Ghosn, président de Renault - a dit"):
        assert dateline_ranges(get_nlp("fr")(line)) == [], line


def test_a_content_before_its_cue_starts_after_the_dateline(run):
    text = "LYON (AFP) - Une usine de pneus fermera ses portes en juin, a annoncé mardi la direction du groupe."
    [quote] = run(text, "fr").quotes
    assert quote.text == "Une usine de pneus fermera ses portes en juin"
    [claim] = run(text, "fr").claims
    assert not {"LYON", "AFP"} & set(claim.about)


def test_an_agency_the_statements_are_made_to_is_not_the_topic(run):
    text = (
        "MARSEILLE (AFP) - Le port restera fermé jusqu'à lundi, a indiqué à l'AFP la capitainerie.\n\n"
        "« Les dockers reprendront le travail mardi », a précisé à l'AFP un porte-parole du syndicat.\n\n"
        "« La grève nous a coûté cher », a déclaré à l'AFP un armateur."
    )
    result = run(text, "fr")
    assert len(result.claims) == 3
    assert all("AFP" not in claim.about for claim in result.claims)


def test_incise_verb_read_as_an_adjective_before_a_proper_name():
    # « « … », raconte Sophie Marchal, 61 ans »: the tagger sometimes reads « raconte » as an
    # adjective; the parse is built by hand so the reading does not depend on the model.
    words = ["«", "On", "a", "tout", "vu", "»", ",", "raconte", "Sophie", "Marchal", ",", "61", "ans", "."]
    pos = ["PUNCT", "PRON", "AUX", "PRON", "VERB", "PUNCT", "PUNCT", "ADJ", "PROPN", "PROPN", "PUNCT", "NUM", "NOUN", "PUNCT"]
    heads = [4, 4, 4, 4, 4, 4, 4, 4, 7, 8, 8, 12, 8, 4]
    deps = ["punct", "nsubj", "aux:tense", "obj", "ROOT", "punct", "punct", "parataxis", "obj", "flat:name", "punct", "nummod", "obl:mod", "punct"]
    lemmas = ["«", "on", "avoir", "tout", "voir", "»", ",", "raconte", "Sophie", "Marchal", ",", "61", "an", "."]
    vocab = spacy.blank("fr").vocab  # (its lexical attributes: the lowercase forms the rules read)
    doc = Doc(vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas)
    lexicon = get_lexicon("fr")
    assert _is_cue(doc[7], lexicon)
    # an adjective between commas before a name, not a speech verb: no cue
    words[7], lemmas[7] = "grande", "grand"
    assert not _is_cue(Doc(vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas)[7], lexicon)


def test_the_source_a_report_cites_is_not_what_it_said(run):
    fr = run("Le ministre va démissionner, affirme le journal, citant des sources gouvernementales.", "fr")
    assert [(q.text, q.speaker) for q in fr.quotes] == [("Le ministre va démissionner", "journal")]
    en = run("The minister will resign, the newspaper reported on Monday, citing two officials.", "en")
    assert [q.text for q in en.quotes] == ["The minister will resign"]
    quoted = run("Le syndicat a réagi en citant « une faute grave » de la direction.", "fr")
    assert any("faute grave" in q.text for q in quoted.quotes)


def test_a_lone_letter_is_no_accused_party(run):
    unknown = run("L'entreprise a déposé plainte contre X pour vol, selon un communiqué.", "fr")
    network = run("Le député Paul Roy a dénoncé sur X « un scandale ».", "fr")
    assert all(a.name != "X" for a in unknown.accused + network.accused)
    named = run("L'entreprise a déposé plainte contre le gérant pour vol, selon un communiqué.", "fr")
    assert [a.name.split()[0] for a in named.accused] == ["gérant"]
