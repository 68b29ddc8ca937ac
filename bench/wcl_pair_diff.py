"""Which counted NewsWCL50 claim pairs two checkouts disagree on, and why.

    python bench/wcl_pair_diff.py BEFORE_DIR AFTER_DIR --split report --events 2,5 [--text]

Each checkout clusters the asked events as ``newswcl50-claims`` does (each event in a store
of its own, with that checkout's code; run in a subprocess with the checkout first on the
path), and the pairs it counts (``cluster_pairs``: two sources, or two voices of one) are
looked up in one judgement file (--judgements; this checkout's by default), so both sides
are scored alike.  For every pair one side counts and the other does not, it prints the
judgement, each claim's speaker before -> after and where each claim went, and a cause:

  one-voice  the two claims are of one article and now one voice: the pair is not counted,
             whatever the clustering did (and a cluster may not hold both)
  twin-cap   a claim left the cluster while a claim of its article now of its voice is in
             it: one voice of one article gets one seat
  moved      a claim is in another cluster: says whether the pair's own claims were reread
             (voice, core), or only claims of their clusters, or nothing (a margin at the
             edge moved by the article's mean or the word weights)
  gone       a claim's text is not a claim on the other side (the sentence split moved)

It also lists the claims each event reads differently and the counted pairs of each side by
judgement.  --reverse ingests each event's articles in reverse order on both sides: a pair
that one order alone loses hangs on the online clustering's order, not on the change.
Dataset text goes to stdout only with --text (judging is reading); by default claims are
shown by pair key, article and offset.  Nothing is written to disk.

    python bench/wcl_pair_diff.py /tmp/before /tmp/after --split tune --events 9 --text
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# -- one side: run inside the checkout asked for -------------------------------------------------
def dump(split: str, events: list[str], data: Path, reverse: bool) -> None:
    """Print (as JSON) every claim of the asked events with its cluster, speaker and core."""
    from embeddings.types import Article
    from service.evaluation import datasets as ds
    from service.evaluation.context import Context, default_cache_dir

    ctx = Context(data, split, cache_dir=default_cache_dir(), log=lambda _m: None)
    out: dict[str, list[dict[str, object]]] = {}
    try:
        rows = ds.newswcl50(data, split)
        for event in events:
            mine = [r for r in rows if r.event == event]
            if reverse:  # clustering is online: a claim's cluster may hang on the order
                mine.reverse()
            pipe = ctx.new_pipeline(f"diff-{event}")
            pipe.ingest([Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text)
                         for r in mine])
            out[event] = [{"article": c.article_id, "source": c.source, "start": c.start,
                           "text": c.text, "core": c.core, "speaker": c.speaker,
                           "cluster": cluster} for c, cluster in pipe.store.iter_claims()]
    finally:
        ctx.close()
    json.dump(out, sys.stdout)


def run_side(checkout: Path, split: str, events: list[str], data: Path,
             reverse: bool) -> dict[str, list[dict]]:
    env = {**os.environ, "PYTHONPATH": str(checkout), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--dump", "--split", split,
         "--events", ",".join(events), "--data", str(data)] + ["--reverse"] * reverse,
        cwd=checkout, env=env, capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"{checkout}: {proc.stderr[-2000:]}")
    out: dict[str, list[dict]] = json.loads(proc.stdout)
    return out


# -- the comparison --------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    article: str
    source: str
    start: int
    text: str
    core: str
    speaker: str | None
    cluster: int

    @property
    def voice(self) -> str:
        return self.speaker or self.source


def counted_pairs(rows: list[Row]) -> dict[str, list[tuple[Row, Row]]]:
    """The pairs ``newswcl50-claims`` counts, by judgement key (a sentence an article
    repeats makes one key count twice)."""
    from service.evaluation.wcl_claims import pair_hash

    by_cluster: dict[int, list[Row]] = {}
    for r in rows:
        by_cluster.setdefault(r.cluster, []).append(r)
    out: dict[str, list[tuple[Row, Row]]] = {}
    for members in by_cluster.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.source != b.source or a.voice != b.voice:
                    out.setdefault(pair_hash(a.text, b.text), []).append((a, b))
    return out


Key = tuple[str, int, str]  # article, offset, text: one claim on both sides


def key_of(r: Row) -> Key:
    return (r.article, r.start, r.text)


def reread(r: Row, o: Row | None) -> str:
    """What the other side reads differently in one claim: '', 'voice', 'core', 'voice+core'."""
    if o is None:
        return "gone"
    return "+".join(w for w, x, y in (("voice", r.voice, o.voice), ("core", r.core, o.core))
                    if x != y)


def cause(a: Row, b: Row, other: dict[Key, Row], other_rows: list[Row],
          mine_rows: list[Row]) -> str:
    """Why the other side does not count the pair (a, b) this side counts."""
    oa, ob = other.get(key_of(a)), other.get(key_of(b))
    if oa is None or ob is None:
        return "gone"
    if oa.article == ob.article and oa.voice == ob.voice:
        return "one-voice"
    for theirs, partner in ((oa, ob), (ob, oa)):
        if theirs.cluster != partner.cluster and any(
                r.cluster == partner.cluster and r.article == theirs.article
                and r.voice == theirs.voice and key_of(r) != key_of(theirs)
                for r in other_rows):
            return "twin-cap"
    own = sorted({w for r, o in ((a, oa), (b, ob)) for w in reread(r, o).split("+") if w})
    if own:
        return f"moved (pair's own {'+'.join(own)} reread)"
    # the pair's readings are unchanged: did a claim of its cluster on either side change?
    near = {key_of(r) for r in mine_rows if r.cluster == a.cluster} | {
        key_of(r) for r in other_rows if r.cluster in (oa.cluster, ob.cluster)}
    mine_idx = {key_of(r): r for r in mine_rows}
    changed = sum(1 for k in near if k in mine_idx and reread(mine_idx[k], other.get(k)))
    return f"moved (cluster-mates reread: {changed})" if changed else "moved (nothing reread)"


def judged_as(key: str, judged: dict) -> str:
    j = judged.get(key)
    if j is None:
        return "unjudged"
    return "same" if j.same else j.shares


def show(r: Row, o: Row | None, text: bool) -> str:
    """One claim before -> after (``r`` before, ``o`` after)."""
    where = f"{r.article}@{r.start} [{r.source}]"
    if o is None:
        return f"{where} cluster {r.cluster} -> (no such claim)"
    out = f"{where} cluster {r.cluster} -> {o.cluster}: speaker {r.speaker!r} -> {o.speaker!r}"
    if text:
        out += f"\n        {r.text}"
        if o.core != r.core:
            out += f"\n        core {r.core!r}\n          -> {o.core!r}"
    return out


def show_cluster(label: str, rows: list[Row], cluster: int, other: dict[Key, Row]) -> None:
    members = [r for r in rows if r.cluster == cluster]
    print(f"      {label} cluster {cluster}: " + "; ".join(
        f"{r.article}@{r.start} {r.voice!r}" + (f" [{reread(r, other.get(key_of(r)))}]"
                                               if reread(r, other.get(key_of(r))) else "")
        for r in members))


def compare(before: list[Row], after: list[Row], judged: dict, text: bool,
            label: str) -> Counter[tuple[str, str, str]]:
    """Print the pairs lost and gained in one event; count them by (way, judgement, cause)."""
    pb, pa = counted_pairs(before), counted_pairs(after)
    by_b = {key_of(r): r for r in before}
    by_a = {key_of(r): r for r in after}
    changed = [(r, by_a.get(key_of(r))) for r in before if reread(r, by_a.get(key_of(r)))]
    print(f"  claims read differently: {len(changed)}")
    for r, o in changed:
        print(f"    {r.article}@{r.start} speaker {r.speaker!r} -> "
              f"{o.speaker if o else None!r} ({reread(r, o)})"
              + (f"\n        {r.text}" if text else ""))
    for side, pairs in (("before", pb), ("after", pa)):
        sums = Counter(judged_as(k, judged) for k, ps in pairs.items() for _ in ps)
        print(f"  counted pairs {side}: {sum(sums.values())} (" + ", ".join(
            f"{j} {n}" for j, n in sorted(sums.items())) + ")")
    tally: Counter[tuple[str, str, str]] = Counter()
    seen: set[tuple[int, ...]] = set()
    for way, mine, theirs in (("lost", pb, pa), ("gained", pa, pb)):
        mine_rows, their_rows = (before, after) if way == "lost" else (after, before)
        their_idx = by_a if way == "lost" else by_b
        for key, a, b in ((k, a, b) for k in sorted(mine)
                          for a, b in mine[k][len(theirs.get(k, [])):]):
            j = judged_as(key, judged)
            why = cause(a, b, their_idx, their_rows, mine_rows)
            tally[(way, j, why)] += 1
            print(f"  {way} {key} {j:8} {why}")
            for r in (a, b):
                o = their_idx.get(key_of(r))
                print("    " + (show(r, o, text) if way == "lost" or o is None
                                else show(o, r, text)))
            pair_b = (a, b) if way == "lost" else (by_b.get(key_of(a)), by_b.get(key_of(b)))
            pair_a = (by_a.get(key_of(a)), by_a.get(key_of(b))) if way == "lost" else (a, b)
            # (each set of clusters shown once: a repeated sentence repeats its pairs)
            clusters = tuple(r.cluster if r else -1 for r in (*pair_b, pair_a[0]))
            if clusters in seen:
                continue
            seen.add(clusters)
            for side, rows, idx, pair in (("before", before, by_a, pair_b),
                                          ("after", after, by_b, pair_a)):
                for c in sorted({r.cluster for r in pair if r is not None}):
                    show_cluster(side, rows, c, idx)
    print(f"  {label}: " + ", ".join(f"{w} {j} {c}: {n}" for (w, j, c), n
                                     in sorted(tally.items())))
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", nargs="?", type=Path)
    ap.add_argument("after", nargs="?", type=Path)
    ap.add_argument("--split", default="report")
    ap.add_argument("--events", required=True, help="comma-separated event ids")
    ap.add_argument("--data", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--judgements", type=Path, default=None,
                    help="the judgement file both sides are scored with (default: this "
                         "checkout's)")
    ap.add_argument("--text", action="store_true", help="print claim text (stdout only)")
    ap.add_argument("--reverse", action="store_true",
                    help="ingest each event's articles in reverse order (both sides)")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    events = [e.strip() for e in args.events.split(",") if e.strip()]
    if args.dump:
        dump(args.split, events, args.data, args.reverse)
        return
    if args.before is None or args.after is None:
        ap.error("BEFORE_DIR and AFTER_DIR are needed")
    sys.path.insert(0, str(ROOT))
    from service.evaluation.wcl_claims import load_wcl_judgements

    judged = load_wcl_judgements(args.judgements)
    sides = [run_side(d.resolve(), args.split, events, args.data, args.reverse)
             for d in (args.before, args.after)]
    total: Counter[tuple[str, str, str]] = Counter()
    for event in events:
        before, after = ([Row(**r) for r in side[event]] for side in sides)
        print(f"event {event}: {len(before)} claims before, {len(after)} after")
        total += compare(before, after, judged, args.text, f"event {event}")
    print("all: " + ", ".join(f"{w} {j} {c}: {n}" for (w, j, c), n in sorted(total.items())))


if __name__ == "__main__":
    main()
