"""Questions asked of a store of many stories: is the answer of the question's own story?

    python bench/query_stores.py build uci DIR      # UCI tune headlines, source = publisher
    python bench/query_stores.py build mixed DIR    # NewsWCL50 tune events + Emergent tune
    python bench/query_stores.py ask uci DIR --out answers.json [--verbose]
    python bench/query_stores.py ask mixed DIR --out answers.json [--names-needed] [--lone-words]

The fifty-first session's measure (docs/quality.md, "Questions in a store of many stories"),
kept in the repo so that later sessions can run it again.  UCI: every tune headline asked as
itself and as "Did ...?" (598 questions).  Mixed: NewsWCL50 tune events 0/3/6/9 and the
Emergent tune headlines, asked each Emergent tune claim as written (the fifty-first session's
65 hand-written questions were not kept).  A cluster's story is that of most of its claims.

Building a store takes a few minutes (its data dir is reused by ``ask``); asking is read-only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.types import Article  # noqa: E402
from service.answer_rank import named_stems  # noqa: E402
from service.evaluation import datasets as ds  # noqa: E402
from service.pipeline import build_pipeline  # noqa: E402
from service.settings import Settings  # noqa: E402

EVAL = Path(os.environ.get("CROSSCLAIM_EVAL_DATA", str(ROOT.parent / "shared" / "eval")))


def _articles(kind: str) -> tuple[list[Article], dict[str, str]]:
    """The store's articles and each article's story."""
    if kind == "uci":
        rows = ds.uci_headlines(EVAL, ds.TUNE)
        return ([Article(id=f"uci-{r.id}", source=r.source, text=r.title) for r in rows],
                {f"uci-{r.id}": r.story for r in rows})
    wcl = ds.newswcl50(EVAL, ds.TUNE)
    em = ds.emergent(EVAL, ds.TUNE)
    arts = [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text) for r in wcl]
    story = {f"wcl-{r.doc_id}": f"wcl:{r.event}" for r in wcl}
    for i, r in enumerate(em):
        aid = f"em-{r.claim_id}-{i}"
        arts.append(Article(id=aid, source=r.source or f"outlet-{i}", text=r.headline))
        story[aid] = f"em:{r.claim_id}"
    return arts, story


def _lowered_first(title: str) -> str:
    """The headline as the rest of a question: its first letter lowered, unless its first
    word has other capitals ("McDonald's", "COMMENT:", "eBay" kept; the fifty-second
    session's "Did mcDonald's ...", "Did cOMMENT: ..." were no one's question)."""
    first = title.split()[0] if title.split() else ""
    if any(c.isupper() for c in first[1:]):
        return title
    return title[0].lower() + title[1:]


def _questions(kind: str) -> list[tuple[str, str]]:
    """(question, its story)."""
    if kind == "uci":
        out = []
        for r in ds.uci_headlines(EVAL, ds.TUNE):
            title = r.title.strip()
            out += [(title, r.story), (f"Did {_lowered_first(title)}?", r.story)]
        return out
    seen: dict[str, str] = {}
    for r in ds.emergent(EVAL, ds.TUNE):
        seen.setdefault(r.claim, f"em:{r.claim_id}")
    return list(seen.items())


def build(kind: str, data_dir: Path) -> None:
    arts, story = _articles(kind)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "stories.json").write_text(json.dumps(story))
    pipe = build_pipeline(Settings(data_dir=data_dir))
    for i in range(0, len(arts), 100):
        pipe.ingest(arts[i:i + 100])
    print(f"{len(arts)} articles into {data_dir}")


def ask(kind: str, data_dir: Path, out: Path, verbose: bool, names_needed: bool,
        lone_words: bool = False) -> None:
    """Ask every question; with ``names_needed`` also with ``query_names_needed`` on (asked
    again only where the question gives a name: elsewhere the setting changes nothing),
    written beside ``out`` as ``*_names.json``; ``lone_words``: all with
    ``query_lone_words`` on."""
    story_of_article: dict[str, str] = json.loads((data_dir / "stories.json").read_text())
    settings = Settings(data_dir=data_dir, query_lone_words=lone_words)
    pipe = build_pipeline(settings)
    answers: list[dict[str, Any]] = []
    named: list[dict[str, Any]] = []

    def shown_for(question: str) -> list[dict[str, Any]]:
        shown = []
        for v in pipe.contrasts(question):
            stories = Counter(story_of_article.get(c.article_id, "?") for c in v.claims)
            shown.append({"id": v.id, "story": stories.most_common(1)[0][0],
                          "text": v.claims[0].text if v.claims else ""})
        return shown

    for question, own in _questions(kind):
        pipe.settings = settings
        answers.append({"q": question, "own": own, "shown": shown_for(question)})
        if names_needed:
            if named_stems(question):
                pipe.settings = settings.model_copy(update={"query_names_needed": True})
                named.append({"q": question, "own": own, "shown": shown_for(question)})
            else:
                named.append(answers[-1])
    out.write_text(json.dumps(answers, indent=1))
    print(json.dumps(summarise(answers)))
    if names_needed:
        out.with_name(out.stem + "_names.json").write_text(json.dumps(named, indent=1))
        print("names needed:", json.dumps(summarise(named)))
    if verbose:
        for a in answers:
            if any(s["story"] != a["own"] for s in a["shown"]):
                print(f"\n{a['q']}  [{a['own']}]")
                for s in a["shown"]:
                    mark = "  " if s["story"] == a["own"] else "X "
                    print(f"  {mark}c{s['id']} {s['story']}: {s['text'][:100]}")


def summarise(answers: list[dict[str, Any]]) -> dict[str, int]:
    own_stories = {s["story"] for a in answers for s in a["shown"] if s["story"] == a["own"]}
    out = Counter[str]()
    for a in answers:
        stories = [s["story"] for s in a["shown"]]
        own = a["own"]
        out["questions"] += 1
        out["own at 1"] += bool(stories) and stories[0] == own
        out["own in top 3"] += own in stories[:3]
        out["empty"] += not stories
        out["other above own"] += own in stories and stories.index(own) > 0
        out["other-story shown"] += sum(s != own for s in stories)
        out["own-story shown"] += sum(s == own for s in stories)
        out["own missing, other shown"] += bool(stories) and own not in stories
        out["own story never shown, other shown"] += (own not in own_stories
                                                      and bool(stories))
    return dict(out)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("action", choices=["build", "ask"])
    p.add_argument("kind", choices=["uci", "mixed"])
    p.add_argument("data_dir", type=Path)
    p.add_argument("--out", type=Path, default=Path("answers.json"))
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--names-needed", action="store_true",
                   help="also ask with query_names_needed on")
    p.add_argument("--lone-words", action="store_true", help="ask with query_lone_words on")
    a = p.parse_args()
    if a.action == "build":
        build(a.kind, a.data_dir)
    else:
        ask(a.kind, a.data_dir, a.out, a.verbose, a.names_needed, a.lone_words)


if __name__ == "__main__":
    main()
