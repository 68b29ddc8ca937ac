"""Make service/evaluation/data/newswcl50_pair_judgements.jsonl from a reader's judgements.

    python bench/wcl_judgements.py DIR [EVENT ...] \
        > service/evaluation/data/newswcl50_pair_judgements.jsonl

DIR (the fiftieth session's was /tmp/unseen-s50, the fifty-first's /tmp/judge-s51 for tune
event 9 and report events 1, 2, 4; neither kept) holds, for each NewsWCL50 EVENT of either
split (default 0 3 6):
- ``pairs-evE.txt``: the listing of a store's cluster pairs (/tmp/s50/pairs.py's format): a
  header line starting ``P<n> `` and then ``    A: <text[:300]>`` and ``    B: <text[:300]>``;
- ``judge-evE.txt``: ``P<n> S|J|T`` per pair of that listing;
- ``judge-new-evE.txt`` (optional): ``<A[:60]>||<B[:60]> S|J|T``, pairs judged later from
  other stores' listings;
- the stores ``*evE/crossclaim.db`` the listings came from: the listings cut texts short, so
  each is taken back to the one full claim text it begins.
The letters are the rubric of docs/quality.md "What a wrong pair shares": S the same claim,
J a particular subject shared (``"shares": "subject"``), T only the topic (``"topic"``).

Rows written hold only the pair's hash (``service.evaluation.wcl_claims.pair_hash``), the
event and the judgement; no dataset text. A later session adds judgements by appending rows
made the same way: ``{"key": pair_hash(a, b), "event": E, "same": ..., "shares": ...}``,
with the two claim texts from ``eval --tasks newswcl50-claims --verbose``'s unjudged list.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from service.evaluation.wcl_claims import normalise, pair_hash

LETTER = {"S": (True, ""), "J": (False, "subject"), "T": (False, "topic")}


def full_texts(root: Path, event: str) -> list[str]:
    texts: set[str] = set()
    for db in root.glob(f"*ev{event}/crossclaim.db"):
        with sqlite3.connect(db) as conn:
            texts.update(normalise(t) for (t,) in conn.execute("select text from claims"))
    return sorted(texts)


def expand(prefix: str, texts: list[str]) -> str:
    """The one stored claim text that begins with ``prefix``; an error if none or two."""
    p = normalise(prefix)
    # a listed text shorter than the cut is whole: it may also begin a longer claim
    # (report event 7 holds one sentence both with and without its closing words)
    found = {p} if p in texts else {t for t in texts if t.startswith(p)}
    if len(found) != 1:
        raise SystemExit(f"{len(found)} claim texts begin {p[:60]!r}")
    return found.pop()


def listing(path: Path) -> dict[str, tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    out = {}
    for i, line in enumerate(lines):
        if line.startswith("P") and i + 2 < len(lines):
            out[line.split()[0]] = (lines[i + 1][7:], lines[i + 2][7:])
    return out


def rows(root: Path, event: str) -> list[dict[str, object]]:
    texts = full_texts(root, event)
    pairs = listing(root / f"pairs-ev{event}.txt")
    judged: dict[str, tuple[str, str, str]] = {}
    for line in (root / f"judge-ev{event}.txt").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            p, letter = line.split()
            judged[p] = (*pairs[p], letter)
    new = root / f"judge-new-ev{event}.txt"
    if new.exists():
        # a new judgement names its pair by 60 characters a side: the pair listed so in any
        # of the event's listings (two claims may begin alike; the listed pair settles it)
        listed = {pair for path in root.glob(f"pairs-*ev{event}.txt")
                  for pair in listing(path).values()}
        for line in new.read_text(encoding="utf-8").split("\n"):
            if "||" in line:
                head, letter = line.rstrip().rsplit(" ", 1)
                a, b = head.split("||")
                hits = {(x, y) for x, y in listed
                        if (x.startswith(a) and y.startswith(b))
                        or (x.startswith(b) and y.startswith(a))}
                if len(hits) != 1:
                    raise SystemExit(f"{len(hits)} listed pairs begin {head!r}")
                judged[head] = (*hits.pop(), letter)
    out: dict[str, dict[str, object]] = {}
    for a, b, letter in judged.values():
        same, shares = LETTER[letter]
        key = pair_hash(expand(a, texts), expand(b, texts))
        row: dict[str, object] = {"key": key, "event": event, "same": same}
        if shares:
            row["shares"] = shares
        if key in out and out[key] != row:
            raise SystemExit(f"pair {key} judged twice, differently")
        out[key] = row
    return list(out.values())


if __name__ == "__main__":
    root = Path(sys.argv[1])
    for event in sys.argv[2:] or ["0", "3", "6"]:
        for row in rows(root, event):
            print(json.dumps(row))
