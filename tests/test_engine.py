"""The engine end to end on the seeds: real model, real SQLite, real FAISS."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import make_settings
from tests.stories import BORDER, CAPITAL, MARCH, OTHER_MARCH, OTHER_RAID, RAID, RANSOM, TURNOUT


def _cluster_members(pipe) -> dict[int, set[int]]:  # type: ignore[no-untyped-def]
    out: dict[int, set[int]] = {}
    for claim, cluster in pipe.store.iter_claims():
        out.setdefault(cluster, set()).add(claim.id)
    return out


def test_claim_offsets_point_into_the_article(seeded, seed_articles):  # type: ignore[no-untyped-def]
    texts = {a.id: a.text for a in seed_articles}
    claims = [c for c, _ in seeded.store.iter_claims()]
    assert len(claims) > 100
    for claim in claims:
        assert texts[claim.article_id][claim.start : claim.end] == claim.text


def test_reingest_adds_nothing_and_keeps_cluster_ids(fresh, seed_articles):  # type: ignore[no-untyped-def]
    first = fresh.ingest(seed_articles)
    assert {r.status for r in first} == {"new"}
    before = _cluster_members(fresh)
    counts = fresh.store.counts()
    again = fresh.ingest(seed_articles)
    assert {r.status for r in again} == {"duplicate"}
    assert [r.claims for r in again] == [r.claims for r in first]
    assert fresh.store.counts() == counts
    assert _cluster_members(fresh) == before


def test_changed_text_replaces_the_old_claims(fresh, seed_articles):  # type: ignore[no-untyped-def]
    article = seed_articles[1]
    fresh.ingest([article])
    changed = replace(article, text=article.text.replace(
        "The United States and France rushed Tuesday",
        "The United States and Britain hurried on Wednesday"))
    [result] = fresh.ingest([changed])
    assert result.status == "replaced"
    texts = [c.text for c in fresh.store.claims_of_article(article.id)]
    assert any("Britain hurried on Wednesday" in t for t in texts)
    assert not any("France rushed Tuesday" in t for t in texts)
    hits = fresh.search("The United States and France rushed Tuesday to halt an offensive", 3)
    assert all("France rushed" not in c.text for c, _ in hits)


def test_new_articles_join_existing_clusters_without_relabelling(fresh, seed_articles):  # type: ignore[no-untyped-def]
    fresh.ingest(seed_articles[:3])
    before = _cluster_members(fresh)
    fresh.ingest(seed_articles[3:])
    after = _cluster_members(fresh)
    old_ids = {cid for members in before.values() for cid in members}
    new_ids = {cid for members in after.values() for cid in members} - old_ids
    where = {cid: cl for cl, members in after.items() for cid in members}
    moved = {cid for cl, members in before.items() for cid in members if where[cid] != cl}
    # an earlier claim moves only to a cluster holding a new claim (the only new reason)
    assert all(after[where[cid]] & new_ids for cid in moved)
    # nothing is re-clustered wholesale: almost every earlier claim stays where it was
    assert len(moved) < 0.25 * len(old_ids), (len(moved), len(old_ids))
    for cluster_id, members in before.items():
        if not members & moved:  # an earlier cluster nobody left keeps its id and members
            assert after[cluster_id] & old_ids == members


def test_index_is_rebuilt_when_missing_or_from_another_model(tmp_path: Path, seed_articles):  # type: ignore[no-untyped-def]
    from service.pipeline import build_pipeline

    settings = make_settings(tmp_path)
    pipe = build_pipeline(settings)
    pipe.ingest(seed_articles[:2])
    query = "France called for the Security Council to meet urgently"
    expected = [c.id for c, _ in pipe.search(query, 5)]
    pipe.store.close()

    settings.index_path.unlink()
    rebuilt = build_pipeline(settings)
    assert [c.id for c, _ in rebuilt.search(query, 5)] == expected
    assert settings.index_path.exists()
    rebuilt.store.close()

    sidecar = settings.index_path.with_suffix(".json")
    meta = json.loads(sidecar.read_text())
    sidecar.write_text(json.dumps({**meta, "model": "some-other-model"}))
    again = build_pipeline(settings)
    assert [c.id for c, _ in again.search(query, 5)] == expected
    assert json.loads(sidecar.read_text())["model"] == settings.model


def test_delete_takes_claims_out_of_index_and_clusters(fresh, seed_articles):  # type: ignore[no-untyped-def]
    fresh.ingest(seed_articles)
    victim = seed_articles[0].id
    n = fresh.delete_article(victim)
    assert n > 0
    assert fresh.store.claims_of_article(victim) == []
    hits = fresh.search("US and French ambassadors declined to visit Shushi", 10)
    assert all(c.article_id != victim for c, _ in hits)
    views, _ = fresh.clusters(min_voices=1, limit=10_000)
    assert all(c.article_id != victim for v in views for c in v.claims)


def test_contrasts_put_two_outlets_side_by_side(seeded):  # type: ignore[no-untyped-def]
    views = seeded.contrasts("who is responsible for the shelling", top=5)
    assert views, "no cluster answered the question"
    assert all(len({c.voice for c in v.claims}) >= 2 for v in views)


def test_agreeing_numbers_are_not_a_conflict(seeded):  # type: ignore[no-untyped-def]
    judgement = seeded.compare("At least 29 people died in the attack on Monday.",
                               "The attack on Monday killed 29 people.")
    assert judgement.match
    assert judgement.relation == "agree"


def test_figures_that_agree_as_intervals_are_shown_when_asked(seeded):  # type: ignore[no-untyped-def]
    """The brief's own example: "100,000-120,000" and "more than 100k" agree.  Asked how many
    left, the service sets them side by side as an agreement, not a dispute: across the
    story's clusters, or in the one cluster the two claims meet in (since the forty-first
    session a group's and people's counts of one fate, of a size, are one measure)."""
    told = _figures_told(seeded, "how many Armenians left Karabakh")
    agree = [t for t in told if t["kind"] == "numbers_agree"
             and {"100,000–120,000", "more than 100k"} <= t["texts"]]  # type: ignore[operator]
    assert agree, [t["summary"] for t in told]
    assert not agree[0]["conflict"]
    assert not any(t["kind"] == "numbers" and "more than 100k" in t["texts"]  # type: ignore[operator]
                   for t in told), told
    # asked about another count, those figures' agreement is no answer
    for query in ("how many people died", "how many civilians were killed in the shelling"):
        assert not [v for v in seeded.figures(query) if v.difference.kind == "numbers_agree"
                    and "displaced" in v.difference.summary], query


def test_compare_tells_same_claim_from_same_topic(seeded):  # type: ignore[no-untyped-def]
    same = seeded.compare("Turkey strongly backs Azerbaijan in the conflict.",
                          "Ankara gives Baku its full support in the fighting.")
    topic = seeded.compare("Turkey strongly backs Azerbaijan in the conflict.",
                           "Azerbaijan opened a new airport in the region last year.")
    assert same.similarity > topic.similarity
    assert not topic.match


def test_compare_reads_all_of_a_two_part_headline(seeded):  # type: ignore[no-untyped-def]
    # an article would drop "Jon Varga Dead?" as a headline; a question put to compare keeps it
    judged = seeded.compare("The actor Jon Varga is dead",
                            "Jon Varga Dead? Another Death Hoax Spreads On Facebook")
    assert judged.match and judged.relation == "conflict"
    assert "Jon Varga Dead?" in " ".join(judged.signals["facets"])


# two invented reports on one story: one claim made by both in other words, the rest only
# sharing the story (the case where whole-sentence cosine merges a topic)
_REPORT_A = (
    "The Kessel dam on the Varna river failed early on Sunday, flooding the lower town. "
    "The operator said the spillway gates had been inspected in March and found sound. "
    "Rescue teams from three provinces were sent to the valley by the interior ministry. "
    "Water levels in the lower town reached two metres by noon, residents said. "
    "The dam was completed in 1962 and supplies power to the regional grid."
)
_REPORT_B = (
    "Flood water poured through the valley after the Kessel dam gave way on Sunday morning. "
    "According to the operator, inspectors had checked the spillway gates in March and found "
    "no fault. "
    "Opposition politicians called for an independent inquiry into the dam's maintenance. "
    "Farmers downstream said their fields and livestock were lost to the flood. "
    "Insurers expect claims from the valley to run into the hundreds of millions."
)


def test_the_same_claim_in_two_reports_meets_and_the_story_alone_does_not(fresh):  # type: ignore[no-untyped-def]
    from embeddings.types import Article

    fresh.ingest([Article(id="a", source="Daily One", text=_REPORT_A),
                  Article(id="b", source="Evening Two", text=_REPORT_B)])
    claims = {c.text: (c, cluster) for c, cluster in fresh.store.iter_claims()}
    inspected_a = next(v for t, v in claims.items() if "inspected in March" in t)
    inspected_b = next(v for t, v in claims.items() if "checked the spillway" in t)
    assert inspected_a[1] == inspected_b[1], "the shared claim should be one cluster"
    by_cluster: dict[int, set[str]] = {}
    for claim, cluster in claims.values():
        by_cluster.setdefault(cluster, set()).add(claim.article_id)
    cross = [cl for cl, arts in by_cluster.items() if len(arts) == 2]
    # the dam failing is itself told by both (a second shared claim may meet too); the other
    # sentences (rescue teams, water levels, inquiry, farmers, insurers, history) stay apart
    assert inspected_a[1] in cross and len(cross) <= 2, cross


def test_a_claim_moved_to_another_cluster_is_taken_out_of_the_old_one(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The re-examination can move a stored claim: the cluster it left must be recontrasted
    (or, left empty, deleted), not keep listing it."""
    import numpy as np

    from embeddings.types import Article, Claim
    from service.store import SqlStore

    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    article = Article(id="a1", source="Outlet", text="One claim. Another claim.")
    claims = [Claim(article_id="a1", source="Outlet", text=t, start=s, end=s + len(t), core=t)
              for t, s in (("One claim.", 0), ("Another claim.", 11))]
    with store.begin() as conn:
        store.insert_article(conn, article)
        stored = store.insert_claims(conn, claims, [np.ones((1, 4), np.float32)] * 2)
        ids = [int(c.id or 0) for c in stored]
        (first,) = store.set_cluster_labels(conn, ids, [-1, -1])
        touched = store.set_cluster_labels(conn, ids[:1], [-1])
        for cluster_id in touched:
            store.save_cluster(conn, cluster_id, store.cluster_digest(cluster_id, 64, conn=conn)[0],
                               {}, "agree", 0.0)
    assert first in touched and len(touched) == 2
    sizes = {row["id"]: row["size"] for row in store.list_clusters(min_voices=1)[0]}
    assert sizes[first] == 1 and sorted(sizes.values()) == [1, 1]  # one claim each
    with store.begin() as conn:  # the last member leaves too: the empty cluster is gone
        touched = store.set_cluster_labels(conn, ids[1:], [-1])
        for cluster_id in touched:
            store.save_cluster(conn, cluster_id, store.cluster_digest(cluster_id, 64, conn=conn)[0],
                               {}, "agree", 0.0)
    assert first not in {row["id"] for row in store.list_clusters(min_voices=1)[0]}


