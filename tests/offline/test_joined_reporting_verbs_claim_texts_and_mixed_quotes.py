"""Speakers, claims and accusations: the span naming a speaker, a second reporting verb the parse
joined to the reported clause, claim texts of « que » clauses and noun-phrase contents, present
participles of accusation, quoted words between a verb and its object (invented sentences)."""

from __future__ import annotations


def test_speaker_span_of_a_named_speaker_is_the_phrase_that_names_them(run):
    # The cue of the last sentence is resolved after the quotation before it, which registers the
    # surname's latest mention out of order: the span must still be the surname in that sentence.
    text = (
        "Harlan Voss told the court on Monday that he had often sold stolen maps to a collector.\n\n"
        "The collector paid him in cash, the court heard. Investigators found more than forty maps in a warehouse near the docks.\n\n"
        '"I never thought anyone would notice the missing pages," Voss told the judge on Tuesday.\n\n'
        '"The archive was careless with its collection for years," Voss said, adding that he regretted what he had done.'
    )
    result = run(text, "en")
    for quote in result.quotes:
        assert quote.speaker == "Harlan Voss"
        span = quote.speaker_span
        assert span is not None and text[span.start : span.end] in ("Harlan Voss", "Voss"), (quote.text, span)


def test_second_reporting_verb_the_parse_joined_to_the_reported_clause_has_the_first_ones_subject(run):
    # The parse hangs « a annoncé » on « informé », inside the reported clause; the auxiliary « a »
    # is that of « a assuré », not the pluperfect of the reported clause.
    for text in (
        "Le maire a assuré qu'il n'avait jamais été informé et a annoncé la suspension de son adjoint.",
        "Le maire a assuré qu'il n'avait jamais été informé, puis a déclaré que son adjoint serait suspendu.",
    ):
        quote = next(q for q in run(text, "fr").quotes if "adjoint" in q.text)
        assert quote.speaker == "maire", (text, quote.speaker)


def test_verb_with_the_reported_clauses_tense_stays_in_the_reported_clause(run):
    text = "Le ministre a dit qu'il avait vu le rapport et avait demandé une enquête."
    assert all(q.speaker != "ministre" or "rapport" in q.text for q in run(text, "fr").quotes)


def test_claim_of_a_reported_que_clause_is_the_clause_without_the_reporting_verb(run):
    for text, claim in (
        ("Le maire a indiqué que la ville investirait dans les écoles.", "La ville investirait dans les écoles."),
        ("La directrice a signalé qu'elle quitterait son poste en juin.", "Elle quitterait son poste en juin."),
    ):
        assert [c.text for c in run(text, "fr").claims] == [claim]


def test_claim_of_a_noun_phrase_content_keeps_its_verb_in_a_sentence(run):
    claims = run("Le maire a annoncé la suspension de son adjoint.", "fr").claims
    assert [c.text for c in claims] == ["La suspension de son adjoint est annoncée."]


def test_present_participle_of_accusation_accuses_its_object_not_who_it_is_said_of(run):
    for text, accused, accuser in (
        ("L'opposition a quitté l'hémicycle, accusant le maire d'avoir truqué le vote.", "maire", "opposition"),
        ("Accusant le maire d'avoir truqué le vote, l'opposition a quitté l'hémicycle.", "maire", "opposition"),
        ("Des manifestants accusant la police de violences se sont rassemblés devant la préfecture.", "police", "manifestants"),
        ("Les ONG ont publié un rapport accusant l'armée de crimes de guerre.", "armée", "ONG"),
        # (the parse hangs the participle on the last noun of a long adjunct)
        ("Les syndicats ont appelé à une grève pour protester contre la réforme des retraites, accusant le gouvernement de mépris.", "gouvernement", "syndicats"),
    ):
        parties = {a.name: a.accusers for a in run(text, "fr").accused}
        assert parties == {accused: [accuser]}, (text, parties)


def test_quoted_words_between_the_verb_and_its_object_make_one_mixed_quote(run):
    for text in (
        "L'ONU a condamné « avec la plus grande fermeté » cette attaque.",
        'Le syndicat a dénoncé "sans la moindre ambiguïté" ces licenciements, selon la presse locale.',
    ):
        quotes = run(text, "fr").quotes
        assert len(quotes) == 1 and quotes[0].kind == "mixed", (text, [(q.kind, q.text) for q in quotes])
        assert quotes[0].text.endswith(("cette attaque", "ces licenciements")), quotes[0].text
