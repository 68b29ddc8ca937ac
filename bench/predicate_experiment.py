"""Predicate experiment: do two claims on one subject say the same thing ABOUT it?

    python bench/predicate_experiment.py            # seeds, NewsWCL50 tune, MRPC tune

Issue #2's open target is "no cluster joining claims that share only the topic". The
score's parts are alike for wrong and right pairs (docs/matching.md, "Pairs that share only
the topic, taken apart"), so this lab takes out of both claims' cores what they share as
their subject and measures what remains:

- *topic words* of a pair: stop words, the words of names both claims mention (an entity's
  words or a capitalised word in both), and the story's frequent words (a stem in at least
  ``STORY_SHARE`` of the sentences of the two articles, at least 2);
- ``pred_cos``: cosine of the encoded remainders (the core with the topic words dropped);
- ``pred_lex``: rarity-weighted cosine of the remainders' content stems;
- ``pred_align``: soft alignment of the remainders' content words (each word's best
  cosine to a word of the other side, rarity-weighted; the lower of the two directions),
  so "shelling" meets "bombed" where no stem is shared.

Separation (ROC AUC; how many wrong pairs go at the cost of 1 / 10% of the right ones) on
the 58 judged seed pairs in seed clusters, NewsWCL50 tune's cross-source pairs in clusters
(same event or not), and MRPC tune (paraphrase or not). Reference signals: ``full_cos``
(raw cosine of the cores) and ``full_lex`` (the rarity-weighted overlap of whole cores).
Tuning data only. ``--share=X`` sets ``STORY_SHARE`` (1.01: names and stop words only).

Figures (forty-fifth session; AUC; pairs: seeds 35 right / 24 wrong, NewsWCL50 tune
331 / 12, MRPC tune 346 / 154):

| signal | seeds | NewsWCL50 tune | MRPC tune |
|---|---|---|---|
| full_cos (reference) | 0.756 | 0.764 | 0.744 |
| full_lex (reference) | 0.813 | 0.661 | 0.715 |
| pred_cos, share 0.1 | 0.664 | 0.638 | 0.780 |
| pred_lex, share 0.1 | 0.708 | 0.632 | 0.752 |
| pred_align, share 0.1 | 0.754 | 0.594 | 0.785 |
| pred_cos / lex / align, share 0.05 | 0.657 / 0.662 / 0.682 | 0.605 / 0.612 / 0.596 | same |
| pred_cos / lex / align, share 0.2 | 0.681 / 0.767 / 0.768 | 0.662 / 0.653 / 0.604 | same |
| pred_cos / lex / align, names only | 0.642 / 0.780 / 0.743 | 0.771 / 0.751 / 0.697 | same |

At the cost of one right pair, no predicate signal cuts more wrong pairs than full_cos on
the seeds (0-7 of 24 against 3; pred_lex 0 in every variant) or any on NewsWCL50 (0 of 12).

**Negative result.** What remains once the shared subject is taken out separates MRPC's
isolated sentence pairs a little better than the whole (0.78 against 0.74), but among pairs
the clusterer already joined it separates worse than the whole core on the seeds and on
NewsWCL50 tune, in every variant of the topic words: the clustered pairs were joined on
their remainders already (centring takes the story out), so taking the topic out again
adds nothing. Not wired into the pair scoring.
"""

from __future__ import annotations

import itertools
import json
import pickle
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from match_lab import pipeline  # noqa: E402

from embeddings.lexical import (  # noqa: E402
    STOPWORDS,
    content_words,
    general_rarity,
    lexical_similarity,
    stem,
)
from embeddings.matching import MatchConfig  # noqa: E402
from embeddings.types import Article, Claim  # noqa: E402

CACHE = Path("/tmp/predicate_experiment.pkl")
EVAL = Path("/work/shared/eval")  # read at run time, never copied
STORY_SHARE = 0.1
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*")


