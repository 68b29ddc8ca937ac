"""Article ids as a query value, through a real uvicorn and a real nginx (fiftieth session).

Since the forty-ninth session an id may be a URL and the routes take the rest of the path.
A reverse proxy that decodes "%2F" before passing the path on (nginx does when
``proxy_pass`` names a URI, and then merges "//" and resolves "/../") delivers such an id
changed, and every link to its article was a 404 behind it.  Each route that takes an id now
has a form that carries it as a query value (``/v1/article?id=``, ``/article?id=``), which
every proxy passes as sent, and every link the API and the pages give uses it.  Here: ids
holding "//", "?", "#", "%2F", "+", "&", spaces and non-ASCII, asked both ways; the links;
the errors; and the same through nginx.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from tests.batchutil import free_port, live_server
from tests.test_api_uvicorn import error_of, raw_request

# what a newsroom's ids look like, each with something a path or a proxy mangles
IDS = {
    "double slash, dots, query, fragment":
        "https://news.example.org/a//b/../world/ferry?utm_source=rss&x=1#top",
    "a quoted slash in the URL itself": "https://example.org/wiki/AC%2FDC_tour",
    "spaces, plus and non-ASCII": "Rapport annuel – Zürich 2026/Seite 3 + Anhang",
    "a trailing slash": "https://www.reuters.com/world/africa/ferry-toll-rises/",
    "a plain name": "wire-2026-0412",
}
TEXTS = [
    "A ferry capsized on Lake Victoria on Sunday, killing at least 31 people, police said. "
    "Rescuers pulled 40 survivors from the water.",
    "At least 28 people died when a ferry overturned on Lake Victoria on Sunday, officials "
    "said. The vessel was carrying more than 100 passengers.",
    "The ferry that sank on Lake Victoria had been inspected in October, the port authority "
    "said. Its owner declined to comment.",
    "Divers searched the wreck of the ferry on Monday, the navy said. Relatives waited at "
    "the pier in Mwanza.",
    "The ferry's captain was arrested on Monday, police said. He had been warned about the "
    "weather, a port official said.",
]
ARTICLES = [{"id": article_id, "source": f"Outlet {i}", "title": f"Ferry report {i}",
             "published": "2026-11-30", "text": text}
            for i, (article_id, text) in enumerate(zip(IDS.values(), TEXTS, strict=True))]


def by_query(article_id: str, api: bool = True) -> str:
    return ("/v1/article?id=" if api else "/article?id=") + quote(article_id, safe="")


def by_path(article_id: str) -> str:
    return "/v1/articles/" + quote(article_id, safe="")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("ids-s50") / "data"
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1"}
    env.pop("CROSSCLAIM_API_KEY", None)
    with live_server(env, timeout=180) as base:
        with httpx.Client(base_url=base, timeout=120) as client:
            stored = client.post("/v1/articles", json=ARTICLES)
            assert stored.status_code == 200, stored.text
            assert [r["status"] for r in stored.json()["results"]] == ["new"] * len(ARTICLES)
        yield base


@pytest.fixture(scope="module")
def http(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=120) as client:
        yield client


@pytest.mark.parametrize("what", list(IDS))
def test_each_id_is_read_both_ways(http: httpx.Client, what: str) -> None:
    article_id = IDS[what]
    for address in (by_query(article_id), by_path(article_id)):
        got = http.get(address)
        assert got.status_code == 200, (address, got.text)
        assert got.json()["id"] == article_id and got.json()["claims"]
    page = http.get(by_query(article_id, api=False))
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Ferry report" in page.text


def test_the_query_form_reaches_uvicorn_as_sent(server: str) -> None:
    # the request line as bytes, no client library re-quoting it; "%2f" lower case too
    for article_id in IDS.values():
        quoted = quote(article_id, safe="")
        for sent in (quoted, quoted.replace("%2F", "%2f")):
            status, body = raw_request(server, (f"GET /v1/article?id={sent} HTTP/1.1\r\n"
                                                "Host: x\r\nConnection: close\r\n\r\n").encode())
            assert status == 200 and body["id"] == article_id, (sent, body)


def test_every_link_given_uses_the_query_form_and_reaches_the_article(
        http: httpx.Client) -> None:
    hits = http.get("/v1/claims/search", params={"q": "ferry on Lake Victoria",
                                                 "limit": 50}).json()["hits"]
    linked = {h["article_id"]: h for h in hits}
    assert set(IDS.values()) <= set(linked), list(linked)
    for article_id, hit in linked.items():
        assert hit["article_link"] == by_query(article_id)
        assert hit["page_link"] == f"{by_query(article_id, api=False)}#claim-{hit['id']}"
        detail = http.get(hit["article_link"]).json()
        assert detail["id"] == article_id and detail["page_link"] == by_query(article_id, False)
        assert all(c["article_link"] == hit["article_link"] for c in detail["claims"])
        page = http.get(hit["page_link"].split("#")[0]).text
        assert f'id="claim-{hit["id"]}"' in page
        # the page's own link to its JSON
        json_link = re.search(r'href="(/v1/article\?id=[^"]+)"', page)
        assert json_link is not None, page[:500]
        assert http.get(unescape(json_link.group(1))).json()["id"] == article_id
    # the home page's list of sources and a cluster page link each article the same way
    home = http.get("/").text
    cluster = linked[IDS["a plain name"]]["cluster_id"]
    pages = home + http.get(f"/clusters/{cluster}").text
    links = {unescape(m) for m in re.findall(r'href="(/article\?id=[^"#]+)', pages)}
    assert {by_query(i, api=False) for i in IDS.values()} <= links
    assert not re.search(r'href="/articles/', pages)


def test_an_unknown_id_is_the_api_s_404_and_the_page_s(http: httpx.Client) -> None:
    missing = "https://example.org/never//stored?x=1#y"
    for response in (http.get(by_query(missing)), http.delete(by_query(missing))):
        error = error_of(response, 404, "not_found")
        assert error["details"] == {"id": missing} and repr(missing) in error["message"]
    page = http.get(by_query(missing, api=False))
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "never//stored" in unescape(page.text)


def test_a_missing_empty_or_over_long_id_is_refused(http: httpx.Client) -> None:
    for address in ("/v1/article", "/v1/article?id=", "/v1/article?id=%20%20"):
        error = error_of(http.get(address), 422, "invalid_input")
        assert "id" in error["message"], error
    # longer than any stored id: a 422 that says so, the path form alike (it was a 404)
    too_long = "https://example.org/" + "é" * 1100
    for address in (by_query(too_long), by_path(too_long)):
        error = error_of(http.get(address), 422, "invalid_input")
        assert "2048" in error["message"] and error["details"]["bytes"] > 2048, error
    assert http.get(by_query(too_long, api=False)).status_code == 422
    assert http.get("/article").status_code == 422
    # the API's query rules hold here too: the id once, and nothing it does not take
    error = error_of(http.get(by_query(IDS["a plain name"]) + "&id=x"), 422, "invalid_input")
    assert error["details"] == {"repeated": ["id"]}
    error = error_of(http.get(by_query(IDS["a plain name"]) + "&lmit=2"), 422, "invalid_input")
    assert error["details"]["known"] == ["id"]
    # a page link that picked up a tracking parameter when shared still opens
    shared = http.get(by_query(IDS["a plain name"], api=False) + "&utm_source=newsletter")
    assert shared.status_code == 200


def test_an_article_is_deleted_by_its_id_as_a_query_value(http: httpx.Client) -> None:
    victim = "https://example.org/a//deleted?id=7#x"
    stored = http.post("/v1/articles", json={**ARTICLES[2], "id": victim})
    assert stored.json()["results"][0]["status"] == "new", stored.text
    gone = http.delete(by_query(victim))
    assert gone.status_code == 200, gone.text
    assert gone.json()["article_id"] == victim and gone.json()["claims_removed"] >= 1
    error_of(http.get(by_query(victim)), 404, "not_found")
    assert all(http.get(by_query(i)).status_code == 200 for i in IDS.values())


def test_the_openapi_schema_names_the_query_forms(http: httpx.Client) -> None:
    paths = http.get("/openapi.json").json()["paths"]
    for method in ("get", "delete"):
        operation = paths["/v1/article"][method]
        [param] = operation["parameters"]
        assert (param["name"], param["in"], param["required"]) == ("id", "query", True)
        assert {"404", "422"} <= set(operation["responses"])
    ids = [op["operationId"] for p in paths.values() for op in p.values()]
    assert len(ids) == len(set(ids))
    assert not any(p.startswith("/article") for p in paths)  # the pages stay out of it


# -- through a reverse proxy that decodes %2F ------------------------------------------------

NGINX_CONF = """\
daemon off;
master_process off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        # a URI after the upstream: nginx passes the path decoded ("%2F" as "/"), with "//"
        # merged and "/../" resolved (the query string as it was sent)
        location / {{ proxy_pass {upstream}/; }}
    }}
}}
"""


def nginx_path() -> str:
    path = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None)
    if path is None:
        message = "no nginx binary (apt-get install nginx) for the reverse-proxy test"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def proxy(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = nginx_path()
    work = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = work / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=work, port=port, upstream=server))
    proc = subprocess.Popen([binary, "-p", str(work), "-c", str(conf), "-e",
                             str(work / "error.log")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail("nginx exited: " + _log(work / "error.log"))
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("nginx did not answer in time: " + _log(work / "error.log"))
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _log(path: Path) -> str:
    return path.read_text()[-2000:] if path.exists() else "(no log)"


def test_the_proxy_decodes_a_quoted_slash_in_the_path(proxy: str, http: httpx.Client) -> None:
    # what the query form is for: through this proxy the path form loses a URL id
    with httpx.Client(base_url=proxy, timeout=120) as via:
        article_id = IDS["double slash, dots, query, fragment"]
        assert http.get(by_path(article_id)).status_code == 200
        assert via.get(by_path(article_id)).status_code == 404
        assert via.get(by_query(article_id)).json()["id"] == article_id


def test_every_id_and_link_works_through_the_proxy(proxy: str) -> None:
    with httpx.Client(base_url=proxy, timeout=120) as via:
        for article_id in IDS.values():
            got = via.get(by_query(article_id))
            assert got.status_code == 200 and got.json()["id"] == article_id, got.text
            page = via.get(by_query(article_id, api=False))
            assert page.status_code == 200 and "Ferry report" in page.text
            json_link = re.search(r'href="(/v1/article\?id=[^"]+)"', page.text)
            assert json_link is not None
            assert via.get(unescape(json_link.group(1))).json()["id"] == article_id
        hits = via.get("/v1/claims/search", params={"q": "ferry on Lake Victoria",
                                                    "limit": 50}).json()["hits"]
        for hit in hits:
            assert via.get(hit["article_link"]).json()["id"] == hit["article_id"]
            assert via.get(hit["page_link"].split("#")[0]).status_code == 200
        links = set(re.findall(r'href="(/article\?id=[^"#]+)', via.get("/").text))
        assert len(links) >= len(IDS)
        assert all(via.get(unescape(link)).status_code == 200 for link in links)
        # deleting through it too
        victim = "https://example.org/x//proxied/../gone"
        stored = via.post("/v1/articles", json={**ARTICLES[3], "id": victim})
        assert stored.json()["results"][0]["status"] == "new", stored.text
        assert via.delete(by_query(victim)).json()["article_id"] == victim
        error_of(via.get(by_query(victim)), 404, "not_found")
