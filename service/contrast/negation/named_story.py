"""A story only named is not told: "wants him fired over a fabricated helicopter story"
calls the helicopter story untrue, and "fired over helicopter story" names the same story
without telling it, so nothing it says is denied ("the helicopter was hit by fire" tells
it, and is)."""

from __future__ import annotations

from service.contrast.negation.debunks import MEDIA
from service.contrast.negation.lexicon import MUST_OVERLAP, PREPOSITIONS, STATEMENT
from service.contrast.negation.reading import Reading, clause_end, is_content
from service.contrast.text import stem

# what tells a story, whose name is the story's ("the mayor interview")
_STORY_NOUNS = MEDIA | STATEMENT | frozenset({"interview", "interviews", "tale", "tales",
                                              "anecdote", "anecdotes"})
_NAMING_WORDS = 4  # content words before "story" that name it ("Iraq helicopter story")
_ABOUT = frozenset({"of", "about", "over", "on"})  # "the story of the helicopter"


def only_names_story(neg: Reading, pos: Reading) -> bool:
    """``neg`` calls a story untrue that it names in a phrase, and every word of it that
    ``pos`` uses stands in a phrase of ``pos`` that names a story too."""
    if not neg.denies_named_story:
        return False
    content = neg.denied_content - {MUST_OVERLAP}
    used = {stem(t.text) for t in pos.toks if is_content(t)} & content
    return bool(used) and used <= _naming_words(pos)


def _naming_words(r: Reading) -> set[str]:
    """The stems of the words that name a story in ``r``: the content words right before
    a noun for one ("Iraq Helicopter Story") and those of an "of"/"about" phrase after it
    ("the story of the helicopter")."""
    toks, out = r.toks, set()
    for j, t in enumerate(toks):
        if t.lower not in _STORY_NOUNS or t.lower in ("it", "this", "that", "these", "those",
                                                       "them"):
            continue
        out.add(stem(t.text))  # "a fabricated interview" / "over the interview"
        k = j - 1
        while k >= 0 and j - k <= _NAMING_WORDS and is_content(toks[k]) \
                and toks[k].lower not in PREPOSITIONS:
            out.add(stem(toks[k].text))
            k -= 1
        if j + 1 < len(toks) and toks[j + 1].lower in _ABOUT:
            out.update(stem(x.text) for x in toks[j + 2:clause_end(toks, j + 2)]
                       if is_content(x))
    return out
