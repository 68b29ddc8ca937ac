"""Work on text that is not in the store: ad-hoc corpora and free-text claims."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from embeddings.encoder import Encoder
from embeddings.types import Article, Claim


def rank_corpus(encoder: Encoder, corpus: Sequence[dict[str, str]],
                queries: Sequence[dict[str, str]], top: int) -> Iterator[dict[str, Any]]:
    """For each query, the corpus ids ranked by cosine (exact inner-product search)."""
    import faiss

    vectors = encoder.encode([r["text"] for r in corpus])
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    k = min(top, len(corpus))
    for lo in range(0, len(queries), 100):
        chunk = queries[lo : lo + 100]
        scores, rows = index.search(encoder.encode([q["text"] for q in chunk]), k)
        for query, row_s, row_i in zip(chunk, scores, rows, strict=True):
            ranked = [(corpus[int(i)]["id"], round(float(s), 4))
                      for s, i in zip(row_s, row_i, strict=True) if i >= 0]
            yield {"id": query["id"], "ranked": [r for r, _ in ranked],
                   "scores": [s for _, s in ranked]}


def whole_text_claim(article: Article) -> Claim:
    """The whole input as one claim (speaker frame stripped, entities and numbers found)."""
    from embeddings.claims import find_entities, find_numbers, find_speaker

    text = article.text
    speaker, core = find_speaker(text)[:2]
    return Claim(article_id=article.id, source=article.source, text=text, start=0, end=len(text),
                 core=core or text, speaker=speaker, entities=tuple(find_entities(text)),
                 numbers=tuple(find_numbers(text)), published=article.published)
