"""Why a seed gold group is missed: each member's claim, its cluster, and every pair's margin
with the parts of its score (docs/matching.md explains each term).

    python bench/seed_pairs.py --data-dir /tmp/fresh [GROUP_ID ...]   # ingests the seeds once
    python bench/seed_pairs.py --data-dir /tmp/fresh --mixed          # clusters mixing groups

Reads the gold file at run time (--gold; ../shared/gold/seed_contrasts.json by default).
The margins are those of a scorer made after the last article (the word weights of the whole
store), so a pair decided earlier in the ingest may differ from them by a few hundredths.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.clustering import PairScorer  # noqa: E402
from embeddings.facets import facets  # noqa: E402
from embeddings.matching import match_score  # noqa: E402
from embeddings.types import Claim  # noqa: E402
from service.evaluation.context import JUDGEMENTS, SEEDS  # noqa: E402
from service.evaluation.seeds import claim_for, score_seeds  # noqa: E402

GOLD = ROOT.parent / "shared/gold/seed_contrasts.json"
PARTS = ("cosine", "lexical", "shared_words", "shared_entities", "shared_speaker",
         "entity_jaccard")


def main() -> None:
    from service.cli.app import pipeline_for
    from service.readers import read_file

    ap = argparse.ArgumentParser()
    ap.add_argument("groups", nargs="*", help="gold group ids (default: the missed ones)")
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--mixed", action="store_true", help="show the clusters mixing groups")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()
    pipe = pipeline_for(args.data_dir)
    pipe.ingest(list(read_file(SEEDS)))  # re-ingesting a stored article adds nothing
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    report = score_seeds(pipe.store, args.gold, JUDGEMENTS)
    by_article: dict[str, list[Claim]] = {}
    cluster: dict[int, int] = {}
    members: dict[int, list[Claim]] = {}
    for claim, label in pipe.store.iter_claims():
        assert claim.id is not None
        by_article.setdefault(claim.article_id, []).append(claim)
        cluster[claim.id] = label
        members.setdefault(label, []).append(claim)
    pipe.context.prefetch(by_article)
    scorer = PairScorer(pipe.keeper.index, pipe.clustering, pipe.weigher(), pipe.context,
                        pipe.one_measure, pipe.disputed, pipe.one_voice)

    def locate(member: dict[str, str]) -> Claim | None:
        stem = member["seed"].rsplit(".", 1)[0]
        article = pipe.store.get_article(stem)
        pos = article.text.find(member["quote"]) if article else -1
        return claim_for(by_article.get(stem, []), pos, pos + len(member["quote"])) \
            if pos >= 0 else None

    def show_pair(a: Claim, b: Claim) -> None:
        assert a.id is not None and b.id is not None
        ca, cb = scorer.centred(a), scorer.centred(b)
        where = "centred" if ca is not None and cb is not None else "raw"
        if ca is not None and cb is not None:
            _, parts = match_score(a, b, ca @ cb.T, scorer._centred_match, scorer.weigh,
                                   scorer.one_voice)
        else:
            _, parts = match_score(a, b, scorer.vectors(a) @ scorer.vectors(b).T,
                                   pipe.clustering.match, scorer.weigh, scorer.one_voice)
        print(f"  #{a.id}-#{b.id} margin {scorer.margin(a, b):+.3f} ({where}, story "
              f"{'one' if pipe.context.same_story(a, b) else 'two'}) "
              + json.dumps({k: parts.get(k) for k in PARTS}, ensure_ascii=False))
        print(f"      best facets: {parts['facets']}")

    wanted = set(args.groups) or {g["id"] for g in gold["groups"]} - set(report.recovered)
    for group in gold["groups"]:
        if group["id"] not in wanted or args.mixed:
            continue
        print(f"== {group['id']} ({group['expect']}: {group['topic']})")
        located = [c for m in group["members"] if (c := locate(m)) is not None]
        for claim in located:
            assert claim.id is not None
            print(f"  #{claim.id} cluster {cluster[claim.id]} [{claim.article_id[:3]}] "
                  f"{claim.voice!r}: {claim.core}  | facets {len(facets(claim.core))}")
        for a, b in combinations(located, 2):
            if a.id != b.id:
                show_pair(a, b)
        for claim in located:
            assert claim.id is not None
            for other in members[cluster[claim.id]]:
                if other.id != claim.id:
                    print(f"  with #{claim.id} in its cluster: #{other.id} "
                          f"{scorer.margin(claim, other):+.3f} {other.text[:100]}")
    if args.mixed:
        for label in report.mixed_clusters:
            print(f"== cluster {label} mixes gold groups")
            for a, b in combinations(members[label], 2):
                show_pair(a, b)
            for claim in members[label]:
                print(f"  #{claim.id} [{claim.article_id[:3]}] {claim.voice!r}: {claim.text}")


if __name__ == "__main__":
    main()
