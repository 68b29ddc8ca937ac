"""The words the contradiction rules read: negation cues, denial and falsity words,
opposite predicates, accusation verbs and the acts they name."""

from __future__ import annotations

from service.contrast.negation.antonyms import ANTONYMS as ANTONYMS
from service.contrast.negation.antonyms import VOTE_PAIR as VOTE_PAIR

CUES = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "cannot", "none",
                   "nobody", "nothing", "nowhere"})

CUES_BEFORE_TO = frozenset({"fail", "failed", "fails", "unable", "refused", "refuses",
                             "declined", "declines"})

# "ruled out joining a coalition", "rules out a rate cut": the rest will not be
RULE_OUT = frozenset({"rule", "rules", "ruled", "ruling"})

# "did little to stop the spread": next to not done ("little" alone is no cue)
LITTLE_AFTER = frozenset({"do", "does", "did", "done", "doing"})

# "far from over", "far from certain": not so ("far from" a participle too: "far from
# contained"); "far from home" is a distance
FAR_FROM_STATES = frozenset({"over", "certain", "clear", "sure", "finished", "done", "safe",
                             "perfect", "complete", "ready", "normal", "being"})

# "has yet to sign", "is yet to be confirmed": not done so far ("yet" alone is no cue)
YET_AFTER = frozenset({"has", "have", "had", "is", "are", "was", "were", "remains", "remain",
                        "'s"})

# cues that negate a clause's statement ("without", "no one" quantify rather than deny)
CLAUSE_CUES = frozenset({"not", "n't", "never", "no", "cannot"})

PREPOSITIONS = frozenset({"with", "for", "of", "by", "about", "in", "on", "at", "to", "from",
                           "after", "before", "over"})

# "not hide", "did not deny", "did not rule out": negated, these assert
LITOTES = frozenset({"hide", "hid", "hidden", "hiding", "conceal", "concealed", "deny", "denied",
                      "denies", "dispute", "disputed", "doubt", "doubted", "rule", "ruled",
                      "exclude", "excluded", "secret", "forget", "forgotten",
                      # "did not hesitate to send troops": sent them readily
                      "hesitate", "hesitated", "hesitates",
                      # "did not restrain giving his opinion", "did not refrain from
                      # criticising", "did not shy away from", "didn't mince words": said it
                      # plainly (not "hold": "did not hold talks"; "hold back" is read apart)
                      "restrain", "restrained", "refrain", "refrained", "shy", "shied",
                      "mince", "minced"})

# "did not hold back his criticism": a verb that asserts, negated, only with "back"
HOLD_BACK = frozenset({"hold", "held", "holding"})

# "almost no", "virtually none": an amount (very little), not the denial of a statement
HEDGES = frozenset({"almost", "nearly", "virtually", "practically", "hardly", "scarcely"})

SUBJECT_REACH = 5  # tokens: "Jordan 's King Abdullah did | not"

IDIOMS = frozenset({"only", "just", "merely", "least", "less", "doubt", "matter", "sooner"})

DENY = frozenset({"deny", "denied", "denies", "denying", "reject", "rejected", "rejects",
                   "rejecting", "dismiss", "dismissed", "dismisses", "refute", "refuted",
                   "refutes", "disputed", "disputes", "dispute", "debunked", "downplayed",
                   "downplays", "contradicted", "contradicts"})

# two-word denials: "played down reports that", "pushed back on reports that"
PHRASAL_DENY = {"played": "down", "plays": "down", "playing": "down", "pushed": "back",
                "pushes": "back", "pushing": "back"}

FALSE = frozenset({"false", "wrong", "incorrect", "untrue", "baseless", "groundless",
                    "unfounded", "fabricated", "fake", "inaccurate", "misleading", "lie", "lies",
                    "falsehood", "fabrication", "fabrications", "disinformation", "nonsense",
                    "absurd", "bogus", "erroneous",
                    # the plain words for a made-up story: "the quote is phony", "the account
                    # was fictitious", "the figures were falsified"
                    "phony", "phoney", "fictitious", "made-up", "falsified", "untruthful",
                    "hogwash", "baloney", "bunk",
                    # a story told as a joke is not a report: "the arrest story is satire"
                    "satire", "satirical", "parody", "spoof"})

