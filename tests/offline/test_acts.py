"""Cue types (speech / belief / perception / other) and the scope that keeps them (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.cuetypes import classify_cue_text, classify_lemma, cue_lemma, cue_words, in_scope, restrict_to_scope
from extractor.engines.offline import OfflineEngine
from extractor.engines.offline.acts import classify_attribution
from extractor.engines.offline.attribution import Attribution
from extractor.engines.offline.lexicon import get_lexicon
from extractor.engines.offline.models import get_nlp
from extractor.engines.offline.quotes import QuoteSpan
from extractor.inputs import Document
from extractor.schemas import Accused, Claim, Quote


@pytest.fixture(scope="module")
def engines():
    return {(lang, scope): OfflineEngine(language=lang, scope=scope) for lang in ("en", "fr") for scope in ("statements", "attributions")}


def _quotes(engines, text, lang, scope):
    return engines[(lang, scope)].extract(Document(text=text)).quotes


@pytest.mark.parametrize(
    ("lang", "text", "cue_type"),
    [
        ("en", "Mayor Lena Ortiz said that the bridge would reopen in May after the repairs.", "speech"),
        ("en", "Mayor Lena Ortiz believes that the bridge will reopen in May after the repairs.", "belief"),
        ("en", "Inspectors found that the bridge had several cracks in its main span.", "perception"),
        ("en", "Residents saw that the water had turned brown near the old factory.", "perception"),
        ("fr", "La ministre Claire Roy a déclaré que le pont rouvrirait en mai après les travaux.", "speech"),
        # French guidelines: « X estime que Y » is a statement, and so are the opinion verbs.
        ("fr", "La ministre Claire Roy estime que le pont rouvrira en mai après les travaux.", "speech"),
        ("fr", "Le maire Paul Hart pense que l'entreprise a pollué la rivière l'an dernier.", "speech"),
    ],
)
def test_cue_type_of_indirect_speech(engines, lang, text, cue_type):
    (quote,) = _quotes(engines, text, lang, "attributions")
    assert quote.cue_type == cue_type
    statements = _quotes(engines, text, lang, "statements")
    assert [q.text for q in statements] == ([quote.text] if cue_type == "speech" else [])


def test_direct_quote_without_cue_is_speech(engines):
    text = "The council met on Monday. “We will rebuild the bridge before winter,” said Lena Ortiz. “Nobody will be left behind.”"
    quotes = _quotes(engines, text, "en", "statements")
    assert len(quotes) == 2 and {q.cue_type for q in quotes} == {"speech"}


def test_learned_cue_that_is_not_a_predicate_is_other():
    doc = get_nlp("en")("They talked about the plan for the new bridge across the river.")
    lexicon = get_lexicon("en")
    about = next(t for t in doc if t.lower_ == "about")
    cue = (about.idx, about.idx + len(about.text))
    guessed = Attribution(about.idx + 6, len(doc.text) - 1, "indirect", cue=cue, rule="learned")
    assert classify_attribution(guessed, doc, lexicon) == "other"
    assert classify_attribution(Attribution(0, 10, "indirect", rule="learned"), doc, lexicon) == "other"
    # a rule-built clause with no cue, and quotation marks with no cue, are speech
    assert classify_attribution(Attribution(0, 10, "indirect", rule="source"), doc, lexicon) == "speech"
    assert classify_attribution(Attribution(0, 10, "direct", rule="quote"), doc, lexicon) == "speech"
    assert not in_scope("other", "statements") and in_scope("other", "attributions")


def test_word_classes_in_both_languages():
    en, fr = get_lexicon("en"), get_lexicon("fr")
    assert [classify_lemma(w, en) for w in ("say", "know", "hear", "walk")] == ["speech", "belief", "perception", None]
    assert [classify_lemma(w, fr) for w in ("déclarer", "estimer", "savoir", "voir")] == ["speech", "speech", "belief", "perception"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_text_cues_and_parsed_cues_use_the_same_lists(lang):
    """A cue means the same act whichever engine ran: the lists the LLM path and the eval classify
    text cues with are the offline lexicon's."""
    text_lists, lexicon = cue_words(lang), get_lexicon(lang)
    for field in ("speech_verbs", "speech_nouns", "cognition_verbs", "perception_verbs", "according_to"):
        assert getattr(text_lists, field) == getattr(lexicon, field), field


