"""The verbs that report a claim ("said", "warned", "quoted as saying") or a speaker's
act ("accused", "condemned", "put the turnout at"), and the words after one that say
it reports none ("posted a loss", "ruled out talks", "declared a state of emergency")."""

from __future__ import annotations

import re

from embeddings.claims.clauses import AUDIENCES, starts_with_clause


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CONTENT = (
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+saying"
    r"|said|says|say|told|tells|tell|stated|states|claimed|claims|insisted|insists|stressed"
    r"|stresses|noted|notes|argued|argues|maintained|maintains|charged|charges|denied|denies"
    r"|warned|warns|declared|declares|added|adds|wrote|writes|announced|announces|reported"
    r"|reports|confirmed|confirms|explained|emphasized|emphasised|emphasizes|underlined"
    r"|underscored|reiterated|reaffirmed|acknowledged|admitted|asserted|alleged|alleges"
    r"|believes|believe|thinks|think|suggested|disclosed|revealed|tweeted|posted|recalled"
    r"|concluded|observed|conceded|countered|replied|responded|predicted|estimated|assured"
    r"|lamented|complained|agreed|objected|found|ruled|cautioned|cautions"
    # the present of a plural subject or a headline ("Many Democrats claim that", "Experts
    # warn that", "Trump tweets that"), as "say" is beside "says"; not a noun ("Priest claim
    # of ...", "ISIS claim: ...") nor an infinitive's frame ("claim to have killed": its
    # core would lose who did it)
    r"|(?:claim|argue|insist|warn|allege|contend|deny|admit|acknowledge|assert|predict)"
    r"(?!\s+(?:to|of|was|is|has|had|by)\b|\s*:)"
    r"|contends|contended|admits|acknowledges|asserts|predicts|tweets"
    # a translated release's "The Ministry of Defence informs that ..." (not "informed
    # residents of the closure", which tells no claim)
    r"|informs(?=\s+that\b)|informed(?=\s+that\b)"
    # "Governor Carter indicated that he would raise taxes" (not "indicated a turn to the
    # left", "as indicated in the table": no clause told)
    r"|indicates(?=\s+that\b)|indicated(?=\s+that\b)"
    # "Trump repeated that he plans to meet Kim" says it again (not "repeated the exercise",
    # "repeated his mistake": an act done again)
    r"|repeated(?=\s+that\b)|repeats(?=\s+that\b)"
    # what a speaker picks out for notice, as "stressed" and "noted" do ("He highlighted the
    # discrepancy", "She points out that ..."); and the present of the verbs above whose "-s"
    # form is seldom a noun.  Not "match highlights: ..." nor "pointed out of the window"
    r"|highlighted|highlights(?!\s+(?:of|from|reel|package|video|show)\b|\s*[:,.;])"
    r"|(?:pointed|points)\s+out(?!\s+of\b)"
    r"|underlines|underscores|emphasises|reiterates|reaffirms"
    # "Toyota recalls 1.2 million cars" calls them back: only a memory, told
    r"|recalls(?=\s+(?:that|how|when|what|why|being|having|seeing|his|her|their)\b)"
)
_ACT = (
    r"accused|accuses|condemned|condemns|criticized|criticised|criticizes|denounced"
    r"|denounces|praised|praises|voiced|urged|urges|called|calls|welcomed|welcomes|demanded"
    r"|demands|pledged|vowed|threatened|issued|expressed|labeled|labelled|characterized"
    r"|characterised|described|castigated|blamed|rejected|dismissed|hailed|refuted"
    # "slammed the plan", not "slammed into the coast"
    r"|slammed(?!\s+(?:into|onto|through|against|down|shut|the\s+(?:brakes|door)))"
    # an estimate: "Organisers put the turnout at 250,000"
    r"|(?:put|puts|placed|places|pegged|pegs)(?=\s+(?:the|its|their|his|her|our)\s+"
    r"(?:[\w’'-]+\s+){1,5}?at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+"
    r"|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|an\s+estimated\s+)?[\d$€£])"
)
# a form that is a plural noun too, after a count: "lawmakers in several states", "two
# reports", "many claims" (not "some say": a bare group and its verb)
_COUNTED_NOUN = ("(?!(?:" + "|".join(
    rf"(?<=\b{w} )" for w in ("several", "many", "some", "few", "all", "both", "other",
                              "these", "those", "two", "three", "four", "five", "various",
                              "multiple", "numerous"))
    + r")(?:states|reports|claims|notes|charges)\b)")