STATEMENT = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations",
                        "accusation", "accusations", "charge", "charges", "information",
                        "statement", "statements", "assertion", "assertions", "suggestion",
                        "suggestions", "story", "article", "remarks", "rumours", "rumors",
                        "it", "this", "that", "these", "those", "them", "notion", "idea",
                        "criticism", "criticisms", "complaint", "complaints", "comparison",
                        "characterisation", "characterization", "version", "narrative",
                        "account", "accounts"})

TRUTH = frozenset({"reality", "truth", "facts", "fact", "what", "situation", "true", "accurate",
                    "thing",  # "Hairgate is not a thing"
                    "correct", "case", "real", "genuine", "authentic"})

# words that call a story untrue wherever they stand ("Banksy arrest hoax", "Debunk: ...",
# "complete fabrication"): a headline rarely uses them for anything else
DEBUNK = frozenset({"hoax", "hoaxes", "debunk", "debunks", "debunking", "myth", "rubbish",
                     "bullshit", "fabrication", "fabrications", "fabricated", "faked"})

# doubt about a statement: "raises doubts about", "doubts cast over", "questions whether"
DOUBT = frozenset({"doubt", "doubts", "doubted", "doubting", "question", "questions",
                    "questioned", "questioning"})

DOUBT_OBJECT = frozenset({"about", "over", "on", "that", "whether", "if", "cast", "raised",
                           "grow", "grows", "mount", "mounting"})

# "raises questions about the report" doubts it; "has four dozen questions on his ties to
# Russia" and "questions about collusion" ask: the noun doubts only after one of these
RAISE = frozenset({"raise", "raises", "raised", "raising", "cast", "casts", "casting", "pose",
                    "poses", "posed", "prompt", "prompts", "prompted", "spark", "sparks",
                    "sparked", "fuel", "fuels", "fuelled", "fueled", "serious", "growing"})

# "denied them access", "denied entry": refusal, not denial of a statement
REFUSED = frozenset({"access", "entry", "visa", "visas", "permission", "request", "requests",
                      "bail", "passage", "them", "him", "her", "us", "me", "by", "having",
                      # "denied a motion for a mistrial", "rejected the appeal": a court's
                      # ruling on what a party asked for (the "granted" pair reads it)
                      "motion", "motions", "appeal", "appeals", "petition", "petitions",
                      "application", "applications"})

REFUSED_FIRST = frozenset({"them", "him", "her", "us", "me", "by", "having"})

COPULA = frozenset({"is", "was", "are", "were", "be", "been", "being", "as", "'s", "remains"})

# "despite"/"amid" open what happened anyway: "would not withdraw the reform despite the
# protests" does not negate the protests
CLAUSE_WORDS = frozenset({"but", "and", "or", "while", "whereas", "although", "though",
                          "because", "since", "which", "who", "whom", "when", "if", "unless",
                          "however", "yet", "so", "despite", "amid", "amidst"})

# quotation marks are not clause ends: 'did not “assign blame”' stays one negated clause
CLAUSE_MARKS = frozenset(",;:.!?()—–")

# determiners: the word after them is the subject ("Neither side has accepted", "No passwords
# were stolen"); "nobody", "nothing" are the subject themselves ("Nobody saw a UFO")
QUANTIFIERS = frozenset({"no", "neither"})

# cues that negate a verb, whose object says what was not done ("did not win the title")
VERBAL_CUES = frozenset({"not", "n't", "never", "nor", "nobody", "nothing", "cannot"})

HEAD_SKIP = frozenset({"longer", "yet", "even", "once", "again", "always", "really", "ever",
                        "actually", "personally", "get", "got", "getting", "gotten",
                        "necessarily", "exactly", "entirely", "fully", "completely", "quite",
                        "at", "all", "any", "single", "one", "such", "immediately"})

# nouns that are only a preposition's idiom after "in" ("nothing in return", "in turn", "in
# fact"): "offered nothing in return" denies no "in return for a guarantee" of the other side
IN_IDIOMS = frozenset({"return", "turn", "fact", "part", "addition", "particular", "general",
                       "short", "total", "effect", "order", "case"})

