"""The resumable JSONL output of a corpus run (``extractor extract -f jsonl -o out.jsonl``).

Every finished article is appended to ``out.jsonl`` as one whole line (flushed, fsync'd every
couple of seconds); a rerun of the same command skips the ids already there (after cutting a
partial last line left by a kill mid-write), so the final file holds every input id exactly
once. Failures go to ``out.errors.jsonl`` (id, source, reason) and are retried by the next run,
which drops them from that file once they succeed.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import IO, Any

from extractor.document import Document
from extractor.errors import InputError
from extractor.schemas import Result

#: Seconds between fsyncs of the output and the error sidecar (each line is flushed at once).
FSYNC_INTERVAL = 2.0


def errors_path(output: Path) -> Path:
    """Where the failures of a run writing ``output`` go: out.jsonl → out.errors.jsonl."""
    stem = output.stem if output.suffix.lower() in {".jsonl", ".ndjson", ".json"} else output.name
    return output.with_name(stem + ".errors.jsonl")


def _write_all(handle: IO[bytes], data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = handle.write(view)
        view = view[written or 0 :]


class _Syncer:
    """fsync a file every FSYNC_INTERVAL seconds (each line is already flushed to the OS, so
    only a machine crash — not a kill — could lose what the interval has not synced)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.last = time.monotonic()

    def maybe(self) -> None:
        if time.monotonic() - self.last >= FSYNC_INTERVAL:
            self.now()

    def now(self) -> None:
        os.fsync(self.handle.fileno())
        self.last = time.monotonic()


def _read_done_ids(output: Path) -> tuple[set[str], bool]:
    """Ids already in ``output``; a partial last line (kill mid-write) is cut off.

    Returns (ids, repaired). A whole line that is not a result means ``-o`` points at some
    other file: refuse rather than append to (or cut) it.
    """
    ids: set[str] = set()
    repaired = False
    if not output.exists():
        return ids, repaired
    with output.open("rb+") as handle:
        offset = 0
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):
                handle.truncate(offset)
                repaired = True
                break
            offset += len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict) or "engine" not in record or "meta" not in record:
                raise InputError(
                    f"{output}:{number}: not a result line; -o must name a new file or the output of an earlier run"
                )
            if record.get("id") is not None:
                ids.add(str(record["id"]))
    return ids, repaired


def _read_error_records(path: Path) -> list[dict[str, Any]]:
    records = []
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:  # a partial last line from a kill
                continue
            if isinstance(record, dict):
                records.append(record)
    return records


def _lock(handle: IO[bytes], output: Path) -> None:
    """Refuse a second run appending to the same output at the same time (it would duplicate
    ids). The lock goes with the process, so a killed run never leaves it behind."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one run per output is then on the user
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise InputError(f"{output}: another extractor run is writing this file; wait for it or choose another -o") from None


class ResumableJsonl:
    """The output file (append-only, whole lines) and its error sidecar, for one run.

    ``done`` holds the ids already written (by earlier runs and this one); ``repaired`` says
    whether a partial last line was cut. ``close()`` must run, even after an error.
    """

    def __init__(self, output: Path) -> None:
        self.output = output
        self.sidecar = errors_path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        self._out = output.open("ab", buffering=0)
        try:
            _lock(self._out, output)
            self.done, self.repaired = _read_done_ids(output)
        except BaseException:
            self._out.close()
            raise
        self.previous_errors = _read_error_records(self.sidecar)
        self.new_errors: list[dict[str, Any]] = []
        self._out_sync = _Syncer(self._out)
        self._err = self.sidecar.open("ab", buffering=0)
        self._err_sync = _Syncer(self._err)

    def write(self, result: Result) -> None:
        """Append one result as one whole line."""
        _write_all(self._out, (result.model_dump_json() + "\n").encode("utf-8"))
        if result.id is not None:
            self.done.add(result.id)
        self._out_sync.maybe()

    def fail(self, document: Document | None, source: str | None, reason: str) -> None:
        """Record one failure in the sidecar (``document`` is None when no record could be read)."""
        record = {"id": document.id if document else None, "source": source, "reason": reason}
        self.new_errors.append(record)
        _write_all(self._err, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        self._err_sync.maybe()

    def close(self) -> None:
        """Sync the output; rewrite the sidecar to hold only what is still failing.

        An earlier failure is dropped once its id is in the output, replaced when it failed
        again, and kept when this run did not get to it (interrupted)."""
        self._out_sync.now()
        self._out.close()
        self._err.close()
        new_ids = {e["id"] for e in self.new_errors}
        kept = [e for e in self.previous_errors if e.get("id") is not None and e["id"] not in self.done and e["id"] not in new_ids]
        remaining = kept + self.new_errors
        if not remaining:
            self.sidecar.unlink(missing_ok=True)
            return
        tmp = self.sidecar.with_name(self.sidecar.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in remaining)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.sidecar)


__all__ = ["FSYNC_INTERVAL", "ResumableJsonl", "errors_path"]
