"""The files under a folder that ``crossclaim ingest DIR`` and the batch job read, and the
paths under it that could not be read, each named.

``Path.rglob`` passed over a folder it may not list (permissions) and over a symlinked
folder without a word: the user learned nothing of the files not read.  Here a symlinked
folder is followed (a feed folder linked into another is meant to be read), each folder
once, however many links lead to it, so a link back to an ancestor (a loop) ends the walk
rather than hanging it; a folder that cannot be listed, a broken link and a special file
(a FIFO named ``feed.jsonl`` would block the reader forever) are named in ``skipped``.
Hidden files and folders (".git", ".cache") and files of other types are passed over
quietly: reading them was never meant.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from service.errors import InvalidInput
from service.readers import SUFFIXES


@dataclass
class Walk:
    files: list[Path] = field(default_factory=list)
    # (path, "PATH: why"), one per path not read
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def walk(root: Path) -> Walk:
    """Readable article files under ``root`` (sorted), and what was skipped."""
    found = Walk()
    seen: set[tuple[int, int]] = set()  # (device, inode) of each folder listed
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                continue  # listed already, by another link (or this is a loop)
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            found.skipped.append((folder, f"{folder}: cannot read the folder ({_why(exc)})"))
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if _is_dir(entry):  # a symlinked folder too
                folders.append(path)
            elif path.suffix.lower() not in SUFFIXES:
                continue
            elif _is_file(entry):
                found.files.append(path)
            elif entry.is_symlink() and not _target_exists(path):
                found.skipped.append((path, f"{path}: a broken symlink (to {os.readlink(path)})"))
            else:
                found.skipped.append((path, f"{path}: not a regular file"))
        stack.extend(reversed(folders))
    found.files.sort()
    return found


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link
    except OSError:  # a link to itself (ELOOP), a folder gone meanwhile
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _target_exists(path: Path) -> bool:
    try:
        path.stat()
    except OSError:
        return False
    return True


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def files_of(paths: list[Path]) -> Walk:
    """The files named on a command line, folders walked; a path that does not exist is an
    error (a typo: nothing else should be read as if it were the whole input)."""
    found = Walk()
    for path in paths:
        if path.is_dir():
            under = walk(path)
            found.files.extend(under.files)
            found.skipped.extend(under.skipped)
        elif path.exists():
            found.files.append(path)
        else:
            raise InvalidInput(f"{path}: no such file or directory")
    return found
