"""French source phrases (« selon X », « d'après X »): a past participle that describes the
source (« selon un sondage, réalisé du … au …, Z ») is set off with it and stays out of the
statement (made-up sentences)."""

from __future__ import annotations


def indirect(result):
    return [q for q in result.quotes if q.kind in ("indirect", "mixed")]


def test_participle_describing_the_source_is_left_out(run):
    result = run("Selon un sondage de l'institut Ifop, réalisé du 2 au 5 mars, 60 % des Français soutiennent la réforme.", "fr")
    quote = indirect(result)[0]
    assert quote.text == "60 % des Français soutiennent la réforme" and quote.speaker == "sondage de l'institut Ifop"


def test_participle_with_a_date_describing_the_source_is_left_out(run):
    result = run("Selon une enquête du journal, publiée lundi, le ministre aurait menti aux députés.", "fr")
    assert indirect(result)[0].text == "le ministre aurait menti aux députés"
