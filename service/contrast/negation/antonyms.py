"""Opposite predicates the contradiction rules read: each row is (the pair's name, one side's
phrases, the other side's, whether the pair counts only of one subject).  Converse pairs
("won" / "lost") agree when the subjects differ ("Azerbaijan won" = "Armenia lost"), so they
count only with the same subject.  Kept apart from ``lexicon`` for its size; imported from
there."""

from __future__ import annotations

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
    ("alive", ("alive", "survived"), ("dead", "died", "killed", "passed away"), False),
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
    # "descended into violence", "erupted into violence": "turned violent" in other words;
    # a place or a crowd told calm, against violence that broke out there ("The city was
    # calm" / "Riots broke out in the city": ``outbreaks`` keys it by the place); copular
    # only, not "called for calm", "calm down", "kept quiet about"; not "calm returned",
    # which tells the violence before it, as "calm returned after the riots" does
    ("peaceful", ("peaceful", "peacefully", "without incident", "was calm", "were calm",
                  "is calm", "are calm", "remained calm", "remains calm", "stayed calm",
                  "largely calm", "mostly calm", "relatively calm", "was quiet", "were quiet",
                  "is quiet", "remained quiet", "remains quiet", "stayed quiet", "largely quiet",
                  "relatively quiet", "was orderly", "were orderly", "remained orderly"),
     ("violent", "turned violent", "rioted", "clashed", "clashes", "descended into violence",
      "erupted into violence", "erupted in violence", "degenerated into violence",
      "riots broke out", "rioting broke out", "fighting broke out", "violence broke out",
      "unrest broke out", "riots erupted", "rioting erupted", "fighting erupted",
      "violence erupted", "unrest erupted", "violence flared", "fighting flared",
      "riots have broken out", "violence has broken out", "fighting has broken out"), True),
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
    # one act of one doer on one thing, told done and not done ("the missile hit the
    # building" / "missed the building"); read only where both sides name that thing
    # (OBJECT_NEEDED): "hit the target" / "missed the bus" is two acts, and "was hit by"
    # names none; "missing" only as a verb with its object, since "missing students", "the
    # girl is missing" are lost, which a negation elsewhere may be read against
    ("hit", ("hit", "hits", "hitting", "struck", "strikes", "striking"),
     ("missed", "misses", "is missing a", "is missing an", "is missing the", "are missing a",
      "are missing an", "are missing the"), True),
    # clothes on or off one wearer ("is putting on his jacket" / "is taking off his
    # jacket"); of one thing too, so "the plane took off" (no object) is not read
    ("put on", ("put on", "puts on", "putting on", "donned", "dons", "donning"),
     ("took off", "takes off", "taking off", "take off"), True),
    # where one subject did something: "the children are playing outside" / "indoors"
    # (a place named after either is its object: "outside the embassy" / "inside the
    # stadium" are two places)
    ("outdoors", ("outdoors", "outside", "in the open air"), ("indoors", "inside"), True),
    # how big one thing is: "riding a big wave" / "a small wave" (an adjective is keyed by
    # its noun, so "a big win" / "a small business" are two things); not "little", which is
    # also a degree ("a little tired", "little effect")
    ("size", ("big", "large", "huge", "enormous"), ("small", "tiny"), True),
    # how full one place is: "a crowded street" / "an empty street"
    ("crowded", ("crowded", "overcrowded"), ("empty", "deserted"), True),
    # whether one subject acts with others: "the gunman acted alone" / "with accomplices",
    # "a woman is dancing alone" / "dancing with other women" (of one act: ``company``)
    ("alone", ("alone", "by himself", "by herself", "on his own", "on her own"),
     ("with other", "with others", "with accomplices", "with friends", "together with"),
     True),
)