def roc_auc(labels: Sequence[bool], scores: Sequence[float]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def cut(labels: Sequence[bool], scores: Sequence[float], lose: float) -> str:
    """Wrong pairs under the cut that loses ``lose`` of the right ones (1.0: exactly one)."""
    pos = sorted(s for s, y in zip(scores, labels, strict=True) if y)
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    k = 1 if lose >= 1 else max(1, int(lose * len(pos)))
    thr = pos[k - 1]
    return f"{sum(n < thr for n in neg)}/{len(neg)} for {k}/{len(pos)}"


# -- a pair's topic words and remainders --------------------------------------------------------
def _name_stems(claim: Claim, text: str) -> set[str]:
    out = {stem(w) for e in claim.entities for w in content_words(e.text)}
    words = _TOKEN.findall(text)
    out |= {stem(w.lower()) for i, w in enumerate(words) if i > 0 and w[:1].isupper()}
    return out


def topic_stems(a: Claim, b: Claim, story_df: Counter[str], n_story: int) -> set[str]:
    shared_names = _name_stems(a, a.core) & _name_stems(b, b.core)
    frequent = {s for s, n in story_df.items() if n >= max(2, STORY_SHARE * n_story)}
    return shared_names | frequent


def remainder(text: str, topic: set[str]) -> list[str]:
    out = []
    for w in _TOKEN.findall(text):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if low in STOPWORDS or stem(low) in topic:
            continue
        out.append(w)
    return out


# -- data ----------------------------------------------------------------------------------------
def _stored(articles: Sequence[Article]) -> list[tuple[Claim, int]]:
    with tempfile.TemporaryDirectory() as tmp:
        pipe = pipeline(Path(tmp), MatchConfig())
        for lo in range(0, len(articles), 200):
            pipe.ingest(articles[lo:lo + 200])
        return list(pipe.store.iter_claims())


def seed_pairs() -> list[tuple[Claim, Claim, bool]]:
    from service.readers import read_file

    judged = {}
    for line in (ROOT / "tests/data/seed_pair_judgements.jsonl").read_text().splitlines():
        d = json.loads(line)
        judged[tuple(sorted((d["a"], d["b"])))] = bool(d.get("same"))
    articles = list(read_file(ROOT / "seeds" / "articles.jsonl", None, errors=[]))
    stored = _stored(articles)
    out = []
    for ms in _clusters(stored).values():
        for a, b in itertools.combinations(ms, 2):
            key = tuple(sorted((a.text, b.text)))
            if key in judged:
                out.append((a, b, judged[key]))
    return out, [c for c, _ in stored]  # type: ignore[return-value]


def wcl_pairs() -> tuple[list[tuple[Claim, Claim, bool]], list[Claim]]:
    from service.evaluation import datasets as ds

    rows = ds.newswcl50(EVAL, "tune")
    articles = [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text) for r in rows]
    event = {f"wcl-{r.doc_id}": r.event for r in rows}
    stored = _stored(articles)
    out = []
    for ms in _clusters(stored).values():
        for a, b in itertools.combinations(ms, 2):
            if a.source != b.source:
                out.append((a, b, event[a.article_id] == event[b.article_id]))
    return out, [c for c, _ in stored]


def _clusters(stored: list[tuple[Claim, int]]) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for claim, cluster in stored:
        out.setdefault(cluster, []).append(claim)
    return out


def mrpc_pairs() -> list[tuple[Claim, Claim, bool]]:
    from service.evaluation import datasets as ds

    with tempfile.TemporaryDirectory() as tmp:
        pipe = pipeline(Path(tmp), MatchConfig())
        return [(pipe.adhoc_claim(p.a), pipe.adhoc_claim(p.b), p.paraphrase)
                for p in ds.mrpc(EVAL, "tune")]


