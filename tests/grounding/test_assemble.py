"""Turning the LLM's strings into a grounded result: rejections, links, evidence ids."""

from __future__ import annotations

from extractor.engines.llm.assemble import ChunkAnswer, assemble
from extractor.schemas.llm import Extraction

ARTICLE = (
    "Le député Marc Aubry a accusé la préfecture d’avoir « menti sur les chiffres ». "
    "Selon lui, les données « ont été truquées ». La préfète, Hélène Sarr, a démenti."
)


def _run(payload: dict):
    return assemble(ARTICLE, [ChunkAnswer(0, len(ARTICLE), Extraction.model_validate(payload))])


def test_ungrounded_quotes_are_rejected_and_never_cited():
    out = _run(
        {
            "quotes": [
                {"text": "menti sur les chiffres", "speaker": "Marc Aubry", "kind": "mixed", "cue": "a accusé"},
                {"text": "the figures were rigged", "speaker": "Marc Aubry"},  # translated: not in the article
                {"text": "les données « ont été truquées »", "speaker": "lui", "kind": "mixed", "cue": "Selon"},
            ],
            "speakers": [{"name": "Marc Aubry", "aliases": ["Le député"], "kind": "person", "role": "député"}],
            "accused": [
                {"name": "la préfecture", "accusers": ["Marc Aubry"], "accusation": "avoir menti", "evidence": [1, 2]},
                {"name": "La préfecture", "accusers": ["Marc Aubry"], "evidence": [3]},  # same entity again
                {"name": "le ministère", "accusers": ["Marc Aubry"], "evidence": [2]},  # not in the article
            ],
            "claims": [
                {"text": "Les chiffres sont faux", "claimant": "Marc Aubry", "kind": "accusation", "evidence": [1, 2]},
                {"text": "Invented", "claimant": "Nobody", "evidence": [2]},
            ],
        }
    )
    assert [q.text for q in out.quotes] == ["menti sur les chiffres", "les données « ont été truquées »"]
    assert [q.id for q in out.quotes] == ["q1", "q2"]
    assert all(ARTICLE[q.start : q.end] == q.text for q in out.quotes)
    assert out.quotes[1].hedged and out.quotes[1].cue_span.text == "Selon"
    rejected = {(r.item, r.text) for r in out.rejected}
    assert ("quote", "the figures were rigged") in rejected
    assert ("accused", "le ministère") in rejected and ("claim", "Invented") in rejected
    (accused,) = out.accused  # one entry per entity
    assert accused.quote_ids == ["q1", "q2"] and accused.accusers == ["Marc Aubry"]
    assert accused.accuser_ids == [out.speakers[0].id] and accused.mentions[0].text == "la préfecture"
    (claim,) = out.claims
    assert claim.quote_ids == ["q1"] and claim.claimant == "Marc Aubry"


def test_speakers_merge_by_alias_and_quotes_get_the_nearest_mention():
    out = _run(
        {
            "quotes": [{"text": "menti sur les chiffres", "speaker": "Aubry"}],
            "speakers": [
                {"name": "Marc Aubry", "aliases": ["Le député"], "kind": "person"},
                {"name": "Le député", "aliases": ["Aubry"], "role": "député"},
                {"name": "Hélène Sarr", "aliases": ["La préfète"], "kind": "person"},
                {"name": "Jean Invented", "kind": "person"},
            ],
        }
    )
    names = [s.name for s in out.speakers]
    assert names == ["Marc Aubry", "Hélène Sarr"]
    aubry = out.speakers[0]
    assert aubry.role == "député" and {"Le député", "Aubry"} <= set(aubry.aliases)
    assert [m.text for m in aubry.mentions] == ["Le député", "Marc Aubry"]
    quote = out.quotes[0]
    assert quote.speaker == "Marc Aubry" and quote.speaker_ids == [aubry.id]
    assert quote.speaker_span.text == "Marc Aubry"
    assert ("speaker", "Jean Invented") in {(r.item, r.text) for r in out.rejected}


def test_a_quote_repeated_by_the_model_is_kept_once():
    out = _run({"quotes": [{"text": "menti sur les chiffres"}, {"text": "« menti sur les chiffres »"}, {"text": "menti sur les chiffres"}]})
    assert [q.text for q in out.quotes] == ["menti sur les chiffres"]  # with or without its quotation marks


def test_sharing_a_function_word_or_title_does_not_make_two_speakers_one():
    article = "The mayor said the plan is ready. The port authority said repairs are late."
    out = assemble(
        article,
        [
            ChunkAnswer(
                0,
                len(article),
                Extraction.model_validate(
                    {
                        "quotes": [{"text": "the plan is ready", "speaker": "The mayor"}, {"text": "repairs are late", "speaker": "The port authority"}],
                        "speakers": [{"name": "The port authority", "kind": "organization"}],
                    }
                ),
            )
        ],
    )
    assert [q.speaker for q in out.quotes] == ["The mayor", "The port authority"]
    assert len({q.speaker_ids[0] for q in out.quotes}) == 2


def test_a_direct_quote_is_the_words_inside_the_marks():
    out = _run({"quotes": [{"text": "« menti sur les chiffres »", "kind": "direct"}, {"text": "les données « ont été truquées »", "kind": "mixed"}]})
    assert [q.text for q in out.quotes] == ["menti sur les chiffres", "les données « ont été truquées »"]
