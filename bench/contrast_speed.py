"""Contrast stage speed against reading the same claims' figures, measured in one run.

    python bench/contrast_speed.py [--repeat 5] [--json]

Every pair of consecutive claims of the seed articles (about 230 pairs) is contrasted with
the default rules (``RuleContraster``, readings not cached between runs), and, as the
baseline of the same run, the claims stage's figure reader (``find_numbers``) reads the same
two texts: both are pure-Python text passes, so their ratio moves with the contrast stage's
own cost, not with the machine.  Twenty-ninth session, d24e95a then 31a5a34 one after the
other: 20.3x (9.96 ms a pair) -> 6.7x (3.95 ms), the opposite-pair patterns no longer
recompiled for every claim.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.claims import SentenceClaimExtractor, find_numbers  # noqa: E402
from embeddings.types import Claim  # noqa: E402
from service.contrast import RuleContraster  # noqa: E402
from service.contrast.negation import compare  # noqa: E402
from service.readers import read_file  # noqa: E402


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seed_claims() -> list[Claim]:
    extractor = SentenceClaimExtractor()
    return [claim for article in read_file(ROOT / "seeds" / "articles.jsonl")
            for claim in extractor.extract(article)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    claims = seed_claims()
    pairs = list(pairwise(claims))
    contraster = RuleContraster()

    def contrast_all() -> None:
        # each run reads every claim afresh: the clusterer's reading cache (forty-eighth
        # session) would otherwise answer every run after the first from memory
        compare._read.cache_clear()
        for a, b in pairs:
            contraster.contrast([a, b])

    def read_figures() -> None:
        for a, b in pairs:
            find_numbers(a.text)
            find_numbers(b.text)

    contrast_all()  # warm-up: lexicons, compiled patterns
    contrast = median_seconds(contrast_all, args.repeat)
    figures = median_seconds(read_figures, args.repeat)
    result = {"pairs": len(pairs), "repeat": args.repeat,
              "contrast_ms_per_pair": round(contrast / len(pairs) * 1000, 2),
              "figures_ms_per_pair": round(figures / len(pairs) * 1000, 2),
              "contrast_vs_figures": round(contrast / figures, 1)}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['pairs']} pairs, medians of {args.repeat} runs: contrast "
          f"{result['contrast_ms_per_pair']} ms a pair, reading the figures "
          f"{result['figures_ms_per_pair']} ms ({result['contrast_vs_figures']}x)")


if __name__ == "__main__":
    main()
