"""French indirect and mixed speech: the surface constructions of attribution.py (made-up sentences)."""

from __future__ import annotations

import pytest


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_content_clause_after_elided_que(run):
    result = run("Le maire Paul Girard a aussi estimé qu'en agissant vite, la ville éviterait une nouvelle crue.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Paul Girard"
    assert quote.text.startswith("en agissant vite") and quote.text.endswith("une nouvelle crue")


def test_span_starts_after_que_and_has_no_final_period(run):
    result = run("La ministre Claire Dubois a affirmé que le budget serait équilibré.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "le budget serait équilibré"


def test_infinitive_content_after_reporting_verb(run):
    result = run("La ministre Claire Dubois a reconnu auprès de la presse avoir reçu des cadeaux de cette entreprise.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Claire Dubois"
    assert quote.text == "avoir reçu des cadeaux de cette entreprise"


def test_call_with_de_infinitive(run):
    result = run("Le préfet Marc Olivier a demandé aux habitants de rester chez eux jusqu'à nouvel ordre.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Marc Olivier"
    assert "rester chez eux" in quote.text


def test_announcement_with_noun_phrase_object(run):
    result = run("Le président Jean Morel a annoncé sa candidature à l'élection municipale.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Jean Morel"
    assert quote.text.startswith("sa candidature")


def test_preposed_content_with_inverted_incise(run):
    result = run("Trois soldats ont été blessés dans l'attaque du poste, a indiqué mardi le ministère de la Défense.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Trois soldats ont été blessés dans l'attaque du poste"
    assert quote.cue == "indiqué"
    assert "ministère" in (quote.speaker or "")


def test_preposed_content_with_pronoun_incise(run):
    result = run("Luc Bernier a quitté la réunion. Les discussions reprendront la semaine prochaine, a-t-il précisé.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Les discussions reprendront la semaine prochaine"
    assert quote.speaker == "Luc Bernier"


def test_subject_phrase_before_comma_is_not_an_incise(run):
    result = run("Le ministre, en colère, a dénoncé la réforme des retraites.", "fr")
    assert all(not q.text.startswith("Le ministre") for q in result.quotes)


def test_bare_participle_after_comma_is_not_an_incise(run):
    result = run("Deux groupes rivaux se disputent la région, soutenus par des pays voisins.", "fr")
    assert result.quotes == []


def test_pour_source_opens_a_sentence(run):
    result = run("Pour l'économiste Marie Fontaine, la croissance restera faible cette année.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Marie Fontaine" and quote.hedged
    assert quote.text == "la croissance restera faible cette année"


def test_pour_with_stressed_pronoun(run):
    result = run("Paul Girard est prudent. Pour lui, la réforme arrive trop tard.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Paul Girard"
    assert quote.text == "la réforme arrive trop tard"


def test_pour_without_a_source_is_not_a_report(run):
    result = run("Pour la première fois, des soldats ont défilé dans la capitale.", "fr")
    assert result.quotes == []


def test_infinitive_of_plan_reports_nothing(run):
    result = run("Le ministre Jean Morel devrait annoncer sa démission mardi.", "fr")
    assert result.quotes == []


def test_cest_a_dire_is_not_a_report(run):
    result = run("Le pays quitte la cour, c'est-à-dire que ses juges ne siégeront plus à La Haye.", "fr")
    assert result.quotes == []


def test_conjunction_que_is_not_a_content_clause(run):
    result = run("Ses clients lui ont rapporté beaucoup d'argent alors qu'il était encore député.", "fr")
    assert result.quotes == []


def test_content_stops_before_a_second_report(run):
    result = run("Le syndicat a affirmé que la grève continuerait, ajoutant que les négociations reprendraient lundi.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "la grève continuerait" in texts
    assert any(t.startswith("les négociations reprendraient") for t in texts)


def test_two_word_reporting_verb(run):
    result = run("La police a fait savoir que le suspect avait été arrêté dans la nuit.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "le suspect avait été arrêté dans la nuit"


def test_mixed_content_clause_is_one_span(run):
    result = run("La sénatrice Anne Leduc a affirmé que ce plan était « voué à l'échec » et trop coûteux.", "fr")
    assert len(result.quotes) == 1
    quote = result.quotes[0]
    assert quote.kind == "mixed" and quote.speaker == "Anne Leduc"
    assert quote.text == "ce plan était « voué à l'échec » et trop coûteux"


def test_participle_coordinated_with_a_reporting_verb(run):
    result = run("La mairie de Valmont a appelé au calme et demandé aux riverains de fermer leurs volets.", "fr")
    texts = [q.text for q in indirect(result)]
    assert any("fermer leurs volets" in t for t in texts)


def test_gerund_report_takes_the_main_subject(run):
    result = run("Le député Marc Olivier a quitté la séance, tout en affirmant que le texte serait voté demain.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "le texte serait voté demain"
    assert quote.speaker == "Marc Olivier"


def test_clitic_between_verb_and_infinitive(run):
    result = run("Le patron Jean Morel a dit n'y être pour rien dans cette affaire de contrats.", "fr")
    quote = indirect(result)[0]
    assert quote.text.startswith("être pour rien") or quote.text.startswith("n'y être pour rien")


def test_light_verb_faire_etat_de(run):
    result = run("Les premiers rapports de la police font état d'un mort et de douze blessés.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "un mort et de douze blessés"


def test_source_followed_by_relative_clause_reports_the_left_side(run):
    result = run("Le trafic reprendra normalement lundi matin, d'après la compagnie, qui précise que les trains seront peu nombreux.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "Le trafic reprendra normalement lundi matin" in texts


def test_wish_with_infinitive_is_an_intention(run):
    result = run("Le candidat Paul Girard espère ainsi prendre de l'avance sur ses rivaux.", "fr")
    assert result.quotes == []


def test_coordinated_infinitive_under_a_modal_reports_nothing(run):
    result = run("Les arbitres doivent ensuite valider ou refuser un but du match de samedi.", "fr")
    assert result.quotes == []


def test_passive_main_verb_after_comma_is_not_an_incise(run):
    result = run("L'attaque, qui a eu lieu près du palais, a été revendiquée par un groupe armé.", "fr")
    assert all(not q.text.startswith("L'attaque") for q in result.quotes)


def test_verb_introducing_a_quotation_keeps_its_own_content(run):
    result = run("La militante Julie Caron appelle à élargir la grève : « Il faut aller plus loin. »", "fr")
    kinds = {(q.kind, q.text) for q in result.quotes}
    assert ("indirect", "élargir la grève") in kinds
    assert ("direct", "Il faut aller plus loin.") in kinds


def test_present_participle_with_content_clause(run):
    result = run("Le policier a démenti les rumeurs de la chaîne affirmant qu'il avait été payé par des manifestants.", "fr")
    assert any(q.text == "il avait été payé par des manifestants" for q in indirect(result))


def test_participle_coordinated_with_any_auxiliated_verb(run):
    result = run("Le président Jean Morel avait abrégé les débats et demandé de passer au vote immédiatement.", "fr")
    assert any(q.text.startswith("passer au vote") for q in indirect(result))


def test_purpose_infinitive_still_reports(run):
    result = run("La Belgique s'est jointe à ses voisins pour condamner mardi les manœuvres « hostiles » de la flotte.", "fr")
    assert any("hostiles" in q.text and q.kind == "mixed" for q in result.quotes)


def test_ambiguous_deed_verb_in_infinitive_reports_nothing(run):
    result = run("Les avions de la coalition frappent la région pour soutenir leurs alliés sur le terrain.", "fr")
    assert result.quotes == []


def test_plan_with_infinitive_is_an_intention(run):
    result = run("Les deux candidats prévoient d'abroger cette loi s'ils sont élus.", "fr")
    assert result.quotes == []


def test_ainsi_que_after_comma_is_a_coordination(run):
    result = run("Le chanteur a été critiqué par son rival Marc Olivier, ainsi qu'un ancien collègue de la radio.", "fr")
    assert all(not q.text.startswith("un ancien collègue") for q in result.quotes)


def test_quotation_continued_outside_the_marks_before_an_incise_is_mixed(run):
    result = run("« Le ton compte » lorsqu'on dirige une équipe, répond encore Paul Girard.", "fr")
    assert len(result.quotes) == 1
    quote = result.quotes[0]
    assert quote.kind == "mixed" and quote.speaker == "Paul Girard"
    assert quote.text == "« Le ton compte » lorsqu'on dirige une équipe"


def test_selon_with_apposition_takes_the_clause_after_it(run):
    result = run("Selon le président de la région, Paul Girard, la route sera rouverte lundi.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "la route sera rouverte lundi"
    assert quote.speaker == "Paul Girard"


def test_selon_after_a_time_phrase_takes_the_clause(run):
    result = run("Vers 22 heures, selon le ministre Marc Olivier, les mesures coûteront dix milliards d'euros.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "les mesures coûteront dix milliards d'euros"


def test_postposed_selon_with_apposition_takes_the_clause_before(run):
    result = run("Les blessés sont surtout des cyclistes et des piétons, selon Paul Girard, ministre de l'Intérieur.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Les blessés sont surtout des cyclistes et des piétons"


def test_content_stops_at_a_participle_report(run):
    result = run("Les organisateurs ont reconnu leur responsabilité dans ces retards, indiquant les avoir signalés aussitôt.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "leur responsabilité dans ces retards" in texts


def test_source_inside_a_relative_clause_spans_both_sides(run):
    result = run("Le texte ne prévoit aucune sanction, ce qui, selon les juristes, en réduit beaucoup la portée.", "fr")
    quote = indirect(result)[0]
    assert quote.text.startswith("Le texte ne prévoit aucune sanction") and quote.text.endswith("la portée")


def test_source_after_a_conjunction_attributes_the_following_conjunct(run):
    result = run("Le maire a constaté son échec et, selon Paul Girard, la difficulté de gouverner sans majorité.", "fr")
    assert any(q.text == "la difficulté de gouverner sans majorité" and q.speaker == "Paul Girard" for q in indirect(result))


def test_coordinated_report_shares_the_source(run):
    result = run("Le ministère de la Défense a précisé qu'il visait les rebelles et dit regretter les pertes civiles.", "fr")
    quotes = indirect(result)
    assert any(q.text == "regretter les pertes civiles" for q in quotes)
    assert len({q.speaker for q in quotes}) == 1 and quotes[0].speaker is not None


def test_subject_after_selon_source_is_not_an_apposition(run):
    result = run("Selon Le Figaro, la tour Eiffel, à Paris, sera protégée par un mur de verre.", "fr")
    quote = indirect(result)[0]
    assert quote.text.startswith("la tour Eiffel")


def test_indefinite_on_with_noun_object_is_no_report(run):
    result = run("Après la crue, on déplore de nombreuses caves inondées dans le bourg.", "fr")
    assert result.quotes == []


def test_indirect_question_is_no_statement(run):
    result = run("Le président Jean Morel n'a pas encore annoncé s'il briguerait un second mandat, et il a annoncé si il partirait.", "fr")
    assert result.quotes == []


def test_support_of_a_noun_phrase_is_a_deed(run):
    result = run("Une petite part des habitants soutenait d'ailleurs ce projet de tramway.", "fr")
    assert result.quotes == []


def test_comme_incise_opening_the_sentence(run):
    result = run("Comme l'a souligné la ministre Claire Dubois, la réforme entrera en vigueur en janvier.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "la réforme entrera en vigueur en janvier"
    assert quote.speaker == "Claire Dubois"


def test_subject_with_relative_clause_before_comma_is_not_preposed_content(run):
    result = run("Le président du groupe, Paul Girard, qui avait rencontré le ministre à Paris, a annoncé un investissement de deux milliards.", "fr")
    assert all(not q.text.startswith("Le président du groupe") for q in result.quotes)


def test_pour_named_source_with_title_apposition(run):
    result = run("Pour Paul Girard, directeur de l'institut, la France a changé de visage.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "la France a changé de visage" and quote.speaker == "Paul Girard"


def test_pour_named_source_followed_by_names_in_the_clause(run):
    result = run("Pour Claire Dubois, Marc Olivier et Luc Bernier forment un petit groupe fermé.", "fr")
    quote = indirect(result)[0]
    assert quote.speaker == "Claire Dubois"
    assert quote.text.startswith("Marc Olivier")


def test_sans_infinitive_reports_nothing(run):
    result = run("Le ministère a confirmé l'enlèvement sans préciser son identité ni sa nationalité.", "fr")
    assert all(not q.text.startswith("son identité") for q in result.quotes)


def test_laisser_a_penser_is_no_report(run):
    result = run("Tout laisse à penser qu'elle aurait perdu ses clés dans le train.", "fr")
    assert result.quotes == []


def test_mixed_content_with_two_quoted_fragments_is_one_span(run):
    result = run("Le syndicat a affirmé que la direction voulait « fermer l'usine » et « licencier tout le monde » avant l'été.", "fr")
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert len(mixed) == 1 and len(result.quotes) == 1
    assert mixed[0].text.startswith("la direction voulait « fermer l'usine »")
    assert "« licencier tout le monde »" in mixed[0].text


def test_quoted_fragments_in_coordinated_complements_stay_apart(run):
    result = run("Le maire Paul Girard a accusé les promoteurs de « détruire » le quartier, voire de « mépriser les habitants ».", "fr")
    assert sorted(q.text for q in result.quotes) == ["détruire", "mépriser les habitants"]
    assert all(q.kind == "mixed" and q.speaker == "Paul Girard" for q in result.quotes)


def test_medium_after_a_preposition_is_not_the_subject(run):
    # « Sur RTL » opens the sentence: the parse may call it a subject; the speaker is the person.
    text = (
        "Le préfet a fermé la route.\n\nSur RTL, rappelant que le gaspillage coûte « 12 milliards d'euros par an », "
        "Odile Marchand, la présidente de l'Union contre le gaspillage, a dénoncé les grandes enseignes et "
        "demande que les invendus « soient donnés à des associations »."
    )
    quotes = [q for q in run(text, "fr").quotes if q.kind in ("indirect", "mixed")]
    assert quotes and all(q.speaker == "Odile Marchand" for q in quotes)


def test_gerund_on_a_noun_shares_the_clause_subject(run):
    # « en expliquant » hangs on « communiqué » in the parse; a gerund is said of the subject.
    text = (
        "Le directeur Marc Olivier s'est excusé « pour ce retard » dans un communiqué en expliquant toutefois "
        "que les employés travaillaient dans l'urgence."
    )
    quote = next(q for q in run(text, "fr").quotes if q.text.startswith("les employés"))
    assert quote.speaker == "Marc Olivier"


# -- agency copy: incises with an addressee, pronoun incises with circumstances ---------------------


def test_incise_with_addressee_before_inverted_subject(run):
    result = run("Le bilan de l'accident s'élève à six morts, a précisé à l'AFP une source hospitalière.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Le bilan de l'accident s'élève à six morts"
    assert "source hospitalière" in (quote.speaker or "")


def test_incise_with_addressee_and_titled_source(run):
    result = run("Les secours fouillent encore les décombres, a indiqué aux journalistes un responsable de la protection civile.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Les secours fouillent encore les décombres"
    assert "responsable" in (quote.speaker or "")


def test_pronoun_incise_followed_by_circumstances(run):
    result = run("La ministre Anne Roussel a rencontré les syndicats. Aucun poste ne sera supprimé, a-t-elle assuré lors d'une conférence de presse.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Aucun poste ne sera supprimé"
    assert quote.speaker == "Anne Roussel"


def test_agency_reports_with_unnamed_sources(run):
    result = run("Le chauffard a été interpellé jeudi, a-t-on appris de source policière.", "fr")
    assert indirect(result)[0].text == "Le chauffard a été interpellé jeudi"
    result = run("Le groupe envisage de vendre sa filiale, selon une source proche du dossier.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Le groupe envisage de vendre sa filiale"
    assert "source proche du dossier" in (quote.speaker or "")


def test_statement_to_the_agency_with_que_and_with_infinitive(run):
    result = run("Le maire Louis Caron a déclaré à l'AFP que le pont serait rouvert lundi.", "fr")
    assert indirect(result)[0].text == "le pont serait rouvert lundi"
    result = run("Le maire Louis Caron a déclaré à l'AFP avoir reçu des menaces.", "fr")
    assert indirect(result)[0].text == "avoir reçu des menaces"


# -- noun-phrase content ---------------------------------------------------------------------------


def test_noun_object_after_date_and_adverbial(run):
    result = run("L'observatoire a annoncé ce jeudi dans un communiqué la découverte d'une nouvelle lune autour de Saturne.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "la découverte d'une nouvelle lune autour de Saturne"
    assert quote.cue == "annoncé"


def test_noun_object_content_runs_to_the_end_of_the_statement(run):
    result = run("Le rapporteur avait souligné la ressemblance entre les deux propositions de loi.", "fr")
    assert indirect(result)[0].text == "la ressemblance entre les deux propositions de loi"


def test_second_report_in_compound_tense_ends_the_first(run):
    result = run("Le club a salué le travail de son entraîneur puis a annoncé mardi le départ de son capitaine.", "fr")
    texts = [q.text for q in indirect(result)]
    assert texts == ["le travail de son entraîneur", "le départ de son capitaine"]


# -- source phrases --------------------------------------------------------------------------------


def test_relative_pour_qui_gives_the_antecedent_view(run):
    result = run("Le nombre de réfugiés a doublé, selon le Haut-Commissariat, pour qui la situation est la pire depuis dix ans.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "la situation est la pire depuis dix ans" in texts


def test_source_phrase_between_verb_and_its_complement(run):
    result = run("Cette décision constitue selon plusieurs juristes une atteinte grave à la liberté de la presse.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "une atteinte grave à la liberté de la presse"
    assert "juristes" in (quote.speaker or "")


def test_pronoun_incise_with_addressee(run):
    result = run("Le maire Louis Caron a visité le chantier. Le pont rouvrira en juin, a-t-il déclaré à l'AFP.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Le pont rouvrira en juin"
    assert quote.speaker == "Louis Caron"


def test_hearsay_incise_in_the_present(run):
    result = run("Les enquêteurs privilégient la piste accidentelle, indique-t-on de source proche de l'enquête.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Les enquêteurs privilégient la piste accidentelle"
    assert "source proche de l'enquête" in (quote.speaker or "")


def test_incise_with_faire_savoir(run):
    result = run("Aucun accord n'a encore été trouvé, a fait savoir la présidence dans un communiqué.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Aucun accord n'a encore été trouvé"
    assert "présidence" in (quote.speaker or "")


def test_hearsay_incise_with_a_source_after_a(run):
    result = run("Deux routes restent coupées, a-t-on indiqué à la préfecture.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "Deux routes restent coupées"
    assert "préfecture" in (quote.speaker or "")


def test_gerund_read_as_adjective_still_reports(run):
    result = run("« Je n'ai rien reçu », a répété Luc Bernier aux journalistes, tout en martelant que ce voyage n'avait « aucun lien » avec ses fonctions.", "fr")
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert mixed and mixed[0].text == "ce voyage n'avait « aucun lien » avec ses fonctions"
    assert mixed[0].speaker == "Luc Bernier"


def test_expressed_feeling_is_noun_phrase_content(run):
    result = run("Le syndicat des pilotes a exprimé son inquiétude face à la fermeture de la base.", "fr")
    assert indirect(result)[0].text.startswith("son inquiétude face à la fermeture")


def test_reflexive_verb_takes_no_object_content(run):
    result = run("Le président s'est exprimé depuis le salon doré du palais présidentiel.", "fr")
    assert indirect(result) == []


def test_present_participle_after_comma_reports_infinitive_content(run):
    result = run("Le groupe Valmont a reconnu ses torts, indiquant les avoir corrigés après avoir été alerté par les syndicats.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "les avoir corrigés après avoir été alerté par les syndicats" in texts


def test_negation_before_infinitive_content_is_kept(run):
    result = run("Le sénateur Paul Ménard a parlé longuement, affirmant ne pas vouloir se représenter en 2030.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "ne pas vouloir se représenter en 2030" in texts


def test_call_to_noun_phrase_runs_to_the_sentence_end_without_a(run):
    result = run("Les infirmières en colère appellent à une manifestation devant le ministère mardi 12 mars.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "une manifestation devant le ministère mardi 12 mars" in texts


def test_call_to_noun_phrase_stops_at_a_coordinated_report(run):
    result = run("La préfecture a appelé à la vigilance et demandé aux habitants de rester chez eux.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "la vigilance" in texts


def test_noun_phrase_content_takes_its_quoted_relative(run):
    result = run("Le maire Jean Lasserre a dénoncé les pilleurs « qui profitent de la détresse des sinistrés » et a quitté la salle.", "fr")
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert [q.text for q in mixed] == ["les pilleurs « qui profitent de la détresse des sinistrés »"]


def test_clause_with_one_unquoted_subject_is_mixed(run):
    result = run("La syndicaliste Anne Forel demande que les contrôles « soient confiés à des agents indépendants ».", "fr")
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert [q.text for q in mixed] == ["les contrôles « soient confiés à des agents indépendants »"]


def test_infinitive_content_of_a_cue_that_introduces_a_quotation_is_mixed(run):
    result = run("L'armée a confirmé lundi être à l'origine de la frappe, menée « à la demande des autorités locales ».", "fr")
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert [q.text for q in mixed] == ["être à l'origine de la frappe, menée « à la demande des autorités locales »"]


def test_pour_with_a_proper_name_source(run):
    result = run("Les avis divergent. Pour La Gazette du Nord, la fermeture de l'usine était prévisible depuis des années.", "fr")
    texts = [q.text for q in indirect(result)]
    assert "la fermeture de l'usine était prévisible depuis des années" in texts


def test_source_set_off_by_a_comma_leaves_the_quotation_direct(run):
    result = run("Le dossier reste ouvert. Selon elle, « les comptes de la mairie ne sont pas sincères ».", "fr")
    assert [(q.kind, q.text) for q in result.quotes if "comptes" in q.text] == [("direct", "les comptes de la mairie ne sont pas sincères")]


def test_quotation_after_a_mixed_clause_stays_direct(run):
    result = run("J'ai vu des « vitres voler en éclats » , « c'était terrifiant » , ont raconté des passants.", "fr")
    kinds = {q.text: q.kind for q in result.quotes}
    assert kinds.get("c'était terrifiant") == "direct"
    assert any(kind == "mixed" and "vitres voler en éclats" in text for text, kind in kinds.items())


def test_infinitive_content_stops_before_the_narrators_mais_clause(run):
    result = run("Le ministère a affirmé avoir voulu protéger les habitants, mais cette version ne convainc pas les riverains.", "fr")
    texts = [q.text for q in indirect(result)]
    assert texts == ["avoir voulu protéger les habitants"]


def test_conditional_after_mais_stays_in_the_report(run):
    result = run("Le ministre Paul Ravel a reconnu avoir menti, mais il conserverait le soutien du président.", "fr")
    texts = [q.text for q in indirect(result)]
    assert texts == ["avoir menti, mais il conserverait le soutien du président"]


def test_participle_after_the_object_shares_the_clause_subject(run):
    result = run("Le groupe Valmont a reconnu sa responsabilité dans la panne, indiquant l'avoir réparée après avoir été alerté par les clients.", "fr")
    quote = next(q for q in indirect(result) if q.text.startswith("l'avoir réparée"))
    assert quote.speaker == "groupe Valmont"


def test_selon_source_ends_before_a_name_that_is_the_subject(run):
    # A name after the source, followed by its apposition and its verb, is the statement's subject.
    for text, speaker in (
        ("Selon Reuters, Paul Mercier, ancien préfet, sera nommé à Lyon.", "Reuters"),
        ("D'après l'AFP, Paul Mercier a quitté le parti hier soir.", "AFP"),
        ("Selon le journal Le Courrier, Paul Mercier, ancien préfet, serait nommé à Lyon.", "journal Le Courrier"),
    ):
        quote = indirect(run(text, "fr"))[0]
        assert quote.speaker == speaker, (text, quote.speaker)
        assert quote.text.startswith("Paul Mercier") and quote.text.endswith("Lyon" if "Lyon" in text else "hier soir"), quote.text


def test_selon_keeps_its_parentheses_with_the_source(run):
    result = run("Selon plusieurs médecins (dont le docteur Anne Vidal), la vaccination réduit les risques.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "la vaccination réduit les risques"
    assert quote.speaker == "plusieurs médecins"


def test_pour_with_a_collective_as_source(run):
    # « collectif » is an organisation noun: « Pour ce collectif, … » gives its view.
    result = run("Le collectif Vivre ensemble a défilé samedi. Pour ce collectif, la ville manque de logements.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "la ville manque de logements" and quote.speaker and "collectif" in quote.speaker.lower()


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Les marcheurs étaient 2 500 selon la préfecture, 8 000 selon les syndicats.", [("Les marcheurs étaient 2 500", "préfecture"), ("8 000", "syndicats")]),
        ("Le défilé a réuni 1 200 personnes selon la police et 5 000 selon la CGT.", [("Le défilé a réuni 1 200 personnes", "police"), ("5 000", "CGT")]),
        ("La foule, 700 personnes selon la mairie, 3 000 selon les organisateurs, a rejoint la place.", [("700 personnes", "mairie"), ("3 000", "organisateurs")]),
    ],
)
def test_series_of_figures_each_with_its_source(run, text, figures):
    # « N selon X, M selon Y »: each source vouches for the words right before it.
    found = [(q.text, q.speaker) for q in indirect(run(text, "fr"))]
    assert found == figures


def test_source_after_a_comma_still_reads_the_whole_clause(run):
    result = run("Le bilan est lourd : douze blessés ont été hospitalisés, selon les pompiers.", "fr")
    assert any(q.text.endswith("douze blessés ont été hospitalisés") and q.speaker == "pompiers" for q in indirect(result))


def test_information_revealed_by_a_newspaper_speaks_for_it(run):
    # « des informations selon lesquelles Z »: the relative clause is the statement, and the
    # information speaks for whoever revealed it.
    for text, speaker in (
        ("Le Courrier du Nord a révélé des informations selon lesquelles le maire aurait été payé sans travailler.", "Courrier du Nord"),
        ("Le quotidien a révélé des informations selon lesquelles le maire aurait été payé sans travailler.", "quotidien"),
    ):
        quote = indirect(run(text, "fr"))[0]
        assert (quote.text, quote.speaker) == ("le maire aurait été payé sans travailler", speaker)


def test_agentless_passive_of_accusation_reports_nothing_by_its_subject(run):
    # « est accusée de … » marked passive by its auxiliary: the subject is the accused, not a
    # speaker (even when « quant à elle » misleads the parse into a second subject).
    result = run("Claire Vidal est pour sa part accusée d'avoir caché les bijoux du notaire.", "fr")
    assert all(q.speaker != "Claire Vidal" for q in result.quotes)


def test_accusation_participle_on_the_subject_is_not_its_own_report(run):
    # « Deux hommes, soupçonnés de …, ont été écroués »: the suspects do not report their suspicion.
    result = run("Deux hommes, soupçonnés d'avoir dérobé des bijoux, ont été écroués jeudi.", "fr")
    assert all(q.speaker != "hommes" and "hommes" not in (q.speaker or "") for q in result.quotes)


def test_parler_de_labels_with_quoted_words(run):
    # « X parle d'un « … » »: the quoted label is X's word.
    result = run("Le gouvernement grec parle d'un « sabotage » et réclame une enquête.", "fr")
    assert any(q.text == "sabotage" and q.speaker and "gouvernement" in q.speaker for q in result.quotes)
