"""Build evals/gold/seed_000_3c0465c333d813dd.json: the seed article annotated by hand.

The annotation decisions are written out below, item by item; offsets are computed here with
str.find (never typed by hand) and checked (`text == article[start:end]`) before writing.
Rerun after editing: ``.venv/bin/python evals/annotate_seed.py``. Guidelines: evals/README.md.
"""

from __future__ import annotations

from pathlib import Path

from extractor.evaluation.annotate import GoldBuilder, write_gold

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_3c0465c333d813dd.txt"
OUT = REPO / "evals" / "gold" / "seed_000_3c0465c333d813dd.json"
ARTICLE = SEED.read_text(encoding="utf-8")


# --- speakers: everyone who is quoted, accuses or claims ------------------------------------
SPEAKERS = [
    ("canada", "le Canada", "government", None,
     ["Canada", "le gouvernement fédéral", "gouvernement fédéral", "le gouvernement canadien", "gouvernement du Canada", "Ottawa"],
     ["Le Canada", "le Canada", "le gouvernement fédéral"]),
    ("usa", "les États-Unis", "government", None,
     ["États-Unis", "Les États-Unis", "Washington", "le gouvernement américain", "l’administration américaine", "la Maison-Blanche", "United States"],
     ["États-Unis", "Washington"]),
    ("eu", "l’Union européenne", "organization", None, ["Union européenne", "UE", "l’UE", "European Union"], ["l’Union européenne"]),
    ("uk", "la Grande-Bretagne", "government", None,
     ["Grande-Bretagne", "Royaume-Uni", "le Royaume-Uni", "Londres", "le gouvernement britannique", "United Kingdom"],
     ["la Grande-Bretagne", "Londres"]),
    ("nato", "l’OTAN", "organization", None,
     ["OTAN", "l’alliance transatlantique", "alliance transatlantique", "NATO"], ["l’OTAN", "l’alliance transatlantique"]),
    ("garneau", "Marc Garneau", "person", "ministre des Affaires étrangères", ["Garneau"], ["Marc Garneau"]),
    ("blair", "Bill Blair", "person", "ministre de la Sécurité publique", ["Blair"], ["Bill Blair"]),
    ("sajjan", "Harjit Sajjan", "person", "ministre de la Défense", ["Sajjan"], ["Harjit Sajjan"]),
    ("biden", "Joe Biden", "person", "président des États-Unis", ["Biden", "le président Joe Biden"], ["Joe Biden"]),
    ("raab", "Dominic Raab", "person", "chef de la diplomatie britannique", ["Raab"], ["Dominic Raab"]),
    ("experts", "les experts", "group", None, ["experts"], ["les experts"]),
    ("doj", "la justice américaine", "government", None,
     ["justice américaine", "le département de la Justice", "département américain de la Justice", "Department of Justice"],
     ["La justice américaine"]),
    ("coalition", "la coalition", "group", None, ["coalition", "les alliés", "alliés"], ["La coalition"]),
    # The article never names him (in July 2021: Merrick Garland); the alias is world knowledge,
    # accepted but never expected.
    ("attorney_general", "le secrétaire américain à la Justice", "person", "secrétaire américain à la Justice",
     ["secrétaire américain à la Justice", "Merrick Garland"], ["le secrétaire américain à la Justice"]),
]
MINISTERS = ["garneau", "blair", "sajjan"]
ALLIES = ["usa", "eu", "uk", "nato", "canada"]

