"""Build evals/gold/en_002_riverton.json from evals/articles/en_002_riverton.txt.

The article is fictional (written for this project, MIT like the rest of the repository: the
town, the school and the people are invented). It exercises a quotation spanning two paragraphs
(the quotation mark reopened at the new paragraph, closed only at the end: one quote per paragraph,
the same speaker), a nested quotation
(‘consolidation’ inside a quote: part of it, not a quote of its own), content embedded in a
relative clause (a decision that parents warned would …), accusations with and without a clause
(accused X of …; held X responsible for …), "claimed"/"disputed"/"arguing that", and a source
named only through a possessive (its president). Rerun: ``.venv/bin/python evals/annotate_en_002.py``.
"""

from __future__ import annotations

from pathlib import Path

from extractor.evaluation.annotate import GoldBuilder, write_gold

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "evals" / "articles" / "en_002_riverton.txt"
OUT = REPO / "evals" / "gold" / "en_002_riverton.json"


def builder() -> GoldBuilder:
    b = GoldBuilder(
        SOURCE.read_text(encoding="utf-8"),
        id="en_002_riverton",
        language="en",
        source="evals/articles/en_002_riverton.txt",
        annotator="extractor maintainers (hand annotation, single annotator)",
        notes=[
            "Fictional article written for this gold set.",
            "The board voted … to close: an act, not speech.",
            "Parents held the board responsible for years of neglect: an accusation with a noun phrase, no quote span; claim c4.",
            "‘consolidation’ is a word quoted inside Cho's quote, not a quote of its own.",
        ],
    )
    b.speaker("parents", "parents", kind="group", aliases=["the parents", "Parents"], mentions=["parents", "Parents"])
    b.speaker("okonjo", "Margaret Okonjo", kind="person", role="chair of the Riverton school board",
              aliases=["Okonjo", "Board chair Margaret Okonjo", "the chair"], mentions=["Margaret Okonjo"])
    b.speaker("cho", "Daniel Cho", kind="person", role="parent", aliases=["Cho"])
    b.speaker("officials", "district officials", kind="group", aliases=["District officials", "officials"], mentions=["District officials"])
    b.speaker("parent_group", "a parent group", kind="group", aliases=["parent group", "the parent group"])
    b.speaker("brooks", "Alan Brooks", kind="person", role="trustee", aliases=["Brooks", "Trustee Alan Brooks"])
    b.speaker("union_president", "the president of the teachers’ union", kind="unnamed", role="president of the teachers’ union",
              aliases=["its president", "the union president", "president of the teachers’ union"], mentions=["its president"])

    push = b.quote("would push class sizes past 30", kind="indirect", speakers=["parents"], cue="warned", mention="parents",
                   note="content inside a relative clause: a decision that parents warned [it] would …")
    afford = b.quote("the district could no longer afford to heat and staff a building that was half empty", kind="indirect",
                     speakers=["okonjo"], cue="said", cue_after="Margaret Okonjo said", mention="Margaret Okonjo")
    children = b.quote("We have 180 children in a school built for 400,", kind="direct", speakers=["okonjo"], cue="said",
                       cue_after="400,” she said", mention="she", mention_after="400,” she", note="pronoun speaker")
    dollar = b.quote("Every dollar we spend on an empty classroom is a dollar we do not spend on teaching.",
                     kind="direct", speakers=["okonjo"], mention="she", mention_after="400,” she",
                     note="a quotation over two paragraphs (no closing mark after the first, the mark reopened at the second): one quote per paragraph, as news annotation counts it")
    painful = b.quote("I know this is painful. It is painful for me too.", kind="direct", speakers=["okonjo"], mention="she",
                      mention_after="400,” she", note="the second paragraph of the quotation: the same speaker")
    roof = b.quote("They let the roof leak for a decade and now they say the building is too expensive,", kind="direct",
                   speakers=["cho"], cue="said", cue_after="expensive,” said", mention="Daniel Cho")
    youngest = b.quote("When my youngest asked me what ‘consolidation’ means, I told her it means someone else’s budget problem became ours.",
                       kind="direct", speakers=["cho"], mention="Daniel Cho", note="the nested ‘consolidation’ is part of the quote")
    save = b.quote("the closure would save $1.4 million a year", kind="indirect", speakers=["officials"], cue="claimed",
                   mention="District officials")
    buses = b.quote("the cost of extra buses had been left out", kind="indirect", speakers=["parent_group"], cue="arguing",
                    mention="a parent group")
    rushing = b.quote("rushing the vote", kind="indirect", speakers=["brooks"], cue="accused", mention="Alan Brooks",
                      note="accused X of …: the content after of")
    lawsuit = b.quote("the board would face a lawsuit if it did not publish its enrollment projections", kind="indirect",
                      speakers=["brooks"], cue="warned", cue_after="He warned", mention="He", mention_after="the vote. He",
                      note="pronoun speaker")
    position = b.quote("The teachers’ union has not taken a position", kind="indirect", speakers=["union_president"],
                       cue="according to", mention="its president", hedged=True)

    b.accused("the Riverton school board", kind="government", aliases=["the board", "Riverton school board", "school board", "the school board"],
              accusers=["parents", "cho"], accusation="years of neglect; let the roof leak for a decade", evidence=[roof],
              mentions=["The Riverton school board", "the board"])
    b.accused("Margaret Okonjo", kind="person", aliases=["Okonjo", "the chair", "Board chair Margaret Okonjo"], accusers=["brooks"],
              accusation="rushing the vote", evidence=[rushing], mentions=["Margaret Okonjo", "the chair"])

    b.claim("Closing Hillcrest will push class sizes past 30.", claimants=["parents"], kind="prediction", evidence=[push])
    b.claim("The district can no longer afford to heat and staff a half-empty building.", claimants=["okonjo"],
            kind="factual_assertion", evidence=[afford, children])
    b.claim("Money spent on empty classrooms is money not spent on teaching.", claimants=["okonjo"], kind="opinion", evidence=[dollar, painful])
    b.claim("The board is responsible for years of neglect.", claimants=["parents"], kind="accusation", about=["the Riverton school board"])
    b.claim("The board let the roof leak for a decade and now says the building is too expensive.", claimants=["cho"],
            kind="accusation", evidence=[roof], about=["the Riverton school board"])
    b.claim("Consolidation means someone else’s budget problem became the families’ problem.", claimants=["cho"], kind="opinion",
            evidence=[youngest])
    b.claim("The closure will save $1.4 million a year.", claimants=["officials"], kind="prediction", evidence=[save])
    b.claim("The savings figure leaves out the cost of extra buses.", claimants=["parent_group"], kind="denial", evidence=[buses])
    b.claim("The chair rushed the vote.", claimants=["brooks"], kind="accusation", evidence=[rushing], about=["Margaret Okonjo"])
    b.claim("The board will face a lawsuit if it does not publish its enrollment projections.", claimants=["brooks"],
            kind="prediction", evidence=[lawsuit])
    b.claim("The teachers’ union has not taken a position.", claimants=["union_president"], kind="factual_assertion", hedged=True,
            evidence=[position])
    return b


if __name__ == "__main__":
    write_gold(builder(), OUT)
