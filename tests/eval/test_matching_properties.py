"""Property tests of the span matcher against brute force on small random cases."""

from __future__ import annotations

from itertools import permutations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.evaluation.matching import match_spans

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=5,
)


def _eligible(gold, pred, min_overlap):
    out = {}
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            overlap = max(0, min(ge, pe) - max(gs, ps))
            if overlap and overlap >= min_overlap * (ge - gs):
                out[(gi, pi)] = overlap
    return out


def _max_matching(gold, pred, eligible):
    """Brute force over every assignment of predictions to gold quotes."""
    best = 0
    slots = list(range(len(pred))) + [None] * len(gold)
    for perm in permutations(slots, len(gold)):
        used = [p for p in perm if p is not None]
        if len(used) != len(set(used)):
            continue
        best = max(best, sum(1 for gi, p in enumerate(perm) if p is not None and (gi, p) in eligible))
    return best


@settings(max_examples=150, deadline=None)
@given(gold=spans, pred=spans, min_overlap=st.sampled_from([0.3, 0.5, 0.8, 1.0]))
def test_greedy_is_a_valid_maximal_matching(gold, pred, min_overlap):
    pairs = match_spans([[g] for g in gold], [[p] for p in pred], min_overlap)
    eligible = _eligible(gold, pred, min_overlap)
    # one-to-one, and only eligible pairs
    assert len({p.gold for p in pairs}) == len(pairs) == len({p.pred for p in pairs})
    assert all((p.gold, p.pred) in eligible for p in pairs)
    # maximal: no eligible pair left with both sides free
    free_g = set(range(len(gold))) - {p.gold for p in pairs}
    free_p = set(range(len(pred))) - {p.pred for p in pairs}
    assert not any(g in free_g and p in free_p for g, p in eligible)
    # a maximal matching has at least half the pairs of a maximum one, never more
    best = _max_matching(gold, pred, eligible)
    assert best / 2 <= len(pairs) <= best
    # the pair taken first has the largest overlap of all eligible pairs
    if eligible:
        assert max(p.overlap for p in pairs) == max(eligible.values())


@settings(max_examples=100, deadline=None)
@given(gold=spans)
def test_spans_against_themselves_all_match(gold):
    pairs = match_spans([[g] for g in gold], [[g] for g in gold], 0.3)
    assert len(pairs) == len(gold)


_names = st.sampled_from(["Marc Garneau", "Garneau", "he", "la Chine", "Pékin", "", "M.", "Bill Blair, Harjit Sajjan", "APT40"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    gold=spans,
    pred=spans,
    names=st.lists(_names, min_size=10, max_size=10),
    kinds=st.lists(st.sampled_from(["direct", "indirect", "mixed"]), min_size=10, max_size=10),
)
def test_evaluate_never_fails_and_stays_in_range(build, gold, pred, names, kinds):
    from extractor.evaluation import evaluate

    text = build.filler
    g = build.gold(
        quotes=[build.quote(text, s, e, qid=f"g{i}", kind=kinds[i], speaker=names[i] or None) for i, (s, e) in enumerate(gold)],
        accused=[{"id": "a1", "name": names[0] or "x", "accusers": [names[1] or "y"]}],
        claims=[{"id": "c1", "text": "la Chine fait appel à des pirates", "claimant": names[2] or None}],
    )
    r = build.result(
        quotes=[build.quote(text, s, e, qid=f"p{i}", kind=kinds[-1 - i], speaker=names[-1 - i] or None, speaker_ids=["s9"]) for i, (s, e) in enumerate(pred)],
        accused=[{"id": "a1", "name": names[3] or "z", "accusers": [names[4] or "w"], "quote_ids": ["nope"]}],
        claims=[{"id": "c1", "text": "Pékin fait appel à des pirates", "claimant": names[5] or None, "quote_ids": ["p0"]}],
    )
    data = evaluate(g, r).to_dict()
    for layer in ("quotes", "accused", "claims"):
        for key in ("precision", "recall", "f1"):
            assert 0.0 <= data[layer][key] <= 1.0
    assert data["speakers"]["accuracy"] is None or 0.0 <= data["speakers"]["accuracy"] <= 1.0
