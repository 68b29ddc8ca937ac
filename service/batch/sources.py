"""What is new since the last run: files, appended JSONL lines, and stdin lines.

A source on the command line is a directory (every readable file under it, symlinked
folders followed, each folder once; a path under it that cannot be read is a rejection of
its own: service/folders.py), a file, a glob (``'feeds/*.jsonl'``, ``**`` allowed) or ``-``
for standard input.
Each is remembered in the ``batch_checkpoints`` table under a key:

* ``.jsonl`` files are append-only streams: the checkpoint is the byte offset
  after the last line taken in, with a fingerprint of the file's head and of the
  bytes just before that offset.  The next run goes on from there if both still
  match (the file was only appended to); if not (rotated, truncated, rewritten)
  it reads the file again from the start, and ingest's idempotence turns what
  was already stored into duplicates.  A last line without a newline is taken
  only once it parses (a writer may still be appending to it).
* other files (``.json``, ``.txt``, ``.html``) are taken whole: the fingerprint
  is size + mtime + SHA-256 of the content.  Same size and mtime: skipped
  without reading; touched but the same content: skipped after hashing.
* stdin (``stdin:NAME``): the checkpoint is the number of lines taken in and
  the SHA-256 of those lines.  When a later run's stream starts with exactly
  those lines (a feed replayed from its start) they are skipped; otherwise the
  stream is taken as new from its first line.

Reading yields ``Record``s in input order: an article or a rejection naming
``file:line``, and, on the record that completes a position, the ``Ticket``
(checkpoint) that may be written once it and everything before it are stored.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from embeddings.types import Article
from service.errors import InvalidInput
from service.folders import walk
from service.readers import TOO_DEEP, article_from_mapping, json_problem, read_file

HEAD = 4096  # bytes of a JSONL file's head (and of the bytes before the offset) fingerprinted
STDIN_CHUNK = 256  # stdin lines per unit


@dataclass(frozen=True)
class Ticket:
    """A checkpoint row: ``key`` has been taken in up to ``position``."""

    key: str
    fingerprint: str
    position: int


@dataclass
class Record:
    where: str
    article: Article | None = None
    error: str | None = None
    ticket: Ticket | None = None
    prepared: Any = None  # (claims, vectors) computed elsewhere (the Ray actors)

    @property
    def size(self) -> int:
        return len(self.article.text) if self.article is not None else 0


@dataclass(frozen=True)
class Unit:
    """A piece of input to read: a JSONL tail, a whole file, or a chunk of stdin lines.

    Plain data (picklable), so Ray tasks can do the reading.
    """

    kind: str  # jsonl | file | lines | done | reject
    key: str
    path: str | None = None
    start: int = 0  # jsonl: byte offset; lines: number of the first line (0-based)
    fingerprint: str = ""  # file: what to record once it is read; done: the new fingerprint
    source: str | None = None  # outlet name for .txt/.html
    lines: tuple[bytes, ...] = ()
    tickets: tuple[Ticket, ...] = ()  # lines: one per line
    error: str | None = None  # reject: why
    estimate: int = 0  # articles expected (for the progress bar)


@dataclass
class Discovery:
    units: list[Unit] = field(default_factory=list)
    unchanged: int = 0  # sources skipped because nothing is new in them


# -- keys and fingerprints ---------------------------------------------------------
def file_key(path: Path) -> str:
    return f"file:{path.resolve()}"


def stdin_key(name: str) -> str:
    return f"stdin:{name}"


def jsonl_fingerprint(head: bytes, before: bytes) -> str:
    """Fingerprint of a JSONL file at an offset: its first HEAD bytes and the HEAD before it."""
    digest = hashlib.sha256()
    digest.update(len(head).to_bytes(4, "big"))
    digest.update(head)
    digest.update(before)
    return digest.hexdigest()


def jsonl_fingerprint_at(path: Path, position: int) -> str:
    with open(path, "rb") as fh:
        head = fh.read(min(HEAD, position))
        fh.seek(max(0, position - HEAD))
        before = fh.read(position - max(0, position - HEAD))
    return jsonl_fingerprint(head, before)


def _stat_prefix(st: os.stat_result) -> str:
    return f"s{st.st_size}.m{st.st_mtime_ns}."


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_fingerprint(prefix: str, sha: str) -> str:
    return (prefix + sha)[:64]


def _same_content(old: str, sha: str) -> bool:
    tail = old.rsplit(".", 1)[-1]
    return bool(tail) and sha.startswith(tail)


# -- discovery ------------------------------------------------------------------------
def expand(spec: str) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named by one command-line source, and (where, why) of each path under it that
    could not be read (a pattern that matches nothing, a path that does not exist, a folder
    that cannot be listed: service/folders.py)."""
    if any(ch in spec for ch in "*?["):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            return [], [(spec, f"{spec}: the pattern matches no file")]
        files: list[Path] = []
        problems: list[tuple[str, str]] = []
        for match in matches:
            if Path(match).is_dir():
                under = walk(Path(match))
                files.extend(under.files)
                problems.extend((str(path), why) for path, why in under.skipped)
            else:
                files.append(Path(match))
        return files, problems
    path = Path(spec)
    if path.is_dir():
        under = walk(path)
        return under.files, [(str(where), why) for where, why in under.skipped]
    if path.is_file():
        return [path], []
    return [], [(spec, f"{spec}: no such file or directory")]