@pytest.mark.parametrize(
    ("lang", "cue", "cue_type", "lemma"),
    [
        ("en", "has said", "speech", "say"),
        ("en", "believes", "belief", "believe"),
        ("en", "found", "perception", "find"),
        ("en", "According to", "speech", "according to"),
        ("en", "in an interview", "speech", "interview"),
        ("fr", "a déclaré", "speech", "déclarer"),
        ("fr", "a vu", "perception", "voir"),
        ("fr", "selon", "speech", "selon"),
    ],
)
def test_cue_given_as_text(lang, cue, cue_type, lemma):
    assert classify_cue_text(cue, cue_words(lang)) == cue_type
    assert cue_lemma(cue, lang) == lemma


def test_claims_and_accused_never_cite_a_dropped_quote(engines):
    text = "Senator Paul Hart believes that Acme Corp is responsible for the chemical spill in the river."
    broad = engines[("en", "attributions")].extract(Document(text=text))
    assert [q.cue_type for q in broad.quotes] == ["belief"]
    assert broad.accused and broad.claims  # the belief makes an accusation and a claim there...
    narrow = engines[("en", "statements")].extract(Document(text=text))
    assert narrow.quotes == [] and narrow.claims == [] and narrow.accused == []  # ...and nothing here
    mixed = "Senator Paul Hart believes Acme Corp hid the spill. Mayor Lena Ortiz accused Acme Corp of lying about the spill."
    result = engines[("en", "statements")].extract(Document(text=mixed))
    ids = {q.id for q in result.quotes}
    assert [q.speaker for q in result.quotes] == ["Lena Ortiz"]
    assert all(set(c.quote_ids) <= ids for c in result.claims) and all(set(a.quote_ids) <= ids for a in result.accused)


def test_restrict_to_scope_for_engines_without_a_parse():
    text = "Hart believes the plant leaks, Ortiz said."
    quotes = [
        Quote(id="q1", text="the plant leaks", start=14, end=29, kind="indirect", cue="believes"),
        Quote(id="q2", text="Hart believes the plant leaks", start=0, end=29, kind="indirect", cue="said"),
    ]
    accused = [Accused(id="a1", name="the plant", quote_ids=["q1", "q2"])]
    claims = [Claim(id="c1", text="The plant leaks.", quote_ids=["q1"]), Claim(id="c2", text="Hart believes it.", quote_ids=["q2"])]
    assert text[14:29] == "the plant leaks"
    kept, kept_accused, kept_claims = restrict_to_scope(quotes, accused, claims, language="en", scope="statements")
    assert [(q.id, q.cue_type) for q in kept] == [("q2", "speech")]
    assert kept_accused[0].quote_ids == ["q2"] and [c.id for c in kept_claims] == ["c2"]
    everything, _, all_claims = restrict_to_scope(quotes, accused, claims, language="en", scope="attributions")
    assert [q.cue_type for q in everything] == ["belief", "speech"] and len(all_claims) == 2


