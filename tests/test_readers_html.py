"""Web pages in: the main text a maintained extractor (trafilatura) finds, and the page's own
outlet, date and author; menus, newsletter boxes, related links, comments and footers out."""

from __future__ import annotations

from pathlib import Path

import pytest

from embeddings.claims import SentenceClaimExtractor
from service.errors import InvalidInput
from service.readers import read_file

PAGE = """<!doctype html><html><head><title>Refugees cross into Armenia - Daily Example</title>
<meta property="og:site_name" content="Daily Example"><meta name="author" content="Anna Smith">
<meta property="article:published_time" content="2023-09-28T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a>
</nav><header><h1>Refugees cross into Armenia</h1><p class="byline">By Anna Smith</p></header>
<article>
<p>More than 50,000 people have crossed from Nagorno-Karabakh into Armenia, the Armenian
government said on Thursday.</p>
<div class="newsletter">Sign up for our daily newsletter. Get the news in your inbox.</div>
<p>Azerbaijan's foreign ministry said the departure of the residents was voluntary.</p>
<p>“We will never return,” said Ruben Petrosyan, a 60-year-old farmer from Stepanakert.</p>
<aside><h3>Related</h3><ul><li><a href="/a">Azerbaijan launches offensive</a></li></ul></aside>
<p>If you value our reporting, please consider making a donation.</p>
</article>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p>
</section><footer>© 2023 Daily Example. All rights reserved.</footer></body></html>"""


def test_a_web_page_gives_its_article_and_its_outlet(tmp_path: Path) -> None:
    page = tmp_path / "refugees.html"
    page.write_text(PAGE, encoding="utf-8")
    [article] = list(read_file(page))
    assert article.source == "Daily Example"  # the page's site name, not the file name
    assert article.published == "2023-09-28"
    assert "More than 50,000 people have crossed" in article.text
    assert "Home" not in article.text and "All rights reserved" not in article.text
    claims = [c.text for c in SentenceClaimExtractor().extract(article)]
    assert any("50,000" in c for c in claims) and any("voluntary" in c for c in claims)
    assert not any("newsletter" in c or "donation" in c or "email address" in c
                   for c in claims)


def test_an_explicit_source_wins_over_the_page(tmp_path: Path) -> None:
    page = tmp_path / "refugees.html"
    page.write_text(PAGE, encoding="utf-8")
    [article] = list(read_file(page, source="Wire copy"))
    assert article.source == "Wire copy"


def test_a_page_with_no_article_text_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(InvalidInput, match="no article text"):
        list(read_file(page))
