"""Accusation constructions and claims, in French and English."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def test_accuse_x_of(run):
    fr = run("Le président Paul Roy a accusé les autorités russes de protéger les fraudeurs.", "fr")
    en = run("President Paul Roy accused the Russian authorities of protecting the fraudsters.", "en")
    assert "Russie" in accused(fr) and accused(fr)["Russie"].accusers == ["Paul Roy"]
    assert "Russia" in accused(en) and accused(en)["Russia"].accusers == ["Paul Roy"]
    assert "protéger" in (accused(fr)["Russie"].accusation or "")
    assert "protecting" in (accused(en)["Russia"].accusation or "")


def test_condemn_activity_accuses_its_owner(run):
    fr = run("Le Canada a condamné les cyberactivités de Moscou.", "fr")
    en = run("Canada condemned the cyber activities of Moscow.", "en")
    assert "Russie" in accused(fr)
    assert "Russia" in accused(en)


def test_responsible_in_a_statement(run):
    fr = run("« Le groupe Zeta est responsable de l’attaque », a déclaré Anne Roy.", "fr")
    en = run("“The Zeta group is responsible for the attack,” said Anne Roy.", "en")
    for result in (fr, en):
        names = list(accused(result))
        assert any("Zeta" in n for n in names), names
        record = next(a for a in result.accused if "Zeta" in a.name)
        assert record.accusers == ["Anne Roy"] and record.quote_ids


def test_hold_responsible_passive(run):
    fr = run("« Le gouvernement iranien doit être tenu responsable », a dit Marc Dion.", "fr")
    en = run("“The Iranian government must be held responsible,” said Marc Dion.", "en")
    assert "Iran" in accused(fr)
    assert "Iran" in accused(en)


def test_accused_participle_names_the_accused(run):
    fr = run("La police a arrêté trois militants, accusés d’avoir incendié la mairie.", "fr")
    en = run("Police arrested three activists accused of burning down the town hall.", "en")
    assert any("militants" in n for n in accused(fr))
    assert any("activists" in n for n in accused(en))


def test_claims_carry_claimant_kind_and_hedging(run):
    fr = run("Julie Caron a appelé les pays à agir. Selon les experts, la crise aurait coûté des milliards.", "fr")
    # (English: a demand in a reported clause; "urged the countries to act", an infinitive
    # request, is no statement in the default scope, test_english_requests_questions_polls_and_quoted_names)
    en = run("Julie Caron demanded that the countries act. According to experts, the crisis allegedly cost billions.", "en")
    for result in (fr, en):
        kinds = {c.claimant: c for c in result.claims}
        assert kinds["Julie Caron"].kind == "call_to_action"
        experts = next(c for c in result.claims if c.claimant in {"experts"})
        assert experts.hedged
        for claim in result.claims:
            assert claim.quote_ids and all(q in {x.id for x in result.quotes} for q in claim.quote_ids)


def test_seed_accused_parties(run, seed_text):
    result = run(seed_text, "fr")
    names = " | ".join(a.name for a in result.accused)
    for expected in ("Chine", "Sécurité de l’État", "APT40", "APT31", "pirates chinois"):
        assert expected in names


def test_hold_x_responsible_names_x_and_what_for(run):
    en = run("The Riverton school board voted to close the school. Parents held the board responsible for years of neglect.", "en")
    fr = run("La commission a voté la fermeture. Les parents ont tenu la commission scolaire responsable des années de négligence.", "fr")
    record = en.accused[0]
    assert record.name == "Riverton school board" and record.accusers == ["Parents"]
    assert record.accusation == "for years of neglect"
    assert fr.accused and "responsable" not in fr.accused[0].name and "commission" in fr.accused[0].name


def test_accusation_claim_keeps_the_verb_and_merges_fragments(run):
    fr = run("Le président Paul Roy a accusé les autorités russes de « protéger » les fraudeurs, voire de les « financer ».", "fr")
    en = run("Conservative Leader Erin Dale accused the Liberals of punishing families who drive to work.", "en")
    assert len(fr.quotes) == 2 and len(fr.claims) == 1
    claim = fr.claims[0]
    assert claim.text == "Les autorités russes sont accusées de protéger les fraudeurs, voire de les financer."
    assert claim.quote_ids == ["q1", "q2"] and claim.kind == "accusation"
    assert en.claims[0].text.startswith("Accused the Liberals of punishing families") and en.claims[0].claimant == "Erin Dale"


def names(result):
    return " | ".join(a.name for a in result.accused)


def test_court_case_in_the_passive_without_agent_keeps_the_party(run):
    fr = run("Trois militants ont été mis en examen pour incendie volontaire.", "fr")
    en = run("Three activists were charged with arson.", "en")
    for result, word in ((fr, "militants"), (en, "activists")):
        record = next(a for a in result.accused if word in a.name)
        assert record.accusers == []
    assert "incendie" in (next(a for a in fr.accused if "militants" in a.name).accusation or "")


def test_passive_agent_is_the_accuser(run):
    fr = run("Le maire Paul Roy a été accusé de corruption par l'opposition.", "fr")
    en = run("Mayor Paul Roy was accused of corruption by the opposition.", "en")
    for result in (fr, en):
        assert accused(result)["Paul Roy"].accusers == ["opposition"], result.accused


def test_negated_or_refused_accusation_accuses_no_one(run):
    fr = run("Elle refuse d'accuser des personnes précises. Jamais un élu n'a été condamné pour cela.", "fr")
    en = run("The mayor was never charged. She refused to blame the neighbours.", "en")
    assert fr.accused == [] and en.accused == [], (names(fr), names(en))


def test_perpetrator_of_violence_accused_by_the_reporter(run):
    fr = run("Selon la police, un homme a agressé deux passants dans la gare.", "fr")
    en = run("According to police, a man assaulted two passers-by at the station.", "en")
    for result, word in ((fr, "homme"), (en, "man")):
        record = next(a for a in result.accused if word in a.name)
        assert record.accusers == ["police"]


def test_unnamed_perpetrator_descriptions_are_one_party(run):
    fr = run("L'agresseur a pris la fuite. Le suspect a été interpellé deux heures plus tard.", "fr")
    en = run("The attacker fled on foot. The suspect was arrested two hours later.", "en")
    for result in (fr, en):
        assert len(result.accused) == 1, names(result)
    assert {"L'agresseur", "Le suspect"} <= set(fr.accused[0].aliases)


def test_accusation_aimed_against_someone(run):
    fr = run("Anne Roy a porté plainte contre le maire de Valmont.", "fr")
    en = run("Anne Roy filed a complaint against the mayor of Valmont.", "en")
    for result in (fr, en):
        record = next(a for a in result.accused if "maire" in a.name or "mayor" in a.name)
        assert record.accusers == ["Anne Roy"]


def test_claim_of_responsibility(run):
    fr = run("Le groupe Zeta a revendiqué l'attentat de la gare.", "fr")
    en = run("The Zeta group claimed responsibility for the station attack.", "en")
    for result in (fr, en):
        assert any("Zeta" in a.name for a in result.accused), names(result)


def test_denounced_thing_accuses_its_agent_not_itself(run):
    agent = run("L'association a dénoncé l'usage brutal de matraques par des policiers.", "fr")
    thing = run("Le syndicat a dénoncé les cures d'austérité et le gel des salaires.", "fr")
    assert [a.name for a in agent.accused] == ["policiers"] and agent.accused[0].accusers == ["association"]
    assert thing.accused == [], names(thing)


def test_owner_of_an_attack_in_a_statement(run):
    owner = run("Des villageois ont été blessés par les frappes de la coalition, selon l'association Veille.", "fr")
    place = run("L'attentat de Valmont a fait douze morts, selon le procureur.", "fr")
    record = next(a for a in owner.accused if "coalition" in a.name)
    assert record.accusers and "Veille" in record.accusers[0]
    assert place.accused == [], names(place)


def test_arrest_of_someone(run):
    fr = run("La police a annoncé l'arrestation de plusieurs personnes.", "fr")
    en = run("Police announced the arrest of several people.", "en")
    for result, word in ((fr, "personnes"), (en, "people")):
        record = next(a for a in result.accused if word in a.name)
        assert record.accusers and "olice" in record.accusers[0]


def test_captives_name_their_captor(run):
    fr = run("Trente otages du groupe Zeta ont été libérés, selon le gouvernement.", "fr")
    en = run("According to the government, two hundred hostages of the Zeta group were freed.", "en")
    for result in (fr, en):
        assert any("Zeta" in a.name for a in result.accused), names(result)


def test_scandal_named_after_someone(run):
    fr = run("L'enquête sur l'affaire Dupré a été élargie mardi.", "fr")
    en = run("The investigation into the Dupré scandal was widened on Tuesday.", "en")
    for result in (fr, en):
        assert any("Dupré" in a.name for a in result.accused), names(result)


def test_participle_on_a_demonstrative_names_its_complement(run):
    fr = run("La liste contient plusieurs noms, en particulier celui de Marc Lenoir, déjà accusé par Lucie Brun.", "fr")
    record = accused(fr)["Marc Lenoir"]
    assert record.accusers == ["Lucie Brun"]


def test_multiword_violence_verb_agent(run):
    fr = run("Six randonneurs avaient été pris à partie par des miliciens près du col.", "fr")
    assert any("miliciens" in a.name for a in fr.accused), names(fr)


def test_labelling_someone_a_criminal(run):
    fr = run("Le ministre Paul Roy désigne comme « terroristes » les miliciens du Nord.", "fr")
    en = run("Minister Paul Roy described the northern protesters as terrorists.", "en")
    for result in (fr, en):
        record = next((a for a in result.accused if "milic" in a.name or "protesters" in a.name), None)
        assert record is not None and record.accusers == ["Paul Roy"], names(result)


def test_party_name_kept_whole(run):
    fr = run("Trente otages de Kalo Haram ont été libérés, selon le gouvernement.", "fr")
    assert any(a.name.endswith("Kalo Haram") for a in fr.accused), names(fr)


def test_attaquer_an_institution_is_criticism_people_violence(run):
    criticism = run("La pétition de l'association Veille attaque l'État en justice.", "fr")
    violence = run("Un homme a attaqué deux passants à Valmont.", "fr")
    assert any("État" in a.name for a in criticism.accused) and not any("pétition" in a.name for a in criticism.accused), names(criticism)
    assert any("homme" in a.name for a in violence.accused) and not any("passants" in a.name for a in violence.accused), names(violence)


def test_names_listed_after_a_colon_are_accused(run):
    result = run(
        "Le journal Le Matin cite plusieurs noms de chanteurs incriminés : Paul Ravel, qui chante du rock, "
        "Marc Dion, chanteur folk, Anne Roy qui fait des podcasts ou encore Luc Bernier, qui parle de musique.",
        "fr",
    )
    names = accused(result)
    for name in ("Paul Ravel", "Marc Dion", "Anne Roy", "Luc Bernier"):
        assert name in names, names
        assert names[name].accusers == ["journal Le Matin"]
    # A description and what a relative clause says are no listed names; the group noun is
    # only the class of the listed parties.
    assert not any("rock" in n or "folk" in n or "musique" in n for n in names), names
    assert not any("chanteurs" in n for n in names), names


def test_passive_court_case_takes_the_subject_next_to_the_verb(run):
    # The parser also takes the fronted "Cet après-midi" for a passive subject.
    result = run("Cet après-midi, devant la cour d'appel de Rennes, cinq Gilets jaunes ont été jugés.", "fr")
    names = accused(result)
    assert not any("après-midi" in n for n in names), names
    assert any("Gilets jaunes" in [a.name, *a.aliases] for a in result.accused), [(a.name, a.aliases) for a in result.accused]


def test_complaint_against_hung_on_another_word(run):
    # The parser hangs "contre Marc Dion" on "tribunal"; the complaint still targets him.
    result = run("Vers 15h, Jeanne Roy a twitté avoir déposé plainte dimanche auprès du tribunal contre Marc Dion pour injure.", "fr")
    names = accused(result)
    assert "Marc Dion" in names and names["Marc Dion"].accusers == ["Jeanne Roy"], names


def test_passive_accusation_whose_subject_the_parser_lost(run):
    result = run("Depuis jeudi, les langues se délient et des acteurs célèbres sont accusés de chantage et de pressions sur des figurantes.", "fr")
    record = next((a for a in result.accused if "acteurs" in a.name), None)
    assert record is not None, [a.name for a in result.accused]
    # The unnamed group also goes by its whole description.
    assert "des acteurs célèbres" in record.aliases, record.aliases


def test_accuser_in_apposition_to_a_misparsed_subject(run):
    # The parser makes "milliards" the subject of "a dénoncé" and hangs Jeanne Roy on it.
    result = run(
        "Sur RTL, rappelant que la fraude coûte « 5 milliards d'euros chaque année », Jeanne Roy, la présidente "
        "de la Ligue contre la fraude, a dénoncé les fraudeurs « qui profitent de la colère des gens ».",
        "fr",
    )
    record = next((a for a in result.accused if "fraudeurs" in a.name), None)
    assert record is not None and record.accusers == ["Jeanne Roy"], [(a.name, a.accusers) for a in result.accused]


def test_rioter_nouns_in_a_statement_are_perpetrators(run):
    result = run("« Des casseurs ont brisé les vitrines », a déclaré le préfet Marc Dion.", "fr")
    record = next((a for a in result.accused if "casseurs" in a.name), None)
    assert record is not None and record.accusers == ["Marc Dion"], [(a.name, a.accusers) for a in result.accused]


def test_perpetrator_after_an_adverbial_the_parser_took_for_the_predicate(run):
    # "en général" becomes the copula's predicate; the perpetrators are still the subject.
    result = run("Les Zetas, le mouvement armé du parti au pouvoir, sont en général les auteurs des violences.", "fr")
    names = [a.name for a in result.accused]
    assert any("Zetas" in n for n in names), names
    assert not any("auteurs" in n for n in names), names


def test_calling_someone_a_criminal_through_a_copula_in_a_statement(run):
    fr = run(
        "Selon plusieurs observateurs, les Zetas constituent une véritable milice. « Ces hommes sont des terroristes », "
        "a déclaré Paul Roy. « Les Verts ne sont pas des criminels », a dit Anne Roy. Les Bleus forment un groupe terroriste.",
        "fr",
    )
    en = run("“These men are terrorists,” said Paul Roy. “The Greens are not criminals,” said Anne Roy.", "en")
    records = accused(fr)
    assert records["Zetas"].accusers == ["plusieurs observateurs"], names(fr)
    assert any("hommes" in n and records[n].accusers == ["Paul Roy"] for n in records), names(fr)
    # Negated, or the journalist's own words (an attributive "groupe terroriste"): no accusation.
    assert not any("Verts" in n or "criminels" in n or "Bleus" in n for n in records), names(fr)
    assert [(a.name, a.accusers) for a in en.accused] == [("men", ["Paul Roy"])], names(en)


def test_passive_agent_hung_on_a_time_adverbial(run):
    # The parser hangs "par Lucie Brun" on "tôt"; she is still the one who accused him.
    result = run("Le rapport vise surtout Marc Lenoir, accusé quelques semaines plus tôt par Lucie Brun.", "fr")
    assert accused(result)["Marc Lenoir"].accusers == ["Lucie Brun"], names(result)


def test_police_intervention_told_by_the_article_accuses_no_police(run):
    narration = run(
        "Pendant l'assaut du hangar, les forces de l'ordre ont neutralisé le forcené. Son acolyte a été touché par des balles tirées par la police.",
        "fr",
    )
    sourced = run("Selon l'ONG Veille, des policiers ont blessé des manifestants.", "fr")
    assert not any("forces" in n or "police" in n for n in accused(narration)), names(narration)
    assert accused(sourced)["policiers"].accusers == ["ONG Veille"], names(sourced)


def test_members_accuse_their_organisation(run):
    fr = run("Selon la police, deux militants du groupe Kalo ont agressé un passant.", "fr")
    en = run("According to police, two members of the Zeta group assaulted a passer-by.", "en")
    family = run("Selon la police, deux membres de sa famille ont agressé un passant.", "fr")
    assert any("Kalo" in n and accused(fr)[n].accusers == ["police"] for n in accused(fr)), names(fr)
    assert any("Zeta" in n for n in accused(en)), names(en)
    assert not any(n == "famille" for n in accused(family)), names(family)


def test_who_committed_the_crime(run):
    active = run("Selon la police, le groupe Zeta a commis l'attentat de la gare.", "fr")
    passive = run("D'après un témoin, le massacre a été perpétré par un « soldat de la milice Kalo ».", "fr")
    mistake = run("Le procureur a dit que deux hommes ont commis une erreur.", "fr")
    english = run("Police said the attack was carried out by the Zeta group.", "en")
    assert any("Zeta" in n for n in accused(active)), names(active)
    assert any("Kalo" in n for n in accused(passive)) and not any(n.startswith("par ") for a in passive.accused for n in a.aliases), names(passive)
    assert mistake.accused == [], names(mistake)
    assert any("Zeta" in n for n in accused(english)), names(english)


def test_attacking_the_state_is_criticism_by_the_antecedent_of_the_relative(run):
    # "l'État" is tagged as a place; the relative clause is hung on "marais".
    result = run("À propos de la campagne pour le marais qui attaque l'État et qui compte mille membres, le maire se dit satisfait.", "fr")
    record = next((a for a in result.accused if a.name == "État"), None)
    assert record is not None and record.accusers == ["campagne pour le marais"], names(result)
    place = run("Un homme a attaqué Valmont la nuit dernière.", "fr")
    assert not any("Valmont" in n for n in accused(place)), names(place)


def test_person_named_as_one_of_an_accused_group(run):
    result = run(
        "Selon le procureur, deux terroristes ont blessé un passant. Un des deux terroristes, du nom de Marc Lenoir, était connu de la police.",
        "fr",
    )
    records = accused(result)
    assert "Marc Lenoir" in records and records["Marc Lenoir"].accusers == ["procureur"], names(result)
    unrelated = run("Selon le procureur, deux terroristes ont blessé un passant. Un des deux témoins, du nom de Paul Dion, a alerté les secours.", "fr")
    assert "Paul Dion" not in accused(unrelated), names(unrelated)


def test_summoned_for_something_is_a_court_case(run):
    summoned = run("Deux élus, convoqués au commissariat pour diffamation, ont protesté.", "fr")
    meeting = run("Le maire a été convoqué à une réunion.", "fr")
    english = run("Two officials were summoned over the leak.", "en")
    assert any("élus" in n for n in accused(summoned)), names(summoned)
    assert meeting.accused == [], names(meeting)
    assert any("officials" in n for n in accused(english)), names(english)


def test_claim_of_responsibility_is_made_by_the_claimant_itself(run):
    own = run("Le groupe Zeta a revendiqué l'attentat de la gare.", "fr")
    reported = run("Selon la police, le groupe Zeta a revendiqué l'attentat.", "fr")
    assert [(a.name, a.accusers) for a in own.accused] == [("groupe Zeta", ["groupe Zeta"])], names(own)
    assert [(a.name, a.accusers) for a in reported.accused] == [("groupe Zeta", ["police"])], names(reported)


def test_a_bare_count_of_people_arrested_is_a_tally_not_an_accusation(run):
    tally = run(
        "Selon la mairie, au moins 57 personnes ont été interpellées devant le stade. Le préfet a annoncé l'arrestation de 23 personnes. "
        "Les pillages s'arrêtent vers le 9 juin, à la suite surtout de l'arrestation de plus de 150 personnes.",
        "fr",
    )
    reason = run("Deux personnes ont été arrêtées pour vol.", "fr")
    english = run("Police said 40 people were arrested near the station.", "en")
    assert tally.accused == [] and english.accused == [], (names(tally), names(english))
    assert any("personnes" in n for n in accused(reason)), names(reason)


def test_an_injunction_accuses_the_one_ordered(run):
    court = run("Le tribunal a enjoint à la mairie de Valmont de rouvrir l'école.", "fr")
    notice = run("Le préfet a mis en demeure la société Zeta de cesser les rejets.", "fr")
    negated = run("Le tribunal n'a pas enjoint à la mairie de rouvrir l'école.", "fr")
    assert any("Valmont" in n and accused(court)[n].accusers == ["tribunal"] for n in accused(court)), names(court)
    assert any("Zeta" in n and accused(notice)[n].accusers == ["préfet"] for n in accused(notice)), names(notice)
    assert negated.accused == [], names(negated)


def test_a_source_blaming_someone_for_a_loss(run):
    blamed = run("Ce matin, le directeur du magasin, Paul Roy, a estimé que les manifestants lui ont fait perdre 30 % de son chiffre d'affaires.", "fr")
    weather = run("Selon la mairie, la tempête a causé des dégâts importants. « Les rumeurs nuisent à tout le monde », a dit Anne Roy.", "fr")
    narration = run("Les manifestants ont fait perdre 30 % de son chiffre d'affaires au magasin.", "fr")
    english = run("“The strikers damaged the plant,” said Paul Roy.", "en")
    assert accused(blamed)["manifestants"].accusers == ["Paul Roy"], names(blamed)
    assert weather.accused == [] and narration.accused == [], (names(weather), names(narration))
    assert accused(english)["strikers"].accusers == ["Paul Roy"], names(english)


def test_a_source_blaming_the_owner_of_a_wrong(run):
    accomplices = run("« Les complices de Zorba doivent être punis », a déclaré Paul Martin.", "fr")
    lies = run("« Les mensonges du ministre ont trompé les électeurs », a déclaré Paul Martin.", "fr")
    narration = run("Les complices de Zorba ont quitté la ville.", "fr")
    negated = run("« Ce n'est pas la faute du ministre », a déclaré Paul Martin.", "fr")
    assert accused(accomplices)["Zorba"].accusers == ["Paul Martin"], names(accomplices)
    assert accused(lies)["ministre"].accusers == ["Paul Martin"], names(lies)
    assert "Zorba" not in accused(narration), names(narration)
    assert negated.accused == [], names(negated)


def test_the_subject_of_a_support_verb_of_a_crime_in_a_statement(run):
    leads = run("Selon Paul Martin, les miliciens mènent une répression féroce contre les grévistes.", "fr")
    engages = run("Selon Paul Martin, les rebelles se livrent à des exactions dans la région.", "fr")
    narration = run("Les miliciens mènent une répression féroce contre les grévistes.", "fr")
    assert accused(leads)["miliciens"].accusers == ["Paul Martin"], names(leads)
    assert accused(engages)["rebelles"].accusers == ["Paul Martin"], names(engages)
    assert narration.accused == [], names(narration)


def test_a_negative_adjective_the_parser_hung_on_a_copular_verb(run):
    result = run("« L'homme était devenu agressif », a expliqué le directeur Jean Valois.", "fr")
    assert accused(result)["homme"].accusers == ["Jean Valois"], names(result)


def test_a_name_the_recogniser_cut_in_two_is_one_party(run):
    result = run(
        "Près de 300 captifs de Boko Haram ont été relâchés au Niger après une longue médiation, selon un communiqué du gouvernement nigérien.",
        "fr",
    )
    assert "Boko Haram" in accused(result) and "Boko" not in accused(result) and "Haram" not in accused(result), names(result)


def test_a_person_described_as_one_of_an_accused_group(run):
    member = run("Vers midi, Paul Martin, un des trois militants convoqués au commissariat pour « outrage », a publié un message.", "fr")
    unaccused = run("Vers midi, Paul Martin, un des trois militants de la région, a publié un message.", "fr")
    assert "Paul Martin" in accused(member) and any("militants" in n for n in accused(member)), names(member)
    assert unaccused.accused == [], names(unaccused)


def test_a_source_naming_someone_s_act_as_the_cause_of_a_harm(run):
    copula = run("Selon des experts, le blocus imposé par les rebelles est la cause de la famine.", "fr")
    given_as = run("Des experts évoquent le blocus imposé par les rebelles comme cause de la famine.", "fr")
    weather = run("Des experts évoquent la sécheresse comme cause de la famine.", "fr")
    narration = run("Le blocus imposé par les rebelles est la cause de la famine.", "fr")
    for result in (copula, given_as):
        assert accused(result)["rebelles"].accusers == ["experts"], names(result)
        assert "par les rebelles comme cause de la famine" not in accused(result)["rebelles"].aliases
    assert weather.accused == [] and narration.accused == [], (names(weather), names(narration))


def test_a_perpetrator_noun_before_its_description_is_the_party(run):
    result = run("Le suspect, un apprenti de 19 ans employé à la boulangerie, a été interpellé au bout d'une heure.", "fr")
    assert names(result) == "suspect", names(result)


def test_a_summons_with_its_reason_after_the_phrase_the_parser_closed(run):
    result = run(
        "Vers 18h, Paul Martin, un des quatre blogueurs convoqués à la gendarmerie de Valmont pour être « mis en cause » pour « injure », a publié un message.",
        "fr",
    )
    meeting = run("Trois journalistes ont été convoqués à une réunion au siège du journal.", "fr")
    assert any("blogueurs" in n for n in accused(result)), names(result)
    assert meeting.accused == [], names(meeting)


def test_a_wrong_a_verb_judges_outside_any_statement(run):
    disliked = run("N'ayant guère goûté la fakenews de Radio Zorba, Paul Martin a publié un démenti.", "fr")
    explained = run("Ce retard s'explique surtout par la mauvaise volonté des cadres du Groupe Zorba.", "fr")
    narration = run("Les mensonges de Radio Zorba ont circulé toute la semaine.", "fr")
    assert accused(disliked)["Radio Zorba"].accusers == ["Paul Martin"], names(disliked)
    assert any("Zorba" in n for n in accused(explained)), names(explained)
    assert all(a.accusers == [] for a in explained.accused), [a.accusers for a in explained.accused]
    assert narration.accused == [], names(narration)


def test_perpetrators_claiming_to_act_for_a_group_accuse_the_group(run):
    result = run("Paul Martin a précisé que les ravisseurs se sont réclamés du Front Zorba.", "fr")
    lineage = run("Le parti se réclame du gaullisme.", "fr")
    assert accused(result)["Front Zorba"].accusers == ["Paul Martin"], names(result)
    assert lineage.accused == [], names(lineage)


def test_the_authority_a_summons_names_is_the_accuser(run):
    result = run("Vers midi, Paul Martin, un des trois militants convoqués au commissariat de Valmont pour « outrage », a publié un message.", "fr")
    no_authority = run("Trois militants ont été mis en examen pour incendie volontaire.", "fr")
    assert accused(result)["Paul Martin"].accusers == ["commissariat de Valmont"], names(result)
    assert all(a.accusers == [] for a in no_authority.accused), names(no_authority)


def test_a_stigma_word_conjoined_to_another_predicate(run):
    result = run("Paul Martin a raconté que le voyageur était devenu « menaçant et agressif ».", "fr")
    narration = run("Le voyageur était devenu menaçant et agressif.", "fr")
    assert accused(result)["voyageur"].accusers == ["Paul Martin"], names(result)
    assert narration.accused == [], names(narration)


def test_a_court_trying_someone(run):
    declined = run("Le tribunal de Valmont se réunira en mars pour juger trois personnes ayant occupé la mairie.", "fr")
    opinion = run("Elles jugeaient le projet trop coûteux pour la commune.", "fr")
    assert any("personnes" in n for n in accused(declined)), names(declined)
    assert opinion.accused == [], names(opinion)


def test_a_person_in_parentheses_after_an_accused_party(run):
    result = run("Paul Martin a porté plainte contre la chaîne Zorba (Marie Durand) pour censure.", "fr")
    affiliation = run("Paul Martin a porté plainte contre le député Jean Valois (PS) pour diffamation.", "fr")
    assert accused(result)["Marie Durand"].accusers == ["Paul Martin"], names(result)
    assert "PS" not in accused(affiliation), names(affiliation)


def test_a_person_named_as_one_of_the_unnamed_perpetrators(run):
    result = run("Selon Paul Martin, les agresseurs se sont enfuis. Un des deux terroristes, du nom de Jean Valois, vivait à Lyon depuis 2012.", "fr")
    alone = run("Un des deux terroristes, du nom de Jean Valois, vivait à Lyon depuis 2012.", "fr")
    assert accused(result)["Jean Valois"].accusers == ["Paul Martin"], names(result)
    assert alone.accused == [], names(alone)


def test_a_party_the_article_accuses_is_accused_by_the_sources_speaking_of_it(run):
    spoken_of = run("Un homme a attaqué des militaires au musée. « L'homme était armé de deux machettes », a déclaré le procureur Paul Martin.", "fr")
    other_men = run("Un homme a attaqué des militaires au musée. « Les hommes politiques doivent réagir », a déclaré le maire Paul Martin.", "fr")
    assert accused(spoken_of)["homme"].accusers == ["Paul Martin"], names(spoken_of)
    assert accused(other_men)["homme"].accusers == [], names(other_men)


def test_constructions_start_only_on_verbs_adjectives_and_nouns():
    # _Finder.run skips the other tokens: none of them may open a construction.
    from extractor.engines.offline import accusations
    from extractor.engines.offline.attribution import analyze
    from extractor.engines.offline.lexicon import get_lexicon
    from extractor.engines.offline.models import get_nlp

    texts = {
        "fr": "Selon Anne Roy, le groupe Zeta a attaqué le village. Elle accuse aussi Paul Dion de corruption, lui qui a été arrêté hier.",
        "en": "According to Anne Roy, the Zeta group attacked the village. She also accused Paul Dion of fraud; he was arrested on Monday.",
    }
    for language, text in texts.items():
        lexicon = get_lexicon(language)
        analysis = analyze(get_nlp(language)(text), lexicon)
        finder = accusations._Finder(analysis, lexicon)
        others = [t for t in analysis.tokens if t.pos_ not in accusations._CONSTRUCTION_POS]
        assert others
        for token in others:
            finder._verbal_construction(token)
        assert not finder.found, language
        assert accusations.find_accusations(analysis, lexicon), language  # the text does accuse


def test_a_harm_put_on_a_party(run):
    imputed = run("Le ministre de l'Intérieur a imputé l'attaque au groupe Zeta.", "fr")
    attributed = run("Les autorités attribuent l'incendie à des militants anarchistes.", "fr")
    award = run("Le jury a attribué le prix à Marie Roy.", "fr")
    assert accused(imputed)["groupe Zeta"].accusers == ["ministre de l'Intérieur"], names(imputed)
    assert any("militants" in n and accused(attributed)[n].accusers == ["autorités"] for n in accused(attributed)), names(attributed)
    assert award.accused == [], names(award)


def test_what_is_reproached_to_a_party(run):
    active = run("Les syndicats reprochent à la direction d'avoir menti.", "fr")
    impersonal = run("Il est reproché à Paul Martin d'avoir falsifié des documents.", "fr")
    clitic = run("Jean Valois nie les faits qui lui sont reprochés.", "fr")
    assert accused(active)["direction"].accusers == ["syndicats"], names(active)
    assert "Paul Martin" in accused(impersonal), names(impersonal)
    assert "Jean Valois" in accused(clitic), names(clitic)


def test_who_denies_an_accusation_stands_accused(run):
    rejected = run("Moscou a rejeté les accusations de Kiev.", "fr")
    denied_act = run("La Russie a démenti avoir bombardé la maternité.", "fr")
    shifted = run("Le gouvernement rejette la responsabilité sur les syndicats.", "fr")
    rumours = run("Le ministre dément les rumeurs de démission.", "fr")
    # (the article never names the countries: the capitals keep the names it uses)
    assert list(accused(rejected)) == ["Moscou"] and accused(rejected)["Moscou"].accusers == ["Kiev"], names(rejected)
    assert "Russie" in accused(denied_act), names(denied_act)
    assert list(accused(shifted)) == ["syndicats"] and accused(shifted)["syndicats"].accusers == ["gouvernement"], names(shifted)
    assert rumours.accused == [], names(rumours)


def test_a_wrong_told_in_a_quote_accuses_its_subject(run):
    lied = run("« Ce gouvernement a menti aux Français », a déclaré Marine Roy.", "fr")
    betrayed = run("« Le groupe Zeta a trahi la population », a affirmé Anne Roy.", "fr")
    flight = run("Les oiseaux ont volé vers le sud.", "fr")
    assert accused(lied)["gouvernement"].accusers == ["Marine Roy"], names(lied)
    assert accused(betrayed)["groupe Zeta"].accusers == ["Anne Roy"], names(betrayed)
    assert flight.accused == [], names(flight)


def test_a_charge_the_parser_hung_on_the_party(run):
    on_object = run("Les manifestants ont accusé la police de violences.", "fr")
    on_agent = run("Le groupe rebelle est accusé par l'ONU de crimes de guerre.", "fr")
    assert accused(on_object)["police"].accusers == ["manifestants"], names(on_object)
    assert "violences" in (accused(on_object)["police"].accusation or "")
    assert accused(on_agent)["groupe rebelle"].accusers == ["ONU"], names(on_agent)


def test_held_for_responsible_stops_before_pour(run):
    result = run("Les autorités ont tenu la compagnie pour responsable de la catastrophe.", "fr")
    assert accused(result)["compagnie"].accusers == ["autorités"], names(result)


def test_court_cases_of_agency_copy(run):
    verdict = run("La ministre a été déclarée coupable de favoritisme par la cour.", "fr")
    investigated = run("Le ministre fait l'objet d'une enquête pour prise illégale d'intérêts.", "fr")
    attention = run("Le joueur a fait l'objet d'une attention particulière.", "fr")
    defendant = run("Marc Dion comparaîtra devant le tribunal pour escroquerie.", "fr")
    witness = run("Paul Martin comparaîtra comme témoin.", "fr")
    requested = run("Le parquet a requis dix ans de prison contre Jean Dupont.", "fr")
    assert accused(verdict)["ministre"].accusers == ["cour"], names(verdict)
    assert "ministre" in accused(investigated), names(investigated)
    assert attention.accused == [], names(attention)
    assert accused(defendant)["Marc Dion"].accusers == ["tribunal"], names(defendant)
    assert witness.accused == [], names(witness)
    assert accused(requested)["Jean Dupont"].accusers == ["parquet"], names(requested)


def test_a_crime_with_a_nationality_accuses_its_country_not_the_place(run):
    result = run("Le Canada a condamné les frappes russes en Ukraine.", "fr")
    assert list(accused(result)) == ["Russie"] and accused(result)["Russie"].accusers == ["Canada"], names(result)


def test_multiword_accusing_verb_in_the_active(run):
    result = run("Le chef de l'Etat a mis en cause les services de renseignement.", "fr")
    assert any("services" in n for n in accused(result)), names(result)


def test_allegation_in_the_conditional_and_claims_by_common_nouns(run):
    alleged = run("Le trésorier aurait détourné plus de deux millions d'euros.", "fr")
    claimed = run("Les talibans ont revendiqué l'attaque, qui a fait dix morts.", "fr")
    assert "trésorier" in accused(alleged), names(alleged)
    assert "talibans" in accused(claimed), names(claimed)


def test_the_police_telling_of_their_own_fire_accuses_no_one(run):
    own = run("Le camion a pris feu quand les forces de sécurité ont tiré sur lui, a déclaré le policier Karim Sall.", "fr")
    ngo = run("Selon l'ONG Amnesty, des policiers ont ouvert le feu sur les manifestants.", "fr")
    assert own.accused == [], names(own)
    assert any("policiers" in n for n in accused(ngo)), names(ngo)


def test_an_object_parsed_as_a_subject_after_the_verb_is_not_accused(run):
    result = run("Paul Martin a quitté son poste en admettant, dans un courriel, avoir « sans le vouloir, induit en erreur le vice-président sortant et plusieurs collègues » .", "fr")
    assert not any("vice-président" in n for n in accused(result)), names(result)


def test_the_agent_of_a_wrong_not_every_name_inside_it(run):
    result = run("« Les abus par Mme Park des règles et des budgets ont ruiné la confiance des électeurs », a affirmé la juge Lee Min.", "fr")
    # « Mme » is a civility title, dropped from names as the French gold writes them.
    assert list(accused(result)) == ["Park"] and accused(result)["Park"].accusers == ["Lee Min"], names(result)


def test_accuser_is_not_a_prepositional_phrase_taken_for_a_subject(run):
    # "Sur France Inter" opens the sentence; the speaker is the person who denounces.
    result = run(
        "Sur France Inter, rappelant que la fraude coûte « 3 milliards d'euros par an », Lucie Marchand, "
        "la présidente de l'Association des contribuables, a dénoncé les fraudeurs du fisc.",
        "fr",
    )
    record = next(a for a in result.accused if "fraudeurs" in a.name)
    assert record.accusers == ["Lucie Marchand"], result.accused


def test_announced_opening_of_an_inquiry_is_the_announcers_accusation(run):
    result = run(
        "Le comité des droits de l'enfant a annoncé hier l'ouverture d'une enquête visant trois directeurs "
        "soupçonnés de maltraitance.",
        "fr",
    )
    record = next(a for a in result.accused if "directeurs" in a.name)
    assert record.accusers and "comité" in record.accusers[0].lower(), result.accused


def test_members_named_in_parentheses_accuse_with_their_group(run):
    result = run(
        "Selon plusieurs ONG (dont Amnesty International), les Brigades Noires constituent une milice "
        "criminelle au service du régime.",
        "fr",
    )
    record = next(a for a in result.accused if "Brigades" in a.name)
    assert "Amnesty International" in record.accusers, result.accused


def test_pronoun_subject_of_violence_in_a_quote_is_the_perpetrator(run):
    result = run(
        "Mardi matin, un homme a attaqué deux gardiens devant la gare de Lille. "
        "« Il s'est jeté sur les gardiens, a frappé le premier au visage puis s'est enfui », "
        "a précisé le procureur Marc Delorme.",
        "fr",
    )
    record = next(a for a in result.accused if "homme" in a.name)
    assert "Marc Delorme" in record.accusers, result.accused
    assert all(m.text != "Il" for m in record.mentions)


def test_verb_after_a_relative_that_lost_its_verb_is_the_relatives(run):
    result = run(
        "Vers midi, la mairie de Brest a exprimé sa colère contre les casseurs, qui depuis le 3 mars, "
        "ont saccagé douze abribus.",
        "fr",
    )
    names = [a.name for a in result.accused]
    assert not any("mairie" in n for n in names), names


def test_court_named_first_tries_the_accused(run):
    result = run("Ce matin, au tribunal de Rennes, trois militants ont été jugés pour dégradations.", "fr")
    record = next(a for a in result.accused if "militants" in a.name)
    assert record.accusers and "tribunal" in record.accusers[0], result.accused


# -- court cases and charges told by the article (narrative, no quotation) --------------------


def test_the_trial_of_a_party_named_as_the_subject(run):
    result = run("Le procès de l'ancien préfet Odile Marchand s'est ouvert mardi à Rennes.", "fr")
    assert list(accused(result)) == ["Odile Marchand"]
    assert accused(result)["Odile Marchand"].accusers == []  # not her own accuser


def test_charges_held_against_a_party(run):
    result = run("Les charges retenues contre le gérant Hugo Fabre ont été allégées.", "fr")
    assert "Hugo Fabre" in accused(result)


def test_every_member_of_a_list_of_defendants(run):
    for text in (
        "Léon Barre, Igor Salles et Nadia Cazal sont mis en examen pour faux.",
        "Léon Barre, Igor Salles et Nadia Cazal, la comptable, sont mis en examen pour faux.",
    ):
        assert {"Léon Barre", "Igor Salles", "Nadia Cazal"} <= set(accused(run(text, "fr"))), text


def test_a_participle_put_first_accuses_the_subject(run):
    result = run("Soupçonné de favoritisme, l'adjoint Rémi Vidal a quitté ses fonctions.", "fr")
    assert "Rémi Vidal" in accused(result)


def test_a_participle_joined_to_a_passive_is_passive(run):
    result = run("Le cycliste Hugo Fabre a pris la fuite. Il a été ramené au poste et mis en garde à vue pour « outrage ».", "fr")
    assert "Hugo Fabre" in accused(result)


def test_a_number_of_people_of_any_trade_accused(run):
    result = run("Selon le journal, au moins 12 notaires sont soupçonnés d'avoir falsifié des actes.", "fr")
    assert any("notaires" in name for name in accused(result)), list(accused(result))
    assert not accused(run("Deux ans ont été jugés nécessaires pour les travaux.", "fr"))
    assert not accused(run("Trois mois ont été accordés aux candidats.", "fr"))


def test_reprocher_with_a_lemma_the_tagger_left_as_a_noun(run):
    result = run("La justice reproche à Sylvie Caron d'avoir menti.", "fr")
    assert accused(result)["Sylvie Caron"].accusers == ["justice"]


def test_a_complaint_filed_against_in_the_passive(run):
    result = run("Une plainte a été déposée par la commune contre Bruno Lemoine pour diffamation.", "fr")
    assert accused(result)["Bruno Lemoine"].accusers == ["commune"]


def test_a_date_taken_for_the_object_of_condemner(run):
    result = run("Le tribunal de Caen a condamné jeudi Bruno Lemoine à un an de prison pour fraude.", "fr")
    assert "Bruno Lemoine" in accused(result)


def test_what_follows_a_charge_hung_on_the_party_is_the_charge(run):
    result = run("L'association accuse la milice locale de crimes contre les civils.", "fr")
    assert "milice locale" in accused(result), list(accused(result))


# -- what is not an accused party -------------------------------------------------------------


def test_an_infinitive_after_the_object_is_not_part_of_the_party(run):
    result = run("On soupçonne le Front Zeta d'être responsable de l'explosion.", "fr")
    assert "Front Zeta" in accused(result), list(accused(result))


def test_a_perpetrator_attacking_people_does_not_accuse_the_victims(run):
    result = run("Le tueur a attaqué d'abord une famille de touristes devant la gare.", "fr")
    assert not any("famille" in name for name in accused(result)), list(accused(result))


def test_a_present_participle_is_active(run):
    result = run("Les chercheurs décrivent des collisions impliquant la Lune et des comètes.", "fr")
    assert not accused(result)


def test_police_under_another_name_wounding_an_assailant(run):
    result = run("L'assaillant a été blessé par des gardiens de la paix.", "fr")
    assert not any("gardiens" in name for name in accused(result)), list(accused(result))


def test_a_verb_joined_to_the_party_is_not_part_of_it(run):
    result = run("Le président Igor Salles dénonce une tentative de putsch par un groupe d'officiers et prévient que les coupables seront punis.", "fr")
    assert not any(" et " in name for name in accused(result)), list(accused(result))


def test_the_court_of_a_verdict_hung_on_coupable(run):
    result = run("Bruno Lemoine a été reconnu coupable d'escroquerie par la cour d'appel.", "fr")
    assert accused(result)["Bruno Lemoine"].accusers == ["cour d'appel"]


def test_a_speaker_whose_statement_accuses_the_party_is_an_accuser_too(run):
    # The accusing clause names Canada; a minister who blames the same party in a statement
    # of his own (an accusation claim about it) accuses it as well.
    fr = run(
        "Le Canada accuse la Chine d'espionnage industriel. « Le gouvernement chinois paie des pirates criminels pour "
        "attaquer nos hôpitaux », a déclaré Paul Girard, ministre de la Sécurité.",
        "fr",
    )
    assert accused(fr)["Chine"].accusers == ["Canada", "Paul Girard"]


def test_a_speaker_who_says_nothing_of_the_party_is_no_accuser(run):
    fr = run(
        "Le Canada accuse la Chine d'espionnage industriel. Paul Girard, ministre de la Sécurité, a déclaré que les "
        "hôpitaux étaient prêts pour l'hiver.",
        "fr",
    )
    assert accused(fr)["Chine"].accusers == ["Canada"]



def test_members_named_after_the_speaker_of_an_accusation_claim_accuse_too(run):
    # The jurists are credited from their accusation claim, after the accusation stage: the
    # organisation named in « (dont …) » after them accuses with them.
    text = (
        "Le maire Paul Roy a accusé les Vigilants de Karo d'avoir incendié trois maisons. "
        "Selon plusieurs juristes (dont Amnesty International), les Vigilants de Karo forment une milice violente."
    )
    record = next((a for a in run(text, "fr").accused if "Vigilants" in a.name), None)
    assert record is not None
    assert "Paul Roy" in record.accusers and any("Amnesty" in name for name in record.accusers), record.accusers


def test_agent_of_a_passive_criticism_is_the_accuser(run):
    for text in (
        "Le ministre Paul Roy a été vivement critiqué par l'opposition.",
        "Paul Roy a été dénoncé par l'opposition pour ses mensonges.",
    ):
        assert accused(run(text, "fr"))["Paul Roy"].accusers == ["opposition"], text
    # Without an agent, the source reporting the criticism accuses.
    reported = run("Paul Roy a été critiqué pour son silence, a déclaré Anne Dubois.", "fr")
    assert accused(reported)["Paul Roy"].accusers == ["Anne Dubois"]


def test_coordinated_parties_are_each_accused(run):
    fr = run("La ministre Anne Roy a accusé le régime iranien et son allié libanais de bombarder des écoles.", "fr")
    names = list(accused(fr))
    assert "Iran" in names and any("allié" in n for n in names), names
    assert not any(" et " in n for n in names), names
    assert all(a.accusers == ["Anne Roy"] for a in fr.accused)
    groups = run("Une ONG accuse les rebelles et les milices d'avoir pillé le village.", "fr")
    assert len(groups.accused) == 2 and not any(" et " in a.name for a in groups.accused), [a.name for a in groups.accused]
    # (the parts of a hyphenated first name are no coordination)
    hyphenated = run("Le juge accuse Jean-Pierre Morel de corruption.", "fr")
    assert [a.name for a in hyphenated.accused] == ["Jean-Pierre Morel"]


def test_passive_infinitive_under_another_verb_has_its_subject(run):
    # "venir de", "devoir" + a judicial passive: the governing verb's subject is on trial.
    for text in (
        "Le député Marc Lenoir vient d'être mis en examen pour favoritisme.",
        "Selon son avocat, Marc Lenoir doit être jugé en appel pour fraude.",
    ):
        assert "Marc Lenoir" in accused(run(text, "fr")), text


def test_avoir_never_makes_a_passive(run):
    # A subject the parser labels passive under "avoir" condemns; it is not condemned.
    result = run("Les élus de la région ont aussitôt condamné cette agression.", "fr")
    assert not any("élus" in a.name for a in result.accused), [a.name for a in result.accused]


def test_wrongdoers_operating_in_a_statement_are_accused(run):
    result = run("Selon le commissaire, des passeurs sévissent encore sur la côte.", "fr")
    record = next((a for a in result.accused if "passeurs" in a.name), None)
    assert record is not None and record.accusers == ["commissaire"]


def test_later_verdicts_in_a_paragraph_come_from_the_court_named_first(run):
    text = (
        "L'ancien adjoint Paul Dion a été condamné mardi par le tribunal correctionnel de Rennes à un an de prison. "
        "Le gérant de la société, Luc Mercier, a été condamné à une amende.\n\n"
        "En 2009, Marc Tison avait déjà été condamné pour vol à huit mois ferme."
    )
    result = run(text, "fr")
    gerant = next((a for a in result.accused if "gérant" in a.name or "Mercier" in a.name and a.accusers), None)
    assert gerant is not None and gerant.accusers == ["tribunal correctionnel de Rennes"], [(a.name, a.accusers) for a in result.accused]
    # The next paragraph's verdict is not put on that court.
    later = [a for a in result.accused if a.name == "Marc Tison"]
    assert later and all(not a.accusers for a in later)


def test_an_unnamed_person_charged_is_the_articles_suspect(run):
    text = (
        "Un automobiliste a foncé sur des passants mardi à Namur. L'homme a été inculpé de blessures volontaires, "
        "a annoncé le parquet. Selon une source judiciaire, le suspect avait bu."
    )
    people = [a for a in run(text, "fr").accused if any(w in a.name for w in ("homme", "suspect", "automobiliste"))]
    assert len(people) == 1, [a.name for a in people]
    assert "parquet" in people[0].accusers
    # Of another number, a group charged stays apart from the article's suspect.
    other = run("Trois gardiens ont été mis en examen pour violences. Selon le parquet, le suspect a été blessé.", "fr")
    assert len(other.accused) == 2, [a.name for a in other.accused]


def test_hold_responsible_plural(run):
    # "pour responsables": the plural is read by its lemma, as the singular is.
    fr = run("Les pêcheurs tiennent les autorités portuaires pour responsables.", "fr")
    record = next(a for a in fr.accused if "autorités" in a.name)
    assert record.accusers == ["pêcheurs"] or "pêcheurs" in record.accusers[0]


def test_revealed_allegation_in_the_conditional(run):
    fr = run("Le Journal du Soir révèle que la sénatrice Anne Roy aurait employé son fils pendant dix ans.", "fr")
    assert "Anne Roy" in accused(fr) and accused(fr)["Anne Roy"].accusers == ["Journal du Soir"]
    # The indicative reports a fact, a thing is no party, a denied revelation reveals nothing.
    for text in (
        "Le Journal du Soir révèle que Paul Garnier a démissionné.",
        "L'enquête révèle que le moteur aurait lâché avant l'impact.",
        "Le Journal du Soir ne révèle pas que Paul Garnier aurait menti.",
    ):
        assert not run(text, "fr").accused, text


def test_subjects_joined_by_a_conjunction_on_the_verb_are_each_accused(run):
    # "X ainsi que Y ont été arrêtés": the parser hangs "ainsi que" on the verb, two subjects.
    fr = run("Plusieurs employés de la mairie ainsi que deux entrepreneurs ont été arrêtés, soupçonnés de fraude.", "fr")
    names = list(accused(fr))
    assert any("employés" in n for n in names) and any("entrepreneurs" in n for n in names), names


def test_participle_clause_takes_the_subject_of_its_main_clause(run):
    first = run("Ayant été vivement critiquée pour son retard, la ministre Anne Roy a présenté des excuses.", "fr")
    assert "Anne Roy" in accused(first)
    after = run("Le député Paul Roy avait été écarté de la direction en mars, accusé par Marc Dion de saboter le parti.", "fr")
    assert "Paul Roy" in accused(after) and accused(after)["Paul Roy"].accusers == ["Marc Dion"]


def test_named_as_the_perpetrator(run):
    fr = run("Jean Vidal, un ouvrier de 42 ans, est identifié par les gendarmes comme suspect du cambriolage.", "fr")
    assert "Jean Vidal" in accused(fr) and any("gendarmes" in a.lower() for a in accused(fr)["Jean Vidal"].accusers)
    active = run("La police a désigné Jean Vidal comme l'auteur de l'incendie.", "fr")
    assert "Jean Vidal" in accused(active)
    writer = run("Le ministre est considéré comme un auteur important.", "fr")
    assert not writer.accused


def test_in_custody_as_a_predicate(run):
    fr = run("La rue est fermée. On apprend par ailleurs que deux de ses voisins sont en garde à vue.", "fr")
    assert any("deux de ses voisins" in n for n in accused(fr)), list(accused(fr))
    place = run("La ville est en fête depuis mardi.", "fr")
    assert not place.accused


def test_pronoun_of_an_adverbial_clause_takes_up_the_main_subject(run):
    fr = run("Paul Roy et Marc Dion s'étaient défendus de la sorte quand ils avaient été montrés du doigt par La Gazette en 2011.", "fr")
    assert {"Paul Roy", "Marc Dion"} <= set(accused(fr)), list(accused(fr))
    # (a singular pronoun does not take up a coordination)
    other = run("Les deux ministres étaient partis quand il a été mis en examen.", "fr")
    assert not any("ministres" in n for n in accused(other)), list(accused(other))


def test_reports_according_to_which_someone_would_have_done_something(run):
    fr = run("Le journal a publié des informations selon lesquelles le ministre Paul Roy aurait employé son fils.", "fr")
    assert "Paul Roy" in accused(fr) and accused(fr)["Paul Roy"].accusers
    plain = run("Le journal a publié des informations selon lesquelles le ministre Paul Roy est en vacances.", "fr")
    assert "Paul Roy" not in accused(plain)


def test_summoned_for_a_step_of_a_court_case(run):
    fr = run("Anne Roy est convoquée jeudi aux fins de mise en examen.", "fr")
    assert "Anne Roy" in accused(fr)
    meeting = run("Anne Roy est convoquée à une réunion le 28 mars.", "fr")
    assert not meeting.accused


def test_penalty_received_is_a_sentence(run):
    fr = run("Paul Roy a écopé de deux ans de prison avec sursis.", "fr")
    assert "Paul Roy" in accused(fr)
    sport = run("Le joueur Paul Roy a écopé d'un carton jaune.", "fr")
    assert not sport.accused


def test_latter_as_accused_is_the_one_named_before(run):
    fr = run("La comptable Julie Morel travaillait avec son frère. Cette dernière a été condamnée à trois ans de prison.", "fr")
    masc = run("Le banquier Henri Vidal a quitté Genève. Ce dernier est soupçonné de fraude fiscale.", "fr")
    assert "Julie Morel" in accused(fr)
    assert "Henri Vidal" in accused(masc)
    # Nobody named before it fits: no party, and never the word itself.
    alone = run("Le juge a entendu les deux gardiens. Ces derniers sont accusés de violences.", "fr")
    assert not any("dernier" in n for n in accused(alone))


def test_participle_sharing_a_passive_is_no_report(run):
    coordinated = run("Le militant Paul Garnier a été arrêté et accusé d'avoir incendié la mairie de Lyon.", "fr")
    detached = run("Plusieurs employés de la banque ont été arrêtés, soupçonnés d'avoir volé des données.", "fr")
    assert "Paul Garnier" in accused(coordinated)
    assert not coordinated.quotes  # the accused reports nothing
    assert not detached.quotes
    assert all(not a.accusers for a in detached.accused)
    # A coordinated participle with an auxiliary of its own still reports.
    active = run("Le ministre a été interrogé et a répondu que la loi serait votée.", "fr")
    assert [q.speaker for q in active.quotes] == ["ministre"]


def test_latter_of_the_other_gender_is_not_the_man_named_before(run):
    fr = run("Le notaire Jérôme Bastide gérait l'étude avec son épouse. Cette dernière a été condamnée à dix mois de sursis.", "fr")
    assert "Jérôme Bastide" not in accused(fr)


def test_accused_participle_with_its_own_agent_reports_the_agent(run):
    fr = run("La députée Anne Lebrun avait été exclue du parti en mai, accusée par Paul Roche de trahir ses collègues.", "fr")
    assert [q.speaker for q in fr.quotes] == ["Paul Roche"]
    assert accused(fr)["Anne Lebrun"].accusers == ["Paul Roche"]


def test_agent_noun_in_ier_who_did_the_violence_is_accused(run):
    fr = run("Un ours brun a été abattu par des braconniers dans son parc.", "fr")
    thing = run("Le courrier a été saisi par les douaniers.", "fr")
    assert "braconniers" in accused(fr)
    assert "courrier" not in accused(thing)


def test_definite_perpetrator_noun_takes_up_the_person_accused_before(run):
    fr = run("Le garagiste Hubert Lenoir est soupçonné d'avoir tué son voisin. Selon la police, le suspect a frappé la victime à la tête.", "fr")
    assert list(accused(fr)) == ["Hubert Lenoir"]
    assert "le suspect" in accused(fr)["Hubert Lenoir"].aliases
    # With no one named before, the description is the unnamed perpetrator.
    unnamed = run("Un homme a attaqué une passante. Selon la police, le suspect a frappé la victime à la tête.", "fr")
    assert len(unnamed.accused) == 1 and "le suspect" in unnamed.accused[0].aliases


def test_pronoun_doing_a_harm_in_a_quotation_is_the_person_it_stands_for(run):
    fr = run("Marie Caron a parlé de son fils Paul Lenoir. « Il a spolié sa sœur ! », a-t-elle dit.", "fr")
    assert accused(fr)["Paul Lenoir"].accusers == ["Marie Caron"]


def test_targeted_by_the_courts_is_accused_by_them(run):
    fr = run("Ces primes étaient payées par une fondation visée par la justice pour fraude.", "fr")
    party = next(a for a in fr.accused if "fondation" in a.name)
    assert party.name == "fondation" and party.accusers == ["justice"]
    mayor = run("Le maire Paul Girard est visé par le parquet de Lyon depuis mars.", "fr")
    assert accused(mayor)["Paul Girard"].accusers == ["parquet de Lyon"]
    shots = run("Le convoi de Paul Girard a été visé par des tirs.", "fr")
    assert not shots.accused


def test_charges_without_agent_come_from_the_court_named_just_before(run):
    fr = run(
        "Ces primes étaient payées par une fondation visée par la justice.\n\n"
        "Paul Durand et Marc Petit sont mis en examen pour « faux » dans ce dossier.",
        "fr",
    )
    assert accused(fr)["Paul Durand"].accusers == ["justice"]
    assert accused(fr)["Marc Petit"].accusers == ["justice"]
    alone = run("Paul Durand a été mis en examen pour recel.", "fr")
    assert accused(alone)["Paul Durand"].accusers == []


def test_facing_charges_is_being_accused(run):
    fr = run("Le ministre Marc Dupont devra faire face à des accusations de fraude.", "fr")
    assert "Marc Dupont" in accused(fr)
    storm = run("La ville de Brest fait face à une tempête.", "fr")
    assert not storm.accused


def test_participle_whose_agent_is_a_charge_accuses_its_noun(run):
    fr = run("La sénatrice Anne Roy, éclaboussée par des soupçons de corruption, a démissionné.", "fr")
    assert "Anne Roy" in accused(fr)
    storm = run("La ville, frappée par une tempête, a été évacuée.", "fr")
    assert not storm.accused


def test_s_en_prendre_a_accuses_the_target(run):
    fr = run("Le président Paul Roy s'en est pris aux syndicalistes de l'usine de Tulle qui manifestent.", "fr")
    party = next(a for a in fr.accused if "syndicalistes" in a.name)
    assert party.accusers == ["Paul Roy"]
    assert any("Tulle" in alias for alias in party.aliases)


def test_clearing_someone_says_they_stand_accused_not_by_who_clears_them(run):
    fr = run("Les deux conseillers ont voulu dédouaner leur ministre, Paul Girard.", "fr")
    assert accused(fr)["Paul Girard"].accusers == []


def test_facts_reported_by_a_newspaper_accuse_no_newspaper(run):
    fr = run("Le porte-parole a démenti toute rencontre entre les deux hommes, des faits rapportés par La Gazette du Nord le 2 mai.", "fr")
    assert not any("Gazette" in a.name for a in fr.accused)


def test_institution_without_its_acronym_in_parentheses(run):
    fr = run("L'attentat a été revendiqué par l'organisation Front du Nord (FDN).", "fr")
    assert any(a.name.endswith("Front du Nord") for a in fr.accused), [a.name for a in fr.accused]


def test_hearsay_about_a_pronoun_names_who_accuses_the_party(run):
    fr = run(
        "Le sénateur Paul Girard fait face à des accusations répétées. "
        "D'après le journal La Gazette, il aurait touché sept chèques d'une association.",
        "fr",
    )
    assert accused(fr)["Paul Girard"].accusers == ["journal La Gazette"]


def test_critical_of_someone_accuses_them(run):
    fr = run("Le président Paul Roy s'est montré fort critique envers le gouvernement.", "fr")
    assert accused(fr)["gouvernement"].accusers == ["Paul Roy"]
    noun = run("La députée Anne Roy a multiplié les critiques envers le ministre de l'Intérieur.", "fr")
    assert any("ministre" in a.name for a in noun.accused), [a.name for a in noun.accused]


def test_calling_people_hypocrites_accuses_them(run):
    fr = run("Anne Roy estime que les autres candidats sont des « hypocrites » .", "fr")
    assert accused(fr)["autres candidats"].accusers == ["Anne Roy"]


def test_addressed_or_neuter_pronoun_in_a_quotation_is_no_party(run):
    en = run("Tom Reed spoke to the committee. “If you keep doing this, you ruin the trust people place in it,” said Tom Reed.", "en")
    assert not any(a.name.lower() in ("you", "it") for a in en.accused)


def test_unnamed_group_keeps_its_whole_description(run):
    en = run("The police arrested three people accused of burning down the town hall.", "en")
    party = next(a for a in en.accused if "people" in a.name)
    assert any("accused of" in alias for alias in party.aliases), party.aliases


def test_participle_conjoined_to_a_copular_predicate_accuses_its_subject(run):
    fr = run("D'après un rapport interne, 40 agents sont aujourd'hui sous enquête et soupçonnés de corruption.", "fr")
    assert "40 agents" in accused(fr) and accused(fr)["40 agents"].accusers == ["rapport interne"]
    calm = run("Le musée est vide et fermé depuis lundi.", "fr")
    assert not calm.accused


def test_person_named_beside_a_title_is_the_accuser(run):
    titled = run("La ministre de la Culture, Claire Vidal, a accusé les organisateurs d'avoir menti.", "fr")
    named = run("Paul Durand, un porte-parole du syndicat, a accusé la direction de mentir.", "fr")
    assert accused(titled)["organisateurs"].accusers == ["Claire Vidal"]
    assert accused(named)["direction"].accusers == ["Paul Durand"]


def test_denounced_act_with_its_doer_accuses_the_doer(run):
    # The parser hangs "par X" on the active verb; it is the act's doer, not the act or a name in it.
    fr = run("Le gouvernement a dénoncé une tentative de putsch contre l'État par des officiers de la marine.", "fr")
    assert any("officiers" in n for n in accused(fr)), list(accused(fr))
    assert "État" not in accused(fr)
    fr = run("La ministre a condamné l'enlèvement du préfet par des miliciens.", "fr")
    assert any("miliciens" in n for n in accused(fr)) and not any("préfet" in n for n in accused(fr)), list(accused(fr))
    # "par un communiqué" is a means, not a doer.
    fr = run("Le ministre a condamné l'attaque par un communiqué publié lundi.", "fr")
    assert not any("communiqué" in n for n in accused(fr))


def test_brought_before_an_authority_is_judicial(run):
    fr = run("Dans la soirée, neuf personnes ayant saccagé une pharmacie vont être présentées à une juge des enfants.", "fr")
    assert any("personnes" in n for n in accused(fr)), list(accused(fr))
    fr = run("Les deux militants ont été déférés au parquet de Rennes.", "fr")
    record = next(a for a in fr.accused if "militants" in a.name)
    assert any("parquet" in x for x in record.accusers)
    fr = run("Sept employés municipaux étaient encore gardés à vue mardi.", "fr")
    assert any("employés" in n for n in accused(fr)), list(accused(fr))
    # Brought before the press: no one is accused.
    assert not run("Le nouveau modèle a été présenté à la presse lundi.", "fr").accused


def test_unnamed_groups_of_different_counts_are_different_parties(run):
    fr = run("Dans la nuit, 14 personnes ayant pillé un magasin ont été arrêtées. Plus tard, trois hommes ont été "
             "condamnés à un an de prison pour vol. Les trois hommes feront appel.", "fr")
    names = list(accused(fr))
    assert any("14 personnes" in n for n in names) and any("trois hommes" in n for n in names), names
    # A group first named without its number keeps one name.
    fr = run("Les assaillants ont pris la fuite. Selon la police, quatre assaillants ont été arrêtés.", "fr")
    assert len(fr.accused) == 1, list(accused(fr))


def test_more_judicial_passives(run):
    cases = {
        "Le trésorier a été placé sous contrôle judiciaire.": "trésorier",
        "L'ancien adjoint a été renvoyé devant le tribunal correctionnel pour favoritisme.": "adjoint",
        "Le conducteur est activement recherché par la police.": "conducteur",
        "L'ancien préfet a été relaxé par la cour d'appel.": "préfet",
        "Le financier a été extradé vers la Belgique.": "financier",
    }
    for text, party in cases.items():
        names = list(accused(run(text, "fr")))
        assert any(party in n for n in names), (text, names)
    # Not before an authority, not by one: no case.
    assert not run("Le match a été renvoyé à dimanche.", "fr").accused
    assert not run("Ce modèle est très recherché par les collectionneurs.", "fr").accused
    assert not run("Le roman a été traduit en anglais.", "fr").accused
    en = run("The two brokers were extradited to Spain.", "en")
    assert any("brokers" in n for n in accused(en)), list(accused(en))


def test_risking_a_sentence_is_facing_one(run):
    fr = run("L'ancien adjoint risque une lourde amende.", "fr")
    assert any("adjoint" in n for n in accused(fr)), list(accused(fr))
    fr = run("Le gérant encourt dix ans de prison.", "fr")
    assert any("gérant" in n for n in accused(fr)), list(accused(fr))
    # A risk that is no sentence.
    assert not run("Le gérant risque de perdre son emploi.", "fr").accused


def test_charge_cut_off_the_party_of_accuser(run):
    fr = run("L'avocate accuse le pharmacien de négligence.", "fr")
    assert "pharmacien" in accused(fr), list(accused(fr))
    fr = run("Le député accuse le ministre de l'Économie de laxisme.", "fr")
    assert accused(fr) and not any("laxisme" in n for a in fr.accused for n in (a.name, *a.aliases)), list(accused(fr))
    # A complement naming people stays on the party.
    fr = run("Le syndicat accuse le préfet de police de mensonge.", "fr")
    assert "préfet de police" in accused(fr), list(accused(fr))


def test_pinning_and_stigmatising_accuse(run):
    fr = run("Les associations ont épinglé le groupe Sigma pour ses rejets toxiques.", "fr")
    assert any("Sigma" in n for n in accused(fr)), list(accused(fr))
    fr = run("Les riverains ont stigmatisé les promoteurs immobiliers.", "fr")
    assert any("promoteurs" in n for n in accused(fr)), list(accused(fr))


def test_authority_acting_just_before_accuses(run):
    fr = run("Le parquet de Dijon a ouvert une enquête. Deux hommes ont été mis en examen mardi.", "fr")
    record = next(a for a in fr.accused if "hommes" in a.name)
    assert any("parquet" in x for x in record.accusers), record.accusers
    fr = run("La gendarmerie a mené une vaste opération à Quimper. Quatre hommes ont été interpellés.", "fr")
    record = next(a for a in fr.accused if "hommes" in a.name)
    assert any("gendarmerie" in x for x in record.accusers), record.accusers


def test_done_only_to_people_makes_any_noun_a_person(run):
    fr = run("Un boulanger de 40 ans a été mis en examen.", "fr")
    assert any("boulanger" in n for n in accused(fr)), list(accused(fr))
    # Some of those already accused are no new party.
    fr = run("Les accusés ont comparu lundi. Au moins trois des accusés ont été interpellés en mai.", "fr")
    assert not any("trois" in n for n in accused(fr)), list(accused(fr))
    # Stopped things are not people.
    assert not run("Les travaux ont été arrêtés en mars.", "fr").accused


def test_authority_is_not_read_in_the_reason(run):
    fr = run("Deux hommes ont été condamnés à un an de prison pour jets de pierres sur les policiers.", "fr")
    record = next(a for a in fr.accused if "hommes" in a.name)
    assert not any("policiers" in x for x in record.accusers), record.accusers
    fr = run("Trois hommes ont été convoqués au commissariat de Brest pour outrage.", "fr")
    record = next(a for a in fr.accused if "hommes" in a.name)
    assert any("commissariat" in x for x in record.accusers), record.accusers


def test_object_relative_takes_up_its_noun(run):
    fr = run("Les écologistes exigent le départ du préfet, qu'ils accusent de mensonge.", "fr")
    assert any("préfet" in n for n in accused(fr)), list(accused(fr))
    # A thing taken up by "que" is no party.
    assert not run("Le rapport que le ministre a critiqué est sorti.", "fr").accused


def test_reason_is_no_part_of_the_agent_accuser(run):
    fr = run("Le maire a été condamné par le tribunal de Metz pour ses dépenses.", "fr")
    record = next(a for a in fr.accused if "maire" in a.name)
    assert record.accusers == ["tribunal de Metz"], record.accusers


def test_a_phrase_that_is_its_sentence_root_still_splits_into_its_conjuncts():
    # spaCy makes a new Token object on every access, so a root is found by index, never by
    # identity ("t.head is t" is always false): a verbless line is a phrase headed by its root.
    from extractor.engines.offline.accusations import _Finder
    from extractor.engines.offline.models import get_nlp

    doc = get_nlp("fr")("Deux journalistes et un photographe")
    assert [[t.text for t in part] for part in _Finder._conjunct_phrases(list(doc))] == [["Deux", "journalistes"], ["un", "photographe"]]


def test_kinship_trades_and_wrongdoers_are_people(run):
    # Word classes outside the agent endings: kinship, trades, words for wrongdoers.
    for phrase in ("Son gendre", "Les comptables", "Deux escrocs", "Les arbitres", "Les politologues"):
        fr = run(f"Selon le maire, {phrase} sont accusés d'avoir truqué le scrutin.", "fr")
        assert any(phrase.split()[-1].lower() in n.lower() for n in accused(fr)), (phrase, list(accused(fr)))
    fr = run("La ministre Léa Morel a vivement critiqué sa belle-sœur pour son silence.", "fr")
    assert any("belle-sœur" in n for n in accused(fr)), list(accused(fr))


def test_things_with_person_endings_are_not_people(run):
    for sentence in ("Le ministre a critiqué le dialogue entre les partis.", "Le juge a condamné le catalogue de mesures."):
        assert not run(sentence, "fr").accused


def test_object_clitic_of_blame_takes_up_the_person_before(run):
    fr = run("Le maire Hugo Vernet a annoncé la fermeture de la piscine. Plusieurs élus le critiquent vivement.", "fr")
    assert "Hugo Vernet" in accused(fr) and accused(fr)["Hugo Vernet"].accusers == ["Plusieurs élus"]
    fr = run("La ministre Claire Vidal a présenté sa réforme. Les syndicats l'accusent de mépriser les enseignants.", "fr")
    assert "Claire Vidal" in accused(fr)


def test_object_clitic_of_blame_not_a_thing_nor_the_wrong_gender(run):
    # « le » takes up the plan, « la » cannot stand for a man.
    assert not run("Le plan de Hugo Vernet a été présenté lundi. Les syndicats le dénoncent.", "fr").accused
    assert not run("Hugo Vernet a présenté la loi. Les syndicats la dénoncent.", "fr").accused


def test_calling_someone_a_liar_with_de(run):
    # « qualifier / traiter X de menteur »: the label hangs on the object, which is the party.
    fr = run("Lors du débat télévisé, la sénatrice Anne Roy a traité le ministre Hugo Vernet de menteur.", "fr")
    assert "Hugo Vernet" in accused(fr) and accused(fr)["Hugo Vernet"].accusers == ["Anne Roy"]
    fr = run("Le président a qualifié les rebelles de « terroristes » lors de son discours.", "fr")
    assert [n for n in accused(fr)] == ["rebelles"], list(accused(fr))
    # A thing given a label ("qualifier le projet de « dangereux »") accuses no one.
    assert not run("Le maire a qualifié le projet de « dangereux ».", "fr").accused


def test_blame_adjectives_after_a_copula_in_a_statement(run):
    fr = run("« La direction est incompétente », a déclaré le délégué syndical Paul Morel.", "fr")
    assert any("direction" in n for n in accused(fr)), list(accused(fr))
    fr = run("Le syndicat affirme que le préfet a été laxiste.", "fr")
    assert any("préfet" in n for n in accused(fr)), list(accused(fr))
    # Denied, or told by the article itself: no one is accused.
    assert not run("« Nous ne sommes pas des complotistes », a déclaré Paul Morel.", "fr").accused


def test_wrongdoing_verbs_in_a_statement_accuse_their_subject(run):
    for wrong in ("a enfreint le règlement", "a dissimulé des preuves", "a bafoué les droits des détenus", "réprime les opposants", "a mis en danger la vie des patients"):
        fr = run(f"Lors d'une conférence de presse mardi à Lyon, le délégué syndical Paul Morel a affirmé que le directeur de l'usine {wrong} depuis plusieurs années.", "fr")
        assert "directeur de l'usine" in accused(fr), (wrong, list(accused(fr)))
        assert accused(fr)["directeur de l'usine"].accusers == ["Paul Morel"]


def test_the_victim_of_a_murder_is_not_its_author(run):
    # « le meurtre de son voisin »: "de" names the victim.
    assert not run("Le neveu du maire a avoué le meurtre de son voisin.", "fr").accused
    assert not run("Selon la police, l'enlèvement des deux enfants a eu lieu mardi.", "fr").accused
    en = run("According to the police, the murder of the shopkeeper happened on Tuesday.", "en")
    assert not any("shopkeeper" in a.name for a in en.accused), [a.name for a in en.accused]


def test_a_thing_called_dangerous_accuses_no_one_through_its_owner(run):
    fr = run("Après avoir jugé le projet du candidat Hugo Vernet dangereux, la sénatrice a quitté la salle.", "fr")
    assert not fr.accused, [a.name for a in fr.accused]


def test_people_counted_in_custody_or_sentenced_are_parties_an_arrest_count_is_a_tally(run):
    custody = run("Onze personnes étaient placées en garde à vue jeudi soir après l'incendie du dépôt.", "fr")
    arrests = run("Selon la préfecture, au moins 60 personnes ont été interpellées près du stade.", "fr")
    assert any("Onze personnes" in n for n in accused(custody)), names(custody)
    assert arrests.accused == [], names(arrests)


def test_a_number_of_others_is_a_party_of_the_case(run):
    result = run("Une femme a écopé de deux ans ferme pour escroquerie. Quatre autres ont été condamnés à du sursis.", "fr")
    assert any(n.startswith("Quatre autres") for n in accused(result)), names(result)


def test_a_court_trying_people_after_a_day(run):
    result = run("Le tribunal correctionnel doit juger lundi cinq autres habitants du village.", "fr")
    record = next((a for n, a in accused(result).items() if "cinq autres" in n), None)
    assert record is not None and "lundi" not in record.name and record.accusers == ["tribunal correctionnel"], names(result)


def test_pronoun_subject_of_a_passive_accusation_takes_up_the_people_before(run):
    result = run("Le ton de plusieurs chroniqueurs a surpris. Ils sont accusés d'avoir dramatisé la panne du réseau.", "fr")
    assert any("chroniqueurs" in n for n in accused(result)), names(result)


def test_the_target_of_the_act_charged_is_no_party(run):
    result = run("Un étudiant de 22 ans a été interpellé pour avoir appelé à attaquer la préfecture.", "fr")
    assert any("étudiant" in n for n in accused(result)) and not any("préfecture" in n for n in accused(result)), names(result)


def test_the_newsroom_as_a_blamed_party(run):
    result = run("Les journalistes reprochent à la rédaction d'avoir supprimé leur enquête.", "fr")
    assert any("rédaction" in n for n in accused(result)), names(result)
