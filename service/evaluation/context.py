"""What every evaluation task shares: results (``Metric``, ``TaskResult``), the per-run
embedding cache, the ``Context`` (data path, split, pipeline, baseline threshold) and
the pair judgement through ``Pipeline.compare``."""

from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from embeddings.encoder import DEFAULT_MODEL
from embeddings.types import Claim, PairJudgement
from service.evaluation import baseline as base
from service.evaluation import datasets as ds
from service.evaluation.metrics import (
    best_threshold,
)

if TYPE_CHECKING:
    from service.pipeline import Pipeline


ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "articles.jsonl"
JUDGEMENTS = ROOT / "tests" / "data" / "seed_pair_judgements.jsonl"

T = TypeVar("T")


# -- results ------------------------------------------------------------------------------------
@dataclass
class Metric:
    name: str
    system: float | None
    baseline: float | None
    target: str | None = None  # issue 4's target, in words
    met: bool | None = None
    integer: bool = False  # a count, printed without decimals

    @property
    def delta(self) -> float | None:
        if self.system is None or self.baseline is None:
            return None
        return self.system - self.baseline


@dataclass
class TaskResult:
    task: str
    data: str  # which file(s)/rows were reported
    rows: int
    metrics: list[Metric]
    details: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for m, d in zip(self.metrics, out["metrics"], strict=True):
            d["delta"] = None if m.delta is None else round(m.delta, 4)
            for key in ("system", "baseline"):
                if isinstance(d[key], float):
                    d[key] = round(d[key], 4)
        if not self.examples:
            out.pop("examples")
        return out


