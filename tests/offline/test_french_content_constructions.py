"""French reported content the parse misreads (made-up sentences): a quotation mark read as the
clause's head or as its last word, multiword adverbs between the verb and its content, objects
with their attribute after verbs of judgement, « à ce que » clauses, the noun-phrase content of
« communiquer », and verbs of saying in the future, which report nothing yet."""

from __future__ import annotations


def reported(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def texts(result):
    return [q.text for q in reported(result)]


def test_quotation_inside_the_content_clause_stays_whole(run):
    result = run("Interrogée vendredi à Lyon, Claire Morel, battue au premier tour, a affirmé qu'elle ne serait pas « une candidate de secours » si le président renonçait.", "fr")
    assert texts(result) == ["elle ne serait pas « une candidate de secours » si le président renonçait"]


def test_content_ending_on_an_opening_mark_takes_the_quotation(run):
    result = run("L'équipe publie un billet dans lequel elle demande à l'arbitre de « ne pas revenir sur le terrain ».", "fr")
    assert any("« ne pas revenir sur le terrain »" in q.text for q in result.quotes)
    assert not any(q.text.rstrip().endswith("«") for q in result.quotes)


def test_content_opening_with_a_quotation_keeps_its_mark(run):
    result = run("Les bergers réclament « un appui très solide », avec une baisse du prix du fourrage.", "fr")
    assert texts(result) == ["« un appui très solide », avec une baisse du prix du fourrage"]


def test_number_beside_the_verb_is_no_clause(run):
    result = run("Vers 6h00, Léa Fournier, présidente de l'amicale, a réclamé sur Canal 3, à titre personnel, la vente du vieux chalutier et l'achat d'un nouveau bateau.", "fr")
    assert texts(result) == ["la vente du vieux chalutier et l'achat d'un nouveau bateau"]


def test_multiword_adverb_before_a_noun_phrase_content(run):
    result = run("Le jardinier en chef a demandé en outre la hausse des crédits des serres municipales.", "fr")
    assert texts(result) == ["la hausse des crédits des serres municipales"]


def test_multiword_adverb_before_an_infinitive_content(run):
    result = run("La navigatrice a confié malgré tout vouloir repartir en mer dès le printemps.", "fr")
    assert texts(result) == ["vouloir repartir en mer dès le printemps"]


def test_second_report_after_a_multiword_adverb_ends_the_first(run):
    result = run("Elle a précisé qu'elle vendra la ferme familiale l'an prochain mais a malgré tout confié espérer garder les ruches.", "fr")
    assert texts(result) == ["elle vendra la ferme familiale l'an prochain", "espérer garder les ruches"]


def test_indefinite_subject_after_an_adverb_reports_nothing(run):
    assert reported(run("On déplore aussi quelques ruches renversées dans les vergers de la vallée.", "fr")) == []


def test_communiquer_takes_a_noun_phrase_content(run):
    result = run("L'agence a communiqué ce samedi le décès de son ancien directeur, survenu après une longue maladie.", "fr")
    assert texts(result) == ["le décès de son ancien directeur, survenu après une longue maladie"]


def test_a_ce_que_opens_a_content_clause(run):
    result = run("Le ministre s'est engagé à ce que la réforme soit votée avant l'été.", "fr")
    assert texts(result) == ["la réforme soit votée avant l'été"]


def test_object_with_its_attribute_after_comme(run):
    result = run("Les joueurs considèrent la défaite comme une simple erreur de parcours.", "fr")
    assert texts(result) == ["la défaite comme une simple erreur de parcours"]


def test_object_with_its_attribute_after_qualifier(run):
    result = run("Le maire a qualifié le programme de son rival de dangereux.", "fr")
    assert texts(result) == ["le programme de son rival de dangereux"]


def test_estimated_quantity_before_the_object(run):
    result = run("Les libraires estiment à 35 % la baisse des ventes depuis l'ouverture du nouveau centre commercial.", "fr")
    assert [q.speaker for q in reported(result)] == ["libraires"]
    assert "la baisse des ventes depuis l'ouverture du nouveau centre commercial" in texts(result)[0]


def test_object_without_attribute_is_weighed_not_judged(run):
    assert reported(run("Le comité considérera les candidatures reçues avant la date limite.", "fr")) == []


def test_passive_estimate_is_no_judgement_of_its_subject(run):
    assert reported(run("Cette collection de timbres a été estimée à 20 000 francs en 1987.", "fr")) == []


def test_quoted_noun_tagged_as_adjective_is_the_object(run):
    result = run("Les parents y déplorent l’ « angélisme » du directeur face à la multiplication des retards.", "fr")
    quote = reported(result)[0]
    assert quote.kind == "mixed" and quote.text.startswith("l’ « angélisme » du directeur")


def test_future_announcement_reports_nothing_yet(run):
    assert reported(run("Le chef cuisinier annoncera son nouveau menu demain matin sur les ondes de la radio locale.", "fr")) == []


def test_multiword_adverb_opens_a_pour_source_sentence(run):
    result = run("Cela dit, pour l'entraîneur, cette saison pourrait être bien plus difficile.", "fr")
    assert [(q.text, q.speaker) for q in reported(result)] == [("cette saison pourrait être bien plus difficile", "entraîneur")]


def test_narrator_noting_a_fact_is_no_source(run):
    for text in (
        "Rappelons que le premier festival de la ville a eu lieu en juin 1987.",
        "Il est aussi à noter que la piscine a fermé deux fois cet hiver.",
        "On note d'ailleurs que plusieurs nids ont été trouvés dans la commune voisine.",
        "Notez que le jardin est entretenu par des bénévoles du quartier.",
    ):
        assert reported(run(text, "fr")) == [], text


def test_source_noting_a_fact_still_reports(run):
    result = run("Les commentateurs sportifs notent que le stade n'a pas été rénové depuis longtemps.", "fr")
    assert texts(result) == ["le stade n'a pas été rénové depuis longtemps"]


def test_impersonal_passive_reproach_names_no_source(run):
    assert reported(run("Il lui est reproché d'avoir vendu des billets en double pour le concert.", "fr")) == []



def test_clause_after_a_coordinated_verb_of_saying_is_its_content_not_the_first_verbs(run):
    result = run("Les grévistes ont nié ces deux reproches et affirment que la direction a menti aux salariés.", "fr")
    assert [(q.text, q.cue) for q in result.quotes] == [("ces deux reproches", "nié"), ("la direction a menti aux salariés", "affirment")]
