"""Claims of the offline engine: propositions, restatement, kind, about (made-up sentences)."""

from __future__ import annotations

import pytest

from extractor.engines.offline.claims import MAX_WORDS, restate


def claims_of(result, claimant: str):
    return [c for c in result.claims if c.claimant == claimant]


# --- one claim per proposition ----------------------------------------------------------------


def test_each_sentence_of_a_quote_is_a_claim_with_the_same_evidence(run):
    fr = run("« La réforme est injuste. Le gouvernement doit la retirer. » a déclaré Marie Dupin.", "fr")
    en = run("“The reform is unfair. The government must withdraw it,” said Mary Dunn.", "en")
    for result, name in ((fr, "Marie Dupin"), (en, "Mary Dunn")):
        claims = claims_of(result, name)
        assert len(claims) == 2, [c.text for c in claims]
        assert claims[0].quote_ids == claims[1].quote_ids == [result.quotes[0].id]


def test_coordinated_clauses_with_their_own_subject_are_two_claims(run):
    fr = run("Le ministre Paul Léger a affirmé que la taxe était injuste et que le gouvernement la supprimerait en mai.", "fr")
    claims = claims_of(fr, "Paul Léger")
    assert len(claims) == 2, [c.text for c in claims]
    assert claims[1].text.startswith("Le gouvernement")  # neither "et" nor "que" is kept


def test_coordinated_verbs_sharing_a_subject_stay_one_claim(run):
    fr = run("Le maire Jean Roux a affirmé que la mairie avait vendu le terrain et acheté deux immeubles.", "fr")
    assert len(claims_of(fr, "Jean Roux")) == 1


def test_fragments_of_one_statement_share_one_claim(run):
    fr = run("La sénatrice Anne Vidal a accusé les autorités locales de « protéger » les pollueurs, voire de les « financer ».", "fr")
    [claim] = claims_of(fr, "Anne Vidal")
    assert len(claim.quote_ids) == len(fr.quotes) == 2


# --- restatement ------------------------------------------------------------------------------


def test_restatement_drops_marks_and_complementiser_and_ends_as_a_sentence():
    assert restate("que « le pont est fermé »") == "Le pont est fermé."
    assert restate("that the bridge is closed") == "The bridge is closed."


def test_long_restatement_is_cut_at_a_clause_boundary():
    long = (
        "le conseil municipal a voté hier soir un budget de trois millions pour rénover les écoles du quartier nord, "
        "qui attendaient des travaux depuis dix ans et dont les toitures fuyaient chaque hiver selon les parents"
    )
    text = restate(long)
    assert len(text.split()) <= MAX_WORDS and text.endswith("quartier nord.")


def test_long_restatement_without_a_boundary_is_cut_at_the_word_limit():
    text = restate(" ".join(["mot"] * 40))
    assert len(text.split()) == MAX_WORDS and text.endswith("…")


def test_first_person_frame_is_left_out(run):
    fr = run("« Nous pensons que la centrale doit fermer », a déclaré Luc Ferrand.", "fr")
    [claim] = claims_of(fr, "Luc Ferrand")
    assert claim.text.startswith("La centrale doit fermer")


# --- kind -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # obligation on the main predicate
        ("fr", "« Il faut fermer la centrale », a déclaré Luc Ferrand.", "call_to_action"),
        ("fr", "Luc Ferrand a affirmé que la région doit fermer la centrale.", "call_to_action"),
        ("en", "“The region must close the plant,” said Luke Ferris.", "call_to_action"),
        # future, aller + infinitive, conditional of a lexical verb
        ("fr", "« Les usines fermeront en juin », a déclaré Luc Ferrand.", "prediction"),
        ("fr", "Luc Ferrand a affirmé que les prix vont augmenter.", "prediction"),
        ("fr", "Luc Ferrand a affirmé que la grève pourrait durer.", "prediction"),
        ("en", "“The plants will close in June,” said Luke Ferris.", "prediction"),
        # devoir of likelihood (conditional, subject no agent) is a prediction
        ("fr", "Selon Luc Ferrand, le coût du chantier devrait dépasser dix millions.", "prediction"),
        # wrongdoing predicated of the subject; negated, it rejects the accusation
        ("fr", "« Les dirigeants de la société ont menti aux salariés », a déclaré Luc Ferrand.", "accusation"),
        ("fr", "« La direction n'a commis aucune fraude », a déclaré Luc Ferrand.", "denial"),
        ("en", "“The managers lied to the workers,” said Luke Ferris.", "accusation"),
        # copula with an evaluative adjective or noun
        ("fr", "« Ce projet est absurde », a déclaré Luc Ferrand.", "opinion"),
        ("fr", "« Cette décision est une catastrophe », a déclaré Luc Ferrand.", "opinion"),
        ("en", "“This plan is absurd,” said Luke Ferris.", "opinion"),
        # misconduct, an evaluative noun, a feeling (the lexicon's word classes)
        ("fr", "« Le trésorier a dissimulé des revenus au fisc », a déclaré Luc Ferrand.", "accusation"),
        ("fr", "« Cette réforme est un vrai fiasco », a déclaré Luc Ferrand.", "opinion"),
        ("fr", "Luc Ferrand a exprimé « sa profonde inquiétude ».", "opinion"),
        # a moral condemnation predicated of something accuses; a responsibility or role denied
        ("fr", "« Ce traitement des prisonniers est inhumain », a déclaré Luc Ferrand.", "accusation"),
        ("fr", "« La société n'a joué aucun rôle dans cette affaire », a déclaré Luc Ferrand.", "denial"),
        ("fr", "« Nous n'avons aucune responsabilité dans cet accident », a déclaré Luc Ferrand.", "denial"),
        # a noun phrase that judges what it names: an evaluative noun or adjective on its head
        ("fr", "Selon Luc Ferrand, « un vrai fiasco ».", "opinion"),
        ("fr", "Luc Ferrand a évoqué « la solution la plus appropriée pour les familles ».", "opinion"),
        ("fr", "Luc Ferrand a évoqué « la construction d'une école ».", "factual_assertion"),
        # someone said to be suspected or accused (a passive of suspicion) is accused
        ("fr", "« Trois employés sont soupçonnés d'avoir revendu les billets », a déclaré Luc Ferrand.", "accusation"),
        ("en", "“Two officials are suspected of taking bribes,” said Luke Ferris.", "accusation"),
        # « n'y être pour rien »: a part in what happened rejected
        ("fr", "« Le maire n'y est pour rien », a déclaré Luc Ferrand.", "denial"),
        ("fr", "Luc Ferrand a assuré n'y être pour rien dans le naufrage du club.", "denial"),
        ("fr", "« Nous y sommes pour quelque chose », a déclaré Luc Ferrand.", "factual_assertion"),
        # a fact or a figure
        ("fr", "« L'usine emploie trois cents personnes », a déclaré Luc Ferrand.", "factual_assertion"),
        ("en", "“The plant employs three hundred people,” said Luke Ferris.", "factual_assertion"),
    ],
)
def test_kind_from_the_main_predicate(run, language, text, kind):
    result = run(text, language)
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


