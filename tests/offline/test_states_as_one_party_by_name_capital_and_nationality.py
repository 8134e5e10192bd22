"""Every state of the lexicons is one party whatever the article calls it:
its name (with its article, elided or plural), its capital standing for its government,
and, for an accused party, a state word with its nationality adjective in any gender and number
(sentences written for these tests)."""

from __future__ import annotations

import pytest


def speakers_of(result, state):
    return [s for s in result.speakers if state in s.aliases]


@pytest.mark.parametrize(
    ("text", "language", "state", "capital"),
    [
        (
            "Le Mali a accusé mardi l'Algérie d'avoir armé des rebelles dans le nord du pays. "
            "Bamako a affirmé que les preuves étaient nombreuses.",
            "fr",
            "Mali",
            "Bamako",
        ),
        (
            "L'Ouganda a démenti mardi avoir déployé des troupes. "
            "Kampala a précisé que les soldats étaient restés au camp.",
            "fr",
            "Ouganda",
            "Kampala",
        ),
        (
            "Les Philippines accusent Pékin de harceler leurs pêcheurs. "
            "Manille a affirmé que trois navires avaient été visés.",
            "fr",
            "Philippines",
            "Manille",
        ),
        (
            "La Colombie accuse le Venezuela d'abriter des guérilleros. "
            "Bogota a ajouté que des camps avaient été repérés.",
            "fr",
            "Colombie",
            "Bogota",
        ),
        (
            "L'Éthiopie accuse l'Érythrée d'avoir massé des troupes. "
            "Addis-Abeba a affirmé que des chars avaient franchi la frontière.",
            "fr",
            "Éthiopie",
            "Addis-Abeba",
        ),
        (
            "Mali accused Algeria on Tuesday of arming rebels in the north. Bamako said the evidence was overwhelming.",
            "en",
            "Mali",
            "Bamako",
        ),
        (
            "The Philippines accuses Beijing of harassing its fishermen. Manila said three vessels had been targeted.",
            "en",
            "Philippines",
            "Manila",
        ),
        (
            "The United Arab Emirates denied supplying weapons to the militia. Abu Dhabi said the allegations were baseless.",
            "en",
            "United Arab Emirates",
            "Abu Dhabi",
        ),
    ],
)
def test_a_state_and_its_capital_are_one_speaker(run, text, language, state, capital):
    speakers = speakers_of(run(text, language), state)
    assert [s.name for s in speakers] == [state]
    assert capital in speakers[0].aliases


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Le Sénégal accuse les autorités gambiennes d'avoir fermé la frontière sans prévenir.", "fr", "Gambie"),
        ("Le Nigeria accuse le gouvernement nigérien d'avoir expulsé des commerçants.", "fr", "Niger"),
        ("La police accuse les autorités mongoles d'avoir retardé l'enquête.", "fr", "Mongolie"),
        ("Senegal accuses Gambian authorities of closing the border without warning.", "en", "Gambia"),
    ],
)
def test_a_state_word_with_a_nationality_accuses_the_state(run, text, language, state):
    assert [a.name for a in run(text, language).accused] == [state]


@pytest.mark.parametrize(
    ("text", "language", "state", "capital"),
    [
        (
            "Le gouvernement kényan accuse Kampala d'avoir saisi des bateaux de pêche. "
            "L'Ouganda a rejeté ces accusations.",
            "fr",
            "Ouganda",
            "Kampala",
        ),
        (
            "The Kenyan government accuses Kampala of seizing fishing boats. Uganda rejected the accusations.",
            "en",
            "Uganda",
            "Kampala",
        ),
    ],
)
def test_an_accused_capital_is_the_state_the_article_names(run, text, language, state, capital):
    accused = run(text, language).accused
    assert [a.name for a in accused] == [state]
    assert capital in accused[0].aliases


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a first name that is also a country's name stays the person's
        (
            "Le jeune footballeur Salvador Ruiz a marqué deux buts. Salvador a déclaré qu'il était heureux.",
            "fr",
            "Salvador Ruiz",
        ),
        # a capital that is also a town of another country, named by its office
        ("Le maire de Vienne, en Isère, a annoncé que le pont serait rénové.", "fr", "maire de Vienne"),
        ("The mayor of Tripoli, Lebanon, said the port would reopen.", "en", "mayor of Tripoli"),
    ],
)
def test_a_name_shared_with_a_state_keeps_its_own_speaker(run, text, language, speaker):
    assert [q.speaker for q in run(text, language).quotes] == [speaker]


def test_another_name_of_a_state_keeps_the_name_the_article_writes(run):
    # (« Myanmar » is not one of the forms of « Birmanie »: a speaker is named as the article names it)
    text = "Le Myanmar a démenti jeudi toute répression. Le gouvernement birman a affirmé que l'armée était restée dans ses casernes."
    assert [q.speaker for q in run(text, "fr").quotes][:1] == ["Myanmar"]
