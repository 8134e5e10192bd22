"""French speakers the parse leaves wrong or missing: a verb hung on its subject, a passive
agent as the topic of the next « il », an inverted clitic continuing an unnamed source, a date
hung on a speaker's name; made-up sentences."""

from __future__ import annotations


def quote_starting(result, start: str):
    return next(q for q in result.quotes if q.text.startswith(start))


def test_finite_verb_the_parse_hangs_on_its_subject_has_that_subject(run):
    text = (
        "Le Parisien a révélé l'affaire lundi. L'Hebdo libéré de ce mercredi ajoute par ailleurs que, tandis que "
        "le ministre cumulait deux emplois, le couple a « carrément menti aux services »."
    )
    quote = quote_starting(run(text, "fr"), "tandis que le ministre")
    assert quote.speaker == "Hebdo"
    assert "ajoute" not in (quote.speaker_span.text if quote.speaker_span else "")


def test_passive_agent_is_what_the_next_pronoun_stands_for(run):
    text = (
        "Le président Marc Dupont a signé un décret sur l'immigration. Il l'a présenté lundi. "
        "La nouvelle version du décret du président Marc Dupont vient d'être bloquée aujourd'hui par le juge fédéral "
        "Tadeo Quarmby de l'État de Bahia. Il estime que le décret comprend « des preuves significatives de discrimination »."
    )
    assert quote_starting(run(text, "fr"), "le décret comprend").speaker == "Tadeo Quarmby"


def test_inverted_clitic_continues_the_unnamed_source_before_it(run):
    text = (
        "« Le suspect était armé » , selon une enquêtrice. "
        "Les premiers aveux du suspect « ne tenaient pas debout » , précise-t-elle."
    )
    assert quote_starting(run(text, "fr"), "Les premiers aveux").speaker == "enquêtrice"


def test_pronoun_of_the_other_gender_does_not_continue_the_unnamed_source(run):
    text = (
        "« Le suspect était armé » , a déclaré une source proche du dossier. "
        "Les premiers aveux du suspect « ne tenaient pas debout » , précise-t-il."
    )
    assert quote_starting(run(text, "fr"), "Les premiers aveux").speaker is None


def test_date_hung_on_a_speaker_name_is_left_out(run):
    text = "Le Monde du 3 mars ajoute par ailleurs que le couple a menti aux enquêteurs."
    assert quote_starting(run(text, "fr"), "le couple a menti").speaker == "Monde"
