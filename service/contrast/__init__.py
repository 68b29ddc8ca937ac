"""The contrast stage: how the members of one cluster differ, with evidence.

A cluster is a set of claims already judged to be the same claim.  ``RuleContraster``
compares them voice against voice (the quoted speaker, else the outlet) and lists the
differences a reader should see: contradictions and disagreeing numbers (conflicts), and
agreeing numbers, name variants, opposing terminology, loaded wording and who vouches for
the claim (not conflicts).  The cluster is a ``conflict`` only when some difference is.

Every rule errs towards silence: reporting a conflict where the sources agree is the
worst mistake this stage can make.
"""

from __future__ import annotations

from service.contrast.contraster import KIND_ORDER, Contraster, RuleContraster, summarise
from service.contrast.pairs import pair_relation
from service.contrast.wording import loaded_words

# The version of the rules that work out a cluster's contrast.  Bump it when a change alters
# what the contrast of clusters already stored would say: `crossclaim reindex --if-needed`
# then works the contrast of every stored cluster out again (no article is re-read, no id
# changes).  2: fact-check readings ("has yet to", "satire", "a doctored photo", "not a
# meteorite", "no truth to reports", "played down reports that", "was unaware", "no link
# between X and Y", "did little to", "ineffective"), a denial
# of a denial asserts, opposite states of one subject ("crashed" / "landed safely", "voted
# for" / "against"), "no deaths" is a count of the dead, a toll that falls is a dispute.
# 3: doubt cast on a statement disputes it ("experts cast doubt on the claims"); "not a
# hoax" and "no doubt that X" assert; "fired over a fake expenses story" denies the story,
# not the sentence; figures of two things named alike ("the basic model" / "the premium
# model") are no dispute.  4: "did not deny the report" denies nothing; "not all" / "not
# fully" leave room for "most" / "partly"; a claim that says a thing went both ways opposes
# neither; "resigned" / "was fired", "at large" / "was arrested", "unchanged" / "raised",
# "upheld" / "struck down", "highest" / "lowest", "beat" / "missed expectations"; "police
# arrested the gunman" is of the gunman, "Smith defeated Jones" Smith's win; "won the match"
# / "lost its captain" are of two things.  5: a death toll far from its figure counts the
# dead; "supported" / "opposed" (active) of one bill, "reduced" / "no effect on", "lifted" /
# "remains in force", a bill's fate by the body that decided it; parts of a group ("most",
# "some") may each do their own thing; "denied any X" denies X; "no effect" is no negation;
# "released on bail" / "remains in custody", "into law" / "vetoed"; one act done to one
# target with two culprits named ("Russian forces shelled" / "Ukrainian forces shelled").
# 6: common opposite words of two named things ("Oil prices rose" / "Gold prices fell",
# "Israel accepted" / "Hamas rejected") oppose nothing; "raised" / "cut" rates, "slowed" /
# "accelerated", "died" / "is recovering", "burst" / "intact", "withdrew from" / "still
# hold", "only military targets" / "residential areas", "neutral" / "sided with"; a state
# that moves, said of two named times (March / September), moved on; who violated a truce
# and a count of the dead are culprits' acts and targets.  7: "downplays X" denies X as
# "plays down X" does; a command's clause ("Don't send ...") asserts nothing; a state said
# as since left ("initially pleaded not guilty") is not disputed by the later one; a
# question states no figure; "denies Trump the $5 billion" withholds, "spreading fake
# news, lies" is talk; "the myth of X" calls X untrue, not its sentence.  8: figures of two
# times the claims name ("30 on Monday" / "45 on Tuesday", "in 2022" / "in 2023") are
# numbers_changed, not a dispute, nor an agreement where they match; the gazetteer knows
# the Gulf of America, Daesh, Bakhmut / Artemovsk and other renamed places and groups;
# "terrorists" and "militants" label one unnamed side, which may be the group another names;
# a ruling or a vote told in the passive ("was struck down by the court") is of the law, by
# the court; "survived a confidence vote" won it; "survived the attack" is the survivor's;
# "caused by a power line, not arson" denies arson of the fire; the evacuated and those who
# fled are one count; what a wildfire "forced" people to do is no framing; armed / unarmed;
# "Police say the man ..." is of the man; "10% contained" is no contained fire; judgements
# of how one thing went: a success / a failure, strong / weak, good / bad for, orderly /
# chaotic; a prefix negates an adjective ("unproductive", "impossible", "incorrect"); what
# "rather than" or "instead of" sets aside is not asserted.  9: "54%" is "54.2%" rounded, "$1.1
# billion" is "$1.07 billion", "8 million" is "8.4 million" (not "4.1%" / "4.2%"); "reached no deal"
# asserts no reaching ("failed to reach a deal" agrees); "was forced to close" closed; "far from
# contained", "far from over" negate; "not free and fair" is tied by "fair" too; "the evacuation of
# the north" / "of the south" are two subjects; "a slow and chaotic response" judges the response
# (swift / slow, well coordinated / chaotic); "the report showed the economy was strong" is of the
# economy; "the hospital was damaged but remains open" is of the hospital; "the 6.9-magnitude quake"
# / "magnitude 7.0" are one measure (not an aftershock's); "124 confirmed cases" and "132 cases"
# count one thing; "the figure of 1,500 was inaccurate" denies the claim that gave it; "31 migrants"
# / "34 asylum seekers" are one count of people; voices blaming different named sides for one
# outcome ("for the deaths", "X are to blame for ...") differ; figures that agree say why ("within
# rounding", "the figures overlap").  10: "did not use tear gas" is denied by "fired tear gas"
# (firing, dropping, deploying a thing use it); a crowd that "protested" or "demonstrated" is
# the turnout of an event that is over (a later estimate disputes, it does not move on); a
# "suspension" and a "ban" are one measure, and "banned for two years after testing positive"
# is how long, not a time after an event; "homes" and "houses" are one count; a denied
# intention ("did not plan to appeal") disputes what would be done ("would appeal"); "never
# said X" denies the statement X; "detainees" and "prisoners" are one count; a truce and a
# ceasefire are one subject, and "was violated" is its not holding; a negation is shown with
# what it denies ("no customer data was lost"), the other side's clause whole; a denial and
# a negation of one thing ("denied any collusion" / "did not collude") agree.  11: a denial
# of the opposite agrees ("never claimed the drug was unsafe" / "said it was safe"); "kept"
# or "maintained" a level is opposed to the same level moved; "no talks are planned"
# disputes "agreed to hold talks"; a count of a part ("three of the hospitals were closed")
# is set only against a count of the same; "14 hospitals" is no count of people in
# hospital; jobs, positions and posts are one count; one opposition is reported once; "all
# 178 passengers" is the whole count, whatever befell them; the injured, like the dead, do
# not fall in number from one day to the next (a dispute, not the story moving on);
# "unarmed", "uninjured", "unharmed", "unhurt" negate what they are made of; falling ill is
# a fate counted like dying or being hurt, and none of a fate is disputed by any group's
# count of it ("no illnesses" / "four infants fell ill"); a unanimous vote is disputed by
# members of the same body voting against; a demand and an offer are two figures; "no
# firefighters had been hurt" is a count of none; those sent home ("evacuation orders were
# lifted") are no count of evacuees; "the cholera outbreak" is "the outbreak"; "not under
# control" agrees with "out of control"; what "a probe into alleged X" looks into is not
# claimed; ", which X denies" denies the clause "which" follows, from its "that" / "whether".
# 12: "7,500 people are living in shelters" counts no dead ("lives" does, not "living"), and
# counts those displaced, as "spent the night in tents" does.  13: "The Greens won 14%" /
# "Reform won 30.8% of the vote" are two parties' results (each figure's clause names what it
# is of, and neither claim names the other's); "12 million Linkway customers" / "9 million
# customers of Linkway" are one count; what is "ruled out" is denied ("ruled out joining a
# coalition" / "will join a coalition").  14: "infected 1,200" counts those who fell ill.
# 15-17: a cluster's claims of two stories are contrasted each story on its own where the
# whole sets figures side by side (``service.cluster_contrast.by_story``; 17: "Rescuers" opening a
# sentence is no rare name that makes two reports one story).  18: only the figures are
# compared within each story; labels and denials across the whole cluster, as before.
# 19: "terrorists" / "militants", "pro-life" / "anti-abortion", "occupied" / "disputed
# territories", "massacre" / "clashes", "coup" / "transfer of power", "tax relief" / "tax
# cuts", "illegal migrants" / "migrants" are opposing terms; Lviv / Lvov, Pristina /
# Prishtina, Dokdo / Takeshima, the Spratly / Nansha Islands, Chisinau / Kishinev, Almaty /
# Alma-Ata are one place's names; a phrasal verb denies the word it means ("will not step
# down" / "resigned", "did not break down" / "collapsed").  20: Australian, Canadian, New
# Zealand, Hong Kong, Singapore dollars and won are currencies told apart, not compared;
# the last unit of a span sets its slack ("three years and six months", not a year's); a
# change over one span is no answer to one over another ("rose 5% year on year" / "2%
# quarter on quarter", "fell 3% on Monday" / "20% this year"); a round span of hours or
# days leaves half its unit unsaid as longer ones do ("2 hours" meets "2 hours 3 minutes").
# 21: Ukrainian and Russian transliterations are one name ("Avdiivka"/"Avdeyevka",
# "Chernihiv"/"Chernigov", "Zelenskyy"/"Zelensky").
# 22: a verb after "did not" is its pole, negated ("did not convict" / "acquitted" agree); a
# move negated is no level held; what a verb of losing or stopping takes away is no longer
# had ("lost its majority" / "no longer has a majority"); "is present" / "absent" oppose; a
# negation restated in the negative side of opposites agrees ("will not pay a dividend" /
# "scrapped its dividend"); a pole verb with a "no" object is negated ("knew of no breach");
# "not yet" does not end a negation's clause, "not free and fair" is negated as a whole, and
# "out of danger", "avoided a recession" agree with "not in danger", "not in recession";
# "none other than", "no fewer than", "not without", "did not hesitate to" assert; what is
# awaited has not come; a state in a rejected claim ("rejected claims that it was unsafe")
# opposes nothing; "not yet over" is "over", negated; "did not meet in Vienna" / "met in
# Geneva" (or "on Monday" / "on Tuesday") are of two places or times.  23: "have not detained
# anyone" denies the other side's "detained a man"; "No arrests have been made" denies that
# any arrest was.
# 24: counts of what two verbs did are two measures ("employs 5,000" / "laid off 500",
# "destroyed" / "damaged"), as are figures of two places ("in Texas" / "in Louisiana"), of two
# ordinal periods ("first" / "second quarter"), a rate per day and a total, and years that
# date other figures; "civilian deaths" count civilians; "forced from their homes" is
# displaced, "hospital treatment" hurt.  25: "can't pardon anybody" says what may not be
# done: no denial of anyone pardoned (23's reading, kept to what was not done).  26: a voice
# that opens with a name's particle is named as it is ("de Blasio says", not "the de Blasio").
# 27: what the counted do ("fighting", "attended", "marched") tells no other measure (24's
# verbs are of what befalls them): "1,200 firefighters were deployed" / "1,000 are fighting".
# 28: acts of one actor on one thing that undo each other ("vetoed" / "signed" the bill,
# "lifted" / "imposed" a curfew, "dismissed" / "upheld" an appeal), a plea apart from a
# verdict, one weekday told in two days' papers is one day, a motion denied is no denial,
# "lifted the curfew" is the curfew's state ("the curfew remains in force").
# Also 28: a percentage, an amount or a rate of a time both claims name ("in October", "on
# Tuesday", "in the third quarter") is disputed across days, not changed; a later figure
# another voice gave by the earlier one's day is the dispute going on; "jobless" and
# "unemployment" rate, a "benchmark", "key" or "policy" rate are one; "reduce headcount by"
# is a cut of jobs; rates per 100,000 are compared; "Hospitals have admitted 45 patients" and
# "60 people have been hospitalised" count one thing; "8% of its workforce" and "10% of its
# staff" are shares of one whole.  Also 28: one act told with who did it and to whom swapped
# ("Philippine vessels rammed a Chinese ship" / "a Chinese ship rammed Philippine vessels",
# "police attacked protesters" / "protesters attacked police") is a dispute, and "rammed" an
# attack; a people's word is its place's side ("Chinese" / "China's", "Iranian" / "Iran"); a
# negation disputes only its own subject ("Oil prices did not rise" / "Gold prices rose", "The
# Senate did not pass" / "The House passed"); a bare "the court" beside a named higher court
# may be the court below it.
# Also 28: "a net loss of $85m" / "a profit of $20m" (one
# result of two signs) are disputed, never agreed at equal amounts, and across days too;
# an operating profit and a net loss are two measures; ratios are compared with ratios; a
# count disputed on its day and told again the next day as one side had it is the dispute
# going on, not also a change; "admitted to hospital", "hospitals admitted 45 patients",
# water that "flooded" streets, a sea's "tsunami", drugs "seized" by police, "claimed the
# life of", a "drug regime" are no loaded wording; "an operating profit" / "a net loss" are
# no opposites (two measures).
# 29: one speaker spelt two ways ("Vučić" / "Vucic", "Haniyeh" / "Haniya") is one voice, and
# what outlets telling one voice chose (a spelling, a loaded word) is still shown; "Haniyeh" /
# "Haniya", "Abdullah" / "Abdulla", "Qaddafi" / "Gaddafi" are one name; a word of a proper
# name ("the People's Liberation Army") is no loaded wording; "the Gaza health ministry says";
# "a military government" is what "junta" says, no opposing label.
# Also 29: what cannot be done is no denial that it is planned or wanted ("can not themselves
# announce an end" / "are discussing plans to announce an end"); "cannot attend" disputes
# "can attend" as "can't attend" does; a forecast denied ("is not expected to announce
# layoffs") is no denial of the act; an act denied of any one of a kind ("has not endorsed any
# candidate") is denied of the one the other side names ("endorsed Smith"); a part denied in
# a thing ("denied any involvement in the attack") is not disputed by a view of it
# ("condemned the attack"); claims "without merit" are called untrue; a negation of another
# office's holder ("the vice president"), of another place ("in the US": two capitals read
# as a place), or of the act done to another thing ("did not pass the Senate" / "passed the
# House") disputes nothing; what was never written or found ("never wrote that he felt
# obstructed") is denied only of what the other side says was; an act denied is disputed in
# another verb for it ("did not reduce deaths" / "cut deaths"); a state of one kind of thing
# in two places ("the strike at the port" / "at the airport") is no dispute; "not the first
# time the plant has been shelled" denies nothing; "claimed the attack" is no loaded word.
# 30: a state by its capital or seat ("Seoul" / "South Korea"), a ministry by its title
# ("Ministry of National Defense" / "Taiwan's defence ministry"), a body by its initials is one
# voice; "the number of gunmen", "Iranians say", "the Kremlin says".
# 31: "did not hold back", "did not shy away from" assert; what has not been done so far is no
# denial of what will be ("has not announced" / "will announce"); what is sought or called
# for is not said to exist ("no ceasefire" / "called for a ceasefire"); "better than no deal"
# asserts no "no deal"; "in Lebanon, not Gaza" denies Gaza; negations quoted whole ("didn't
# poop"); counts of two events a time word names ("the morning protest" / "the evening
# protest") are no dispute; "the White House" / "the Biden administration" / "the US
# administration", "No 10" / "the British government" are one government's voice.
# 32: "falls short of", "stopped short of", "came nowhere near" deny what they name; opposite
# states told of two parts of a day ("the morning protest was peaceful" / "turned violent in
# the evening") are a change; a denial is its verb's subject's, as the voice tells it ("Trump,
# as James Comey tells it, denies"); an agreement of one voice names the outlets reporting it;
# "the rally" is a subject (no -ly adverb); "turned violent overnight", "were open"; "largely
# peaceful" / "turned violent" dispute; "early on" / "later" tell two times of one event apart;
# protesters and their protest are one subject of a state of violence; "our two nations" /
# "the two leaders" on both sides is no agreement on a count.
# 33: a state with a time on one side only is a change where the time marks the start or the
# other side tells a change ("peaceful early on" / "turned violent"); a state inside a noun
# phrase is its noun's ("broke up a largely peaceful protest"); "descended into violence";
# hedged and punning debunks ("Is Probably Fake", "May Be Meteor-wrong"); a denied way of
# killing denies the killing ("denies ... beheaded"); "better not", "would rather not" and a
# headline's teaser ("you'll never guess") negate nothing; a falsity word in the phrase that
# only names a story ("fired over a fabricated story") and a description ("named as masked
# man") deny nothing the other side tells.
# 34: a headline opening "No," / "Nope" (after a label such as "Fact check:") with a negated
# clause denies the story in its own words, where it shares words past the "not" ("No,
# Jordan's King is not personally flying planes" / "will participate in air strikes"), and
# stops at its correction ("No, Kim is not dead, he had ankle surgery"); "false alarm" is a
# verdict like "hoax"; "No," headlines are read against other clusters' claims too.
# 35: a denial against a side with a "not" of its own needs two shared words ("denied that
# the lawsuit had a political purpose" / "might not have any political staying power"); a
# count of one day and a count over a span of days are two measures ("23 arrested on
# Sunday" / "113 arrested over the weekend"); "X is a hoax" denies X, not the sentence
# around it; what is played down is the thing named before its first preposition; a
# denial of a reported charge answers the party that brings it, as the outlet tells it
# ("denies what the DNC charges, as Breitbart tells it"); a label the outlet quotes is the
# named voice's ("called “riots” by authorities"), a scare-quoted or "so-called" one no
# side's choice; a story that fooled the press or the web, or a video someone staged, is
# called untrue; a place's adjective counts as the place a denial's words are matched on
# ("Scottish restaurant" / "in Scotland"); a rumour the subject defies ("despite death
# rumours") is denied; a noun phrase naming a group with words of both sides of a label pair
# takes neither side ("militant Islamist fighters"); a loaded word in the singular and the
# plural is one word; a label after "slammed ... as", "assailed ... as" is the subject's.
# 36: a label quoted from an office named by its title ("the mayor called them “riots”") or
# set with "describe/portray ... as" is that voice's, and an unquoted word a named verb sets
# on a thing ("called it barbaric") the caller's; a loaded word inside a plain term
# ("invasion of privacy", "captured on video") is no one's wording; calm told of a place
# disputes violence that broke out there; "X is not the one who did it", "If only ...",
# "X never happened" are rebuttals; "passed away" is the opposite of "alive"; phony,
# fictitious, made-up are words of falsity; a bare "but won't" negates the clause before
# it; a negated act told with other particulars of one thing is another act; a rare plural
# opening a sentence is the other side's lower-case word; a fate told of X's relative or
# lawyer is not told of X; "X is not the gunman who ..." denies the doer, not the act;
# hit/missed, put on/took off, outdoors/indoors are opposite acts; a round plural alone
# ("Thousands marched") counts people; an age picking out a group ("people 65 and over")
# is no one's age; a negated feeling ("not lovin'") is no denial of what happened.
# 37: a woman and a man are two subjects, and denying what one did leaves what "a person"
# did; a narrower denial leaves the wider act ("no cat eating corn on the cob" / "a cat is
# eating corn"); alone / with others, and big / small or crowded / empty said of a thing, are
# opposites; a rumour shot down, laughed off or quelled, a death report called premature or
# exaggerated, and a headline's "claims unfounded" are denials; a count near the sum of the
# other side's listed parts counts the whole; an open bound agrees only with the figure it
# answers.
# 38: two kinds of one thing are two things ("not an electric guitar" / "an acoustic
# guitar"); no one cutting denies slicing; a vague range beside the precise figure it holds
# is that figure said twice; an agreement lists only figures that each agree with every other;
# open bounds of one kind are paired by size; demonstrators, protesters and marchers count
# one crowd.
# 39: crowds counted through, across or in the streets of two towns are two crowds; a cut
# "he said" that names no one is an unnamed speaker, not the outlet; both sides calling a
# thing untrue ("dismissed it as a conspiracy theory" / "based on a conspiracy theory") agree.
# 40: "lay off" read as dismiss is no denial, nor is "this year" / "this offer" a statement
# dismissed; a state word before nouns is of those nouns ("illegal entries" / "a legal port
# of entry" are two things); initials are the body they stand for ("CSTO" / "the Collective
# Security Treaty Organization"); a joint voice ("police and the FBI") is one voice with
# each of its speakers and says "say"; "Roger J. Stone Jr" is Roger Stone.
# 41: workers laid off are jobs cut (hired and laid off never agree); "dismissed them" (staff)
# is no denial; two namesakes contradict nothing; "at its Munich plant" places a figure; an
# outlet's own loaded word is told against the voices it quotes, not against itself; a voice
# giving both forms of a name is on neither side; "agree" is said only over agreeing figures.
# 42: acts told as nouns have doers and targets ("Azerbaijani shelling inside Armenia" /
# "shelling of Azerbaijani towns by Armenians" swap who did it to whom); a country after
# "in"/"inside" is the ground an act fell on; each speaker of a joint voice is shown as it
# would be alone ("the US and France say"); a word a headline calls a hoax is no claim set
# against its denial; "lawyers who went to Tijuana denied" names the lawyers; "homeless man"
# labels no count; "Weakness" / "Weakens" are no name variants; "fake passports" is not
# loaded; an outlet credited in its own article speaks in its own voice.
# 43: a loaded word under an unnamed witness's or group's frame is told as what a witness
# said, not as the outlet's word.
# 44: a meeting or visit told of two named agents ("Pompeo met Kim" / "Trump met Kim") is two
# facts; speakers read anew (READING 50) change who a line credits.
# 45: two claims sharing no word, name or speaker lose 0.1 on article-centred vectors; a
# meeting's agents told by title or pronoun count as named; a denial narrower than its claim
# reads "on himself" as a particular; speakers read anew (READING 51) change who a line credits.
# 46: an act pointer ("This indirect endorsement ...") is the act of the sentence before's
# agent, a place opening a sentence is its subject against a speaker's "we", and a general
# statement against a particular report loses 0.1 (clusters); a denial of an act at a place,
# with nowhere else named, denies the act (contrast).
RULES = 46

__all__ = ["KIND_ORDER", "RULES", "Contraster", "RuleContraster", "loaded_words",
           "pair_relation", "summarise"]
