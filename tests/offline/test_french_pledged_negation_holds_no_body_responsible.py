"""A body's negated conduct told in the future, or in the conditional that is the future of a
past reporting verb (« le maire a promis que la commune ne couperait pas sa subvention »), is a
pledge or a forecast, no failure of conduct: it holds no one responsible (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from extractor.testing.results import accused_names as names

CHARGE = "L'association accuse le club de rugby d'avoir caché ses dettes. "


@pytest.mark.parametrize(
    "pledge",
    [
        "Le maire Paul Vernet a promis que la commune ne couperait pas sa subvention au club.",
        "Le maire Paul Vernet a assuré que la commune ne signera pas de nouvelle convention.",
    ],
)
def test_a_pledge_not_to_act_holds_the_body_not_responsible(run, pledge):
    assert "commune" not in names(run(CHARGE + pledge, "fr"))


def test_a_duty_the_body_failed_still_holds_it_responsible(run):
    result = run(CHARGE + "Selon elle, la commune n'a jamais contrôlé les comptes du club.", "fr")
    assert "commune" in names(result)
