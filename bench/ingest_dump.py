"""Dump what ingest stores, to tell a speed change made no difference to any output.

    python bench/ingest_dump.py --data ../shared/eval --out /tmp/dump.json

Ingests the seed articles, the NewsWCL50 tune articles (in batches of 10, as the batch job
does) and the UCI tune headlines (in batches of 50) into a fresh temporary store, then
writes ``crossclaim claims --json`` and ``crossclaim clusters --min-sources 1 --json`` of
that store, sorted, as one JSON file.  Run it on two checkouts and ``diff`` the files: a
change that is only about speed leaves them byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _cli(data_dir: Path, *args: str) -> object:
    # run from this checkout so its own code answers (cwd first on sys.path)
    out = subprocess.run([sys.executable, "-m", "service", *args, "--data-dir", str(data_dir),
                          "--json"], cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _sorted(value: object) -> object:
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return value


def main() -> None:
    from embeddings.types import Article
    from service.evaluation import datasets as ds
    from service.pipeline import build_pipeline
    from service.readers import read_file
    from service.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--long", type=int, default=0, metavar="N",
                        help="also ingest one article of N different paragraphs "
                             "(bench/long_article.py), last")
    args = parser.parse_args()
    seeds = list(read_file(ROOT / "seeds" / "articles.jsonl"))
    wcl = [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text)
           for r in ds.newswcl50(args.data, ds.TUNE)]
    uci = [Article(id=f"uci-{r.id}", source=r.source, text=r.title)
           for r in ds.uci_headlines(args.data, ds.TUNE)]
    batches = [seeds] + [wcl[lo:lo + 10] for lo in range(0, len(wcl), 10)] \
        + [uci[lo:lo + 50] for lo in range(0, len(uci), 50)]
    if args.long:
        from long_article import long_text

        batches.append([Article(id=f"long-{args.long}", source="City Wire",
                                text=long_text("different", args.long, args.data))])
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        pipeline = build_pipeline(Settings(data_dir=data_dir))
        start = time.perf_counter()
        for batch in batches:
            pipeline.ingest(batch)
        seconds = time.perf_counter() - start
        pipeline.store.close()
        dump = {"claims": _cli(data_dir, "claims"),
                "clusters": _cli(data_dir, "clusters", "--min-sources", "1", "--limit", "10000")}
    args.out.write_text(json.dumps(_sorted(dump), indent=1, sort_keys=True) + "\n")
    print(f"{sum(len(b) for b in batches)} articles ingested in {seconds:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
