"""Small news stories written for the tests (not from any dataset)."""

MARCH = [  # one story, three outlets, two days: who counted how many
    ("City Tribune", "2026-05-02", "Tens of thousands of people marched through Lisbon on "
     "Saturday against the pension reform. Police said 35,000 people took part in the march. "
     "Organisers put the turnout at 250,000. The march was largely peaceful, though police "
     "arrested 12 people after scuffles near parliament."),
    ("Morning Standard", "2026-05-02", "About 250,000 people joined Saturday's march in Lisbon "
     "against the pension reform, the union federation CGU said. The interior ministry "
     "estimated the crowd at 35,000. Police detained 15 people after clashes outside "
     "parliament, the ministry said."),
    ("Republic Post", "2026-05-03", "The government said on Sunday it would not withdraw the "
     "pension reform despite Saturday's protests in Lisbon. Around 40,000 people took part, "
     "according to police."),
]
OTHER_MARCH = [  # another protest, in another city, a week later
    ("Street Voice", "2026-05-09", "Thousands of people marched through Porto on Saturday "
     "against the new housing law. Organisers put the number of marchers at 15,000. The "
     "organisers said 45 people were arrested."),
    ("City Gazette", "2026-05-09", "About 5,000 people took part in a protest against the "
     "housing law in Porto, police said. Police said 40 people were arrested in Porto."),
]
TURNOUT = [  # two counts in one sentence, each its own voice's
    ("People's Voice", "2026-11-25", "Tens of thousands of protesters marched through Valmora "
     "on Tuesday against the pension reform. Organisers said 250,000 people took part, while "
     "police put the turnout at 40,000."),
    ("Valmora Wire", "2026-11-25", "Protests against the pension reform turned violent in "
     "Valmora on Tuesday. About 40,000 people took part in the march, police said."),
]
RAID = [  # one operation, three outlets: what it is called, and why people left
    ("Northern Herald", "2026-03-10", "Government troops launched an offensive in the Valdora "
     "region on Tuesday, shelling villages near the border. At least 14 civilians were killed "
     "in Kessin, local doctors said. Thousands of residents were forced to flee their homes, "
     "aid groups said. The defence minister attacked the reporting as biased."),
    ("State Daily", "2026-03-11", "Security forces began a counter-terrorism operation in the "
     "Valdora region on Tuesday, the defence ministry said. Residents of Kessin left "
     "voluntarily for shelters in the provincial capital, officials said. The ministry said "
     "the operation would end within days."),
    ("Border Monitor", "2026-03-11", "The operation in the Valdora region began on Tuesday "
     "with troops entering Kessin. Families who fled said they had no choice but to go."),
]
OTHER_RAID = [  # another operation, elsewhere, a month later
    ("Coastal Times", "2026-04-14", "The navy began an anti-terror operation off the Marren "
     "coast on Monday, the admiralty said. The admiralty said the operation would end within "
     "days. Fishermen in Port Ilse stayed ashore."),
]
CAPITAL = [  # one night's strike, two outlets, two spellings of the city (and two officials)
    ("Eastern Courier", "2026-06-03", "Air raid sirens sounded across Kyiv on Tuesday night. "
     "City officials said two apartment blocks were hit. Deputy mayor Lars Hansen said "
     "repairs would start on Wednesday."),
    ("Western Ledger", "2026-06-03", "Two apartment blocks were hit in Kiev overnight, city "
     "officials said. Emergency crews worked until dawn, said fire chief Anna Hanson."),
]

