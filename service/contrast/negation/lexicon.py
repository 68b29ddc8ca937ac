"""The words the contradiction rules read: negation cues, denial and falsity words,
opposite predicates, accusation verbs and the acts they name."""

from __future__ import annotations

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

# Opposite predicates.  Converse pairs ("won"/"lost") agree when the subjects differ
# ("Azerbaijan won" = "Armenia lost"), so they count only with the same subject.
VOTE_PAIR = "unanimous"  # its subjects are read, to tell two bodies' votes apart

ANTONYMS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("ended", ("ended", "put an end to", "is over", "was over", "are over", "resolved",
               "came to an end", "has ended", "is finished"),
     ("unresolved", "ongoing", "persists", "unsettled", "still going on", "remains open",
      "continued", "continues", "is continuing", "are continuing", "went on", "goes on"),
     False),
    # talks that got somewhere or nowhere ("ended without" / "with no deal" are read by the
    # negation cues; these are the phrasings without one)
    ("progress", ("made progress", "make progress", "making progress", "makes progress",
                  "breakthrough", "reached a deal", "reached an agreement", "struck a deal",
                  "ended in agreement", "ended with an agreement", "ended with a deal"),
     ("broke up", "broke down", "collapsed", "stalled", "deadlocked", "ended without",
      "ended in failure"), False),
    ("voluntary", ("voluntary", "voluntarily", "chose to leave", "of their own free will",
                   "of their own accord"),
     ("forced", "forcibly", "compelled", "expelled", "deported", "ethnic cleansing",
      "driven out", "coerced"), False),
    ("increase", ("increased", "increase", "increases", "rose", "risen", "rising", "grew",
                  "climbed", "jumped", "surged", "higher"),
     ("decreased", "decrease", "decreases", "fell", "fallen", "falling", "dropped", "declined",
      "shrank", "slumped", "plunged", "lower", "drop"), False),
    # a level held, or moved: "left interest rates unchanged" / "raised interest rates"
    ("unchanged", ("unchanged", "held steady", "remained steady", "on hold", "held rates steady",
                   "held interest rates steady", "kept rates on hold"),
     ("raised", "hiked", "lowered", "cut", "increased", "decreased", "rose", "fell", "jumped",
      "dropped", "declined"), True),
    ("accept", ("accepted", "accepts", "agreed to", "approved", "endorsed", "into law",
                "became law"),
     ("rejected", "rejects", "refused", "turned down", "vetoed", "blocked"), False),
    ("guilty", ("guilty", "convicted"), ("innocent", "acquitted", "exonerated"), False),
    # a defendant's plea, of one defendant: what the defendant says, where "guilty" above is
    # what a court found ("pleaded not guilty" / "was convicted" is a trial, not a dispute)
    ("plea", ("pleaded guilty", "pleads guilty", "plead guilty", "admitted the charges",
              "admitted to the charges", "admitted guilt"),
     ("pleaded not guilty", "pleads not guilty", "plead not guilty", "pleaded innocent",
      "entered a not guilty plea", "entered a plea of not guilty"), True),
    # how a body voted: all for it, or some against ("the board unanimously approved the
    # deal" / "two of nine directors voted against the deal")
    (VOTE_PAIR, ("unanimously", "unanimous", "without dissent"),
     ("voted against", "dissented", "voted no", "split vote"), False),
    ("legal", ("legal", "lawful", "legitimate"), ("illegal", "unlawful", "illegitimate"), False),
    ("alive", ("alive", "survived"), ("dead", "died", "killed"), False),
    ("attended", ("attended", "took part", "participated", "was present", "were present",
                  "is present", "are present"),
     ("absent", "boycotted", "skipped", "shunned", "stayed away"), False),
    ("open", ("reopened", "is open", "was open", "are open", "were open", "remained open",
              "remains open", "remain open", "stay open", "stays open", "stayed open",
              "kept open"),
     ("closed", "blocked", "shut", "sealed off", "will close", "would close", "to close",
      "closure", "shut down"), False),
    # "remains in office" / "resigned": of one person (two ministers may do both)
    ("office", ("remains in office", "remain in office", "remained in office",
                "stays in office", "stay in office", "stayed in office", "remains in post",
                "remained in post", "stay on", "stays on", "will stay on"),
     ("resigned", "resigns", "stepped down", "steps down", "will step down", "was fired",
      "was sacked", "was ousted"), True),
    # how one person left: of their own will, or removed
    ("left", ("resigned", "resigns", "stepped down", "steps down"),
     ("was fired", "was sacked", "was ousted", "was dismissed", "was removed from office",
      "was forced out",
      # "stepped down after the board voted to remove him" tells both: no dispute of "ousted"
      "to remove him", "to remove her", "to oust him", "to oust her", "to fire him",
      "to fire her"), True),
    # still sought, or caught ("police arrested the gunman" is of its object: OBJECT_HOLDS)
    ("caught", ("at large", "on the run", "still being sought", "evaded capture"),
     # not "caught" or "captured": a gunman "caught on camera" is still at large
     ("arrested", "detained", "apprehended", "in custody", "into custody", "surrendered",
      "turned himself in", "turned herself in"), True),
    # out on bail, or held: of one suspect
    ("custody", ("released on bail", "freed on bail", "granted bail", "released without charge",
                 "released from custody"),
     ("remains in custody", "remain in custody", "still in custody", "remanded in custody",
      "denied bail", "held without bail"), True),
    # of one voter: two senators may vote both ways
    ("vote", ("voted for", "votes for", "vote for", "voting for", "supported", "supports",
              "backed", "backs"),
     ("voted against", "votes against", "vote against", "voting against", "opposed",
      "opposes"), True),
    # what works and what does not, of one thing: "the vaccine is effective" / "ineffective"
    ("effective", ("is effective", "are effective", "was effective", "were effective",
                   "remains effective", "highly effective"),
     ("ineffective", "little protection", "little effect", "no effect"), True),
    # what a measure did, of one measure: "the vaccine reduced deaths" / "had no effect"
    ("reduced", ("reduced", "reduces", "lowered", "lowers", "prevented", "prevents"),
     # "on X" first: its object is what the measure did not change
     ("no effect on", "little effect on", "no impact on", "little impact on", "no effect",
      "little effect", "no impact", "little impact", "did nothing to"), True),
    # a law or a ban, of one: lifted, or still in force
    ("in force", ("remains in force", "remain in force", "still in force", "remains in effect",
                  "remains in place", "remain in place", "still in place"),
     ("repealed", "lifted", "revoked", "rescinded", "abolished", "scrapped"), True),
    # knowing and not knowing, of one person: "the CEO knew" / "the CEO was unaware"
    ("knew", ("knew", "was aware", "were aware", "is aware", "are aware", "had known",
              "knowledge of"), ("unaware",), True),
    ("go ahead", ("go ahead", "goes ahead", "went ahead", "will proceed"),
     ("cancelled", "canceled", "called off", "scrapped", "postponed"), False),
    # the states a story's subject is said to be in; each only of one subject ("the plane
    # crashed" / "the other plane landed safely" is no dispute), since the words are common
    ("landed", ("landed safely", "safe landing", "landed without incident"),
     ("crashed", "crash-landed"), True),
    ("freed", ("freed", "set free"),
     ("still being held", "still held", "still in captivity", "remain in captivity",
      "remains in captivity", "still captive"), True),
    ("holding", ("is holding", "is largely holding", "has held", "largely held", "held overnight",
                 "held firm", "was holding", "was largely holding",
                 "remains in place", "remained in place"),
     ("collapsed", "broke down", "has broken down", "was broken", "was violated",
      "has been violated", "was breached", "has been breached"), True),
    ("passed", ("passed", "approved"), ("failed", "voted down", "defeated", "rejected"), True),
    ("contained", ("contained", "brought under control", "under control", "extinguished",
                   "put out"),
     ("spreading", "still burning", "out of control", "raging"), True),
    ("peaceful", ("peaceful", "peacefully", "without incident"),
     ("violent", "turned violent", "rioted", "clashed", "clashes"), True),
    ("profit", ("profit", "profits", "profitable"), ("loss", "losses", "loss-making"), True),
    ("safe", ("safe", "harmless"), ("dangerous", "unsafe", "harmful", "hazardous"), True),
    # which way a level was moved, of one mover and one thing ("raised rates" / "cut rates";
    # "raised concerns" / "cut jobs" are of two things)
    ("raised", ("raised", "hiked"), ("cut", "lowered"), True),
    # a level kept, or moved, by one mover ("maintained its forecast" / "raised its
    # forecast"); of one thing only: "maintained his innocence" / "raised concerns" is two
    ("kept", ("maintained", "kept", "reaffirmed", "reiterated"),
     ("raised", "hiked", "cut", "lowered", "upgraded", "downgraded", "revised"), True),
    # how fast something moves: "inflation slowed to 3%" / "accelerated to 3%"
    ("pace", ("accelerated", "sped up", "picked up", "quickened"),
     ("slowed", "slowed down", "decelerated"), True),
    # a patient's state: of one patient ("the gunman died" / "the officer is recovering")
    ("recovering", ("is recovering", "are recovering", "in stable condition", "expected to survive",
                    "expected to recover"),
     ("died", "has died", "have died", "succumbed", "was pronounced dead"), True),
    # a structure standing or gone: "the dam burst" / "the dam is intact"
    ("intact", ("intact", "still standing"), ("burst", "collapsed", "was breached",
                                               "was destroyed", "were destroyed"), True),
    # who holds a place: "the rebels withdrew from the city" / "the rebels still hold it"
    ("withdrew", ("withdrew from", "pulled out of", "retreated from", "abandoned"),
     ("still hold", "still holds", "still held", "still control", "still controls",
      "still in control of", "remain in control of", "remains in control of",
      "retain control of", "retains control of"), True),
    # whether the one shot or arrested was armed: "was armed with a knife" / "was unarmed"
    # (not "armed forces", "armed robbery": only said of someone)
    ("armed", ("was armed", "were armed", "is armed", "armed with", "carrying a knife",
               "carrying a gun", "carrying a weapon", "had a knife", "had a gun",
               "brandished", "brandishing", "wielding"),
     ("unarmed", "was not armed", "were not armed", "carried no weapon", "had no weapon"),
     True),
    ("health", ("in good health", "healthy", "fully recovered"),
     ("seriously ill", "critically ill", "gravely ill", "in critical condition"), True),
    # "Smith defeated Jones" is Smith's win: only the loser's forms of "defeat" are a loss
    ("won", ("won", "wins", "victory", "victorious", "survived a confidence vote",
             "survived a no-confidence vote", "survived a vote", "survived the vote",
             "survived a no confidence vote", "survived the no-confidence vote",
             "survived the confidence vote", "survived impeachment"),
     ("lost", "loses", "conceded defeat", "suffered a defeat", "was defeated", "were defeated"),
     True),
    # how one vote was run
    ("fair", ("free and fair", "was fair", "were fair"),
     ("rigged", "fraudulent", "was stolen", "marred by fraud"), True),
    # a court's ruling on one law or ruling (two courts may rule both ways)
    ("upheld", ("upheld", "ruled constitutional", "ruled lawful"),
     ("struck down", "unconstitutional", "overturned", "annulled", "invalidated",
      "ruled unlawful"), True),
    ("highest", ("highest", "record high", "all-time high"), ("lowest", "record low",
                                                              "all-time low"), True),
    ("strengthened", ("strengthened", "intensified"), ("weakened", "was downgraded"), True),
    # results against what was expected
    ("beat", ("beat expectations", "beat forecasts", "beat analysts", "exceeded expectations",
              "topped expectations", "topped forecasts"),
     ("missed expectations", "missed forecasts", "missed analysts", "fell short of"), True),
    # whom a strike hit, as each side tells it: "struck only military targets" / "hit
    # residential areas" (a plain "military targets" is no claim that nothing else was hit)
    ("military targets", ("only military targets", "only military objects",
                          "only military infrastructure", "exclusively military",
                          "military targets only", "legitimate military targets"),
     ("civilian areas", "civilian targets", "civilian infrastructure", "residential areas",
      "residential buildings", "residential neighbourhoods", "residential neighborhoods"),
     False),
    # a party's stance in a conflict, of one party: "the peacekeepers remained neutral" /
    # "sided with Azerbaijan"
    ("neutral", ("neutral", "impartial", "stayed out of", "stays out of"),
     ("sided with", "sides with", "took sides", "taken sides", "partial to", "biased"), True),
    # how a thing went, as each side judges it: "the summit was a success" / "a failure" (of
    # one subject: two summits may go both ways); "failed" alone is also a vote's or a bank's
    ("success", ("a success", "successful", "a triumph", "succeeded", "has worked",
                 "worked well", "is working", "went smoothly"),
     ("a failure", "unsuccessful", "a fiasco", "a flop", "backfired", "failed",
      "was a disaster"), True),
    ("strong", ("is strong", "was strong", "are strong", "remains strong", "remained strong",
                "is robust", "remains robust", "is booming"),
     ("is weak", "was weak", "are weak", "remains weak", "remained weak", "is sluggish",
      "is fragile", "is struggling"), True),
    ("good for", ("is good for", "was good for", "are good for", "will be good for",
                  "would be good for", "will benefit", "would benefit", "benefits"),
     ("is bad for", "was bad for", "are bad for", "will be bad for", "would be bad for",
      "will hurt", "would hurt", "will harm", "would harm"), True),
    ("orderly", ("orderly", "was calm", "were calm", "well coordinated", "well-coordinated",
                 "well organised", "well organized", "well-organised", "well-organized"),
     ("chaotic", "in chaos", "descended into chaos", "disorderly", "disorganised",
      "disorganized", "poorly coordinated", "badly organised", "badly organized"), True),
    # how fast a response came, as each side judges it: "a swift response" / "help arrived
    # too late" (of one subject: "swift condemnation" and "slow progress" are two things)
    ("swift", ("swift", "prompt", "timely"),
     ("slow", "sluggish", "belated", "too slow", "too late"), True),
    ("deliberate", ("deliberately", "deliberate", "intentionally", "on purpose", "arson"),
     ("accident", "accidental", "accidentally", "by accident"), False),
    # acts of one actor on one thing that undo each other (ACTED_ON says on what): "the
    # governor vetoed the bill" / "signed the bill", "lifted the curfew" / "imposed a curfew",
    # "the court dismissed the appeal" / "upheld the appeal"
    # (not "enacted": lawmakers enact a bill over a veto, which both tell)
    ("signed", ("signed", "signs"), ("vetoed", "vetoes"), True),
    ("imposed", ("imposed", "imposes", "reimposed", "declared", "extended"),
     ("lifted", "lifts", "ended", "revoked", "rescinded", "scrapped"), True),
    ("granted", ("upheld", "granted", "allowed"),
     ("dismissed", "rejected", "denied", "threw out", "turned down"), True),
)

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
# thing is good or bad for ("good for renters" / "bad for them": landlords)
OBJECT_NEEDED = frozenset({"raised", "kept", "good for"})
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
                        "imposed"})

# results of a period or of one contest, which another period or contest may turn ("a profit
# in 2022" / "a loss in 2023", "won in 2016" / "lost in 2020"): two times named, two results
PERIODIC = frozenset({"profit", "beat", "won", "highest"})

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
# ``stem`` keys them
ONE_KIND = {"ship": "ship", "vessel": "ship", "boat": "ship", "villag": "place", "town": "place",
            "city": "place", "settlement": "place", "community": "place", "position": "post",
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