def test_unknown_scope_is_refused():
    from extractor.errors import ConfigError

    with pytest.raises(ConfigError):
        OfflineEngine(language="en", scope="everything")


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Mayor Lena Ortiz denied the allegations of fraud against her office.", False),  # a topic, not what was said
        ("en", "Mayor Lena Ortiz urged the council to approve the harbour plan.", False),  # a request in the infinitive, in the writer's words
        ("en", "Councillor Pete Fry calls the new harbour plan a costly mistake.", True),  # small clause: object predicate
        ("fr", "La ministre Claire Roy a dénoncé la corruption du régime lors de sa visite.", True),  # French guidelines count it
    ],
)
def test_noun_phrase_content_is_a_statement_only_where_the_language_counts_it(engines, lang, text, kept):
    (attribution,) = _quotes(engines, text, lang, "attributions")
    assert attribution.cue_type == "speech"
    assert [q.text for q in _quotes(engines, text, lang, "statements")] == ([attribution.text] if kept else [])


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Mayor Lena Ortiz did not say whether the bridge would reopen in May.", False),  # negated: nothing said
        ("en", "Mayor Lena Ortiz would not say which contractors will rebuild the bridge.", False),  # an indirect question
        ("en", "Mayor Lena Ortiz told the council that the bridge would not reopen in May.", True),  # the content is negative, not the act
        ("fr", "La ministre Claire Roy a demandé si le pont serait rouvert en mai.", False),  # une question indirecte
        ("fr", "La ministre Claire Roy a affirmé que le pont ne serait pas rouvert en mai.", True),
    ],
)
def test_negated_acts_and_indirect_questions_are_not_statements(engines, lang, text, kept):
    statements = _quotes(engines, text, lang, "statements")
    if kept:
        assert len(statements) == 1 and statements[0].cue_type == "speech"
    else:
        assert statements == []
        assert len(_quotes(engines, text, lang, "attributions")) == 1  # still an attribution


def _learned(doc, content: str, cue: str) -> Attribution:
    start, cue_start = doc.text.index(content), doc.text.index(cue)
    return Attribution(start, start + len(content), "indirect", cue=(cue_start, cue_start + len(cue)), rule="learned")


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "stated"),
    [
        ("The old bridge will close in April, the mayor says.", "The old bridge will close in April", "says", True),  # incise
        ("The mayor said the old bridge will close in April.", "the old bridge will close in April", "said", True),  # complement clause
        ("Several companies announced plans to close their plants in April.", "plans to close their plants in April", "announced", False),  # an object
    ],
)
def test_a_learned_span_is_a_statement_only_as_the_content_of_its_cue(sentence, content, cue, stated):
    from extractor.engines.offline.acts import is_statement

    doc = get_nlp("en")(sentence)
    assert is_statement(_learned(doc, content, cue), doc, get_lexicon("en")) is stated


@pytest.mark.parametrize(
    ("text", "cue_type"),
    [
        ("Mayor Lena Ortiz suggested that the old bridge was no longer safe for trucks.", "speech"),
        ("The inspection data suggest that the old bridge is no longer safe for trucks.", "perception"),  # a finding
    ],
)
def test_evidential_verbs_report_speech_from_speakers_and_findings_from_evidence(engines, text, cue_type):
    (quote,) = _quotes(engines, text, "en", "attributions")
    assert quote.cue_type == cue_type


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("La police a fait savoir que le suspect avait été arrêté dans la nuit.", "fr"),
        ("Le syndicat fait valoir que la loi est injuste.", "fr"),
        ("She let reporters know that the plan was dead.", "en"),
    ],
)
def test_a_verb_of_knowing_under_a_causative_is_a_statement(sentence, language):
    result = extract(sentence, language=language)
    assert [q.cue_type for q in result.quotes] == ["speech"], [(q.text, q.cue, q.cue_type) for q in result.quotes]


def test_quotations_around_one_cue_are_one_attribution_in_attributions_scope(engines):
    # PolNeAR counts one attribution per cue; news statements count each quoted sentence.
    text = "“The bridge will hold,” Mayor Lena Ortiz said on Monday. “We checked every bolt twice.”"
    (joined,) = _quotes(engines, text, "en", "attributions")
    assert joined.text == text[1:-1] and joined.kind == "direct" and joined.speaker == "Lena Ortiz"
    statements = _quotes(engines, text, "en", "statements")
    assert [q.text for q in statements] == ["The bridge will hold,", "We checked every bolt twice."]


def test_quotations_in_two_paragraphs_stay_two_attributions(engines):
    text = "“The bridge will hold,” Mayor Lena Ortiz said on Monday.\n\n“We checked every bolt twice.”"
    assert len(_quotes(engines, text, "en", "attributions")) == 2


def test_learned_clause_around_quoted_words_is_one_mixed_quote(engines):
    # The model finds the clause; the quoted words inside it do not keep it out.
    text = "The mayor’s claim that there were “thousands of complaints” in Riverton this year was false."
    (quote,) = _quotes(engines, text, "en", "attributions")
    assert quote.kind == "mixed" and quote.text.startswith("that there were “thousands of complaints” in Riverton")