BORDER = (  # one side reports, the other denies: the story's central dispute
    ("Kyiv Daily", "2026-04-07", "Russian troops crossed the border near Kharkiv early on "
     "Tuesday, Ukraine's defence ministry said. At least 12 civilians were killed in the "
     "shelling of Vovchansk, regional governor Oleh Syniehubov said. The ministry said "
     "Ukrainian forces had repelled the attack."),
    ("Moscow Herald", "2026-04-07", "The Russian defence ministry denied that its troops had "
     "crossed into Ukraine. It said Russian forces had struck military targets near Kharkov "
     "with precision weapons. The strikes were retaliation for attacks on Belgorod, ministry "
     "spokesman Igor Konashenkov said."),
    ("Euro Wire", "2026-04-07", "Ukraine said Russian forces launched a cross-border incursion "
     "near Kharkiv on Tuesday. Nine civilians died in Vovchansk, according to local "
     "officials. The European Union condemned the attack."),
)
RALLY = [  # one day's rally, three outlets; the first two share no claim, each one with the third
    ("Capital Times", "2026-06-14", "Tens of thousands of people marched through Valdora on "
     "Saturday to protest against the new pension law. The protest was peaceful, organisers "
     "said. Police estimated the crowd at 18,000, while organisers put it at 60,000. The "
     "interior minister said the march had been hijacked by a violent minority. Twelve people "
     "were arrested."),
    ("State News Agency", "2026-06-14", "Rioters clashed with police in central Valdora on "
     "Saturday, injuring 14 officers. According to the interior ministry, about 18,000 people "
     "took part in the unauthorised rally. Thirty people were detained for vandalism. The "
     "government says the pension reform is necessary to keep the system solvent."),
    ("Free Voice", "2026-06-15", "Police used tear gas against peaceful protesters in Valdora "
     "on Saturday, witnesses said. Organisers said more than 60,000 people joined the march "
     "against the pension law. The police did not use tear gas, the interior ministry "
     "insisted. At least 25 protesters were arrested, according to a lawyers' group."),
]
RANSOM = [  # one claim and its plain negation, in near words, from two outlets
    ("Tech Ledger", "2026-06-02", "A ransomware attack has disrupted systems at Meridian "
     "Health's 14 hospitals, the company said. The hackers demanded $4 million in bitcoin. "
     "Meridian said it had not paid the ransom. Patient records were stolen in the attack, a "
     "security researcher said. Ambulances were diverted to other hospitals."),
    ("City News", "2026-06-02", "Meridian Health said no patient data had been stolen. The "
     "attackers asked for a ransom of about $5m. All 12 of Meridian's hospitals remained open, "
     "the company said. A group calling itself BlackVault claimed responsibility for the "
     "attack."),
    ("Security Weekly", "2026-06-04", "Meridian Health paid the hackers a ransom of $4 million, "
     "two people familiar with the matter said. The company declined to comment on the "
     "payment. BlackVault published samples of patient records on its leak site. Systems at "
     "the hospitals were restored on Thursday."),
]
FLIGHT = [  # the passengers and the injured, counted in claims no cluster joins
    ("Air Journal", "2026-11-02", "A Skyway Airlines jet made an emergency landing in Denver "
     "on Monday after an engine caught fire, the airline said. All 178 passengers and six "
     "crew were evacuated safely. The plane landed about 20 minutes after take-off. The "
     "engine had been inspected last month, the airline said."),
    ("Denver Post-Dispatch", "2026-11-02", "Passengers on the Skyway flight said they saw "
     "flames coming from the left engine. Eleven people were treated for minor injuries "
     "after sliding down the emergency chutes. The airline said there was no fire, only an "
     "engine failure. The plane was carrying 172 passengers."),
    ("Travel Wire", "2026-11-03", "The aviation regulator grounded 14 Skyway jets of the same "
     "model pending inspections. Skyway said the engine failure was caused by a bird strike. "
     "No one was injured in the incident, the airline said. The airline said flights would "
     "resume on Thursday."),
]

