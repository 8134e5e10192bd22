"""French indirect and mixed speech the rules missed on untuned text: the narrator's « alors que »
contrast after a content clause, a source phrase glued to the end of its clause, a simple-tense
incise with its clitic after the verb, verbs of advising, a promise in a present participle,
an elided « d' » before a quoted attribute, a purpose under a modal (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_alors_que_with_a_noun_subject_ends_the_content(run):
    result = run("La directrice Anne Morel a confirmé que la fermeture de l'usine était inévitable, alors que le maire avait démenti cette hypothèse.", "fr")
    assert indirect(result)[0].text == "la fermeture de l'usine était inévitable"


def test_tandis_que_with_a_noun_subject_ends_the_content(run):
    result = run("Le syndicat affirme que la grève sera suivie, tandis que la direction prévoit une faible mobilisation.", "fr")
    assert indirect(result)[0].text == "la grève sera suivie"


def test_alors_que_with_a_pronoun_subject_stays_in_the_content(run):
    result = run("Le magazine affirme que la sénatrice aurait touché des primes dès 2009, alors qu'elle ne siégeait pas encore.", "fr")
    assert indirect(result)[0].text == "la sénatrice aurait touché des primes dès 2009, alors qu'elle ne siégeait pas encore"


def test_source_phrase_after_a_whole_clause_vouches_for_that_clause(run):
    result = run("Des explosions auraient été entendues selon la radio locale, en plus de sirènes au port, mais la mairie ne l'a pas confirmé.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Des explosions auraient été entendues selon la radio locale, en plus de sirènes au port"
    assert quote.speaker == "radio locale"


def test_source_phrase_after_a_clause_with_a_coordinated_predicate(run):
    result = run("La région représente donc une menace selon plusieurs experts et pourrait déstabiliser ses voisins.", "fr")
    assert indirect(result)[0].text == "La région représente donc une menace selon plusieurs experts et pourrait déstabiliser ses voisins"


def test_source_phrase_after_a_clause_stops_before_a_new_subject(run):
    result = run("Le bilan s'élève à douze morts selon les secours, et les routes restent coupées.", "fr")
    assert indirect(result)[0].text == "Le bilan s'élève à douze morts"


def test_source_phrase_at_the_end_of_the_sentence_is_left_out(run):
    result = run("Il y aurait plus de cinquante blessés selon les pompiers.", "fr")
    assert indirect(result)[0].text == "Il y aurait plus de cinquante blessés"


def test_source_phrase_between_verb_and_object_keeps_the_object(run):
    result = run("Le groupe constitue selon les enquêteurs une véritable milice armée.", "fr")
    assert indirect(result)[0].text == "une véritable milice armée"


def test_simple_tense_incise_with_the_clitic_after_the_verb(run):
    result = run("Le ministre Paul Durand a parlé mardi. Le projet est abandonné et ne reviendra pas, précise-t-il.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Le projet est abandonné et ne reviendra pas" and quote.speaker == "Paul Durand"


def test_simple_tense_incise_reports_a_clause_with_partial_quotes_as_mixed(run):
    result = run("Le ministre Paul Durand a parlé mardi. Le projet est « enterré » et ne « reviendra pas » , estime-t-il.", "fr")
    quote = indirect(result)[0]
    assert quote.kind == "mixed" and quote.text == "Le projet est « enterré » et ne « reviendra pas »"


def test_simple_tense_incise_after_a_whole_quotation_stays_direct(run):
    result = run("Le ministre Paul Durand a parlé mardi. « Le projet est enterré » , précise-t-il.", "fr")
    assert [(q.kind, q.text) for q in result.quotes] == [("direct", "Le projet est enterré")]


def test_advising_an_addressee_to_do_something(run):
    result = run("Les guides conseillent aux randonneurs d'emporter beaucoup d'eau.", "fr")
    assert [q.text for q in indirect(result)] == ["emporter beaucoup d'eau"]


def test_adviser_as_a_noun_reports_nothing(run):
    result = run("Le conseiller du ministre a démissionné hier soir.", "fr")
    assert indirect(result) == []


def test_elided_de_before_a_quoted_attribute(run):
    result = run("Le maire Paul Durand a qualifié jeudi ce projet d'« insensé » et la préfète a protesté.", "fr")
    quote = indirect(result)[0]
    assert quote.kind == "mixed" and quote.text == "ce projet d'« insensé »"


def test_absolute_present_participle_promising_to_do_something(run):
    result = run("Cette réforme aura marqué tout le mandat, le ministre promettant dès 2015 de réduire la dette publique.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "réduire la dette publique" and quote.speaker == "ministre"


def test_document_asking_to_do_something(run):
    result = run("Les syndicats ont envoyé une lettre demandant de suspendre la réforme.", "fr")
    assert [q.text for q in indirect(result)] == ["suspendre la réforme"]


def test_purpose_under_a_modal_is_a_plan(run):
    result = run("La présidente devrait saisir la trêve estivale pour annoncer son départ.", "fr")
    assert indirect(result) == []


def test_purpose_of_a_past_act_still_reports(run):
    result = run("Le ministre s'est rendu à Lyon pour annoncer sa candidature.", "fr")
    assert [q.text for q in indirect(result)] == ["sa candidature"]


def test_incise_after_a_quotation_introduced_by_a_colon_reports_only_the_quotation(run):
    result = run(
        "La ministre Anne Durand refuse de se « laisser faire » et annonce vouloir agir : « Nous irons jusqu'au bout. » , affirme-t-elle.", "fr"
    )
    assert not any(q.text.startswith("La ministre Anne Durand refuse") for q in result.quotes)
    assert any(q.kind == "direct" and q.text == "Nous irons jusqu'au bout." for q in result.quotes)


def test_alors_que_clause_interrupted_by_a_date_still_ends_the_content(run):
    result = run("La directrice Anne Morel a confirmé que l'usine fermera, alors que le maire avait, il y a deux semaines, démenti cette hypothèse.", "fr")
    assert indirect(result)[0].text == "l'usine fermera"


def test_source_phrase_inside_a_subject_does_not_take_the_main_clause(run):
    result = run("Sa voiture est garée devant, mais la locataire, une femme discrète selon la gardienne, ne répond plus depuis mardi.", "fr")
    assert not any("répond plus" in q.text for q in indirect(result))
