"""Kinds of organisation, for reading "the <word>" against the bodies that spoke before
(``SpeakerContext.resolve_descriptor``), and the bodies known by a bare name that are no
company of the story."""

from __future__ import annotations

from embeddings.claims.entities import ORG_WORDS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# kinds of organisation a later "the <word>" may name with another word ("the alliance" for
# the Collective Security Treaty Organization), but not across kinds: "the city council"
# after "the mayor's office said" is another speaker
ORG_KINDS = (
    _words("alliance organization organisation treaty union coalition bloc nations"),
    _words("ministry ministries department office administration agency service services"),
    _words("council assembly parliament senate congress committee commission"),
    _words("army navy force forces corps command guard"),
    _words("police constabulary force"),  # "police said" after "the coast guard said": others
    _words("company corporation group bank fund network foundation"),
    _words("news times post press agency network"),
)


# bodies and wire services known by a bare name that are no company of the story: "The UN
# warned ... The company announced it would cut 500 jobs" is another speaker, and so is the
# company after "Reuters reported ..."
NO_COMPANY = _words("""un u.n. eu e.u. nato who imf osce fbi cia nsa icc icj opec unicef
    unhcr unesco wto iaea interpol europol frontex kremlin pentagon vatican hamas hezbollah
    taliban reuters ap afp tass interfax xinhua ria dpa efe ansa anadolu apa armenpress
    fda cdc sec ftc faa epa ntsb nhtsa fema osha nih nasa doj dhs irs ema mhra ofcom ofgem
    ecb fed""")


def same_kind(head: str, word: str) -> bool:
    return word in ORG_WORDS and any(head in kind and word in kind for kind in ORG_KINDS)