_VERB = re.compile(rf"\b{_COUNTED_NOUN}(?:(?P<content>{_CONTENT})|(?P<act>{_ACT}))\b")
_DECLARED_ACT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|war|victory"
    r"|independence|bankruptcy|martial|state\s+of|emergency|ceasefire|truce|national|day|days"
    r"|holiday|curfew|disaster|amnesty|winner|dead|bankrupt|mourning|missing)\b",
    re.IGNORECASE)
# "posted on Facebook that", "posted a video": a post; "posted a loss", "posted May sales": no
_POSTED_WHERE = re.compile(
    r"\s+(?:on|to|in|online|that|(?:an?|the|his|her|their|its)\s+(?:[a-z]+\s+)?(?:video|message"
    r"|statement|photo|picture|image|tweet|comment|note|letter|update|clip|story)s?)\b"
    r"|\s*[:,“\"]")
# "Fire reported at a chemical plant", "Shooting reported outside the school, police say":
# a headline's passive participle, where it happened; "Police reported on Tuesday that",
# "reported in a statement" are frames (no place follows).  And what state someone is
# reported in ("Jihadi John reported wounded in air strike", "Apple reported to be near
# buying Path"): reported by no one the headline names, as "is said to be" is
_REPORTED_WHERE = re.compile(
    r"\s+(?:at|near|outside|inside|off|along|across|around|throughout|close\s+to"
    r"|in\s+(?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)|in\s+the\s+(?:north|south|east|west|centre|center)\b"
    r"|to\s+(?:be|have)\s|(?:dead|alive|missing|safe|killed|wounded|injured|hurt|captured"
    r"|arrested|detained|kidnapped|abducted|in\s+talks)\b)")
_FINDINGS = _words("found ruled")
# "found itself isolated", "ruled out talks", "ruled in favour of": no finding is reported
_NOT_A_FINDING = re.compile(r"\s+(?:itself|himself|herself|themselves|ourselves|out|in|on|over"
                            r"|against|for|by|guilty|dead|alive"
                            # "found no evidence that A": A is what was not found
                            r"|no\s+(?:evidence|sign|proof|indication|trace|link)"
                            # "found it convincing", "found them hard to read": an object and
                            # what it was found to be, no reported clause ("found it was")
                            r"|(?:it|them|him|her|us|me)\s+(?!(?:was|is|were|are|had|has|have"
                            r"|would|will|could|can|may|might|should|did|does|must)\b)[a-z]+"
                            r"(?=\s*(?:[,.;:]|$|\s(?:to|and|but|or)\b)))\b")
# an outlet named by what it is: "told the newspaper", "told a local broadcaster", "told
# state television" (its name is no more part of the claim than "the BBC"'s)
_OUTLET_NOUNS = _words("""newspaper paper daily weekly tabloid broadcaster agency station
    magazine channel network website outlet television radio media""")
# whom a claim was told: "told reporters", "told the BBC", "told a news conference"; and an
# outlet's interviewer, by name or not ("told LBC radio host Nick Ferrari", "told Fox News
# host Sean Hannity", "told a radio host": who asked is no part of what was told), or by
# whose they are, by a first name and a last ("told CNN's Jake Tapper", "told Fox News' Sean
# Hannity"; not a show's name cut short: "told NBC's Meet the Press")
_TOLD_WHOM = re.compile(
    r"\s*(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Za-z][\w.&-]*\s+){0,3}?(?:host"
    r"|presenter|anchor|interviewer|correspondent)(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"|(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*[’']s?(?:\s+[A-Z][\w’'.-]*){2,3}?"
    r"|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(AUDIENCES | _OUTLET_NOUNS
                      | {"conference", "briefing", "audience", "crowd", "supporters"}))
    + r")"
    r"|them|him|her|us|me|the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|[A-Z][\w.&-]*)\s+")


def past_listener(after: str, verb: str) -> int:
    """How far into ``after`` (what follows ``verb``) the clause "told" reports begins, past
    whom it was told ("told Fox News host Sean Hannity he would run": a listener of several
    words leaves the clause's verb beyond the reach a bare clause is looked for in); 0 when
    no listener is skipped."""
    told = _TOLD_WHOM.match(after) if verb.startswith(("told", "tell")) else None
    return told.end() if told and starts_with_clause(after[told.end():]) else 0
