"""French constructions whose speaker the general rules miss (speakers.fill_french_speakers);
made-up sentences."""

from __future__ import annotations

import pytest


def speaker_of(result, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    return quote.speaker


def test_subject_set_off_by_an_apposition_after_a_time_adverbial(run):
    text = "Vers midi, Paul Girard, professeur associé de sociologie à Lyon, affirme que le mouvement part des campagnes oubliées."
    assert speaker_of(run(text, "fr"), "le mouvement part") == "Paul Girard"


def test_present_participle_shares_the_pronoun_subject_of_its_verb(run):
    text = (
        "Le chanteur Paul Morin a publié un long message. "
        "Il refuse cependant de commenter, ajoutant qu'il ne souhaite pas « jeter de l'huile sur le feu »."
    )
    assert speaker_of(run(text, "fr"), "il ne souhaite pas") == "Paul Morin"


def test_gerund_after_an_incise_shares_its_speaker(run):
    text = (
        "Le député Luc Berger a longuement parlé. « Je ne veux rien cacher », déclare-t-il encore, "
        "tout en disant n'avoir jamais rencontré l'homme d'affaires."
    )
    assert speaker_of(run(text, "fr"), "n'avoir jamais rencontré") == "Luc Berger"


def test_incise_with_a_verb_outside_the_lexicon_names_the_speaker(run):
    text = "« Les travaux se feront en concertation avec les riverains » , a tenu à rassurer Marc Dupuis , adjoint au maire."
    assert speaker_of(run(text, "fr"), "Les travaux se feront") == "Marc Dupuis"


def test_incise_wins_over_the_speaker_of_the_paragraph_before(run):
    text = (
        "Des élus, comme Paul Girard, craignent que la place ne devienne une « forteresse » .\n"
        "« Les travaux se feront en concertation avec les riverains » , a cependant tenu à tempérer Marc Dupuis , adjoint au maire."
    )
    assert speaker_of(run(text, "fr"), "Les travaux se feront") == "Marc Dupuis"


def test_short_quoted_title_before_a_verb_and_a_name_gets_no_speaker(run):
    result = run("« Le Petit Prince », a lu Marc Dupuis.", "fr")
    assert all(q.speaker != "Marc Dupuis" for q in result.quotes)


def test_quotation_right_before_an_attributed_one_shares_its_speaker(run):
    text = "« Nous avons vu des gens courir partout. Quelqu'un criait au secours » . « C'était la panique » , ont raconté des passants."
    assert speaker_of(run(text, "fr"), "Nous avons vu") == "passants"


def test_content_clause_coordinated_by_et_que_shares_the_speaker(run):
    text = (
        "La ministre de la Culture Claire Dumas a annoncé une enquête, ajoutant que « cette remise à plat sera longue », "
        "précisant néanmoins qu'« un formulaire simplifié » existe déjà et que « depuis janvier, 450 dossiers ont été traités »."
    )
    assert speaker_of(run(text, "fr"), "depuis janvier") == "Claire Dumas"
    # Longer quotations, where no other rule gives the last one a speaker: only the « et que » rule does.
    longer = (
        "La ministre de la Culture Claire Dumas a par conséquent annoncé avoir « alerté sans délai les musées de la région "
        "et les écoles d'art » , ajoutant que « cette remise à plat sera longue et passera par une concertation élargie » , "
        "précisant néanmoins qu' « un formulaire simplifié destiné aux artistes » existe déjà et que « depuis janvier, "
        "450 dossiers ont été traités grâce à ce formulaire que chacun peut télécharger » ."
    )
    assert speaker_of(run(longer, "fr"), "depuis janvier") == "Claire Dumas"


def test_name_apposed_to_a_description_before_the_verb(run):
    text = "Une des spectatrices ayant filmé la scène, Jeanne D. Roy, raconte que l'homme a refusé de quitter la salle."
    assert speaker_of(run(text, "fr"), "l'homme a refusé") == "Jeanne D. Roy"


def test_incise_with_a_title_before_the_name(run):
    text = (
        "Selon les témoins, plusieurs élus étaient présents. "
        "« Bonne fête à tous ! Passez une belle journée » , a tweeté le ministre de la Culture Paul Girard ."
    )
    assert speaker_of(run(text, "fr"), "Bonne fête à tous") == "Paul Girard"


def test_quotation_opened_after_a_relative_pronoun_is_the_antecedents(run):
    text = "Le recours a été rejeté, a précisé le Conseil régional, qui « [...] annule donc la décision du maire et lui enjoint de revoir sa copie »."
    assert speaker_of(run(text, "fr"), "[...] annule donc") == "Conseil régional"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("La réforme, qualifiée de « recul historique » par la CGT, sera votée mardi.", "recul historique", "CGT"),
        ("Le projet a été dénoncé par l'association Terre vivante comme « une catastrophe écologique ».", "une catastrophe", "association Terre vivante"),
        ("Le maire a été accusé par l'opposition de « mentir aux habitants ».", "mentir", "opposition"),
    ],
)
def test_quotation_after_a_passive_participle_is_said_by_its_agent(run, text, fragment, speaker):
    assert speaker_of(run(text, "fr"), fragment) == speaker