def test_a_plain_negation_is_a_fact_not_a_denial(run):
    fr = run("« Aucune usine ne ferme ce mois-ci », a déclaré Luc Ferrand.", "fr")
    assert fr.claims[0].kind == "factual_assertion"


def test_denial_cue_makes_a_denial(run):
    fr = run("Le ministre Paul Léger a démenti que la police ait frappé les manifestants.", "fr")
    assert claims_of(fr, "Paul Léger")[0].kind == "denial"


def test_a_complement_word_of_wrongdoing_does_not_make_an_accusation(run):
    fr = run("« L'opération a permis l'arrestation de dix terroristes », a déclaré Luc Ferrand.", "fr")
    assert fr.claims[0].kind == "factual_assertion"


# --- about ------------------------------------------------------------------------------------


def test_about_names_entities_and_the_subject_noun_phrase_not_the_claimant(run):
    fr = run("« Le projet de loi menace les agriculteurs de Bretagne », a déclaré Luc Ferrand.", "fr")
    about = fr.claims[0].about
    # (« Bretagne » may come inside the longer « les agriculteurs de Bretagne »)
    assert any(a.endswith("Bretagne") for a in about) and any("projet de loi" in a for a in about)
    assert "Luc Ferrand" not in about and 1 <= len(about) <= 3


def test_a_finite_verb_parsed_as_an_adjective_is_the_predicate_not_part_of_the_noun(run):
    # (the parser reads « doublera » as an adjective of « forfait » here)
    fr = run("« Le forfait doublera dès 2025, la hausse des tarifs postaux », a déclaré Luc Ferrand.", "fr")
    claim = fr.claims[0]
    assert claim.kind == "prediction"
    assert "Le forfait" in claim.about and not any("doublera" in a for a in claim.about)


def test_about_object_noun_phrase_without_its_preposition(run):
    en = run("“The council approved the new budget,” said Luke Ferris.", "en")
    assert any(a.lower() == "the new budget" for a in en.claims[0].about), en.claims[0].about


def test_about_names_a_capital_by_its_country(run):
    fr = run("« Washington a imposé de nouvelles taxes sur l'acier », a déclaré Luc Ferrand.", "fr")
    assert "États-Unis" in fr.claims[0].about, fr.claims[0].about


def test_about_falls_back_on_the_entities_of_the_rest_of_the_statement(run):
    fr = run("« La Bretagne manque d'eau. Les réserves baissent chaque jour », a déclaré Luc Ferrand.", "fr")
    second = claims_of(fr, "Luc Ferrand")[1]
    assert any(a.endswith("Bretagne") for a in second.about), second.about


def test_about_goes_through_a_light_noun_to_its_complement(run):
    fr = run("Marie Dupin a déclaré que le nombre de victimes de la tempête avait atteint vingt.", "fr")
    about = claims_of(fr, "Marie Dupin")[0].about
    assert any(a.startswith("victimes") for a in about), about
    assert not any(a.lower().startswith("le nombre") for a in about)


def test_about_keeps_the_first_complement_of_a_long_noun_phrase(run):
    fr = run("Le directeur Paul Léger a affirmé que le secrétariat d'État au soutien des familles sinistrées restait mobilisé.", "fr")
    about = claims_of(fr, "Paul Léger")[0].about
    assert "le secrétariat d'État" in about, about


def test_a_name_inside_a_longer_name_counts_once_as_the_longer(run):
    fr = run("Marie Dupin a affirmé que l'État islamique contrôlait la ville.", "fr")
    about = claims_of(fr, "Marie Dupin")[0].about
    assert "l'État islamique" in about and "État" not in about, about


def test_a_nationality_adjective_names_its_country(run):
    fr = run("Marie Dupin a affirmé que la frappe américaine visait un dépôt.", "fr")
    assert "États-Unis" in claims_of(fr, "Marie Dupin")[0].about


def test_about_names_the_nominal_complements_of_the_predicate(run):
    fr = run("Marie Dupin a affirmé que la nouvelle loi était une victoire pour les commerçants.", "fr")
    about = claims_of(fr, "Marie Dupin")[0].about
    assert "la nouvelle loi" in about and "les commerçants" in about, about


def test_about_falls_back_on_the_other_nouns_of_the_proposition(run):
    fr = run("« Au moment où les factures d'énergie explosent, il est inacceptable que les aides soient gelées », a déclaré Marie Dupin.", "fr")
    about = claims_of(fr, "Marie Dupin")[0].about
    assert "les factures d'énergie" in about and "les aides" in about, about


def test_a_first_person_subject_makes_the_claim_about_the_claimant(run):
    fr = run("« Nous allons porter plainte », a déclaré Jean Roux.", "fr")
    en = run("“We will appeal the ruling,” said Mary Dunn.", "en")
    assert "Jean Roux" in claims_of(fr, "Jean Roux")[0].about
    assert "Mary Dunn" in claims_of(en, "Mary Dunn")[0].about


def test_wrongdoing_in_a_prepositional_complement_of_the_predicate_accuses(run):
    fr = run("« Le préfet a participé à la répression des grévistes », a déclaré Luc Ferrand.", "fr")
    assert fr.claims[0].kind == "accusation"


def test_the_speakers_own_state_is_an_opinion(run):
    fr = run("« Nous sommes profondément choqués », a déclaré Luc Ferrand.", "fr")
    en = run("“We are deeply shocked,” said Luke Ferris.", "en")
    assert fr.claims[0].kind == "opinion"
    assert en.claims[0].kind == "opinion"


def test_a_contrastive_clause_with_its_own_subject_is_a_second_claim(run):
    fr = run("Selon l'expert Marc Tessier, la rivière est propre alors que le lac reste pollué depuis vingt ans.", "fr")
    claims = claims_of(fr, "Marc Tessier")
    assert len(claims) == 2, [c.text for c in claims]


def test_an_editorial_cut_separates_two_claims(run):
    fr = run("« Le chantier avance bien (...) nous ouvrirons le pont en mai », a déclaré Luc Ferrand.", "fr")
    claims = claims_of(fr, "Luc Ferrand")
    assert [c.kind for c in claims] == ["factual_assertion", "prediction"], [c.text for c in claims]