# Opposite predicates ("won" / "lost", "peaceful" / "turned violent"): ``antonyms``.
# verbs of a plea: the "guilty" after them is the plea pair's, not the court's finding
PLEA = frozenset({"pleaded", "pleads", "plead", "pleading", "plea"})

# the things each act of one actor on one thing is read of: the words are common ("signed
# a letter", "lifted weights", "dismissed the idea", "declared victory"), so a side is read
# only where what the verb is done to (its object; in the passive, its subject) is one of
# these; the thing is then the pair's subject, and whoever did it its agent, as for a body's
# decision (DECIDES): two things, or two named actors, are two acts, not a dispute
ACTED_ON = {
    "signed": frozenset({"bill", "bills", "law", "legislation", "measure", "budget",
                         "ordinance", "amendment"}),
    "imposed": frozenset({"curfew", "ban", "lockdown", "sanctions", "restrictions", "embargo",
                          "tariffs", "tariff", "emergency", "blockade", "moratorium"}),
    "granted": frozenset({"appeal", "appeals", "petition", "motion", "request", "challenge"}),
}
# acts that make a new thing: read only with "a"/"an" ("declared a curfew"; "declared the
# ban unconstitutional" says what an old one is)
NEW_THING = frozenset({"declared"})
# a role's holder, unnamed: "the governor signed" may be "Governor Ellison vetoed"'s actor
# (a role with a name is read by its name: "Governor Maria Ellison")
ROLES = frozenset({"governor", "president", "mayor", "judge", "premier", "chancellor",
                   "minister", "secretary", "king", "queen", "commissioner", "sheriff"})

# pairs whose two sides may be of two things even though the words are common: "Oil prices
# rose" / "Gold prices fell", "Israel accepted the proposal" / "Hamas rejected it", "The
# schools were closed" / "The shops remained open".  Where both sides name who or what the
# state is of and the two differ, they do not oppose.  (Not "ended" / "unresolved": the
# seeds' "victory put an end to the conflict" / "the conflict remains unresolved" names two.)
OWN_SUBJECT = frozenset({"increase", "open", "accept", "attended", "guilty", "legal", "alive",
                         "go ahead"})
# of these, the state is the object's where the verb has one: "Azerbaijan closed the
# corridor" says the corridor is closed, "the band cancelled its tour" that it won't go ahead,
# "the court acquitted the officer" that the officer is not guilty
OBJECT_STATE = frozenset({"increase", "open", "go ahead", "guilty", "alive"})
# pairs that are of a level only where both sides name what was moved, and it is one thing:
# "raised rates" / "cut interest rates", not "raised $5 million" / "cut 500 jobs"; and whom a
# thing is good or bad for ("good for renters" / "bad for them": landlords); what was hit or
# missed, put on or taken off ("hit the target" / "missed the bus" are two acts)
OBJECT_NEEDED = frozenset({"raised", "kept", "good for", "hit", "put on"})
# words for one thing that a subject may be named by ("The stock fell" / "Shares rose")
SAME_THING = {"shar": "stock", "equit": "stock"}  # as `thing_key` keys them

# verbs that are a stance only in the active voice: "the bill, supported by Democrats" says
# nothing of what its subject supports
ACTIVE_ONLY = frozenset({"supported", "supports", "backed", "backs", "opposed", "opposes"})

# what a body decides of a bill or a motion: "the Senate passed the bill" is the bill's fate,
# decided by the Senate ("the bill passed the Senate", "was defeated in the Senate": the same)
DECIDES = frozenset({"passed", "approved", "defeated", "failed", "voted down", "rejected",
                     # and what a court rules of a law: "the court upheld the law", "the law
                     # was struck down by the court" (the law, by the court)
                     "upheld", "struck down", "overturned", "annulled", "invalidated"})
CHAMBERS = frozenset({"senate", "house", "parliament", "congress", "assembly", "chamber",
                      "committee", "legislature", "council", "lawmakers", "legislators", "mps",
                      "commons", "lords", "duma", "knesset", "bundestag", "board",
                      "shareholders", "voters"})

