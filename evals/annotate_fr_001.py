"""Build evals/gold/fr_001_valmont.json from evals/articles/fr_001_valmont.txt.

The article is fictional (written for this project, MIT like the rest of the repository: the
town, the firm and the people are invented). It exercises French forms the seed article does
not: an attribution inside the guillemets between two sentences (« …, a lancé X. … »), selon X
before the content, d'après with a conditional, pronoun speakers (Il, elle), a denial with
only a noun phrase for content, an anonymous source, and que-clauses after reconnaître/assurer.
Rerun after editing: ``.venv/bin/python evals/annotate_fr_001.py``.
"""

from __future__ import annotations

from pathlib import Path

from extractor.evaluation.annotate import GoldBuilder, write_gold

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "evals" / "articles" / "fr_001_valmont.txt"
OUT = REPO / "evals" / "gold" / "fr_001_valmont.json"


def builder() -> GoldBuilder:
    b = GoldBuilder(
        SOURCE.read_text(encoding="utf-8"),
        id="fr_001_valmont",
        language="fr",
        source="evals/articles/fr_001_valmont.txt",
        annotator="extractor maintainers (hand annotation, single annotator)",
        notes=[
            "Fictional article written for this gold set.",
            "La préfecture a ordonné … la fermeture: an act, not speech.",
            "a démenti toute pollution volontaire: the noun-phrase content of a denial, a quote (the content of a reporting construction, FR_GUIDELINES.md), evidence of claim c4.",
            "Les syndicats … craignent pour les 140 emplois: a feeling with a noun phrase, not a quote.",
        ],
    )
    b.speaker("riverains", "des riverains", kind="group", aliases=["riverains", "les riverains"])
    b.speaker("morvan", "Jean-Luc Morvan", kind="person", role="préfet", aliases=["Morvan", "le préfet"])
    b.speaker("direction", "la direction de Valmont Chimie", kind="organization",
              aliases=["direction de Valmont Chimie", "Valmont Chimie", "la direction"], mentions=["La direction de Valmont Chimie"])
    b.speaker("keller", "Olivier Keller", kind="person", role="directeur général de Valmont Chimie", aliases=["Keller"])
    b.speaker("lambert", "Sophie Lambert", kind="person", role="présidente de l’association Rivière vivante", aliases=["Lambert"])
    b.speaker("benali", "Nadia Benali", kind="person", role="maire", aliases=["Benali", "la maire"])
    b.speaker("source", "une source proche de l’enquête", kind="unnamed", aliases=["source proche de l’enquête", "une source"])
    b.speaker("duval", "Marc Duval", kind="person", role="délégué du personnel", aliases=["Duval"])

    rejets = b.quote("avoir rejeté des solvants dans la rivière pendant plusieurs mois", kind="indirect", speakers=["riverains"],
                     cue="accusée", mention="des riverains", note="passive accusation: accusée par X de …; the content after d’")
    constate = b.quote("Nous avons constaté des concentrations anormales à trois reprises", kind="direct", speakers=["morvan"],
                       cue="a déclaré", mention="Jean-Luc Morvan")
    fermee = b.quote("Tant que l’exploitant n’aura pas fourni d’explication, l’usine restera fermée.", kind="direct",
                     speakers=["morvan"], mention="Jean-Luc Morvan", note="second sentence after the attribution: its own quote")
    dement = b.quote("toute pollution volontaire", kind="indirect", speakers=["direction"], cue="a démenti",
                     mention="La direction de Valmont Chimie", note="a denial whose content is a noun phrase (like nier X)")
    compte = b.quote("ne tiennent pas compte", kind="mixed", speakers=["keller"], cue="Selon", mention="Olivier Keller", hedged=True,
                     note="partial quote inside content introduced by selon X")
    recours = b.quote("l’entreprise déposerait un recours devant le tribunal administratif", kind="indirect", speakers=["keller"],
                      cue="a ajouté", mention="Il", mention_after="par la commune. Il", note="pronoun speaker resolved to Keller")
    idiots = b.quote("On nous prend pour des idiots", kind="direct", speakers=["lambert"], cue="a lancé", mention="Sophie Lambert",
                     note="attribution inside the guillemets between two sentences: two quotes; the comma before the attribution is left out")
    alertons = b.quote("Cela fait deux ans que nous alertons la mairie.", kind="direct", speakers=["lambert"], mention="Sophie Lambert")
    signalements = b.quote("la commune avait reçu plusieurs signalements", kind="indirect", speakers=["benali"], cue="a reconnu",
                           mention="Nadia Benali")
    transmis = b.quote("ils avaient tous été transmis aux services de l’État", kind="indirect", speakers=["benali"], cue="a assuré",
                       mention="elle", mention_after="mais elle", note="pronoun speaker resolved to Benali")
    traces = b.quote("les premiers prélèvements auraient révélé des traces de trichloréthylène, un solvant interdit dans ce type d’installation",
                     kind="indirect", speakers=["source"], cue="D’après", mention="une source proche de l’enquête", hedged=True)
    emploi = b.quote("Personne ne veut travailler dans une usine qui pollue, mais personne ne veut non plus perdre son emploi",
                     kind="direct", speakers=["duval"], cue="résume", mention="Marc Duval")

    b.accused("Valmont Chimie", kind="organization", aliases=["l’usine Valmont Chimie", "Valmont", "l’usine", "l’exploitant", "l’entreprise"],
              accusers=["riverains"], accusation="avoir rejeté des solvants dans la rivière pendant plusieurs mois", evidence=[rejets],
              mentions=["l’usine Valmont Chimie", "Valmont Chimie", "l’exploitant"])

    b.claim("Valmont Chimie a rejeté des solvants dans la rivière pendant plusieurs mois.", claimants=["riverains"], kind="accusation",
            evidence=[rejets], about=["Valmont Chimie"])
    b.claim("Des concentrations anormales ont été constatées à trois reprises.", claimants=["morvan"], kind="factual_assertion",
            evidence=[constate])
    b.claim("L’usine restera fermée tant que l’exploitant n’aura pas fourni d’explication.", claimants=["morvan"], kind="prediction",
            evidence=[fermee])
    b.claim("Valmont Chimie n’a pas pollué volontairement.", claimants=["direction"], kind="denial", evidence=[dement],
            alternatives=["La direction de Valmont Chimie dément toute pollution volontaire."])
    b.claim("Les analyses de la préfecture ne tiennent pas compte des travaux menés en amont par la commune.", claimants=["keller"],
            kind="factual_assertion", hedged=True, evidence=[compte])
    b.claim("L’entreprise déposera un recours devant le tribunal administratif.", claimants=["keller"], kind="prediction", evidence=[recours])
    b.claim("Les riverains alertent la mairie depuis deux ans sans être pris au sérieux.", claimants=["lambert"], kind="opinion",
            evidence=[idiots, alertons])
    b.claim("La commune a reçu plusieurs signalements et les a tous transmis aux services de l’État.", claimants=["benali"],
            kind="factual_assertion", evidence=[signalements, transmis])
    b.claim("Les premiers prélèvements auraient révélé des traces de trichloréthylène, un solvant interdit.", claimants=["source"],
            kind="factual_assertion", hedged=True, evidence=[traces])
    b.claim("Personne ne veut travailler dans une usine qui pollue ni perdre son emploi.", claimants=["duval"], kind="opinion",
            evidence=[emploi])
    return b


if __name__ == "__main__":
    write_gold(builder(), OUT)