def test_a_bare_adjective_is_an_opinion_whatever_the_cue(run):
    en = run("Mayor Ann Cole called the ruling “deeply disappointing.”", "en")
    fr = run("« Odieux », a déclaré Luc Ferrand.", "fr")
    for result in (en, fr):
        assert result.claims and result.claims[0].kind == "opinion", [(c.text, c.kind) for c in result.claims]


def test_a_first_person_call_verb_makes_a_call_to_action(run):
    fr = run("« Nous appelons toutes les communes à réduire leur consommation d'eau », a ajouté Luc Ferrand.", "fr")
    en = run("“We urge every town to cut its water use,” added Luke Ferris.", "en")
    assert fr.claims[0].kind == "call_to_action"
    assert en.claims[0].kind == "call_to_action"


def test_an_editorial_cut_inside_one_sentence_does_not_split(run):
    fr = run("« Nous respectons nos engagements […] y compris dans les ports », a déclaré Luc Ferrand.", "fr")
    assert len(claims_of(fr, "Luc Ferrand")) == 1


def test_a_negated_connection_is_a_denial(run):
    fr = run("« Cela n'a jamais rien eu à voir avec le budget », a déclaré Paul Léger.", "fr")
    fr_noun = run("« Il n'y a aucun lien avec le vol », a déclaré Paul Léger.", "fr")
    en = run("“It has no connection to the strike,” said Mary Dunn.", "en")
    for result in (fr, fr_noun, en):
        assert result.claims[0].kind == "denial", (result.claims[0].text, result.claims[0].kind)


def test_a_negated_perception_verb_is_not_a_denied_connection(run):
    fr = run("« Je ne vois pas le problème », a déclaré Paul Léger.", "fr")
    assert fr.claims[0].kind != "denial"


def test_a_claim_opening_with_its_cue_takes_the_kind_of_what_is_announced(run):
    fr = run("Le ministre Paul Léger a annoncé que le salaire augmentera de cent euros.", "fr")
    [claim] = claims_of(fr, "Paul Léger")
    assert claim.kind == "prediction", claim.text


def test_a_conditional_could_be_hedges_a_judgement_but_could_become_predicts(run):
    judged = run("« Il pourrait être utile de développer le covoiturage », a déclaré Paul Léger.", "fr")
    predicted = run("« La culture pourrait devenir réalité très prochainement », a déclaré Paul Léger.", "fr")
    assert judged.claims[0].kind == "opinion"
    assert predicted.claims[0].kind == "prediction"


def test_an_evaluative_verb_of_the_proposition_is_an_opinion(run):
    fr = run("Paul Léger a salué le travail des pompiers.", "fr")
    en = run("Mary Dunn said she regretted the loss of life.", "en")
    assert claims_of(fr, "Paul Léger")[0].kind == "opinion"
    assert claims_of(en, "Mary Dunn")[0].kind == "opinion"


def test_an_agentless_passive_of_wrongdoing_reports_an_event(run):
    reported = run("« Plusieurs membres de l'équipe ont été tués », a déclaré Paul Léger.", "fr")
    blamed = run("« Les électeurs ont été trompés par de fausses informations », a déclaré Paul Léger.", "fr")
    en = run("“Six workers were killed,” said Mary Dunn.", "en")
    assert reported.claims[0].kind == "factual_assertion"
    assert en.claims[0].kind == "factual_assertion"
    assert blamed.claims[0].kind == "accusation"


def test_announcing_an_act_set_in_the_future_is_a_prediction_a_bare_one_a_fact(run):
    planned = run("Le maire Paul Léger a annoncé sa prochaine visite à Lyon.", "fr")
    dated = run("Le maire Paul Léger a annoncé la fermeture du musée dès demain.", "fr")
    done = run("Le préfet Paul Léger a annoncé l'arrestation de deux hommes à Lyon.", "fr")
    assert claims_of(planned, "Paul Léger")[0].kind == "prediction"
    assert claims_of(dated, "Paul Léger")[0].kind == "prediction"
    assert claims_of(done, "Paul Léger")[0].kind == "factual_assertion"


def test_a_description_of_the_accused_is_no_accusation(run):
    fr = run(
        "Paul Léger a accusé Jean Roux de fraude. « Jean Roux a détourné les fonds. Jean Roux habite à Lyon depuis dix ans », a-t-il ajouté.",
        "fr",
    )
    kinds = {c.text: c.kind for c in claims_of(fr, "Paul Léger")}
    assert kinds.get("Jean Roux a détourné les fonds.") == "accusation", kinds
    assert kinds.get("Jean Roux habite à Lyon depuis dix ans.") == "factual_assertion", kinds


def test_a_feeling_voiced_is_an_opinion(run):
    fr = run("Le maire Paul Léger s'est dit effaré par la fermeture de l'usine.", "fr")
    fr_noun = run("« Cette fermeture suscite une vive colère », a déclaré Paul Léger.", "fr")
    fr_idiom = run("« Le chantier a à peine commencé », a déclaré Paul Léger.", "fr")
    assert claims_of(fr, "Paul Léger")[0].kind == "opinion", [(c.text, c.kind) for c in fr.claims]
    assert fr_noun.claims[0].kind == "opinion"
    assert fr_idiom.claims[0].kind == "factual_assertion"  # « à peine » is no sorrow


def test_the_perfect_auxiliary_have_is_no_obligation(run):
    perfect = run("“The union has not taken a position,” said Mary Dunn.", "en")
    obliged = run("“Someone has to answer for the flood,” said Mary Dunn.", "en")
    assert perfect.claims[0].kind != "call_to_action"
    assert obliged.claims[0].kind == "call_to_action"


def test_advice_to_the_audience_is_a_call_to_action(run):
    fr = run("« Vous pouvez jeter sans crainte les vieux câbles », a déclaré Paul Léger.", "fr")
    en = run("“You can still register to vote,” said Mary Dunn.", "en")
    we = run("« Nous pouvons gagner », a déclaré Paul Léger.", "fr")
    assert fr.claims[0].kind == en.claims[0].kind == "call_to_action"
    assert we.claims[0].kind != "call_to_action"


def test_a_recommendation_verb_leading_the_claim_is_a_call_to_action(run):
    fr = run("Le rapporteur Paul Léger a préconisé mardi de suspendre la cession du terrain.", "fr")
    assert claims_of(fr, "Paul Léger")[0].kind == "call_to_action"


