"""Learn loaded words from BABE's *tuning* topics: ``loaded_terms_learned.json``.

    python -m service.contrast.learn_loaded_terms --data ../shared/eval

The shipped ``loaded_terms.json`` was written by hand for one story (Karabakh: "ethnic
cleansing", "anti-terror operation"); on other news it is silent (BABE word recall 0.045).
BABE marks, in news sentences on US politics, the words that make a sentence biased.  A word
is learned when, in the sentences of the tuning topics (``datasets.babe(..., "tune")``: a
third of the topics, chosen by hash), annotators marked it at least ``MIN_MARKED`` times and
in at least ``MIN_SHARE`` of the sentences that use it: words that are loaded more often than
not, wherever they stand.  The report topics are never read here, so the evaluation's BABE
figures on them measure how the list carries to unseen subjects.

Left out: nouns that name a statement ("claim", "claims", "story"): crossclaim's own subject,
and neutral as nouns ("refuted this claim"); the verb forms stay ("claimed", "claiming": the
reporting verb that casts doubt where another outlet writes "said").
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from service.contrast.text import STOPWORDS

OUT = Path(__file__).with_name("loaded_terms_learned.json")
MIN_MARKED = 2
MIN_SHARE = 0.5
MIN_LETTERS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STATEMENT_WORDS = frozenset({"claim", "report", "statement", "story", "allegation",
                              "assertion", "remark", "rumor", "rumour"})


def words(text: str) -> set[str]:
    found = {w.lower().strip("'-") for w in _WORD.findall(text)}
    return {w for w in found if len(w) >= MIN_LETTERS and w not in STOPWORDS}


def _names_a_statement(word: str) -> bool:
    return any(noun in _STATEMENT_WORDS
               for noun in (word, word.removesuffix("s"), word.removesuffix("ies") + "y"))


def learn(sentences: list[tuple[str, list[str]]]) -> list[str]:
    """(text, annotated words or phrases) per sentence -> the learned words, sorted."""
    used: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for text, annotated in sentences:
        present = words(text)
        gold = {w for phrase in annotated for w in words(phrase)}
        used.update(present)
        marked.update(present & gold)
    return sorted(w for w, n in marked.items()
                  if n >= MIN_MARKED and n >= MIN_SHARE * used[w] and not _names_a_statement(w))


def main() -> None:
    from service.evaluation import datasets as ds

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = ds.babe(args.data, ds.TUNE)
    terms = learn([(r.text, list(r.biased_words)) for r in rows])
    args.out.write_text(json.dumps({
        "about": "Loaded words learned from BABE SG2 (tuning topics "
                 f"{', '.join(sorted({r.topic for r in rows}))}) by "
                 "service/contrast/learn_loaded_terms.py: marked as biased at least "
                 f"{MIN_MARKED} times and in at least {MIN_SHARE:.0%} of the sentences using them.",
        "loaded": terms}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(terms)} terms from {len(rows)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
