"""A hand-built Result exercising every part of the views (nested quotes, hostile text, dangling ids)."""

from __future__ import annotations

import pytest

from extractor.schemas import Accused, Claim, Quote, Rejected, Result, ResultMeta, Speaker

ARTICLE = (
    "Intro <script>alert('pwned')</script> & co.\n"
    "« Nous condamnons \"fermement\" cette attaque », a dit Marie Dupont, ministre.\n"
    "Le porte-parole [bold]Paul[/] a ajouté : « Assez. »"
)


def _quote(qid: str, text: str, speaker: str | None, speaker_id: str | None, kind: str = "direct", occurrence: int = 0) -> Quote:
    start = -1
    for _ in range(occurrence + 1):
        start = ARTICLE.index(text, start + 1)
    return Quote(id=qid, text=text, start=start, end=start + len(text), kind=kind, speaker=speaker, speaker_ids=[speaker_id] if speaker_id else [])


@pytest.fixture
def result() -> Result:
    return Result(
        id="art-<1>",
        language="fr",
        engine="test:handmade",
        quotes=[
            _quote("q1", 'Nous condamnons "fermement" cette attaque', "Marie Dupont", "s1"),
            _quote("q2", 'condamnons "fermement"', "Marie Dupont", "s1", kind="mixed"),  # nested in q1
            _quote("q3", "Assez.", "Paul <b>", "s2"),
            _quote("q4", "cette attaque », a dit", None, None, kind="indirect"),  # overlaps q1's end
        ],
        speakers=[
            Speaker(id="s1", name="Marie Dupont", aliases=["Marie Dupont", "la ministre", "<img src=x onerror=alert(2)>"], kind="person", role="ministre"),
            Speaker(id="s2", name="Paul <b>", aliases=["Paul <b>"], kind="person", role="porte-parole"),
        ],
        accused=[Accused(id="a1", name="les <i>rebelles</i>", accuser_ids=["s1"], accusation="l'attaque & <u>le reste</u>", quote_ids=["q1", "q99"])],
        claims=[Claim(id="c1", text="L'attaque est condamnée </script><script>alert(3)</script>", claimant="Marie Dupont", claimant_ids=["s1"], kind="accusation", about=["les rebelles"], quote_ids=["q1"])],
        rejected=[Rejected(item="quote", text="<script>alert(4)</script> invented", reason="not found in the article")],
        notes=["language <xx> not supported"],
        meta=ResultMeta(extractor_version="0.0-test"),
        article=ARTICLE,
    )