# verbs whose state is their object's, not their subject's, in the active voice: "police
# arrested the gunman" says the gunman was caught ("the gunman was arrested": the subject)
OBJECT_HOLDS = frozenset({"arrested", "detained", "apprehended",
                          # "the mayor lifted the curfew" says the curfew is no longer in
                          # force ("the curfew remains in force": the subject)
                          "lifted", "repealed", "revoked", "rescinded", "abolished",
                          "scrapped"})
AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "being", "get", "got", "gets",
                         "getting"})

# states that a story may move between from one day to the next ("still at large" on
# Thursday, "arrested" on Friday); the others, once done, stay done ("resigned" / "was
# fired", "deliberately" / "an accident")
CHANGEABLE = frozenset({"ended", "progress", "increase", "open", "office", "go ahead", "freed",
                        "holding", "contained", "peaceful", "health", "alive", "caught",
                        "unchanged", "strengthened", "passed", "in force", "custody",
                        "raised", "kept", "pace", "recovering", "intact", "withdrew",
                        # a curfew imposed on Monday may be lifted on Thursday
                        "imposed",
                        # a coat put on in the morning is taken off at night; a game
                        # played outside one day is played indoors the next
                        "put on", "outdoors"})

# results of a period or of one contest, which another period or contest may turn ("a profit
# in 2022" / "a loss in 2023", "won in 2016" / "lost in 2020"): two times named, two results
PERIODIC = frozenset({"profit", "beat", "won", "highest", "hit"})

# "no evidence that X", "no proof of X": what is denied is X
NO_EVIDENCE = frozenset({"evidence", "proof", "indication", "indications"})

# "no link between coffee and cancer", "no association with": what is denied is that the
# two are related, which "coffee causes cancer" says
RELATION_NOUNS = frozenset({"link", "links", "association", "associations", "connection",
                            "connections", "correlation", "relationship"})

# "no plans to resign", "no intention of resigning": what is negated is the act
PLANS = frozenset({"plan", "plans", "intention", "intentions"})

# marks a denial read without "that" or a statement word: it needs shared content
MUST_OVERLAP = "\x00overlap"

ACCUSE = frozenset({"accused", "accuses", "accuse", "accusing", "blamed", "blames", "blame",
                     "blaming"})

# acts an accusation names, folded to one class so "bombed" meets "shelling"
ACTS = {"shell": "attack", "bomb": "attack", "bombard": "attack", "strik": "attack",
         "strike": "attack", "struck": "attack", "attack": "attack", "fir": "attack",
         "target": "attack", "shoot": "attack", "shot": "attack", "launch": "attack",
         "invad": "attack", "invasion": "attack", "violat": "violate", "breach": "violate",
         "start": "start", "initiat": "start", "provok": "start", "kill": "kill",
         "murder": "kill", "massacr": "kill", "block": "block", "blockad": "block"}

# acts whose stem begins too many other words to be read as a prefix ("ram": "rampage",
# "Ramadan"), read only as themselves: "rammed", "ramming" attack what they hit
WHOLE_ACTS = {"ram": "attack"}

# words for one kind of thing an act is done to, which two voices may choose between
# ("rammed a Chinese ship" / "rammed two Philippine vessels", "villages" / "towns"), as
# ``stem`` keys them; "civilian areas", "districts" and a country's ground ("inside
# Armenia", ``blame.nominal``) are the places people live, as towns and villages are
ONE_KIND = {"ship": "ship", "vessel": "ship", "boat": "ship", "villag": "place", "town": "place",
            "city": "place", "settlement": "place", "community": "place", "area": "place",
            "district": "place", "neighbourhood": "place", "neighborhood": "place",
            "territory": "place", "position": "post",
            "post": "post", "outpost": "post", "checkpoint": "post"}

# what is started when someone is blamed for starting it: "started the war"
HOSTILITIES = frozenset({"war", "fighting", "conflict", "clashes", "violence", "hostilities",
                         "attack", "attacks", "shooting", "riot", "riots", "escalation",
                         "offensive", "aggression", "fire", "battle", "it"})

# acts done to one target that one side alone did: "Russian forces shelled the market" and
# "Ukrainian forces shelled the market" name two culprits ("fired", "launched", "started"
# name too much else: "fired the CEO", "launched a phone")
CULPRIT_WORDS = ("shell", "bomb", "strik", "struck", "attack", "shoot", "shot", "invad",
                 "kill", "murder", "massacr", "violat", "breach", "ram")

