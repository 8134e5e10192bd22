"""French reports of wire copy (made-up sentences): what a source tells as a noun phrase
(« racontent des nuits sans sommeil »), who was told kept out of the content (« a raconté à la
presse avoir … »), a source described by a participle before its view (« Pour les habitants
réunis en collectif, … »), and a source named after the content (« …, ont dénoncé lundi des
élus », « …, a fait connaître le parquet »)."""

from __future__ import annotations


def reported(result):
    return [(q.text, q.speaker) for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_a_told_noun_phrase_is_the_content(run):
    result = run("Les riverains racontent des nuits sans sommeil.", "fr")
    assert reported(result) == [("des nuits sans sommeil", "riverains")]


def test_who_was_told_is_not_part_of_the_content(run):
    result = run("Une voisine a raconté à la presse avoir entendu des cris pendant la nuit.", "fr")
    assert [text for text, _ in reported(result)] == ["avoir entendu des cris pendant la nuit"]
    result = run("La maire a annoncé à la presse la fermeture de l'école.", "fr")
    assert [text for text, _ in reported(result)] == ["la fermeture de l'école"]


def test_who_is_asked_belongs_to_the_demand(run):
    assert [text for text, _ in reported(run("Le syndicat appelle à la grève.", "fr"))] == ["la grève"]
    result = run("Le maire a demandé aux habitants de limiter leurs trajets.", "fr")
    assert [text for text, _ in reported(result)] == ["aux habitants de limiter leurs trajets"]


def test_a_source_described_by_a_participle_gives_its_view(run):
    result = run("Pour les habitants du hameau réunis en association, la route est « dangereuse » depuis des années.", "fr")
    assert reported(result) == [("la route est « dangereuse » depuis des années", "habitants du hameau réunis en association")]


def test_a_purpose_or_an_undescribed_group_after_pour_is_no_source(run):
    assert reported(run("Pour faire face à la crise, le gouvernement a débloqué deux milliards d'euros.", "fr")) == []
    assert reported(run("Pour les élèves inscrits en terminale, le calendrier des examens change cette année.", "fr")) == []


def test_an_indefinite_plural_source_after_the_content(run):
    result = run("La société Transalp a licencié quelque 300 chauffeurs, ont dénoncé lundi des syndicalistes.", "fr")
    assert reported(result) == [("La société Transalp a licencié quelque 300 chauffeurs", "syndicalistes")]


def test_faire_connaitre_reports_the_content(run):
    result = run("Trois salariés ont été blessés vendredi lors d'une explosion, a fait connaître lundi le parquet de Lyon.", "fr")
    assert reported(result) == [("Trois salariés ont été blessés vendredi lors d'une explosion", "parquet de Lyon")]
    assert reported(run("Ce film l'a fait connaître du grand public.", "fr")) == []
