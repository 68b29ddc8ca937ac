"""The hand judgements the seed report and the NewsWCL50 claim task score against: each pair is
judged once. Two helpers once judged one seed pair both ways; the loader keeps the last row, so
the figure silently depended on the order of the lines."""

from __future__ import annotations

import json
from pathlib import Path

from service.evaluation.seeds import pair_key

DATA = Path(__file__).parent / "data" / "seed_pair_judgements.jsonl"
WCL = (Path(__file__).parents[1] / "service" / "evaluation" / "data"
       / "newswcl50_pair_judgements.jsonl")


def _rows(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_each_seed_pair_is_judged_once() -> None:
    seen: dict[tuple[str, str], int] = {}
    twice = []
    for i, row in enumerate(_rows(DATA), 1):
        key = pair_key(str(row["a"]), str(row["b"]))
        if key in seen:
            twice.append((seen[key], i))
        seen[key] = i
    assert not twice, f"seed pairs judged twice (line numbers): {twice}"


def test_each_newswcl50_pair_is_judged_once() -> None:
    keys = [str(row["key"]) for row in _rows(WCL)]
    assert len(keys) == len(set(keys)), "a NewsWCL50 pair is judged twice"
