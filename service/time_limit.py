"""A request's time budget, checked between the steps of its work.

The check is cooperative: the pipeline asks ``TimeLimit.check`` between articles, between
the encoder's batches, between claims while clustering and between clusters while working
out their contrast, and the check raises ``OverTimeLimit`` once the budget is spent.  No
thread is killed, so an article's write transaction is always ended by its own ``with``
block (rolled back) and the FAISS file is written only after a whole request succeeded.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from service.errors import OverTimeLimit


class TimeLimit:
    """``seconds`` from now (0 or less: no limit)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds if seconds > 0 else math.inf

    @property
    def limited(self) -> bool:
        return self._end != math.inf

    def check(self, step: str) -> None:
        """Raise ``OverTimeLimit`` (naming ``step``, where the work stopped) once the budget
        is spent."""
        if self._clock() > self._end:
            raise OverTimeLimit(f"stopped after {self.seconds:g} s while {step}",
                                {"limit_seconds": self.seconds, "step": step})

    def checker(self, step: str) -> Callable[[], None]:
        """``check`` of one step, for a stage that takes a plain callable."""
        return lambda: self.check(step)