def test_a_dissenting_outlet_shows_in_a_cluster_of_many_copies(fresh):  # type: ignore[no-untyped-def]
    """A wire sentence carried word for word by more outlets than the contrast reads: the
    counts cover every member, and the one outlet that says otherwise is still compared."""
    from embeddings.types import Article
    from service.cluster_contrast import CONTRAST_SAMPLE

    wire = "The storm killed 12 people in the port city of Varna on Tuesday."
    copies = [Article(id=f"copy-{i}", source=f"Outlet {i:03d}", text=wire)
              for i in range(CONTRAST_SAMPLE + 6)]
    fresh.ingest(copies)
    fresh.ingest([Article(id="dissent", source="Harbour Gazette",
                          text=wire.replace("12 people", "31 people"))])
    (view,) = [v for v in fresh.clusters(min_voices=2)[0] if "Varna" in v.claims[0].text]
    assert len(view.claims) == len(copies) + 1
    row = fresh.store.get_cluster(view.id)
    assert row["size"] == len(copies) + 1 and row["n_voices"] == len(copies) + 1
    assert view.relation == "conflict"
    numbers = next(d for d in view.differences if d["kind"] == "numbers")
    assert "Harbour Gazette" in {e["voice"] for e in numbers["evidence"]}


def test_the_contrast_sample_hears_each_voice_before_any_voice_twice(tmp_path: Path):  # type: ignore[no-untyped-def]
    """One outlet with many wordings must not crowd the others out of the compared sample."""
    import numpy as np

    from embeddings.types import Article, Claim
    from service.store import SqlStore

    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    said = [("Talkative", f"The talkative outlet's wording number {i}.") for i in range(5)]
    said += [(f"Outlet {i}", f"Outlet {i} puts it its own way.") for i in range(10)]
    said += [("Outlet 0", "Outlet 0 puts it its own way.")]  # a repeat: counted, not sampled
    with store.begin() as conn:
        claims = []
        for n, (source, text) in enumerate(said):
            store.insert_article(conn, Article(id=f"a{n}", source=source, text=text))
            claims.append(Claim(article_id=f"a{n}", source=source, text=text, start=0,
                                end=len(text), core=text))
        stored = store.insert_claims(conn, claims, [np.ones((1, 4), np.float32)] * len(claims))
        (cluster_id,) = store.set_cluster_labels(conn, [int(c.id or 0) for c in stored],
                                                 [-1] * len(stored))
        counts, sample = store.cluster_digest(cluster_id, 8, conn=conn)
    assert (counts.size, counts.sources, counts.voices) == (16, 11, 11)
    assert len(sample) == 8 and len({c.voice for c in sample}) == 8
    assert len({c.text for c in sample}) == 8


