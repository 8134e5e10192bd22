"""Attribution rules, each in French and English (sentences written for these tests)."""

from __future__ import annotations

import pytest


def quotes(result):
    return [(q.kind, q.speaker, q.text) for q in result.quotes]


def test_direct_quote_with_trailing_cue(run):
    fr = run("Le projet a été abandonné. « Nous ne reculerons pas », a déclaré la ministre Claire Dubois.", "fr")
    en = run("The project was dropped. “We will not back down,” said Mayor Claire Dubois.", "en")
    assert ("direct", "Claire Dubois", "Nous ne reculerons pas") in quotes(fr)
    assert ("direct", "Claire Dubois", "We will not back down,") in quotes(en)


def test_incise_pronoun_resolves_to_last_person(run):
    fr = run("Paul Martin a quitté la salle. « C’est terminé », a-t-il dit.", "fr")
    en = run("Paul Martin left the room. “It is over,” he said.", "en")
    assert fr.quotes[0].speaker == "Paul Martin"
    assert en.quotes[0].speaker == "Paul Martin"


def test_cue_before_quote_with_colon(run):
    fr = run("Le syndicat a réagi. Marie Roy a déclaré : « Nous irons en grève. »", "fr")
    en = run("The union reacted. Marie Roy told reporters: “We will strike.”", "en")
    assert fr.quotes[0].speaker == "Marie Roy" and fr.quotes[0].kind == "direct"
    assert en.quotes[0].speaker == "Marie Roy" and en.quotes[0].kind == "direct"


def test_indirect_speech_content_clause(run):
    fr = run("Le ministre Jean Tremblay a affirmé que le budget serait équilibré l’an prochain.", "fr")
    en = run("Finance Minister Jean Tremblay said that the budget would be balanced next year.", "en")
    for result, fragment in ((fr, "le budget serait équilibré"), (en, "the budget would be balanced")):
        quote = result.quotes[0]
        assert quote.kind == "indirect" and quote.speaker == "Jean Tremblay"
        assert fragment in quote.text
        assert quote.cue in {"affirmé", "said"}


def test_mixed_speech_keeps_the_quoted_words_inside(run):
    fr = run("La sénatrice Anne Leduc a estimé que ce plan était « voué à l’échec » dès le départ.", "fr")
    en = run("Senator Anne Leduc said the plan was “dead on arrival” from the start.", "en")
    for result in (fr, en):
        quote = result.quotes[0]
        assert quote.kind == "mixed" and quote.speaker == "Anne Leduc"
        assert "«" in quote.text or "“" in quote.text


def test_according_to_source_phrase_is_hedged(run):
    fr = run("Selon les experts, la crise durera encore deux ans.", "fr")
    en = run("According to analysts, the crisis will last two more years.", "en")
    assert fr.quotes[0].speaker == "experts" and fr.quotes[0].hedged
    assert en.quotes[0].speaker == "analysts" and en.quotes[0].hedged
    assert fr.speakers[0].kind == "group" and en.speakers[0].kind == "group"


def test_continuation_quote_inherits_speaker(run):
    fr = run("« Nous avons gagné », a lancé Luc Gagnon. « La saison commence maintenant. »", "fr")
    en = run("“We won,” said Luc Gagnon. “The season starts now.”", "en")
    for result in (fr, en):
        assert [q.speaker for q in result.quotes] == ["Luc Gagnon", "Luc Gagnon"]


def test_quoted_name_is_not_a_quote(run):
    fr = run("Les pirates ont visé les serveurs « Exchange » de l’entreprise.", "fr")
    en = run("The hackers targeted the company's “Exchange” servers.", "en")
    assert fr.quotes == [] and en.quotes == []


def test_joint_statement_lists_every_speaker_with_roles(run):
    fr = run(
        "« La décision est prise », précisent dans un communiqué la ministre de la Santé, Julie Caron, et le ministre des Finances, Marc Petit.",
        "fr",
    )
    assert fr.quotes[0].speaker == "Julie Caron, Marc Petit"
    roles = {s.name: s.role for s in fr.speakers}
    assert roles["Julie Caron"] == "ministre de la Santé" and roles["Marc Petit"] == "ministre des Finances"


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        ("La Chine a convoqué l'ambassadeur. Pékin a affirmé que le rapport était faux.", "fr", "Chine", "government"),
        ("China summoned the ambassador. Beijing said that the report was false.", "en", "China", "government"),
        # An article that never names the country: the capital, as written (the full name only
        # when the article gives it).
        ("Pékin a affirmé que le rapport était faux.", "fr", "Pékin", "government"),
        ("Beijing said that the report was false.", "en", "Beijing", "government"),
    ],
)
def test_capital_speaks_for_its_government(run, text, language, name, kind):
    result = run(text, language)
    assert result.quotes and result.quotes[-1].speaker == name
    assert result.speakers[-1].kind == kind


