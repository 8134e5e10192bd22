"""French accused parties: who accuses (accused_by), and words that name no accused party."""

from __future__ import annotations


def by_name(result):
    return {a.name: a for a in result.accused}


def test_a_pronoun_speaker_is_no_accuser(run):
    # The impersonal « il » of « il est à noter que » names no one: the party keeps no accuser
    # called « Il ».
    result = run("Il est aussi à noter que Delorme a été impliqué dans une affaire de fraude en Belgique il y a vingt ans.", "fr")
    assert result.accused, "the scandal still accuses the businessman"
    assert all(accuser.lower() not in ("il", "elle", "ils", "elles") for a in result.accused for accuser in a.accusers), [
        (a.name, a.accusers) for a in result.accused
    ]


def test_the_other_side_of_a_clash_is_no_perpetrator(run):
    # « des heurts entre des casseurs et les gendarmes »: the casseurs are described as perpetrators,
    # the gendarmes they clashed with are not.
    result = run("Vers minuit, des heurts entre des casseurs et les gendarmes ont éclaté devant la mairie de Valmont.", "fr")
    names = [a.name.lower() for a in result.accused]
    assert any("casseur" in n for n in names), names
    assert not any("gendarme" in n for n in names), names


def test_the_place_of_an_injury_is_no_perpetrator(run):
    # The agent is a thing (a grenade); the district it was fired in is where, not who.
    result = run(
        "Selon le journal Le Courrier, un passant a été touché au bras par une balle de caoutchouc dans le quartier de Belleroche dimanche.",
        "fr",
    )
    assert not any("Belleroche" in a.name for a in result.accused), [a.name for a in result.accused]


def test_the_country_where_condemned_acts_took_place_is_not_accused(run):
    result = run("Le député Paul Morel condamne les violences commises pendant certaines manifestations en Belgique.", "fr")
    assert not any("Belgique" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_who_organises_a_mock_trial_accuses(run):
    # « un simulacre de procès de X »: the accusation noun completes « simulacre », whose verb's
    # subject is who puts X on trial.
    result = run("Dimanche, une vingtaine de militants paysans ont mis en scène un simulacre de procès du ministre Jean Castel.", "fr")
    record = next((a for a in result.accused if "Castel" in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    assert any("militants" in accuser for accuser in record.accusers), record.accusers


def test_a_second_agent_after_a_complement_accuses_too(run):
    # « par une partie du groupe X et les syndicats »: the parser hangs the second agent on the
    # complement of the first; with its own article and no « de » it is a second agent.
    result = run(
        "Le ministre Paul Durand a présenté sa réforme mardi. Il avait été très critiqué par une partie du groupe centriste et les syndicats enseignants.",
        "fr",
    )
    record = by_name(result).get("Paul Durand")
    assert record is not None, [a.name for a in result.accused]
    assert any("syndicats" in accuser for accuser in record.accusers), record.accusers
    assert any("partie du groupe" in accuser for accuser in record.accusers), record.accusers



def test_a_past_scandal_named_in_passing_accuses_no_one(run):
    # Past its lead, the article never speaks of « Morvan » but as the name of a past case it
    # refers to.
    result = run(
        "La députée Claire Fontan a quitté son parti mardi. Elle siégeait depuis douze ans à l'Assemblée. "
        "Ce départ rappelle celui de 2004, qui suivait l'affaire Morvan.",
        "fr",
    )
    assert not any("Morvan" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_a_scandal_named_after_someone_the_article_speaks_of_accuses_them(run):
    result = run(
        "L'affaire Morvan continue de secouer la mairie. Jacques Morvan a refusé de répondre aux questions des journalistes mardi.",
        "fr",
    )
    assert any("Morvan" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_what_a_fire_burned_is_no_perpetrator(run):
    # « l'incendie de la préfecture »: « de » names what burned, not who set the fire.
    result = run("Selon le préfet Marc Aubry, l'incendie de la préfecture a fait trois blessés dans la nuit.", "fr")
    assert not any("préfecture" in a.name for a in result.accused), [(a.name, a.accusers) for a in result.accused]


def test_the_person_concerned_is_no_accuser(run):
    # « l'intéressé » is the accused himself answering: never one of his accusers.
    result = run(
        "Le conseiller Paul Garnier a été mis en examen pour corruption mardi. L'intéressé a déclaré que la plainte contre Paul Garnier était une cabale politique.",
        "fr",
    )
    assert result.accused, "the charge still accuses the councillor"
    assert all("intéress" not in accuser.lower() for a in result.accused for accuser in a.accusers), [(a.name, a.accusers) for a in result.accused]