def test_a_title_after_a_participle_with_an_agent_gets_no_speaker(run):
    result = run("Le film « Les Ombres », produit par la société Acme, sort mercredi.", "fr")
    assert all(q.speaker is None for q in result.quotes if "Ombres" in q.text)


def test_incise_with_an_addressee_between_commas_and_a_title_before_the_name(run):
    text = (
        "La direction dénonce le blocage de l'usine de Vitry, qui dure depuis lundi, reconnaissant cependant que le mouvement s'étend. "
        "« Le syndicat a prévenu qu'il bloquerait le site vendredi » , a confié, à la radio, le chef de cabinet du maire de Vitry, Paul Girard."
    )
    assert speaker_of(run(text, "fr"), "Le syndicat a prévenu") == "Paul Girard"


def test_passive_agent_before_a_relative_clause_is_left_to_the_relative(run):
    text = "Le vote a été salué par Paul Girard, maire de Lyon, qui « ne voit aucune raison de s'inquiéter »."
    assert speaker_of(run(text, "fr"), "ne voit aucune") == "Paul Girard"


def test_passive_agent_keeps_its_genitive_complement(run):
    text = "La réforme, qualifiée de « recul historique » par le chef de l'État, sera votée mardi."
    assert speaker_of(run(text, "fr"), "recul historique") != "chef"


@pytest.mark.parametrize(
    "text",
    [
        "Jean Kabila, président du Niger et de la Communauté sahélienne, qui a rappelé que la paix reste fragile, a quitté la salle.",
        "Le sommet s'est ouvert lundi. Marc Dubois, directeur de la Banque régionale, qui a affirmé que les taux vont baisser, était présent.",
    ],
)
def test_relative_after_an_apposition_is_said_by_the_person_it_describes(run, text):
    quote = next(q for q in run(text, "fr").quotes if q.speaker)
    assert quote.speaker in ("Jean Kabila", "Marc Dubois")


def test_fronted_adjective_before_a_pronoun_subject_is_not_the_speaker(run):
    text = "Le maire Paul Girard a visité l'usine. Ému, il déclare que cette victoire appartient à toute la ville."
    assert speaker_of(run(text, "fr"), "cette victoire") == "Paul Girard"


def test_gerund_after_a_reported_clause_the_parse_made_the_root_is_said_by_the_reporter(run):
    text = (
        "Le commissaire Paul Roux a reçu des costumes. « Ce n'est pas le lieu pour en parler, mais je ne suis pas gêné par cela. » , "
        "avait-il déjà affirmé plus tôt devant le comité d'éthique , tout en répondant que ces présents "
        "ne l'engageaient à rien, « c'est évident » ."
    )
    assert speaker_of(run(text, "fr"), "ces présents") == "Paul Roux"


def test_quoted_words_in_the_sentence_after_a_report_continue_it(run):
    text = (
        "Le bilan définitif est de trois morts, selon le préfet du Var, Marc Dupont. "
        "La cause de l'accident serait « une erreur de signalisation sur la route départementale ». "
        "Le lendemain, la route a rouvert."
    )
    assert speaker_of(run(text, "fr"), "une erreur de signalisation") == "Marc Dupont"


