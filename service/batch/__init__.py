"""The batch job (``crossclaim batch``): take in what is new, safely, from cron.

sources.py finds new input and remembers it (checkpoints), runner.py batches it
through the pipeline with a progress bar and a summary, lock.py keeps runs
apart, ray_runner.py does the splitting and embedding on a Ray cluster.
"""

from service.batch.runner import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, BatchRunner, BatchSummary

__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_PARTIAL", "BatchRunner", "BatchSummary"]
