"""Speaker rules: floating and continued quotations, coreference (sentences written for these tests)."""

from __future__ import annotations


def speaker_of(result, fragment):
    """The speaker of the quote whose text holds ``fragment``."""
    quote = next(q for q in result.quotes if fragment in q.text)
    return quote.speaker


def test_quote_paragraph_continues_the_previous_quote(run):
    en = run("“We lost the vote,” said Alma Quint.\n\n“Next year we will be ready for them.”", "en")
    fr = run("« Nous avons perdu le vote », a déclaré Alma Quint.\n\n« L’an prochain, nous serons prêts. »", "fr")
    assert speaker_of(en, "Next year") == "Alma Quint"
    assert speaker_of(fr, "L’an prochain") == "Alma Quint"


def test_quote_paragraph_continues_a_reported_statement(run):
    en = run("Nora Blake said the new bridge plan would fail.\n\n“Nobody ever asked the residents what they wanted.”", "en")
    fr = run("Nora Blake a affirmé que le projet de pont échouerait.\n\n« Personne n’a jamais demandé leur avis aux habitants. »", "fr")
    assert speaker_of(en, "Nobody ever asked") == "Nora Blake"
    assert speaker_of(fr, "Personne n’a jamais") == "Nora Blake"


def test_person_named_just_before_a_floating_quote_is_its_speaker(run):
    en = run("“We lost,” said Ana Ruiz.\n\nThe club held a meeting on Monday.\n\nTom Kessler did not hesitate.\n\n“I would sign the same contract again tomorrow.”", "en")
    assert speaker_of(en, "same contract") == "Tom Kessler"


def test_pronoun_is_the_subject_of_the_last_sentence_naming_someone(run):
    en = run("Carla Jensen criticised the decision to release Mark Hollis. “It is a serious mistake,” she said.", "en")
    fr = run("Carla Jensen a critiqué la décision de libérer Marc Hollis. « C’est une grave erreur », a-t-elle dit.", "fr")
    assert speaker_of(en, "serious mistake") == "Carla Jensen"
    assert speaker_of(fr, "grave erreur") == "Carla Jensen"


def test_first_name_alone_is_the_full_name(run):
    en = run("Michael Brenner opened the bakery in 1982. “I never wanted to do anything else,” Michael said.", "en")
    assert speaker_of(en, "anything else") == "Michael Brenner"


def test_a_statement_speaks_for_its_owner(run):
    en = run("Laura Chen resigned on Monday. “I leave with my head held high,” her statement said.", "en")
    assert speaker_of(en, "head held high") == "Laura Chen"


def test_the_company_is_the_organisation_named_before(run):
    en = run("Shares of Northwind Logistics fell sharply. “We expect a better second half,” the company said in a statement.", "en")
    assert speaker_of(en, "second half") == "Northwind Logistics"


def test_a_name_modifying_a_title_is_not_a_joint_speaker(run):
    en = run("Falcons head coach Peter Dunmore said his players were exhausted after the trip.", "en")
    assert speaker_of(en, "exhausted") == "Peter Dunmore"


def test_words_before_a_colon_introduce_the_quote(run):
    en = run("The vote was close. Martin Kell was blunt: “This plan will never work in our town.”", "en")
    fr = run("Le vote a été serré. Pour Jérôme Vasseur, élu local : « Ce projet ne verra jamais le jour. »", "fr")
    assert speaker_of(en, "never work") == "Martin Kell"
    assert speaker_of(fr, "jamais le jour") == "Jérôme Vasseur"


def test_quote_inside_a_clause_belongs_to_its_subject(run):
    fr = run("Le conseil a voté la fermeture. Le maire Paul Girard « regrette profondément cette décision injuste ».", "fr")
    assert speaker_of(fr, "regrette profondément") == "Paul Girard"


def test_a_titled_single_name_is_not_someone_else_s_first_name(run):
    fr = run("François Hollande a visité l’usine lundi. Le pape François « s’associe à la douleur de toutes les familles ».", "fr")
    assert speaker_of(fr, "douleur") == "François"


def test_untagged_first_name_is_the_full_name(run):
    en = run("Jayme Larkspur was found safe on Thursday. Jayme told police that the car had stopped twice.", "en")
    assert speaker_of(en, "the car had stopped") == "Jayme Larkspur"
