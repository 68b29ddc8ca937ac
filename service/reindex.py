"""Re-read every stored article with this version of crossclaim.

The claims, vectors and clusters of a store are made by the extractor, facets and model of
the crossclaim that took the articles in.  After an upgrade that changes them (or to move to
another model) ``crossclaim reindex`` takes the stored articles in again, into a new data dir
beside the old one, and swaps the two only once the new one is complete: a run that fails or
is killed leaves the old store as it was (the half-built one is removed by the next run), and
one killed between the two renames of the swap is finished by the next command that opens
the store.

Only the embedded SQLite store is rebuilt this way; a PostgreSQL database is not swapped
under its other users.  The batch job's checkpoints move with the articles.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from embeddings.types import Article
from service.errors import Busy, InvalidInput, NotFound
from service.published import BadPublished, normalise_published
from service.settings import Settings
from service.store import SqlStore
from service.write_lock import deadline_in, take_file_lock

DB_FILE = "crossclaim.db"


@dataclass
class ReindexResult:
    articles: int
    claims: int
    clusters: int
    # (article id, the stored value) of each date this version refuses: cleared, article kept
    published_cleared: list[tuple[str, str]] = field(default_factory=list)


def checked_published(article: Article) -> tuple[Article, str | None]:
    """The article with its stored ``published`` read as any way in reads it now
    (``service/published.py``), and the value refused, if it was.

    A store written before that check (the forty-eighth session) may hold "2023-09-20garbage"
    or "2023-13-45".  Such a date is cleared rather than kept: the contrast tells reports of
    different days apart by it, and a value it cannot read would be read as some day or as
    none, differently in each place.  The article itself is kept (its text is the user's
    data; an unknown date is what an article without one has), and the value is named to
    the user, so that it can be corrected and the article sent again."""
    if article.published is None:
        return article, None
    try:
        value = normalise_published(article.published)
    except BadPublished:
        return replace(article, published=None), article.published
    return (article if value == article.published
            else replace(article, published=value)), None


def stored_dates_refused(settings: Settings) -> list[tuple[str, str]]:
    """(id, value) of the stored articles whose ``published`` this version refuses (the
    embedded store or PostgreSQL; none where there is no store)."""
    if settings.database_url is None and not (settings.data_dir / DB_FILE).is_file():
        return []
    store = SqlStore(settings.db_url)
    try:
        return [(i, v) for i, v in store.article_dates()
                if checked_published(Article(id=i, source="", text="", published=v))[1]]
    finally:
        store.close()


def reindex(settings: Settings, progress: Callable[[int], None] | None = None) -> ReindexResult:
    """Rebuild ``settings.data_dir`` from its stored articles; returns what the new one holds."""
    if settings.database_url is not None:
        raise InvalidInput("reindex rebuilds the embedded SQLite store; with "
                           "CROSSCLAIM_DATABASE_URL set, ingest the articles into a new database")
    data, work, aside = _dirs(settings)
    finish_interrupted(settings)
    if not (data / DB_FILE).is_file():
        raise NotFound(f"no crossclaim store in {data}")
    wait = settings.write_wait
    with _exclusive(settings.lock_path, wait), _exclusive(data / "batch.lock", wait):
        shutil.rmtree(work, ignore_errors=True)  # left by a run that was killed
        try:
            result = _rebuild(settings, work, progress)
            for leftover in data.iterdir():  # e.g. the job's logs: everything but the store
                if not (work / leftover.name).exists() and not _is_store_file(leftover):
                    copy = shutil.copytree if leftover.is_dir() else shutil.copy2
                    copy(leftover, work / leftover.name)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        shutil.rmtree(aside, ignore_errors=True)
        data.rename(aside)  # the old store is whole until here, the new one from the next line
        work.rename(data)
    shutil.rmtree(aside, ignore_errors=True)
    return result


def reason_to_reindex(settings: Settings) -> str | None:
    """Why this crossclaim should re-read the store of ``settings``, or None: no store, a
    PostgreSQL one (not rebuilt here), one this version lays out and reads the same (claims
    without a check-worthiness score only need ``score_stored_claims``), or one of another model
    (moving a store to another model is asked for by a plain ``reindex``, not guessed from a
    process's settings)."""
    from service.errors import ModelMismatch, StoreOutdated
    from service.index_keeper import check_facet_scheme, check_vector_model, older_reading

    if settings.database_url is not None:
        return None
    finish_interrupted(settings)
    if not (settings.data_dir / DB_FILE).is_file():
        return None
    store = SqlStore(settings.db_url)
    try:
        try:
            check_vector_model(store, settings.model)
        except ModelMismatch:
            return None
        try:
            check_facet_scheme(store)
        except StoreOutdated as exc:
            return exc.message
        return older_reading(store)
    finally:
        store.close()


def score_stored_claims(settings: Settings, batch: int = 2000) -> int:
    """Score the check-worthiness of stored claims that have none (stored before the score
    existed), from the core vectors the store keeps: no article is re-read.  Returns how
    many were scored; 0 where there is no scorer for the model or the store holds vectors
    of another model."""
    from embeddings.claims.checkworthy import load_checkworthiness
    from service.errors import ModelMismatch
    from service.index_keeper import check_vector_model

    scorer = load_checkworthiness(settings.model)
    if scorer is None or (settings.database_url is None
                          and not (settings.data_dir / DB_FILE).is_file()):
        return 0
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # the lock file lives there
    store = SqlStore(settings.db_url)
    try:
        try:
            check_vector_model(store, settings.model)
        except ModelMismatch:
            return 0
        done, after = 0, -1
        with _exclusive(settings.lock_path, settings.write_wait), \
                store.writer_lock(settings.write_wait):
            while rows := store.unscored_core_vectors(scorer.weights.shape[0], after, batch):
                scores = scorer.score(np.vstack([v for _, v in rows]))
                with store.begin() as conn:
                    store.set_checkworthy(conn, [(cid, round(float(s), 4))
                                                 for (cid, _), s in zip(rows, scores, strict=True)])
                done, after = done + len(rows), rows[-1][0]
        return done
    finally:
        store.close()


def recontrast_stored_clusters(settings: Settings, batch: int = 500) -> int:
    """Work out the contrast of every stored cluster again where an older crossclaim's rules
    worked them out (``service.contrast.RULES``): no article is re-read, no claim or cluster
    id changes, PostgreSQL too.  Returns how many clusters were worked out again (0 for a
    store whose contrasts are current)."""
    from service.cluster_contrast import recontrast
    from service.contrast import RULES, RuleContraster
    from service.index_keeper import CONTRAST_RULES, older_contrast

    if settings.database_url is None and not (settings.data_dir / DB_FILE).is_file():
        return 0
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # the lock file lives there
    store = SqlStore(settings.db_url)
    try:
        if older_contrast(store) is None:
            return 0
        contraster, done, after = RuleContraster(), 0, -1
        with _exclusive(settings.lock_path, settings.write_wait), \
                store.writer_lock(settings.write_wait):
            # a batch a transaction: a run killed half way leaves whole clusters, and the
            # stamp (written last) still says the rest are to be worked out again
            while ids := store.cluster_ids(after, batch):
                with store.begin() as conn:
                    recontrast(store, contraster, conn, ids)
                done, after = done + len(ids), ids[-1]
            with store.begin() as conn:
                store.set_state(conn, CONTRAST_RULES, str(RULES))
        return done
    finally:
        store.close()


def _dirs(settings: Settings) -> tuple[Path, Path, Path]:
    """The data dir, the rebuilt store beside it, and where the old one is put aside."""
    data = settings.data_dir.resolve()  # "." has no name to put a sibling beside
    return data, data.with_name(data.name + ".reindex"), data.with_name(data.name + ".replaced")


def finish_interrupted(settings: Settings) -> None:
    """A reindex killed between its two renames left no data dir: the rebuilt store (complete
    before the first rename) takes its place, else the old one goes back.  Run before a store
    is opened, so that no command makes an empty store where the data dir should be."""
    if settings.database_url is not None:
        return
    data, work, aside = _dirs(settings)
    if data.exists() or not aside.exists():
        return
    if work.exists():
        work.rename(data)
        shutil.rmtree(aside, ignore_errors=True)
    else:
        aside.rename(data)


def _rebuild(settings: Settings, work: Path,
             progress: Callable[[int], None] | None) -> ReindexResult:
    from service.batch import checkpoints
    from service.pipeline import build_pipeline

    old = SqlStore(settings.db_url)  # read as it is: no model or layout check
    pipeline = build_pipeline(settings.model_copy(update={"data_dir": work}))
    try:
        done, cleared = 0, []
        for batch in old.iter_articles():
            checked = []
            for article in batch:
                article, refused = checked_published(article)
                checked.append(article)
                if refused is not None:
                    cleared.append((article.id, refused))
            pipeline.ingest(checked)
            done += len(batch)
            if progress is not None:
                progress(done)
        checkpoints.save(pipeline.store, checkpoints.load(old).values())
        counts = pipeline.store.counts()
        return ReindexResult(done, counts.get("claims", 0), counts.get("clusters", 0), cleared)
    finally:
        pipeline.store.close()
        old.close()


def _is_store_file(path: Path) -> bool:
    return path.name.startswith((DB_FILE, "claims.")) or path.name.endswith(".lock")


class _exclusive:
    """Hold a data dir lock file for the whole run, waiting for its holder ``wait`` seconds
    (``CROSSCLAIM_WRITE_WAIT``) like any writer, then refused as ``Busy`` naming it."""

    def __init__(self, path: Path, wait: float):
        self.path, self.wait = path, wait

    def __enter__(self) -> None:
        self.fh = open(self.path, "a+")  # held open for the run
        try:
            take_file_lock(self.fh, self.path, deadline_in(self.wait), self.wait)
        except Busy:
            self.fh.close()
            raise

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()