QUAKES = [  # two earthquakes of one week in two provinces; some reports name no town
    ("Coast Times", "2026-03-03", "The death toll from Monday's earthquake in Veranza province "
     "rose to 67 on Tuesday, the civil protection agency said. The main hospital in Calamo "
     "was forced to close. Rescue teams were still searching for survivors under the rubble."),
    ("Veranza Today", "2026-03-03", "Rescuers pulled four survivors from the rubble of an "
     "apartment block in Calamo on Tuesday. The quake killed 61 people, according to the "
     "latest official figures. Some 7,500 people are living in temporary shelters."),
    ("Global Wire", "2026-03-04", "A magnitude 6.8 earthquake struck the eastern province "
     "early on Tuesday, killing at least 42 people. The quake's epicentre was 12 km south of "
     "the city of Karsan, the geological survey said. Rescue teams were still searching for "
     "survivors under the rubble."),
    ("Daily Courier", "2026-03-04", "The death toll from Tuesday's earthquake has risen to 57, "
     "officials said. The quake was centred about 15 kilometres south of Karsan."),
    ("Regional Times", "2026-03-05", "At least 60 people died in the earthquake, and hundreds "
     "were injured. Rescuers were still pulling survivors from the rubble on Wednesday."),
]

WARNINGS = [  # two stories a month apart, each with warnings said to be ignored
    ("Mining Journal", "2026-09-08", "Thirty miners are trapped underground after a tunnel "
     "collapsed at the Copper Ridge mine near Halvik on Tuesday, the mine operator said. "
     "Rescue teams "
     "were drilling a shaft to reach the men."),
    ("Regional Wire", "2026-09-10", "Rescuers freed 28 miners from the Copper Ridge mine near "
     "Halvik on Thursday. The union said the mine had ignored warnings about unstable rock."),
    ("City Wire", "2026-10-13", "A highway bridge collapsed in Rivena on Monday, killing "
     "seven people, the mayor said. Engineers had warned about cracks in the structure."),
    ("Daily Standard", "2026-10-14", "The transport minister denied that warnings about the "
     "bridge had been ignored. Divers recovered two more bodies from the river in Rivena."),
]

STORMS = [  # two storms of one week on two coasts; most claims name neither storm
    ("Bay Times", "2026-11-02", "Cyclone Mira made landfall near the port of Kadra on Sunday. "
     "At least six people were killed by falling trees. Power was cut to about two million "
     "homes."),
    ("Gulf Wire", "2026-11-02", "Mira hit the coast near Kadra with winds of 150 km/h. Four "
     "people died, officials said. About 180,000 people were moved to storm shelters."),
    ("Atlantic Post", "2026-11-04", "Storm Tomas battered the fishing town of Belrun on "
     "Tuesday. Nine people were killed by falling trees. About 40,000 homes lost power."),
    ("Shore Daily", "2026-11-04", "Tomas brought winds of 130 km/h to Belrun. Twelve people "
     "died, the coast guard said. More than 20,000 people were moved to storm shelters."),
]

# a riot's reports; the minister's names no place, its headline does
RIOT = [
    ("Capital Post", "2026-05-02", "Inmates rioted at the Sabana prison on Thursday, the "
     "prisons service said. Guards regained control of the prison after six hours.",
     "Deadly riot at Sabana prison"),
    ("Rights Monitor", "2026-05-02", "At least 13 inmates were killed in the Sabana prison "
     "riot, according to relatives. Families said guards opened fire on unarmed prisoners.",
     "Families demand answers after Sabana killings"),
    ("Evening Times", "2026-05-03", "Justice Minister Elena Ruiz said the unrest was quelled "
     "quickly. She said nine inmates had died and that an inquiry would be opened.",
     "Minister defends response to Sabana riot"),
]

# one wildfire as wire copy, a local paper's live blog and a campaign group's comment
WILDFIRE = [
    ("Wire", "2026-08-14", "SERRADA, Portugal (AP) — A wildfire in southern Portugal forced "
     "the evacuation of about 1,400 residents on Thursday as strong winds pushed the flames "
     "toward several villages, officials said. More than 1,200 firefighters were deployed, "
     "the Civil Protection Agency said. No deaths have been reported, but at least 14 people "
     "were treated for smoke inhalation, according to health officials."),
    ("Serrada Today", "2026-08-14", "Live updates: fire near Serrada\n14:05 Some 2,000 people "
     "were evacuated from villages around Serrada on Thursday as the fire spread, the mayor "
     "of Serrada told local radio.\n13:40 GMT: Around 1,000 firefighters are fighting the "
     "blaze, according to the Civil Protection Agency.\n13:10 Two people died when their car "
     "was caught by the flames, the mayor said."),
    ("Green Voice", "2026-08-15", "The fire that forced about 1,500 people from their homes "
     "near Serrada is no accident of nature. It is the result of decades of eucalyptus "
     "plantations. At least 14 people needed hospital treatment."),
]

