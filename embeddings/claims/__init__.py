"""Claims stage: article text -> sentence-level claims with speaker, core, entities, numbers.

``SentenceClaimExtractor`` splits an article into sentences, drops page furniture,
finds who is speaking (resolving "he said" against earlier speakers of the same
article, and giving every sentence of a multi-sentence quotation its speaker),
strips the attribution frame to get the core, and finds entities and numbers; a
response that only points at a statement ("refuted this claim") has its core completed
with that statement (``references.py``).
Offsets are exact: ``article.text[claim.start:claim.end] == claim.text``.

The extractor and its loop over sentences are in ``extractor.py``, the rules it applies to
each sentence in ``sentence_rules.py``, what it computes of a claim's core in ``cores.py``,
and the quotations that run across sentences in ``drafts.py``.
"""

from __future__ import annotations

from typing import Protocol

from embeddings.claims.cores import named_subject, without_caveat
from embeddings.claims.entities import find_entities
from embeddings.claims.extractor import SentenceClaimExtractor
from embeddings.claims.furniture import is_furniture
from embeddings.claims.numbers import find_numbers
from embeddings.claims.sentences import split_sentences
from embeddings.claims.speakers import Attribution, SpeakerContext, find_speaker
from embeddings.types import Article, Claim

# The version of how claims are read from an article (sentences, furniture, speakers,
# numbers, entities).  Bump it when a change alters the claims of articles already stored:
# `crossclaim reindex --if-needed` then re-reads a store stamped with an older one.  Unlike
# the facet layout, an older reading does not stop writes: its claims are still whole.
READING = 51  # 11: "150‚000" (a low quotation mark for a comma) is 150,000.  12: the number
# of a chapter, an article, a flight ("Chapter 11", "Flight 370") is a name, not a count;
# a time of day ("8 p.m.") is none.  13: "1.2 trillion yen", "500 rupees" are money; "the
# company" is no public body or wire service that spoke before ("The UN warned ..."); "X
# declared an emergency and blamed Y" is X's act.  14: "a few hours", "several weeks", "a
# couple of days" are durations ("took only a few hours" disputes "deliberated for two days");
# "the figure of 1,500 was inaccurate" points back at the claim that gave 1,500; "Russia
# said it had hit ..." is compared as "Russia had hit ..." (a body's "it", not "it was unclear
# whether"); ", a claim Reuters could not independently verify" is cut from the core.  15: a
# month is a twelfth of a year ("24 months" is "two years"); "Vance denied ever taking X" is
# compared as "Vance ever taking X", "Vance said his sample ..." as "Vance's sample ...";
# "the utility", "the operator" are bodies that speak; "according to the published data" is
# no speaker "the", "police data" not the statistics office whose data came before; "killed
# 12 people and wounded 40", "four passengers were killed and 37 injured": the second count
# takes the first one's noun; "two dozen" is 24; "Seville recorded 45.8C" is a temperature
# (a verb of reading it, or a decimal, with no word for heat).  16: "12 of Meridian's
# hospitals" counts hospitals (a whole named by its owner); "the company" after "the FDA
# said" is no regulator known by its acronym; "no one has fallen ill", "no illnesses have
# been linked", "no firefighters had been hurt" are counts of none.  17: a name after "south
# of", "the port of", "the city of" is a place ("15 kilometres south of Karsan"); one after
# "according to", "thanks to" is none ("according to Sea Aid").  18: a count with no noun
# counts people where it says what befell them ("left 12 dead and dozens injured", "killed
# three and injured 20", "with 31 still missing").  19: the site addressing its reader about
# the site ("Your browser does not support the video tag.", "If you value our reporting,
# please consider making a donation.") and a link under a label ("More: ...") are furniture.
# 20: "according to a statement from X" is X's; "the UN refugee agency UNHCR said", "the
# World Health Organization (WHO) said", "Sen. Jane Ortiz (D-NM) said" name their speaker.
# 21: "29 or more", "10,000-plus", "30 or so" are bounds or hedges; "between $2bn and $3bn",
# "$12 billion-$14 billion" are ranges of money ("from $10 billion to $30 billion" a change);
# "100 000 people" is a hundred thousand.  22: "Acme Inc. said" names Acme Inc; "posted a
# loss" reports nothing; "Visit example.com for more details" is furniture.  23: "X, 34, a
# migrant from Y who ..., said", "X, project coordinator for Y, a group that ..., told" and
# "Another protester, X from Y, said" are X's.  24: "Israel's ambassador to the United States
# said" is the ambassador's, "US Ambassador to the UN Lena Marsh said" Lena Marsh's; "it"
# is no spokeswoman.  25: "X was quoted by TASS as saying" is X's; "a statement posted on the
# ministry's website" is the ministry's.  26: "This article is reproduced from a press release"
# is furniture; a feed item that is only a labelled headline ("Watch: ...") is a claim.
# 27: "25pc" is a percentage, "2,000-odd" about 2,000, "1.5 lakh" 150,000, "Rs 2,000 crore"
# 20 billion rupees.  28: "Ursula von der Leyen", "Bashar al-Assad", "Côte d'Ivoire" are one
# name each.  29: "posted an image", "posted a short video" are posts.  30: "$30 mn", "¥120
# billion", "Rs 1.2 lakh crore", "5,000 metric tons" and "-5C" are read whole; "A$", "C$", "HK$"
# are no US dollars; a number to dial ("0800 555 0199") and one that names a model ("the Boeing
# 737 Max 8", "Windows 11") are no counts; "100km", "6ft", "40mph" are measures; "2 hours 3
# minutes", "6 feet 11 inches" are one figure each; seconds are spans; "next", "last", "every"
# are no counted noun ("hire 300 people this year and 500 next year"); "1.2 billion U.S.
# dollars", "50 million Australian dollars", "2½ per cent" are read; "a 3,000-strong crowd" is
# 3,000 people.  31: a wire dateline with its date and a live blog's time stamp are cut off;
# "Spain's weather agency Aemet", "lawyers for X", "the family", "the WHO", "von Moltke", "But
# the ministry said", "told analysts" are read as speakers; "It is not true that A" points at
# nothing before it; "Mayor X of the Y Party" is X and the party, "the Workers' Party" one name;
# "the mayor of Monchique said" is the mayor's, "President of the European Commission X said"
# X's; «A,» he said is quoted; "he" after "the spokesman said" is the spokesman; 'were
# "preliminary."She said' is two sentences; "X, Ph.D.,", "X of Calif.", "X Jr." end no name;
# "Arsenal beat Chelsea 3-1 on Sunday." is a claim, not a label; a wire slug ("UPDATE 2-",
# "BREAKING: ") is cut off a claim, a headline's glued credit ("... -Noyer") is its speaker;
# "a company spokeswoman" after Velta spoke is Velta's; a firm described as one is the "it"
# of its own frame.  32: "rose 3 to 980.59" is a change of 3 and a level of 980.59, not a
# range.  33: "the diplomat", "the official", "the Russian diplomat" are the person who last
# spoke under a title of that kind (and that people), "the ambassador" the envoy who just
# spoke; "Mao said" is Mao Ning; "Sheriff X", "Councilman X", "co-leader X" are titles; "a
# spokeswoman for the X Agency" is the "X Agency spokeswoman"; "the business daily
# Handelsblatt reported" is Handelsblatt's; "X said A; Y said B" (and such a headline) is two
# claims; the outlet's own question ("Will the talks resume?") is none; a headline's credit
# after a spaced dash ("... - Handelsblatt") is its speaker unless it is the article's outlet;
# "Parents said", "shopkeepers said" are bare groups; a reporter's tag line ("She can be
# reached at ...", "Jane Doe covers county government for the Courier.") is furniture; a
# transcript's label ("Mao Ning: ...", on two lines or with a title) speaks for its line.
# Also 33: "14 cases per 100,000 people" is one rate (per 100,000), no count; "eased to
# 3.2% from 3.5%", "down from 3.5 percent" leave out the figure it came from; "reduce
# headcount by 1,150" counts jobs; "over", "under", "during" after a figure are no unit;
# "$1.2-billion", "1.2 billion USD", "5.25%-5.5%", "between 5% and 6%" are read whole, and
# "rose from 3.1% to 3.5%" is 3.5%.  Also 33: "Jobless claims climbed", "Police reports show"
# and "Hospitals have admitted 45 patients" have no speaker, and a common plural opening a
# sentence ("Hospitals said") is a bare group, as are "Farmers in the valley" and "Experts not
# involved in the research"; "rejected the accusation" points at the claim that accused, not
# the accuser's protest or advice; "say no." ends a sentence, and an answer to the outlet's
# question ("Several diplomats say no.") is compared with it ("Will the talks resume? No.");
# "Marsh cautioned that", "Cardiologist Raj Patel", "City will appeal, the club said" speak.
# Also 33: "a 40-million-dollar deal" is money; "98
# cents" is $0.98 ("20 pence" £0.20); "2.5 times more likely", "three times as many",
# "twice as high", "a 2.5-fold rise" are ratios (kind "ratio"), no counts; "arrested three
# times" counts times, not people; "compared with $40m a year earlier" leaves that figure out.
# 10: speeds ("150 mph", "240 km/h"); "a quarter point" and "25 basis points"
# are changes in percentage points; "six weeks" is 42 days, not about 42; "A, officials
# said" and "Officials said A": the frame is cut from the claim, which stays the outlet's;
# "Rising prices hurt sales, the company said" keeps its claim; "the bank" is no "company"
# (9: "“A,” said X. “B.”": B is X's too; "a magnitude 6.8 earthquake" is a
# magnitude; "Explosion reported near the capital" names no speaker; "Q? No, says X" is one
# sentence; "nobody was hurt" is a count of 0; "X said A, while Y said B" is two claims;
# "charged the crowd" names no speaker; "doubles the risk" is a change of 100 %; "Looting
# erupted overnight, police said" keeps its claim;
# 8: a common word opening a sentence is no name ("Residents of Kessin" -> "Kessin");
# 7: "from 500 to 300" is 300; "Organisers of the march said"; 6: estimates, ages)
# 34: captions, corrections, "X said:" paragraphs, "This was reported by X", "Claim:", "A:" lines
# 35: "has learned from", "As X reported,", press-release openers, "the Kremlin" no person, bios
# 36: "officials in Austin, Texas, said": the state after a place is no speaker; a
#     "sentence" over 1,000 characters (no full stops) is cut at a clause mark or a space; "the
#     opposition Kuomintang said" is the Kuomintang's
# 37: "the Chinese embassy in Abuja said", "The main opposition party, the Kuomintang, said",
#     "The head of the ... embassy", "No 10 said"; an unnamed source relayed by a named agency
#     ("has learned from a source", "a source told AFP", "a report cited by Interfax") is the
#     agency's; a count counts the head noun after its modifiers ("35 Chinese aircraft"),
#     plurals to their singular ("sorties"), "24 others" people, spaced hyphens ("4 - years -
#     old"), "pct"/"hrs"; places of every country, state and province ("near Siesta Key,
#     Florida": both places)
# 38: a man's title or "he" names no woman the article named, nor a woman's a man ("Mr.
#     Trump" after "Melania Trump"); "Trump and first lady Melania Trump": the surname alone
#     stays his; "Rep. X of Minnesota ... when she"; "Various reports" name no one; "8% of its
#     global workforce" is a share of the workforce; index names ("S&P 500", "CSI 300") and
#     a Title Case headline's "Windows 8 Climbs" count nothing; "S&P", "J&J" one name;
#     "nine-month-old" an age; a number word inside a name ("the Xbox One") or a record level
#     ("Five-Year Low") counts nothing; a count counts a compound's head ("two gas pipeline
#     projects": projects); "Reports said", "according to officials" name no one; "Amal Idris of
#     the Refugee Council ... She said"; "insisted X do" is a demand; "he"/"she" is never a
#     body; "Trump's remarks ... He said" is Trump
# 39: a document speaks with its author's voice ("according to reports from Reuters", "a poll
#     by X", "a CBS News poll released Sunday found"); a reporting verb inside a relative clause
#     frames nothing ("Biden's speech, in which he has suggested ..., drew criticism"); a
#     surname two people share names the one the article tells apart, else stays as written;
#     Title Case names hold no count ("Formula One Title", "Channel 4 Drops", "Metro 2033",
#     "Xbox 360 Sales Slump", "Five Guys Opens", "(Xbox One / 360 / PC)"), a place before the
#     figure keeps it ("Syria 10 Rebels Surrender"); a month's name is a whole word ("2
#     Separate Businesses"); a name stops at "Whether", "Perhaps" opening a clause, at "UN"
#     before a first name, at a break in the text ("U.S.   James Comey")
# 40: ages told by a death, a clause or the speaker ("Dead At 57", "Now 25,", "I'm 41,",
#     "turns 5"); a quoted title's, a label's and an emergency number count nothing
#     ("“Battlefield 4”", "Fortune 500 companies", "Model 3 cars", "Week 1", "Calls 911"); an
#     adverb, a contraction or a headline's capitalised singular word is no unit; a race's
#     "10,000m" is metres; "500 Model 3 sedans" counts sedans; "He is now 30," is an age;
#     "iOS 8.2" counts nothing; a plural subject's or a headline's present frames a claim
#     ("Many Democrats claim that", "Trump tweets that"); after an opening clause ("As he ...,
#     Mr. Trump repeated") "he" names the main clause's subject
# 41: verbs of notice frame a claim, so a pronoun goes on with the speaker ("He highlighted
#     ...", "She points out that", "recalls that"); "One Republican adviser said" reads as
#     "A Republican adviser said", counted aides and advisers as counted diplomats; a singular
#     count counts the noun after its adjectives ("One glaring absentee", "one police
#     officer"), not an adjective after its noun ("one official familiar with"); a title's
#     number counts nothing ("Grand Theft Auto 5 Release", "Windows 10 Update"); "a 1m-long
#     fence" is metres; a participle before its noun is no reported clause's verb ("has
#     highlighted certain alleged crimes"); a count of who speaks ("one former official
#     said", "Two senior aides told") is no figure of the claim; counted unnamed sources
#     frame a claim ("Two people familiar with the matter said", "Three U.S. officials told
#     Reuters"), their qualifier no part of the speaker; a long tail after a trailing frame
#     ("..., U.S. officials said on Wednesday as they released ...") is no reported clause;
#     a told outlet named by a common noun ("told the newspaper") or an interviewer is cut
#     with the frame; an irregular past ("said the strike hit a depot") is a reported
#     clause's verb; one unnamed source reads like counted ones ("A source familiar with the
#     matter said")
# 42: a bare unnamed source ("A source told reporters", "An insider said") reads as a
#     qualified one; a count in a trailing frame (", two officials told Reuters.") is no
#     figure; an interviewer by role and name ("told Fox News host Sean Hannity") is cut with
#     the frame; a frame set inside the claim ("The plan, officials said, would cost ...") or
#     after a connective ("However, Smith said, ...") is cut; a named speaker's words an
#     outlet relays at the end ("..., the Associated Press reported.") are the speaker's; a
#     Title Case headline's frame, leading or trailing ("Noyer Says ...", "..., MTA Says"),
#     is its speaker's; one witness reads as witnesses; a person described before the name
#     ("pace bowler James Anderson"), a body after its place ("Seattle police"), a party tag
#     in brackets, a second verb of saying ("... but said") and an appositive without its
#     closing comma give the named speaker; a group described by its modifiers ("Some
#     Republican senators have said") and a long description after "said X" are cut as
#     frames; a passive "reported" names no one; a singular count counts the noun past an
#     adverb and adjective ("one particularly radical idea") and past a name run; "one"
#     standing for a noun is no figure; "a mile", "half a ton" are one and a half of a unit;
#     "18-year-olds" are an age; "hundreds of millions of dollars" is money of $200m-$999m;
#     "two or three members" one range; "three and a half years" 3.5 years; "over" after a
#     verb of extent or happening is no bound ("spread over 55,000", "took place over three
#     days"); "two hundred" is 200; "two 17-year-olds" count people; "aged six months" is an
#     age
# 43: "what X said was ..." is no frame; a lower-case headline's frame without its article
#     ("Fed official says ...", "..., Iraqi diplomat says") is cut; a time after the verb
#     ("said on Wednesday ...") leaves the core; a count's noun past joined words ("18
#     Portland, Oregon protesters"); a figure hyphened to the noun it counts ("1,400-page
#     bill"); "past few decades"; set phrases with "one"/"first" ("for one thing") are no
#     figure; a year before the noun it dates ("2020 hopefuls") is a year
# 44: "he"/"she" is never a group named by a lower-case plural; a subject named by a title
#     alone ("The president hinted") makes its holder the next "he"; "X did Y and said A" is
#     X's where A is no clause to cut out; "Five of eight bills" counts bills; "trans people"
#     counts people; "a 280-pound catfish" weighs 280 lb; "several hundred thousand" is
#     300,000-900,000; a word of doubt is no unit; "12 contentious years" is a duration; "one
#     thing" announcing a point is no count; a contraction is no name; a name ending in a
#     generic head is keyed with the word that tells it apart ("S&P 500 Index")
# 45: "It said" is never a person the article shows to be one: the body named just before,
#     else the outlet; a headline's description with any verb of saying speaks ("US official
#     confirms"); a described outlet speaks by its name ("Itar-Tass news agency said"); "Report
#     claims" names no one; military ranks are titles; "alleged" before a noun says nothing; a
#     singular described person speaks as described ("Former U.S. soldier says"); "X said of
#     Y" is X's, "as X argued" X's; a name keeps its long apposition; decades told in part
#     ("mid-1990s", "'90s"), pounds weighed or lost, a town and state between commas, ZIP
#     codes, "7 pounds, 4 ounces", "in his late 80s"; the United States keys as `us`, G7 and
#     G20 apart, "S&P 500 Index" one name, DNC and RNC apart; "warned of the dangers that
#     X poses" is no report of "X poses"; ", arguing that A" after a main clause is its
#     subject's A; "calls it quits" is a deed; a verb of saying in a "when" clause frames
#     nothing; a described speaker denying a plan speaks ("Saudi airline rep denies plan");
#     "Prime Minister of Armenia Nikol Pashinyan" names both; "Standard & Poor's 500 Index"
#     and "3 St. Louis goals" count no 500 and no "st".
# 46: "in their 50s and 60s" is one age span; "12 St. James Street" is an address; Room,
#     Suite, Exit, Title and H.R. numbers are designations; "1950 - 53" and "2019-20" are
#     years; a wire headline's "(2)" and "401(k)" are no figures; "lay off 5,000" counts jobs;
#     "Islamic State", "Homeland Security" are whole names; a Title Case headline's "Prime
#     Minister of Armenia Resigns" names Armenia; "Food and Drug Administration" is one name;
#     a verb of saying in a later after/since/as clause frames nothing; "denied the report,
#     saying" reports no clause; "Roger J. Stone Jr" is Roger Stone; headline credits across
#     a colon ("...: police"); "police and the FBI said" is one joint voice; "the exchange
#     said" is a body; "X's online edition" speaks as X; transcript fillers ("uh -") are
#     skipped.
# 47: names an article defines ("Doctors Without Borders (MSF)") carry their other form; "Bosnia
#     and Herzegovina", "Islamic State of Iraq and the Levant" are one name; a Title Case
#     "Secretary of State Resigns" names no person; a bare surname carries the one full name
#     its article gives; years 1000-1799 after a time word; "liberal at 20" is an age; "one
#     way to" counts nothing; an act verb with nothing told after it ("recalled 1.2 million
#     cars", "called Putin on Tuesday") narrates, so its doer is no speaker; "According to
#     people familiar with X's thinking, X believes" is hearsay; "repeated that" reports.
# 48: a gap of 3+ spaces before a capital ends a sentence (a headline glued to its next line);
#     photo captions are furniture; a list closed by "; and" stays one claim; a bare frame
#     after a quote ending in ! or ? stays with it; "Icahn Claims ... Cost Shareholders" and
#     "Smith claims the company hid" are frames; "the suit" / "the new suit" are the voice
#     "lawsuit"; "Two Rivers Council" keeps its number word; "..., GOVERNMENT SAYS" and
#     "Fed's Plosser: ..." credit a speaker; an all-caps headline names nothing. Clustering
#     changed with it (two acts at two towns or times, pointed nouns read with their
#     antecedents, a lone shared word no longer lifts a pair over the threshold, "we" of two
#     speakers), so stores re-read re-cluster too.
# 49: a bare quotation after "X spoke to reporters" or repeated from a quoted speaker is
#     theirs; "Israel's prime minister says" is the one person the article so titles; a
#     frame's "he" skips names inside the quotation it closes; "house"/"palace" name bodies,
#     never "he"; a verb of saying inside "the day he announced X" or a noun's relative
#     clause frames nothing; an all-caps headline keeps the names that are names in any
#     case; "Janet Yellen: ..." credits her. Clustering changed with it (figures of two
#     times, open questions, two occasions of one kind), so stores re-read re-cluster too.
# 50: "Netanyahu: ..." credits the one person the article names in full with that surname;
#     "CARL ICAHN: ..." before a mixed-case headline credits him; "As X reported: ..." is X's;
#     a paragraph opening on a bare quotation after a speaker's quoted paragraph is theirs; a
#     caption's "(left)" or closing wire date makes the line a caption; "The Democrat said" is
#     the person the article gave that party ("the Democrat" where it gave none); "Sen. X" is
#     "the senator" after; "they" after a group's sentence names no body. Clustering changed
#     with it (one act told of two named agents: "Pompeo met Kim" / "Trump met Kim").
# 51: a document speaks for its author ("'...,' X's statement read", "a statement from X
#     said"); "FoxNews.com" is Fox News; a quotation, a name and an occasion with no verb is
#     the name's; "As X reported: Y said" is Y's; a rare "Word:" opening a one-line headline
#     and "...: Fed President X" credit that person; HTML tags in a body are read as breaks
#     and spaces, emoji and invisible characters as spaces; a glued "Read more: URL" is cut
#     off. Clustering changed with it (two claims sharing no word, name or speaker lose 0.1;
#     a meeting's agents told by title or pronoun).

__all__ = [
    "READING",
    "Attribution",
    "ClaimExtractor",
    "SentenceClaimExtractor",
    "SpeakerContext",
    "find_entities",
    "find_numbers",
    "find_speaker",
    "is_furniture",
    "named_subject",
    "split_sentences",
    "without_caveat",
]


class ClaimExtractor(Protocol):
    def extract(self, article: Article) -> list[Claim]: ...
