"""Reading and checking a large upload in a process of its own, one upload at a time.

Parsing 200,000 rows is seconds of pure Python.  In the server's own process that holds
the interpreter lock every other session needs (their pages took four times as long
while one upload was read) and leaves the server's memory high afterwards.  So a large
upload is read by a fresh ``python -m data.importing.worker``: other sessions only share
the CPU, uploads from several sessions queue instead of adding up, a check that runs
away is stopped after :data:`TIMEOUT_S`, and the memory goes back to the system when
the check is done.  Small files, the usual case, are read in-process, where starting a
process would cost more than it saves.

The worker is this module run as a script: it reads its task as a pickle on stdin and
writes the :class:`Validation` as a pickle on stdout; both ends are this code.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from data.importing import limits
from data.importing.files import check_files
from data.importing.issues import ERROR, Issue
from data.importing.rows import Validation, validate_tables

WORKER_FROM_BYTES = 2 * 1024 * 1024  # below this a file is read in-process (well under a second)
TIMEOUT_S = 300
_ROOT = Path(__file__).resolve().parents[2]
_one_at_a_time = threading.Semaphore(1)


def _limits() -> dict[str, Any]:
    """The bounds as this process has them (a test may have lowered one), for the worker."""
    return {name: value for name, value in vars(limits).items() if name.isupper()}


def _failed(files: Sequence[tuple[str, bytes]], known: list[str]) -> Validation:
    """The check broke off (the worker was killed, ran out of memory or time): nothing passes."""
    failed = validate_tables([], known)
    names = ", ".join(name for name, _ in files)
    failed.issues.add_always(Issue(ERROR, "check_failed", names, params={"files": names}))
    return failed


def _run_worker(task: bytes) -> bytes | None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(_ROOT), os.environ.get("PYTHONPATH", "")])}
    with _one_at_a_time:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "data.importing.worker"],
                input=task,
                capture_output=True,
                timeout=TIMEOUT_S,
                env=env,
                cwd=_ROOT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None
    return done.stdout if done.returncode == 0 else None


def check_uploads(
    files: Sequence[tuple[str, bytes]], max_bytes: int, known_partner_ids: Iterable[str]
) -> Validation:
    """The checked rows and issues of ``files``; large ones in the worker process."""
    known = list(known_partner_ids)
    if sum(len(content) for _, content in files) < WORKER_FROM_BYTES:
        return check_files(files, max_bytes, known)
    task = pickle.dumps((list(files), max_bytes, known, _limits()), protocol=pickle.HIGHEST_PROTOCOL)
    answer = _run_worker(task)
    if answer is None:
        return _failed(files, known)
    return pickle.loads(answer)  # noqa: S301 - written by our own worker process, just now


def main() -> int:
    """The worker: a task on stdin, its Validation on stdout."""
    files, max_bytes, known, bounds = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - from our parent
    for name, value in bounds.items():
        setattr(limits, name, value)
    validation = check_files(files, max_bytes, known)
    sys.stdout.buffer.write(pickle.dumps(validation, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