def test_state_phrase_speaks_as_written_but_is_accused_as_its_country(run):
    # A speaking state phrase is its own source, even where the article names the country;
    # accused, the same phrase is one of the country's names.
    spoke = run("Le Japon a fermé sa frontière. Les autorités japonaises ont affirmé que la mesure était provisoire.", "fr")
    assert spoke.quotes[-1].speaker == "autorités japonaises"
    en = run("Japan closed its border. The Japanese authorities said that the measure was temporary.", "en")
    assert en.quotes[-1].speaker == "Japanese authorities"
    accused = run("Le ministre Paul Roy a accusé les autorités japonaises de mentir.", "fr")
    assert [a.name for a in accused.accused] == ["Japon"]


def test_every_quote_is_grounded(run, seed_text):
    result = run(seed_text, "fr")
    assert result.quotes
    for quote in result.quotes:
        assert seed_text[quote.start : quote.end] == quote.text


def test_interrupted_quote_is_one_statement(run):
    # The attributions scope (PolNeAR) counts one content per cue; the statements scope counts
    # each quoted fragment (test_interrupted_quote_is_two_statements_in_the_statements_scope).
    from extractor.engines.offline import OfflineEngine
    from extractor.inputs import Document

    fr = OfflineEngine(language="fr", scope="attributions").extract(Document(text="« Ce n’est pas politique, a dit Marc Dion, c’est une question de sécurité. »"))
    en = OfflineEngine(language="en", scope="attributions").extract(Document(text="“This is not about politics,” Okafor said, “it is about whether the wall holds.”"))
    quote = en.quotes[0]
    assert len(en.quotes) == 1 and quote.speaker == "Okafor" and quote.text.endswith("wall holds.")
    assert len(fr.quotes) == 1 and fr.quotes[0].text.endswith("sécurité.")


def test_interrupted_quote_is_two_statements_in_the_statements_scope(run):
    en = run("“This is not about politics,” Okafor said, “it is about whether the wall holds.”", "en")
    assert quotes(en) == [("direct", "Okafor", "This is not about politics,"), ("direct", "Okafor", "it is about whether the wall holds.")]


def test_pronoun_finds_a_surname_mention(run):
    en = run("Elena Marsh spoke first. Later, Daniel Reyes arrived. Marsh blamed the council. “They signed it,” she said.", "en")
    assert en.quotes[-1].speaker == "Elena Marsh"


def test_according_to_an_apposed_name(run):
    en = run("The repairs will cost about $12 million, according to the city's finance director, Ruth Adeyemi.", "en")
    fr = run("Les réparations coûteront 12 millions de dollars, selon la directrice des finances, Ruth Adeyemi.", "fr")
    assert en.quotes[0].speaker == "Ruth Adeyemi" and fr.quotes[0].speaker == "Ruth Adeyemi"


def test_french_incise_inside_the_guillemets(run):
    fr = run("Claire Roy est arrivée tard. « Nous partons, a-t-elle ajouté, dès demain. »", "fr")
    # The French guidelines count a quotation the attribution interrupts as two spans.
    assert [(q.text, q.speaker, q.cue) for q in fr.quotes] == [("Nous partons", "Claire Roy", "ajouté"), ("dès demain.", "Claire Roy", "ajouté")]
    # English puts the attribution outside the marks; the statements scope counts each marked part.
    en = run("Claire Roy arrived late. “We leave,” she added, “tomorrow.”", "en")
    assert [(q.text, q.speaker, q.cue) for q in en.quotes] == [("We leave,", "Claire Roy", "added"), ("tomorrow.", "Claire Roy", "added")]