def test_a_statement_about_oneself_is_about_the_claimant(run):
    fr = run("« Ça n'a strictement rien à voir avec ma famille », a déclaré Paul Léger.", "fr")
    other = run("« La réforme est injuste », a déclaré Paul Léger.", "fr")
    assert "Paul Léger" in fr.claims[0].about, fr.claims[0].about
    assert "Paul Léger" not in other.claims[0].about


def test_a_speaker_known_only_by_a_pronoun_or_an_adverb_makes_no_claim():
    from extractor.engines.offline.claims import _names_someone
    from extractor.engines.offline.models import get_nlp
    from extractor.engines.offline.speakers import Entity

    text = "Le maire a néanmoins répondu aux habitants."
    doc = get_nlp("fr")(text)
    adverb = text.index("néanmoins")
    mayor = text.index("maire")
    assert not _names_someone(Entity(key="x", name="néanmoins", kind="unknown", mentions=[(adverb, adverb + 9)]), doc)
    assert _names_someone(Entity(key="y", name="maire", kind="person", mentions=[(mayor, mayor + 5)]), doc)


def test_kidnapping_or_brutality_by_a_named_agent_accuses_an_agentless_report_does_not(run):
    active = run("« Des rebelles ont enlevé trois employés d'une association », a déclaré Paul Léger.", "fr")
    brutal = run("« Les gardes ont brutalisé les détenus », a déclaré Paul Léger.", "fr")
    agentless = run("« Trois employés ont été enlevés », a déclaré Paul Léger.", "fr")
    assert active.claims[0].kind == brutal.claims[0].kind == "accusation"
    assert agentless.claims[0].kind == "factual_assertion"


def test_blame_is_an_accusation_and_its_negation_a_denial(run):
    blame = run("« C'est la faute du gouvernement », a déclaré Paul Léger.", "fr")
    denied = run("« Ce n'est absolument pas de notre faute », a déclaré Paul Léger.", "fr")
    assert blame.claims[0].kind == "accusation"
    assert denied.claims[0].kind == "denial"


def test_a_noun_attribute_with_a_judging_adjective_is_an_opinion(run):
    judged = run("« Le télescope est une entreprise audacieuse », a déclaré Paul Léger.", "fr")
    described = run("« Le télescope est une entreprise américaine », a déclaré Paul Léger.", "fr")
    assert judged.claims[0].kind == "opinion"
    assert described.claims[0].kind == "factual_assertion"


def test_an_intention_with_its_infinitive_is_a_prediction(run):
    fr = run("« Nous voulons ouvrir une nouvelle piste », a déclaré Paul Léger.", "fr")
    en = run("“We intend to appeal the ruling,” said Mary Dunn.", "en")
    refused = run("« Nous ne voulons pas ouvrir une nouvelle piste », a déclaré Paul Léger.", "fr")
    assert fr.claims[0].kind == en.claims[0].kind == "prediction"
    assert refused.claims[0].kind != "prediction"


def test_about_leaves_out_dates_and_durations(run):
    fr = run("« La mairie ouvrira une nouvelle piste l'an prochain », a déclaré Paul Léger.", "fr")
    about = fr.claims[0].about
    assert "une nouvelle piste" in about and not any("an prochain" in a for a in about), about


def test_about_falls_back_on_the_article_topic(run):
    text = (
        "Un incendie a détruit mardi un entrepôt à Valmont. Les pompiers de Valmont sont intervenus toute la nuit. "
        "Le maire de Valmont, Paul Léger, a réuni les habitants. « C'était terrible », a déclaré Marie Dupin, une voisine."
    )
    fr = run(text, "fr")
    [claim] = claims_of(fr, "Marie Dupin")
    assert "Valmont" in claim.about, claim.about


def test_calling_something_false_is_a_denial(run):
    fr = run("« Ces accusations sont infondées », a déclaré Paul Léger.", "fr")
    en = run("“The report is false,” said Mary Dunn.", "en")
    negated = run("« Ces accusations ne sont pas infondées », a déclaré Paul Léger.", "fr")
    assert fr.claims[0].kind == en.claims[0].kind == "denial"
    assert negated.claims[0].kind != "denial"


def test_the_conditional_of_a_state_is_a_hedge_not_a_prediction(run):
    hedge = run("« Il s'agirait d'un accident », a déclaré Paul Léger.", "fr")
    event = run("« La mairie fermerait la piste », a déclaré Paul Léger.", "fr")
    assert hedge.claims[0].kind != "prediction"
    assert event.claims[0].kind == "prediction"


def test_taking_a_stance_is_an_opinion(run):
    verb = run("« Nous soutenons la réforme », a déclaré Paul Léger.", "fr")
    adjective = run("« Nous sommes favorables à la réforme », a déclaré Paul Léger.", "fr")
    reported = run("« La réforme est soutenue par les syndicats », a déclaré Paul Léger.", "fr")
    assert verb.claims[0].kind == adjective.claims[0].kind == "opinion"
    assert reported.claims[0].kind == "factual_assertion"


def test_a_descriptive_phrase_or_an_enumeration_is_not_listed_as_what_a_claim_is_about():
    from extractor.engines.offline.claims import is_listable

    assert is_listable("le ministère de la Culture")
    assert not is_listable("Paul Léger, l'ancien directeur du port, ou bien Marie Dupin")
    assert not is_listable("le grand projet de rénovation des écoles et des gymnases du quartier nord")


def test_wrongdoing_in_a_verb_coordinated_with_the_predicate_accuses(run):
    coordinated = run("« Le gardien s'est jeté sur les visiteurs et a frappé un vieillard », a déclaré Paul Léger.", "fr")
    harmless = run("« Le gardien s'est levé et a salué les visiteurs », a déclaré Paul Léger.", "fr")
    assert coordinated.claims[0].kind == "accusation"
    assert harmless.claims[0].kind == "factual_assertion"


def test_wrongdoing_after_a_comma_or_in_a_gerund_accuses_but_not_in_a_purpose(run):
    comma = run("« Le gardien s'est jeté sur les visiteurs, a frappé un vieillard », a déclaré Paul Léger.", "fr")
    gerund = run("« Le gardien a traversé la salle en frappant les visiteurs », a déclaré Paul Léger.", "fr")
    purpose = run("« Le gardien a traversé la salle pour frapper les visiteurs », a déclaré Paul Léger.", "fr")
    assert comma.claims[0].kind == gerund.claims[0].kind == "accusation"
    assert purpose.claims[0].kind == "factual_assertion"


# --- kind from the proposition's own predicate (clause heads, dates, negated wrongs, beliefs) --


