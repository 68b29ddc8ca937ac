"""Ingest throughput of the whole pipeline against the raw encoder, measured in one run.

    python bench/ingest_throughput.py [--copies 20] [--json]

The seed articles are repeated (each copy made distinct so it is not a duplicate) and
ingested into a fresh temporary store.  In the same run the encoder alone embeds the
same facet texts, in fp32 and in bf16, and sentence-transformers' own character-sorted
batching is timed against our token-sorted batching, on all texts at once and one article
at a time (as ingest encodes them).  Figures are ratios against the
baseline of the same run: the machine is shared and absolute numbers are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.claims import SentenceClaimExtractor  # noqa: E402
from embeddings.encoder import SentenceTransformerEncoder, cpu_supports_bf16  # noqa: E402
from embeddings.facets import facets  # noqa: E402
from service.pipeline import build_pipeline  # noqa: E402
from service.readers import read_file  # noqa: E402
from service.settings import Settings  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    seeds = list(read_file(ROOT / "seeds" / "articles.jsonl"))
    articles = [replace(a, id=f"{a.id}-{k}", text=f"{a.text}\n\nCopy {k} of this report.")
                for k in range(args.copies) for a in seeds]
    extractor = SentenceClaimExtractor()
    claims = [c for a in articles for c in extractor.extract(a)]
    texts = [f for c in claims for f in facets(c.core)]
    # ingest encodes one article at a time: small batches, where padding costs most
    per_article = [[f for c in extractor.extract(a) for f in facets(c.core)]
                   for a in articles[: len(seeds)]]

    results: dict[str, float] = {"articles": len(articles), "claims": len(claims),
                                 "facets": len(texts)}
    dtypes = ["fp32", "bf16"] if cpu_supports_bf16() else ["fp32"]
    for dtype in dtypes:
        encoder = SentenceTransformerEncoder(dtype=dtype)
        encoder.encode(texts[:64])  # warm-up
        _, seconds = timed(lambda enc=encoder: enc.encode(texts))
        results[f"encoder_{dtype}_claims_per_s"] = len(claims) / seconds
        # sentence-transformers' own batching (sorted by characters) as the padding baseline
        model = encoder._model
        batch = encoder.batch_size
        _, plain = timed(lambda m=model, b=batch: m.encode(texts, batch_size=b,
                                                           normalize_embeddings=True))
        results[f"encoder_{dtype}_token_sorted_speedup"] = plain / seconds
        # one article a call, each sentence padded to its own length rounded up (ours) or
        # to the longest of its batch (sentence-transformers'); the same texts, twice over
        _, ours = timed(lambda enc=encoder: [enc.encode(t) for t in per_article * 2])
        _, theirs = timed(lambda m=model: [m.encode(t, batch_size=len(t),
                                                    normalize_embeddings=True)
                                           for t in per_article * 2])
        results[f"encoder_{dtype}_per_article_speedup"] = theirs / ours

    with tempfile.TemporaryDirectory() as tmp:
        pipe = build_pipeline(Settings(data_dir=Path(tmp)))
        pipe.ingest(seeds[:1])  # load the model and build the store before timing
        _, seconds = timed(lambda: pipe.ingest(articles))
        results["pipeline_claims_per_s"] = len(claims) / seconds
        results["pipeline_articles_per_s"] = len(articles) / seconds
        results["pipeline_dtype"] = pipe.encoder.dtype  # type: ignore[attr-defined]

    best = "bf16" if "bf16" in dtypes else "fp32"
    encoder_rate = results[f"encoder_{best}_claims_per_s"]
    results["pipeline_vs_encoder"] = results["pipeline_claims_per_s"] / encoder_rate
    if "bf16" in dtypes:
        results["bf16_vs_fp32"] = (results["encoder_bf16_claims_per_s"]
                                   / results["encoder_fp32_claims_per_s"])
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for key, value in results.items():
        print(f"{key:40s} {value:.3f}" if isinstance(value, float) else f"{key:40s} {value}")


if __name__ == "__main__":
    main()
