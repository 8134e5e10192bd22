"""Scale-out: the same extraction mapped over a dataset on a Dask cluster.

>>> from distributed import Client, LocalCluster
>>> from extractor.scaleout import extract_bag
>>> client = Client(LocalCluster(n_workers=4, threads_per_worker=1))   # or Client("tcp://scheduler:8786")
>>> bag = extract_bag(records, model="qwen2.5:7b", base_url="http://gpu-box:8000/v1", concurrency=8)
>>> results = bag.compute()                                  # list[Result], in input order
>>> bag.map(lambda r: r.to_dict()).to_textfiles("out/*.jsonl.gz")   # or write per partition

``records`` is any sequence of articles (str, {"id", "text"} mappings, Documents) or an existing
``dask.bag.Bag`` of them (e.g. ``dask.bag.read_text("corpus-*.jsonl").map(json.loads)``). Each
partition runs through ``Extractor.extract_many`` — the very code of a local batch, so the
results are the same — with one Extractor per worker process, built on first use and reused
by every later partition on that worker: spaCy models load (or the LLM client connects) once
per worker, not once per partition or per article. ``concurrency`` is the per-worker batch
concurrency (LLM requests in flight per worker).

Settings are resolved once, on the client, from the options, the environment and pyproject
(as ``Extractor(**options)`` would) and shipped to the workers, so every worker runs the same
configuration whatever its own environment. The LLM response cache is a diskcache directory:
workers on one machine (a LocalCluster) share it safely, as diskcache is process-safe; on a
multi-machine cluster give it a ``cache_dir`` on each machine (or a shared one).

Why Dask rather than Ray: ``dask[bag]`` + ``distributed`` are small pure-Python wheels (Ray is
a ~60 MB platform wheel per OS/Python with its own object store); a ``LocalCluster`` runs
in-process with no daemon to start or clean up, and the same code moves to a real cluster
(SSH, Kubernetes, HPC job queues via dask-jobqueue) unchanged, which is how research groups
usually get more machines; and a bag of records with ``map_partitions`` is exactly our shape
(independent documents, one model per worker). Ray's advantage, GPU-aware actor scheduling,
does not apply: the heavy model runs behind an OpenAI-compatible server, not in the workers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from extractor.config import Settings, resolve_settings

if TYPE_CHECKING:
    import dask.bag

    from extractor.pipeline import ArticleLike, Extractor
    from extractor.schemas import Result

_extractors: dict[str, Extractor] = {}
_extractors_lock = threading.Lock()


def _settings_key(settings: Settings) -> str:
    secret = settings.api_key.get_secret_value() if settings.api_key is not None else ""
    import hashlib

    return settings.model_dump_json() + hashlib.sha256(secret.encode()).hexdigest()


def worker_extractor(settings: Settings) -> Extractor:
    """This process's Extractor for ``settings``: built once, reused by every partition."""
    from extractor.pipeline import Extractor

    key = _settings_key(settings)
    with _extractors_lock:  # a worker may run several threads
        if key not in _extractors:
            _extractors[key] = Extractor(settings=settings)
        return _extractors[key]


def _extract_partition(
    records: Iterable[ArticleLike], settings: Settings, concurrency: int, errors: Literal["raise", "skip"]
) -> list[Result]:
    extractor = worker_extractor(settings)
    on_error = (lambda document, error: None) if errors == "skip" else None
    return list(extractor.extract_many(list(records), concurrency=concurrency, order="input", on_error=on_error))


def extract_bag(
    records: Sequence[ArticleLike] | dask.bag.Bag,
    *,
    npartitions: int | None = None,
    concurrency: int = 1,
    errors: Literal["raise", "skip"] = "raise",
    **extractor_options: Any,
) -> dask.bag.Bag:
    """A lazy ``dask.bag.Bag`` of Results for ``records``, one per article, in input order.

    ``extractor_options`` are Extractor's (model, base_url, api_key, language, cache, cache_dir,
    temperature, timeout, max_retries, mode, ...), resolved here on the client. ``npartitions``
    applies when ``records`` is a sequence (default: about 4 partitions per available core,
    at most one per record). ``errors="skip"`` drops articles that fail instead of failing the
    computation (a local corpus run with ``-o`` keeps them in its error sidecar instead).
    Call ``.compute()`` under a ``distributed.Client`` to run on its cluster.
    """
    import dask.bag as db

    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    settings = resolve_settings(**extractor_options)
    if isinstance(records, db.Bag):
        bag = records
    else:
        items = list(records)
        if npartitions is None:
            import os

            npartitions = max(1, min(len(items), 4 * (os.cpu_count() or 1)))
        bag = db.from_sequence(items, npartitions=max(1, min(npartitions, len(items) or 1)))
    return bag.map_partitions(_extract_partition, settings, concurrency, errors)


__all__ = ["extract_bag", "worker_extractor"]
