"""Matching lab: measure match_score / clustering variants quickly, in one process.

    python bench/match_lab.py seeds [--threshold X]      # seed gold figures (fresh temp store)
    python bench/match_lab.py pairs [--split tune|report] # MRPC F1 and STS-B Spearman

Reads ../shared/eval at run time (never copied). Embeddings are cached in memory per run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.matching import MatchConfig, match_score  # noqa: E402
from service.settings import Settings  # noqa: E402


class CachedEncoder:
    def __init__(self, inner):  # type: ignore[no-untyped-def]
        self.inner = inner
        self.dim = inner.dim
        self.cache: dict[str, np.ndarray] = {}

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)

    def encode(self, texts):  # type: ignore[no-untyped-def]
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            for t, v in zip(todo, self.inner.encode(todo), strict=True):
                self.cache[t] = v
        return np.vstack([self.cache[t] for t in texts]) if texts else np.zeros((0, self.dim))


_ENCODER: CachedEncoder | None = None


def pipeline(data_dir: Path, match: MatchConfig):  # type: ignore[no-untyped-def]
    global _ENCODER
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.encoder import SentenceTransformerEncoder
    from service.contrast import RuleContraster
    from service.index_keeper import IndexKeeper
    from service.pipeline import Pipeline
    from service.store import SqlStore

    settings = Settings(data_dir=data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if _ENCODER is None:
        _ENCODER = CachedEncoder(SentenceTransformerEncoder(settings.model, settings.dtype))
    store = SqlStore(settings.db_url)
    keeper = IndexKeeper(store, settings.index_path, settings.model, _ENCODER.dim)
    return Pipeline(settings, store, SentenceClaimExtractor(), _ENCODER, keeper,
                    RuleContraster(), match)


def run_seeds(match: MatchConfig, show: bool = False) -> dict[str, object]:
    from service.evaluation.seeds import score_seeds
    from service.readers import read_file

    articles = list(read_file(ROOT / "seeds" / "articles.jsonl", None, errors=[]))
    with tempfile.TemporaryDirectory() as tmp:
        pipe = pipeline(Path(tmp), match)
        pipe.ingest(articles)
        report = score_seeds(pipe.store, ROOT.parent / "shared/gold/seed_contrasts.json",
                             ROOT / "tests/data/seed_pair_judgements.jsonl")
        out = report.as_dict()
        out["unjudged_pairs"] = report.unjudged
        if show:
            members: dict[int, list[str]] = {}
            for claim, cluster in pipe.store.iter_claims():
                members.setdefault(cluster, []).append(f"[{claim.source[:10]}] {claim.text}")
            out["clusters"] = [m for m in members.values() if len(m) > 1]
    return out


def pair_rows(split: str) -> dict[str, list[tuple[str, str, float]]]:
    from service.evaluation import datasets as ds

    root = ROOT.parent / "shared/eval"
    mrpc = [(p.a, p.b, float(p.paraphrase)) for p in ds.mrpc(root, split)]
    sts = [(p.a, p.b, p.score) for p in ds.stsb(root, split)]
    return {"mrpc": mrpc, "stsb": sts}


CACHE = Path("/tmp/match_lab_pairs.pkl")


def prepared(name: str, split: str, rows: list[tuple[str, str, float]]):  # type: ignore[no-untyped-def]
    """(claim a, claim b, facet vectors a, facet vectors b, gold) per row, cached on disk."""
    import pickle

    from embeddings.facets import facets

    store = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    key = f"{name}/{split}"
    if key not in store:
        with tempfile.TemporaryDirectory() as tmp:
            pipe = pipeline(Path(tmp), MatchConfig())
            claims = [(pipe.adhoc_claim(a), pipe.adhoc_claim(b)) for a, b, _ in rows]
            texts = sorted({f for pair in claims for c in pair for f in facets(c.core)}
                           | {c.text for pair in claims for c in pair})
            vec = dict(zip(texts, pipe.encoder.encode(texts), strict=True))
        store[key] = (claims, vec, [r[2] for r in rows])
        CACHE.write_bytes(pickle.dumps(store))
    return store[key]


def pair_scores(data, match: MatchConfig) -> np.ndarray:  # type: ignore[no-untyped-def]
    from embeddings.facets import facets
    from embeddings.lexical import general_rarity

    claims, vec, _ = data
    out = []
    for ca, cb in claims:
        va = np.vstack([vec[f] for f in facets(ca.core)])
        vb = np.vstack([vec[f] for f in facets(cb.core)])
        out.append(match_score(ca, cb, va @ vb.T, match, general_rarity)[0])
    return np.asarray(out)


def best_f1(scores: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    order = np.argsort(-scores)
    s, g = scores[order], gold[order]
    tp = np.cumsum(g)
    prec = tp / np.arange(1, len(g) + 1)
    rec = tp / g.sum()
    f1 = 2 * prec * rec / np.maximum(prec + rec, 1e-9)
    i = int(np.argmax(f1))
    thr = float((s[i] + s[i + 1]) / 2) if i + 1 < len(s) else float(s[i])
    return float(f1[i]), thr


def f1_at(scores: np.ndarray, gold: np.ndarray, thr: float) -> float:
    pred = scores >= thr
    tp = float((pred & (gold > 0)).sum())
    return 2 * tp / max(pred.sum() + gold.sum(), 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["seeds", "pairs"])
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    match = MatchConfig()
    if args.threshold is not None:
        match = replace(match, threshold=args.threshold)
    if args.what == "seeds":
        out = run_seeds(match, args.show)
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return
    from scipy.stats import spearmanr

    tune, report = pair_rows("tune"), pair_rows("report")
    val = prepared("mrpc", "tune", tune["mrpc"])
    test = prepared("mrpc", "report", report["mrpc"])
    stsd = prepared("stsb", "report", report["stsb"])
    prepared("stsb", "tune", tune["stsb"])
    s_val, g_val = pair_scores(val, match), np.array(val[2])
    f1v, thr = best_f1(s_val, g_val)
    s_test, g_test = pair_scores(test, match), np.array(test[2])
    sts = pair_scores(stsd, match)
    print(json.dumps({
        "mrpc_val_best_f1": round(f1v, 4), "mrpc_val_thr": round(thr, 4),
        "mrpc_test_f1_at_val_thr": round(f1_at(s_test, g_test, thr), 4),
        "mrpc_test_f1_at_config_thr": round(f1_at(s_test, g_test, match.threshold), 4),
        "stsb_test_spearman": round(float(spearmanr(sts, stsd[2])[0]), 4),
    }))


if __name__ == "__main__":
    main()
