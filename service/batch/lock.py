"""One batch run at a time: a non-blocking lock, refused at once with a clear message.

The lock is an ``fcntl`` lock on ``batch.lock`` in the data dir, which the kernel
drops when the process ends however it ends (kill -9 included), so a crashed run
never leaves a stale lock behind.  On PostgreSQL a session-level advisory lock is
taken as well, so two runs on different hosts writing to one database also
exclude each other; it too goes away with the connection.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from service.errors import Busy

# pg_advisory_lock key: "crossclaim batch" folded into a signed 64-bit integer
ADVISORY_KEY = int.from_bytes(b"xclbatch", "big") - (1 << 63)
BUSY_MESSAGE = "another batch run is in progress"


class BatchLock:
    def __init__(self, path: Path, engine: Any = None):
        self.path = path
        self.engine = engine
        self._fh: IO[str] | None = None
        self._conn: Any = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")  # noqa: SIM115  (held open for the run)
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(self.path)
            fh.close()
            raise Busy(f"{BUSY_MESSAGE}{holder} (lock {self.path})") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh = fh
        if self.engine is not None and self.engine.dialect.name == "postgresql":
            self._advisory()

    def _advisory(self) -> None:
        from sqlalchemy import text

        conn = self.engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        conn.commit()
        if not got:
            from service.store.pg_session import describe, lock_holder

            holder = lock_holder(conn, ADVISORY_KEY)  # on another host maybe: its session
            conn.close()
            self.release()
            who = f" ({describe(holder)})" if holder else ""
            raise Busy(f"{BUSY_MESSAGE}{who} (PostgreSQL advisory lock {ADVISORY_KEY} is held)",
                       {"holder": holder} if holder else None)
        self._conn = conn

    def release(self) -> None:
        if self._conn is not None:
            from sqlalchemy import text

            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                self._conn.commit()
            finally:
                self._conn.close()
                self._conn = None
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> BatchLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _holder(path: Path) -> str:
    try:
        pid = path.read_text().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
