"""French accused parties blamed in what a source says, with no word of accusation: a wrong
suffered at a party's hands (a passive with its agent), a party called a danger, what a party
did called unacceptable. Only inside a statement, never the speaker's own side, never denied."""

from __future__ import annotations


def accused(result):
    return {a.name: a for a in result.accused}


def names(result):
    return [a.name for a in result.accused]


def test_agent_of_a_wrong_suffered_in_the_passive(run):
    result = run("« Nous avons été abandonnés par l'État », a déclaré l'agricultrice Lise Garnier.", "fr")
    record = accused(result).get("État")
    assert record is not None and record.accusers == ["Lise Garnier"], names(result)


def test_agent_of_a_harm_verb_in_the_passive(run):
    result = run("Selon la conseillère Anne Roy, les électeurs de Bourg-Haut ont été trompés par le maire.", "fr")
    assert any("maire" in n for n in names(result)), names(result)


def test_denied_passive_wrong_blames_no_one(run):
    result = run("« Nous n'avons jamais été trompés par le maire », a affirmé la conseillère Anne Roy.", "fr")
    assert not any("maire" in n for n in names(result)), names(result)


def test_passive_wrong_told_by_the_article_is_no_statement(run):
    result = run("Les électeurs de Bourg-Haut ont été trompés par le maire pendant des années.", "fr")
    assert not any("maire" in n for n in names(result)), names(result)


def test_party_said_to_represent_a_threat(run):
    result = run("« Ce régime militaire représente une menace pour tous ses voisins », a déclaré la ministre Claire Dubois.", "fr")
    record = next((a for n, a in accused(result).items() if "régime" in n), None)
    assert record is not None and record.accusers == ["Claire Dubois"], names(result)


def test_party_said_to_be_a_danger(run):
    result = run("« Le collectif Terre Rouge est un danger pour nos institutions », a dit la députée Claire Dubois.", "fr")
    assert any("Terre Rouge" in n for n in names(result)), names(result)


def test_no_threat_and_people_in_danger_are_not_blamed(run):
    result = run("« Ce régime militaire ne représente aucune menace, mais les reporters sont en danger », a déclaré la ministre Claire Dubois.", "fr")
    assert not any("régime" in n or "reporters" in n for n in names(result)), names(result)


def test_subject_of_a_clause_called_unacceptable(run):
    result = run("« Il est inacceptable que la préfecture supprime ces deux lignes de bus », a dit la députée Marie Leroy.", "fr")
    record = accused(result).get("préfecture")
    assert record is not None and record.accusers == ["Marie Leroy"], names(result)


def test_subject_of_a_fronted_clause_called_scandalous(run):
    result = run("« Que le directeur ait caché ces chiffres aux salariés est scandaleux », a dit la syndicaliste Marie Leroy.", "fr")
    assert any("directeur" in n for n in names(result)), names(result)


def test_denied_judgement_and_the_speakers_own_side_blame_no_one(run):
    result = run("« Il n'est pas scandaleux que la préfecture supprime ces lignes, et il est inacceptable que nous ayons attendu », a dit la députée Marie Leroy.", "fr")
    assert names(result) == [], names(result)


def test_party_that_did_too_little(run):
    result = run("« La commission a été trop lente à agir », a estimé le juriste Henri Vasseur.", "fr")
    record = accused(result).get("commission")
    assert record is not None and record.accusers == ["Henri Vasseur"], names(result)


def test_author_of_conduct_called_racist(run):
    result = run("« Ce conseiller, Bruno Lacaze, a tenu des propos sexistes en pleine réunion », a dit la militante Inès Rocher.", "fr")
    assert any("Lacaze" in n for n in names(result)), names(result)


def test_owner_of_conduct_called_dishonest(run):
    result = run("« Les méthodes malhonnêtes de la société Brevia sont connues de tous », a dit la militante Inès Rocher.", "fr")
    assert any("Brevia" in n for n in names(result)), names(result)


def test_party_said_to_pretend(run):
    result = run("« Le recteur fait mine d'ignorer la grève des surveillants », a dit le professeur Yann Carel.", "fr")
    record = accused(result).get("recteur")
    assert record is not None and record.accusers == ["Yann Carel"], names(result)


def test_party_said_to_want_to_do_harm(run):
    result = run("« Ces agitateurs veulent semer la discorde dans le quartier », a dit le maire Yann Carel.", "fr")
    assert any("agitateurs" in n for n in names(result)), names(result)


