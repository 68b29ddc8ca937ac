"""Latency of the central question against embedding the query alone, measured in one run.

    python bench/query_latency.py [--copies 4] [--repeat 5] [--json]

The seed articles (repeated ``--copies`` times, each copy distinct) are ingested into a
fresh temporary store; then each query is asked ``--repeat`` times: the clusters
(``Pipeline.contrasts``), the story's figures and labels read once (``Pipeline.across``, what
``GET /v1/contrasts`` adds), and, as the baseline of the same run, the encoder embedding the
query alone.  Medians, as ratios against that baseline: the machine is shared and absolute
numbers are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.pipeline import build_pipeline  # noqa: E402
from service.readers import read_file  # noqa: E402
from service.settings import Settings  # noqa: E402

QUERIES = ["how many Armenians left Karabakh", "Stepanakert", "the Lachin corridor",
           "who shelled civilians", "what the September 2023 military action is called"]


def median_seconds(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    seeds = list(read_file(ROOT / "seeds" / "articles.jsonl"))
    articles = [replace(a, id=f"{a.id}-{k}", text=f"{a.text}\n\nCopy {k} of this report.")
                for k in range(args.copies) for a in seeds]
    with tempfile.TemporaryDirectory(prefix="crossclaim-bench-") as tmp:
        pipe = build_pipeline(Settings(data_dir=Path(tmp), database_url=None))
        pipe.ingest(articles)
        pipe.contrasts(QUERIES[0])  # warm-up: index, caches
        pipe.across(QUERIES[0])
        rows = []
        for query in QUERIES:
            encode = median_seconds(lambda q=query: pipe.encoder.encode([q]), args.repeat)
            clusters = median_seconds(lambda q=query: pipe.contrasts(q), args.repeat)
            across = median_seconds(lambda q=query: pipe.across(q), args.repeat)
            # the question rules that are off by default, on (fifty-third session)
            default = pipe.settings
            pipe.settings = default.model_copy(update={"query_names_needed": True,
                                                       "query_lone_words": True})
            rules_on = median_seconds(lambda q=query: pipe.contrasts(q), args.repeat)
            pipe.settings = default
            rows.append({"query": query, "encode_ms": round(encode * 1000, 1),
                         "contrasts_ms": round(clusters * 1000, 1),
                         "figures_and_labels_ms": round(across * 1000, 1),
                         "contrasts_vs_encode": round(clusters / encode, 1),
                         "contrasts_rules_on_vs_encode": round(rules_on / encode, 1),
                         "figures_and_labels_vs_encode": round(across / encode, 1)})
        claims = pipe.store.counts().get("claims")
        pipe.store.close()
    result = {"articles": len(articles), "claims": claims, "repeat": args.repeat,
              "queries": rows}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(articles)} articles, {claims} claims; medians of {args.repeat} runs")
    for row in rows:
        print(f"{row['query'][:40]:40}  encode {row['encode_ms']:6.1f} ms  "
              f"clusters {row['contrasts_ms']:6.1f} ms ({row['contrasts_vs_encode']}x; "
              f"rules on {row['contrasts_rules_on_vs_encode']}x)  "
              f"figures+labels {row['figures_and_labels_ms']:6.1f} ms "
              f"({row['figures_and_labels_vs_encode']}x)")


if __name__ == "__main__":
    main()
