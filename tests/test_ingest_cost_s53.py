"""Ingest cost (fifty-third session): stored claims handed back as the objects ingest read
before (``service.claim_canon``), and a claim's readings that were read again for every pair
read once: its term vectors less the names it uses, its particular words, its meetings and
visits, the rival-name readings of only the names whose slots meet.  None of this may change
what is stored or how anything is clustered."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

from embeddings import matching, pointers
from embeddings.claims import SentenceClaimExtractor
from embeddings.facets import facets
from embeddings.lexical import content_words, general_rarity, stem, term_vector_norm
from embeddings.name_aliases import aliases
from embeddings.types import Article, Claim
from service.claim_canon import ClaimCanon
from service.pipeline import build_pipeline
from tests.conftest import make_settings

_EXTRACTOR = SentenceClaimExtractor()


def _clusters(pipe) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Each cluster's member texts, sorted: what a reader sees of the clustering."""
    members: dict[int, list[str]] = {}
    for claim, label in pipe.store.iter_claims():
        members.setdefault(label, []).append(claim.text)
    return sorted(sorted(texts) for texts in members.values())


def test_clusters_are_the_same_whether_claims_are_handed_back_or_read_anew(
        tmp_path: Path, seed_articles) -> None:  # type: ignore[no-untyped-def]
    # one article at a time, as a feed arrives: each article's clustering reads the ones
    # before it back from the store
    results = []
    for name, canon in (("kept", ClaimCanon()), ("anew", ClaimCanon(max_claims=0))):
        pipe = build_pipeline(make_settings(tmp_path / name))
        pipe.canon = canon
        for article in seed_articles:
            pipe.ingest([article])
        results.append(_clusters(pipe))
        pipe.store.close()
    kept, anew = results
    assert kept == anew
    assert any(len(members) > 1 for members in kept)  # (claims of several outlets met)


def test_a_claim_read_again_is_the_object_read_before(fresh, seed_articles) -> None:  # type: ignore[no-untyped-def]
    fresh.ingest(seed_articles[:2])
    ids = [a.id for a in seed_articles[:2]]
    first = {cid: c for cid, (c, _) in fresh.store.claims_of_articles(ids).items()}
    again = {cid: c for cid, (c, _) in fresh.store.claims_of_articles(ids).items()}
    assert first and all(again[cid] is not first[cid] for cid in first)  # the store's own
    handed = {cid: fresh.canon(c) for cid, c in first.items()}
    assert all(fresh.canon(again[cid]) is handed[cid] for cid in first)


def test_a_replaced_article_is_read_as_it_now_is(fresh) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="storm", source="Wire",
                      text="The storm killed 12 people in Texas on Monday. Power was cut to "
                           "40,000 homes. Schools stayed closed.")
    fresh.ingest([article])
    before = {cid: fresh.canon(c) for cid, (c, _) in
              fresh.store.claims_of_articles(["storm"]).items()}
    fresh.ingest([replace(article, text=article.text.replace("12", "14")
                          .replace("Texas", "Louisiana"))])
    now = [c for c, _ in fresh.store.claims_of_articles(["storm"]).values()]
    # the store may give the new rows the old ids (SQLite reuses the largest): whatever
    # ids they have, a claim is handed back only where it is the row as it now is
    assert now and all(fresh.canon(c) == c for c in now)
    assert any("Louisiana" in fresh.canon(c).text for c in now)
    assert not any("Texas" in fresh.canon(c).text for c in now)
    assert before  # (the old claims were read, so the canon had them)


def test_the_canon_is_bounded() -> None:
    canon = ClaimCanon(max_claims=3)
    claims = [Claim(article_id="a", source="Wire", text=f"Claim {n}.", start=0, end=8,
                    core=f"Claim {n}.", id=n) for n in range(10)]
    for c in claims:
        canon(c)
    assert len(canon) == 3
    assert canon(replace(claims[-1])) is claims[-1]  # kept: the most recently read
    assert canon(replace(claims[0])) is not claims[0]  # forgotten first


def _seed_claims(seed_articles) -> list[Claim]:  # type: ignore[no-untyped-def]
    out = []
    for a in seed_articles:
        out += [replace(c, id=len(out) + n) for n, c in enumerate(_EXTRACTOR.extract(a))]
    return out


def _rival_stems_reading_every_name(core_a: str, core_b: str, names_a: tuple[str, ...],
                                    names_b: tuple[str, ...],
                                    defined: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The rival reading as the fifty-second session worked it out: every name's alias test
    first, then its slot."""
    def lone(core: str, names: tuple[str, ...], others: tuple[str, ...]
             ) -> list[tuple[str, frozenset[str]]]:
        out = []
        for name in names:
            if any(aliases(name, o) or (name, o) in defined or (o, name) in defined
                   for o in others):
                continue
            slots = matching._slot(core, name)
            if slots:
                out.append((name, slots))
        return out
    lone_a, lone_b = lone(core_a, names_a, names_b), lone(core_b, names_b, names_a)
    rivals_a = tuple(n for n, s in lone_a if any(s & o for _, o in lone_b))
    rivals_b = tuple(n for n, s in lone_b if any(s & o for _, o in lone_a))
    if not rivals_a or not rivals_b:
        return frozenset()
    words_a, words_b = matching._stems((core_a,)), matching._stems((core_b,))
    return (matching._stems(rivals_a) - words_b) | (matching._stems(rivals_b) - words_a)


def test_per_claim_readings_are_the_per_pair_ones(seed_articles) -> None:  # type: ignore[no-untyped-def]
    claims = _seed_claims(seed_articles)
    # a rare-name pair reading of the seeds: the story's names against each other
    pairs = list(itertools.combinations(claims, 2))[::7]
    assert len(pairs) > 1000
    rivals = 0
    for a, b in pairs:
        names_a = matching.names_for_matching(a, b)
        names_b = matching.names_for_matching(b, a)
        defined = matching._defined(a) + matching._defined(b)
        got = matching._rival_stems(a.core, b.core, names_a, names_b, defined)
        assert got == _rival_stems_reading_every_name(a.core, b.core, names_a, names_b,
                                                      defined), (a.core, b.core)
        rivals += bool(got)
        ignore = matching._stems(names_a) | matching._stems(names_b)
        for claim in (a, b):
            fs = facets(claim.core)
            terms, norms = matching._terms(fs, general_rarity, ignore)
            assert [(dict(v), n) for v, n in zip(terms, norms, strict=True)] == \
                [term_vector_norm(t, general_rarity, ignore) for t in fs]
            words = frozenset(stem(w) for w in content_words(fs[-1])
                              if pointers.particular(w, None))
            names = frozenset(stem(w) for e in claim.entities for w in content_words(e.text)
                              if pointers.particular(w, general_rarity))
            assert pointers.particulars(claim, fs[-1], general_rarity, own=True) == \
                words | names
    assert rivals  # (some pairs of the seeds name rivals in one slot)
