"""Where ingest spends its time: cProfile around ``Pipeline.ingest`` on real news.

    python bench/profile_ingest.py [--data ../shared/eval] [--top 30]

Ingests the 50 NewsWCL50 articles (10 events x 5 outlets, full texts; the tuning and the
report events) into a fresh temporary store in batches of 10, the way the batch job does,
and prints the wall time and the functions with the most cumulative time.  Seed copies
(``ingest_throughput.py``) repeat one story 10 times; these articles are less alike, so the
matching work per claim is closer to what a real feed costs.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from embeddings.types import Article
    from service.evaluation import datasets as ds
    from service.pipeline import build_pipeline
    from service.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    rows = ds.newswcl50(args.data, ds.TUNE) + ds.newswcl50(args.data, ds.REPORT)
    articles = [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text) for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = build_pipeline(Settings(data_dir=Path(tmp)))
        pipeline.encoder.encode(["warm up"])
        profile = cProfile.Profile()
        start = time.perf_counter()
        profile.enable()
        for lo in range(0, len(articles), 10):
            pipeline.ingest(articles[lo : lo + 10])
        profile.disable()
        seconds = time.perf_counter() - start
        counts = pipeline.store.counts()
        pipeline.store.close()
    print(f"{len(articles)} articles, {counts['claims']} claims in {seconds:.1f} s "
          f"({counts['claims'] / seconds:.1f} claims/s, profiled)")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
