"""A made-up corpus (no eval-set text): five short articles, French and English, built so that
consolidation has work to do — one country under four names in two languages, a person under a
full name, a surname and a description, two different Smiths and a bare "Smith", descriptions
that must stay per article, and a hostile name."""

from __future__ import annotations

import pytest

from extractor.schemas import Accused, Claim, Quote, Result, ResultMeta, Speaker


def _result(rid: str, language: str, article: str, speakers: list[tuple], quotes: list[tuple], accused: list[tuple] = (), claims: list[tuple] = ()) -> Result:
    """speakers: (id, name, aliases, kind); quotes: (id, text, speaker id, kind);
    accused: (id, name, aliases, accuser ids, accusation, quote ids); claims: (id, kind, claimant id, about, text, quote ids)."""
    names = {sid: name for sid, name, _, _ in speakers}
    built_quotes = []
    for qid, text, sid, kind in quotes:
        start = article.index(text)
        built_quotes.append(Quote(id=qid, text=text, start=start, end=start + len(text), kind=kind, speaker=names.get(sid), speaker_ids=[sid] if sid else []))
    return Result(
        id=rid,
        language=language,
        engine="test:handmade",
        quotes=built_quotes,
        speakers=[Speaker(id=sid, name=name, aliases=aliases, kind=kind) for sid, name, aliases, kind in speakers],
        accused=[
            Accused(id=aid, name=name, aliases=aliases, accusers=[names[s] for s in accusers], accuser_ids=list(accusers), accusation=what, quote_ids=list(qids))
            for aid, name, aliases, accusers, what, qids in accused
        ],
        claims=[
            Claim(id=cid, kind=kind, claimant=names.get(sid), claimant_ids=[sid] if sid else [], about=list(about), text=text, quote_ids=list(qids))
            for cid, kind, sid, about, text, qids in claims
        ],
        meta=ResultMeta(extractor_version="test", source=f"made-up/{rid}.txt"),
        article=article,
    )


EN_1 = (
    'President Joe Biden said on Monday that "China cheats on steel." '
    "Beijing rejected the charge, a spokesperson said."
)
FR_2 = (
    "Pékin a accusé le président américain Joe Biden de « mentir sur le commerce ». "
    "Selon la Chine, les États-Unis « préparent des sanctions »."
)
EN_3 = 'John Smith, the mayor, said "the bridge is safe." A spokesperson said the bridge would reopen.'
EN_4 = 'Jane Smith said "the bridge is not safe" and accused John Smith of "hiding the report."'
EN_5 = 'Smith said "we will see." Biden said "tariffs will rise." The <script>x</script> Group said "no."'


def corpus_results() -> list[Result]:
    return [
        _result(
            "en-1",
            "en",
            EN_1,
            [("s1", "Joe Biden", ["Joe Biden", "President Joe Biden", "Biden"], "person"), ("s2", "Beijing", ["Beijing"], "government"), ("s3", "a spokesperson", ["a spokesperson"], "unnamed")],
            [("q1", "China cheats on steel.", "s1", "direct"), ("q2", "Beijing rejected the charge", "s3", "indirect")],
            accused=[("a1", "China", ["China"], ["s1"], "cheating on steel", ["q1"])],
            claims=[("c1", "accusation", "s1", ["China"], "China cheats on steel", ["q1"]), ("c2", "denial", "s2", ["Joe Biden"], "Beijing rejects the charge", ["q2"])],
        ),
        _result(
            "fr-2",
            "fr",
            FR_2,
            [("s1", "Pékin", ["Pékin", "la Chine"], "government"), ("s2", "Joe Biden", ["Joe Biden", "le président américain"], "person")],
            [("q1", "mentir sur le commerce", "s1", "mixed"), ("q2", "préparent des sanctions", "s1", "direct")],
            accused=[("a1", "Joe Biden", ["le président américain Joe Biden"], ["s1"], "mentir sur le commerce", ["q1"]), ("a2", "les États-Unis", ["les États-Unis"], ["s1"], "préparer des sanctions", ["q2"])],
            claims=[("c1", "accusation", "s1", ["Joe Biden"], "Joe Biden ment sur le commerce", ["q1"]), ("c2", "prediction", "s1", ["États-Unis"], "Les États-Unis préparent des sanctions", ["q2"])],
        ),
        _result(
            "en-3",
            "en",
            EN_3,
            [("s1", "John Smith", ["John Smith"], "person"), ("s2", "a spokesperson", ["a spokesperson"], "unnamed")],
            [("q1", "the bridge is safe.", "s1", "direct"), ("q2", "the bridge would reopen", "s2", "indirect")],
            claims=[("c1", "factual_assertion", "s1", ["bridge"], "The bridge is safe", ["q1"])],
        ),
        _result(
            "en-4",
            "en",
            EN_4,
            [("s1", "Jane Smith", ["Jane Smith"], "person"), ("s2", "John Smith", ["John Smith"], "person")],
            [("q1", "the bridge is not safe", "s1", "direct"), ("q2", "hiding the report.", "s1", "mixed")],
            accused=[("a1", "John Smith", ["John Smith"], ["s1"], "hiding the report", ["q2"])],
            claims=[("c1", "denial", "s1", ["bridge"], "The bridge is not safe", ["q1"])],
        ),
        _result(
            "en-5",
            "en",
            EN_5,
            [("s1", "Smith", ["Smith"], "person"), ("s2", "Biden", ["Biden"], "person"), ("s3", "The <script>x</script> Group", ["The <script>x</script> Group"], "organization")],
            [("q1", "we will see.", "s1", "direct"), ("q2", "tariffs will rise.", "s2", "direct"), ("q3", "no.", "s3", "direct")],
            accused=[("a1", "Smith", ["Smith"], ["s3"], "silence", ["q3"])],
        ),
    ]


@pytest.fixture
def results() -> list[Result]:
    return corpus_results()


@pytest.fixture
def results_jsonl(tmp_path, results):
    path = tmp_path / "out.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in results), encoding="utf-8")
    return path
