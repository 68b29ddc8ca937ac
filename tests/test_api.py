"""The HTTP API through FastAPI's TestClient, over the real model and a copy of the seeded store.

Read tests share one copy of the seeded data dir; tests that write get their own copy.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import make_settings

QUESTIONS = ("who is responsible for the shelling", "Lachin", "territorial integrity",
             "how many Armenians left Karabakh")
LIMITS = {"max_article_chars": 5000, "max_batch_articles": 3, "max_body_bytes": 60_000,
          "max_query_chars": 200}
NEW_ARTICLE = {
    "id": "test-wire-1", "source": "Test Wire", "title": "Ceasefire talks in Brussels",
    "published": "2023-10-05", "author": "A. Reporter",
    "text": "Officials said that 41 people were killed when artillery hit the market in "
            "Martuni on Sunday. The defence ministry denied that its forces fired on the "
            "town.",
}


def client_for(data_dir: Path, **extra: Any) -> TestClient:
    from service.api import create_app
    from service.pipeline import build_pipeline

    settings = make_settings(data_dir, **{**LIMITS, **extra})
    return TestClient(create_app(settings, build_pipeline(settings)),
                      raise_server_exceptions=False)


def copy_of(seeded_dir: Path, dest: Path) -> Path:
    shutil.copytree(seeded_dir, dest, ignore=shutil.ignore_patterns("write.lock"))
    return dest


@pytest.fixture(scope="module")
def api(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = copy_of(seeded_dir, tmp_path_factory.mktemp("api") / "data")
    with client_for(data_dir) as client:
        yield client


@pytest.fixture()
def rw(seeded_dir: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A client over its own copy of the seeded store (the test may write)."""
    with client_for(copy_of(seeded_dir, tmp_path / "data")) as client:
        yield client


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}, body
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code, body
    return dict(body["error"])


def snapshot(client: TestClient) -> dict[str, Any]:
    """What a user can see of the stored data: articles, sources, clusters, an answer."""
    return {
        "articles": client.get("/v1/articles", params={"limit": 200}).json(),
        "sources": client.get("/v1/sources").json(),
        "clusters": client.get("/v1/clusters", params={"min_sources": 1, "limit": 200}).json(),
        "search": client.get("/v1/claims/search", params={"q": "artillery hit the market"}
                             ).json(),
    }


# -- the central question ------------------------------------------------------------------


@pytest.mark.parametrize("question", QUESTIONS)
def test_contrasts_put_two_voices_side_by_side_with_differences(api: TestClient,
                                                                question: str) -> None:
    response = api.get("/v1/contrasts", params={"q": question, "limit": 5})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["query"] == question
    clusters = body["clusters"]
    assert clusters, f"no cluster answers {question!r}"
    for cluster in clusters:
        assert cluster["relation"] in ("agree", "conflict")
        assert len(cluster["voices"]) >= 2, cluster
        assert [col["source"] for col in cluster["columns"]] == sorted(cluster["sources"])
        in_columns = sorted(c["id"] for col in cluster["columns"] for c in col["claims"])
        assert in_columns == sorted(c["id"] for c in cluster["claims"])
        for claim in cluster["claims"]:
            assert claim["article_link"] == f"/v1/article?id={claim['article_id']}"
            assert claim["end"] > claim["start"] >= 0
        for diff in cluster["differences"]:
            assert diff["kind"] and diff["summary"]
    named = [c for c in clusters if c["differences"]]
    assert named, f"no difference named for {question!r}"
    assert any(c["summary"] for c in named)
    # two different outlets or speakers, each with its own column or speaker line
    best = named[0]
    assert len(best["columns"]) >= 2 or len({c["speaker"] for c in best["claims"]}) >= 2


def test_contrast_claims_link_to_their_article_and_offsets_hold(api: TestClient) -> None:
    cluster = api.get("/v1/contrasts", params={"q": "Lachin"}).json()["clusters"][0]
    claim = cluster["claims"][0]
    article = api.get(claim["article_link"]).json()
    assert article["text"][claim["start"]:claim["end"]] == claim["text"]
    evidence = [e for d in cluster["differences"] for e in d["evidence"]]
    for item in evidence:  # evidence points at claims of the cluster, by id
        assert item["claim_id"] in {c["id"] for c in cluster["claims"]}


def test_query_and_limit_are_checked(api: TestClient) -> None:
    assert_error(api.get("/v1/contrasts", params={"q": "x" * 201}), 422, "invalid_input")
    assert_error(api.get("/v1/contrasts", params={"q": "   "}), 422, "invalid_input")
    assert_error(api.get("/v1/contrasts"), 422, "invalid_input")
    error = assert_error(api.get("/v1/contrasts", params={"q": "Lachin", "limit": 0}), 422)
    assert "limit" in error["message"]
    assert_error(api.get("/v1/contrasts", params={"q": "Lachin", "limit": 51}), 422)
    assert_error(api.get("/v1/contrasts", params={"q": "Lachin", "limit": "many"}), 422)
    assert_error(api.get("/v1/claims/search", params={"q": "Lachin", "limit": 101}), 422)
    assert_error(api.get("/v1/claims/search", params={"q": "y" * 201}), 422)
    assert_error(api.get("/v1/clusters", params={"limit": 0}), 422)
    assert_error(api.get("/v1/clusters", params={"offset": -1}), 422)
    assert_error(api.get("/v1/articles", params={"limit": 201}), 422)