# --- quotes, in article order ---------------------------------------------------------------
# (quote text, anchor or None, kind, speakers, cue, cue anchor, speaker mention, mention anchor, hedged, note)
QUOTES = [
    ("malveillantes", None, "mixed", ["canada"], "condamner", None, "Le Canada", None, False,
     "partial quote inside the reported condemnation"),
    ("environ 400 000 serveurs dans le monde ont été compromis avant que l’attaque en ligne et les vulnérabilités des serveurs ne soient révélées, en mars dernier",
     None, "indirect", ["canada"], "estime", None, "le gouvernement fédéral", None, False,
     "content clause of estimer, from after qu’ to before the final period"),
    ("de manière responsable", None, "mixed", ALLIES, "appelé", None, None, None, False,
     "joint call by five allies (separate communiqués, same call): all five are speakers"),
    ("Cette activité a mis en péril plusieurs milliers d’organisations canadiennes, un risque qui persiste dans certains cas, même si des correctifs ont été apportés par Microsoft",
     None, "direct", MINISTERS, "précisent", None, None, None, False, "joint statement of three ministers"),
    ("Le Canada est convaincu que le ministère [chinois] de la Sécurité de l’État est responsable de la compromission généralisée des serveurs Microsoft Exchange.",
     None, "direct", MINISTERS, None, None, None, None, False,
     "second quote of the same communiqué; the period is inside the guillemets"),
    ("protéger", None, "mixed", ["biden"], "accusé", None, "Joe Biden", None, False, "partial quote"),
    ("donner des moyens d’agir", None, "mixed", ["biden"], "accusé", None, "Joe Biden", None, False, "second partial quote of the same sentence"),
    ("Le gouvernement chinois doit mettre un terme à son cybersabotage systématique et doit être tenu responsable s’il ne le fait pas",
     None, "direct", ["raab"], "a dit", None, "Dominic Raab", None, False, None),
    ("pris acte", None, "mixed", ["nato"], None, None, "l’OTAN", "Dans un communiqué plus prudent", False,
     "the quoted words are the reporting phrase itself"),
    ("Nous appelons tous les États, dont la Chine, à respecter leurs obligations et leurs engagements internationaux […] y compris dans le cyberespace",
     None, "direct", ["nato"], "a ajouté", None, "l’alliance transatlantique", None, False, "the editorial cut […] is inside the quote"),
    ("ce qui, selon les experts, en limite la portée", None, "indirect", ["experts"], "selon", "ce qui, selon", "les experts", None, True,
     "selon X interrupts the content: one span with two fragments"),
    ("fait appel à des pirates informatiques criminels", None, "mixed", ["usa"], "D’après", None, "Washington", None, True, "partial quote under d’après"),
    ("agents du ministère de la Sécurité d’État", None, "mixed", ["doj"], "révélé", None, "La justice américaine", None, False, "partial quote"),
    ("s’être introduits dans les systèmes d’entreprises, d’universités et du gouvernement entre 2011 et 2018 pour voler des données ou des technologies",
     None, "indirect", ["doj"], "accusés", None, "La justice américaine", None, False,
     "content of the indictment (accusés de …); the accuser is the subject of the sentence"),
    ("depuis le territoire chinois avec pour objectif le vol de secrets ou l’espionnage", None, "mixed", ["coalition"], "dénoncé", None,
     "La coalition", None, True, "partial quote in a hedged clause (aurait mené)"),
    ("Les informations volées dans de nombreux pays, dont l’Allemagne ou l’Indonésie, portaient notamment sur des véhicules autonomes, des formules chimiques ou des technologies de séquençage génétique",
     None, "indirect", ["attorney_general"], "selon", "séquençage génétique, selon", "le secrétaire américain à la Justice", None, True,
     "selon X at the end: the span stops before the comma"),
]
FRAGMENTS = {11: ["ce qui", "en limite la portée"]}  # 1-based quote number

# --- accused parties ------------------------------------------------------------------------
ACCUSED = [
    ("la Chine", "government",
     ["Chine", "Pékin", "le gouvernement chinois", "gouvernement chinois", "les autorités chinoises", "autorités chinoises", "Beijing", "China"],
     ["canada", "usa", "biden", "raab"], "cyberactivités « malveillantes »; protéger les auteurs de cyberattaques; cybersabotage systématique; fait appel à des pirates informatiques criminels",
     [1, 6, 7, 8, 12], ["Pékin", "la Chine", "Le gouvernement chinois", "le gouvernement chinois", "les autorités chinoises"]),
    ("le ministère de la Sécurité de l’État", "government",
     ["ministère [chinois] de la Sécurité de l’État", "ministère chinois de la Sécurité de l’État", "ministère de la Sécurité d’État", "MSS", "Ministry of State Security"],
     MINISTERS, "responsable de la compromission généralisée des serveurs Microsoft Exchange", [5],
     ["ministère [chinois] de la Sécurité de l’État"]),
    ("APT40", "group", ["APT 40"], ["coalition"], "aurait mené des attaques « depuis le territoire chinois avec pour objectif le vol de secrets ou l’espionnage »", [15], ["APT40"]),
    ("APT31", "group", ["APT 31"], ["coalition"], "aurait mené des attaques « depuis le territoire chinois avec pour objectif le vol de secrets ou l’espionnage »", [15], ["APT31"]),
    ("quatre pirates chinois", "group",
     ["les quatre pirates chinois", "pirates chinois", "quatre hackers chinois", "four Chinese hackers"],
     ["doj"], "s’être introduits dans les systèmes d’entreprises, d’universités et du gouvernement entre 2011 et 2018 pour voler des données ou des technologies",
     [13, 14], ["quatre pirates chinois"]),
]