_CONTRACT = ("Harbin & Sons signed a contract to rebuild the Elm Street bridge for $12 million, "
             "the mayor's office announced on Monday. Work on the bridge is due to start in May.")
_REBUTTED = ("The mayor's office said Harbin & Sons had signed a contract to rebuild the Elm "
             "Street bridge. The city council later rejected this claim. The bridge has been "
             "closed to traffic since the flood of 2021, and the river is still high.")


def test_a_rebuttal_that_only_says_this_claim_meets_the_claim_it_disputes(fresh):  # type: ignore[no-untyped-def]
    from embeddings.types import Article

    fresh.ingest([Article(id="a", source="Daily Ledger", text=_CONTRACT),
                  Article(id="b", source="City Watch", text=_REBUTTED)])
    cluster_of = {c.text: cluster for c, cluster in fresh.store.iter_claims()}
    rebuttal = cluster_of["The city council later rejected this claim."]
    signed = [cluster for text, cluster in cluster_of.items() if "signed a contract" in text]
    assert signed == [rebuttal, rebuttal], cluster_of
    view = fresh.cluster(rebuttal)
    assert view.relation == "conflict"
    [contradiction] = [d for d in view.differences if d["kind"] == "contradiction"]
    assert any("rejected this claim" in str(row["text"]) for row in contradiction["evidence"])
    # the story around it (the flood, the river) stays out
    assert cluster_of[next(t for t in cluster_of if "flood" in t)] != rebuttal


def test_a_denial_matches_the_claim_it_denies_in_other_words(seeded):  # type: ignore[no-untyped-def]
    # the denial's own words ("complete fabrication") pull the similarity below the match
    # threshold; the pair is still one claim and its denial
    judged = seeded.compare("The city will announce a new stadium in 2026",
                            "Stadium plan report is complete fabrication, says mayor")
    assert judged.score < seeded.match.threshold
    assert judged.match and judged.relation == "conflict"
    # a plain negation below the threshold differs in content, not only in "no"
    other = seeded.compare("A man is playing a violin", "There is no man playing a harp")
    assert not other.match and other.relation == "unrelated"
    # two different claims are not said to agree (nothing in their words differs, yet they
    # make two claims)
    apart = seeded.compare("The council approved the budget on Monday.",
                           "Protesters marched to the harbour on Sunday.")
    assert not apart.match and "agree" not in str(apart.signals["contrast_summary"]).lower()


def test_a_question_for_a_number_is_answered_first_by_claims_that_give_one(fresh):  # type: ignore[no-untyped-def]
    """"How many people fled ..." asks for a count: the cluster of claims that give one comes
    before a closer cluster that only shares the topic; a question for no quantity keeps
    the order of relevance."""
    from embeddings.types import Article

    fresh.ingest([
        Article(id="a1", source="Outlet A", text=(
            "People fled the town of Martuni in cars and buses on Tuesday, witnesses said.\n"
            "More than 20,000 people have fled the region since the shelling began.")),
        Article(id="b1", source="Outlet B", text=(
            "Residents fled Martuni by car and by bus on Tuesday, according to witnesses.\n"
            "Over 20,000 residents have fled the region since the shelling started.")),
    ])
    counted = fresh.contrasts("how many people fled Martuni", top=2)
    plain = fresh.contrasts("how did people flee Martuni", top=2)
    assert len(counted) == len(plain) == 2

    def gives_a_count(view) -> bool:  # type: ignore[no-untyped-def]
        return any(q.kind == "count" for c in view.claims for q in c.numbers)

    assert gives_a_count(counted[0]) and not gives_a_count(counted[1])
    assert not gives_a_count(plain[0]), "without a question for a number, relevance decides"


@pytest.mark.parametrize(("query", "kinds"), [
    ("how many Armenians left Karabakh", {"count"}),
    ("the death toll in Stepanakert", {"count"}),
    ("how long did the blockade last", {"duration"}),
    # a ratio answers "how many times more"
    ("how many times more likely are smokers to die", {"count", "ratio"}),
    ("when did the offensive start", {"date", "year"}),
    ("who is responsible for the shelling", set()),
    ("Lachin corridor", set()),
])
def test_what_a_query_asks_for(query: str, kinds: set[str]) -> None:
    from service.questions import quantity_asked

    assert quantity_asked(query) == kinds


_FERRY = (
    ("Coast Herald", "2026-03-02", "A passenger ferry sank off the northern coast on Monday. "
     "Fourteen people died when the ferry sank, the coast guard said. Rescuers pulled "
     "survivors from the water through the night."),
    ("Daily Ledger", "2026-03-03", "The death toll from the ferry that sank off the northern "
     "coast rose on Tuesday. Thirty-one people died when the ferry sank, the coast guard said. "
     "Divers were searching the wreck for more bodies."),
    ("Morning Post", "2026-03-03", "Divers searched the wreck of the ferry on Tuesday. Twenty "
     "people died when the ferry sank, according to the regional governor. The operator said "
     "the vessel had passed its last inspection."),
)


def test_a_toll_that_rose_overnight_is_no_dispute_but_one_day_s_two_tolls_are(fresh):  # type: ignore[no-untyped-def]
    from embeddings.types import Article

    fresh.ingest([Article(id=f"ferry-{i}", source=source, published=day, text=text)
                  for i, (source, day, text) in enumerate(_FERRY)])
    (view,) = [v for v in fresh.clusters(min_voices=2)[0] if "people died" in v.claims[0].text]
    assert len(view.claims) == 3 and view.relation == "conflict"
    assert {c.published for c in view.claims} == {"2026-03-02", "2026-03-03"}
    by_kind = {d["kind"]: d for d in view.differences}
    # the coast guard's 31 and the governor's 20 were both reported on 3 March
    assert {e["text"] for e in by_kind["numbers"]["evidence"]} == {"Thirty-one", "Twenty"}
    # 14 on 2 March is where the toll stood a day earlier
    changed = by_kind["numbers_changed"]
    assert not changed["conflict"] and "Fourteen" in {e["text"] for e in changed["evidence"]}
    assert changed["summary"].index("2026-03-02") < changed["summary"].index("2026-03-03")


def test_a_store_written_before_claims_carried_dates_gets_them_from_its_articles(tmp_path: Path):  # type: ignore[no-untyped-def]
    import sqlite3

    from embeddings.types import Article
    from service.pipeline import build_pipeline

    data_dir = tmp_path / "old"
    pipe = build_pipeline(make_settings(data_dir))
    source, day, text = _FERRY[0]
    pipe.ingest([Article(id="herald", source=source, published=day, text=text),
                 Article(id="undated", source="Blog", text=_FERRY[1][2])])
    pipe.store.close()
    with sqlite3.connect(data_dir / "crossclaim.db") as db:  # the layout before the column
        db.execute("ALTER TABLE claims DROP COLUMN published")
        before = db.execute("SELECT id, text, cluster_id FROM claims ORDER BY id").fetchall()
    reopened = build_pipeline(make_settings(data_dir))
    try:
        claims = [c for c, _ in reopened.store.iter_claims()]
        assert [(c.id, c.text, k) for c, k in reopened.store.iter_claims()] == before
        assert {c.published for c in claims if c.article_id == "herald"} == {day}
        assert {c.published for c in claims if c.article_id == "undated"} == {None}
    finally:
        reopened.store.close()


