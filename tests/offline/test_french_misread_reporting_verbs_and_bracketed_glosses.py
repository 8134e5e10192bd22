"""French quotes: present tenses of reporting verbs the tagger reads as
an adjective, a noun or an adverb (« dément », « critique », « riposte »), in verb position and
in an incise; cue-less quotations in brackets that gloss a word; a dated page banner giving
the hour; « Pour X, où … » as a frame, not a source (invented sentences)."""

from __future__ import annotations


def quotes(result):
    return [(q.kind, q.cue, q.speaker, q.text) for q in result.quotes]


def test_present_tense_in_ment_read_as_adverb_reports_its_object(run):
    result = run("Le trésorier du club dément toute irrégularité dans les comptes de la saison.", "fr")
    assert [(q.cue, q.speaker, q.text) for q in result.quotes] == [
        ("dément", "trésorier du club", "toute irrégularité dans les comptes de la saison")
    ], quotes(result)


def test_misread_present_tense_with_a_que_clause_or_an_infinitive(run):
    result = run("La porte-parole de la préfecture dément que des renforts aient été refusés aux pompiers.", "fr")
    assert [(q.cue, q.text) for q in result.quotes] == [("dément", "des renforts aient été refusés aux pompiers")], quotes(result)
    result = run("Dans un communiqué, la fédération de pêche dément fermement avoir touché des subventions.", "fr")
    assert [(q.cue, q.speaker, q.text) for q in result.quotes] == [
        ("dément", "fédération de pêche", "avoir touché des subventions")
    ], quotes(result)


def test_plural_and_first_group_present_tenses_read_as_adjectives(run):
    result = run("Les deux associations démentent que le refuge ait fermé ses portes cet hiver.", "fr")
    assert [(q.cue, q.text) for q in result.quotes] == [("démentent", "le refuge ait fermé ses portes cet hiver")], quotes(result)
    result = run("La conseillère municipale critique le tracé retenu pour la future ligne de tramway.", "fr")
    assert [(q.cue, q.speaker) for q in result.quotes] == [("critique", "conseillère municipale")], quotes(result)
    result = run("Le sénateur riposte que la commission a ignoré les avis des maires ruraux.", "fr")
    assert [(q.cue, q.text) for q in result.quotes] == [("riposte", "la commission a ignoré les avis des maires ruraux")], quotes(result)


def test_short_incise_between_the_verb_and_its_object(run):
    result = run("L'avocate des riverains dément, pour sa part, tout accord avec le promoteur.", "fr")
    assert [(q.cue, q.text) for q in result.quotes] == [("dément", "tout accord avec le promoteur")], quotes(result)


def test_adjective_before_an_article_of_its_own_noun_is_no_verb(run):
    result = run("Une lecture critique des budgets communaux a été publiée jeudi par la chambre régionale.", "fr")
    assert [q for q in result.quotes if q.cue == "critique"] == [], quotes(result)
    result = run("Le regard critique des visiteurs sur la nouvelle aile du musée a étonné le conservateur.", "fr")
    assert [q for q in result.quotes if q.cue == "critique"] == [], quotes(result)


def test_present_tense_in_ment_as_an_incise_verb(run):
    result = run("« Je n'ai jamais vu ce document », dément le directeur de la mutuelle.", "fr")
    assert [(q.kind, q.cue, q.speaker) for q in result.quotes] == [("direct", "dément", "directeur de la mutuelle")], quotes(result)


def test_bracketed_question_after_a_noun_glosses_it(run):
    text = "Les lycéens ont planché sur le bonheur ( « Le bonheur dépend-il de nous ? » ) ou sur l'art ( « Une œuvre doit-elle plaire ? » )."
    assert quotes(run(text, "fr")) == [], quotes(run(text, "fr"))


def test_bracketed_quotation_after_a_quotation_translates_it(run):
    text = "Le capitaine a crié « Todos juntos ! » ( « Tous ensemble ! » ) avant le coup d'envoi."
    result = run(text, "fr")
    assert [q.text for q in result.quotes] == ["Todos juntos !", "Tous ensemble !"], quotes(result)


def test_dated_banner_with_an_hour_quotes_a_headline(run):
    text = "Page actualisée : 4 avril 2019, 18 h 30 — « Le pont de la rocade a été rouvert »\n\n4 avril 2019 . – Les travaux ont duré six mois."
    assert quotes(run(text, "fr")) == [], quotes(run(text, "fr"))


