"""Property test of the whole command: any bytes as an article, through `extractor extract`, end in
exit 0 (with JSON out) or exit 2 (one line on stderr), never a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import FRENCH_ARTICLE  # noqa: TID252

article_bytes = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: (t + FRENCH_ARTICLE).encode("cp1252", "ignore")),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=article_bytes, suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json"]))
def test_any_bytes_through_the_command(run_main, tmp_path, data, suffix):
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    run = run_main("extract", str(path), "--format", "jsonl", "-q")  # run_main asserts: no traceback
    assert run.code in (0, 2, 6), (run.code, run.stderr)
    if run.code == 2:
        assert run.stdout == ""
        assert run.stderr.strip().splitlines()[-1].startswith("error: ")
    for line in run.stdout.splitlines():
        assert isinstance(json.loads(line)["quotes"], list)