@pytest.mark.parametrize("query", ["???", "the of and", "..."])
def test_a_query_with_no_words_to_search_by_is_refused(api: TestClient, query: str) -> None:
    # nearest neighbours of nothing would be arbitrary clusters that look like an answer
    for route in ("/v1/contrasts", "/v1/claims/search"):
        error = assert_error(api.get(route, params={"q": query}), 422, "invalid_input")
        assert "no words" in error["message"]
    assert api.get("/v1/contrasts", params={"q": "Lachin?"}).status_code == 200


# -- clusters, claims, sources ---------------------------------------------------------


def test_clusters_are_paginated_and_filtered(api: TestClient) -> None:
    first = api.get("/v1/clusters", params={"limit": 2}).json()
    second = api.get("/v1/clusters", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["total"] >= 3
    assert not {c["id"] for c in first["items"]} & {c["id"] for c in second["items"]}
    assert all(len(c["voices"]) >= 2 for c in first["items"] + second["items"])
    every = api.get("/v1/clusters", params={"min_sources": 1, "limit": 1}).json()
    assert every["total"] > first["total"]
    # most contested first: the same order as the store's ranking
    api_app: Any = api.app
    rows, _ = api_app.state.pipeline.store.list_clusters(min_voices=2, limit=4)
    got = [c["id"] for c in api.get("/v1/clusters", params={"limit": 4}).json()["items"]]
    assert got == [r["id"] for r in rows]


def test_one_cluster_and_unknown_ids(api: TestClient) -> None:
    listed = api.get("/v1/clusters", params={"limit": 1}).json()["items"][0]
    one = api.get(f"/v1/clusters/{listed['id']}")
    assert one.status_code == 200
    assert one.json()["claims"] == listed["claims"]
    assert_error(api.get("/v1/clusters/999999"), 404, "not_found")
    assert_error(api.get("/v1/clusters/abc"), 422)
    assert_error(api.get("/v1/articles/no-such-article"), 404, "not_found")


def test_articles_list_filter_and_detail(api: TestClient) -> None:
    listing = api.get("/v1/articles").json()
    assert listing["total"] == 5 and len(listing["items"]) == 5
    page = api.get("/v1/articles", params={"limit": 2, "offset": 4}).json()
    assert len(page["items"]) == 1
    source = listing["items"][0]["source"]
    only = api.get("/v1/articles", params={"source": source}).json()
    assert only["total"] >= 1 and {a["source"] for a in only["items"]} == {source}
    assert api.get("/v1/articles", params={"source": "Nobody"}).json()["total"] == 0
    detail = api.get(f"/v1/articles/{listing['items'][0]['id']}").json()
    assert detail["claims"] and len(detail["claims"]) == listing["items"][0]["claims"]
    for claim in detail["claims"]:
        assert detail["text"][claim["start"]:claim["end"]] == claim["text"]
        assert "core" in claim and "numbers" in claim and "entities" in claim


def test_search_returns_nearest_claims(api: TestClient) -> None:
    body = api.get("/v1/claims/search", params={"q": "blockade of the Lachin corridor",
                                                "limit": 5}).json()
    hits = body["hits"]
    assert 0 < len(hits) <= 5
    scores = [h["similarity"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert any("lachin" in h["text"].lower() for h in hits)
    # the same question, only the claims worth checking: a subset, still nearest first
    worthy = api.get("/v1/claims/search", params={"q": "blockade of the Lachin corridor",
                                                  "limit": 5, "checkworthy": "true"}).json()
    from embeddings.claims.checkworthy import load_checkworthiness

    scorer = load_checkworthiness("all-MiniLM-L6-v2")
    assert scorer is not None
    assert worthy["hits"] and all(h["checkworthy"] >= scorer.threshold for h in worthy["hits"])
    assert [h["similarity"] for h in worthy["hits"]] == \
        sorted((h["similarity"] for h in worthy["hits"]), reverse=True)
    assert {h["text"] for h in worthy["hits"]} != {h["text"] for h in hits}


def test_compare_two_claims(api: TestClient) -> None:
    same = api.post("/v1/compare", json={"a": "At least 29 people died in the attack on Monday.",
                                         "b": "The attack on Monday killed 29 people."})
    assert same.status_code == 200, same.text
    assert same.json()["match"] is True and same.json()["relation"] == "agree"
    other = api.post("/v1/compare", json={
        "a": "Turkey strongly backs Azerbaijan in the conflict.",
        "b": "Azerbaijan opened a new airport in the region last year."}).json()
    assert other["match"] is False and other["similarity"] < same.json()["similarity"]
    assert_error(api.post("/v1/compare", json={"a": "only one"}), 422, "invalid_input")
    assert_error(api.post("/v1/compare", json={"a": " ", "b": "x"}), 422)
    assert_error(api.post("/v1/compare", content=b'{"a": "x", "b":',
                          headers={"content-type": "application/json"}), 400, "malformed_json")
    assert_error(api.post("/v1/compare", content=b"a=x&b=y",
                          headers={"content-type": "application/x-www-form-urlencoded"}),
                 415, "unsupported_media_type")


def test_sources_with_counts(api: TestClient) -> None:
    sources = api.get("/v1/sources").json()["sources"]
    assert len(sources) == 5
    listing = api.get("/v1/articles").json()["items"]
    for row in sources:
        mine = [a for a in listing if a["source"] == row["source"]]
        assert row["articles"] == len(mine)
        assert row["claims"] == sum(a["claims"] for a in mine)


# -- operations, errors, OpenAPI -------------------------------------------------------


def test_health_ready_and_metrics(api: TestClient) -> None:
    assert api.get("/healthz").json() == {"status": "ok"}
    ready = api.get("/readyz").json()
    assert ready["status"] == "ready"
    assert ready["checks"]["claims"] > 0 and ready["checks"]["index_vectors"] > 0
    api.get("/v1/contrasts", params={"q": "Lachin"})
    text = api.get("/metrics").text
    assert 'crossclaim_http_requests_total{method="GET",route="/v1/contrasts",status="200"}' \
        in text
    assert "crossclaim_http_request_duration_seconds_bucket" in text
    assert f"crossclaim_claims {float(ready['checks']['claims'])}" in text
    assert "crossclaim_clusters " in text and "crossclaim_ingest_duration_seconds" in text


def test_unknown_routes_and_methods_use_the_error_shape(api: TestClient) -> None:
    assert_error(api.get("/v1/nothing-here"), 404, "not_found")
    assert_error(api.put("/v1/articles"), 405, "method_not_allowed")


def test_openapi_is_complete_with_examples(api: TestClient) -> None:
    spec = api.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [("/v1/articles", "post"), ("/v1/articles", "get"),
                         ("/v1/articles/{article_id}", "get"),
                         ("/v1/articles/{article_id}", "delete"), ("/v1/contrasts", "get"),
                         ("/v1/clusters", "get"), ("/v1/clusters/{cluster_id}", "get"),
                         ("/v1/claims/search", "get"), ("/v1/compare", "post"),
                         ("/v1/sources", "get"), ("/healthz", "get"), ("/readyz", "get"),
                         ("/metrics", "get")]:
        assert method in paths.get(path, {}), f"{method.upper()} {path} missing from OpenAPI"
    post = paths["/v1/articles"]["post"]
    examples = post["requestBody"]["content"]["application/json"]["examples"]
    assert {"one", "batch"} <= set(examples)
    assert "ErrorResponse" in json.dumps(post["responses"]["422"])
    schemas = spec["components"]["schemas"]
    for name in ("ArticleIn", "ClusterOut", "CompareIn", "ErrorResponse"):
        assert schemas[name].get("examples"), f"{name} has no example"


# -- writing ----------------------------------------------------------------------------


def test_ingest_is_incremental_then_duplicate_then_replaced(rw: TestClient) -> None:
    response = rw.post("/v1/articles", json=NEW_ARTICLE)
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["article_id"] == "test-wire-1" and result["status"] == "new"
    assert result["claims"] >= 2
    # index and clusters were updated before the response
    hits = rw.get("/v1/claims/search", params={"q": "artillery hit the market in Martuni",
                                               "limit": 3}).json()["hits"]
    assert hits[0]["article_id"] == "test-wire-1" and hits[0]["cluster_id"] is not None
    assert rw.get(f"/v1/clusters/{hits[0]['cluster_id']}").status_code == 200
    assert rw.get("/v1/articles").json()["total"] == 6
    again = rw.post("/v1/articles", json=[NEW_ARTICLE]).json()["results"][0]
    assert again["status"] == "duplicate" and again["claims"] == result["claims"]
    changed = {**NEW_ARTICLE, "text": NEW_ARTICLE["text"].replace("41", "14")}
    replaced = rw.post("/v1/articles", json=changed).json()["results"][0]
    assert replaced["status"] == "replaced"
    detail = rw.get("/v1/articles/test-wire-1").json()
    assert "14 people" in detail["text"] and len(detail["claims"]) == replaced["claims"]
    no_id = rw.post("/v1/articles", json={"source": "Test Wire", "text": "A second report "
                                          "says the market was hit twice."}).json()
    assert no_id["results"][0]["status"] == "new" and no_id["results"][0]["article_id"]
    metrics = rw.get("/metrics").text
    assert 'crossclaim_ingested_articles_total{status="new"} 2.0' in metrics
    assert 'crossclaim_ingested_articles_total{status="duplicate"} 1.0' in metrics


def test_delete_takes_claims_out_of_index_and_clusters(rw: TestClient) -> None:
    victim = rw.get("/v1/articles").json()["items"][0]
    response = rw.delete(f"/v1/articles/{victim['id']}")
    assert response.status_code == 200, response.text
    assert response.json()["claims_removed"] == victim["claims"]
    assert_error(rw.get(f"/v1/articles/{victim['id']}"), 404)
    assert_error(rw.delete(f"/v1/articles/{victim['id']}"), 404, "not_found")
    clusters = rw.get("/v1/clusters", params={"min_sources": 1, "limit": 200}).json()["items"]
    assert all(c["article_id"] != victim["id"] for cl in clusters for c in cl["claims"])
    for question in QUESTIONS:
        hits = rw.get("/v1/claims/search", params={"q": question, "limit": 20}).json()["hits"]
        assert all(h["article_id"] != victim["id"] for h in hits)
    assert rw.get("/v1/sources").json()["sources"] != []


BAD_BODIES: list[tuple[str, Any, int, str]] = [
    ("missing text", {"source": "X"}, 422, "invalid_input"),
    ("missing source", {"text": "Something happened."}, 422, "invalid_input"),
    ("empty text", {"source": "X", "text": ""}, 422, "invalid_input"),
    ("whitespace text", {"source": "X", "text": "  \n\t "}, 422, "invalid_input"),
    ("blank source", {"source": " ", "text": "Something happened."}, 422, "invalid_input"),
    ("unknown field", {**NEW_ARTICLE, "body": "x"}, 422, "invalid_input"),
    ("bad date", {**NEW_ARTICLE, "published": "last Tuesday"}, 422, "invalid_input"),
    ("text not a string", {"source": "X", "text": 42}, 422, "invalid_input"),
    ("not an object", "just a string", 422, "invalid_input"),
    ("empty list", [], 422, "invalid_input"),
    ("one bad item in a batch", [NEW_ARTICLE, {"source": "X", "text": " "}], 422,
     "invalid_input"),
    ("text over the limit", {"source": "X", "text": "word " * 1200}, 413, "too_large"),
    ("too many articles", [{**NEW_ARTICLE, "id": f"n{i}"} for i in range(4)], 413,
     "too_large"),
]


@pytest.mark.parametrize(("body", "status", "code"), [b[1:] for b in BAD_BODIES],
                         ids=[b[0] for b in BAD_BODIES])
def test_bad_article_bodies_are_rejected(api: TestClient, body: Any, status: int,
                                         code: str) -> None:
    before = api.get("/v1/articles").json()["total"]
    assert_error(api.post("/v1/articles", json=body), status, code)
    assert api.get("/v1/articles").json()["total"] == before


def test_rejected_requests_change_nothing(api: TestClient) -> None:
    before = snapshot(api)
    raw = [
        (b'{"source": "X", "text": "broken', "application/json", 400, "malformed_json"),
        (b"", "application/json", 422, "invalid_input"),
        (json.dumps(NEW_ARTICLE).encode(), "text/plain", 415, "unsupported_media_type"),
        (json.dumps(NEW_ARTICLE).encode(), None, 415, "unsupported_media_type"),
        (json.dumps({"source": "X", "text": "y" * 70_000}).encode(), "application/json", 413,
         "too_large"),
    ]
    for content, content_type, status, code in raw:
        headers = {"content-type": content_type} if content_type else {}
        assert_error(api.post("/v1/articles", content=content, headers=headers), status, code)
    bad_batch = [{**NEW_ARTICLE, "id": "good-one"}, {"source": "X", "text": ""}]
    error = assert_error(api.post("/v1/articles", json=bad_batch), 422)
    assert "[1]" in error["message"]
    assert_error(api.delete("/v1/articles/never-was"), 404)
    assert snapshot(api) == before
    assert_error(api.get("/v1/articles/good-one"), 404)


def test_a_failure_half_way_leaves_no_half_ingested_article(rw: TestClient) -> None:
    app: Any = rw.app
    pipe = app.state.pipeline
    store = pipe.store
    original = store.insert_claims
    calls = {"n": 0}

    def failing(conn: Any, claims: Any, vectors: Any) -> Any:
        calls["n"] += 1
        stored = original(conn, claims, vectors)
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return stored

    store.insert_claims = failing
    try:
        first = {**NEW_ARTICLE, "id": "first"}
        second = {**NEW_ARTICLE, "id": "second", "text": NEW_ARTICLE["text"] + " Talks end."}
        response = rw.post("/v1/articles", json=[first, second])
    finally:
        store.insert_claims = original
    assert_error(response, 500, "internal_error")
    assert rw.get("/v1/articles/first").status_code == 200  # its own transaction committed
    assert_error(rw.get("/v1/articles/second"), 404)
    assert store.counts()["articles"] == 6 and store.claims_of_article("second") == []
    # the index holds no vector of the rolled-back claims: every hit resolves to a claim
    hits = rw.get("/v1/claims/search", params={"q": "artillery hit the market in Martuni",
                                               "limit": 20}).json()["hits"]
    assert "first" in {h["article_id"] for h in hits}
    assert "second" not in {h["article_id"] for h in hits}
    assert all(h["cluster_id"] is not None for h in hits)
    retry = rw.post("/v1/articles", json=[first, second]).json()["results"]
    assert [r["status"] for r in retry] == ["duplicate", "new"]


# -- API key ----------------------------------------------------------------------------


def test_writes_need_the_key_when_one_is_configured(seeded_dir: Path, tmp_path: Path) -> None:
    with client_for(copy_of(seeded_dir, tmp_path / "data"), api_key="s3cret") as client:
        error = assert_error(client.post("/v1/articles", json=NEW_ARTICLE), 401, "unauthorized")
        assert "Bearer" in error["message"]
        assert client.post("/v1/articles", json=NEW_ARTICLE).headers["www-authenticate"]
        wrong = {"Authorization": "Bearer s3creT"}
        assert_error(client.post("/v1/articles", json=NEW_ARTICLE, headers=wrong), 401)
        assert_error(client.delete("/v1/articles/test-wire-1", headers=wrong), 401)
        assert client.get("/v1/articles").json()["total"] == 5  # reads stay open
        assert client.get("/v1/contrasts", params={"q": "Lachin"}).status_code == 200
        good = {"Authorization": "Bearer s3cret"}
        assert client.post("/v1/articles", json=NEW_ARTICLE, headers=good).status_code == 200
        victim = client.get("/v1/articles").json()["items"][-1]["id"]
        assert_error(client.delete(f"/v1/articles/{victim}"), 401)
        assert client.get(f"/v1/articles/{victim}").status_code == 200
        assert client.delete(f"/v1/articles/{victim}", headers=good).status_code == 200


def test_protect_reads_closes_the_read_endpoints(seeded_dir: Path, tmp_path: Path) -> None:
    with client_for(copy_of(seeded_dir, tmp_path / "data"), api_key="s3cret",
                    protect_reads=True) as client:
        for path in ("/v1/articles", "/v1/sources", "/v1/clusters", "/"):
            assert_error(client.get(path), 401, "unauthorized")
        assert_error(client.get("/v1/contrasts", params={"q": "Lachin"}), 401)
        good = {"Authorization": "Bearer s3cret"}
        assert client.get("/v1/sources", headers=good).status_code == 200
        assert client.get("/healthz").status_code == 200  # operations stay open


# -- the page, server-rendered (the browser tests drive it in Chromium) -------------------


def test_page_renders_columns_marks_and_sources(api: TestClient) -> None:
    html = api.get("/", params={"q": "how many Armenians left Karabakh"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    text = html.text
    assert text.count('class="column"') >= 2
    assert '<mark class="d d-' in text  # differences marked inside the claim texts
    assert "Azatutyun via Mirror-Spectator" in text  # the list of sources
    assert 'href="/article?id=' in text and 'href="/clusters/' in text
    assert text.count("worth checking 0.") + text.count("worth checking 1.") \
        == text.count('class="claim"')  # every claim shows its check-worthiness
    home = api.get("/").text
    assert "Most contested claims" in home and "who is responsible for the shelling" in home
    too_long = api.get("/", params={"q": "z" * 300})
    assert too_long.status_code == 422 and "longer than" in too_long.text
    assert api.get("/static/app.js").status_code == 200
    assert api.get("/static/app.css").status_code == 200


def test_article_and_cluster_pages(api: TestClient) -> None:
    cluster = api.get("/v1/contrasts", params={"q": "Lachin"}).json()["clusters"][0]
    page = api.get(cluster["page_link"])
    assert page.status_code == 200
    assert all(s in page.text for s in cluster["sources"])
    claim = cluster["claims"][0]
    article = api.get(f"/articles/{claim['article_id']}")
    assert article.status_code == 200
    assert f'id="claim-{claim["id"]}"' in article.text
    assert f'href="/clusters/{cluster["id"]}"' in article.text
    assert api.get("/articles/nope").status_code == 404
    assert api.get("/clusters/999999").status_code == 404


def test_highlights_follow_the_evidence_offsets() -> None:
    from embeddings.types import Claim
    from service.web.highlight import segments

    claim = Claim("a", "Wire", "Officials said 41 people died in Martuni.", 100, 141,
                  "41 people died in Martuni.", id=7)
    diffs = [
        {"kind": "speakers", "summary": "own voice",
         "evidence": [{"claim_id": 7, "text": claim.text, "start": 100, "end": 141}]},
        {"kind": "numbers", "summary": "41 vs 14",
         "evidence": [{"claim_id": 7, "text": "41", "start": 115, "end": 117},
                      {"claim_id": 8, "text": "14", "start": 15, "end": 17}]},
        {"kind": "names", "summary": "spelling", "evidence": [{"claim_id": 7, "text": "martuni"}]},
    ]
    marked = [(s.text, s.kind) for s in segments(claim, diffs) if s.kind]
    assert marked == [("41", "numbers"), ("Martuni", "names")]
    assert "".join(s.text for s in segments(claim, diffs)) == claim.text


def test_contrasts_compare_a_story_s_figures_across_clusters(tmp_path: Path) -> None:
    from tests.stories import MARCH

    with client_for(tmp_path / "data") as client:
        articles = [{"id": f"march-{i}", "source": source, "published": day, "text": text}
                    for i, (source, day, text) in enumerate(MARCH)]
        assert client.post("/v1/articles", json=articles).status_code == 200
        body = client.get("/v1/contrasts", params={"q": "how many people marched"}).json()
        assert body["figures"], body
        assert body["denials"] == []  # nobody denies anything in that story
        figure = body["figures"][0]
        assert figure["kind"] == "numbers" and figure["conflict"] is True
        assert "who took part" in figure["summary"]
        clusters = {c["cluster_id"] for c in figure["claims"]}
        assert len(clusters) >= 2
        for claim in figure["claims"]:
            assert client.get(claim["cluster_link"]).status_code == 200
            article = client.get(claim["article_link"]).json()
            assert article["text"][claim["start"]:claim["end"]] == claim["text"]


def test_contrasts_set_a_story_s_opposing_labels_side_by_side(tmp_path: Path) -> None:
    from tests.stories import RAID

    # labels the clusterer keeps apart (with the dispute bonus off: with it, these two meet
    # in one cluster, test_engine.py::test_opposing_labels_of_one_statement_meet_in_one_cluster)
    with client_for(tmp_path / "data", dispute_bonus=0.0) as client:
        articles = [{"id": f"raid-{i}", "source": source, "published": day, "text": text}
                    for i, (source, day, text) in enumerate(RAID)]
        assert client.post("/v1/articles", json=articles).status_code == 200
        body = client.get("/v1/contrasts", params={"q": "why residents left Kessin"}).json()
        assert body["terms"], body
        label = body["terms"][0]
        assert label["kind"] == "terminology" and "why people left" in label["summary"]
        assert {e["term"] for e in label["evidence"]} == {"forced", "voluntarily"}
        assert len({c["cluster_id"] for c in label["claims"]}) >= 2
        for claim in label["claims"]:
            assert client.get(claim["cluster_link"]).status_code == 200
            article = client.get(claim["article_link"]).json()
            assert article["text"][claim["start"]:claim["end"]] == claim["text"]


def test_damage_met_by_a_later_query_is_a_503_store_unreadable(seeded_dir: Path,
                                                               tmp_path: Path) -> None:
    """A store that opened fine but whose pages are damaged was a 500 "internal_error" at the
    first request that read them: now the same 503 store_unreadable as at start-up."""
    from tests.batchutil import damage_pages

    data_dir = copy_of(seeded_dir, tmp_path / "data")
    with client_for(data_dir) as client:
        damage_pages(data_dir / "crossclaim.db")
        for path in ("/v1/clusters?min_sources=1", "/v1/articles", "/v1/sources"):
            error = assert_error(client.get(path), 503, "store_unreadable")
            assert "is not a readable crossclaim database" in error["message"]
            assert "[SQL:" not in error["message"]


def test_create_app_refuses_a_data_dir_that_is_a_file(tmp_path: Path) -> None:
    """``create_app(Settings(...))`` (a server started by uvicorn's factory, not by the CLI)
    skipped the data-dir check: a FileExistsError from deep inside the start-up."""
    from service.api import create_app
    from service.errors import InvalidInput

    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes\n")
    for data_dir, said in ((a_file, f"the data dir {a_file} is a file"),
                           (a_file / "data", f"{a_file} is a file, so the data dir")):
        with pytest.raises(InvalidInput, match=re.escape(said)):
            create_app(make_settings(data_dir))
    assert a_file.read_text() == "my notes\n"
    create_app(make_settings(tmp_path / "new" / "data"))  # a dir yet to be made is fine


@pytest.mark.parametrize("path", ["/?limit=abc", "/?limit=999", "/clusters/abc"])
def test_a_bad_value_on_a_page_gets_a_page_saying_what_was_wrong(api: TestClient,
                                                                  path: str) -> None:
    # a person at a browser, not a program: an HTML page with the reason, not JSON
    response = api.get(path)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "Cannot show that page" in response.text
    assert ("limit" in path) == ("limit" in response.text)
    # the API keeps answering programs in JSON
    assert_error(api.get("/v1/clusters", params={"limit": "abc"}), 422, "invalid_input")


def test_head_is_answered_as_get_without_the_body(api: TestClient) -> None:
    # uptime monitors and `curl -I` ask with HEAD: a 405 there read as the service being down
    cluster = api.get("/v1/clusters", params={"limit": 1}).json()["items"][0]["id"]
    for path in ("/healthz", "/readyz", "/v1/sources", f"/v1/clusters/{cluster}", "/",
                 f"/clusters/{cluster}", "/static/app.css"):
        got, head = api.get(path), api.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert head.headers["content-length"] == str(len(got.content)), path
    # an unknown id is still a 404, a write route still refuses, GET is as before
    assert api.head("/v1/clusters/999999").status_code == 404
    assert api.head("/v1/nothing-here").status_code == 404
    assert api.head("/v1/compare").status_code == 405
    assert_error(api.put("/v1/articles"), 405, "method_not_allowed")
    assert api.get("/healthz").json() == {"status": "ok"}


def test_a_query_parameter_given_twice_is_refused(api: TestClient) -> None:
    # "?q=x&q=y" was answered for "y" alone, silently: a URL built by appending
    for path, query in (("/v1/contrasts", "q=Lachin&q=Karabakh"),
                        ("/v1/claims/search", "q=Lachin&limit=2&limit=3"),
                        ("/v1/clusters", "min_sources=1&min_sources=2")):
        error = assert_error(api.get(f"{path}?{query}"), 422, "invalid_input")
        assert "more than once" in error["message"], error
        assert error["details"]["repeated"] == [query.split("&")[-1].split("=")[0]]
    # each once, and the web page (a shared link may repeat a tracking parameter), answer
    assert api.get("/v1/contrasts?q=Lachin&limit=2").status_code == 200
    assert api.get("/v1/clusters?min_sources=1&limit=2").status_code == 200
    assert api.get("/?q=Lachin&utm_source=a&utm_source=b").status_code == 200


# -- the edges: trailing slashes, methods, CORS, every error in the one shape --------------


def test_a_trailing_slash_is_a_404_naming_the_path_not_a_redirect(api: TestClient) -> None:
    # a 307 with an empty body was no answer a JSON client could read, and a client that
    # does not follow it dropped the POST's articles
    for method, path in (("GET", "/v1/clusters/"), ("GET", "/v1/sources/"),
                         ("GET", "/healthz/"), ("GET", "/v1/articles/x/"),
                         ("POST", "/v1/articles/"), ("POST", "/v1/compare//")):
        response = api.request(method, path, json=NEW_ARTICLE if method == "POST" else None,
                               follow_redirects=False)
        error = assert_error(response, 404, "not_found")
        assert error["details"] == {"path": path.rstrip("/")}, error
        assert path.rstrip("/") in error["message"] and "location" not in response.headers
    assert api.get("/v1/articles").json()["total"] == 5  # the POST stored nothing
    # a path with no route, with or without its slash, is the plain 404; the exact paths answer
    for path in ("/v1/", "/v1/nothing/", "/nothing"):
        assert assert_error(api.get(path), 404, "not_found")["details"] is None, path
    assert api.get("/v1/clusters", follow_redirects=False).status_code == 200
    assert api.get("/healthz", follow_redirects=False).json() == {"status": "ok"}


def test_a_page_asked_with_a_trailing_slash_is_sent_to_the_page(api: TestClient) -> None:
    # a person typed it: the page, not the API's JSON
    cluster = api.get("/v1/clusters", params={"limit": 1}).json()["items"][0]["id"]
    article = api.get("/v1/articles", params={"limit": 1}).json()["items"][0]["id"]
    for path, query in ((f"/clusters/{cluster}/", ""), (f"/articles/{article}/", "?x=1")):
        for ask in (api.get, api.head):
            response = ask(path + query, follow_redirects=False)
            assert response.status_code == 308, (path, response.text)
            assert response.headers["location"] == path.rstrip("/") + query
        assert api.get(path).headers["content-type"].startswith("text/html")
    assert api.get("/", follow_redirects=False).status_code == 200


def test_a_405_names_every_method_the_path_takes(api: TestClient) -> None:
    # the Allow header named the first route's methods only: GET on /v1/articles/{id}
    for method, path, allowed in (("PATCH", "/v1/articles/x", ["DELETE", "GET", "HEAD"]),
                                  ("PUT", "/v1/articles", ["GET", "HEAD", "POST"]),
                                  ("OPTIONS", "/v1/clusters", ["GET", "HEAD"]),
                                  ("DELETE", "/healthz", ["GET", "HEAD"]),
                                  ("GET", "/v1/compare", ["POST"]),
                                  ("POST", "/static/app.css", ["GET", "HEAD"])):
        response = api.request(method, path)
        error = assert_error(response, 405, "method_not_allowed")
        assert response.headers["allow"] == ", ".join(allowed), (method, path)
        assert error["details"] == {"allowed": allowed}, (method, path)
        assert method in error["message"] and ", ".join(allowed) in error["message"]


def test_head_answers_errors_as_get_does_without_the_body(api: TestClient) -> None:
    for path, status in (("/v1/clusters/999999", 404), ("/v1/clusters/", 404),
                         ("/v1/nothing", 404), ("/v1/compare", 405),
                         ("/v1/clusters?lmit=5", 422), ("/v1/clusters/abc", 422)):
        got, head = api.get(path), api.head(path, follow_redirects=False)
        assert head.status_code == got.status_code == status, path
        assert head.content == b"" and head.headers["content-type"] == "application/json"
        assert head.headers["content-length"] == str(len(got.content)), path
    # and the metrics count a HEAD under its route, as they do a GET
    api.head("/v1/sources")
    assert 'crossclaim_http_requests_total{method="HEAD",route="/v1/sources",status="200"}' \
        in api.get("/metrics").text


def test_an_unknown_id_is_one_404_for_get_and_delete(api: TestClient) -> None:
    # DELETE's 404 had `details: null` where GET's had the id
    for response, wanted in ((api.get("/v1/articles/no-such"), "no-such"),
                             (api.delete("/v1/articles/no-such"), "no-such"),
                             (api.get("/v1/clusters/999999"), 999999)):
        error = assert_error(response, 404, "not_found")
        assert error["details"] == {"id": wanted}, error
        assert str(wanted) in error["message"]
    assert api.get("/v1/articles").json()["total"] == 5


def test_a_write_on_an_outdated_store_is_a_409_in_the_error_shape(rw: TestClient) -> None:
    from service.index_keeper import FACET_SCHEME

    app: Any = rw.app
    store = app.state.pipeline.store
    with store.begin() as conn:
        store.set_state(conn, FACET_SCHEME, "0")
    victim = rw.get("/v1/articles").json()["items"][0]["id"]
    for response in (rw.post("/v1/articles", json=NEW_ARTICLE),
                     rw.delete(f"/v1/articles/{victim}")):
        error = assert_error(response, 409, "store_outdated")
        assert "reindex" in error["message"] and error["details"]["stored_scheme"] == "0"
    assert rw.get(f"/v1/articles/{victim}").status_code == 200  # reads still answer


DESK = "https://desk.example"


def preflight(client: TestClient, origin: str, method: str,
              headers: str | None = None) -> Any:
    asked = {"Origin": origin, "Access-Control-Request-Method": method}
    if headers:
        asked["Access-Control-Request-Headers"] = headers
    return client.options("/v1/articles", headers=asked)


def test_cors_is_closed_by_default(api: TestClient) -> None:
    # the page is served by the service itself: same origin, no CORS needed
    assert_error(preflight(api, DESK, "POST"), 405, "method_not_allowed")
    response = api.get("/v1/sources", headers={"Origin": DESK})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_cors_lets_the_listed_origins_call_the_api(seeded_dir: Path, tmp_path: Path) -> None:
    with client_for(copy_of(seeded_dir, tmp_path / "data"), api_key="s3cret",
                    cors_origins=f" {DESK}/, https://tools.example") as client:
        ok = preflight(client, DESK, "POST", "authorization, content-type")
        assert ok.status_code == 200  # before the key: a preflight carries none
        assert ok.headers["access-control-allow-origin"] == DESK
        assert "Authorization" in ok.headers["access-control-allow-headers"]
        assert "DELETE" in ok.headers["access-control-allow-methods"]
        # the answers, errors included, carry the header a browser needs to read them
        for response in (client.get("/v1/sources", headers={"Origin": DESK}),
                         client.post("/v1/articles", json=NEW_ARTICLE, headers={"Origin": DESK}),
                         client.get("/v1/nothing", headers={"Origin": DESK}),
                         client.post("/v1/articles", content=b"x",
                                     headers={"Origin": DESK, "Content-Length": "70000"})):
            assert response.headers["access-control-allow-origin"] == DESK, response.text
        # a refused preflight answers in the error shape, naming what was refused
        for response, refused in ((preflight(client, "https://evil.example", "GET"), "origin"),
                                  (preflight(client, DESK, "PUT"), "method"),
                                  (preflight(client, DESK, "GET", "x-debug"), "headers")):
            error = assert_error(response, 403, "forbidden")
            assert error["details"]["refused"] == [refused], error
            assert "access-control-allow-origin" not in response.headers
        # without a preflight's headers, OPTIONS is still the route's 405
        assert_error(client.options("/v1/clusters"), 405, "method_not_allowed")