def test_conjoined_reports_are_two_statements(run):
    fr = run("La maire, Nadia Benali, a reconnu que la commune avait reçu des plaintes, mais elle a assuré qu’elles avaient été transmises.", "fr")
    en = run("Mayor Nadia Benali acknowledged that the town had received complaints, but she insisted that they had been forwarded.", "en")
    for result in (fr, en):
        assert len(result.quotes) == 2, [q.text for q in result.quotes]
        assert {q.speaker for q in result.quotes} == {"Nadia Benali"}


def test_name_inside_a_role_is_not_a_second_speaker(run):
    fr = run("« Nous attendons, a lancé Sophie Lambert, présidente de l’association Rivière vivante. Rien ne bouge. »", "fr")
    assert [q.speaker for q in fr.quotes] == ["Sophie Lambert", "Sophie Lambert"]
    en = run("“We are waiting,” said Sophie Lambert, president of the Living River association.", "en")
    assert en.quotes[0].speaker == "Sophie Lambert"


def test_bare_title_resolves_to_the_person_introduced_with_it(run):
    en = run("Prime Minister Justin Trudeau visited Toronto on Monday. “We are here to help,” the prime minister said.", "en")
    fr = run("Le premier ministre Justin Trudeau a visité Toronto lundi. « Nous sommes là pour aider », a dit le premier ministre.", "fr")
    assert en.quotes[0].speaker == "Justin Trudeau" and fr.quotes[0].speaker == "Justin Trudeau"


def test_multi_paragraph_quote_is_one_statement_per_paragraph(run):
    # News statements (GGT, the extra sets, the French guidelines) count each paragraph of a
    # reopened quotation apart, all of them the speaker's.
    en = run("Maria Lopez spoke first. “We have fewer children,” she said. “It is getting worse.\n\n“I know this is painful.”", "en")
    assert [(q.text, q.speaker) for q in en.quotes[-2:]] == [("It is getting worse.", "Maria Lopez"), ("I know this is painful.", "Maria Lopez")]
    text = "Marie Dubois, la directrice, a pris la parole. « Nous avons moins d’enfants, a-t-elle dit, et cela empire.\n\n« Je sais que c’est douloureux. »"
    fr = run(text, "fr")
    assert [(q.text, q.speaker) for q in fr.quotes[-2:]] == [("et cela empire.", "Marie Dubois"), ("Je sais que c’est douloureux.", "Marie Dubois")]


def test_negated_reporting_verb_reports_nothing(run):
    en = run("Health Minister Christine Elliott did not say how many nurses would be hired.", "en")
    fr = run("La ministre de la Santé, Christine Elliott, n’a pas précisé combien d’infirmières seraient embauchées.", "fr")
    assert en.quotes == [] and fr.quotes == []


def test_dateline_is_not_the_speaker(run):
    en = run("TORONTO — Ontario's health ministry said Friday that hospitals will receive new funding.", "en")
    fr = run("QUÉBEC — Le ministère de la Santé a affirmé vendredi que les hôpitaux recevront des fonds.", "fr")
    assert "ministry" in en.quotes[0].speaker
    assert "ministère" in fr.quotes[0].speaker.lower()


def test_untagged_surname_is_the_full_name(run):
    en = run("NDP Leader Andrea Horwath said the plan falls short. \"It's too little, too late,\" Horwath said.", "en")
    fr = run("La cheffe du NPD, Andrea Horwath, a jugé le plan insuffisant. « C’est trop peu, trop tard », a dit Horwath.", "fr")
    assert en.quotes[-1].speaker == "Andrea Horwath" and fr.quotes[-1].speaker == "Andrea Horwath"


def test_attribution_after_closing_mark_at_paragraph_start(run):
    fr = run("« Nous ne reculerons pas », a déclaré la ministre Claire Dubois. Le projet continue.", "fr")
    en = run("“We will not back down,” said Minister Claire Dubois. The project goes on.", "en")
    assert fr.quotes[0].speaker == "Claire Dubois" and en.quotes[0].speaker == "Claire Dubois"


def test_new_sentence_after_a_closed_quote_is_not_its_attribution(run):
    en = run('"We built it to the standard," said Daniel Reyes. "The storm was the strongest on record." He added that the company would cooperate.', "en")
    fr = run("« Nous avons respecté les normes », a dit Daniel Reyes. « La tempête était record. » Il a ajouté que l’entreprise coopérerait.", "fr")
    for result in (en, fr):
        assert [q.kind for q in result.quotes] == ["direct", "direct", "indirect"]
        assert {q.speaker for q in result.quotes} == {"Daniel Reyes"}


