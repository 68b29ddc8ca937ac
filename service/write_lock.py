"""Waiting a bounded time for the data dir's write lock, then "busy" naming who holds it.

A writer (ingest, delete, reindex) that met another one used to block until it let go:
behind a ``crossclaim reindex`` or the ingest of a big directory that is minutes, and an
HTTP client times out with no answer.  It now waits ``CROSSCLAIM_WRITE_WAIT`` seconds (a
short ingest ends in that time) and is then refused with ``Busy``: a 409 with Retry-After,
or one line and exit code 2 from the CLI, nothing stored changed.

The lock is an ``fcntl`` lock (the kernel drops it with the process, kill -9 included), so
it is polled with ``LOCK_NB``; whoever takes it writes its pid into the file, as the batch
job's ``BatchLock`` does, so that the refusal can name the process to wait for.
"""

from __future__ import annotations

import fcntl
import math
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from service.errors import Busy

POLL_SECONDS = 0.05  # short: a lock let go is taken within this, the CPU is not kept busy


def deadline_in(wait: float) -> float:
    return time.monotonic() + max(0.0, wait)


def seconds_left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def waited(wait: float) -> str:
    return "without waiting" if wait <= 0 else f"after waiting {round(wait, 1):g} s"


def take_thread_lock(lock: threading.Lock, deadline: float, wait: float, path: Path) -> None:
    """The lock of the writers of one pipeline in this process (the API's worker threads)."""
    if not lock.acquire(timeout=seconds_left(deadline)):
        raise busy(f"another request to this process (pid {os.getpid()}) is writing to "
                   f"the data dir {path.parent}", wait, os.getpid())


@contextmanager
def hold_file_lock(path: Path, deadline: float, wait: float) -> Iterator[None]:
    """Hold an exclusive ``fcntl`` lock on ``path``, polled until ``deadline``."""
    with open(path, "a+") as fh:
        take_file_lock(fh, path, deadline, wait)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def take_file_lock(fh: IO[str], path: Path, deadline: float, wait: float) -> None:
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            left = seconds_left(deadline)
            if left <= 0:
                pid = holder_pid(path)
                who = f" (pid {pid})" if pid is not None else ""
                raise busy(f"another crossclaim process{who} is writing to the data dir "
                           f"{path.parent} (lock {path})", wait, pid) from None
            time.sleep(min(POLL_SECONDS, left))
    # the holder's name for those who wait: only the holder writes, under the lock
    fh.seek(0)
    fh.truncate()
    fh.write(f"{os.getpid()}\n")
    fh.flush()


def holder_pid(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def busy(what: str, wait: float, pid: int | None = None,
         holder: dict[str, object] | None = None) -> Busy:
    """``pid``: the holder's process on this host (the lock file's); ``holder``: its
    PostgreSQL session (application_name, client address, backend start), on another host
    maybe, whose pid here would mean nothing."""
    details: dict[str, object] = {"waited_seconds": round(wait, 1),
                                  "retry_after": retry_after(wait)}
    if pid is not None:
        details["holder_pid"] = pid
    if holder is not None:
        details["holder"] = holder
    return Busy(f"{what}; refused {waited(wait)}: try again when it is done (a reindex or "
                "the ingest of a big directory can take minutes)", details, retry_after(wait))


def retry_after(wait: float) -> int:
    """Seconds a refused writer is told to wait: the other writer has held the lock for at
    least ``wait`` already, so it is a long one; never less than a second."""
    return max(1, math.ceil(wait))
