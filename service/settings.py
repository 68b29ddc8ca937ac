"""Settings from the environment (``CROSSCLAIM_`` prefix), CLI flags override them."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.errors import InvalidInput


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "crossclaim"


def check_data_dir(path: Path) -> None:
    """A data dir that is a file (or lies under one) cannot hold the store: say which, in one
    line, before anything tries to create it ("FileExistsError" from deep inside)."""
    for part in (path, *path.parents):
        if part.exists():
            if not part.is_dir():
                what = (f"the data dir {path} is a file" if part == path else
                        f"{part} is a file, so the data dir {path} cannot be made under it")
                raise InvalidInput(f"{what}: point --data-dir (CROSSCLAIM_DATA_DIR) at a "
                                   "directory")
            return


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CROSSCLAIM_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None  # default: SQLite file in data_dir
    model: str = "all-MiniLM-L6-v2"
    dtype: str = "auto"  # auto | bf16 | fp32
    batch_size: int = 64
    match_threshold: float | None = None  # None: the tuned default in embeddings/matching.py
    lexical_weight: float | None = None
    context_threshold: float | None = None  # None: ClusterConfig's (article-centred scores)
    min_support: float | None = None  # None: ClusterConfig's (share of members to match)
    figure_bonus: float | None = None  # None: ClusterConfig's (figures of one measure)
    dispute_bonus: float | None = None  # None: ClusterConfig's (a claim and its denial)
    act_malus: float | None = None  # None: ClusterConfig's (two acts by two agents; off)
    lone_name_malus: float | None = None  # None: ClusterConfig's (one shared name alone)
    # None: ClusterConfig's (one act of two agents: "Pompeo met Kim" / "Trump met Kim")
    two_agents_malus: float | None = None
    # None: ClusterConfig's (those agents told by title or pronoun read through the article)
    two_agents_article: bool | None = None
    two_agents_calls: bool | None = None  # None: ClusterConfig's (phone calls too)
    particular_malus: float | None = None  # None: ClusterConfig's (nothing shared; off)
    bare_malus: float | None = None  # None: ClusterConfig's (no word, name or speaker shared)
    bare_person: bool | None = None  # None: ClusterConfig's (... or one person's name; off)
    # None: ClusterConfig's ("This endorsement" read as the agent of the sentence before)
    act_pointer_agents: bool | None = None
    # None: ClusterConfig's (a place opening a sentence as a subject apart from a "we")
    place_subjects: bool | None = None
    # None: ClusterConfig's (a general statement against a particular report)
    generic_malus: float | None = None
    generic_definite: bool | None = None  # None: ClusterConfig's ("the X" is a particular)
    # None: ClusterConfig's (a pair sharing one name read again without it)
    name_carried: bool | None = None
    # None: ClusterConfig's (a match through one clause of many discounted; off)
    clause_share_malus: float | None = None
    clause_share_facets: int | None = None  # None: ClusterConfig's (4: three clauses or more)
    evict_moves: bool | None = None  # None: ClusterConfig's (re-examination evicting; off)
    confidence_order: bool | None = None  # None: ClusterConfig's (best-matching first; off)
    # "This operation is illegal" read with the event named before it
    # (embeddings/claims/event_references.py); off: on the seeds it joined claims that only
    # name one event (docs/matching.md, forty-eighth session)
    event_pointers: bool = False
    # "The Democrat said" read as the politician quoted just before when the article gives
    # no one that party (embeddings/claims/party_members.py); off: docs/quality.md,
    # fifty-second session
    party_by_title: bool = False
    # a question's names held by no cluster near it: show only clusters holding two of its
    # particular words (``answer_rank.names_held_by_none``); off: see docs/quality.md,
    # "Word forms and names in questions (fifty-second session)"
    query_names_needed: bool = False
    # one ordinary word shared alone ("stealing") is chance where another cluster near the
    # question shares two of its particular words (``answer_rank.lone_word_holders``)
    query_lone_words: bool = False

    api_key: SecretStr | None = None  # when set, write endpoints need "Authorization: Bearer"
    protect_reads: bool = False  # also require the key on read endpoints
    max_article_chars: int = 500_000
    max_query_chars: int = 500
    max_batch_articles: int = 1000
    max_body_bytes: int = 32 * 1024 * 1024  # HTTP request bodies over this get 413
    # seconds a write (ingest, delete, reindex) waits for another writer before it is refused
    # as busy (409 with Retry-After; exit code 2); 0 refuses at once
    write_wait: float = Field(default=30.0, ge=0)
    # the same for the batch job's writes: unattended, it outwaits a long reindex rather than
    # fail a cron run over an API write that holds the lock for seconds (`batch --write-wait`)
    batch_write_wait: float = Field(default=600.0, ge=0)
    # seconds of work an API ingest request may take (counted once the write lock is held):
    # past it the request stops with 413 ``over_time_limit``, the article being stored rolled
    # back; 0: no limit.  The CLI and the batch job take no limit (they are where a long
    # body goes): docs/api.md, "Errors"
    ingest_time_limit: float = Field(default=120.0, ge=0)
    # browser pages of these origins may call the API (comma-separated, "*" any); none by
    # default: the service's own page is same-origin and needs no CORS
    cors_origins: str = ""

    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'crossclaim.db'}"

    @property
    def index_path(self) -> Path:
        return self.data_dir / "claims.faiss"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "write.lock"