def test_quotation_introduced_as_a_title_or_a_name_is_not_a_quote(run):
    fr = run("La ministre Claire Dubois a publié une vidéo intitulée « Construire la ville de demain » pour la presse.", "fr")
    en = run("Mayor Claire Dubois launched a campaign dubbed “Clean Streets for Everyone” on Monday.", "en")
    assert not fr.quotes and not en.quotes
    # The same words, said by someone, stay a quote.
    said = run("La ministre Claire Dubois a déclaré : « Construire la ville de demain prendra du temps. »", "fr")
    assert [q.text for q in said.quotes] == ["Construire la ville de demain prendra du temps."]


def test_title_cased_quotation_is_a_title_not_a_quote(run):
    result = run("Director Joe Cornish returns this week with “Return to the Castle Gate” and a new cast.", "en")
    assert not result.quotes
    said = run("“Thank you for coming tonight,” Mayor Claire Dubois said.", "en")
    assert [q.text for q in said.quotes] == ["Thank you for coming tonight,"]


def test_naming_word_before_a_colon_does_not_make_a_title(run):
    result = run("La militante Anne Leduc appelle à changer le mouvement : « Il faut tout reprendre depuis le début. »", "fr")
    assert any(q.text == "Il faut tout reprendre depuis le début." for q in result.quotes)


def test_unquoted_statement_around_a_parenthetical_incise_is_two_spans(run):
    result = run("Dr. Anna Berg treats patients in Halifax. The new pills have only a few approved uses, she says, and are mostly meant for short stays.", "en")
    assert quotes(result) == [
        ("indirect", "Anna Berg", "The new pills have only a few approved uses"),
        ("indirect", "Anna Berg", "and are mostly meant for short stays"),
    ]


def test_title_cased_headline_keeps_its_quotation(run):
    result = run("Senator Anne Leduc: Budget Plan Is ‘Dead On Arrival In The Senate’\n\nThe senator spoke on Monday.", "en")
    assert any(q.text.startswith("Dead On Arrival") for q in result.quotes)


_BODY = "\n\nMayor Lena Ortiz spoke to residents of Riverton on Monday about the repairs."


def test_headline_source_label_states_the_headline(run):
    result = run("Ortiz: The Bridge Will Reopen Before Winter." + _BODY, "en")
    (quote,) = result.quotes
    assert quote.text == "The Bridge Will Reopen Before Winter" and quote.cue == ":" and quote.speaker == "Lena Ortiz"


def test_headline_finding_document_is_a_source():
    from extractor.engines.offline import OfflineEngine
    from extractor.inputs import Document

    text = "Poll: Most Residents Want the Old Bridge Rebuilt." + _BODY
    (quote,) = OfflineEngine(language="en", scope="attributions").extract(Document(text=text)).quotes
    assert quote.text == "Most Residents Want the Old Bridge Rebuilt" and quote.cue == ":"


@pytest.mark.parametrize(
    "headline",
    [
        "Breaking: The Bridge Will Reopen Before Winter.",  # a kicker names no source
        "Ortiz and Hart: A Long Rivalry Over the Bridge Is Ending.",  # two parties: a topic
        "Ortiz: Will the Bridge Reopen Before Winter?",  # a question states nothing
    ],
)
def test_headline_label_that_is_no_source(run, headline):
    assert run(headline + _BODY, "en").quotes == []


def test_colon_in_a_first_sentence_is_no_headline_source(run):
    text = "The question was common for candidates to hear in October: what would they do about the bridge?" + _BODY
    assert all(q.cue != ":" for q in run(text, "en").quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The cue is past, the conjunct present: the reported words go on.
        ("Mayor Lena Ortiz said the closure is a reaction to the new rules, and she does not apologize for it.",
         "the closure is a reaction to the new rules, and she does not apologize for it"),
        # A second complementizer: a second content clause of the same report.
        ("Mayor Lena Ortiz said the repairs will take a year, but that the bridge will stay open to cyclists.",
         "the repairs will take a year, but that the bridge will stay open to cyclists"),
        # Narrative in the cue's tense stays out.
        ("Mayor Lena Ortiz said the plan failed, and then she left the room.", "the plan failed"),
    ],
)
def test_english_report_runs_over_a_coordinated_reported_clause(run, text, content):
    assert [q.text for q in run(text, "en").quotes] == [content]


