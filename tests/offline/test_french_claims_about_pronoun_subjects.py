"""French claims whose subject is a third-person pronoun: the claim is about whom the pronoun
stands for, and a source accusing that party in such a claim is one of its accusers."""

from __future__ import annotations


def accuser_names(result, party: str) -> list[str]:
    """The names of the accusers of the party whose name contains ``party``."""
    record = next((a for a in result.accused if party in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    return record.accusers


def test_a_claim_whose_subject_pronoun_stands_for_the_accused_is_about_them(run):
    result = run(
        "Le directeur Marc Lenoir a été mis en examen pour abus de biens sociaux. "
        "« Il a détourné des millions d'euros », affirme le procureur de Rennes.",
        "fr",
    )
    claim = next(c for c in result.claims if "millions" in c.text)
    assert "Marc Lenoir" in claim.about
    assert accuser_names(result, "Marc Lenoir") == ["procureur de Rennes"]


def test_a_subject_pronoun_taking_up_a_thing_of_its_sentence_names_no_person(run):
    # « elle » takes up the method, not the engineer named before.
    result = run(
        "L'ingénieure Sophie Lantier présente un nouveau procédé de recyclage. "
        "« Si cette méthode fonctionne, elle permettra de réduire les déchets », affirme le directeur Paul Garnier.",
        "fr",
    )
    claim = next(c for c in result.claims if "déchets" in c.text)
    assert "Sophie Lantier" not in claim.about


def test_the_pronoun_of_a_clause_reported_with_que_stays_the_speaker(run):
    # « X a expliqué qu'il … »: the reported subject is the speaker, as before.
    result = run(
        "Le maire Paul Roy a inauguré le pont. Le préfet Jean Castel a expliqué qu'il avait signé le permis.",
        "fr",
    )
    claim = next(c for c in result.claims if "permis" in c.text)
    assert "Paul Roy" not in claim.about