# who acts in a clash, named without a capital: "the police fired first"
ACTORS = frozenset({"police", "protesters", "demonstrators", "army", "soldiers", "troops",
                    "rebels", "militants", "separatists", "insurgents", "fighters", "militia",
                    "militias", "settlers", "guards", "officers", "government", "forces",
                    "opposition"})

ACT_NOUNS = {"attack": "the attacks", "violate": "the violations", "start": "starting it",
              "kill": "the killings", "block": "the blockade"}

ANY = "\x00any"  # an anchor that any claim meets

# "not all", "not everyone", "not fully": that the whole did not, which leaves a part that
# did; a claim that says only a part did ("most", "partly") is not denied by it
WHOLE = frozenset({"all", "every", "everyone", "everybody", "everything", "always", "entirely",
                   "fully", "completely", "wholly", "totally"})
# of a group, the part that is more than half: "most voted for" and "most voted against"
# cannot both be true
MAJORITY = frozenset({"most", "majority"})
PARTIAL = frozenset({"most", "some", "many", "several", "majority", "part", "partly",
                     "partially", "largely", "mostly", "half", "few", "sometimes", "often"})

# nouns whose "that" clause is what someone believes or says, not what the sentence asserts
HELD = frozenset({"belief", "beliefs", "claim", "claims", "idea", "ideas", "theory", "theories",
                   "notion", "myth", "rumor", "rumors", "rumour", "rumours", "allegation",
                   "allegations", "suggestion", "assertion", "narrative", "speculation",
                   "conspiracy", "view", "argument", "lie", "lies", "account", "accounts",
                   "version"})

DASHES = frozenset("—–")

# "Migrants who don't pass the interview risk ...", "if they do not pass": the negation
# picks out whom the sentence is about, or sets a condition; it asserts nothing
# ("that" is left out: "said that he did not attend" is a report of a statement)
RESTRICTIVE = frozenset({"who", "which", "whose"})

# when something happened is not what a negation denies: "Business Did Not Heat Up in
# February" shares only its subject and its month with "Sales Tank In February"
WHEN_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "today", "yesterday", "tomorrow", "week", "weeks", "month", "months",
                         "year", "years", "day", "days", "night", "morning"})

# verbs and nouns whose "that" opens what is said, not a relative clause: "said that it
# isn't true", "the fact that it is false"
THAT_COMPLEMENT = frozenset({"said", "say", "says", "saying", "told", "tell", "tells", "claim",
                              "believe", "believes", "think", "thinks", "thought", "argue",
                              "argues", "insist", "insists", "know", "knew", "known", "show",
                              "shows", "prove", "proves", "fact", "so", "sure", "clear", "noted",
                              "added", "stated", "warned", "found", "means", "mean"})

REPORTING_VERBS = frozenset({"claimed", "claims", "said", "says", "insisted", "insists",
                              "alleged", "alleges", "argued", "argues", "suggested", "suggests",
                              "maintained", "maintains", "believes", "believed", "called",
                              "calls",
                              # a plural subject's: "Police say the man was carrying a knife"
                              "say", "claim", "insist", "allege", "argue", "suggest",
                              "maintain", "believe"})

# of what a writer calls a myth or a false claim ("the myth that <clause>"), the share of
# its content words the other claim must use (up to eight words: two, as before)
DENIED_SHARE = 0.25

# acts told as nouns ("Azerbaijani shelling inside Armenia", "Russia's invasion of Ukraine"),
# in the classes of ``ACTS``: shelling, bombing and striking are one class there, as the
# verbs are ("shelled" / "bombed"), so the nouns are too
NOMINAL_ACTS = {
    **dict.fromkeys(("shelling", "shellings", "bombing", "bombings", "bombardment",
                     "bombardments", "airstrike", "airstrikes", "strike", "strikes", "attack",
                     "attacks", "raid", "raids", "assault", "assaults", "incursion",
                     "incursions", "invasion", "offensive"), "attack"),
    **dict.fromkeys(("massacre", "massacres", "killing", "killings"), "kill"),
    "blockade": "block"}