def test_a_quote_cut_from_a_sentence_takes_its_clause_head_not_a_longer_noun_beside_it():
    import spacy
    from spacy.tokens import Doc

    from extractor.engines.offline.claims import _main_predicate

    # « Il dit que le service d'ordre de la ville n'était pas prêt », misparsed: the subject
    # hangs from « dit » and the predicate from « dit » too, so both head the cut-out quote.
    words = ["Il", "dit", "que", "le", "service", "d'", "ordre", "de", "la", "ville", "n'", "était", "pas", "prêt"]
    heads = [1, 1, 4, 4, 1, 6, 4, 9, 9, 6, 13, 13, 13, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "ccomp", "case", "nmod", "case", "det", "nmod", "advmod", "cop", "advmod", "advcl"]
    pos = ["PRON", "VERB", "SCONJ", "DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADV", "AUX", "ADV", "ADJ"]
    morphs = [""] * len(words)
    morphs[11] = "Mood=Ind|Tense=Imp|VerbForm=Fin"
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    pred = _main_predicate(doc[3:14])
    assert pred is not None and pred.text == "prêt"


@pytest.mark.parametrize(
    "text",
    [
        "« Le trafic devrait reprendre vendredi matin », a précisé Luc Ferrand.",
        "« Le musée devrait être rénové à l'automne prochain », a déclaré Luc Ferrand.",
    ],
)
def test_devrait_with_a_date_foretells_what_is_expected_then(run, text):
    result = run(text, "fr")
    assert result.claims[0].kind == "prediction", (result.claims[0].text, result.claims[0].kind)


def test_devrait_without_a_date_still_says_what_ought_to_be_done(run):
    result = run("« Vous devriez accueillir les réfugiés », a déclaré Luc Ferrand.", "fr")
    assert result.claims[0].kind == "call_to_action", (result.claims[0].text, result.claims[0].kind)


def test_a_wrong_negated_in_its_own_clause_is_denied(run):
    result = run("« Je vous l'accorde, ce n'est absolument pas de notre faute », a répondu Paul Léger.", "fr")
    assert result.claims[0].kind == "denial", (result.claims[0].text, result.claims[0].kind)


def test_a_negated_intention_of_wrongdoing_is_a_denial(run):
    denied = run("« Notre mouvement n'a aucune intention d'attaquer la ville », a déclaré Paul Léger.", "fr")
    seen = run("« Nous avons regardé les avions voler au-dessus du port », a déclaré Paul Léger.", "fr")
    assert denied.claims[0].kind == "denial", (denied.claims[0].text, denied.claims[0].kind)
    assert seen.claims[0].kind != "accusation"  # « voler » without « de » is no intended theft


def test_a_belief_as_the_proposition_s_own_verb_is_an_opinion(run):
    belief = run("« Mon grand-père croyait au progrès et à la science », a confié Paul Léger.", "fr")
    trial = run("« Le tribunal juge deux hommes ce lundi », a déclaré Paul Léger.", "fr")
    assert belief.claims[0].kind == "opinion", (belief.claims[0].text, belief.claims[0].kind)
    assert trial.claims[0].kind != "opinion"  # juger with a plain object: to try in court


# --- about: « nous » of a spokesperson ---------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "institution"),
    [
        ("gérant du domaine skiable de Vallon", "domaine skiable de Vallon"),
        ("porte-parole du ministère de la Mer", "ministère de la Mer"),
        ("spokeswoman for the Harbour Authority", "Harbour Authority"),
        ("porte-parole du parquet", None),  # no name: the speaker stays what the claim is about
        ("ministre des Finances", None),
        (None, None),
    ],
)
def test_the_institution_a_role_names(role, institution):
    from extractor.engines.offline.claims import institution_of

    assert institution_of(role) == institution


def test_nous_of_a_spokesperson_is_the_institution_it_speaks_for(run):
    fr = run("« Nous avons fermé deux agences cette année », a déclaré Paul Léger, directeur de la Banque de Vallon.", "fr")
    [claim] = claims_of(fr, "Paul Léger")
    assert "Banque de Vallon" in claim.about, claim.about


def test_an_entity_s_name_keeps_the_adjectives_the_recogniser_left_out():
    import spacy
    from spacy.tokens import Doc

    from extractor.engines.offline.claims import _entity_name

    # « Les Casques bleus ont quitté la ville », the recogniser stopping at « Casques ».
    words = ["Les", "Casques", "bleus", "ont", "quitté", "la", "ville"]
    doc = Doc(
        spacy.blank("fr").vocab,
        words=words,
        heads=[1, 4, 1, 4, 4, 6, 4],
        deps=["det", "nsubj", "amod", "aux:tense", "ROOT", "det", "obj"],
        pos=["DET", "NOUN", "ADJ", "AUX", "VERB", "DET", "NOUN"],
        ents=["O", "B-ORG", "O", "O", "O", "O", "O"],
    )
    assert _entity_name(doc.ents[0]) == "Casques bleus"
    # an adjective after the entity that modifies another word is not part of its name
    other = Doc(
        spacy.blank("fr").vocab,
        words=["Paris", "reste", "calme"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "xcomp"],
        pos=["PROPN", "VERB", "ADJ"],
        ents=["B-LOC", "O", "O"],
    )
    assert _entity_name(other.ents[0]) == "Paris"


def test_what_someone_is_sought_or_held_for_accuses_them(run):
    sought = run("« Le suspect était recherché pour une agression », a précisé Paul Léger.", "fr")
    praised = run("« La mairie a été félicitée pour son travail », a précisé Paul Léger.", "fr")
    assert sought.claims[0].kind == "accusation", (sought.claims[0].text, sought.claims[0].kind)
    assert praised.claims[0].kind != "accusation"


def test_being_responsible_for_a_wrong_accuses_even_when_parsed_as_a_passive(run):
    # the parser reads « est responsable » as a passive; an adjective is no agentless event
    blamed = run("« Le gouvernement est responsable de la crise », a déclaré Paul Léger.", "fr")
    assert blamed.claims[0].kind == "accusation", (blamed.claims[0].text, blamed.claims[0].kind)


def test_a_wrong_in_a_coordinated_attribute_accuses(run):
    result = run("« Le passager était devenu bruyant et agressif », a déclaré Paul Léger.", "fr")
    assert result.claims[0].kind == "accusation", (result.claims[0].text, result.claims[0].kind)


def test_violence_words_predicated_of_someone_accuse(run):
    bombing = run("« Les soldats ont bombardé deux hôpitaux », a déclaré Paul Léger.", "fr")
    killing = run("« La milice tue des villageois chaque semaine », a déclaré Paul Léger.", "fr")  # « tue » lemmatised as « taire »
    assert bombing.claims[0].kind == killing.claims[0].kind == "accusation"


