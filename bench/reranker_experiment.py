"""Experiment: a cross-encoder (reads both claims at once) trained here on tuning splits.

    python bench/reranker_experiment.py [--epochs 3] [--rank 16] [--lr 5e-4] [--out DIR]

Starts from the bundled all-MiniLM-L6-v2 weights read as a pair model ("[CLS] a [SEP] b"),
adds low-rank updates (rank r, every Linear layer; --rank 0 trains every weight) and a
one-unit head on the [CLS] state, and trains it with binary cross-entropy on the *tuning*
rows of ../shared/eval only (the same rows and labels as bench/adapter_experiment.py:
STS-B dev score / 5, MRPC val 0/1, SICK trial, Emergent tune claims with same-topic hard
negatives).  Then reports, against plain cosine of the base model on the same rows:
STS-B test and STS headlines (Spearman), MRPC test (F1 at 0.5 and at the threshold that
maximises F1 on MRPC val, which was trained on), Emergent report (ROC AUC of real
claim-headline pairs against hard negatives) and the seed pairs judged by a reader
(tests/data/seed_pair_judgements.jsonl, ROC AUC of "same" against "not same").
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from adapter_experiment import (  # noqa: E402
    DATA,
    Pair,
    add_lora,
    auc,
    f1,
    seed_pairs,
    tuning_pairs,
)

from service.evaluation import datasets as ds  # noqa: E402


class PairModel:
    def __init__(self, rank: int):
        import torch
        from transformers import AutoModel, AutoTokenizer

        from embeddings.encoder import DEFAULT_MODEL, model_path

        path = model_path(DEFAULT_MODEL)
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.bert = AutoModel.from_pretrained(path)
        if rank:
            add_lora(self.bert, rank)
        self.head = torch.nn.Linear(self.bert.config.hidden_size, 1)
        self.torch = torch

    def parameters(self):  # type: ignore[no-untyped-def]
        return [p for p in self.bert.parameters() if p.requires_grad] + list(self.head.parameters())

    def logits(self, a: list[str], b: list[str]):  # type: ignore[no-untyped-def]
        enc = self.tokenizer(a, b, padding=True, truncation=True, max_length=256,
                             return_tensors="pt")
        # fp32: autocast to bf16 runs this model ~6x slower on CPU (forward) and ~20x (backward)
        state = self.bert(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        pooled = (state * mask).sum(1) / mask.sum(1)
        return self.head(pooled.float()).squeeze(-1)

    def score(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        out = []
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        with self.torch.no_grad():
            for i in range(0, len(order), 64):
                idx = order[i : i + 64]
                # both orders: the relation is symmetric, the encoder is not
                a = [pairs[k][0] for k in idx]
                b = [pairs[k][1] for k in idx]
                s = (self.logits(a, b) + self.logits(b, a)) / 2
                out.append(self.torch.sigmoid(s).numpy())
        scores = np.empty(len(pairs))
        scores[order] = np.concatenate(out) if out else []
        return scores


def train(model: PairModel, pairs: dict[str, list[Pair]], epochs: int, lr: float) -> None:
    torch = model.torch
    rows = [p for v in pairs.values() for p in v]
    batches = []
    for epoch in range(epochs):
        order = rows[:]
        random.Random(epoch).shuffle(order)
        batches += [order[i : i + 16] for i in range(0, len(order), 16)]
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=len(batches),
                                                pct_start=0.1)
    model.bert.train()
    start = time.monotonic()
    for n, batch in enumerate(batches):
        swap = random.Random(n).random() < 0.5
        a = [y if swap else x for x, y, _ in batch]
        b = [x if swap else y for x, y, _ in batch]
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            model.logits(a, b), torch.tensor([s for _, _, s in batch]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if n % 100 == 0:
            print(f"batch {n}/{len(batches)} loss {loss.item():.3f} "
                  f"{time.monotonic() - start:.0f}s", flush=True)
    model.bert.eval()


def evaluate(score, label: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from scipy.stats import spearmanr

    out = {}
    for name, rows in (("STS-B test", ds.stsb(DATA, ds.REPORT)),
                       ("STS headlines", ds.sts_headlines(DATA, ds.REPORT))):
        out[name] = spearmanr(score([(r.a, r.b) for r in rows]),
                              [r.score for r in rows]).statistic
    val, test = ds.mrpc(DATA, ds.TUNE), ds.mrpc(DATA, ds.REPORT)
    sv, yv = score([(r.a, r.b) for r in val]), np.array([r.paraphrase for r in val])
    threshold = max(np.unique(sv), key=lambda t: f1(yv, sv >= t))
    st, yt = score([(r.a, r.b) for r in test]), np.array([r.paraphrase for r in test])
    out["MRPC test F1 (val thr)"] = f1(yt, st >= threshold)
    out["MRPC thr"] = float(threshold)
    out["MRPC test F1 @0.5"] = f1(yt, st >= 0.5)
    import adapter_experiment

    em = adapter_experiment.emergent_pairs(ds.REPORT, _base_encode)
    out["Emergent report AUC"] = auc(np.array([s for _, _, s in em]) > 0.5,
                                     score([(a, b) for a, b, _ in em]))
    sp = seed_pairs()
    out["seed judged AUC"] = auc(np.array([s for _, _, s in sp]),
                                 score([(a, b) for a, b, _ in sp]))
    print(label, "  ".join(f"{k} {v:.3f}" for k, v in out.items()), flush=True)
    return out


_BASE = {}


def _base_encode(texts: list[str]) -> np.ndarray:
    if "m" not in _BASE:
        from sentence_transformers import SentenceTransformer

        from embeddings.encoder import DEFAULT_MODEL, model_path

        _BASE["m"] = SentenceTransformer(model_path(DEFAULT_MODEL), device="cpu")
    return np.asarray(_BASE["m"].encode(list(texts), batch_size=64, normalize_embeddings=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--base", action="store_true", help="also score base-model cosine")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    import torch

    torch.manual_seed(0)
    torch.set_num_threads(2)
    if args.base:
        evaluate(lambda p: (_base_encode([a for a, _ in p]) * _base_encode([b for _, b in p]))
                 .sum(1), "base cosine")
    pairs = tuning_pairs(_base_encode)
    print({k: len(v) for k, v in pairs.items()}, flush=True)
    model = PairModel(args.rank)
    train(model, pairs, args.epochs, args.lr)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        torch.save({"head": model.head.state_dict(),
                    "bert": {k: v for k, v in model.bert.state_dict().items()
                             if ".A" in k or ".B" in k or args.rank == 0}},
                   args.out / "reranker.pt")
    evaluate(model.score, f"cross r{args.rank}")


if __name__ == "__main__":
    main()
