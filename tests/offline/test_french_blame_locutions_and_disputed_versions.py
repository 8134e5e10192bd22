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


def blamed(result):
    return [(q.cue, q.speaker, q.text) for q in result.quotes if q.cue and ("cause" in q.cue or "doigt" in q.cue or q.cue.startswith(("tient", "tiennent", "tenu")))]


def test_locutions_of_blame_report_their_object(run):
    result = run("Dans un rapport publié jeudi, l'association met en cause la direction régionale de la santé.", "fr")
    assert [(c, t) for c, _, t in blamed(result)] == [("met en cause", "la direction régionale de la santé")], quotes(result)
    result = run("La fédération des locataires pointe du doigt le bailleur social.", "fr")
    assert [(c, t) for c, _, t in blamed(result)] == [("pointe du doigt", "le bailleur social")], quotes(result)


def test_holding_someone_responsible_reports_object_and_attribute(run):
    result = run("La maire de la commune tient l'exploitant de la carrière pour seul responsable de la pollution.", "fr")
    assert [(c, t) for c, _, t in blamed(result)] == [("tient", "l'exploitant de la carrière pour seul responsable de la pollution")], quotes(result)
    result = run("Les pêcheurs, qui tiennent la préfecture pour responsable, ont bloqué le port mardi.", "fr")
    assert [t for _, _, t in blamed(result)] == ["la préfecture pour responsable"], quotes(result)


def test_no_blame_from_a_participle_a_promise_kept_or_a_hypothetical_noun(run):
    # the passive or describing participle names the blamed, it reports no statement
    result = run("Les élèves mis en cause ont été entendus par la principale du collège.", "fr")
    assert blamed(result) == [], quotes(result)
    result = run("Le maire a été pointé du doigt après les inondations.", "fr")
    assert blamed(result) == [], quotes(result)
    # « tenir » without « pour responsable »
    result = run("Le ministre tient la promesse faite aux agriculteurs de la vallée.", "fr")
    assert blamed(result) == [], quotes(result)
    # a caption naming the locution as a noun
    result = run("La mise en cause du préfet : retour sur une semaine de crise.", "fr")
    assert blamed(result) == [], quotes(result)


def test_blame_locution_by_evidence_or_before_a_narrator_incise(run):
    # evidence that implicates someone is no statement
    result = run("D'autres éléments du dossier mettent en cause les surveillants de nuit.", "fr")
    assert blamed(result) == [], quotes(result)
    # the blamed phrase ends before the narrator's incise
    result = run("Les parents de l'élève ont mis en cause l'inaction du collège, a appris l'AFP auprès de leur avocate.", "fr")
    assert [t for _, _, t in blamed(result)] == ["l'inaction du collège"], quotes(result)


def test_disputed_version_before_the_disputers_quotation(run):
    result = run("Le préfet évoque une erreur de manipulation. Une hypothèse que rejette la coopérative, qui regroupe les éleveurs : "
                 "« Nos analyses sont hebdomadaires et aucune n'a rien révélé. »", "fr")
    assert disputed(result) == [("rejette", "coopérative", "Une hypothèse")], quotes(result)
