"""Build evals/gold/en_001_port_alder.json from evals/articles/en_001_port_alder.txt.

The article is fictional (written for this project, MIT like the rest of the repository: the
town, the people and the events are invented), so it may live here. It exercises what the
seed article does not: English typography (curly and straight quotes, the comma inside the
closing quote), a quote interrupted mid-sentence by its attribution, pronoun speakers, an
anonymous source, a denial, and blame. Rerun after editing: ``.venv/bin/python evals/annotate_en_001.py``.
"""

from __future__ import annotations

from pathlib import Path

from extractor.evaluation.annotate import GoldBuilder, write_gold

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "evals" / "articles" / "en_001_port_alder.txt"
OUT = REPO / "evals" / "gold" / "en_001_port_alder.json"


def builder() -> GoldBuilder:
    b = GoldBuilder(
        SOURCE.read_text(encoding="utf-8"),
        id="en_001_port_alder",
        language="en",
        source="evals/articles/en_001_port_alder.txt",
        annotator="extractor maintainers (hand annotation, single annotator)",
        notes=[
            "Fictional article written for this gold set.",
            "Brightwater denied the allegations: a denial without content of its own; Reyes's quotes carry it (claim c7).",
            "Residents were less interested in the blame: the journalist's voice, not a quote.",
        ],
    )
    b.speaker("council", "the city council", kind="government", aliases=["city council", "the council", "Port Alder council", "Port Alder city council"],
              mentions=["The city council", "The council"])
    b.speaker("marsh", "Elena Marsh", kind="person", role="mayor", aliases=["Marsh", "Mayor Elena Marsh", "Mayor Marsh"], mentions=["Elena Marsh", "Marsh"])
    b.speaker("okafor", "Tom Okafor", kind="person", role="councillor", aliases=["Okafor"], mentions=["Tom Okafor", "Okafor"])
    b.speaker("nair", "Priya Nair", kind="person", role="councillor", aliases=["Nair"])
    b.speaker("reyes", "Daniel Reyes", kind="person", role="chief executive of Brightwater Construction", aliases=["Reyes"])
    b.speaker("engineer", "a senior engineer at the provincial transport ministry", kind="unnamed",
              role="senior engineer at the provincial transport ministry", aliases=["senior engineer", "a senior engineer"])
    b.speaker("mendes", "Carla Mendes", kind="person", aliases=["Mendes"])
    b.speaker("province", "the provincial government", kind="government", aliases=["provincial government", "the province"],
              mentions=["The provincial government"])
    b.speaker("adeyemi", "Ruth Adeyemi", kind="person", role="finance director of the city", aliases=["Adeyemi"])

    cut = b.quote("cutting corners on the harbour wall that partly collapsed during last month’s storm", kind="indirect",
                  speakers=["council"], cue="accused", mention="The city council", note="infinitive complement of accused X of")
    pay = b.quote("it would withhold the final payment until an independent review is complete", kind="indirect",
                  speakers=["council"], cue="said", cue_after="and said", mention="The city council", note="second verb of the same subject")
    disappointing = b.quote("deeply disappointing", kind="mixed", speakers=["council"], cue="called", mention="The council",
                            note="partial quote; the full stop is outside the closing quote mark")
    paid = b.quote("We paid for a wall that would last fifty years, and it did not last five,", kind="direct", speakers=["marsh"],
                   cue="told", mention="Elena Marsh", note="the comma inside the closing mark stays in (punctuation inside the marks)")
    answer = b.quote("Someone has to answer for that.", kind="direct", speakers=["marsh"], cue="told", mention="Elena Marsh",
                     note="a sentence of its own after the attribution: a second quote")
    warnings = b.quote("the contractor had ignored two engineering warnings in 2021 and had used cheaper concrete than the contract specified",
                       kind="indirect", speakers=["okafor", "nair"], cue="said", cue_after="Priya Nair said",
                       note="joint statement: both councillors")
    # News annotation counts the two parts of a quotation interrupted by its attribution as two
    # quotes (GGT's annotators do, and the French guidelines say so: « …, a-t-il dit, … » = two spans).
    politics = b.quote("This is not about politics,", kind="direct", speakers=["okafor"],
                       cue="said", cue_after="Okafor said", mention="Okafor", mention_after="Okafor said",
                       note="one sentence interrupted by its attribution: two quotes, this is the first part")
    wall = b.quote("it is about whether the wall holds.", kind="direct", speakers=["okafor"],
                   cue="said", cue_after="Okafor said", mention="Okafor", mention_after="Okafor said",
                   note="the second part of the interrupted sentence")
    standard = b.quote("The wall was built to the standard the city approved,", kind="direct", speakers=["reyes"], cue="said",
                       cue_after="approved,\" said", mention="Daniel Reyes", mention_after="approved,\" said",
                       note="straight double quotes")
    storm = b.quote("The storm was the strongest on record, and no wall of that design would have survived it.", kind="direct",
                    speakers=["reyes"], mention="Daniel Reyes")
    cooperate = b.quote("the company would cooperate with any review", kind="indirect", speakers=["reyes"], cue="added",
                        mention="He", mention_after="survived it.\" He", note="pronoun speaker resolved to Reyes")
    samples = b.quote("well below specification.", kind="mixed", speakers=["engineer"], cue="According to",
                      mention="a senior engineer", hedged=True, note="anonymous source; the quoted fragment is the quote")
    blamed = b.quote("approving the design without a second opinion", kind="indirect", speakers=["marsh"], cue="blamed",
                     mention="Marsh", mention_after="Marsh blamed")
    signed = b.quote("They signed off on it in a single afternoon,", kind="direct", speakers=["marsh"], cue="said",
                     cue_after="afternoon,” she said", mention="she", mention_after="afternoon,” she", note="pronoun speaker")
    boat = b.quote("I just want to know if my boat is safe,", kind="direct", speakers=["mendes"], cue="said", cue_after="safe,” said",
                   mention="Carla Mendes")
    reviewer = b.quote("it would appoint the reviewer within two weeks", kind="indirect", speakers=["province"], cue="said",
                       cue_after="government said", mention="The provincial government")
    cost = b.quote("The repairs will cost about $12 million", kind="indirect", speakers=["adeyemi"], cue="according to",
                   mention="Ruth Adeyemi", hedged=True, note="according to X at the end: the span stops before the comma")

    b.accused("Brightwater Construction", kind="organization", aliases=["Brightwater", "the contractor", "the company"],
              accusers=["council", "okafor", "nair"], accusation="cutting corners on the harbour wall; ignored two engineering warnings and used cheaper concrete than the contract specified",
              evidence=[cut, warnings], mentions=["Brightwater Construction", "Brightwater", "the contractor"])
    b.accused("the previous council", kind="government", aliases=["previous council"], accusers=["marsh"],
              accusation="approving the design without a second opinion", evidence=[blamed, signed])

    b.claim("Brightwater Construction cut corners on the harbour wall.", claimants=["council"], kind="accusation", evidence=[cut],
            about=["Brightwater Construction"])
    b.claim("The council will withhold the final payment until an independent review is complete.", claimants=["council"],
            kind="other", evidence=[pay])
    b.claim("Brightwater's first response was deeply disappointing.", claimants=["council"], kind="opinion", evidence=[disappointing],
            about=["Brightwater Construction"])
    b.claim("The wall was paid for to last fifty years but did not last five, and someone has to answer for that.", claimants=["marsh"],
            kind="accusation", evidence=[paid, answer])
    b.claim("The contractor ignored two engineering warnings in 2021 and used cheaper concrete than the contract specified.",
            claimants=["okafor", "nair"], kind="accusation", evidence=[warnings], about=["Brightwater Construction"])
    b.claim("The issue is whether the wall holds, not politics.", claimants=["okafor"], kind="opinion", evidence=[politics, wall])
    b.claim("The wall was built to the standard the city approved.", claimants=["reyes"], kind="denial", evidence=[standard],
            alternatives=["Brightwater denies cutting corners on the harbour wall."])
    b.claim("The storm was the strongest on record and no wall of that design would have survived it.", claimants=["reyes"],
            kind="factual_assertion", evidence=[storm])
    b.claim("Brightwater will cooperate with any review.", claimants=["reyes"], kind="prediction", evidence=[cooperate])
    b.claim("The concrete samples taken after the collapse were well below specification.", claimants=["engineer"],
            kind="factual_assertion", hedged=True, evidence=[samples])
    b.claim("The previous council approved the design without a second opinion, in a single afternoon.", claimants=["marsh"],
            kind="accusation", evidence=[blamed, signed], about=["the previous council"])
    b.claim("She wants to know whether her boat is safe.", claimants=["mendes"], kind="other", evidence=[boat])
    b.claim("The province will appoint the reviewer within two weeks.", claimants=["province"], kind="prediction", evidence=[reviewer])
    b.claim("The repairs will cost about $12 million.", claimants=["adeyemi"], kind="prediction", hedged=True, evidence=[cost])
    return b


if __name__ == "__main__":
    write_gold(builder(), OUT)