def test_the_attribute_of_a_copular_verb_other_than_etre_is_an_opinion(run):
    result = run("« La situation du quartier reste difficile », a déclaré Paul Léger.", "fr")
    assert result.claims[0].kind == "opinion", (result.claims[0].text, result.claims[0].kind)


def test_a_participial_cue_takes_the_act_of_the_verb_it_elaborates(run):
    criticism = run("Le député Paul Léger a critiqué la réforme, affirmant que « les élus sont sous l'influence des banques ».", "fr")
    defence = run("Le maire Jean Roux s'est défendu, affirmant que « les travaux ont été faits dans les règles ».", "fr")
    plain = run("Le maire Jean Roux a parlé longuement, affirmant que « les travaux ont été faits dans les règles ».", "fr")
    assert [c.kind for c in claims_of(criticism, "Paul Léger")][-1] == "accusation"
    assert claims_of(defence, "Jean Roux")[0].kind == "denial"
    assert claims_of(plain, "Jean Roux")[0].kind == "factual_assertion"


def test_never_having_done_something_in_the_first_person_is_a_denial(run):
    never = run("« Je n'ai jamais touché d'argent de cette entreprise », a déclaré Paul Léger.", "fr")
    future = run("« Je ne reviendrai jamais dans cette ville », a déclaré Paul Léger.", "fr")
    plain = run("« Je n'ai pas vu la voiture », a déclaré Paul Léger.", "fr")
    assert never.claims[0].kind == "denial", (never.claims[0].text, never.claims[0].kind)
    assert future.claims[0].kind == "prediction"
    assert plain.claims[0].kind == "factual_assertion"


def test_an_existential_frame_takes_the_kind_of_its_relative_clause(run):
    fr = run("« Il y a beaucoup d'usines qui vont fermer », a déclaré Luc Ferrand.", "fr")
    en = run("“There are many plants that will close,” said Luke Ferris.", "en")
    for result in (fr, en):
        assert result.claims[0].kind == "prediction", (result.claims[0].text, result.claims[0].kind)


def test_an_announced_present_infinitive_is_a_prediction_a_perfect_one_a_fact(run):
    planned = run("Le maire Jean Roux a annoncé fermer la piscine municipale.", "fr")
    done = run("Le maire Jean Roux a annoncé avoir fermé la piscine municipale.", "fr")
    assert claims_of(planned, "Jean Roux")[0].kind == "prediction"
    assert claims_of(done, "Jean Roux")[0].kind == "factual_assertion"


def test_a_quoted_call_verb_opening_the_statement_makes_a_call_to_action(run):
    fr = run("Dans son communiqué, la préfète Anne Vidal « exhorte les habitants à rester chez eux ».", "fr")
    assert claims_of(fr, "Anne Vidal")[0].kind == "call_to_action"


def test_a_colon_before_a_clause_separates_two_claims_not_before_a_list(run):
    clause = run("« Le chantier a pris du retard : les ouvriers finiront le pont en mai », a déclaré Luc Ferrand.", "fr")
    listing = run("« Trois mesures sont prévues : la baisse des tarifs, la gratuité des bus et un nouveau parking », a déclaré Luc Ferrand.", "fr")
    assert [c.kind for c in claims_of(clause, "Luc Ferrand")] == ["factual_assertion", "prediction"]
    assert len(claims_of(listing, "Luc Ferrand")) == 1


def test_a_comment_on_what_precedes_is_a_claim_of_its_own(run):
    fr = run("« La ville a supprimé les bus de nuit, ce qui est une erreur grave », a déclaré Luc Ferrand.", "fr")
    claims = claims_of(fr, "Luc Ferrand")
    assert [c.kind for c in claims] == ["factual_assertion", "opinion"], [c.text for c in claims]


def test_a_source_phrase_inside_a_comment_attributes_the_comment_alone(run):
    fr = run("La mairie n'a annoncé aucune sanction, ce qui, selon l'avocat Marc Tessier, est une erreur.", "fr")
    [claim] = claims_of(fr, "Marc Tessier")
    assert claim.kind == "opinion" and "sanction" not in claim.text


def test_a_restatement_keeps_the_de_of_an_adverb():
    assert restate("d'ici dix ans, les glaciers auront fondu").startswith("D'ici")
    assert restate("de fermer la centrale") == "Fermer la centrale."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("« Les salaires sont gelés depuis dix ans », s'est indigné Paul Léger.", "opinion"),
        ("Le député Paul Léger a prôné une baisse des impôts locaux.", "call_to_action"),
    ],
)
def test_french_cues_of_feeling_and_advocacy_give_the_kind(run, text, kind):
    assert claims_of(run(text, "fr"), "Paul Léger")[0].kind == kind


def test_a_demand_that_the_accused_stop_is_a_call_to_action_not_an_accusation():
    from extractor.engines.offline.claims import _act_kind, _main_predicate
    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp

    kinds = get_lexicon("fr").claim_kinds
    nlp = get_nlp("fr")
    demand = nlp("Le régime voisin doit cesser ses exactions contre les civils.")
    wrong = nlp("Le régime voisin multiplie les exactions contre les civils.")
    # an accusation found in the statement (accused_here) marks a proposition that says the
    # wrong, unless the proposition demands that it stop
    assert _act_kind("dire", _main_predicate(demand[:]), demand[:], kinds, True) is None
    assert _act_kind("dire", _main_predicate(wrong[:]), wrong[:], kinds, True) == "accusation"


def test_a_first_person_word_anywhere_makes_the_claim_about_the_claimant(run):
    fr = run("« Les habitants nous reprochent la fermeture de la piscine », a déclaré Paul Léger.", "fr")
    [claim] = claims_of(fr, "Paul Léger")
    assert "Paul Léger" in claim.about and "la fermeture de la piscine" in claim.about, claim.about


def test_about_falls_back_on_the_noun_the_article_repeats(run):
    fr = run(
        "Les sénateurs ont voté la suppression des tickets papier. Le ticket reste pourtant très apprécié, "
        "et la fin du ticket inquiète les voyageurs. « C'est une erreur », a déclaré Luc Ferrand.",
        "fr",
    )
    assert claims_of(fr, "Luc Ferrand")[0].about == ["ticket"]


