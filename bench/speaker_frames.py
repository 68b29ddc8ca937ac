"""Which frames does the extractor find in the tuning sentences, and what changed?

    python bench/speaker_frames.py frames.jsonl              # write [sentence, speaker, core]
    python bench/speaker_frames.py --compare OLD.jsonl NEW.jsonl

Runs ``find_speaker`` over the *tuning* sentences of ../shared/eval (MRPC val, STS-B dev,
UCI and Emergent tuning rows, the first 3,000 ClaimBuster tuning sentences) and writes one
JSON line per sentence.  Run it on two revisions and compare: the sentences whose speaker or
core changed are printed for reading, one by one (docs/quality.md, "Who is speaking").
There is no gold for speakers in the public data; this is how a change to the frame rules
is checked against sentences nobody wrote the rules for.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.claims.speakers import find_speaker  # noqa: E402
from service.evaluation import datasets as ds  # noqa: E402

DATA = ROOT.parent / "shared" / "eval"


def tuning_sentences(root: Path) -> list[str]:
    found: set[str] = set()
    for pair in ds.mrpc(root, ds.TUNE):
        found |= {pair.a, pair.b}
    for scored in ds.stsb(root, ds.TUNE):
        found |= {scored.a, scored.b}
    found |= {row.title for row in ds.uci_headlines(root, ds.TUNE)}
    for stance in ds.emergent(root, ds.TUNE):
        found |= {stance.headline, stance.claim}
    found |= {row.text for row in ds.claimbuster(root, ds.TUNE)[:3000]}
    return sorted(found)


def write(out: Path, root: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        for sentence in tuning_sentences(root):
            found = find_speaker(sentence)
            f.write(json.dumps([sentence, found.speaker, found.core]) + "\n")


def compare(old: Path, new: Path) -> int:
    before = {row[0]: row for row in map(json.loads, old.open(encoding="utf-8"))}
    changed = 0
    for line in new.open(encoding="utf-8"):
        sentence, speaker, core = json.loads(line)
        was = before.get(sentence)
        if was is not None and was[1:] != [speaker, core]:
            changed += 1
            print(f"{sentence}\n   OLD [{was[1]}] {was[2]}\n   NEW [{speaker}] {core}")
    print(f"{changed} of {len(before)} sentences changed")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, help="where to write the frames")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    elif args.out:
        write(args.out, args.data)
    else:
        parser.error("give a file to write, or --compare OLD NEW")


if __name__ == "__main__":
    main()