# -- shared state of one run --------------------------------------------------------------------
class CachedEncoder:
    """Wraps an encoder: each distinct text is encoded once per run.

    With ``path``, vectors also persist between runs in one ``.npz`` file keyed by the
    SHA-256 of the text (no text is stored), so a re-run only encodes what changed.
    """

    def __init__(self, inner: Any, path: Path | None = None):
        self.inner = inner
        self.name: str = inner.name
        self.dim: int = inner.dim
        self._cache: dict[str, np.ndarray] = {}
        self._path = path
        self._stored: dict[str, np.ndarray] = {}
        self._new = 0
        if path is not None and path.exists():
            try:
                with np.load(path) as data:
                    self._stored = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
            except (OSError, ValueError, KeyError):
                self._stored = {}  # a damaged cache is only a slower run

    def _lookup(self, texts: Sequence[str]) -> None:
        if not self._stored:
            return
        for text in texts:
            if text not in self._cache:
                vec = self._stored.get(_digest(text))
                if vec is not None:
                    self._cache[text] = vec

    def save(self) -> None:
        if self._path is None or not self._new:
            return
        merged = {**self._stored, **{_digest(t): v for t, v in self._cache.items()}}
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(self._path.name + ".tmp.npz")
        np.savez(tmp, keys=np.array(list(merged)), vectors=np.stack(list(merged.values())))
        tmp.replace(self._path)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self._lookup(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vec in zip(missing, self.inner.encode(missing), strict=True):
                self._cache[text] = vec
            self._new += len(missing)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def __getattr__(self, name: str) -> Any:  # token_counts, max_tokens, ...
        return getattr(self.inner, name)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crossclaim" / "eval-embeddings"


class Context:
    """What the tasks of one run share: data root, split, the cached encoders, the
    baseline threshold, and temporary pipelines (each in its own temp data dir)."""

    def __init__(self, root: Path, split: str = ds.REPORT, limit: int | None = None,
                 examples: int = 0, gold: Path | None = None, log: Callable[[str], None] = print,
                 cache_dir: Path | None = None, verbose: bool = False, orders: int = 1):
        self.root = root
        self.verbose = verbose  # tasks may log dataset text (the terminal only, never the JSON)
        # ingest orders of a story's articles to also score (newswcl50-claims): clustering is
        # online, so one order's figure is partly a fit to that order
        self.orders = orders
        self.cache_dir = cache_dir
        self.split = split
        self.limit = limit
        self.examples = examples
        self.gold = gold or root.parent / "gold" / "seed_contrasts.json"
        self.log = log
        self._tmp = tempfile.TemporaryDirectory(prefix="crossclaim-eval-")
        self._encoders: dict[str, CachedEncoder] = {}
        self._compare: Pipeline | None = None
        self._threshold: tuple[float, float] | None = None
        self._pipelines: list[Pipeline] = []
        self.errors: list[str] = []  # crashes of single pairs in the current task

    def close(self) -> None:
        for pipe in self._pipelines:
            pipe.store.close()
        for encoder in self._encoders.values():
            encoder.save()
        self._tmp.cleanup()

    # encoders
    def encoder(self, model: str, dtype: str = "auto", batch_size: int = 64) -> CachedEncoder:
        if model not in self._encoders:
            from embeddings.encoder import SentenceTransformerEncoder

            inner = SentenceTransformerEncoder(model, dtype, batch_size)
            path = None
            if self.cache_dir is not None:
                name = "".join(ch if ch.isalnum() or ch in "-." else "_" for ch in model)
                path = self.cache_dir / f"{name}-{inner.dtype}.npz"
            self._encoders[model] = CachedEncoder(inner, path)
        return self._encoders[model]

    def baseline_vectors(self, texts: Sequence[str]) -> np.ndarray:
        return self.encoder(DEFAULT_MODEL).encode(texts)

    # pipelines
    def new_pipeline(self, name: str) -> Pipeline:
        """A fresh pipeline in its own temporary data dir (SQLite), sharing the cache."""
        from service.pipeline import build_pipeline
        from service.settings import Settings

        settings = Settings(data_dir=Path(self._tmp.name) / name, database_url=None)
        pipe = build_pipeline(settings)
        pipe.encoder = self.encoder(settings.model, settings.dtype, settings.batch_size)
        self._pipelines.append(pipe)
        return pipe

    def drop_pipeline(self, pipe: Pipeline) -> None:
        """Close a pipeline a task is done with (many throwaway stores stay cheap)."""
        pipe.store.close()
        self._pipelines.remove(pipe)

    @property
    def compare_pipeline(self) -> Pipeline:
        if self._compare is None:
            self._compare = self.new_pipeline("compare")
        return self._compare

    # the baseline's one threshold
    @property
    def baseline_threshold(self) -> float:
        return self._baseline_tuning()[0]

    def _baseline_tuning(self) -> tuple[float, float]:
        """Chosen once per run: max-F1 cosine threshold on MRPC val (msr-para-val.tsv)."""
        if self._threshold is None:
            rows = ds.mrpc(self.root, ds.TUNE)
            cos = self.baseline_cosines([(r.a, r.b) for r in rows])
            self._threshold = best_threshold(list(cos), [r.paraphrase for r in rows])
        return self._threshold

    def baseline_cosines(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        texts = list(dict.fromkeys(t for pair in pairs for t in pair))
        vecs = self.baseline_vectors(texts)
        pos = {t: i for i, t in enumerate(texts)}
        left = vecs[[pos[a] for a, _ in pairs]]
        right = vecs[[pos[b] for _, b in pairs]]
        return base.pair_cosines(left, right)

    # rows
    def sample(self, rows: list[T]) -> list[T]:
        """At most ``limit`` rows, a fixed random sample in the original order."""
        if self.limit is None or len(rows) <= self.limit:
            return rows
        keep = sorted(random.Random(4).sample(range(len(rows)), self.limit))
        return [rows[i] for i in keep]

    def load(self, loader: Callable[[Path, str], list[T]]) -> list[T]:
        return self.sample(loader(self.root, self.split))


# -- crossclaim through the project's code ------------------------------------------------------
def judge_pairs(ctx: Context, pairs: Sequence[tuple[str, str]]) -> list[PairJudgement]:
    """``Pipeline.compare`` on every pair; every claim's vectors are computed up front in
    one ``Pipeline.embed`` call (the cache then serves compare's own encode calls)."""
    pipe = ctx.compare_pipeline
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    pipe.embed([adhoc_claim(pipe, t) for t in texts])
    return [_compare(ctx, pipe, a, b) for a, b in pairs]


def _compare(ctx: Context, pipe: Pipeline, a: str, b: str) -> PairJudgement:
    """One pair; a crash is counted (and reported in the task's details), not fatal: one
    bad pair must not hide the figure of a thousand good ones."""
    try:
        return pipe.compare(a, b)
    except Exception as exc:
        ctx.errors.append(f"{type(exc).__name__}: {exc}")
        return PairJudgement(similarity=0.0, score=-1.0, match=False, relation="error",
                             signals={"error": ctx.errors[-1]})


def adhoc_claim(pipe: Pipeline, text: str) -> Claim:
    """The claim ``Pipeline.compare`` builds for a free-text sentence."""
    return pipe.adhoc_claim(text)


def raw_relations(ctx: Context, pairs: Sequence[tuple[str, str]]) -> list[str]:
    """``pair_relation`` on each pair whether or not it matched (a diagnostic)."""
    from service.contrast import pair_relation

    pipe = ctx.compare_pipeline
    return [pair_relation(adhoc_claim(pipe, a), adhoc_claim(pipe, b))[0] for a, b in pairs]


def sample_examples(ctx: Context, items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return list(items[: ctx.examples])


def pair_example(a: str, b: str, j: PairJudgement | None = None,
                  **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"a": a, "b": b, **extra}
    if j is not None:
        out.update(similarity=round(j.similarity, 3), score=round(j.score, 3), match=j.match,
                   relation=j.relation, signals=_jsonable(j.signals))
    return out


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))
