"""Experiment (not shipped): does article centring need another threshold for short articles?

    python bench/context_size_experiment.py [--repeats 8]

Article centring (``embeddings/context.py``) subtracts the mean of a claim's *other*
sentences.  In a short article that mean is taken from few sentences.  This script ingests
the seeds into a temporary store and, for every pair of
``tests/data/seed_pair_judgements.jsonl`` (a reader's same / not-same verdicts), re-centres
both claims on a random k of their article's other sentences, for k = 1 ... 30, and prints:

- the ROC AUC of the centred match score (same vs not same), against raw vectors;
- the share of same and not-same pairs at or above the shipped threshold (0.44);
- the threshold that keeps the full articles' not-same pass rate, and the ``c`` that fits it
  as ``0.44 * k / (k + c)``.

docs/matching.md ("Short articles", fifteenth session) has the figures and why the fitted
threshold was not shipped: sentences drawn at random from long articles are not what a
short article's few, focused sentences are.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from context_auc import roc_auc, unit  # noqa: E402

from embeddings.facets import facet_id, facets  # noqa: E402
from embeddings.matching import match_score  # noqa: E402
from embeddings.types import Claim  # noqa: E402
from service.evaluation.seeds import load_judgements  # noqa: E402
from service.pipeline import build_pipeline  # noqa: E402
from service.readers import read_file  # noqa: E402
from service.settings import Settings  # noqa: E402

THRESHOLD = 0.44  # ClusterConfig.context_threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=8, help="random draws per k")
    args = parser.parse_args()
    pipe = build_pipeline(Settings(data_dir=Path(tempfile.mkdtemp(prefix="ctx-size-"))))
    pipe.ingest(list(read_file(ROOT / "seeds" / "articles.jsonl")))
    claims = [c for c, _ in pipe.store.iter_claims()]
    index = pipe.keeper.index
    vecs = {int(c.id or 0): index.vectors([facet_id(int(c.id or 0), n)
                                           for n in range(len(facets(c.core)))])
            for c in claims}  # stored claims all have ids
    by_article: dict[str, dict[int, np.ndarray]] = {}
    for c in claims:
        by_article.setdefault(c.article_id, {})[int(c.id or 0)] = vecs[int(c.id or 0)][0]
    by_text = {c.text: c for c in claims}
    judged = load_judgements(ROOT / "tests" / "data" / "seed_pair_judgements.jsonl")
    pairs = [(by_text[a], by_text[b], same) for (a, b), same in judged.items()
             if a in by_text and b in by_text]
    weigh, config = pipe.weigher(), pipe.match
    labels = [same for _, _, same in pairs]

    def centred(c: Claim, k: int | None, rng: random.Random) -> np.ndarray:
        others = [v for cid, v in by_article[c.article_id].items() if cid != c.id]
        if k is not None and k < len(others):
            others = rng.sample(others, k)
        return unit(vecs[int(c.id or 0)] - np.mean(others, axis=0))

    def scores(k: int | None, rng: random.Random) -> list[float]:
        out = []
        for a, b, _ in pairs:
            ca, cb = centred(a, k, rng), centred(b, k, rng)
            out.append(match_score(a, b, ca @ cb.T, config, weigh)[0])
        return out

    def passing(values: list[float], threshold: float, same: bool) -> float:
        return float(np.mean([v >= threshold for v, y in zip(values, labels, strict=True)
                              if y is same]))

    raw = [match_score(a, b, vecs[int(a.id or 0)] @ vecs[int(b.id or 0)].T, config, weigh)[0]
           for a, b, _ in pairs]
    print(f"{len(pairs)} judged pairs, {sum(labels)} same; raw vectors: AUC "
          f"{roc_auc(labels, raw):.3f}")
    full = scores(None, random.Random(0))
    rate = passing(full, THRESHOLD, False)
    print(f"whole articles: AUC {roc_auc(labels, full):.3f}, same >= {THRESHOLD}: "
          f"{passing(full, THRESHOLD, True):.2f}, not same >= {THRESHOLD}: {rate:.2f}")
    print("k  AUC    same>=0.44  not>=0.44  threshold at that not-same rate  same there  c")
    for k in (1, 2, 3, 4, 6, 8, 12, 20, 30):
        rows = []
        for r in range(args.repeats):
            got = scores(k, random.Random(100 + r))
            negatives = [v for v, y in zip(got, labels, strict=True) if not y]
            t = float(np.quantile(negatives, 1 - rate))
            rows.append((roc_auc(labels, got), passing(got, THRESHOLD, True),
                         passing(got, THRESHOLD, False), t, passing(got, t, True)))
        auc, same, other, t, same_t = np.mean(rows, axis=0)
        print(f"{k:<2} {auc:.3f}  {same:.2f}        {other:.2f}       {t:.3f}"
              f"                            {same_t:.2f}        {(THRESHOLD / t - 1) * k:.2f}")


if __name__ == "__main__":
    main()