def test_quoted_words_two_sentences_after_a_report_stay_unattributed(run):
    text = (
        "Le bilan définitif est de trois morts, selon le préfet du Var, Marc Dupont. "
        "La route a rouvert le lendemain matin. "
        "La cause de l'accident serait « une erreur de signalisation sur la route départementale »."
    )
    assert speaker_of(run(text, "fr"), "une erreur de signalisation") is None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # quoted words inside the apposition, the verb's object quoted too
        ("Le préfet a visité le chantier mardi. Vers 11h20, Paul Durand, le fondateur des « Amis du Rhône », trouve le projet « trop cher » et réclame « l'arrêt des travaux ».", "l'arrêt des travaux", "Paul Durand"),
        ("Le préfet a visité le chantier mardi. Vers 14h00, Paul Durand, des « Amis du Rhône», estime que la ville doit renoncer « le temps presse ».", "la ville doit renoncer", "Paul Durand"),
    ],
)
def test_name_before_a_set_off_phrase_with_quoted_words_is_the_subject(run, text, fragment, speaker):
    assert speaker_of(run(text, "fr"), fragment) == speaker


def test_a_prepositional_adjunct_before_the_set_off_phrase_is_not_the_subject(run):
    text = "Le préfet a visité le chantier mardi. Après la visite du chantier, vers midi, a été annoncé que « les travaux reprendront »."
    assert all(q.speaker is None or "chantier" not in q.speaker for q in run(text, "fr").quotes)


def test_a_fronted_day_is_no_joint_speaker(run):
    text = "Le port de Brest a été fermé toute la matinée.\n\nCe jeudi, 87 boulangeries ont indiqué être à court de farine."
    assert speaker_of(run(text, "fr"), "être à court") == "87 boulangeries"


SIGNED_BOXES = (
    "Un incendie s'est déclaré lundi près de Lyon. Les pompiers sont intervenus dans la soirée.\n\n"
    "« D'importants renforts sont arrivés, trois hélicoptères et vingt camions »\n\n"
    "— Porte-parole des pompiers du Rhône\n\n"
    "« Un centre d'accueil est ouvert et la préfète arrive dans la soirée »\n\n"
    "— Préfecture du Rhône\n\n"
    "Les habitants ont été évacués vers un gymnase."
)


def test_a_quotation_box_is_said_by_the_signature_under_it_not_by_the_box_before(run):
    result = run(SIGNED_BOXES, "fr")
    assert speaker_of(result, "D'importants renforts") == "Porte-parole des pompiers du Rhône"
    assert speaker_of(result, "Un centre d'accueil") == "Préfecture du Rhône"


def test_unquoted_first_person_paragraphs_above_a_signature_are_the_signers(run):
    text = (
        "Le journaliste Paul Durand a été mis en cause par ses collègues. Dans une tribune, il demande à « être jugé sur son travail ».\n\n"
        "J'ai parfaitement conscience que mon métier m'impose des devoirs et des obligations.\n\n"
        "Je souhaite rappeler qu'aucun tribunal ne m'a jamais condamné.\n\n"
        "— Paul Durand\n\n"
        "Le directeur de la chaîne, Marc Petit, a proposé une médiation."
    )
    result = run(text, "fr")
    assert speaker_of(result, "J'ai parfaitement conscience") == "Paul Durand"
    assert speaker_of(result, "Je souhaite rappeler") == "Paul Durand"


def test_a_narrative_paragraph_above_a_signature_is_not_the_signers(run):
    text = (
        "Le premier ministre Jean Roux s'est exprimé après les attaques. Les transports ont été paralysés "
        "et les rues sont désertes toute la journée.\n\n— Jean Roux, premier ministre"
    )
    assert not any(q.text.startswith("Les transports") for q in run(text, "fr").quotes)


def test_a_capitalised_name_apposed_to_an_organisation_noun_stays_in_the_speaker(run):
    text = "Le projet a été annoncé lundi. Vers 15h, le syndicat Force ouvrière a dénoncé « une provocation »."
    assert speaker_of(run(text, "fr"), "une provocation") == "syndicat Force ouvrière"