def test_pour_phrase_with_a_relative_in_ou_is_a_frame(run):
    text = "Pour les communes de montagne, où la neige a manqué, les stations ont perdu un tiers de leurs clients."
    assert quotes(run(text, "fr")) == [], quotes(run(text, "fr"))
    result = run("Pour les maires de montagne, la saison a été catastrophique.", "fr")
    assert [q.cue for q in result.quotes] == ["Pour"], quotes(result)


def test_verb_that_reports_only_as_a_pronominal_verb_is_no_cue_without_se(run):
    result = run("Le retard des travaux indigne les commerçants du quartier depuis des mois.", "fr")
    assert [q for q in result.quotes if q.cue == "indigne"] == [], quotes(result)


def test_quoted_name_followed_by_its_acronym_is_a_label(run):
    text = "La préfecture a activé la « cellule de veille contre les crues du fleuve » (CVCF) et a fermé trois routes."
    assert quotes(run(text, "fr")) == [], quotes(run(text, "fr"))


def test_quoted_name_after_a_word_for_a_group_or_a_site_is_a_label(run):
    text = "Les menaces venaient surtout du groupe « Les voisins en colère » qu'ils animent depuis deux ans."
    assert quotes(run(text, "fr")) == [], quotes(run(text, "fr"))
    text = "Sur son site « Le potager libre », le jardinier publie des conseils chaque semaine."
    assert quotes(run(text, "fr")) == [], quotes(run(text, "fr"))


def test_negative_subject_reports_nothing(run):
    assert quotes(run("Pour l'instant, rien n'indique que le navire transportait des armes.", "fr")) == []
    assert quotes(run("Aucun témoin n'a affirmé que le conducteur roulait trop vite.", "fr")) == []
    result = run("La personne interrogée a affirmé que le conducteur roulait trop vite.", "fr")
    assert [q.text for q in result.quotes] == ["le conducteur roulait trop vite"], quotes(result)


def test_misread_present_tense_after_an_aside_and_before_a_locution(run):
    result = run("Le maire, à l'origine du projet, dément pour sa part toute intention de « vendre la ville ».", "fr")
    assert [(q.kind, q.cue, q.speaker) for q in result.quotes] == [("mixed", "dément", "maire")], quotes(result)
    result = run("La ministre de la Culture Anne Morel, à l'initiative du texte, récuse de son côté toute volonté de « censurer les artistes ».", "fr")
    assert [(q.cue, q.speaker) for q in result.quotes] == [("récuse", "Anne Morel")], quotes(result)


def test_adjective_in_an_aside_is_no_verb(run):
    result = run("Selon le journal, le ministre, critique depuis le début, note une amélioration.", "fr")
    assert [q.cue for q in result.quotes if q.cue == "critique"] == [], quotes(result)


def test_closing_incise_without_a_comma_reports_the_clause_before(run):
    result = run("Les inondations ont fait trois morts dans la vallée indique la préfecture.", "fr")
    assert [(q.cue, q.speaker, q.text) for q in result.quotes] == [
        ("indique", "préfecture", "Les inondations ont fait trois morts dans la vallée")
    ], quotes(result)
    result = run("La piste criminelle a été écartée a fait savoir la gendarmerie.", "fr")
    assert [(q.speaker, q.text) for q in result.quotes] == [("gendarmerie", "La piste criminelle a été écartée")], quotes(result)


def test_verb_after_a_subject_with_its_relative_clause_is_no_incise(run):
    result = run("Les habitants dont la maison a brûlé réclament une aide de l'État.", "fr")
    assert [q for q in result.quotes if q.text.startswith("Les habitants")] == [], quotes(result)
    result = run("Le gouvernement japonais annonce la fermeture de la centrale.", "fr")
    assert [q.text for q in result.quotes] == ["la fermeture de la centrale"], quotes(result)


def test_noun_phrase_content_ends_before_the_subjects_second_predicate(run):
    result = run("La directrice de l'école dément toute sanction mais veut « rappeler les règles » aux parents.", "fr")
    denial = next(q for q in result.quotes if q.cue == "dément")
    assert denial.text == "toute sanction", quotes(result)


def test_verb_after_its_own_subject_or_a_passive_is_no_incise(run):
    result = run("Le comité a diffusé un appel (lire : Sport : la ligue alerte les clubs sur le dopage).", "fr")
    assert [q for q in result.quotes if q.cue == "alerte" and q.text.startswith("Le comité")] == [], quotes(result)
    result = run("La date approche où seront dévoilés les chiffres de la police.", "fr")
    assert quotes(result) == [], quotes(result)