# --- claims -----------------------------------------------------------------------------------
CLAIMS = [
    (["canada"], "Les cyberactivités de Pékin sont malveillantes.", "accusation", False, [1], ["la Chine"]),
    (["canada"], "Environ 400 000 serveurs dans le monde ont été compromis avant que l’attaque et les vulnérabilités ne soient révélées en mars.",
     "factual_assertion", False, [2], []),
    (ALLIES, "La Chine doit agir de manière responsable dans le cyberespace.", "call_to_action", False, [3], ["la Chine"]),
    (MINISTERS, "Cette activité a mis en péril plusieurs milliers d’organisations canadiennes, un risque qui persiste dans certains cas.",
     "factual_assertion", False, [4], []),
    (MINISTERS, "Le ministère chinois de la Sécurité de l’État est responsable de la compromission généralisée des serveurs Microsoft Exchange.",
     "accusation", False, [5], ["le ministère de la Sécurité de l’État"]),
    (["biden"], "Les autorités chinoises protègent les auteurs de cyberattaques et leur donnent des moyens d’agir.", "accusation", False, [6, 7], ["la Chine"]),
    (["raab"], "Le gouvernement chinois doit mettre un terme à son cybersabotage systématique et être tenu responsable s’il ne le fait pas.",
     "call_to_action", False, [8], ["la Chine"]),
    (["nato"], "L’OTAN a pris acte des déclarations de ses membres sur la Chine.", "other", False, [9], []),
    (["nato"], "Tous les États, dont la Chine, doivent respecter leurs obligations et engagements internationaux, y compris dans le cyberespace.",
     "call_to_action", False, [10], ["la Chine"]),
    (["experts"], "L’absence de sanctions ou de représailles limite la portée de la condamnation.", "opinion", True, [11], []),
    (["usa"], "Le gouvernement chinois fait appel à des pirates informatiques criminels pour mener des attaques dans le monde entier.",
     "accusation", True, [12], ["la Chine"]),
    (["doj"], "Quatre pirates chinois, dont trois agents du ministère de la Sécurité d’État, se sont introduits dans les systèmes d’entreprises, d’universités et du gouvernement entre 2011 et 2018 pour voler des données ou des technologies.",
     "accusation", False, [13, 14], ["quatre pirates chinois"]),
    (["coalition"], "Le groupe APT40/APT31 a mené des attaques depuis le territoire chinois pour voler des secrets ou espionner.",
     "accusation", True, [15], ["APT40", "APT31"]),
    (["attorney_general"], "Les informations volées portaient sur des véhicules autonomes, des formules chimiques et des technologies de séquençage génétique.",
     "factual_assertion", True, [16], []),
]


def builder() -> GoldBuilder:
    b = GoldBuilder(
        ARTICLE,
        id="000_3c0465c333d813dd",
        language="fr",
        source="seeds/000_3c0465c333d813dd.txt",
        annotator="extractor maintainers (hand annotation, single annotator)",
        notes=[
            "« Exchange » (a product name in guillemets) is not a quote.",
            "Journalist's own statements (Il s’agit de la plus large condamnation…) are not quotes.",
            "Londres a affiché la même fermeté: a stance, not speech; Raab's quote that follows is the quote.",
        ],
    )
    for key, name, kind, role, aliases, forms in SPEAKERS:
        b.speaker(key, name, kind=kind, role=role, aliases=aliases, mentions=forms)
    for i, (text, anchor, kind, who, cue, cue_anchor, mention, mention_anchor, hedged, note) in enumerate(QUOTES, 1):
        b.quote(text, after=anchor, kind=kind, speakers=who, cue=cue, cue_after=cue_anchor, mention=mention,
                mention_after=mention_anchor, hedged=hedged, fragments=FRAGMENTS.get(i, ()), note=note)
    for name, kind, aliases, who, accusation, evidence, forms in ACCUSED:
        b.accused(name, kind=kind, aliases=aliases, accusers=who, accusation=accusation, evidence=[f"q{n}" for n in evidence], mentions=forms)
    for who, text, kind, hedged, evidence, about in CLAIMS:
        b.claim(text, claimants=who, kind=kind, hedged=hedged, evidence=[f"q{n}" for n in evidence], about=about)
    return b


if __name__ == "__main__":
    write_gold(builder(), OUT)
