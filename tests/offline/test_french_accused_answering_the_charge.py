"""French accused parties known by how they answer the charge: a party the article could not
reach or got no comment from (« X est resté injoignable », « X n'a pas souhaité réagir »), and,
where nothing else is found accused, a party denying outright (« X dément », « X conteste
toute faute »)."""

from __future__ import annotations


def names(result):
    return [a.name for a in result.accused]


def test_company_that_did_not_answer_the_agency_is_accused(run):
    result = run("Des locataires disent payer des charges jamais justifiées. Le bailleur Habitat Sud n'a pas répondu aux sollicitations de l'AFP.", "fr")
    assert any("Habitat Sud" in n for n in names(result)), names(result)


def test_company_that_declined_to_react_is_accused(run):
    result = run("Des riverains se plaignent d'odeurs depuis l'été. Contactée, la société Compostra n'a pas souhaité réagir.", "fr")
    assert any("Compostra" in n for n in names(result)), names(result)


def test_person_who_could_not_be_reached_is_accused(run):
    result = run("Des parents décrivent des repas servis froids. Le gérant, Paul Verdier, n'a pas pu être joint.", "fr")
    assert any("Verdier" in n for n in names(result)), names(result)


def test_prosecutor_declining_to_comment_is_no_party(run):
    result = run("Une enquête est en cours. Le parquet de Rennes n'a pas souhaité réagir.", "fr")
    assert not any("parquet" in n for n in names(result)), names(result)


def test_answering_in_the_affirmative_accuses_no_one(run):
    result = run("Les clients ont été remboursés. Le bailleur Habitat Sud a répondu aux questions de l'AFP.", "fr")
    assert names(result) == [], names(result)


def test_company_denying_outright_is_accused_when_no_one_else_is(run):
    result = run("Des abonnés disent avoir été prélevés après leur résiliation. Le club de sport Tonicia conteste vigoureusement.", "fr")
    assert any("Tonicia" in n for n in names(result)), names(result)


def test_denying_anything_of_a_kind_is_an_outright_denial(run):
    result = run("Des élèves disent avoir reçu les sujets la veille. L'école Cap Concours rejette toute intervention.", "fr")
    assert any("Cap Concours" in n for n in names(result)), names(result)


def test_contesting_a_decision_is_no_denial(run):
    result = run("Le conseil municipal a voté la fermeture de la piscine. L'association Nage Libre conteste la décision.", "fr")
    assert names(result) == [], names(result)


def test_denial_negated_is_no_denial(run):
    result = run("Le chantier a pris du retard. L'entreprise Batiforme ne conteste pas.", "fr")
    assert names(result) == [], names(result)


def test_head_of_a_named_company_answers_for_the_company(run):
    result = run("Des clients se plaignent de retards. Le gérant de Façades Morel, Didier Morel, n'a pu être joint.", "fr")
    assert names(result) == ["Façades Morel"], names(result)


def test_head_of_the_party_named_before_is_no_second_party(run):
    result = run("Des abonnés disent avoir été prélevés après leur résiliation. Le club Tonicia conteste vigoureusement. Son directeur général, Paul Morin, nie toute volonté de nuire.", "fr")
    assert names(result) == ["Tonicia"], names(result)


def test_no_one_answering_is_no_party(run):
    result = run("Des usagers attendent leurs aides depuis des mois. « Personne ne répondait au téléphone », raconte une allocataire.", "fr")
    assert not any("ersonne" in n for n in names(result)), names(result)


def test_joining_an_action_is_no_request(run):
    result = run("Les chauffeurs ont bloqué le périphérique. L'association Route Libre ne s'est pas jointe à l'action.", "fr")
    assert names(result) == [], names(result)


def test_unable_to_meet_a_challenge_is_no_unanswered_request(run):
    result = run("Le candidat a présenté son programme. Il affirme que les partis ne peuvent répondre aux grandes transformations du pays.", "fr")
    assert names(result) == [], names(result)
