"""Titles a person holds, and the words for kinds of role a story uses for someone it gave a
more precise title (``SpeakerContext.resolve_role``)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# titles only a person holds: a speaker so named is no "it" ("it will set its own duties" is
# not the spokeswoman's); "chief", "head", "office" may be a body's
PERSON_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy", "president",
    "senator", "governor", "mayor", "secretary", "adviser", "advisor", "aide", "official",
    "diplomat", "correspondent", "commissioner", "chancellor", "premier", "lawmaker",
    "legislator", "politician", "councilman", "councilwoman", "councillor", "councilor",
    "congressman", "congresswoman"})

# a word for a kind of role that a story uses for the person it last quoted under a more
# precise title ("spokesperson Mao Ning told reporters ... The diplomat emphasized ..."): the
# titles each one covers.  Only a title the person was given counts: "the diplomat" after a
# mayor spoke is someone else
ROLE_KINDS: dict[str, frozenset[str]] = {
    "official": _words("""spokesman spokeswoman spokesperson minister secretary adviser
        advisor aide commissioner director administrator ambassador envoy consul governor
        mayor deputy diplomat negotiator inspector officer chief head"""),
    # a foreign minister, a foreign ministry's spokesperson or a foreign secretary
    "diplomat": _words("ambassador envoy consul negotiator mediator foreign"),
    "politician": _words("""senator sen rep representative mp lawmaker legislator
        councilman councilwoman councillor councilor congressman congresswoman assemblyman
        assemblywoman alderman candidate incumbent challenger"""),
    "executive": _words("ceo chairman chairwoman founder director manager chief"),
    "envoy": _words("ambassador envoy consul"),
}
ROLE_KINDS["lawmaker"] = ROLE_KINDS["legislator"] = ROLE_KINDS["politician"]
# titles that are other words for each other
SAME_TITLES = (frozenset({"ambassador", "envoy"}),
                frozenset({"spokesman", "spokeswoman", "spokesperson"}))
# a people whose country a description names otherwise ("U.S. Ambassador X": the American)
OF_PLACE = {"american": r"\bu s\b|\bus\b|\bamerica|\bunited states\b|\bwashington\b"}