def test_english_conjoined_report_with_its_own_cue_stays_separate(run):
    text = "Mayor Lena Ortiz said the plan failed, and adds that the bridge is closed."
    assert [q.text for q in run(text, "en").quotes] == ["the plan failed", "that the bridge is closed"]


def test_quotes_in_two_sentences_are_not_joined_as_one_interrupted_quote(run):
    # The second quotation starts in lower case, as an interrupted one resumes, but a sentence ends between them.
    text = '"This was a difficult decision," said Mary Brown, the company\'s chief executive. Union leader Tom Green called the cuts "a betrayal of workers."'
    found = quotes(run(text, "en"))
    assert ("direct", "Mary Brown", "This was a difficult decision,") in found
    assert any(t.endswith("a betrayal of workers.") and "Mary Brown" not in t for _, _, t in found)  # (the label with its object)


def test_interrupted_quote_after_a_titled_name_is_still_joined():
    from extractor.engines.offline import OfflineEngine
    from extractor.inputs import Document

    text = '"This is not about politics," said Dr. Ana Okafor, "it is about whether the wall holds."'
    (kind, speaker, quoted), = quotes(OfflineEngine(language="en", scope="attributions").extract(Document(text=text)))
    assert speaker == "Ana Okafor" and quoted.endswith("whether the wall holds.")


def test_reported_clause_ends_with_its_sentence(run):
    # spaCy runs this sentence on past "a.m.": the clause stops there.
    text = "According to a news release, officers were called to the home around 3 a.m. Investigators believe the victim knew the suspect."
    clause = next(t for kind, _, t in quotes(run(text, "en")) if kind == "indirect")
    assert clause.startswith("officers were called") and "Investigators" not in clause


def test_according_to_a_paper_that_quotes_someone_saying_names_the_speaker():
    from extractor import extract

    text = "Councillor Ana Lopez spoke at the hearing. According to the Daily Record, Lopez said the budget was a disgrace to the province."
    quotes = extract(text, language="en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the budget was a disgrace to the province", "Ana Lopez")]


def test_a_report_conjoined_after_a_source_phrase_is_its_own(run):
    en = run("According to the ministry, the target is met in most cases but Ortiz says that is not what the nurses see.", "en")
    assert [(q.speaker, q.text) for q in en.quotes] == [
        ("ministry", "the target is met in most cases"),
        ("Ortiz", "that is not what the nurses see"),
    ]


def test_a_clause_misread_before_the_verb_is_its_subject_not_its_content(run):
    en = run("Ottawa city councillor and cyclists advocate Dana Kirby told Metro News the rules around building a bike lane favour the car owner, not the cyclist.", "en")
    assert [(q.speaker, q.text) for q in en.quotes] == [("Dana Kirby", "the rules around building a bike lane favour the car owner, not the cyclist")]


def test_a_reporting_participle_after_a_comma_is_a_report_of_its_own(run):
    en = run("Mr. Barker said the lesson from farmers in this valley is that his movement urgently needs fresh faces, noting that it did win two new seats.", "en")
    assert [(q.speaker, q.text) for q in en.quotes] == [
        ("Barker", "the lesson from farmers in this valley is that his movement urgently needs fresh faces"),
        ("Barker", "that it did win two new seats"),
    ]


def test_a_naming_participle_stays_in_the_reported_clause(run):
    en = run('The spokesman said that Lee had "praised the city" during the opening of the new tower, calling it a "special place."', "en")
    assert len(en.quotes) == 1 and en.quotes[0].text.endswith('calling it a "special place.')


def test_institution_name_is_not_split_at_a_coordinated_complement(run):
    # « de la pêche et des ressources maritimes » continues the name's complement; two named
    # subjects joined by « et » stay two speakers.
    office = run("L'Office régional de la pêche et des ressources maritimes a annoncé que la saison était close.", "fr")
    assert office.quotes[0].speaker == "Office régional de la pêche et des ressources maritimes"
    joint = run("Le ministère de la Santé et l'Office régional de la pêche ont annoncé que les négociations reprendraient.", "fr")
    assert joint.quotes[0].speaker == "ministère de la Santé, Office régional de la pêche"
