"""The API as deployed: ``crossclaim serve`` in a subprocess (real uvicorn, real socket).

One server for the module, over a copy of the seeded data dir, with an API key and
small limits so the bad-input paths are cheap to reach.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.batchutil import live_server

ROOT = Path(__file__).resolve().parents[1]
KEY = "uvicorn-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
QUESTIONS = ("who is responsible for the shelling", "Lachin", "territorial integrity",
             "how many Armenians left Karabakh")


@pytest.fixture(scope="module")
def server(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("uvicorn") / "data"
    shutil.copytree(seeded_dir, data_dir, ignore=shutil.ignore_patterns("write.lock"))
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "CROSSCLAIM_API_KEY": KEY,
           "CROSSCLAIM_MAX_ARTICLE_CHARS": "5000", "CROSSCLAIM_MAX_BODY_BYTES": "100000",
           "CROSSCLAIM_MAX_QUERY_CHARS": "200", "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1"}
    with live_server(env, timeout=180) as base:
        yield base


@pytest.fixture(scope="module")
def http(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60) as client:
        yield client


def error_of(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"] and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code, body
    return dict(body["error"])


def raw_request(server: str, request: bytes) -> tuple[int, dict[str, Any]]:
    """Send bytes as they are (no client library fixing them up); status and JSON body."""
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body)


def seen(http: httpx.Client) -> dict[str, Any]:
    return {"articles": http.get("/v1/articles", params={"limit": 200}).json(),
            "sources": http.get("/v1/sources").json(),
            "clusters": http.get("/v1/clusters", params={"min_sources": 1, "limit": 200}).json()}


def test_health_ready_and_metrics(http: httpx.Client) -> None:
    assert http.get("/healthz").json() == {"status": "ok"}
    ready = http.get("/readyz").json()
    assert ready["status"] == "ready" and ready["checks"]["model"]
    assert ready["checks"]["articles"] == 5
    metrics = http.get("/metrics")
    assert metrics.headers["content-type"].startswith("text/plain")
    assert 'route="/readyz",status="200"' in metrics.text
    assert f"crossclaim_claims {float(ready['checks']['claims'])}" in metrics.text


@pytest.mark.parametrize("question", QUESTIONS)
def test_contrasts_over_http(http: httpx.Client, question: str) -> None:
    response = http.get("/v1/contrasts", params={"q": question, "limit": 5})
    assert response.status_code == 200, response.text
    clusters = response.json()["clusters"]
    assert clusters
    assert all(len(c["voices"]) >= 2 for c in clusters)
    assert any(len(c["columns"]) >= 2 for c in clusters) or any(
        len({x["speaker"] for x in c["claims"]}) >= 2 for c in clusters)
    assert any(d["kind"] and d["summary"] for c in clusters for d in c["differences"])


def test_bad_requests_on_the_wire_change_nothing(server: str, http: httpx.Client) -> None:
    before = seen(http)
    auth = f"Authorization: Bearer {KEY}\r\n".encode()
    broken = b'{"source": "X", "text": "unterminated'
    status, body = raw_request(server, b"POST /v1/articles HTTP/1.1\r\nHost: x\r\n" + auth +
                               b"Content-Type: application/json\r\nContent-Length: " +
                               str(len(broken)).encode() + b"\r\nConnection: close\r\n\r\n" +
                               broken)
    assert (status, body["error"]["code"]) == (400, "malformed_json")
    # a declared length over the limit is refused before the body is read
    status, body = raw_request(server, b"POST /v1/articles HTTP/1.1\r\nHost: x\r\n" + auth +
                               b"Content-Type: application/json\r\nContent-Length: 5000000\r\n"
                               b"Connection: close\r\n\r\n")
    assert (status, body["error"]["code"]) == (413, "too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        yield b'{"source": "X", "text": "'
        for _ in range(30):
            yield b"word " * 1000
        yield b'"}'

    error_of(http.post("/v1/articles", content=chunks(), headers={
        **AUTH, "Content-Type": "application/json"}), 413, "too_large")
    article = {"source": "X", "text": "The bridge was destroyed on Monday."}
    error_of(http.post("/v1/articles", content=json.dumps(article), headers={
        **AUTH, "Content-Type": "text/csv"}), 415, "unsupported_media_type")
    error_of(http.post("/v1/articles", json={"source": "X", "text": "w " * 3000}, headers=AUTH),
             413, "too_large")
    error_of(http.post("/v1/articles", json=[article, {"source": "X"}], headers=AUTH), 422,
             "invalid_input")
    error_of(http.post("/v1/articles", json=article), 401, "unauthorized")
    error_of(http.post("/v1/articles", json=article, headers={"Authorization": "Bearer nope"}),
             401, "unauthorized")
    error_of(http.delete("/v1/articles/000_bfcaa6d88ffc1764"), 401, "unauthorized")
    error_of(http.get("/v1/contrasts", params={"q": "q" * 201}), 422, "invalid_input")
    error_of(http.get("/v1/contrasts", params={"q": "Lachin", "limit": 1000}), 422,
             "invalid_input")
    error_of(http.get("/v1/articles/nope"), 404, "not_found")
    error_of(http.get("/v1/clusters/424242"), 404, "not_found")
    assert seen(http) == before


def test_ingest_search_delete_with_the_key(http: httpx.Client) -> None:
    article = {"id": "wire-live-1", "source": "Live Wire", "title": "Strike on Martuni",
               "published": "2023-09-21",
               "text": "Officials said 17 civilians were killed when shells hit Martuni. "
                       "The defence ministry denied firing on the town."}
    response = http.post("/v1/articles", json=article, headers=AUTH)
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["status"] == "new" and result["claims"] >= 1
    hits = http.get("/v1/claims/search", params={"q": "shells hit Martuni killing civilians",
                                                 "limit": 3}).json()["hits"]
    assert hits[0]["article_id"] == "wire-live-1"
    sources = {s["source"]: s for s in http.get("/v1/sources").json()["sources"]}
    assert sources["Live Wire"]["articles"] == 1
    assert http.post("/v1/articles", json=article, headers=AUTH).json()["results"][0][
        "status"] == "duplicate"
    assert 'crossclaim_ingested_articles_total{status="new"}' in http.get("/metrics").text
    gone = http.delete("/v1/articles/wire-live-1", headers=AUTH)
    assert gone.status_code == 200 and gone.json()["claims_removed"] == result["claims"]
    hits = http.get("/v1/claims/search", params={"q": "shells hit Martuni killing civilians",
                                                 "limit": 10}).json()["hits"]
    assert all(h["article_id"] != "wire-live-1" for h in hits)


def test_concurrent_ingests_and_reads(http: httpx.Client) -> None:
    before = http.get("/v1/articles").json()["total"]

    def post(i: int) -> httpx.Response:
        return http.post("/v1/articles", headers=AUTH, json={
            "id": f"parallel-{i}", "source": f"Parallel {i}",
            "text": f"Report {i}: the convoy of {10 + i} trucks reached Stepanakert on "
                    "Tuesday after a long delay at the checkpoint."})

    def read(_: int) -> httpx.Response:
        return http.get("/v1/contrasts", params={"q": "aid convoy reached Stepanakert"})

    with ThreadPoolExecutor(8) as pool:
        writes = list(pool.map(post, range(4)))
        reads = list(pool.map(read, range(4)))
    assert [w.status_code for w in writes] == [200] * 4
    assert all(w.json()["results"][0]["status"] == "new" for w in writes)
    assert [r.status_code for r in reads] == [200] * 4
    assert http.get("/v1/articles").json()["total"] == before + 4
    for i in range(4):
        assert http.delete(f"/v1/articles/parallel-{i}", headers=AUTH).status_code == 200


def test_bodies_no_store_can_hold_are_4xx_and_change_nothing(server: str,
                                                             http: httpx.Client) -> None:
    """Texts no UTF-8 store holds (half a UTF-16 pair spelt alone in JSON), bodies the JSON
    decoder gives up on otherwise than on the syntax (not UTF-8, nested thousands deep) and
    ids past what the database can hold were 500s (or a 400 saying only "There was an error
    parsing the body"): each is a 4xx naming the problem, and nothing is stored."""
    before = seen(http)
    json_headers = {**AUTH, "Content-Type": "application/json"}
    lone = '{"source": "X", "text": "Police said 14 people were held \\ud800 in Lyon."}'
    error = error_of(http.post("/v1/articles", content=lone, headers=json_headers), 422,
                     "invalid_input")
    assert error["message"] == ("body.text: not valid Unicode: a lone surrogate (U+D800) "
                                "at character 32")
    in_a_list = ('[{"source": "X", "text": "The bridge was destroyed on Monday."}, '
                 '{"source": "X", "title": "\\udfff", "text": "The dam held."}]')
    error = error_of(http.post("/v1/articles", content=in_a_list, headers=json_headers), 422,
                     "invalid_input")
    assert error["message"].startswith("body[1].title: not valid Unicode")
    error_of(http.post("/v1/compare", content='{"a": "x \\ud800 y", "b": "z"}',
                       headers=json_headers), 422, "invalid_input")
    latin1 = b'{"source": "X", "text": "The caf\xe9 owner said three people died."}'
    error = error_of(http.post("/v1/articles", content=latin1, headers=json_headers), 400,
                     "malformed_json")
    assert error["message"] == "the body is not valid JSON: not UTF-8 text (byte 32)"
    error = error_of(http.post("/v1/articles", content="[" * 20_000 + "]" * 20_000,
                               headers=json_headers), 400, "malformed_json")
    assert error["message"] == "the body is not valid JSON: nested too deeply"
    error_of(http.get(f"/v1/clusters/{10**25}"), 404, "not_found")
    assert http.get(f"/clusters/{10**25}").status_code == 404  # the page too
    assert seen(http) == before

    # a whole pair (an emoji) is text like any other, and UTF-16 with its BOM is JSON too
    pair = http.post("/v1/compare", content='{"a": "Fans cheered \\ud83d\\ude00 as 29 people '
                     'left.", "b": "29 people left."}', headers=json_headers)
    assert pair.status_code == 200 and pair.json()["relation"] == "agree", pair.text
    utf16 = json.dumps({"a": "At least 29 people died in the attack on Monday.",
                        "b": "The attack on Monday killed 29 people."}).encode("utf-16")
    judged = http.post("/v1/compare", content=utf16, headers=json_headers)
    assert judged.status_code == 200 and judged.json()["relation"] == "agree", judged.text


def test_nul_characters_and_misspelt_parameters_are_named(http: httpx.Client) -> None:
    """A NUL (U+0000) went into SQLite and was a 500 on PostgreSQL; a misspelt query
    parameter (``?lmit=2``) was ignored and the defaults answered as if asked for.  Each is
    a 422 naming the problem, and nothing is stored."""
    before = seen(http)
    error = error_of(http.post("/v1/articles", headers=AUTH, json={
        "source": "X", "text": "Police said 14 people\u0000 were held in Lyon."}),
        422, "invalid_input")
    assert error["message"].startswith(
        "body.text: not valid text: a NUL character (U+0000) at character 21")
    for path in ("/v1/articles?source=Wire%00", "/v1/articles/seed%00id"):
        error = error_of(http.get(path), 422, "invalid_input")
        assert "a NUL character (U+0000)" in error["message"]

    error = error_of(http.get("/v1/articles?lmit=2"), 422, "invalid_input")
    assert error["message"] == ("unknown query parameter 'lmit' on /v1/articles; it takes "
                                "limit, offset, source")
    assert error["details"] == {"unknown": ["lmit"], "known": ["limit", "offset", "source"]}
    error = error_of(http.get("/v1/contrasts?q=Lachin&min_source=1"), 422, "invalid_input")
    assert error["details"]["known"] == ["limit", "min_sources", "q"]
    error = error_of(http.get("/v1/sources?verbose=1"), 422, "invalid_input")
    assert error["message"].endswith("it takes no query parameters")
    assert seen(http) == before

    # guards: the parameters the docs use still answer, and a page link that picked up a
    # tracking parameter when shared still opens for the person who follows it
    assert len(http.get("/v1/articles?limit=2&offset=0").json()["items"]) == 2
    assert http.get("/v1/claims/search?q=Lachin+corridor+blocked&limit=3").status_code == 200
    page = http.get("/?q=Lachin&utm_source=newsletter&fbclid=abc")
    assert page.status_code == 200 and "Lachin" in page.text
