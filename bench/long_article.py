"""Does one long article cost linear time?  Time per claim at N paragraphs, N doubling.

    python bench/long_article.py [--sizes 50,100,200,400,800] [--kind same|different]
                                 [--profile] [--json]

One article of N paragraphs is ingested into a fresh temporary store (the model loaded and
warmed before timing), for each N.  ``same``: N copies of one multi-sentence news paragraph
(the shape of the fifty-third session's 390,000-character body); ``different``: N different
paragraphs, taken in turn from the seed articles and the NewsWCL50 tune articles (repeated,
each copy numbered, when N is larger than what they hold).  The figure that matters is the
ratio of seconds per claim at the largest N to that at the smallest, measured in one run
(the machine is shared: absolute times are noisy, ratios less so).  A flat cost gives about
1; a step whose work grows with the square of the article's claims roughly doubles it at
each doubling of N.  ``--profile`` prints cProfile's top functions at the largest N.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# written for this bench (no fixture's text): a council story told as a wire would tell it
PARAGRAPH = (
    "The city council voted 7-2 on Tuesday to approve a $45 million plan to repair roads "
    "and bridges, officials said. Mayor Jane Ortiz called the vote \u201ca long overdue "
    "investment\u201d and said work would begin in the spring. Council member Tom Reyes, who "
    "voted against the plan, said it would raise property taxes by 3 percent next year. The "
    "state transportation department estimated last year that a third of the city's bridges "
    "needed repairs."
)


def paragraphs(kind: str, n: int, data: Path) -> list[str]:
    if kind == "same":
        return [PARAGRAPH] * n
    from service.evaluation import datasets as ds
    from service.readers import read_file

    texts = [a.text for a in read_file(ROOT / "seeds" / "articles.jsonl")]
    if (data / "newswcl50").exists():
        texts += [r.text for r in ds.newswcl50(data, ds.TUNE)]
    pool = [p.strip() for t in texts for p in t.split("\n\n") if len(p.strip()) > 80]
    # beyond the pool, copies are numbered so no two paragraphs are the same text
    return [pool[i % len(pool)] + ("" if i < len(pool) else f" (Part {i // len(pool)}.)")
            for i in range(n)]


def long_text(kind: str, n: int, data: Path) -> str:
    """One article: a headline, then ``n`` paragraphs."""
    return "Council approves road plan\n\n" + "\n\n".join(paragraphs(kind, n, data))


def ingest_seconds(pipe, article, profile: cProfile.Profile | None):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    if profile is not None:
        profile.enable()
    [result] = pipe.ingest([article])
    if profile is not None:
        profile.disable()
    return result.claims, time.perf_counter() - start


def main() -> None:
    from embeddings.types import Article
    from service.pipeline import build_pipeline
    from service.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50,100,200,400,800")
    parser.add_argument("--kind", choices=["same", "different"], default="same")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    profile = None
    for n in sizes:
        text = long_text(args.kind, n, args.data)
        article = Article(id=f"long-{n}", source="City Wire", text=text)
        with tempfile.TemporaryDirectory() as tmp:
            pipe = build_pipeline(Settings(data_dir=Path(tmp)))
            pipe.ingest([Article(id="warm", source="Other Wire", text=PARAGRAPH)])
            profile = cProfile.Profile() if args.profile and n == max(sizes) else None
            claims, seconds = ingest_seconds(pipe, article, profile)
            pipe.store.close()
        rows.append({"paragraphs": n, "chars": len(text), "claims": claims,
                     "seconds": round(seconds, 2),
                     "ms_per_claim": round(1000 * seconds / max(claims, 1), 2)})
        if not args.json:
            print(json.dumps(rows[-1]), flush=True)
    first, last = rows[0], rows[-1]
    ratio = last["ms_per_claim"] / first["ms_per_claim"]
    out = {"kind": args.kind, "rows": rows, "per_claim_ratio_largest_vs_smallest": round(ratio, 2)}
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"time per claim at {last['paragraphs']} paragraphs / at {first['paragraphs']}: "
              f"{ratio:.2f}")
    if profile is not None:
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
