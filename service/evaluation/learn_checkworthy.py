"""Train the check-worthiness scorer (``embeddings/claims/checkworthy.json``) on ClaimBuster.

    python -m service.evaluation.learn_checkworthy --data ../shared/eval

Data: ClaimBuster's 2.5xNCS sentences that are not in its balanced test file
(``datasets.claimbuster(..., "tune")``: 9,141 sentences, 27% check-worthy); sentences whose
text also occurs in the test file are left out too, so ``crossclaim eval`` reports on
sentences never trained on.  Each sentence becomes the claim ``Pipeline.compare`` would
build for it, and its *core* (frame removed) is embedded, as the pipeline embeds claims.

Model: L2-regularised logistic regression on the 384 numbers of the vector (Newton's
method, numpy only).  The regularisation and the threshold are chosen by 5-fold cross-
validation on the training sentences alone: the C with the best pooled F1, and the
threshold that maximises F1 on its pooled out-of-fold scores.  The file records how it
was made (rows, folds, the SHA-256 of the training ids) so a test can check that no test
sentence was trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from embeddings.claims.checkworthy import WEIGHTS
from service.evaluation import datasets as ds

C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))
FOLDS = 5


def training_rows(root: Path) -> list[ds.ClaimSentence]:
    """The tuning sentences, without any whose text is also a test sentence's."""
    test_texts = {_norm(r.text) for r in ds.claimbuster(root, ds.REPORT)}
    return [r for r in ds.claimbuster(root, ds.TUNE) if _norm(r.text) not in test_texts]


def ids_digest(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def fit(x: np.ndarray, y: np.ndarray, c: float, iterations: int = 25) -> tuple[np.ndarray, float]:
    """Minimise log-loss + ||w||² / (2C) by Newton's method (the bias is not penalised)."""
    xb = np.hstack([x.astype(np.float64), np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = float((predicted & gold).sum())
    return 2 * tp / max(float(predicted.sum() + gold.sum()), 1.0)


def cross_validate(x: np.ndarray, y: np.ndarray, ids: Sequence[str],
                   c: float) -> tuple[float, float]:
    """(best pooled out-of-fold F1, its threshold); folds by hash of the sentence id."""
    fold = np.array([int(hashlib.sha256(i.encode()).hexdigest(), 16) % FOLDS for i in ids])
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        w, b = fit(x[fold != k], y[fold != k], c)
        scores[fold == k] = 1.0 / (1.0 + np.exp(-(x[fold == k] @ w + b)))
    return max((f1(scores >= t, y), t) for t in THRESHOLDS)


def core_vectors(rows: Sequence[ds.ClaimSentence], model: str) -> np.ndarray:
    from service.pipeline import build_pipeline
    from service.settings import Settings

    with tempfile.TemporaryDirectory(prefix="crossclaim-cw-") as tmp:
        pipe = build_pipeline(Settings(data_dir=Path(tmp), database_url=None, model=model))
        try:
            cores = [pipe.adhoc_claim(r.text).core for r in rows]
            return pipe.encoder.encode(cores)
        finally:
            pipe.store.close()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)

    rows = training_rows(args.data)
    x = core_vectors(rows, args.model)
    y = np.array([r.is_claim for r in rows])
    ids = [r.id for r in rows]
    cv = {c: cross_validate(x, y, ids, c) for c in C_GRID}
    c = max(C_GRID, key=lambda k: (cv[k][0], -k))
    cv_f1, threshold = cv[c]
    w, b = fit(x, y, c)
    out = {
        "model": args.model, "dim": int(x.shape[1]), "bias": round(b, 6),
        "threshold": threshold, "C": c, "cv_f1": round(cv_f1, 4),
        "cv": {str(k): {"f1": round(v[0], 4), "threshold": v[1]} for k, v in cv.items()},
        "data": "ClaimBuster 2.5xNCS minus the balanced test file (ids and texts)",
        "rows": len(rows), "positives": int(y.sum()), "train_ids_sha256": ids_digest(ids),
        "weights": [round(float(v), 6) for v in w],
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} sentences ({int(y.sum())} check-worthy); C={c}, threshold "
          f"{threshold}, cross-validated F1 {cv_f1:.3f} -> {args.out}")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


if __name__ == "__main__":
    main()