def test_an_intention_verb_the_lemmatizer_reads_as_a_noun_still_predicts(run):
    fr = run("« J'ai reçu beaucoup de soutien et je compte bien continuer », a dit Luc Ferrand.", "fr")
    assert [c.kind for c in claims_of(fr, "Luc Ferrand")] == ["factual_assertion", "prediction"]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # an imperfect (which the morphologizer may tag conditional) with a purpose infinitive
        # reports what was done: the wrong it describes accuses, a plain act is a fact
        ("fr", "Paul Girard a déclaré que le gouvernement payait des pirates criminels pour attaquer les hôpitaux.", "accusation"),
        ("fr", "Paul Girard a déclaré que la mairie finançait une association pour rénover les écoles.", "factual_assertion"),
        ("fr", "Paul Girard a déclaré que l'usine ouvrait ses portes aux visiteurs chaque année.", "factual_assertion"),
        ("en", "Paul Girard said the government paid criminal hackers to attack hospitals.", "accusation"),
        ("en", "Paul Girard said the city funded a charity to renovate schools.", "factual_assertion"),
        # the conditional and future of a -yer verb (paierait, emploiera) still foretell
        ("fr", "Paul Girard a déclaré que la mairie paierait une association pour rénover les écoles.", "prediction"),
        ("fr", "Paul Girard a déclaré que l'entreprise emploiera trois cents personnes.", "prediction"),
    ],
)
def test_the_tense_of_the_content_verb_not_an_infinitive_makes_a_prediction(run, language, text, kind):
    result = run(text, language)
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # a present intention is a prediction; a past one tells why something was done
        ("fr", "Paul Girard a déclaré que la mairie veut fermer l'école.", "prediction"),
        ("fr", "Paul Girard a déclaré que la mairie voulait fermer l'école.", "factual_assertion"),
        ("fr", "La mairie a affirmé avoir voulu protéger les élèves.", "factual_assertion"),
        ("en", "Paul Girard said the city wanted to close the school.", "factual_assertion"),
        # a past pledge still binds the future
        ("fr", "Paul Girard a déclaré que la mairie a promis de fermer l'école.", "prediction"),
    ],
)
def test_a_past_intention_is_no_prediction(run, language, text, kind):
    result = run(text, language)
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


def test_what_il_s_agit_de_presents_is_judged_like_an_attribute(run):
    judged = run("« Il s'agit clairement d'une décision absurde », a déclaré Paul Léger.", "fr")
    plain = run("« Il s'agit d'une décision du conseil municipal », a déclaré Paul Léger.", "fr")
    assert judged.claims[0].kind == "opinion"
    assert plain.claims[0].kind == "factual_assertion"


def test_a_date_or_duration_is_not_what_a_claim_is_about(run):
    fr = run("« Les ouvriers attendent la fin du mois », a déclaré Paul Léger.", "fr")
    assert not any("mois" in a for a in fr.claims[0].about), fr.claims[0].about


def test_an_about_entry_stops_at_an_opening_parenthesis(run):
    fr = run("« Le centre de recherche (CNRS) a fermé le site », a déclaré Paul Léger.", "fr")
    about = fr.claims[0].about
    assert not any("(" in a for a in about), about
    assert "Le centre de recherche" in about


def test_the_article_topic_comes_before_the_object_in_about(run):
    fr = run(
        "La SNCF a ouvert un atelier à Lyon. La SNCF y emploie trente personnes. "
        "Les clients de la SNCF sont nombreux. « Les ouvriers ont repeint la façade et le hall », a déclaré Paul Léger.",
        "fr",
    )
    [claim] = claims_of(fr, "Paul Léger")
    assert claim.about[:2] == ["Les ouvriers", "SNCF"], claim.about


def test_about_takes_the_names_of_the_reporting_sentence_when_the_claim_names_few(run):
    fr = run("Interrogé sur Airbus, le ministre Paul Léger a déclaré que les salariés avaient été informés.", "fr")
    about = claims_of(fr, "Paul Léger")[0].about
    assert "Airbus" in about and "Paul Léger" not in about, about


def test_an_infinitive_content_is_about_the_speaker_unless_it_is_a_call(run):
    said = run("Le député Paul Léger a affirmé être le mieux placé pour gagner.", "fr")
    called = run("Le député Paul Léger a appelé à manifester devant la mairie.", "fr")
    assert claims_of(said, "Paul Léger")[0].about[0] == "Paul Léger"
    assert "Paul Léger" not in claims_of(called, "Paul Léger")[0].about


# --- kind: obligation, intention, announced plans, figures, hedged states (frclaims7) ----------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the impersonal « il faut que » with its subjunctive clause obliges
        ("« Il faut que chaque commune ouvre un refuge », a déclaré Luc Ferrand.", "call_to_action"),
        # a cue of intending or pledging with its bare infinitive: what the speaker will do
        ("La maire Anne Vidal s'est engagée à rénover la piscine municipale.", "prediction"),
        # an announced thing that will do something, or is meant to
        ("Le ministre Paul Léger a annoncé un plan prévoyant la construction de deux ponts.", "prediction"),
        ("Le ministre Paul Léger a annoncé une réforme qui sera présentée au Parlement.", "prediction"),
        # an estimate of a figure reports a fact; the same cue with a judgement stays an opinion
        ("L'économiste Paul Léger estime que le chômage a atteint 9,5 % en mars.", "factual_assertion"),
        ("L'économiste Paul Léger estime que la réforme pénalise les familles.", "opinion"),
        # a copula with a figure measures
        ("« Notre liste est largement majoritaire avec 61 % des voix », a déclaré Luc Ferrand.", "factual_assertion"),
        # pouvoir in the conditional with a state guesses at what is; set in the future it foretells
        ("Luc Ferrand a affirmé que des touristes pourraient faire partie des blessés.", "factual_assertion"),
        ("Luc Ferrand a affirmé que le tunnel pourrait être une réalité dans peu de temps.", "prediction"),
    ],
)
def test_kind_from_modality_intention_and_figures(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a negation said in answer or reassurance rejects; the same cue with a plain fact does not
        ("Le maire Jean Roux a répondu que ces dons n'avaient pas influencé le vote.", "denial"),
        ("Le préfet Jean Roux a assuré que les secours n'étaient pas débordés.", "denial"),
        ("Le maire Jean Roux a répondu que le vote avait eu lieu en mars.", "factual_assertion"),
        # a named agent said to be too slow, too harsh: blame
        ("Selon le syndicat Sud, la SNCF a été trop lente à prévenir les voyageurs.", "accusation"),
        # a verb that only qualifies its object, with a judged object; an unjudged one states a fact
        ("« Les bénévoles font un travail remarquable », a déclaré Luc Ferrand.", "opinion"),
        ("« Le comité a fait un choix de dates », a déclaré Luc Ferrand.", "factual_assertion"),
        # an evaluative adjective on a bare noun phrase (the lexicon's word class)
        ("Selon Luc Ferrand, « un homme étrange ».", "opinion"),
    ],
)
def test_kind_from_rejoinders_excess_and_qualified_objects(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)


