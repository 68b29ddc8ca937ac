"""`crossclaim eval-seeds --orders N`: the seed figures over fixed ingest orders.

Online clustering decides near ties by the order articles arrive in, so the figures of the
file's order alone overstate how stable the groups are (docs/matching.md, fifty-second
session). These tests hold what a reader of the per-order table relies on.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

import service.cli.commands  # noqa: F401  (the commands register themselves on the app)
from service.cli.app import app
from service.evaluation.seed_orders import article_orders
from tests.conftest import shared_path


def test_orders_are_fixed_distinct_and_start_with_the_files_own() -> None:
    orders = article_orders(5, 5)
    assert orders[0] == [0, 1, 2, 3, 4] and orders[1] == [4, 3, 2, 1, 0]
    assert len({tuple(o) for o in orders}) == 5
    assert all(sorted(o) == [0, 1, 2, 3, 4] for o in orders)
    assert article_orders(5, 5) == orders  # a second run compares like with like
    assert len(article_orders(2, 5)) == 2  # no more orders than there are


def test_each_order_is_scored_in_a_store_of_its_own(tmp_path) -> None:
    """The first order is the file's: its figures must be those of the plain run (a store
    left over from another order would add claims and pairs), and the reversed order must
    keep every noise line out too (furniture does not depend on what came before)."""
    gold = shared_path("gold", "seed_contrasts.json")
    result = CliRunner().invoke(app, ["eval-seeds", "--gold", str(gold), "--orders", "2",
                                      "--data-dir", str(tmp_path / "data"), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    first, reversed_ = figures["by_order"]["orders"]
    assert first["order"] == [0, 1, 2, 3, 4] and reversed_["order"] == [4, 3, 2, 1, 0]
    assert first["groups_recovered"] == len(figures["recovered"])
    assert (first["pairs_judged"], first["topic_only_pairs"]) == (
        figures["pairs_judged"], figures["topic_only_pairs"])
    assert reversed_["noise_lines_kept"] == 0 and reversed_["false_conflicts"] == 0
    means = figures["by_order"]
    assert means["min_groups_recovered"] <= means["mean_groups_recovered"] <= max(
        first["groups_recovered"], reversed_["groups_recovered"])


def test_a_bad_orders_value_is_one_clear_error() -> None:
    result = CliRunner().invoke(app, ["eval-seeds", "--orders", "0"])
    assert result.exit_code != 0 and "Traceback" not in result.output
