"""Where one French statement ends and whose it is: a quotation reopened over several
paragraphs is one quote per paragraph, with the same speaker; a label judged « par » an agent
is the agent's words (made-up sentences)."""

from __future__ import annotations


def _quotes(run, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text, "fr").quotes]


def test_a_quotation_over_two_paragraphs_is_one_quote_per_paragraph(run):
    text = (
        "« Nous avons trouvé un trou dans les comptes. Ce n'est pas acceptable.\n\n"
        "« Notre priorité, c'est de rembourser les clubs », a déclaré la présidente, Corinne Abadie."
    )
    assert _quotes(run, text) == [
        ("Nous avons trouvé un trou dans les comptes. Ce n'est pas acceptable.", "Corinne Abadie"),
        ("Notre priorité, c'est de rembourser les clubs", "Corinne Abadie"),
    ]


def test_the_speaker_named_before_a_quotation_over_two_paragraphs_speaks_both(run):
    text = (
        "La présidente Corinne Abadie a été claire : « Nous avons trouvé un trou dans les comptes.\n\n"
        "« Notre priorité, c'est de rembourser les clubs. »"
    )
    assert _quotes(run, text) == [
        ("Nous avons trouvé un trou dans les comptes.", "Corinne Abadie"),
        ("Notre priorité, c'est de rembourser les clubs.", "Corinne Abadie"),
    ]


def test_a_label_judged_by_an_agent_is_the_agents_words(run):
    text = "Le ministre a promis des renforts. Une réponse jugée « indigne » par la députée Inès Martin."
    assert ("indigne", "Inès Martin") in _quotes(run, text)
