"""Two claims that share one name and nothing else (``ClusterConfig.lone_name_malus``).

On article-centred vectors (embeddings/context.py) a sentence is reduced to what it adds to
its article, often a short clause in which a person's name is most of what is left: "Abe put
on a surprisingly brave face" / "Abe also has personal worries", "Israel is not finished with
its lobbying campaign" / "Israel has long opposed the agreement".  Their centred cosine
clears the threshold on the name, which says whom each is about, not what it claims.  The
lone-word reading (``lone_word_lifts``) leaves such pairs alone, as it asks for no shared
name.  Here a pair whose best facets share no weighted word, whose claims have no speaker in
common and who share exactly one name loses a fixed amount: a pair that says one thing in
other words ("Trump will announce within two weeks the fate of the deal" / "In a few days
President Trump will make his decision") still meets if its cosine is high.
"""

from __future__ import annotations

from collections.abc import Mapping


def lone_name(signals: Mapping[str, object]) -> bool:
    """The pair's match signals (``matching.match_score``) show one shared name and nothing
    else: no shared word in the best facet pair, no shared speaker."""
    words, names = signals.get("shared_words"), signals.get("shared_entities")
    return isinstance(words, list) and not words and isinstance(names, list) \
        and len(names) == 1 and not signals.get("shared_speaker")
