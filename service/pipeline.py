"""The pipeline, composed in one place:

    article -> claims -> vectors -> index -> clusters -> contrast

``Pipeline`` wires the stages (each behind a one- or two-method Protocol) to the
store; ``build_pipeline(settings)`` picks the default implementations.  The CLI,
the API and the batch job all go through it.  Its writing is in ``pipeline_ingest``,
its reading in ``pipeline_answers``, what both use in ``pipeline_stages``.
"""

from __future__ import annotations

from dataclasses import replace

from embeddings.claims.checkworthy import load_checkworthiness
from embeddings.clustering import ClusterConfig, Clusterer
from embeddings.matching import MatchConfig
from service.errors import Unavailable
from service.index_keeper import IndexKeeper, check_vector_model
from service.pipeline_answers import Across, Answering, ClusterView, StoryRead
from service.pipeline_ingest import Ingesting, IngestResult, facet_ids, validate
from service.pipeline_stages import DocFreq
from service.settings import Settings
from service.store import SqlStore


class Pipeline(Ingesting, Answering):
    """The stages (``Stages``) with the writing (``Ingesting``) and the reading
    (``Answering``) done through them."""


def open_store(settings: Settings) -> SqlStore:
    """The store of ``settings``, checked to hold vectors of the configured model.  (Its facet
    layout is checked by the writers: reading and searching an older layout still work.)"""
    from service.reindex import finish_interrupted

    finish_interrupted(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlStore(settings.db_url)
    try:
        check_vector_model(store, settings.model)
    except Exception:
        store.close()
        raise
    return store


def build_pipeline(settings: Settings) -> Pipeline:
    """Choose the default stage implementations (plain code, no plugin registry)."""
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.encoder import SentenceTransformerEncoder
    from service.contrast import RuleContraster
    from service.contrast.negation import disputed
    from service.contrast.numbers import one_measure
    from service.contrast.voices import one_voice

    store = open_store(settings)
    try:
        encoder = SentenceTransformerEncoder(settings.model, settings.dtype, settings.batch_size)
    except OSError:
        store.close()
        # models are never downloaded: say so in one line, not in the hub's paragraph
        raise Unavailable(f"cannot load the embedding model {settings.model!r}: it is neither "
                          "the bundled all-MiniLM-L6-v2 nor a model directory on this "
                          "machine") from None
    # the model's dimension is asked for when the index is first opened: listing the
    # store's claims or clusters loads no model
    keeper = IndexKeeper(store, settings.index_path, settings.model, lambda: encoder.dim)
    match = MatchConfig()
    if settings.match_threshold is not None:
        match = replace(match, threshold=settings.match_threshold)
    if settings.lexical_weight is not None:
        match = replace(match, lexical_weight=settings.lexical_weight)
    clustering = ClusterConfig()
    if settings.context_threshold is not None:
        clustering = replace(clustering, context_threshold=settings.context_threshold)
    if settings.min_support is not None:
        clustering = replace(clustering, min_support=settings.min_support)
    if settings.figure_bonus is not None:
        clustering = replace(clustering, figure_bonus=settings.figure_bonus)
    if settings.dispute_bonus is not None:
        clustering = replace(clustering, dispute_bonus=settings.dispute_bonus)
    if settings.act_malus is not None:
        clustering = replace(clustering, act_malus=settings.act_malus)
    if settings.lone_name_malus is not None:
        clustering = replace(clustering, lone_name_malus=settings.lone_name_malus)
    if settings.two_agents_malus is not None:
        clustering = replace(clustering, two_agents_malus=settings.two_agents_malus)
    if settings.two_agents_article is not None:
        clustering = replace(clustering, two_agents_article=settings.two_agents_article)
    if settings.two_agents_calls is not None:
        clustering = replace(clustering, two_agents_calls=settings.two_agents_calls)
    extractor = SentenceClaimExtractor(resolve_event_pointers=settings.event_pointers,
                                       party_by_title=settings.party_by_title)
    if settings.particular_malus is not None:
        clustering = replace(clustering, particular_malus=settings.particular_malus)
    if settings.bare_malus is not None:
        clustering = replace(clustering, bare_malus=settings.bare_malus)
    if settings.bare_person is not None:
        clustering = replace(clustering, bare_person=settings.bare_person)
    if settings.act_pointer_agents is not None:
        clustering = replace(clustering, act_pointer_agents=settings.act_pointer_agents)
    if settings.place_subjects is not None:
        clustering = replace(clustering, place_subjects=settings.place_subjects)
    if settings.generic_malus is not None:
        clustering = replace(clustering, generic_malus=settings.generic_malus)
    if settings.generic_definite is not None:
        clustering = replace(clustering, generic_definite=settings.generic_definite)
    if settings.name_carried is not None:
        clustering = replace(clustering, name_carried=settings.name_carried)
    if settings.clause_share_malus is not None:
        clustering = replace(clustering, clause_share_malus=settings.clause_share_malus)
    if settings.clause_share_facets is not None:
        clustering = replace(clustering, clause_share_facets=settings.clause_share_facets)
    if settings.evict_moves is not None:
        clustering = replace(clustering, evict_moves=settings.evict_moves)
    if settings.confidence_order is not None:
        clustering = replace(clustering, confidence_order=settings.confidence_order)
    return Pipeline(settings, store, extractor, encoder, keeper,
                    RuleContraster(), match, clustering, load_checkworthiness(settings.model),
                    one_measure, disputed, one_voice)


__all__ = ["Across", "ClusterView", "Clusterer", "DocFreq", "IngestResult", "Pipeline",
           "StoryRead", "build_pipeline", "facet_ids", "open_store", "validate"]
