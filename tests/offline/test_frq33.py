"""French quotes, round 33 (lane frq33): a sentence that is only a noun of something said or
supposed and a relative clause of disputing (« Une version que conteste la famille. ») reports
that the relative's subject disputes it (invented sentences)."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.cue, q.speaker, q.text) for q in result.quotes]


def disputed(result):
    return [(q.cue, q.speaker, q.text) for q in result.quotes if q.text.split()[0] in ("Une", "Un", "Cette")]


def test_noun_of_a_version_with_a_relative_of_disputing_is_the_disputers_content(run):
    result = run("Le maire affirme que la digue a cédé sous la pluie. Une version que conteste fermement l'association des riverains.", "fr")
    assert disputed(result) == [("conteste", "association des riverains", "Une version")], quotes(result)
    result = run("Le fabricant évoque une erreur de stockage. Une hypothèse que rejette la coopérative, qui regroupe les producteurs.", "fr")
    assert disputed(result) == [("rejette", "coopérative", "Une hypothèse")], quotes(result)


def test_participle_of_disputing_with_its_agent(run):
    result = run("Le directeur parle d'un simple malentendu. Une explication démentie par deux anciens salariés.", "fr")
    assert disputed(result) == [("démentie", "deux anciens salariés", "Une explication")], quotes(result)


def test_no_disputed_version_without_the_sentence_shape(run):
    # the subject before the verb: a narrated step of an inquiry, not a rebuttal
    result = run("Une version que les enquêteurs avaient écartée dès le début de l'instruction.", "fr")
    assert disputed(result) == [], quotes(result)
    # a noun that names no statement
    result = run("Une décision que conteste le syndicat des enseignants.", "fr")
    assert disputed(result) == [], quotes(result)
    # a verb of cognition, not of disputing
    result = run("Une hypothèse que redoute la préfecture.", "fr")
    assert disputed(result) == [], quotes(result)
    # negated: nobody disputed anything
    result = run("Une version que ne conteste pas la défense.", "fr")
    assert disputed(result) == [], quotes(result)
    # a title or caption with a main verb of its own
    result = run("Une version contestée : le film sort mercredi en salles.", "fr")
    assert disputed(result) == [], quotes(result)
