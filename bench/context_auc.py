"""How well do pair scores tell "same claim" from "same topic" on the judged seed pairs?

    python bench/context_auc.py

Ingests the seeds into a temporary store, then scores every pair of
``tests/data/seed_pair_judgements.jsonl`` (a reader's same / not-same verdicts) with
several similarity variants and prints the ROC AUC of each (docs/matching.md, "Article
context").  A diagnostic for choosing a *method*; thresholds are chosen elsewhere, on the
tuning splits of ../shared/eval.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.facets import facet_id, facets  # noqa: E402
from embeddings.lexical import lexical_similarity  # noqa: E402
from embeddings.matching import match_score  # noqa: E402
from service.evaluation.seeds import load_judgements  # noqa: E402
from service.pipeline import build_pipeline  # noqa: E402
from service.readers import read_file  # noqa: E402
from service.settings import Settings  # noqa: E402


def roc_auc(labels: list[bool], scores: list[float]) -> float:
    """Probability that a random "same" pair outscores a random "not same" one (ties: 1/2)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def main() -> None:
    pipe = build_pipeline(Settings(data_dir=Path(tempfile.mkdtemp(prefix="ctx-auc-"))))
    pipe.ingest(list(read_file(ROOT / "seeds" / "articles.jsonl")))
    claims = [c for c, _ in pipe.store.iter_claims()]
    by_text = {c.text: c for c in claims}
    index = pipe.keeper.index
    vecs = {c.id: index.vectors([facet_id(c.id, n) for n in range(len(facets(c.core)))])
            for c in claims}
    cores = np.vstack([vecs[c.id][0] for c in claims])
    corpus_mean = cores.mean(axis=0)
    weigh = pipe.weigher()
    judged = load_judgements(ROOT / "tests" / "data" / "seed_pair_judgements.jsonl")

    rows: dict[str, list[float]] = {}
    labels: list[bool] = []
    for (ta, tb), same in judged.items():
        a, b = by_text.get(ta), by_text.get(tb)
        if a is None or b is None or a.id is None or b.id is None:
            continue
        va, vb = vecs[a.id], vecs[b.id]
        ca, cb = pipe.context.centred(a, va), pipe.context.centred(b, vb)
        assert ca is not None and cb is not None  # every seed article has many claims
        lex = lexical_similarity(a.core, b.core, weigh)[0]
        labels.append(same)
        for name, value in (
            ("match score, raw vectors (before)", match_score(a, b, va @ vb.T, pipe.match,
                                                              weigh)[0]),
            ("core cosine", float(va[0] @ vb[0])),
            ("core cosine, corpus mean removed",
             float(unit(va[0] - corpus_mean) @ unit(vb[0] - corpus_mean))),
            ("core cosine, article context removed", float(ca[0] @ cb[0])),
            ("  + 0.5 x word overlap", float(ca[0] @ cb[0]) + 0.5 * lex),
            ("match score, article context (shipped)", match_score(a, b, ca @ cb.T, pipe.match,
                                                                   weigh)[0]),
        ):
            rows.setdefault(name, []).append(value)
    print(f"{len(labels)} judged seed pairs, {sum(labels)} same")
    for name, scores in rows.items():
        print(f"{name:42s} ROC AUC {roc_auc(labels, scores):.3f}")


if __name__ == "__main__":
    main()
