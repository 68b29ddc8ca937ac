"""The evaluation tasks by name; each measures crossclaim AND the baseline in one run.

The tasks live in ``pair_tasks``, ``grouping_tasks``, ``claim_tasks``, ``seed_task`` and
``wcl_claims``;
what they share in ``context``.

crossclaim is measured through the project's own code: ``Pipeline.compare`` for pairs,
``Pipeline.ingest`` into a fresh temporary store (claims, ``OnlineClusterer``, contrast)
for grouping, ``is_furniture`` for the claim filter, ``loaded_words`` for loaded wording.
The baseline is ``service.evaluation.baseline``.  Embeddings are cached per run (one
``CachedEncoder`` shared by every task), so a sentence is encoded once however many
tasks use it.

A task returns a ``TaskResult``: metrics with the system's figure, the baseline's, and,
where issue 4 sets one, the target and whether it is met.  ``details`` holds thresholds,
counts and diagnostics; ``examples`` (only with ``examples > 0``) holds failure cases
with dataset text -- the output file must then never be committed.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

from service.evaluation.claim_tasks import task_babe, task_claimbuster
from service.evaluation.context import Context, TaskResult
from service.evaluation.grouping_tasks import task_newswcl50, task_uci
from service.evaluation.pair_tasks import (
    task_emergent,
    task_mrpc,
    task_sick,
    task_sts_headlines,
    task_stsb,
)
from service.evaluation.seed_task import task_seeds
from service.evaluation.wcl_claims import task_newswcl50_claims

# -- registry -----------------------------------------------------------------------------------
TASKS: dict[str, Callable[[Context], TaskResult]] = {
    "stsb": task_stsb,
    "sts_headlines": task_sts_headlines,
    "mrpc": task_mrpc,
    "sick": task_sick,
    "emergent": task_emergent,
    "newswcl50": task_newswcl50,
    "newswcl50-claims": task_newswcl50_claims,
    "uci": task_uci,
    "claimbuster": task_claimbuster,
    "babe": task_babe,
    "seeds": task_seeds,
}


def run_task(ctx: Context, name: str) -> TaskResult:
    start = time.perf_counter()
    ctx.errors = []
    result = TASKS[name](ctx)
    result.seconds = round(time.perf_counter() - start, 2)
    if ctx.errors:
        result.details["compare_errors"] = {"count": len(ctx.errors),
                                            "kinds": dict(Counter(ctx.errors).most_common(5))}
        ctx.log(f"{name}: {len(ctx.errors)} pair(s) crashed in Pipeline.compare, counted as "
                f"no match: {ctx.errors[0]}")
    return result
