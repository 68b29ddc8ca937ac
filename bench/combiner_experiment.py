"""Experiment (not shipped): a logistic-regression combiner of match features.

    python bench/combiner_experiment.py --data ../shared/eval --out /tmp/combiner.json

Result (docs/matching.md): it did not beat plain cosine on held-out MRPC/STS-B, so
``match_score`` does not use it.

Training rows, tuning splits only (the reported splits are never read here):
- MRPC ``msr-para-val.tsv`` (500 pairs, paraphrase yes/no);
- STS-B ``sts-dev.csv``: score >= 4 as "same", score <= 2 as "different" (the middle is left out).
A logistic regression over ``pair_features`` (below) is fitted with a small L2
penalty; its weights (on standardised features, folded back into raw-feature weights) and
the decision threshold that maximises F1 on the MRPC rows are written as JSON.  The
reported figures (MRPC test F1, STS-B test Spearman) come from ``bench/match_lab.py``.

scikit-learn is used only here (it is not a dependency of the package).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from embeddings.facets import facets
from embeddings.lexical import Weigher, general_rarity, lexical_similarity
from embeddings.matching import entity_keys
from embeddings.types import Claim

FEATURES = ("cos_core", "cos_best", "facet_score", "lex_core", "shared_rare", "entity_jaccard",
            "entity_disjoint", "length_ratio", "numbers_shared")
RARE = 3.0  # a word at least this rare (7 - Zipf) is specific enough to count as shared evidence


def _numbers_shared(a: Claim, b: Claim) -> float:
    for x in a.numbers:
        for y in b.numbers:
            if x.low is not None and x.low == y.low and x.high == y.high:
                return 1.0
    return 0.0


def pair_features(a: Claim, b: Claim, cosines: np.ndarray | float,
                  weigh: Weigher = general_rarity) -> dict[str, float]:
    from embeddings.lexical import content_words, term_vector

    fa, fb = facets(a.core), facets(b.core)
    cos = np.atleast_2d(np.asarray(cosines, dtype=np.float32))
    cos = cos[: len(fa), : len(fb)]
    best = -1.0
    for i in range(cos.shape[0]):
        for j in range(cos.shape[1]):
            if cos[i, j] + 0.5 < best:
                continue
            value = float(cos[i, j]) + 0.5 * lexical_similarity(fa[i], fb[j], weigh)[0]
            best = max(best, value)
    lex_core = lexical_similarity(a.core, b.core, weigh)[0]
    va, vb = term_vector(a.core, weigh), term_vector(b.core, weigh)
    shared_rare = sum(1 for k in va.keys() & vb.keys() if min(va[k], vb[k]) >= RARE)
    ka, kb = entity_keys(a), entity_keys(b)
    na, nb = len(content_words(a.core)), len(content_words(b.core))
    return {
        "cos_core": float(cos[0, 0]),
        "cos_best": float(cos.max()),
        "facet_score": best,
        "lex_core": lex_core,
        "shared_rare": min(shared_rare, 3) / 3,
        "entity_jaccard": len(ka & kb) / len(ka | kb) if ka and kb else 0.0,
        "entity_disjoint": float(len(ka) >= 2 and len(kb) >= 2 and not ka & kb),
        "length_ratio": min(na, nb) / max(na, nb, 1),
        "numbers_shared": _numbers_shared(a, b),
    }



def featurise(pairs, encode, extract):  # type: ignore[no-untyped-def]
    claims = [(extract(a), extract(b)) for a, b in pairs]
    texts = sorted({f for pair in claims for c in pair for f in facets(c.core)})
    vec = dict(zip(texts, encode(texts), strict=True))
    rows = []
    for ca, cb in claims:
        va = np.vstack([vec[f] for f in facets(ca.core)])
        vb = np.vstack([vec[f] for f in facets(cb.core)])
        feats = pair_features(ca, cb, va @ vb.T, general_rarity)
        rows.append([feats[name] for name in FEATURES])
    return np.asarray(rows, dtype=np.float64)


def fit(x: np.ndarray, y: np.ndarray, c: float = 1.0) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / std, y)
    w = model.coef_[0] / std
    b = float(model.intercept_[0] - (model.coef_[0] * mean / std).sum())
    return w, b


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/combiner.json"))
    ap.add_argument("--c", type=float, default=1.0)
    args = ap.parse_args()

    from embeddings.claims import SentenceClaimExtractor
    from embeddings.encoder import SentenceTransformerEncoder
    from embeddings.types import Article
    from service.adhoc import whole_text_claim
    from service.evaluation import datasets as ds

    extractor = SentenceClaimExtractor()

    def extract(text: str):  # type: ignore[no-untyped-def]
        article = Article(id="adhoc", source="input", text=text.strip())
        claims = extractor.extract(article)
        return claims[0] if len(claims) == 1 else whole_text_claim(article)

    encoder = SentenceTransformerEncoder()
    mrpc = ds.mrpc(args.data, ds.TUNE)
    sts = [p for p in ds.stsb(args.data, ds.TUNE) if p.score >= 4 or p.score <= 2]
    x_m = featurise([(p.a, p.b) for p in mrpc], encoder.encode, extract)
    y_m = np.array([p.paraphrase for p in mrpc], dtype=int)
    x_s = featurise([(p.a, p.b) for p in sts], encoder.encode, extract)
    y_s = np.array([p.score >= 4 for p in sts], dtype=int)
    x, y = np.vstack([x_m, x_s]), np.concatenate([y_m, y_s])
    w, b = fit(x, y, args.c)
    logits = x_m @ w + b
    from sklearn.metrics import f1_score

    cands = np.unique(np.round(logits, 3))
    f1s = [f1_score(y_m, logits >= t) for t in cands]
    threshold = float(cands[int(np.argmax(f1s))])
    out = {
        "features": list(FEATURES),
        "weights": [round(float(v), 5) for v in w],
        "bias": round(b, 5),
        "pair_threshold": round(threshold, 3),
        "trained_on": "MRPC msr-para-val.tsv (500) + STS-B sts-dev.csv score>=4 vs <=2 "
                      f"({len(sts)}); L2 C={args.c}",
        "mrpc_val_f1": round(float(max(f1s)), 4),
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
