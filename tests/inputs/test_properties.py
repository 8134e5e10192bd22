"""Property tests: arbitrary bytes and text never crash the loaders (only InputError, never a traceback)."""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import InputError
from extractor.inputs import decode_bytes, html_to_text, load_jsonl_text, load_path

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _collect(iterator):
    errors: list[InputError] = []
    try:
        docs = list(iterator(errors.append))
    except InputError as error:
        return [], [error]
    return docs, errors


@SETTINGS
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".dat"]))
def test_arbitrary_bytes_never_crash_load_path(tmp_path, data, suffix):
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    docs, errors = _collect(lambda on_error: load_path(path, on_error=on_error))
    for doc in docs:
        assert isinstance(doc.text, str) and doc.text.strip()
    for error in errors:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message


@SETTINGS
@given(data=st.binary(max_size=2048))
def test_decode_bytes_returns_text_or_input_error(data):
    try:
        text = decode_bytes(data, "x")
    except InputError:
        return
    assert isinstance(text, str)


@SETTINGS
@given(text=st.text(max_size=2000))
def test_valid_utf8_text_round_trips(text):
    # Valid UTF-8 that is prose-like comes back unchanged; anything else is refused, not mangled.
    try:
        decoded = decode_bytes(text.encode("utf-8"), "x")
    except InputError:
        return
    assert decoded == text.removeprefix("\ufeff")


@SETTINGS
@given(text=st.text(max_size=2000))
def test_arbitrary_text_never_crashes_html_or_jsonl(text):
    with contextlib.suppress(InputError):
        html_to_text(text, "x.html")
    docs, _ = _collect(lambda on_error: load_jsonl_text(text, "x.jsonl", on_error=on_error))
    assert all(isinstance(d.text, str) for d in docs)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@SETTINGS
@given(records=st.lists(st.dictionaries(st.sampled_from(["id", "text", "language", "x"]), json_values, max_size=4), max_size=8))
def test_arbitrary_jsonl_records(records):
    text = "\n".join(json.dumps(r) for r in records)
    docs, errors = _collect(lambda on_error: load_jsonl_text(text, "x.jsonl", on_error=on_error))
    assert len(docs) + len(errors) == len(records)
    ids = [d.id for d in docs if d.id is not None]
    assert len(ids) == len(set(ids))
    for doc in docs:
        assert isinstance(doc.text, str) and doc.text.strip()