def test_a_reported_clause_with_a_pronoun_subject_is_about_the_claimant(run):
    fr = run("La ministre Anne Vidal a affirmé qu'elle avait signé le décret.", "fr")
    assert "Anne Vidal" in claims_of(fr, "Anne Vidal")[0].about
    impersonal = run("La ministre Anne Vidal a affirmé qu'il faut signer le décret.", "fr")
    assert "Anne Vidal" not in claims_of(impersonal, "Anne Vidal")[0].about


def test_a_question_or_a_verbless_fragment_beside_an_assertion_is_no_claim(run):
    # The speaker's rhetorical questions and a trailing fragment assert nothing of their own: the
    # claims are the quote's assertions, even when the questions come first.
    fr = run(
        "« Qui a intérêt à salir la coopérative ? Pourquoi maintenant ? Qui paie ces rumeurs ? Qui les répand ? "
        "Les comptes de la coopérative sont en ordre. Nous irons devant le juge. Et sans délai. » a déclaré Lucie Marchal.",
        "fr",
    )
    texts = [c.text for c in claims_of(fr, "Lucie Marchal")]
    assert texts == ["Les comptes de la coopérative sont en ordre.", "Nous irons devant le juge."], texts
    # A quote that is only a question or only a fragment keeps its claim.
    alone = run("« Absurde. » a lancé le maire Paul Girardin à propos du projet de rocade.", "fr")
    assert [c.text for c in claims_of(alone, "Paul Girardin")] == ["Absurde."]


def test_a_first_person_frame_of_certainty_is_left_out_of_the_claim(run):
    # « je suis certain que X »: X is what is claimed, and its future makes a prediction.
    fr = run(
        "« Le dossier est solide et je suis certain que le tribunal nous donnera raison », a déclaré l'avocat Marc Delorme.",
        "fr",
    )
    claims = claims_of(fr, "Marc Delorme")
    assert claims[-1].text.startswith("Le tribunal nous donnera raison"), [c.text for c in claims]
    assert claims[-1].kind == "prediction"


@pytest.mark.parametrize(
    "text",
    [
        "« Ce chantier reste un fiasco », a déclaré l'élu Marc Poulain.",
        "« La nouvelle gare devient un scandale », a déclaré l'élu Marc Poulain.",
        "« Cette réforme demeure une erreur », a déclaré l'élu Marc Poulain.",
    ],
)
def test_an_evaluative_noun_after_rester_devenir_demeurer_is_an_opinion(run, text):
    # The French parse makes the attribute of these copulas an object.
    [claim] = claims_of(run(text, "fr"), "Marc Poulain")
    assert claim.kind == "opinion"


def test_a_frame_verb_as_the_infinitive_of_another_is_left_out_of_the_claim(run):
    fr = run("« J'ose espérer que la commune gagnera ce procès », a déclaré la maire Claire Bastide.", "fr")
    [claim] = claims_of(fr, "Claire Bastide")
    assert claim.text == "La commune gagnera ce procès." and claim.kind == "prediction"


@pytest.mark.parametrize(
    "text",
    [
        "« Les élus feraient mieux d'écouter les pêcheurs », a déclaré le syndicaliste Luc Berthier.",
        "« Il vaudrait mieux que la préfecture rouvre le port », a déclaré le syndicaliste Luc Berthier.",
    ],
)
def test_advice_with_faire_mieux_or_valoir_mieux_is_a_call_to_action(run, text):
    [claim] = claims_of(run(text, "fr"), "Luc Berthier")
    assert claim.kind == "call_to_action"


def test_a_possessive_in_reported_words_makes_the_claim_about_the_claimant(run):
    # « son », « ses » in indirect speech: the speaker's own things; in a direct quote the speaker
    # would say « mon », and « son » is someone else's.
    fr = run("Selon le ministre Paul Girardin, les travaux de son ministère dureront deux ans.", "fr")
    [claim] = claims_of(fr, "Paul Girardin")
    assert "Paul Girardin" in claim.about, claim.about
    quoted = run("« Les travaux de son ministère dureront deux ans », a déclaré le député Paul Girardin.", "fr")
    [claim] = claims_of(quoted, "Paul Girardin")
    assert "Paul Girardin" not in claim.about, claim.about


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Selon le député Paul Girardin, le second mandat du président est anticonstitutionnel.", "accusation"),
        ("Selon le député Paul Girardin, « le second mandat du président n'est pas anticonstitutionnel ».", "denial"),
        ("Selon le député Paul Girardin, l'emploi du neveu du maire était fictif.", "accusation"),
    ],
)
def test_unconstitutional_or_fictitious_is_a_wrong_said_of_something(run, text, kind):
    [claim] = claims_of(run(text, "fr"), "Paul Girardin")
    assert claim.kind == kind


# --- kind: judging cues and judgements the parser misreads (frkind10) --------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an evaluative adjective the parser reads as a passive participle is still an attribute
        ("« C'est honteux », a déclaré Luc Ferrand.", "opinion"),
        # a plural one the lemmatizer leaves unlemmatized (« formidables » → « formidabler »)
        ("« Nos bénévoles ont été formidables », a déclaré Luc Ferrand.", "opinion"),
        # a present form the morphologizer tags conditional foretells nothing
        ("« Je ne comprends pas cette décision », a déclaré Luc Ferrand.", "factual_assertion"),
        # a cue of characterisation gives a judgement; a label of wrongdoing accuses
        ("Luc Ferrand a qualifié ce projet d'« absurde ».", "opinion"),
        ("Luc Ferrand a qualifié le bombardement de « crime de guerre ».", "accusation"),
        ("Les voisins décrivent Luc Ferrand comme « un homme discret et serviable ».", "opinion"),
        # misconduct the accusation layer already knows (dishonesty, waste, theft)
        ("« Le trésorier est malhonnête », a déclaré Luc Ferrand.", "accusation"),
        ("« La mairie a gaspillé l'argent des contribuables », a déclaré Luc Ferrand.", "accusation"),
        # a portrait by a measure reports a fact
        ("La police décrit le fugitif comme « un homme de 30 ans ».", "factual_assertion"),
        # a duration that sets the time of a judgement is no estimate of a figure
        ("Luc Ferrand estime que, trente ans après la catastrophe, « il s'agit d'une des plus belles réussites de la région ».", "opinion"),
    ],
)
def test_kind_from_judging_cues(run, text, kind):
    result = run(text, "fr")
    assert result.claims, result.quotes
    assert result.claims[0].kind == kind, (result.claims[0].text, result.claims[0].kind)
