"""The page's links to articles whose ids are URLs, followed in a real headless Chromium
(fiftieth session): every link carries the id as a query value (``/article?id=...``), the
form that passes a proxy decoding "%2F"; the browser must reach the article by each."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.batchutil import live_server
from tests.test_web import CHROMIUM_FLAGS, chromium_path

pytestmark = pytest.mark.browser

IDS = ["https://news.example.org/a//b/../lake/ferry?utm_source=rss&x=1#top",
       "Rapport annuel – Zürich 2026/Seite 3 + Anhang"]
UPLOADED = "https://example.org/wiki/AC%2FDC_ferry?p=2"
TEXTS = ["A ferry capsized on Lake Victoria on Sunday, killing at least 31 people, police "
         "said. Rescuers pulled 40 survivors from the water.",
         "At least 28 people died when a ferry capsized on Lake Victoria on Sunday, police "
         "said. The vessel was carrying more than 100 passengers."]


def id_of(url: str) -> str:
    [value] = parse_qs(urlsplit(url).query)["id"]
    return value


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("web-ids-s50") / "data"
    env = {**os.environ, "CROSSCLAIM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1"}
    env.pop("CROSSCLAIM_API_KEY", None)
    with live_server(env, timeout=180) as base:
        articles = [{"id": i, "source": f"Outlet {n}", "title": f"Ferry report {n}",
                     "text": t} for n, (i, t) in enumerate(zip(IDS, TEXTS, strict=True))]
        stored = httpx.post(base + "/v1/articles", json=articles, timeout=120)
        assert stored.status_code == 200, stored.text
        yield base


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile-s50")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        yield page
        context.close()


def test_the_sources_list_and_the_json_link_reach_a_url_id(page: Any, base_url: str) -> None:
    for n, article_id in enumerate(IDS):
        page.goto(base_url + "/")
        source = page.locator(".sources details", has_text=f"Outlet {n}")
        source.locator("summary").click()
        source.get_by_role("link", name=f"Ferry report {n}").click()
        page.wait_for_url("**/article?id=*")
        assert id_of(page.url) == article_id
        assert page.locator("h1").inner_text() == f"Ferry report {n}"
        assert page.locator(".article-text .claim-span").count() >= 1
        page.get_by_role("link", name="JSON").click()
        page.wait_for_url("**/v1/article?id=*")
        assert json.loads(page.locator("body").inner_text())["id"] == article_id


def test_a_cluster_s_claims_link_to_their_url_id_articles(page: Any, base_url: str) -> None:
    hits = httpx.get(base_url + "/v1/claims/search",
                     params={"q": "ferry capsized on Lake Victoria", "limit": 5}).json()["hits"]
    cluster = next(h["cluster_id"] for h in hits if h["article_id"] == IDS[0])
    page.goto(f"{base_url}/clusters/{cluster}")
    reached = set()
    for i in range(page.locator("a.article-link").count()):
        page.goto(f"{base_url}/clusters/{cluster}")
        page.locator("a.article-link").nth(i).click()
        page.wait_for_url("**/article?id=*")
        reached.add(id_of(page.url))
        # the link's #claim-N anchor names a claim marked on the page
        anchor = urlsplit(page.url).fragment
        assert anchor.startswith("claim-") and page.locator(f"#{anchor}").count() == 1
    assert IDS[0] in reached, reached


def test_an_uploaded_article_with_a_url_id_is_opened_from_the_result(
        page: Any, base_url: str, tmp_path: Path) -> None:
    upload = tmp_path / "wire.jsonl"
    upload.write_text(json.dumps({"id": UPLOADED, "title": "Ferry captain arrested",
                                  "text": "The ferry's captain was arrested on Monday, police "
                                          "said."}) + "\n", encoding="utf-8")
    page.goto(base_url + "/")
    page.click("#add-article summary")
    page.set_input_files("#ingest-form input[name=file]", str(upload))
    page.fill("#ingest-form input[name=source]", "Browser Wire")
    page.click("#ingest-form button")
    result = page.locator("#ingest-result a")
    result.wait_for()
    result.click()
    page.wait_for_url("**/article?id=*")
    assert id_of(page.url) == UPLOADED
    assert page.locator("h1").inner_text() == "Ferry captain arrested"