# one collision at sea told by a foreign ministry's briefing, the other side's coast guard and
# a wire: roles that point back at a named speaker, a spokesperson "for" a body, the outlet's
# own question, and two voices at a semicolon
SHOAL = [
    ("Beijing Daily", "2026-11-03", "Foreign ministry spokesperson Mao Ning told reporters on "
     "Tuesday that two Philippine vessels had rammed a Chinese coast guard ship near the "
     "shoal. The diplomat emphasized that the Philippine ships had entered Chinese waters "
     "without permission. Will Manila stop its provocations? Mao said China had lodged a "
     "protest."),
    ("Manila Herald", "2026-11-03", "A spokesman for the Philippine Coast Guard said a "
     "Chinese coast guard ship had rammed two Philippine vessels near the shoal. Two "
     "Philippine crew members were injured in the collision, the spokesman said."),
    ("Asia Wire", "2026-11-04", "China said Philippine vessels had rammed its coast guard "
     "ship near the shoal; the Philippines said a Chinese ship had rammed its vessels. Two "
     "Philippine crew members were hurt, according to the Philippine Coast Guard."),
]

# a city-hall story told three ways: the mayor's curfew lifted, imposed or ended on one
# Monday; the protest ordinance vetoed or signed; the council's vote told in other words; an
# earlier veto of another ordinance, and a court's ruling on an appeal
HARLOW = [
    ("City Desk", "2026-07-20", "Mayor Tom Bakker lifted the curfew in Harlow on Monday after "
     "three nights of calm. The curfew had been in force since the riots of July 14. Police "
     "said 40 people had been arrested during the unrest. Bakker vetoed the council's "
     "ordinance banning street protests, his office said. Shops in the city centre reopened "
     "on Tuesday."),
    ("Harlow Herald", "2026-07-20", "Mayor Tom Bakker imposed a curfew in Harlow on Monday "
     "after fresh clashes. Police said 40 people had been arrested during the unrest. Bakker "
     "signed the ordinance banning street protests on Monday, according to council members. "
     "The council passed the ordinance last week by seven votes to two. Bakker vetoed the "
     "council's parking ordinance in May."),
    ("North Post", "2026-07-21", "The mayor ended the Harlow curfew on Monday, city officials "
     "said. The council approved the protest ordinance last week. The ordinance was signed "
     "into law by Mayor Bakker. A county court dismissed an appeal by two protesters who had "
     "been fined."),
]

ECONOMY = [  # one month's figures, three outlets over two days: a level then what it was
    ("Econ Wire", "2026-11-12", "Annual inflation eased to 3.2% in October from 3.5% in "
     "September, the statistics office said. The rate fell 0.3 percentage points in a month. "
     "The economy grew 0.4% in the third quarter compared with the previous quarter. The "
     "unemployment rate held at 4.1%. Initial jobless claims rose to 231,000 last week."),
    ("Daily Times", "2026-11-12", "Inflation slowed to just over 3 percent in October. "
     "Consumer prices rose 3.2 percent from a year earlier, down from 3.5 percent. Gross "
     "domestic product grew at an annual rate of 1.6% in the third quarter. Unemployment "
     "stood at 4.1 percent."),
    ("Money Post", "2026-11-13", "Inflation fell to 3.4% in October, the statistics office "
     "said. The economy expanded 0.4 per cent in the three months to September. Jobless claims "
     "climbed to 231,000. The jobless rate rose to 4.3%, the highest in two years."),
]
