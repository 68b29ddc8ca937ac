"""Tables (SQLAlchemy Core): the same code runs on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID_CHARS = 2048  # an article id's column (SQLite ignores it; PostgreSQL's VARCHAR holds to it)

# SQLite only auto-increments an "INTEGER PRIMARY KEY"; PostgreSQL wants a BIGINT identity.
ClaimId = BigInteger().with_variant(Integer(), "sqlite")

articles = Table(
    "articles", metadata,
    # an id may be the article's URL (service/readers.py, ID_BYTES)
    Column("id", String(ID_CHARS), primary_key=True),
    Column("source", String(256), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(32)),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("ingested_at", Float, nullable=False),
)

clusters = Table(
    "clusters", metadata,
    Column("id", ClaimId, primary_key=True, autoincrement=True),
    Column("size", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("n_voices", Integer, nullable=False, default=0),
    Column("relation", String(16), nullable=False, default="agree"),
    Column("contested", Float, nullable=False, default=0.0),
    Column("contrast", JSON),
    Column("updated_at", Float, nullable=False),
    Index("ix_clusters_sources", "n_voices", "contested"),
    sqlite_autoincrement=True,  # never reuse an id: FAISS keys and URLs must stay unique
)

claims = Table(
    "claims", metadata,
    Column("id", ClaimId, primary_key=True, autoincrement=True),
    Column("article_id", String(ID_CHARS), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("source", String(256), nullable=False),
    Column("speaker", Text),
    Column("text", Text, nullable=False),
    Column("core", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("numbers", JSON, nullable=False),
    # float32 facet vectors (core, then clauses), one row each: the index is rebuilt from these
    Column("vector", LargeBinary, nullable=False),
    Column("cluster_id", ClaimId, ForeignKey("clusters.id"), index=True),
    # 0..1, embeddings/claims/checkworthy.py; NULL: not scored (another model, or a store
    # written before the column existed, until `crossclaim reindex`)
    Column("checkworthy", Float),
    # the article's publication date, beside the claim as its source is (the contrast reads
    # it with the claim); a store written before the column existed gets it from articles
    Column("published", String(32)),
    sqlite_autoincrement=True,
)

# in how many stored claims each word stem occurs: word rarity for matching, and the
# background prior for "loaded wording"
words = Table(
    "word_counts", metadata,
    Column("word", String(64), primary_key=True),
    Column("count", BigInteger, nullable=False),
)

# small key/value facts: model that built the vectors, write generation
state = Table(
    "state", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# the batch job's memory of what it has taken in (file + position -> done)
checkpoints = Table(
    "batch_checkpoints", metadata,
    Column("source_key", Text, primary_key=True),  # path or stream name
    Column("fingerprint", String(64), nullable=False),  # size+mtime or content hash
    Column("position", BigInteger, nullable=False, default=0),  # lines or bytes consumed
    Column("updated_at", Float, nullable=False),
)
