"""`eval --orders N` on newswcl50-claims shuffles each event's articles on its own.

Every NewsWCL50 event lists its five articles in one source sequence, so one permutation for
every story (the fifty-third session's) measured five source sequences, not the order
(docs/quality.md, "Per-event shuffles", fifty-fourth session).
"""

from __future__ import annotations

from service.evaluation.wcl_orders import event_orders, order_name

EVENTS = ("0", "3", "6", "9", "1", "2", "4", "5", "7")


def test_the_first_order_is_the_files_and_the_rest_are_distinct_shuffles() -> None:
    for event in EVENTS:
        orders = event_orders(event, 5, 5)
        assert orders[0] == [0, 1, 2, 3, 4]
        assert len(orders) == 5 and len({tuple(o) for o in orders}) == 5
        assert all(sorted(o) == [0, 1, 2, 3, 4] for o in orders)
    assert [order_name(i) for i in range(3)] == ["file", "shuffle 1", "shuffle 2"]


def test_events_of_one_order_do_not_share_a_source_sequence() -> None:
    # the same five sources in the same file order: an order's shuffles differ by event
    for index in range(1, 5):
        sequences = {tuple(event_orders(event, 5, 5)[index]) for event in EVENTS}
        assert len(sequences) >= len(EVENTS) - 2


def test_the_orders_are_the_same_from_run_to_run() -> None:
    # seeded by the event's name, not by Python's per-process string hash
    import subprocess
    import sys

    code = ("from service.evaluation.wcl_orders import event_orders;"
            "print(event_orders('6', 5, 4))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": seed, "PYTHONPATH": "."}).stdout
            for seed in ("1", "2")}
    assert len(runs) == 1 and str(event_orders("6", 5, 4)) in runs.pop()


def test_a_story_of_two_articles_has_two_orders() -> None:
    assert event_orders("0", 2, 5) == [[0, 1], [1, 0]]
