"""A definite title the article pinned on several people or on one, a role
already resolved to its holder, a title and a name parsed as two subjects (invented sentences)."""

from __future__ import annotations


def test_title_pinned_on_two_people_names_neither_as_speaker(run):
    text = ("La ministre Ana Roux a rencontré la ministre Lise Caron mardi. "
            "La ministre a déclaré que les négociations reprendraient en janvier.")
    result = run(text, "fr")
    quote = next(q for q in result.quotes if "négociations" in q.text)
    assert quote.speaker not in ("Ana Roux", "Lise Caron"), quote.speaker


def test_title_pinned_on_one_person_is_that_person(run):
    text = ("La ministre Ana Roux a rencontré des syndicalistes mardi. "
            "La ministre a déclaré que les négociations reprendraient en janvier.")
    quote = next(q for q in run(text, "fr").quotes if "négociations" in q.text)
    assert quote.speaker == "Ana Roux"


def test_role_resolved_to_its_holder_stays_an_accused_party(run):
    text = "Le gérant Marc Olivier a ouvert un restaurant. Un an plus tard, la justice soupçonne le gérant de fraude fiscale."
    accused = {a.name: a for a in run(text, "fr").accused}
    assert "Marc Olivier" in accused, list(accused)



def test_title_and_name_parsed_as_two_subjects_is_the_named_person(run):
    # (the parse makes « le préfet » and « Jean Castel » two subjects of « a expliqué » here)
    text = "Le maire Paul Roy a inauguré le pont. Le préfet Jean Castel a expliqué qu'il avait signé le permis."
    quote = next(q for q in run(text, "fr").quotes if "permis" in q.text)
    assert quote.speaker == "Jean Castel"
