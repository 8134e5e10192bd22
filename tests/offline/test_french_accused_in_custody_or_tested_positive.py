"""French accused parties: someone staying in custody (« a passé la nuit en garde à vue », « se
trouvait en garde à vue »), and one tested positive (« contrôlé positif »)."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def test_subject_of_a_verb_of_staying_in_custody_is_accused(run):
    result = run("Un gardien de 41 ans se trouvait mardi en garde à vue, a indiqué le parquet de Rennes.", "fr")
    assert any("gardien" in name for name in accused(result)), accused(result)
    record = next(a for a in result.accused if "gardien" in a.name)
    assert record.accusers == ["parquet de Rennes"]


def test_time_spent_in_custody_hangs_the_state_on_the_verb(run):
    result = run("Le chauffeur du camion a passé la nuit en garde à vue.", "fr")
    assert any("chauffeur" in name for name in accused(result)), accused(result)


def test_counted_people_held_in_custody_with_a_number_read_as_an_adjective(run):
    result = run("Sept détenus sont retenus depuis lundi en garde à vue, a indiqué le parquet de Tours.", "fr")
    assert "Sept détenus" in accused(result), accused(result)


def test_one_who_keeps_another_in_custody_is_not_accused(run):
    result = run("Le juge a maintenu le suspect en détention.", "fr")
    assert not any("juge" in name for name in accused(result)), accused(result)


def test_one_tested_positive_is_accused(run):
    result = run("La nageuse a été contrôlée positive à un diurétique, selon la fédération.", "fr")
    assert any("nageuse" in name for name in accused(result)), accused(result)


def test_description_opening_its_sentence_is_one_party_under_two_extents(run):
    result = run("Quatre jeunes âgés de 18 à 22 ans se trouvaient mardi en garde à vue, soupçonnés d'avoir incendié un entrepôt.", "fr")
    assert len([name for name in accused(result) if "jeunes" in name]) == 1, accused(result)
