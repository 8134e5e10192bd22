"""Long articles: paragraph-bounded chunks with overlap; answers merged without duplicates."""

from __future__ import annotations

from extractor.engines.llm.chunking import chunk_spans
from extractor.inputs import Document


def _paragraphs(n: int, width: int = 180) -> str:
    return "\n\n".join(f"Paragraphe {i}. " + "Texte de remplissage sans citation. " * (width // 36) for i in range(n))


def test_short_text_is_one_chunk():
    assert chunk_spans("court", 100) == [(0, 5)]


def test_chunks_cover_the_text_on_paragraph_boundaries_with_overlap():
    text = _paragraphs(12)
    spans = chunk_spans(text, 600, overlap=200)
    assert len(spans) > 2
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a_start, a_end), (b_start, _b_end) in zip(spans, spans[1:]):
        assert b_start < a_end, "consecutive chunks overlap"
        assert a_start < b_start, "every chunk moves forward"
    for start, end in spans:
        assert end - start <= 600
        assert start == 0 or text[start - 2 : start] == "\n\n"  # starts at a paragraph


def test_a_paragraph_longer_than_the_budget_is_cut_at_sentences():
    text = "Une phrase assez longue pour compter. " * 60
    spans = chunk_spans(text, 500, overlap=0)
    assert spans[-1][1] == len(text) and all(e - s <= 500 for s, e in spans)
    assert all(text[e - 1] == " " or e == len(text) for _, e in spans)


def test_engine_merges_chunks_deduping_quotes_and_merging_speakers(fake_server, make_engine):
    filler = "Texte de remplissage sans aucune citation, répété pour allonger l'article. " * 8
    article = (
        f"{filler}\n\n"
        "La sénatrice Léa Marchand a déclaré : « Le texte sera voté. »\n\n"
        f"{filler}\n\n"
        "Marchand a ajouté : « Nous avons les voix. »\n\n"
        f"{filler}"
    )

    def responder(request):
        chunk = request["messages"][-1]["content"]
        quotes, speakers = [], []
        if "Le texte sera voté." in chunk:
            quotes.append({"text": "Le texte sera voté.", "speaker": "Léa Marchand", "kind": "direct", "cue": "a déclaré"})
            speakers.append({"name": "Léa Marchand", "aliases": ["La sénatrice"], "kind": "person"})
        if "Nous avons les voix." in chunk:
            quotes.append({"text": "Nous avons les voix.", "speaker": "Marchand", "kind": "direct", "cue": "a ajouté"})
            speakers.append({"name": "Marchand", "aliases": ["Léa Marchand"], "kind": "person"})
        return {"quotes": quotes, "speakers": speakers}

    fake_server.responder = responder
    result = make_engine(chunk_chars=1100).extract(Document(text=article))
    assert result.meta.chunks >= 2 and len(fake_server.completion_requests) == result.meta.chunks
    assert "part 1 of" in fake_server.completion_requests[0].json["messages"][-1]["content"]
    assert [q.text for q in result.quotes] == ["Le texte sera voté.", "Nous avons les voix."]
    assert len(result.speakers) == 1
    speaker = result.speakers[0]
    assert speaker.name == "Léa Marchand" and {"Marchand", "La sénatrice"} <= set(speaker.aliases)
    assert all(q.speaker_ids == [speaker.id] for q in result.quotes)
    assert [m.text for m in speaker.mentions] == ["La sénatrice", "Léa Marchand", "Marchand"]


def test_chunk_whose_answer_is_cut_off_is_split_and_asked_again(fake_server, make_engine):
    statements = [f"Déclaration numéro {i} : « Nous maintiendrons la position numéro {i} jusqu'au bout, quoi qu'il arrive. »" for i in range(1, 5)]
    filler = "Phrase de contexte sans citation. " * 30
    article = "\n\n".join(f"{filler}\n{statement}" for statement in statements)

    def responder(request):
        chunk = request["messages"][-1]["content"]
        quotes = [
            {"text": f"Nous maintiendrons la position numéro {i} jusqu'au bout, quoi qu'il arrive.", "speaker": f"Porte-parole {i}", "kind": "direct"}
            for i in range(1, 5)
            if f"position numéro {i} " in chunk
        ]
        return {"quotes": quotes}

    fake_server.responder = responder
    result = make_engine(chunk_chars=5000, max_tokens=90).extract(Document(text=article))
    assert len(article) < 5000  # one chunk to start with: the split is caused by the cut-off answer
    first = fake_server.completion_requests[0].json["messages"][-1]["content"]
    assert all(f"position numéro {i} " in first for i in range(1, 5))
    assert len(fake_server.completion_requests) > 1 and result.meta.chunks > 1
    assert [q.text for q in result.quotes] == [f"Nous maintiendrons la position numéro {i} jusqu'au bout, quoi qu'il arrive." for i in range(1, 5)]
    assert result.meta.usage.requests == len(fake_server.completion_requests)


def test_async_path_splits_cut_off_chunks_too(fake_server, make_engine):
    import asyncio

    article = "\n\n".join(f"{'Contexte sans citation. ' * 40}\nElle a dit : « Réponse {i}, sans la moindre hésitation possible. »" for i in range(4))

    def responder(request):
        chunk = request["messages"][-1]["content"]
        return {"quotes": [{"text": f"Réponse {i}, sans la moindre hésitation possible.", "kind": "direct"} for i in range(4) if f"Réponse {i}," in chunk]}

    fake_server.responder = responder
    result = asyncio.run(make_engine(chunk_chars=5000, max_tokens=60).extract_async(Document(text=article)))
    assert [q.text for q in result.quotes] == [f"Réponse {i}, sans la moindre hésitation possible." for i in range(4)]
    assert result.meta.chunks > 1
