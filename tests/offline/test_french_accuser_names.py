"""French accusers (accused_by): the name an accuser goes by, and who is no accuser."""

from __future__ import annotations


def accuser_names(result, party: str) -> list[list[str]]:
    """Each accuser of the party whose name contains ``party``: its name and aliases."""
    speakers = {s.id: s for s in result.speakers}
    record = next((a for a in result.accused if party in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    return [[speakers[i].name, *speakers[i].aliases] for i in record.accuser_ids]


def test_the_charge_after_a_passive_agent_is_no_part_of_the_accuser(run):
    # « accusé par l'opposition de mensonge »: the verb has no « de » complement of its own, so
    # « de mensonge » is the charge the parser hung on the agent.
    result = run("Le ministre Paul Durand a démissionné mardi. Il avait été accusé par l'opposition de mensonge.", "fr")
    assert [names[0] for names in accuser_names(result, "Durand")] == ["opposition"]


def test_a_charge_on_the_agent_of_a_participle_is_cut_too(run):
    result = run("Le député Marc Olivier, accusé par les syndicats d'abus de pouvoir, a démissionné jeudi.", "fr")
    assert [names[0] for names in accuser_names(result, "Olivier")] == ["syndicats"]


def test_a_noun_completing_the_agent_stays_in_its_name(run):
    # « de travail » names no wrong: it completes the agent.
    result = run("Le député Marc Olivier a été accusé par le groupe de travail de la commission.", "fr")
    assert any("groupe de travail" in name for names in accuser_names(result, "Olivier") for name in names)


def test_a_newspaper_name_ending_in_a_participle_is_the_accuser_s_full_name(run):
    # The recogniser names « le Canard enchaîné » « Canard »; the accuser also goes by its whole name.
    result = run(
        "Le Canard enchaîné a révélé des informations selon lesquelles Marie Roy aurait été employée fictivement par son mari.",
        "fr",
    )
    assert any("Canard enchaîné" in names for names in accuser_names(result, "Marie Roy")), accuser_names(result, "Marie Roy")


def test_who_reveals_something_concerning_people_accuses_them(run):
    # The parser hangs « concernant » on the newspaper: read from the surface.
    result = run(
        "En Belgique, les faits révélés par Le Courrier concernant Paul Vidal et sa femme Marie Vidal ont conduit le parquet à ouvrir une procédure.",
        "fr",
    )
    for person in ("Paul Vidal", "Marie Vidal"):
        assert any("Courrier" in name for names in accuser_names(result, person) for name in names), (person, accuser_names(result, person))


def test_coordinated_sources_of_revelations_each_accuse(run):
    result = run(
        "Cette démission intervient après des révélations, jeudi, du Figaro et de Libération concernant des contacts cachés de Paul Vidal avec un lobby.",
        "fr",
    )
    assert sorted(names[0] for names in accuser_names(result, "Vidal")) == ["Figaro", "Libération"]


def test_revelations_about_no_one_named_accuse_no_one(run):
    result = run("Les révélations de Libération sur la vie privée des députés ont choqué.", "fr")
    assert not result.accused, [(a.name, a.accusers) for a in result.accused]


def test_people_named_in_the_next_clause_are_not_what_revelations_concern(run):
    result = run(
        "Il a démissionné après des révélations du Figaro concernant des contacts cachés de Paul Vidal, alors que Jean Morel était ministre.",
        "fr",
    )
    assert any("Vidal" in a.name for a in result.accused), [a.name for a in result.accused]
    assert not any("Morel" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_an_accuser_named_by_a_bare_title_takes_its_full_form(run):
    result = run("Le procureur de Valmont a requis la prison. Le procureur accuse Jean Dumas de corruption.", "fr")
    assert [names[0] for names in accuser_names(result, "Dumas")] == ["procureur de Valmont"]


def test_a_bare_title_shared_by_two_full_forms_stays_as_it_is(run):
    result = run("Le procureur de Valmont et le procureur de Belleroche ont parlé. Le procureur accuse Jean Dumas de corruption.", "fr")
    assert [names[0] for names in accuser_names(result, "Dumas")] == ["procureur"]
