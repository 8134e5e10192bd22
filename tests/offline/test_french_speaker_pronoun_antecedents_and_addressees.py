"""French speakers: which person an il/elle of a speech verb stands for
(a name closing a title subject, a fronted source, a fronted participle clause, the gender an
apposed noun tells) and the addressee of a speech verb (invented sentences)."""

from __future__ import annotations


def speakers(result):
    return [q.speaker for q in result.quotes]


def test_name_closing_a_title_subject_is_what_the_pronoun_takes_up(run):
    # The parse hangs the name on the last noun of the title's complements; the name in the
    # subordinate clause is not the sentence's subject.
    text = (
        "L'ex-député aux élections régionales du parti vert Marc Vidal a déclaré mardi qu'il ne briguerait rien "
        "dans le cas où Paul Girard se retirerait.\n\n« Je ne suis pas une roue de secours », a-t-il affirmé."
    )
    assert speakers(run(text, "fr")) == ["Marc Vidal", "Marc Vidal"], speakers(run(text, "fr"))
    text = (
        "L'ancienne présidente de la fédération des clubs Anne Roux a indiqué qu'elle ne soutiendrait pas "
        "la réforme si Claire Dumont la défendait. « Ce texte est mauvais », a-t-elle déclaré."
    )
    assert speakers(run(text, "fr")) == ["Anne Roux", "Anne Roux"], speakers(run(text, "fr"))


def test_fronted_source_is_what_the_next_pronoun_takes_up(run):
    # « Pour / Selon / D'après X, Y … »: the sentence is X's view; the next speech verb's il/elle
    # goes on with X, not with the subject Y of that view.
    text = "Pour Marc Vidal, Paul Girard a trahi ses électeurs. Il estime que le parti « doit présenter des excuses »."
    assert speakers(run(text, "fr")) == ["Marc Vidal", "Marc Vidal"], speakers(run(text, "fr"))
    text = "Selon Hugo Petit, Louis Martin a quitté la réunion avant le vote. « Il n'a pas supporté la critique », a-t-il raconté."
    assert speakers(run(text, "fr")) == ["Hugo Petit", "Hugo Petit"], speakers(run(text, "fr"))
    text = "D'après la syndicaliste Anne Roux, Claire Dumont a menti aux salariés. Elle ajoute que « la direction savait tout depuis mars »."
    assert speakers(run(text, "fr")) == ["Anne Roux", "Anne Roux"], speakers(run(text, "fr"))


def test_name_inside_a_fronted_participle_clause_is_not_the_pronoun(run):
    # « Questionnée sur …, elle répond »: the participle's understood subject is the pronoun, so a
    # name inside it is not what the pronoun stands for (also when the tagger reads the
    # participle as a noun, or the parse calls « il » an expletive).
    text = (
        "La patronne du club, Anne Roux, a parlé à la presse. Questionnée sur les critiques formulées "
        "par Claire Dumont, elle répond que « le budget sera tenu »."
    )
    assert speakers(run(text, "fr")) == ["Anne Roux"], speakers(run(text, "fr"))
    text = (
        "Le club a perdu samedi. Son entraîneur, Marc Vidal, a quitté la salle sans un mot. Interrogé sur les "
        "nombreux tirs arrêtés par Paul Girard, il juge que malgré ses arrêts, « notre attaque a manqué de rigueur »."
    )
    assert speakers(run(text, "fr")) == ["Marc Vidal"], speakers(run(text, "fr"))


def test_apposed_nationality_or_title_tells_the_gender_of_the_name(run):
    # The subject « Le Kényan Daniel Kiprop » is masculine by its noun's article: he is the
    # main-clause subject the « il » takes up, not the man named in the relative clause.
    text = (
        "Kwame Asante a remporté la course. Il a battu le record du stade.\n\n"
        "Le Kényan Daniel Kiprop, qui courait entre Asante et Owusu, termine en quatrième place. "
        "« J'ai raté mon départ », a-t-il confié."
    )
    assert speakers(run(text, "fr")) == ["Daniel Kiprop"], speakers(run(text, "fr"))
    text = (
        "Nadia Comaneci a gagné le concours. Elle a obtenu la note maximale.\n\n"
        "La Roumaine Ioana Popescu, qui passait après Comaneci, a terminé deuxième. « J'ai tremblé sur la poutre », a-t-elle reconnu."
    )
    assert speakers(run(text, "fr")) == ["Ioana Popescu"], speakers(run(text, "fr"))


def test_person_told_is_no_second_speaker(run):
    # « a confié X à Y »: Y is the addressee of the speech verb; joint speakers are coordinated.
    text = "« Le cinéma d'auteur se meurt », confiait Paul Girard à Marc Vidal, critique au Figaro."
    assert speakers(run(text, "fr")) == ["Paul Girard"], speakers(run(text, "fr"))
    text = "« Nous allons fermer l'usine », a annoncé la directrice Anne Roux à Claire Dumont, déléguée du personnel."
    assert speakers(run(text, "fr")) == ["Anne Roux"], speakers(run(text, "fr"))
    text = "« Je n'ai jamais aimé les plateaux de télévision », avouait la romancière Claire Dumont à Louis Martin, animateur sur France Inter."
    assert speakers(run(text, "fr")) == ["Claire Dumont"], speakers(run(text, "fr"))
