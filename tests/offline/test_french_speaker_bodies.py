"""French speakers an organisation, a joint subject or a nationality phrase gives (made-up
sentences): a pronoun that takes up the body its own sentence names, a coordinated subject."""

from __future__ import annotations


def test_incise_pronoun_takes_up_the_agent_body_of_its_own_sentence(run):
    result = run(
        "Paul Martin a critiqué les juges. La décision est accueillie avec soulagement par l' Union des consommateurs (UDC) : "
        "« Nous sommes heureux de cette décision » a-t-elle déclaré.",
        "fr",
    )
    assert [(q.kind, q.speaker) for q in result.quotes if q.kind == "direct"] == [("direct", "Union des consommateurs")]


def test_pronoun_after_a_sentence_naming_a_person_keeps_the_person(run):
    result = run(
        "Paul Martin a visité l'usine. Devant la Chambre de commerce, il a déclaré que les salaires augmenteraient.",
        "fr",
    )
    assert [q.speaker for q in result.quotes] == ["Paul Martin"]