def test_only_quoted_words_wholly_inside_let_a_learned_span_in():
    from extractor.engines.offline.attribution import _blocks_learned

    text = "The mayor’s claim that there were “thousands of complaints” was false. “It is false,” she said."
    opening = text.index("“thousands")
    quoted = Attribution(opening + 1, opening + 23, "direct", quotes=[QuoteSpan(opening + 1, opening + 23, opening, opening + 24)])
    assert not _blocks_learned(quoted, 15, 70, text)  # embedded and inside: the clause becomes a mixed quote
    assert _blocks_learned(quoted, 40, 70, text)  # straddling: the quotation keeps it out
    assert _blocks_learned(Attribution(opening + 1, opening + 23, "indirect"), 15, 70, text)  # a rule's clause keeps it out
    assert not _blocks_learned(quoted, 2, 10, text)  # no overlap
    sentence = text.index("“It")
    own = Attribution(sentence + 1, sentence + 13, "direct", quotes=[QuoteSpan(sentence + 1, sentence + 13, sentence, sentence + 14)])
    assert _blocks_learned(own, 60, len(text), text)  # a quotation opening its sentence is a statement of its own


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lena Ortiz promised to cut property taxes next year.",
        "The new party leader is vowing to clean up the party before the next election.",
        "The harbour company is said to have two buyers for the old shipyard.",
    ],
)
def test_a_to_infinitive_content_is_no_statement(engines, text):
    # A promise, a vow or a plan states no proposition (GGT counts what was said).
    assert not [q for q in _quotes(engines, text, "en", "statements") if q.kind == "indirect"]


def test_a_call_to_action_in_the_infinitive_is_a_request_not_a_statement(engines):
    # (English news annotation leaves requests in the infinitive out; the attributions scope keeps them)
    assert _quotes(engines, "The union urged the province to reopen the two closed clinics.", "en", "statements") == []
    quotes = _quotes(engines, "The union urged the province to reopen the two closed clinics.", "en", "attributions")
    assert [q.text for q in quotes] == ["the province to reopen the two closed clinics"]


def test_a_finite_clause_after_the_same_verbs_still_is_a_statement(engines):
    quotes = _quotes(engines, "Mayor Lena Ortiz promised that property taxes would fall next year.", "en", "statements")
    assert [q.text for q in quotes] == ["that property taxes would fall next year"]


def test_that_said_at_the_start_of_a_sentence_is_a_connective(engines):
    text = "The bridge repairs are costly. That said, a delay would hurt the town more than the bill."
    assert _quotes(engines, text, "en", "statements") == []
    quoted = "The bridge repairs are costly. That, she said, is why the vote matters."
    assert _quotes(engines, quoted, "en", "statements")


def test_an_infinitive_on_an_adjective_in_a_headline_clause_still_is_a_statement(engines):
    # "likely to rise" predicates the subject (the headline drops "is"); nobody is asked to do anything.
    quotes = _quotes(engines, "Premier says bridge repair cost likely to double\n\nThe river rose for two days.", "en", "statements")
    assert [q.text for q in quotes] == ["bridge repair cost likely to double"]


@pytest.mark.parametrize(
    "text",
    [
        "The union vowed to find out whether the province would reopen the two clinics.",
        "Councillor Tom Harper proposed a ban on trucks entering the old town after dark.",
    ],
)
def test_a_content_whose_only_verb_sits_inside_a_noun_or_an_infinitive_is_no_statement(engines, text):
    assert not [q for q in _quotes(engines, text, "en", "statements") if q.kind == "indirect"]


def test_a_prepositional_cue_takes_the_subject_of_its_verb(engines):
    # The learned model marks the preposition as the cue ("argued for", "spoke about").
    result = engines[("en", "attributions")].extract(Document(text="Former Interior Minister Carl Hodges openly argued for the secret detention of foreign suspects."))
    assert [(q.speaker, q.cue) for q in result.quotes] == [("Carl Hodges", "for")]
