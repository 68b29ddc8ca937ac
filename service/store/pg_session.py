"""Who a PostgreSQL session is: the name crossclaim gives its connections, and the holder of
an advisory lock found by it.

A writer refused on PostgreSQL used to hear only that "another crossclaim writer holds the
database's writer lock": on a database shared by hosts that named no one to wait for or
look at.  Each crossclaim connection now says who it is in ``application_name`` (command,
pid and host), and the refusal reads the lock's holder from ``pg_locks`` and
``pg_stat_activity``, as the SQLite path names the pid in its lock file.
"""

from __future__ import annotations

import os
import socket
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

# the CLI command this process runs ("batch", "serve"...), set by the CLI's entry point
_command = ""

# a bigint advisory key is stored as two 32-bit halves: classid the high, objid the low one,
# objsubid 1 (2 is the two-int4 form, which crossclaim does not use)
HOLDER_SQL = text("""
SELECT a.application_name, host(a.client_addr) AS client_addr, a.client_hostname,
       a.backend_start, a.pid
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid::bigint = :hi AND l.objid::bigint = :lo
LIMIT 1
""")


def name_command(command: str) -> None:
    global _command
    _command = command


def application_name() -> str:
    """``crossclaim <command> pid N on HOST``: the pid before the host, as PostgreSQL cuts
    the name at 63 bytes and a long host name is the part to lose."""
    command = f" {_command}" if _command else ""
    return f"crossclaim{command} pid {os.getpid()} on {socket.gethostname()}"


def connect_args(url: str) -> dict[str, Any]:
    """The ``application_name`` for a PostgreSQL engine's connections, unless the URL or
    ``PGAPPNAME`` already gives one (a name the operator chose is kept)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or "application_name" in parsed.query \
            or os.environ.get("PGAPPNAME"):
        return {}
    return {"application_name": application_name()}


def lock_holder(conn: Connection, key: int) -> dict[str, Any] | None:
    """The session holding advisory lock ``key`` in this database, or None (it let go in the
    meantime, or this role may not see it).  Another role's session shows its name but not
    its address or start: those are left out then."""
    row = conn.execute(HOLDER_SQL, {"hi": (key >> 32) & 0xFFFFFFFF,
                                    "lo": key & 0xFFFFFFFF}).mappings().first()
    conn.commit()  # no transaction left open
    if row is None:
        return None
    holder: dict[str, Any] = {"application_name": row["application_name"] or None,
                              "backend_pid": row["pid"]}
    client = row["client_hostname"] or row["client_addr"]
    if client:
        holder["client_addr"] = client
    if row["backend_start"] is not None:
        holder["backend_start"] = row["backend_start"].isoformat(timespec="seconds")
    return holder


def describe(holder: dict[str, Any]) -> str:
    """``crossclaim batch pid 4242 on host-b, connected from 10.0.0.7 since 2026-...``."""
    who = holder.get("application_name") or \
        f"a session with no application_name, PostgreSQL backend pid {holder['backend_pid']}"
    where = f" from {holder['client_addr']}" if holder.get("client_addr") else ""
    since = f" since {holder['backend_start']}" if holder.get("backend_start") else ""
    return f"{who}, connected{where}{since}" if where or since else who