def discover(specs: Iterable[str], checkpoints: dict[str, Ticket],
             source: str | None = None) -> Discovery:
    """Units for what is new in the file sources (stdin is handled by ``stdin_units``)."""
    found = Discovery()
    seen: set[str] = set()
    for spec in specs:
        if spec == "-":
            continue
        files, problems = expand(spec)
        found.units.extend(Unit("reject", key=where, error=why) for where, why in problems)
        for path in files:
            key = file_key(path)
            if key in seen:
                continue
            seen.add(key)
            unit = _file_unit(path, key, checkpoints.get(key), source)
            if unit is None:
                found.unchanged += 1
            else:
                found.units.append(unit)
    return found


def _file_unit(path: Path, key: str, old: Ticket | None, source: str | None) -> Unit | None:
    try:
        st = path.stat()
        if path.suffix.lower() == ".jsonl":
            start = 0
            if old is not None and old.position <= st.st_size and \
                    jsonl_fingerprint_at(path, old.position) == old.fingerprint:
                start = old.position
            if start >= st.st_size:
                return None
            with open(path, "rb") as fh:
                fh.seek(start)
                estimate = sum(1 for line in fh if line.strip())
            return Unit("jsonl", key, str(path), start=start, source=source, estimate=estimate)
        prefix = _stat_prefix(st)
        if old is not None and old.fingerprint.startswith(prefix):
            return None
        sha = _sha(path)
        fingerprint = file_fingerprint(prefix, sha)
        if old is not None and _same_content(old.fingerprint, sha):
            return Unit("done", key, str(path), fingerprint=fingerprint, start=st.st_size)
        return Unit("file", key, str(path), fingerprint=fingerprint, start=st.st_size,
                    source=source, estimate=1)
    except OSError as exc:
        return Unit("reject", key, str(path), error=f"{path}: cannot read ({exc.strerror})")


def stdin_units(stream: IO[bytes], name: str, old: Ticket | None,
                source: str | None = None) -> Iterator[Unit]:
    """Chunks of new stdin lines, read as they come (a replayed prefix is skipped)."""
    key = stdin_key(name)
    digest = hashlib.sha256()
    lines = iter(stream.readline, b"")
    start = 0
    if old is not None and old.position > 0:
        # the first old.position lines: skipped if they are the ones taken in last time
        with tempfile.SpooledTemporaryFile(max_size=64 << 20) as spool:
            count = 0
            for line in lines:
                digest.update(line)
                spool.write(line)
                count += 1
                if count == old.position:
                    break
            if count == old.position and digest.hexdigest() == old.fingerprint:
                start = count
            else:  # a different stream: everything is new, from its first line
                spool.seek(0)
                digest = hashlib.sha256()
                yield from _line_units(iter(spool.readline, b""), key, 0, digest, source)
                start = count
    yield from _line_units(lines, key, start, digest, source)


def _line_units(lines: Iterator[bytes], key: str, start: int, digest: Any,
                source: str | None) -> Iterator[Unit]:
    chunk: list[bytes] = []
    tickets: list[Ticket] = []
    n = start
    for line in lines:
        digest.update(line)
        n += 1
        chunk.append(line)
        tickets.append(Ticket(key, digest.hexdigest(), n))
        if len(chunk) >= STDIN_CHUNK:
            yield Unit("lines", key, "<stdin>", start=n - len(chunk), lines=tuple(chunk),
                       tickets=tuple(tickets), source=source, estimate=len(chunk))
            chunk, tickets = [], []
    if chunk:
        yield Unit("lines", key, "<stdin>", start=n - len(chunk), lines=tuple(chunk),
                   tickets=tuple(tickets), source=source, estimate=len(chunk))


