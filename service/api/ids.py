"""An article's id in an address: the links every answer and page gives, and the check of an
id asked for.

An id may be a URL ("https://apnews.com/article/abc?utm_source=rss#top"), so a link carries
it as a query value (``/v1/article?id=...``, ``/article?id=...``), quoted whole.  In a path it
would be quoted too ("%2F" for "/"), but a reverse proxy that decodes "%2F" before passing
the path on (nginx does where ``proxy_pass`` names a URI) merges the "//" of "https://" and
resolves "/../": the id arrives changed and the link is a 404.  A query string is passed as
it was sent by every proxy, and "?", "#", "%" and spaces in the id are quoted in it as in
a path.
"""

from __future__ import annotations

from urllib.parse import quote

from service.errors import InvalidInput
from service.readers import ID_BYTES


def quoted(article_id: str) -> str:
    # safe="": "/", "?", "#", "&", "=", "+" and "%" are all quoted, so the value is one
    # query parameter and decodes to the id exactly ("+" would otherwise read as a space)
    return quote(article_id, safe="")


def article_link(article_id: str) -> str:
    """The JSON of the article (``GET /v1/article?id=...``)."""
    return f"/v1/article?id={quoted(article_id)}"


def page_path(article_id: str, claim_id: int | None = None) -> str:
    """The article's page, at one claim where given (``/article?id=...#claim-N``)."""
    anchor = f"#claim-{claim_id}" if claim_id is not None else ""
    return f"/article?id={quoted(article_id)}{anchor}"


def lookup_id(article_id: str) -> str:
    """The id asked for, or a 422 where no article can have it: empty (``?id=``), or longer
    than any id the service stores (``ID_BYTES``, as an ingest refuses it), which would
    otherwise be a 404 that reads as "not stored yet"."""
    if not article_id.strip():
        raise InvalidInput("'id' is empty: give the article's id", {"parameter": "id"})
    size = len(article_id.encode("utf-8", "surrogatepass"))
    if size > ID_BYTES:
        raise InvalidInput(f"'id' has {size} bytes in UTF-8; no article id has more than "
                           f"{ID_BYTES}", {"parameter": "id", "bytes": size,
                                           "limit": ID_BYTES})
    return article_id
