"""The source of a French report the parse gave no subject (made-up sentences): the noun phrase
before the verb, past its auxiliary and an adverb the tagger split in two (« d'ailleurs »), never
the auxiliary itself; and a participle after a comma says what the clause's subject does, also
when the parse left the object before the comma unlabelled."""

from __future__ import annotations


def test_pronoun_before_auxiliary_and_split_adverb_is_the_source(run):
    result = run("Le maire, Jean Morel, a été hospitalisé lundi à Lyon. Il avait d'ailleurs annoncé vouloir démissionner avant la fin du mois.", "fr")
    quotes = [q for q in result.quotes if q.kind == "indirect"]
    assert [(q.speaker, q.text) for q in quotes] == [("Jean Morel", "vouloir démissionner avant la fin du mois")]


def test_an_auxiliary_is_never_part_of_the_source(run):
    result = run("Un homme a été interpellé mardi à Lyon. Il avait d'ailleurs annoncé vouloir partir à l'étranger.", "fr")
    assert all("avait" not in (q.speaker or "") for q in result.quotes)


def test_participle_after_a_restricted_object_is_the_subjects_act(run):
    # (The parse leaves the restricted object unlabelled; « ne … que » on « confirmer » reports it too.)
    result = run("Le Smirval n'a confirmé que la fermeture de l'atelier d'Elven, reconnaissant néanmoins que les livraisons seraient perturbées.", "fr")
    assert [(q.speaker, q.text) for q in result.quotes] == [
        ("Smirval", "la fermeture de l'atelier d'Elven"),
        ("Smirval", "les livraisons seraient perturbées"),
    ]