def test_two_briefs_giving_one_figure_differently_meet(fresh):  # type: ignore[no-untyped-def]
    """The lead figure of a brief is what its other sentences are about, so the article
    context takes it out; two claims giving a figure of one measure still meet."""
    from embeddings.types import Article

    fresh.ingest([
        Article(id="journal", source="Market Journal", text=(
            "Carmaker Orvell will cut 4,000 jobs in Europe by the end of next year, the company "
            "said on Tuesday. The cuts amount to about 6% of its workforce. Orvell reported a "
            "first-quarter net loss of 310 million euros, compared with a profit of 120 million "
            "euros a year earlier. Shares in Orvell fell 8% in Frankfurt.")),
        Article(id="daily", source="Finance Daily", text=(
            "Orvell shares fell another 3% on Wednesday after the carmaker announced 4,000 job "
            "cuts. The company lost 290 million euros in the first quarter, it said. Analysts "
            "at Berenberg said the cuts did not go far enough."))])
    clusters = {c.text: k for c, k in fresh.store.iter_claims()}
    loss = [k for t, k in clusters.items() if "310 million" in t or "290 million" in t]
    assert len(loss) == 2 and loss[0] == loss[1]
    view = next(v for v in fresh.clusters(min_voices=1)[0] if v.id == loss[0])
    assert any(d["kind"].startswith("numbers") for d in view.differences)
    # the share price fell on two days: no figure of one measure with the job cuts
    jobs = next(k for t, k in clusters.items() if t.startswith("Carmaker Orvell will cut"))
    shares = next(k for t, k in clusters.items() if t.startswith("Orvell shares fell"))
    assert jobs != shares


def _ingest(pipe, stories):  # type: ignore[no-untyped-def]
    """Stories as (source, day, text) or (source, day, text, headline)."""
    from embeddings.types import Article

    pipe.ingest([Article(id=f"a{i}", source=story[0], published=story[1], text=story[2],
                         title=story[3] if len(story) > 3 else None)
                 for i, story in enumerate(stories)])


def test_two_voices_of_one_sentence_keep_their_own_figures(fresh):  # type: ignore[no-untyped-def]
    """"Organisers said 250,000 took part, while police put the turnout at 40,000": each
    count is its own voice's, so the police's 40,000 in another outlet meets the organisers'
    250,000 as a dispute, never as the organisers agreeing with the police."""
    _ingest(fresh, TURNOUT)
    views, _ = fresh.clusters(min_voices=2)
    told = [(str(e["voice"]), str(e["text"])) for v in views for d in v.differences
            if str(d["kind"]).startswith("numbers") for e in d["evidence"]]
    assert ("organisers", "250,000") in told, told
    assert not any(voice == "organisers" and "40,000" in text for voice, text in told), told
    dispute = [str(d["summary"]) for v in views for d in v.differences if d["kind"] == "numbers"]
    assert any("250,000" in d and "40,000" in d for d in dispute), told


def test_the_figures_of_a_story_are_compared_across_its_clusters(fresh):  # type: ignore[no-untyped-def]
    """Police, organisers and a union count one march in claims the clusterer keeps apart;
    asked about the march, the service sets their counts side by side."""
    _ingest(fresh, MARCH + OTHER_MARCH)
    figures = fresh.figures("how many people marched against the pension reform")
    turnout = [f for f in figures if "who took part" in f.difference.summary]
    assert turnout, [f.difference.summary for f in figures]
    dispute = turnout[0]
    assert dispute.difference.kind == "numbers" and dispute.difference.conflict
    told = [str(e["text"]) for e in dispute.difference.evidence]
    assert any("250,000" in t for t in told) and any("35,000" in t for t in told), told
    assert len(set(dispute.clusters.values())) >= 2  # across clusters, else the cluster shows it
    # the arrests are another count: 12 and 15 arrested are not set against 250,000 marchers
    assert not any(e["text"] in ("12", "15") for e in dispute.difference.evidence)
    # nor are the Porto protest's figures, a week later and in another city
    for figure in figures:
        assert all(c.source not in ("Street Voice", "City Gazette") for c in figure.claims), \
            figure.difference.summary


