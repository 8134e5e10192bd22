"""French accused parties: a labelling verb the lemmatizer misreads (« traite » as « traire »),
« cette dernière » standing for a person noun, a sentence the parser hung on the party
(invented sentences)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_traiter_de_with_a_misread_lemma_labels_the_object(run):
    result = run("Sur son blog, l'écrivaine traite les dirigeants du club de menteurs.", "fr")
    record = next((a for a in result.accused if "dirigeants" in a.name), None)
    assert record is not None and record.accusers == ["écrivaine"], names(result)
    assert names(run("Le patron traite ses employés avec respect.", "fr")) == []


def test_latter_stands_for_the_last_person_noun_of_its_gender(run):
    text = "Le notaire a été condamné en mars. Il gérait l'étude avec sa sœur. Cette dernière est soupçonnée de complicité."
    assert any("sœur" in n for n in names(run(text, "fr"))), names(run(text, "fr"))


def test_sentence_hung_on_the_party_is_cut_off(run):
    result = run("Le tribunal a condamné l'ancien trésorier à quatre ans de prison.", "fr")
    assert "ancien trésorier" in names(result), names(result)
