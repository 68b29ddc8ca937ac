"""The baseline every figure is compared against, exactly as issue 4 specifies it:

- matching: plain all-MiniLM-L6-v2 cosine of the two raw sentences, one threshold;
- grouping: sentence-transformers ``util.community_detection`` at that same threshold;
- conflict: a matching pair with a negation or denial word on exactly one side.

The threshold is chosen on MRPC's validation split (``msr-para-val.tsv``) by maximum F1
(``metrics.best_threshold``); nothing else is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

NEGATION_WORDS = frozenset({
    # negation
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot",
    "without",
    # denial
    "deny", "denies", "denied", "denying", "denial", "refute", "refutes", "refuted",
    "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "debunk",
    "debunks", "debunked", "false", "fake", "hoax", "untrue", "myth",
})
_TOKEN = re.compile(r"[a-z]+(?:['’]t)?")


def negation_words(text: str) -> list[str]:
    """The negation/denial words of a sentence (``n't`` contractions count as ``not``)."""
    found = []
    for token in _TOKEN.findall(text.lower()):
        if token.endswith(("n't", "n’t")):
            found.append("not")
        elif token in NEGATION_WORDS:
            found.append(token)
    return found


def one_sided_negation(a: str, b: str) -> bool:
    """True when exactly one of the two sentences holds a negation or denial word."""
    return bool(negation_words(a)) != bool(negation_words(b))


def pair_cosines(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row-wise cosine of two stacks of unit vectors."""
    return np.einsum("ij,ij->i", left, right).astype(np.float64)


def baseline_conflict(a: str, b: str, cosine: float, threshold: float) -> bool:
    return cosine >= threshold and one_sided_negation(a, b)


def community_groups(vectors: np.ndarray, threshold: float) -> list[list[int]]:
    """``util.community_detection`` (min size 2) at ``threshold``; everything it leaves
    out becomes a singleton, so the result partitions all rows."""
    import torch
    from sentence_transformers import util

    if len(vectors) == 0:
        return []
    communities = util.community_detection(torch.from_numpy(np.ascontiguousarray(vectors)),
                                           threshold=threshold, min_community_size=2,
                                           batch_size=1024)
    seen: set[int] = set()
    groups: list[list[int]] = []
    for community in communities:
        members = [int(i) for i in community if int(i) not in seen]
        seen.update(members)
        if members:
            groups.append(members)
    groups.extend([i] for i in range(len(vectors)) if i not in seen)
    return groups


def group_labels(groups: Sequence[Sequence[int]], n: int) -> list[int]:
    labels = [-1] * n
    for label, members in enumerate(groups):
        for i in members:
            labels[i] = label
    return labels
