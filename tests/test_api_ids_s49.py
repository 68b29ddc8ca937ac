"""Article ids that are URLs, through a real uvicorn (forty-ninth session).

A newsroom's natural id for an article is its URL.  The forty-eighth session refused an id
holding "/" because the routes took one path segment: "%2F" in a path is decoded to "/"
before routing, so no address reached such an article.  The routes now take the rest of
the path as the id, and every link quotes the id whole; here the quoted and the unquoted
address, "?" and "#" in the id, a trailing "/" in the id against a typed trailing slash, the
web page's links, deleting, and the bytes sent as they are (no client library fixing them).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from urllib.parse import quote, unquote

import httpx
import pytest

from tests.batchutil import live_server
from tests.test_api_uvicorn import error_of, raw_request

URL_ID = "https://apnews.com/article/ferry-capsized-lake-victoria-9f3a2c?utm_source=rss#top"
SLASH_ID = "https://www.reuters.com/world/africa/ferry-toll-rises/"
PLAIN_URL = "https://example.org/news/2026/ferry"
ARTICLES = [
    {"id": URL_ID, "source": "AP", "published": "2026-11-30",
     "text": "A ferry capsized on Lake Victoria on Sunday, killing at least 31 people, police "
             "said. Rescuers pulled 40 survivors from the water."},
    {"id": SLASH_ID, "source": "Reuters", "published": "2026-11-30",
     "text": "At least 28 people died when a ferry overturned on Lake Victoria on Sunday, "
             "officials said. The vessel was carrying more than 100 passengers."},
    {"id": PLAIN_URL, "source": "Example News",
     "text": "The ferry that sank on Lake Victoria had been inspected in October, the port "
             "authority said."},
]


def path_of(article_id: str) -> str:
    return "/v1/articles/" + quote(article_id, safe="")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("ids-s49") / "data"
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1"}
    env.pop("CROSSCLAIM_API_KEY", None)
    with live_server(env, timeout=180) as base:
        yield base


@pytest.fixture(scope="module")
def http(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=120) as client:
        stored = client.post("/v1/articles", json=ARTICLES)
        assert stored.status_code == 200, stored.text
        assert [r["status"] for r in stored.json()["results"]] == ["new"] * 3
        yield client


def test_an_id_that_is_a_url_is_stored_listed_and_read_back_whole(http: httpx.Client) -> None:
    listed = {a["id"] for a in http.get("/v1/articles").json()["items"]}
    assert {a["id"] for a in ARTICLES} <= listed
    for article in ARTICLES:
        got = http.get(path_of(article["id"]))
        assert got.status_code == 200, (article["id"], got.text)
        assert got.json()["id"] == article["id"] and got.json()["text"] == article["text"]
        assert got.json()["claims"]
    # a URL id with no "?" or "#" also reaches its article typed as it is
    assert http.get(f"/v1/articles/{PLAIN_URL}").json()["id"] == PLAIN_URL


def test_the_quoted_slash_reaches_uvicorn_as_sent(server: str) -> None:
    # the request line as bytes, "%2F" and "%2f" both: no client library re-quoting it
    for quoted in (quote(SLASH_ID, safe=""), quote(SLASH_ID, safe="").replace("%2F", "%2f")):
        status, body = raw_request(server, (f"GET /v1/articles/{quoted} HTTP/1.1\r\n"
                                            "Host: x\r\nConnection: close\r\n\r\n").encode())
        assert status == 200 and body["id"] == SLASH_ID, body


def test_re_sending_the_articles_is_a_no_op(http: httpx.Client) -> None:
    again = http.post("/v1/articles", json=ARTICLES).json()
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert [r["article_id"] for r in again["results"]] == [a["id"] for a in ARTICLES]


def test_the_links_given_for_a_claim_and_on_the_pages_reach_the_article(
        http: httpx.Client) -> None:
    hits = http.get("/v1/claims/search", params={"q": "ferry capsized on Lake Victoria",
                                                 "limit": 10}).json()["hits"]
    by_id = {h["article_id"]: h for h in hits}
    assert URL_ID in by_id and SLASH_ID in by_id, list(by_id)
    for article_id in (URL_ID, SLASH_ID):
        hit = by_id[article_id]
        assert http.get(hit["article_link"]).json()["id"] == article_id
        page = http.get(hit["page_link"].split("#")[0])
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        # the page's own link to its JSON, as a browser would follow it
        json_link = re.search(r'href="(/v1/article\?id=[^"]+)"', page.text)
        assert json_link is not None, page.text[:500]
        assert http.get(json_link.group(1)).json()["id"] == article_id
    # the pages of a cluster link each claim to its article
    cluster = by_id[URL_ID]["cluster_id"]
    page = http.get(f"/clusters/{cluster}").text
    links = {unquote(m) for m in re.findall(r'href="/article\?id=([^"#]+)#claim-', page)}
    assert URL_ID in links, links
    assert all(http.get("/articles/" + quote(i, safe="")).status_code == 200 for i in links)


def test_a_typed_trailing_slash_is_no_part_of_the_id(http: httpx.Client) -> None:
    # "/v1/articles/x/" stays the trailing-slash 404 of every route, and the page redirects;
    # the id's own last "/" is sent quoted, and a stored id ending in "/" is found as given
    error = error_of(http.get("/v1/articles/no-such-article/"), 404, "not_found")
    assert error["details"] == {"path": "/v1/articles/no-such-article"}, error
    assert http.get(f"/v1/articles/{SLASH_ID}").json()["id"] == SLASH_ID
    moved = http.get("/articles/" + quote(PLAIN_URL, safe="") + "/", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"] == "/articles/" + quote(PLAIN_URL, safe="")


def test_an_unknown_url_id_is_a_404_naming_it(http: httpx.Client) -> None:
    missing = "https://apnews.com/article/never-stored"
    error = error_of(http.get(path_of(missing)), 404, "not_found")
    assert error["details"] == {"id": missing} and missing in error["message"]


def test_an_article_with_a_url_id_is_deleted_by_it(http: httpx.Client) -> None:
    gone = http.delete(path_of(PLAIN_URL))
    assert gone.status_code == 200, gone.text
    assert gone.json()["article_id"] == PLAIN_URL and gone.json()["claims_removed"] >= 1
    error_of(http.get(path_of(PLAIN_URL)), 404, "not_found")
    # the others are untouched
    assert http.get(path_of(URL_ID)).json()["id"] == URL_ID


def test_an_id_of_a_control_character_or_over_the_limit_is_refused(
        http: httpx.Client) -> None:
    before = http.get("/v1/articles").json()["total"]
    for bad, says in (("https://x.org/a\nb", "control character"),
                      ("https://x.org/" + "a" * 2100, "at most 2048 bytes")):
        body = {**ARTICLES[0], "id": bad}
        error = error_of(http.post("/v1/articles", json=body), 422, "invalid_input")
        assert says in error["message"], error
    # a long real URL fits
    long_url = "https://news.example.com/" + "/".join(["section"] * 200) + "?id=7"
    assert len(long_url) > 1500
    stored = http.post("/v1/articles", json={**ARTICLES[2], "id": long_url})
    assert stored.json()["results"][0]["status"] == "new", stored.text
    assert http.get(path_of(long_url)).json()["id"] == long_url
    assert http.get("/v1/articles").json()["total"] == before + 1
