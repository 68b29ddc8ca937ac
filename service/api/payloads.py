"""Domain objects -> API payload dicts, built on the CLI's views (service/views.py)."""

from __future__ import annotations

from typing import Any

from embeddings.types import Article, Claim
from service.api.ids import article_link, page_path
from service.pipeline import ClusterView
from service.story import StoryDifference
from service.views import claim_dict, cluster_dict, story_difference_dict


def links(claim_or_dict: Claim | dict[str, Any]) -> dict[str, str]:
    if isinstance(claim_or_dict, Claim):
        article_id, claim_id = claim_or_dict.article_id, claim_or_dict.id
    else:
        article_id, claim_id = claim_or_dict["article_id"], claim_or_dict["id"]
    # the id as a query value: it reaches the article through any proxy (service/api/ids.py)
    return {"article_link": article_link(article_id), "page_link": page_path(article_id, claim_id)}


def claim_payload(claim: Claim, full: bool = False) -> dict[str, Any]:
    return {**claim_dict(claim, full=full), **links(claim)}


def cluster_payload(view: ClusterView) -> dict[str, Any]:
    out = cluster_dict(view)
    out["claims"] = [{**c, **links(c)} for c in out["claims"]]
    out["columns"] = [
        {"source": col["source"], "claims": [{**c, **links(c)} for c in col["claims"]]}
        for col in out["columns"]]
    out["differences"] = [difference_payload(d) for d in out["differences"]]
    out["link"] = f"/v1/clusters/{view.id}"
    out["page_link"] = f"/clusters/{view.id}"
    return out


def story_difference_payload(view: StoryDifference) -> dict[str, Any]:
    out = story_difference_dict(view)
    out["claims"] = [{**c, **links(c), "cluster_link": f"/v1/clusters/{c['cluster_id']}"}
                     for c in out["claims"]]
    return out


def difference_payload(diff: dict[str, Any]) -> dict[str, Any]:
    return {"kind": str(diff.get("kind", "")), "summary": str(diff.get("summary", "")),
            "conflict": bool(diff.get("conflict", True)),
            "evidence": [dict(e) for e in diff.get("evidence", ()) if isinstance(e, dict)]}


def article_summary(article: Article, n_claims: int) -> dict[str, Any]:
    return {"id": article.id, "source": article.source, "title": article.title,
            "url": article.url, "published": article.published, "author": article.author,
            "claims": n_claims, "chars": len(article.text)}