def test_third_party_going_for_others_is_blamed_not_its_targets(run):
    result = run("« Ces individus s'en prennent aux commerçants du centre », a déclaré le préfet Yann Carel.", "fr")
    assert any("individus" in n for n in names(result)) and not any("commerçants" in n for n in names(result)), names(result)


def test_party_told_to_resign_or_to_answer_for_it(run):
    result = run("« Le trésorier doit démissionner et la direction devra rendre des comptes », a dit la syndicaliste Inès Rocher.", "fr")
    assert any("trésorier" in n for n in names(result)) and any("direction" in n for n in names(result)), names(result)


def test_party_told_not_to_resign_is_not_blamed(run):
    result = run("« Le trésorier ne doit pas démissionner », a dit la syndicaliste Inès Rocher.", "fr")
    assert not any("trésorier" in n for n in names(result)), names(result)


def test_arrest_told_as_arbitrary_blames_its_agent_not_the_arrested(run):
    result = run("« La milice a arrêté arbitrairement quatre étudiants », a dit l'avocate Inès Rocher.", "fr")
    assert any("milice" in n for n in names(result)) and not any("étudiants" in n for n in names(result)), names(result)


def test_act_done_abusively_blames_its_agent(run):
    result = run("« La société Orvane a licencié abusivement deux magasiniers », a dit la syndicaliste Inès Rocher.", "fr")
    record = next((a for n, a in accused(result).items() if "Orvane" in n), None)
    assert record is not None and record.accusers == ["Inès Rocher"], names(result)


def test_harm_to_a_freedom_blames_a_party_not_a_law(run):
    result = run("« Le sénateur a porté atteinte au secret des sources, et ce décret aussi a porté atteinte à nos droits », a dit la juriste Inès Rocher.", "fr")
    assert any("sénateur" in n for n in names(result)) and not any("décret" in n for n in names(result)), names(result)


def test_pretending_party_when_the_parse_hangs_the_verb_on_nothing(run):
    result = run("Mais, selon M. Ferrand, « le recteur fait comme si tout allait bien dans les lycées de la ville » .", "fr")
    assert any("recteur" in n for n in names(result)), names(result)


def test_subject_of_an_act_whose_purpose_is_harm(run):
    result = run("« Des conseillers du ministre sont à la manœuvre pour faire taire les lanceurs d'alerte », a déclaré la sénatrice Inès Rocher.", "fr")
    assert any("conseillers" in n for n in names(result)) and not any("lanceurs" in n for n in names(result)), names(result)


def test_owner_of_a_policy_called_criminal(run):
    result = run("« Les mesures irresponsables du préfet Daniel Oster vont vider nos villages », a dit la députée Inès Rocher.", "fr")
    assert any("Oster" in n for n in names(result)), names(result)


def test_english_agent_of_a_harm_in_the_passive_inside_a_statement(run):
    result = run('"Our orchards were destroyed by the mining company," said farmer Jane Hollis.', "en")
    record = next((a for n, a in accused(result).items() if "mining company" in n), None)
    assert record is not None and record.accusers == ["Jane Hollis"], names(result)


def test_subject_of_a_clause_called_a_scandal(run):
    result = run("« C'est un scandale que le maire ait cédé la piscine municipale à un promoteur », a dit la députée Marie Leroy.", "fr")
    assert any("maire" in n for n in names(result)), names(result)


def test_scandal_described_by_a_relative_clause_blames_no_one(run):
    result = run("« C'est un scandale que tous les riverains dénoncent », a dit la députée Marie Leroy.", "fr")
    assert not any("riverains" in n for n in names(result)), names(result)


def test_party_that_did_not_keep_its_promises(run):
    result = run("« La direction n'a jamais respecté ses engagements envers les saisonniers », a dit la syndicaliste Inès Rocher.", "fr")
    assert any("direction" in n for n in names(result)), names(result)


def test_kept_promises_and_the_speakers_own_broken_ones_blame_no_one(run):
    result = run("« La direction a tenu ses promesses, mais nous n'avons pas tenu les nôtres », a dit la syndicaliste Inès Rocher.", "fr")
    assert names(result) == [], names(result)


def test_owner_of_calls_to_chaos_named_in_a_statement(run):
    result = run("« Les appels au chaos du conseiller Hugo Brémond sont irresponsables », a dit la ministre Inès Rocher.", "fr")
    record = next((a for n, a in accused(result).items() if "Brémond" in n), None)
    assert record is not None and record.accusers == ["Inès Rocher"], names(result)
