"""A description of what a named person is, set before the name: "pace bowler James
Anderson has said", "Right-wing propagandist Glenn Beck told viewers", "North Korean
dictator Kim Jong Un said".

``over_descriptor`` knows the descriptions a list of heads ends in ("Telecom operator
Norvanta"); a person is described by what they do, and the nouns for that are open-ended
("skipper", "propagandist", "commentator").  What they share is their form: a lower-case
agent noun ("-er", "-or", "-ist", "-ian") right before a name of two words or more, the
phrase starting a clause.  The words before the head may name where or whose the person is
("West Indies skipper", "Donald Trump’s former personal lawyer"), but never hold a verb's
function words ("Supporters of President Joe Biden": a group, not a description).
"""

from __future__ import annotations

import re

from embeddings.claims.speaker_names import _CLAUSE_OPENER_BEFORE, _DISCOURSE, _FUNCTION_WORDS

_AGENT_HEAD = re.compile(r"[a-z][a-z-]{2,}(?:er|or|ist|ian|ant|ent|eer)")
# forms an agent noun's ending takes that are no agent: adverbs, comparatives, and verbs a
# name may follow as an object ("consider Joe Biden")
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_AN_AGENT = _words("""other another never ever over under after rather whether either
    neither together later former latter further farther higher lower larger smaller longer
    earlier greater better bigger wider younger older newer major minor prior inferior
    superior interior exterior ulterior junior senior consider remember deliver offer answer
    enter gather suffer cover discover order wonder prefer render register urgent recent
    current different present percent absent silent""")
# what a person is called by what they do or are, in no agent noun's form ("Fox News host
# Sean Hannity", "presidential hopeful Elizabeth Warren", "actress Lena Dunham")
_PERSON_HEADS = _words("""host hopeful actress anchor anchorwoman anchorman star candidate
    nominee veteran icon legend mogul tycoon guru pundit heiress coach chef poet pastor rabbi
    imam priest comic""")
# (the tokens of a description: words, possessives, a spaced hyphen "Left - wing")
_TOKEN = re.compile(r"[\w.’'-]+|-")
_MAX_WORDS = 7
_ARTICLES = _words("the a an his her its their our")


def over_person_description(text: str, start: int, name: str) -> int:
    """Where the description of the person named at ``start`` begins, if one that opens a
    clause stands right before the name; else ``start``."""
    if len(name.split()) < 2:
        return start  # one word may be a body or a place, which "-er" words go before
    tokens = list(_TOKEN.finditer(text[:start]))[-_MAX_WORDS:]
    if not tokens or text[tokens[-1].end():start].strip():
        return start
    head = tokens[-1].group()
    if not (_AGENT_HEAD.fullmatch(head) or head in _PERSON_HEADS) or head in _NOT_AN_AGENT:
        return start
    found, end = start, start
    for token in reversed(tokens):
        word = token.group()
        if word.lower() in _FUNCTION_WORDS or word.lower() in _DISCOURSE \
                or text[token.end():end].strip():
            break  # the description is over ("in which the", "…, pace bowler")
        if _CLAUSE_OPENER_BEFORE.search(text[: token.start()]):
            found = token.start()
        if word.lower() in _ARTICLES:
            break  # "the veteran commentator": an article opens the phrase
        end = token.start()
    return found