# -- signals ------------------------------------------------------------------------------------
def signals(pairs, all_claims: list[Claim], encode) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """Per pair: the reference and the predicate signals."""
    by_article: dict[str, list[Claim]] = {}
    for c in all_claims:
        by_article.setdefault(c.article_id, []).append(c)
    texts: set[str] = set()
    rows = []
    for a, b, _ in pairs:
        sents = by_article.get(a.article_id, [a]) + by_article.get(b.article_id, [b]) \
            if a.article_id != b.article_id else by_article.get(a.article_id, [a])
        df: Counter[str] = Counter()
        for c in sents:
            df.update({stem(w) for w in content_words(c.text)})
        topic = topic_stems(a, b, df, len(sents))
        ra, rb = remainder(a.core, topic), remainder(b.core, topic)
        rows.append((a, b, ra, rb, topic))
        texts |= {a.core, b.core, " ".join(ra), " ".join(rb)}
        texts |= {w.lower() for w in ra + rb}
    ordered = sorted(texts)
    vec = dict(zip(ordered, encode(ordered), strict=True))
    out: dict[str, list[float]] = {k: [] for k in
                                   ("full_cos", "full_lex", "pred_cos", "pred_lex", "pred_align")}
    for a, b, ra, rb, topic in rows:
        out["full_cos"].append(float(vec[a.core] @ vec[b.core]))
        out["full_lex"].append(lexical_similarity(a.core, b.core)[0])
        sa, sb = " ".join(ra), " ".join(rb)
        out["pred_cos"].append(float(vec[sa] @ vec[sb]) if ra and rb else 0.0)
        out["pred_lex"].append(lexical_similarity(sa, sb, ignore=frozenset(topic))[0])
        out["pred_align"].append(_align([w.lower() for w in ra], [w.lower() for w in rb], vec))
    return out


def _align(wa: list[str], wb: list[str], vec: dict[str, np.ndarray]) -> float:
    wa = [w for w in wa if w not in STOPWORDS]
    wb = [w for w in wb if w not in STOPWORDS]
    if not wa or not wb:
        return 0.0
    m = np.vstack([vec[w] for w in wa]) @ np.vstack([vec[w] for w in wb]).T
    ra = np.array([general_rarity(w) for w in wa])
    rb = np.array([general_rarity(w) for w in wb])
    one = float((m.max(axis=1) * ra).sum() / ra.sum())
    two = float((m.max(axis=0) * rb).sum() / rb.sum())
    return min(one, two)


def main() -> None:
    import match_lab

    data = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    for name, make in (("seeds", seed_pairs), ("newswcl50 tune", wcl_pairs),
                       ("mrpc tune", lambda: (mrpc_pairs(), []))):
        if name not in data:  # the stores take minutes to build: kept between runs
            data[name] = make()
            CACHE.write_bytes(pickle.dumps(data))
    if match_lab._ENCODER is None:
        with tempfile.TemporaryDirectory() as tmp:
            pipeline(Path(tmp), MatchConfig())
    encoder = match_lab._ENCODER
    assert encoder is not None
    global STORY_SHARE
    for arg in sys.argv[1:]:  # --share=X: the story share that makes a word a topic word
        if arg.startswith("--share="):
            STORY_SHARE = float(arg.split("=", 1)[1])
    print(f"story share {STORY_SHARE}")
    for name, (pairs, claims) in data.items():
        labels = [y for _, _, y in pairs]
        sig = signals(pairs, claims, encoder.encode)
        print(f"== {name}: {sum(labels)} right / {len(labels) - sum(labels)} wrong pairs")
        for k, v in sig.items():
            print(f"  {k:10s} AUC {roc_auc(labels, v):.3f}  wrong cut at the cost of one right:"
                  f" {cut(labels, v, 1)}  of 10%: {cut(labels, v, 0.1)}")
        if "-v" in sys.argv:
            for (a, b, y), p in sorted(zip(pairs, sig["pred_cos"], strict=True),
                                       key=lambda t: t[1])[:25]:
                print(f"    {'SAME' if y else 'NOT '} {p:.3f} {a.core[:70]!r} | {b.core[:70]!r}")


if __name__ == "__main__":
    main()