def _figures_told(pipe, query: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """What a reader asking ``query`` sees of the story's figures: each difference (kind,
    summary, conflict, sources, texts) of the figures compared across clusters and of the
    clusters that answer the query (figures that meet in one cluster are shown there)."""
    told = [{"kind": f.difference.kind, "summary": f.difference.summary,
             "conflict": f.difference.conflict, "sources": {c.source for c in f.claims},
             "texts": {str(e["text"]) for e in f.difference.evidence}}
            for f in pipe.figures(query)]
    for view in pipe.contrasts(query, top=5):
        told += [{"kind": d["kind"], "summary": d["summary"], "conflict": d["conflict"],
                  "sources": {str(e["source"]) for e in d["evidence"]},
                  "texts": {str(e["text"]) for e in d["evidence"]}} for d in view.differences]
    return told


def test_reports_linked_through_a_third_have_their_figures_compared(fresh):  # type: ignore[no-untyped-def]
    """"Twelve people were arrested" and "Thirty people were detained" come from two reports
    of one day that each share a cluster with a third report; asked, the reader sees the two
    counts set against each other (across clusters, or in the one cluster they meet in since
    "At least 25 protesters were arrested" and "Thirty people were detained" are read as one
    count); and one outlet gives both crowd estimates in one sentence, which is the dispute,
    not two measures."""
    from tests.stories import RALLY

    _ingest(fresh, RALLY)
    held = [t for t in _figures_told(fresh, "How many people were arrested at the Valdora march?")
            if t["kind"] == "numbers" and "held" in str(t["summary"])]
    assert held and held[0]["conflict"], held
    assert held[0]["sources"] >= {"Capital Times", "State News Agency"}, held  # type: ignore[operator]
    crowd = [f for f in fresh.figures("How many people took part in the march?")
             if "who took part" in f.difference.summary]
    assert crowd and crowd[0].difference.kind == "numbers", crowd
    told = [str(e["text"]) for e in crowd[0].difference.evidence]
    assert any("18,000" in t for t in told) and any("60,000" in t for t in told), told


def test_figures_of_two_stories_are_never_set_against_each_other(fresh):  # type: ignore[no-untyped-def]
    _ingest(fresh, MARCH + OTHER_MARCH)
    for query in ("how many people were arrested", "how many people marched",
                  "how many people took part in the protest in Porto"):
        for figure in fresh.figures(query, top=10):
            sources = {c.source for c in figure.claims}
            assert sources <= {s for s, _, _ in MARCH} or \
                sources <= {s for s, _, _ in OTHER_MARCH}, (query, figure.difference.summary)


def test_opposing_labels_of_one_statement_meet_in_one_cluster(fresh):  # type: ignore[no-untyped-def]
    """"Residents were forced to flee" / "left voluntarily": the two claims fall just short of
    a match by their words, and the contrast stage reads them as opposite states of one
    subject, so they are one statement disputed (``ClusterConfig.dispute_bonus``)."""
    _ingest(fresh, RAID)
    clusters = [c for c in fresh.clusters(min_voices=2)[0]
                if any("voluntarily" in m.text for m in c.claims)]
    assert len(clusters) == 1 and any("forced to flee" in m.text for m in clusters[0].claims)
    assert clusters[0].relation == "conflict"
    assert {"contradiction", "terminology"} <= {d["kind"] for d in clusters[0].differences}


def test_a_claim_and_its_plain_negation_meet_in_one_cluster(fresh):  # type: ignore[no-untyped-def]
    """"had not paid the ransom" / "paid the hackers a ransom": near in their own words, but
    the article context takes out the ransom both are about; the negation read by the
    contrast stage ties them (``ClusterConfig.negation_bonus``), and the cluster shows it."""
    _ingest(fresh, RANSOM)
    clusters = [c for c in fresh.clusters(min_voices=2)[0]
                if any("not paid" in m.text for m in c.claims)]
    assert len(clusters) == 1 and any("paid the hackers" in m.text for m in clusters[0].claims)
    assert clusters[0].relation == "conflict"
    # and a negation alone ties no two claims of the story whose own words are apart
    assert not any("restored" in m.text for m in clusters[0].claims)


def test_the_labels_of_a_story_are_compared_across_its_clusters(tmp_path):  # type: ignore[no-untyped-def]
    """One outlet says residents were forced to flee, another that they left voluntarily:
    where the clusterer keeps the two apart (here with the dispute bonus off), they are set
    side by side when asked about the story."""
    from service.pipeline import build_pipeline

    fresh = build_pipeline(make_settings(tmp_path / "data", dispute_bonus=0.0))
    _ingest(fresh, RAID + OTHER_RAID)
    terms = fresh.terms("why did the residents of Kessin leave")
    left = [t for t in terms if "why people left" in t.difference.summary]
    assert left, [t.difference.summary for t in terms]
    used = {str(e["term"]): str(e["source"]) for e in left[0].difference.evidence}
    assert used == {"forced": "Northern Herald", "voluntarily": "State Daily"}, used
    assert len(set(left[0].clusters.values())) >= 2  # across clusters, else the cluster shows it
    assert left[0].difference.kind == "terminology"
    fresh.store.close()


def test_labels_of_two_stories_or_plain_words_are_not_set_against_each_other(fresh):  # type: ignore[no-untyped-def]
    _ingest(fresh, RAID + OTHER_RAID)
    for query in ("what the operation in Valdora is called", "the Valdora offensive",
                  "the navy's anti-terror operation off the Marren coast"):
        for view in fresh.terms(query, top=10):
            sources = {c.source for c in view.claims}
            # the navy's operation off Marren is another story than the army's in Valdora
            assert sources <= {s for s, _, _ in RAID} or \
                sources <= {s for s, _, _ in OTHER_RAID}, (query, view.difference.summary)
            # "the minister attacked the reporting" is no name for the operation
            assert all(e["term"] != "attack" for e in view.difference.evidence), \
                view.difference.summary


def test_a_place_s_two_names_in_one_story_are_shown_but_not_two_people_s(fresh):  # type: ignore[no-untyped-def]
    """"Kyiv" and "Kiev" in claims of two clusters are one city named two ways; "Hansen" and
    "Hanson", spelt alike, are a deputy mayor and a fire chief."""
    _ingest(fresh, CAPITAL)
    names = [v for v in fresh.terms("who spoke for the city after the air raid", top=10)
             if v.difference.kind == "names"]
    forms = [{str(e["form"]) for e in v.difference.evidence} for v in names]
    assert {"Kyiv", "Kiev"} in forms, forms
    assert not any({"Hansen", "Hanson"} & f for f in forms), forms


_MISQUOTE = (  # one official, two outlets, two figures: what she said is itself disputed
    ("Harbour Gazette", "2026-05-04", "A fire broke out at the Kessin chemical plant on Monday. "
     "The plant's chief executive said 120 workers were evacuated from the site. The cause "
     "of the fire is not yet known."),
    ("Coastal Times", "2026-05-04", "Smoke rose over the Kessin chemical plant on Monday "
     "afternoon. The plant's chief executive said 210 workers were evacuated from the site. "
     "Firefighters were still on the scene in the evening."),
)


def test_one_voice_told_two_ways_is_listed_with_the_disputes(fresh):  # type: ignore[no-untyped-def]
    """Two outlets quoting one speaker with different figures is a dispute over what she
    said: the default listing (two voices or more) shows it, not only ``--min-sources 1``."""
    _ingest(fresh, _MISQUOTE)
    views, _ = fresh.clusters(min_voices=2)
    evacuated = [v for v in views if any("evacuated" in c.text for c in v.claims)]
    assert len(evacuated) == 1, [v.claims[0].text for v in views]
    (view,) = evacuated
    assert view.relation == "conflict" and {c.source for c in view.claims} == {
        "Harbour Gazette", "Coastal Times"}
    dispute = next(d for d in view.differences if d["kind"] == "numbers")
    assert {e["text"] for e in dispute["evidence"]} == {"120", "210"}


_TWO_STORIES = (
    ("Tech Times", "2026-02-02", "Software maker Quorra will cut 12,000 jobs, chief executive "
     "Anya Berg said on Monday. Berg blamed slowing demand for the company's products. Quorra "
     "shares rose 4% in early trading."),
    ("Business Daily", "2026-02-02", "Quorra is laying off 11,000 employees, the company "
     "announced on Monday. Unions called the layoffs a betrayal. The shares rose 6%."),
    ("Gulf Herald", "2026-09-14", "Hurricane Mara made landfall near Port Lavaca on Monday "
     "with winds of 140 mph. At least six people were killed, officials said. Governor Dana "
     "Reyes declared a state of emergency."),
    ("Coastal Wire", "2026-09-14", "Hurricane Mara hit the Texas coast on Monday with winds of "
     "225 km/h. Six people were killed, the governor said. Reyes declared a state of "
     "emergency in 22 counties."),
)


def test_a_query_is_answered_by_its_own_story_only(fresh):  # type: ignore[no-untyped-def]
    """The answer to a question about one story holds that story's clusters: the nearest
    clusters of another story are no answers, however few the answers are."""
    _ingest(fresh, _TWO_STORIES)
    views = fresh.contrasts("How many people were killed by Hurricane Mara?", top=5)
    assert views and any("killed" in c.text for c in views[0].claims)
    # the layoffs are told by one outlet each in claims of their own: no competing claims
    # on them, and the storm's clusters are no answer either
    views = fresh.contrasts("How many jobs will Quorra cut?", top=5)
    told = [c.text for v in views for c in v.claims]
    assert not any("Mara" in t or "killed" in t or "emergency" in t for t in told), told


def test_a_denial_in_another_cluster_is_shown_with_what_it_denies(fresh):  # type: ignore[no-untyped-def]
    """The denial shares no cluster with the report it denies (its words are another
    voice's), yet asked about the subject the service sets them side by side."""
    _ingest(fresh, BORDER)
    across = fresh.across("Did Russian troops cross the border into Ukraine?")
    told = [(d.difference.summary, {c.source for c in d.claims}) for d in across.denials]
    assert any("Russian defence ministry denies" in summary and {"Moscow Herald", "Kyiv Daily"}
               <= sources for summary, sources in told), told
    first = across.denials[0]
    assert first.difference.kind == "contradiction" and first.difference.conflict
    assert len(set(first.clusters.values())) == 2
    # no denial where nobody denies: the European Union's condemnation and the toll
    assert not fresh.across("Did the European Union condemn the attack?").denials


def test_a_lead_that_answers_the_query_does_not_hide_the_other_reports(fresh):  # type: ignore[no-untyped-def]
    """The first report's lead answers "Skyway jet emergency landing" far better than any
    claim of the other two, which share no cluster with it: they are still read, and the
    passengers and the injured are compared across the three (they name one rare name,
    Skyway, on the same days)."""
    from tests.stories import FLIGHT

    _ingest(fresh, FLIGHT)
    summaries = [v.difference.summary for v in
                 fresh.figures("Skyway jet emergency landing passengers")]
    assert any("number of passengers" in s and "178" in s and "172" in s for s in summaries), \
        summaries
    assert any("number of people hurt" in s for s in summaries), summaries


def test_the_figures_of_two_earthquakes_are_kept_apart(fresh):  # type: ignore[no-untyped-def]
    """Two quakes a day apart, in Veranza and near Karsan: reports naming no town share
    clusters with both ("Rescue teams were still searching ..."), yet no difference sets one
    quake's toll against the other's; asked about the one near Karsan, the other's are no
    answer, however alike the two stories' claims read."""
    from tests.stories import QUAKES

    _ingest(fresh, QUAKES)
    veranza, karsan = {"Coast Times", "Veranza Today"}, {"Global Wire", "Daily Courier",
                                                          "Regional Times"}
    seen = []
    for query in ("Karsan earthquake death toll", "How many died in the Veranza earthquake?",
                  "earthquake death toll"):
        for view in fresh.figures(query, top=10):
            sources = {c.source for c in view.claims}
            assert sources <= veranza or sources <= karsan, view.difference.summary
            assert "7,500" not in view.difference.summary  # those in shelters did not die
            seen.append((query, sources))
    assert any(q.startswith("How many") and s <= veranza for q, s in seen), seen
    assert any(q.startswith("Karsan") for q, _ in seen), seen
    assert not any(q.startswith("Karsan") and s <= veranza for q, s in seen), seen


def test_a_denial_is_not_set_against_another_towns_story(fresh):  # type: ignore[no-untyped-def]
    """The minister denies that warnings about the Rivena bridge were ignored; the union's
    "the mine had ignored warnings" is of a mine's collapse at Copper Ridge a month before,
    whatever words the two share."""
    from tests.stories import WARNINGS

    _ingest(fresh, WARNINGS)
    for view in fresh.denials("Were warnings about the bridge ignored?", top=10):
        texts = " ".join(c.text for c in view.claims)
        assert not ("bridge" in texts and "mine" in texts), view.difference.summary


def test_reports_of_one_day_naming_one_town_are_one_story(fresh):  # type: ignore[no-untyped-def]
    """The Russian report shares no cluster with the Ukrainian ones, yet it names the same
    town on the same day: its "Kharkov" is shown against their "Kharkiv"."""
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.types import Article
    from service.story import Story

    _ingest(fresh, BORDER)
    names = [d for d in fresh.terms("Russian strikes near Kharkiv") if d.difference.kind == "names"]
    assert names and {"Moscow Herald", "Kyiv Daily"} <= {c.source for c in names[0].claims}
    assert "Kharkov" in names[0].difference.summary
    # a country is no such link: two strikes in Ukraine on one day are two stories
    extract = SentenceClaimExtractor().extract
    one = extract(Article(id="o", source="A", published="2026-04-07",
                          text="A missile hit Odesa in Ukraine, killing five people."))
    two = extract(Article(id="t", source="B", published="2026-04-07",
                          text="Shelling in Ukraine killed 12 people in Kherson."))
    story = Story([(c, -1) for c in one + two])
    assert not story.same_story(one[0], two[0])


def test_a_query_that_names_a_storm_is_answered_by_that_storm(fresh):  # type: ignore[no-untyped-def]
    """Two storms of one week, each with a disputed toll in claims that name neither storm
    ("Four people died, officials said"): asked about Mira, the other storm's toll is no
    answer, in the clusters or across them, however alike the two stories' claims read (a
    cluster may still hold claims of both: the clusterer does not read stories)."""
    from tests.stories import STORMS

    _ingest(fresh, STORMS)
    mira, tomas = {"Bay Times", "Gulf Wire"}, {"Atlantic Post", "Shore Daily"}
    for query, asked in (("Mira death toll", mira), ("How many died in storm Tomas?", tomas)):
        clusters = [{c.source for c in v.claims} for v in fresh.contrasts(query, top=10)]
        figures = [{c.source for c in v.claims} for v in fresh.figures(query, top=10)]
        assert clusters and figures, query
        assert all(sources & asked for sources in clusters), (query, clusters)
        assert all(sources <= asked for sources in figures), (query, figures)


def test_a_headline_links_a_report_that_names_no_place(fresh):  # type: ignore[no-untyped-def]
    """The minister's report names no place and shares no claim with the others, but its
    headline names the prison: its nine dead inmates are set against the relatives' 13."""
    from tests.stories import RIOT

    _ingest(fresh, RIOT)
    summaries = [v.difference.summary for v in fresh.figures("Sabana prison riot deaths")]
    assert any("nine" in s and "13" in s for s in summaries), summaries


def test_a_cluster_of_two_storms_is_shown_with_no_dispute_between_them(fresh):  # type: ignore[no-untyped-def]
    """"Four people died, officials said" and "Twelve people died, the coast guard said"
    share a cluster, but are of two storms on two coasts: asked about storm tolls, no
    difference shown sets one storm's reports against the other's."""
    from tests.stories import STORMS

    _ingest(fresh, STORMS)
    mira, tomas = {"Bay Times", "Gulf Wire"}, {"Atlantic Post", "Shore Daily"}
    shown = []
    for query in ("storm death toll", "How many people were moved to storm shelters?",
                  "How many homes lost power in the storm?"):
        for view in fresh.contrasts(query, top=10):
            source = {c.id: c.source for c in view.claims}
            for difference in view.differences:
                if difference["kind"] == "speakers":
                    continue  # who speaks on each side is no comparison of the two
                told = {source.get(int(row["claim_id"])) for row in difference["evidence"]
                        if "claim_id" in row}
                assert told <= mira or told <= tomas, (query, difference["summary"])
            shown.append(view)
    assert shown


def test_the_stored_contrast_compares_each_story_on_its_own(fresh):  # type: ignore[no-untyped-def]
    """The clusters listed with no query hold claims of both storms ("Four people died" /
    "Twelve people died"), but no difference they report sets one storm's claims against
    the other's."""
    from tests.stories import STORMS

    _ingest(fresh, STORMS)
    mira, tomas = {"Bay Times", "Gulf Wire"}, {"Atlantic Post", "Shore Daily"}
    views, _ = fresh.clusters(min_voices=2)
    assert any({c.source for c in v.claims} & mira and {c.source for c in v.claims} & tomas
               for v in views)  # the clusterer does not read stories
    for view in views:
        source = {c.id: c.source for c in view.claims}
        for difference in view.differences:
            if difference["kind"] == "speakers":
                continue  # who speaks on each side is no comparison of the two
            told = {source.get(int(row["claim_id"])) for row in difference["evidence"]
                    if "claim_id" in row}
            assert told <= mira or told <= tomas, difference["summary"]


def test_a_wildfire_told_by_wire_live_blog_and_comment(fresh):  # type: ignore[no-untyped-def]
    """Wire copy with a dateline, a live blog with time stamps, a comment: each entry is a
    claim without its stamp, the mayor of the town speaks, the evacuees and the firefighters
    are disputed in the clusters, and the dead across them."""
    from tests.stories import WILDFIRE

    _ingest(fresh, WILDFIRE)
    claims = [c for c, _ in fresh.store.iter_claims()]
    assert not any(c.text[:1].isdigit() or c.text.startswith("SERRADA") for c in claims)
    evacuated = next(c for c in claims if c.text.startswith("Some 2,000"))
    assert evacuated.speaker == "mayor of Serrada"
    summaries = [d["summary"] for v in fresh.contrasts("How many people were evacuated near "
                                                    "Serrada?", top=5) for d in v.differences]
    assert any("displaced" in s and "1,400" in s and "2,000" in s for s in summaries), summaries
    summaries = [d["summary"] for v in fresh.contrasts("How many firefighters fought the fire?",
                                                    top=5) for d in v.differences]
    assert any("firefighters" in s and "1,200" in s and "1,000" in s for s in summaries), \
        summaries
    died = [v.difference.summary for v in fresh.figures("How many people died in the fire "
                                                        "near Serrada?")]
    assert any("died" in s and "no deaths" in s and "two" in s for s in died), died


def test_a_briefing_and_the_other_sides_coast_guard_speak_by_name(fresh):  # type: ignore[no-untyped-def]
    """A foreign ministry's briefing calls its spokesperson "the diplomat" and asks a question
    of its own; the other side's paper quotes "a spokesman for" its coast guard; a wire gives
    both sides in one sentence.  Each claim is its named voice's, the question is none, and
    the ramming's cluster sets the two sides' voices against each other."""
    from tests.stories import SHOAL

    _ingest(fresh, SHOAL)
    claims = [c for c, _ in fresh.store.iter_claims()]
    voices = {(c.source, c.speaker) for c in claims}
    assert {("Beijing Daily", "Mao Ning"), ("Manila Herald", "Philippine Coast Guard spokesman"),
            ("Asia Wire", "China"), ("Asia Wire", "Philippines")} <= voices, voices
    assert not any(c.text.endswith("?") for c in claims)
    assert {c.speaker for c in claims if c.source == "Beijing Daily"} == {"Mao Ning"}
    views, _ = fresh.clusters(min_voices=2)
    rammed = [{c.speaker for c in v.claims} for v in views
              if any("rammed" in c.text for c in v.claims)]
    assert any({"Mao Ning", "Philippine Coast Guard spokesman"} <= s for s in rammed), rammed
    # each side says the other's ships rammed its own: who did it to whom is disputed
    ramming = next(v for v in views if {"Mao Ning", "Philippine Coast Guard spokesman"}
                   <= {c.speaker for c in v.claims})
    assert ramming.relation == "conflict", ramming.summary
    disputed = next(d for d in ramming.differences if d["kind"] == "contradiction")
    assert "who did it to whom" in disputed["summary"], disputed
    assert {"Mao Ning", "Philippine Coast Guard spokesman"} <= {
        e["voice"] for e in disputed["evidence"]}, disputed


def test_a_city_hall_story_with_acts_undone_and_acts_told_in_other_words(fresh):  # type: ignore[no-untyped-def]
    """The curfew lifted (City Desk), imposed (Harlow Herald) and ended (North Post, a day
    later) on one Monday is one dispute of three outlets, not a story that moved on; the
    ordinance vetoed or signed is disputed; the council's vote, "passed" or "approved", is
    told alike; an earlier veto of another ordinance ("in May") and a court's dismissal of
    an appeal dispute nothing."""
    from tests.stories import HARLOW

    _ingest(fresh, HARLOW)
    views = fresh.clusters(min_voices=1)[0]

    def holding(words: str):  # type: ignore[no-untyped-def]
        return next(v for v in views if any(words in c.text for c in v.claims))

    curfew = holding("lifted the curfew")
    assert curfew.relation == "conflict", curfew.summary
    assert "state_changed" not in {d["kind"] for d in curfew.differences}, curfew.differences
    disputed = next(d for d in curfew.differences if d["kind"] == "contradiction")
    assert {e["source"] for e in disputed["evidence"]} == {"City Desk", "Harlow Herald",
                                                            "North Post"}, disputed
    ordinance = holding("vetoed the council's ordinance banning")
    assert ordinance.relation == "conflict", ordinance.summary
    assert "signed" in ordinance.summary and "vetoed" in ordinance.summary, ordinance.summary
    for words in ("parking ordinance", "council passed the ordinance", "dismissed an appeal",
                  "40 people had been arrested"):
        view = holding(words)
        assert view.relation != "conflict", (words, view.summary)


def test_an_economy_report_told_over_two_days(fresh):  # type: ignore[no-untyped-def]
    """October's inflation is 3.2% in one outlet and 3.4% the next day in another: a
    dispute over one month's figure, not a change, and no agreement with "just over 3
    percent"; September's 3.5%, told as where it fell from, is no figure of October's.
    The quarter's growth and its annual rate are two measures; the unemployment rate and
    the jobless rate are one."""
    from tests.stories import ECONOMY

    _ingest(fresh, ECONOMY)
    claims = [c for c, _ in fresh.store.iter_claims()]
    eased = next(c for c in claims if c.text.startswith("Annual inflation"))
    assert [q.text for q in eased.numbers] == ["3.2%"]
    views, _ = fresh.clusters(min_voices=1)
    inflation = next(v for v in views if any(c.text.startswith("Inflation fell to 3.4%")
                                             for c in v.claims))
    found = {d["kind"]: d["summary"] for d in inflation.differences}
    assert "3.2%" in found.get("numbers", "") and "3.4%" in found["numbers"], found
    assert "numbers_changed" not in found and "numbers_agree" not in found, found
    for view in views:
        for difference in view.differences:
            if difference["kind"] == "numbers":  # 0.4% a quarter is no 1.6% a year
                assert "1.6%" not in difference["summary"], difference["summary"]
    summaries = [d["summary"] for v in fresh.contrasts("What is the unemployment rate?", top=5)
                 for d in v.differences if d["kind"] in ("numbers", "numbers_agree")]
    assert any("4.1" in s for s in summaries), summaries


def test_a_query_reads_each_claim_of_its_story_once(fresh, monkeypatch):  # type: ignore[no-untyped-def]
    """Finding a query's story asks for its claims again and again (the hits, their
    articles', their clusters' members, the story's articles', the hits once more for the
    denials): a query reads each article's claims once, and a claim by its id once and
    never after its article (only a claim read before its article is read twice); the story
    read is the one the store gives claim by claim, in the store's order (the first
    articles found are the ones kept)."""
    from service.query_reads import QueryReads
    from service.questions import names_asked
    from service.story import story_articles
    from tests.stories import QUAKES, RALLY

    _ingest(fresh, [*MARCH, *OTHER_MARCH, *RALLY, *QUAKES, *BORDER])
    store = fresh.store
    read: list[tuple[str, int]] = []  # (how, claim id): by its "id" or its whole "article"

    def counting(real, how):  # type: ignore[no-untyped-def]
        def counted(ids, *args, **kwargs):  # type: ignore[no-untyped-def]
            found = real(ids, *args, **kwargs)
            read.extend((how, i) for i in found)
            return found
        return counted

    for name, how in (("claims_with_clusters", "id"), ("claims_of_articles", "article")):
        monkeypatch.setattr(store, name, counting(getattr(store, name), how))
    for query in ("how many people marched against the pension reform", "Karsan earthquake "
                  "death toll", "how many people were arrested in Valdora",
                  "Russian troops crossed the border", "who counted the crowd"):
        read.clear()
        across = fresh.across(query)
        assert read and len(read) == len(set(read)), query  # no claim read twice one way
        of_articles: set[int] = set()
        for how, i in read:
            assert how == "article" or i not in of_articles, (query, i)
            of_articles |= {i} if how == "article" else set()
        assert (across.figures, across.terms) == (fresh.figures(query), fresh.terms(query))
        hits = fresh._nearest_claims(query, 50)
        articles = story_articles(store, hits, names_asked(query))
        story = fresh._story(query)
        assert list(story.claims.items()) == list(store.claims_of_articles(articles).items())
        assert story.headlines == store.headlines(articles)
        # asked again, in any order, with ids it never read: the store's answer, in its order
        reads = QueryReads(store)
        ids = [cid for cid, _ in hits] + [10_000]
        assert list(reads.claims_with_clusters(ids).items()) == \
            list(store.claims_with_clusters(ids).items())
        mixed = [*reversed(articles), "no-such-article", articles[0]]
        for _ in range(2):
            assert list(reads.claims_of_articles(mixed).items()) == \
                list(store.claims_of_articles(mixed).items())
            assert list(reads.claims_with_clusters(sorted(story.claims)).items()) == \
                list(store.claims_with_clusters(sorted(story.claims)).items())


def test_the_figures_pair_only_claims_with_figures_of_one_compared_kind(fresh):  # type: ignore[no-untyped-def]
    """A story's figures are read pairwise; a claim that gives no count, share or amount,
    and two claims whose figures share no such kind, are passed over before any reading,
    and the differences found are those of every pair."""
    from service.contrast.names import load_gazetteer
    from service.contrast.numbers import number_differences
    from service.contrast.said import Said
    from service.contrast.voices import one_voice_each
    from service.figures import compared
    from service.story import Story
    from tests.stories import ECONOMY, FLIGHT, QUAKES, RALLY

    _ingest(fresh, MARCH + RALLY + QUAKES + FLIGHT + ECONOMY + RANSOM)
    found = dropped = 0
    for query in ("how many people marched against the pension reform", "Karsan earthquake "
                  "death toll", "how many passengers were on the Skyway jet",
                  "what was inflation in October", "how much ransom did the hackers demand",
                  "how many people were arrested"):
        read = fresh._story(query)
        claims = sorted((c for c, _ in read.claims.values() if c.numbers), key=lambda c: c.id)
        same = one_voice_each(c.speaker for c in claims if c.speaker)
        said = [Said(c, same.get(c.voice, c.voice)) for c in claims]
        story = Story(read.claims.values(), load_gazetteer(), read.headlines)
        kept, related = compared(said, story.same_days)
        every = number_differences(said, questions_only=True, related=story.same_days)
        assert number_differences(kept, questions_only=True, related=related) == every, query
        assert all({q.kind for q in s.claim.numbers} & {"count", "percent", "money"}
                   for s in kept)
        years = [s.claim for s in said if {q.kind for q in s.claim.numbers} == {"year"}]
        assert not any(related(a, b) for a in years for b in years)
        found += len(every)
        dropped += len(said) - len(kept)
    assert found and dropped  # the stories give differences, and claims passed over


def test_no_other_kind_of_figure_answers_one_question(seeded):  # type: ignore[no-untyped-def]
    """The story's figures pass over every figure but counts, shares and amounts
    (``figures._COMPARED_KINDS``): of no other kind do two figures answer one question
    (``same_question``), in the seeds or the test stories."""
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.types import Article
    from service.contrast.measures import same_question
    from service.contrast.said import Said
    from service.figures import _COMPARED_KINDS
    from tests import stories

    told = [c for c, _ in seeded.store.iter_claims()]
    extractor = SentenceClaimExtractor()
    for name, story in vars(stories).items():
        if name.isupper():
            told += [c for i, s in enumerate(story) for c in extractor.extract(
                Article(id=f"{name}{i}", source=s[0], published=s[1], text=s[2]))]
    figures = [(q, Said(c, c.voice)) for c in told for q in c.numbers
               if q.kind not in _COMPARED_KINDS]
    assert {q.kind for q, _ in figures} >= {"year", "date", "duration"}
    assert not [(qa.text, a.claim.text, qb.text, b.claim.text)
                for i, (qa, a) in enumerate(figures) for qb, b in figures[i + 1:]
                if qa.kind == qb.kind and same_question(qa, a, qb, b)]