# -- reading --------------------------------------------------------------------------
def read_unit(unit: Unit) -> Iterator[Record]:
    """The records of one unit, in order; never raises for bad input (it becomes a record)."""
    if unit.kind == "reject":
        yield Record(unit.path or unit.key, error=unit.error)
    elif unit.kind == "done":
        yield Record(unit.path or unit.key,
                     ticket=Ticket(unit.key, unit.fingerprint, unit.start))
    elif unit.kind == "jsonl":
        yield from _read_jsonl(unit)
    elif unit.kind == "lines":
        for i, (line, ticket) in enumerate(zip(unit.lines, unit.tickets, strict=True)):
            record = _line_record(line, f"<stdin>:{unit.start + i + 1}", unit.source,
                                  first=unit.start + i == 0)
            record = record or Record(f"<stdin>:{unit.start + i + 1}")
            record.ticket = ticket
            yield record
    elif unit.kind == "file":
        yield from _read_whole(unit)
    else:  # pragma: no cover - a programming error
        raise ValueError(f"unknown unit kind {unit.kind!r}")


def _read_jsonl(unit: Unit) -> Iterator[Record]:
    assert unit.path is not None
    path = Path(unit.path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD)
            lo = max(0, unit.start - HEAD)
            line_no = 0
            if unit.start:
                fh.seek(0)
                remaining = unit.start
                while remaining:
                    block = fh.read(min(1 << 20, remaining))
                    if not block:
                        break
                    line_no += block.count(b"\n")
                    remaining -= len(block)
            fh.seek(lo)
            data = fh.read()
    except OSError as exc:
        yield Record(str(path), error=f"{path}: cannot read ({exc.strerror})")
        return
    pos = unit.start  # absolute offset of data[pos - lo]
    end = lo + len(data)
    last_ticket = None
    while pos < end:
        nl = data.find(b"\n", pos - lo)
        complete = nl >= 0
        line_end = (nl + 1 + lo) if complete else end
        line = data[pos - lo : line_end - lo]
        line_no += 1
        where = f"{path}:{line_no}"
        if not complete and not _parses(line):
            break  # a last line still being written: next time
        record = _line_record(line, where, unit.source, first=pos == 0)
        pos = line_end
        if record is None:
            continue
        before = data[max(lo, pos - HEAD) - lo : pos - lo]
        record.ticket = Ticket(unit.key, jsonl_fingerprint(head[: min(HEAD, pos)], before), pos)
        last_ticket = record.ticket
        yield record
    if pos > unit.start and (last_ticket is None or last_ticket.position < pos):
        before = data[max(lo, pos - HEAD) - lo : pos - lo]
        yield Record(str(path), ticket=Ticket(
            unit.key, jsonl_fingerprint(head[: min(HEAD, pos)], before), pos))


def _parses(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _line_record(line: bytes, where: str, source: str | None, first: bool) -> Record | None:
    """One JSONL line -> an article or a rejection; None for a blank line."""
    try:
        text = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        return Record(where, error=f"{where}: not UTF-8 text (byte {exc.start})")
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Record(where, error=f"{where}: invalid JSON ({json_problem(exc)} at column "
                                   f"{exc.colno})")
    except RecursionError:  # "[[[[..." thousands deep: rejected like any bad line, not a crash
        return Record(where, error=f"{where}: {TOO_DEEP}")
    try:
        return Record(where, article=article_from_mapping(data, source, where))
    except InvalidInput as exc:
        return Record(where, error=exc.message)


def _read_whole(unit: Unit) -> Iterator[Record]:
    assert unit.path is not None
    path = Path(unit.path)
    ticket = Ticket(unit.key, unit.fingerprint, unit.start)
    records: list[Record] = []
    if path.suffix.lower() == ".json":
        records = _read_json(path, unit.source)
    else:
        try:
            records = [Record(str(path), article=a) for a in read_file(path, unit.source)]
        except InvalidInput as exc:
            records = [Record(str(path), error=exc.message)]
    if not records:
        records = [Record(str(path), error=f"{path}: no articles in the file")]
    records[-1].ticket = ticket
    yield from records


def _read_json(path: Path, source: str | None) -> list[Record]:
    """A JSON file (one object or a list): each item on its own, so one bad item is skipped."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [Record(str(path), error=f"{path}: cannot read ({exc.strerror})")]
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return [Record(str(path), error=f"{path}: not UTF-8 text (byte {exc.start})")]
    except json.JSONDecodeError as exc:
        return [Record(str(path), error=f"{path}: invalid JSON ({json_problem(exc)} at line "
                                        f"{exc.lineno} column {exc.colno})")]
    except RecursionError:
        # a crash here would stop every later run at the same file, which is never checkpointed
        return [Record(str(path), error=f"{path}: {TOO_DEEP}")]
    items = data if isinstance(data, list) else [data]
    out = []
    for n, item in enumerate(items):
        where = f"{path}[{n}]"
        try:
            out.append(Record(where, article=article_from_mapping(item, source, where)))
        except InvalidInput as exc:
            out.append(Record(where, error=exc.message))
    return out
