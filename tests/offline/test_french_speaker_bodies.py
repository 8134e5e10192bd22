"""French speakers an organisation, a joint subject or a nationality phrase gives (made-up
sentences): a pronoun that takes up the body its own sentence names, a coordinated subject."""

from __future__ import annotations


def test_incise_pronoun_takes_up_the_agent_body_of_its_own_sentence(run):
    result = run(
        "Paul Martin a critiqué les juges. Le verdict est salué avec joie par l' Union des consommateurs (UDC) : "
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


def test_coordinated_nationality_adjectives_name_one_source_each(run):
    result = run("Les gouvernements suédois, grec et chilien ont affirmé que la trêve serait respectée.", "fr")
    [quote] = result.quotes
    assert [result.speaker_by_id(sid).name for sid in quote.speaker_ids] == ["gouvernement suédois", "gouvernement grec", "gouvernement chilien"]


def test_coordinated_nationalities_keep_the_complement_and_a_plural_noun(run):
    ministers = run("Les ministres norvégien et finlandais de la Défense ont déclaré que les exercices continueraient.", "fr")
    assert ministers.quotes[0].speaker == "ministre norvégien de la Défense, ministre finlandais de la Défense"
    authorities = run("Les autorités belges et néerlandaises ont annoncé que la frontière resterait fermée.", "fr")
    assert authorities.quotes[0].speaker == "autorités belges, autorités néerlandaises"


def test_one_nationality_adjective_keeps_one_source(run):
    result = run("Le gouvernement portugais a affirmé que la trêve serait respectée.", "fr")
    assert [q.speaker for q in result.quotes] == ["gouvernement portugais"]


def test_comme_incise_naming_a_medium_leaves_the_statement_to_its_own_subject(run):
    result = run("Comme le rapporte Le Monde, Jean-Paul Marty a notamment affirmé qu'« il n'a jamais signé ce contrat ».", "fr")
    assert [q.speaker for q in result.quotes] == ["Jean-Paul Marty"]
    reported = run("Comme le souligne Marie Roy, la situation reste très tendue dans la région.", "fr")
    assert [(q.text, q.speaker) for q in reported.quotes] == [("la situation reste très tendue dans la région", "Marie Roy")]


def test_subject_the_parse_coordinated_with_the_verb_before_across_a_comma(run):
    result = run(
        "Le Premier ministre grec Nikos Petrou a qualifié jeudi cette mesure d'« injuste » et la ministre du Travail "
        "et des Sports Eleni Kara, a demandé que les guichets de la caisse soient rouverts.",
        "fr",
    )
    assert [q.speaker for q in result.quotes][0] == "Nikos Petrou"
    assert "Eleni Kara" in result.quotes[-1].speaker


def test_verb_coordinated_with_an_infinitive_set_apart_at_a_quotation_mark_shares_the_subject(run):
    result = run(
        "Paul Dumas, pourtant, refuse de se « [laisser] intimider » par ces critiques et annonce vouloir lutter « jusqu'au bout » "
        "contre les « forces » qui « veulent le faire taire ».",
        "fr",
    )
    assert [q.speaker for q in result.quotes] == ["Paul Dumas", "Paul Dumas"]


def test_document_without_author_is_named_with_its_participle(run):
    source = run("Selon un document accompagnant la loi, 300 entreprises sont actuellement sous enquête.", "fr")
    assert [(q.text, q.speaker) for q in source.quotes] == [("300 entreprises sont actuellement sous enquête", "document accompagnant la loi")]
    incise = run("« Le parking restera payant tout l'été », précise le communiqué diffusé par les exposants.", "fr")
    assert [q.speaker for q in incise.quotes] == ["communiqué diffusé par les exposants"]


def test_document_with_an_agent_author_keeps_the_author(run):
    result = run("Selon le rapport publié par le ministère, les prix ont augmenté.", "fr")
    assert [(q.text, q.speaker) for q in result.quotes] == [("les prix ont augmenté", "ministère")]
