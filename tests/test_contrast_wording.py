"""The contrast stage on names, labels and loaded wording, and on who is speaking."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from contrastkit import claim, contrast, ent, kinds, parsed, qty

from embeddings.types import Claim
from service.contrast import RuleContraster, pair_relation
from service.contrast.names import spelling_variant
from service.contrast.wording import loaded_words, log_odds_z


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Shushi", "Shusha", True), ("Aliyev", "Aliev", True), ("Pashinyan", "Pashinian", True),
    ("Armenia", "Albania", False), ("Iran", "Iraq", False), ("Armenia", "Armenian", False),
    ("Ukraine", "Ukrainian", False), ("Azerbaijan", "Azerbaijani", False),
    ("Minister", "Ministry", False), ("Austria", "Australia", False),
    # Ukrainian and Russian transliterations: a vowel more in a long name, "h" for "g", a
    # doubled last letter
    ("Avdiivka", "Avdeyevka", True), ("Chernihiv", "Chernigov", True),
    ("Bilhorod", "Belgorod", True), ("Zelenskyy", "Zelensky", True),
    ("Kramatorsk", "Kostiantynivka", False), ("Slovenia", "Slovakia", False),
    ("Gambia", "Zambia", False), ("Medvedev", "Medvedchuk", False),
    # Arabic transliterations: a last "h" for a vowel, the qaf as "q" or "g"; "k" and "g"
    # stay apart, and a vowel added at the end is still grammar
    ("Haniyeh", "Haniya", True), ("Abdullah", "Abdulla", True), ("Gaddafi", "Qaddafi", True),
    ("Kamal", "Gamal", False), ("Qatar", "Kotor", False), ("Kabul", "Gabul", False),
    ("Musah", "Musa", False),
])
def test_spelling_variants(a: str, b: str, same: bool) -> None:
    assert spelling_variant(a, b) is same


def test_name_variants_keep_each_sources_form() -> None:
    a = "President Ilham Aliyev visited the town on Sunday."
    b = "Ilham Aliev went to the town on Sunday."
    result = contrast(claim("outlet-a", a, entities=(ent(a, "President Ilham Aliyev"),)),
                      claim("outlet-b", b, entities=(ent(b, "Ilham Aliev"),)))
    names = next(d for d in result.differences if d.kind == "names")
    assert not names.conflict
    assert {(e["source"], e["form"]) for e in names.evidence} == {
        ("outlet-a", "Aliyev"), ("outlet-b", "Aliev")}
    row = next(e for e in names.evidence if e["source"] == "outlet-a")
    assert a[int(str(row["start"])):int(str(row["end"]))] == "Aliyev"
    assert result.relation == "agree"


def test_gazetteer_links_names_spelling_cannot() -> None:
    a = "Shelling hit Stepanakert overnight."
    b = "Shelling hit Khankendi overnight."
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    names = next(d for d in result.differences if d.kind == "names")
    assert {(e["source"], e["text"]) for e in names.evidence} == {
        ("outlet-a", "Stepanakert"), ("outlet-b", "Khankendi")}
    assert "Stepanakert" in names.summary and "Khankendi" in names.summary
    assert result.relation == "agree"


@pytest.mark.parametrize(("a", "b"), [
    # names of multi-word places and of groups, each outlet's choice kept
    ("Two tankers sank in the Gulf of Mexico.", "Two tankers sank in the Gulf of America."),
    ("The Islamic State claimed the bombing.", "Daesh claimed the bombing."),
    ("Missiles struck Lvov on Monday.", "Missiles struck Lviv on Monday."),
    ("Fishing boats gathered near the Nansha Islands.",
     "Fishing boats gathered near the Spratly Islands."),
    ("The talks were held in Kishinev.", "The talks were held in Chisinau."),
])
def test_gazetteer_links_renamed_places_and_groups(a: str, b: str) -> None:
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    names = next(d for d in result.differences if d.kind == "names")
    assert {e["source"] for e in names.evidence} == {"outlet-a", "outlet-b"}
    assert result.relation == "agree"


def test_a_capitalised_word_is_no_short_name_of_a_group() -> None:
    # "IS" would be a name of the Islamic State, and it is a word of every all-caps headline
    result = contrast(claim("outlet-a", "THE WAR IS OVER, ISIS LEADER SAYS"),
                      claim("outlet-b", "The war is over, the Islamic State leader says."))
    named = {e["text"] for d in result.differences if d.kind == "names" for e in d.evidence}
    assert "IS" not in named, named


def test_user_gazetteer_extends_the_shipped_one(tmp_path: Path) -> None:
    extra = tmp_path / "names.json"
    extra.write_text(json.dumps({"groups": [{"names": ["Ruritania", "Graustark"]}]}))
    a, b = "Ruritania held elections.", "Graustark held elections."
    result = RuleContraster(toponyms=extra).contrast([claim("x", a), claim("y", b)])
    assert "names" in kinds(result)


def test_same_name_everywhere_is_no_difference() -> None:
    a, b = "Kyiv was hit by drones.", "Drones struck Kyiv."
    assert "names" not in kinds(contrast(claim("x", a), claim("y", b)))


def test_loaded_words_found_only_on_one_side() -> None:
    a = "The regime's militants launched a brutal incursion into the valley."
    b = "Government troops entered the valley."
    result = contrast(claim("x", a), claim("y", b))
    wording = [d for d in result.differences if d.kind == "wording"]
    assert wording and all(not d.conflict for d in wording)
    assert {e["voice"] for d in wording for e in d.evidence} == {"x"}
    found = {e["text"] for d in wording for e in d.evidence}
    assert {"militants", "brutal", "incursion"} <= found
    # "regime" vs "Government" is a contest of labels; nothing factual is disputed
    assert {d.kind for d in result.differences if d.conflict} == {"terminology"}


def test_voices_sharing_a_loaded_word_are_one_difference() -> None:
    # two outlets of three call him a dictator: one difference of the two, not "only A"
    # and then "only B"
    a = claim("Post", "Pompeo met North Korean dictator Kim Jong Un over Easter weekend.")
    b = claim("Herald", "CIA chief Pompeo met the dictator Kim Jong Un at Easter.")
    c = claim("Times", "Pompeo met North Korean leader Kim Jong Un over Easter weekend.")
    wording = [d for d in contrast(a, b, c).differences if d.kind == "wording"
               and any(e["text"] == "dictator" for e in d.evidence)]
    assert len(wording) == 1
    assert wording[0].summary.startswith("Only Herald and Post use the loaded wording “dictator”")
    assert {e["voice"] for e in wording[0].evidence} == {"Herald", "Post"}


@pytest.mark.parametrize("text", [
    "The ministry said the inspection regime under the deal is among the strictest.",
    "Both sides were asked to strictly observe the ceasefire regime.",
    "The country wants a visa-free regime with the union.",
    "Exporters complained about the sanctions regimes of the West.",
])
def test_a_regime_of_rules_is_no_loaded_word(text: str) -> None:
    assert not loaded_words(text)
    # nor a name for the authorities set against "the government"
    other = claim("y", "The government said the rules would stay.")
    assert "terminology" not in kinds(contrast(claim("x", text), other))


def test_loaded_words_spans() -> None:
    text = "A so-called referendum followed the occupation."
    spans = loaded_words(text)
    assert [(text[s:e], t) for s, e, t in spans] == [("so-called", "so-called"),
                                                       ("occupation", "occupation")]


@pytest.mark.parametrize("text", [
    "A fire at the plant forced the evacuation of 1,200 residents.",
    "Storms forced the closure of the airport on Monday.",
    # what a hazard forced people to do
    "A wildfire forced about 12,000 residents to flee their homes.",
    "The flood, the worst in decades, forced 3,000 families from their homes.",
])
def test_what_an_event_forced_is_told_plainly(text: str) -> None:
    assert "forced" not in [t for _, _, t in loaded_words(text)]
    assert "forced" in [t for _, _, t in loaded_words("The army forced civilians to flee.")]


@pytest.mark.parametrize("text", [
    "Daniel Oroso claimed victory in the election.",
    "The rebels' commander claimed responsibility for the attack.",
    "The floods have claimed 30 lives.",
    "No group has claimed the attack.",
    "The militants claimed the bombing in a statement.",
])
def test_claimed_in_a_set_phrase_casts_no_doubt(text: str) -> None:
    assert "claimed" not in [t for _, _, t in loaded_words(text)]
    assert "claimed" in [t for _, _, t in loaded_words("Oroso claimed the count was fair.")]


@pytest.mark.parametrize("text", [
    # a toll told with a bound, or of one life
    "The floods have claimed more than 30 lives.",
    "The crash claimed the life of a pilot.",
    # a regime of care: of drugs, of therapy
    "Patients on the new drug regime recovered faster.",
])
def test_a_toll_or_a_course_of_care_is_told_plainly(text: str) -> None:
    assert not loaded_words(text)


@pytest.mark.parametrize(("text", "loaded"), [
    # taken into a hospital, an alliance or a school: the plain sense of "admitted"
    ("Hospitals have admitted 45 patients with severe symptoms.", False),
    ("Forty people were admitted to hospital overnight.", False),
    ("She was admitted into intensive care on Monday.", False),
    ("Hospitals admitted dozens of patients after the leak.", False),
    ("Turkey was admitted to NATO in 1952.", False),
    # owning up to something: the word casts the statement as a confession
    ("The minister admitted that mistakes were made.", True),
    ("She admitted to taking bribes.", True),
    ("The hospital admitted it had lost patient records.", True),
    ("He admitted 12 counts of fraud.", True),
    ("He admitted killing three people.", True),
])
def test_admitted_is_loaded_only_as_a_confession(text: str, loaded: bool) -> None:
    assert ("admitted" in [t for _, _, t in loaded_words(text)]) == loaded


def test_patients_admitted_are_no_outlets_framing() -> None:
    # one count of patients told two ways: a figure to compare, no loaded wording
    result = contrast(parsed("Health News", "Hospitals have admitted 45 patients."),
                      parsed("City Post", "Forty-five people are in hospital."))
    assert "wording" not in kinds(result), result.differences


@pytest.mark.parametrize(("text", "word", "loaded"), [
    # water that floods, a tsunami the sea sends, goods seized by the police: what happened
    ("Streets were flooded after the river burst its banks.", "flooded", False),
    ("Homes in the valley were flooded by the river.", "flooded", False),
    ("The tsunami killed 200 people along the coast.", "tsunami", False),
    ("Police seized 2 tonnes of cocaine at the port.", "seized", False),
    ("Customs officers seized a shipment of ivory.", "seized", False),
    # the figures of speech the lexicon means, and land taken by force
    ("The border was flooded with migrants, the senator said.", "flooded", True),
    ("A tsunami of lawsuits followed the ruling.", "tsunami", True),
    ("Rebels seized the town on Sunday.", "seized", True),
])
def test_a_word_in_its_plain_sense_is_not_loaded(text: str, word: str, loaded: bool) -> None:
    assert (word in [t for _, _, t in loaded_words(text)]) == loaded


def test_words_outside_a_quotation_are_the_outlets() -> None:
    # the claim is the speaker's; the words it is told in are the outlet's, except in quotes
    told = claim("Wire", "Erdogan voiced support for the offensive in the region.",
                 speaker="Erdogan")
    quoted = claim("Paper", "Colonna said the operation was “illegal and brutal”.",
                   speaker="Colonna")
    result = contrast(told, quoted)
    owners = {e["text"]: e["voice"] for d in result.differences if d.kind == "wording"
              for e in d.evidence}
    assert owners["offensive"] == "Wire"  # not Erdogan's word: he is not quoted
    assert owners["brutal"] == "Colonna"  # inside the quotation marks
    summary = next(d.summary for d in result.differences
                   if d.kind == "wording" and "offensive" in d.summary)
    assert summary.startswith("Only Wire uses") and "Erdogan" in summary
    # "according to the separatist authorities": the label names the speaker in the
    # outlet's words
    frame = claim("Paper", "According to the separatist authorities, 70,000 people have fled.",
                  speaker="separatist authorities")
    frame = replace(frame, core="70,000 people have fled.")
    other = claim("Wire", "Officials said that 70,000 people had left.", speaker="Officials")
    owners = {e["text"]: e["voice"] for d in contrast(frame, other).differences
              for e in d.evidence if d.kind == "wording"}
    assert owners.get("separatist") == "Paper"
    # a speaker named in lower case ("a senior US official") is named all the same
    official = claim("Wire", "A senior US official voiced frustration that the brutal siege "
                     "went on.", speaker="senior US official")
    owners = {e["text"]: e["voice"] for d in contrast(official, other).differences
              for e in d.evidence if d.kind == "wording"}
    assert owners.get("brutal") == "Wire"


def test_a_quotation_running_over_sentences_keeps_its_speakers_words() -> None:
    # a sentence that names no speaker carries one only because a quotation runs on from the
    # sentence before: its words are the speaker's, as is a pair of opposite labels
    own = claim("Outlet", "The refusal to travel to occupied Shushi was one of the reasons.",
                speaker="Babayan")
    other = claim("Agency", "The ambassadors did not travel to liberated Shusha.")
    result = contrast(own, other)
    term = next(d for d in result.differences if d.kind == "terminology")
    assert {e["voice"] for e in term.evidence} == {"Babayan", "Agency"}
    names = next(d for d in result.differences if d.kind == "names")
    assert {e["voice"] for e in names.evidence} == {"Babayan", "Agency"}
    # the same sentence told of a named speaker is the outlet's wording
    told = claim("Outlet", "Babayan blamed the refusal to travel to occupied Shushi.",
                 speaker="Babayan")
    term = next(d for d in contrast(told, other).differences if d.kind == "terminology")
    assert {e["voice"] for e in term.evidence} == {"Outlet", "Agency"}


def test_one_word_negated_on_one_side_is_said_once_as_a_negation() -> None:
    result = contrast(claim("x", "Tomas Hale conceded defeat late on Sunday."),
                      claim("y", "Tomas Hale has not conceded defeat."))
    assert result.relation == "conflict"
    assert len(result.differences) == 1 and "“defeat” vs “defeat”" not in result.summary


def test_opposite_framing_terms_are_a_contest_of_labels() -> None:
    a = "Azerbaijan launched an offensive in the region."
    b = "Azerbaijan carried out local anti-terror operations in the region."
    result = contrast(claim("x", a), claim("y", b))
    term = next(d for d in result.differences if d.kind == "terminology")
    assert term.conflict
    assert {e["text"] for e in term.evidence} == {"offensive", "anti-terror operations"}
    assert result.relation == "conflict"
    assert "opposing terms" in term.summary


def test_fightin_words_needs_repeated_use() -> None:
    background = Counter({"crackdown": 1, "protest": 50, "police": 80})
    once = log_odds_z(Counter({"crackdown": 1}), Counter({"police": 2}), background)
    often = log_odds_z(Counter({"crackdown": 12}), Counter({"police": 12}), background)
    assert once["crackdown"] < often["crackdown"]
    assert often["crackdown"] > 1.645


def test_own_voice_versus_attributed_is_a_speakers_difference() -> None:
    a = "Azerbaijani forces shelled the village."
    b = "Armenia says Azerbaijani forces shelled the village."
    result = contrast(claim("outlet-a", a), claim("outlet-b", b, speaker="Armenia"))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert not speakers.conflict
    assert "outlet-a" in speakers.summary and "Armenia" in speakers.summary


def test_an_outlet_quoting_several_parties_is_named_once() -> None:
    text = "The fighting in the region has stopped."
    result = contrast(claim("Wire", "The fighting has stopped, Baku said.", speaker="Baku"),
                      claim("Wire", "The fighting has stopped, Yerevan said.", speaker="Yerevan"),
                      claim("Daily", text))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert speakers.summary.count("Wire") == 1
    assert "Wire attributes it to Baku and to Yerevan" in speakers.summary


def test_unnamed_sources_are_not_the_outlets_own_voice() -> None:
    result = contrast(claim("Wire", "The talks broke up without a deal, diplomats said."),
                      claim("Daily", "The talks ended without a deal, Lavrov said.",
                            speaker="Lavrov"),
                      claim("Post", "The talks ended without a deal."))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert "Wire attributes it to unnamed diplomats" in speakers.summary
    assert "Post states it in its own voice" in speakers.summary


def test_a_voice_named_by_what_it_is_reads_as_a_sentence() -> None:
    from embeddings.claims.numbers import find_numbers

    def read(source: str, text: str, speaker: str | None = None) -> Claim:
        return claim(source, text, speaker=speaker, numbers=tuple(find_numbers(text)))

    result = contrast(read("Wire", "The plant will cut 400 jobs, the company said.", "company"),
                      read("Daily", "The plant will cut 900 jobs, the separatist authorities "
                                    "said.", "separatist authorities"))
    numbers = next(d for d in result.differences if d.kind == "numbers")
    assert "the number of jobs" in numbers.summary  # units are stored singular ("job")
    assert "the company says 400" in numbers.summary
    assert "the separatist authorities say 900" in numbers.summary
    denial = contrast(read("Wire", "The company denied that the plant will close.", "company"),
                      read("Daily", "The plant will close in May."))
    assert denial.summary.startswith("The company denies what Daily says")


def test_one_voice_only_agrees_with_no_differences() -> None:
    result = contrast(claim("x", "The war is over."), claim("x", "The war is not over."))
    assert result.relation == "agree" and not result.differences


def test_output_does_not_depend_on_input_order() -> None:
    claims = [claim("a", "The ambassadors did not attend the ceremony.", cid=3),
              claim("b", "The ambassadors attended the ceremony in Shushi.", cid=1),
              claim("c", "Ambassadors attended the ceremony in Shusha.", cid=2)]
    assert contrast(*claims) == contrast(*reversed(claims))


def test_pair_relation_compares_two_inputs_of_one_voice() -> None:
    relation, signals = pair_relation(claim("input", "The minister resigned."),
                                      claim("input", "The minister did not resign."))
    assert relation == "conflict"
    assert signals["differences"] == ["contradiction"]


def test_pair_relation_names_a_side_without_speaker_by_its_place() -> None:
    """Two free-text inputs share the source "input": a summary must not call one side that."""
    _, signals = pair_relation(claim("input", "Russian jets bombed the hospital."),
                               claim("input", "Its jets did not bomb the hospital.",
                                     speaker="Moscow"))
    summary = str(signals["contrast_summary"])
    assert "claim A" in summary and "Moscow" in summary and "input" not in summary.lower()


AGREEING_PARAPHRASES = [
    ("The talks ended without an agreement.",
     "The two sides failed to reach a deal and the talks ended."),
    ("The ceasefire did not hold.", "The ceasefire failed to hold."),
    ("Azerbaijan won the war and Armenia lost control of the region.",
     "Armenia lost the war, and Azerbaijan won back the region."),
    ("Prices rose sharply last month.", "Prices increased sharply last month."),
    ("No one was injured in the blast, police said.", "Nobody was hurt in the explosion."),
    ("The minister did not resign.", "The minister refused to resign despite pressure."),
    ("The company denied the allegations.", "The firm rejected the claims as baseless."),
    ("The bridge was closed to traffic after the storm.",
     "Authorities shut the bridge after the storm."),
    ("France has long supported Armenia.", "Paris does not hide its support for Armenia."),
    ("The envoy was not assigning blame for the fighting.",
     "The envoy declined to assign blame for the clashes."),
    ("The government is not only rebuilding roads but also schools.",
     "The government is rebuilding roads and schools."),
    ("The council rejected the proposal on Monday.",
     "On Monday the council voted down the proposal."),
    ("The president never visited the region during the war.",
     "During the war the president did not visit the region."),
    ("Neither side has accepted the plan.", "Both sides have rejected the plan."),
    ("The dam did not collapse.", "The dam held, engineers said, and did not collapse."),
    ("The report says unemployment fell last year.",
     "Unemployment dropped last year, the report says."),
    ("The region is internationally recognized as part of the country.",
     "The region is not foreign territory."),
    ("Officials said the vote was held peacefully and without incident.",
     "The vote passed off peacefully, officials said."),
]


@pytest.mark.parametrize(("a", "b"), AGREEING_PARAPHRASES)
def test_no_false_conflict_on_paraphrases(a: str, b: str) -> None:
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    assert result.relation == "agree", result.summary
    assert not any(d.conflict for d in result.differences)


def test_cluster_of_agreeing_paraphrases() -> None:
    texts = ["Rescuers pulled 12 survivors from the rubble on Tuesday.",
             "On Tuesday, a dozen survivors were pulled from the rubble.",
             "Twelve people were rescued alive from the collapsed building on Tuesday."]
    claims = [claim(f"outlet-{i}", t, cid=i,
                    numbers=(qty(t, w, 12, 12, u),))
              for i, (t, w, u) in enumerate(zip(texts, ["12", "a dozen", "Twelve"],
                                                ["survivors", "survivors", "people"],
                                                strict=True))]
    result = contrast(*claims)
    assert result.relation == "agree"
    assert not any(d.conflict for d in result.differences)
    assert result.summary.startswith("Sources agree")


def test_every_voice_that_denies_a_statement_is_named() -> None:
    report = "The minister said troops would cross the border within weeks."
    result = contrast(claim("paper", report, speaker="the minister"),
                      claim("paper", "The ministry later refuted this claim.",
                            speaker="Foreign Ministry"),
                      claim("paper", "This is an incorrect statement.", speaker="US Embassy"))
    [denial] = [d for d in result.differences if d.kind == "contradiction"]
    assert "Foreign Ministry" in denial.summary and "US Embassy" in denial.summary
    assert "deny what the minister says" in denial.summary


def test_loaded_words_are_learned_by_a_stated_rule() -> None:
    # marked in at least half of the sentences that use it, at least twice; a noun that
    # names a statement is never learned, its verb forms are
    from service.contrast.learn_loaded_terms import learn

    sentences = [
        ("Critics slammed the plan.", ["slammed"]),
        ("The mayor slammed the door on talks.", ["slammed"]),
        ("Unions slammed the budget.", []),
        ("The plan was unveiled.", ["unveiled"]),  # marked once only
        ("Budget cuts hit schools.", ["cuts"]),
        ("Cuts were announced.", []),
        ("Cuts to parks.", []),  # marked in one of three uses
        ("She refuted this claim.", ["claim"]),
        ("A claim nobody checked.", ["claim"]),
        ("He claimed the vote was rigged.", ["claimed"]),
        ("They claimed victory.", ["claimed"]),
    ]
    assert learn(sentences) == ["claimed", "slammed"]


def test_the_shipped_learned_words_are_what_the_rule_gives_on_babe_tune_topics() -> None:
    # provenance: the file is the output of learn_loaded_terms.py on the tuning topics only,
    # so the evaluation's BABE figures on the report topics are measured on unseen subjects
    from service.contrast.learn_loaded_terms import OUT, learn
    from service.evaluation import datasets as ds
    from tests.conftest import shared_path

    root = shared_path("eval", "babe").parent
    rows = ds.babe(root, ds.TUNE)
    shipped = json.loads(OUT.read_text(encoding="utf-8"))["loaded"]
    assert shipped == learn([(r.text, list(r.biased_words)) for r in rows])
    report_topics = {r.topic for r in ds.babe(root, ds.REPORT)}
    assert not report_topics & {r.topic for r in rows}
    # and the contrast uses them
    assert [w for _, _, w in loaded_words("Critics slammed the radical plan")] == \
        ["slammed", "radical"]


@pytest.mark.parametrize(("a", "b"), [
    # a fake report, tweet or photo: what it says is called untrue
    ("A lion escaped from the Valmont zoo.",
     "Fake news report claims a lion escaped from the Valmont zoo"),
    ("The mayor tweeted about the strike at the docks.",
     "Fake mayor tweet on the dock strike fools reporters"),
    # a rumour killed or put to rest
    ("A lion escaped from the Valmont zoo.",
     "Keepers put Valmont zoo lion escape rumour to rest"),
    ("The mayor of Dunmore was arrested for fraud.",
     "Police kill rumour of Dunmore mayor's fraud arrest"),
    # "isn't real", "is not a thing"
    ("A lion escaped from the Valmont zoo.", "The Valmont zoo lion escape isn't real"),
])
def test_a_story_called_fake_or_a_rumour_put_to_rest_is_denied(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # "fake" about a thing, not about what a report says
    ("The gang crossed the border with stolen passports.",
     "Police say the gang used fake passports to cross the border."),
    # a rumour nobody dismisses
    ("A lion escaped from the Valmont zoo.", "Rumours of a lion escape spread in Valmont."),
])
def test_fake_things_and_rumours_alone_are_no_denial(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


def test_a_capitalised_first_word_is_a_word_the_other_side_can_negate() -> None:
    # "Mass" opens the sentence; it is not a name, and it is what the prosecutor negates
    found = "Mass graves found near the river hold the bodies of the missing miners."
    denied = "Prosecutor: the missing miners were not in the mass graves"
    verdict = contrast(claim("x", found), claim("y", denied))
    assert verdict.relation == "conflict"


def test_a_bare_no_restating_the_claim_contradicts_it() -> None:
    # "n't" is a cue, not a content word the other side would have to share
    told = "The council sold the library."
    answer = "No, the city council didn't sell the old library"
    assert contrast(claim("x", told), claim("y", answer)).relation == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # a court dismisses a case: no denial of what the case says
    ("The union's lawsuit accuses the port authority of breaking the pay deal.",
     "The port authority is seeking to dismiss that case, calling it a costly distraction."),
    ("The union's lawsuit accuses the port authority of breaking the pay deal.",
     "Managers predicted the lawsuit would eventually be dismissed."),
    # "dismissed it as ...": a label, not a falsity
    ("Officials release migrants with a notice to appear in court, a practice known as catch "
     "and release.", "The senator dismissed it as catch and release."),
    # a negation that picks out whom the sentence is about, or sets a condition
    ("Applicants who pass the language test are offered a permit.",
     "Applicants who don't pass the language test risk being sent home."),
    ("The talks resumed on Monday.", "If the talks do not resume, the strike will go on."),
    # "not saying what": the cue negates "saying", not the truth of anything
    ("The deal is a good one for the country.",
     "I am not saying what I will do, but it is a horrible deal."),
    # "the plan that was agreed": a named subject, not the pronoun "that is false"
    ("This is not a problem for the city.",
     "The plan that was agreed was based on figures that weren't accurate."),
    # what is denied shares only the story's word ("lawsuit") with the other side
    ("The lawsuit says the company hid losses from its investors.",
     "The chairman denied that the lawsuit had a political purpose."),
    # a negated clause sharing only its subject and month: both say sales were weak
    ("Burger Chain Sales Tank In March", "Burger Chain's Business Did Not Heat Up in March"),
    # "things that weren't accurate" picks out things; it calls no statement untrue
    ("The plan was made on a false premise.",
     "So the plan that was agreed was made on figures that weren't accurate, and we have a "
     "problem with that."),
    # what was rejected is an option, named before whoever rejected it
    ("The talks swayed the three leaders.",
     "He would not rule out a new deal — an option the ministry has flatly rejected."),
])
def test_what_reads_like_a_denial_but_denies_nothing_said(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize("text", ["Will the plant close or not", "The plant closes. Or not",
                                  "Apple buys Beats -- not"])
def test_a_sentence_ending_in_its_negation_is_read(text: str) -> None:
    # the cue is the last word: what it negates is empty, not an error
    found = contrast(claim("x", "Apple buys Beats and the plant will close."), claim("y", text))
    assert found.relation in ("agree", "conflict")


@pytest.mark.parametrize(("a", "b"), [
    ("The union says the port authority broke the pay deal.",
     "The port authority dismissed the union's claims as false."),
    ("Reports say the minister will raise the steel tariff.",
     "The minister dismissed the steel tariff reports as a hoax."),
    ("The mayor attended the opening of the bridge.",
     "The mayor, who did not attend the opening of the bridge, sent a letter."),
    ("The lawsuit says the company hid losses from its investors.",
     "The chairman denied that the company hid losses."),
    # "politically" is the other side's "political"
    ("The company calls it a politically motivated lawsuit.",
     "The chairman denied that the lawsuit had a political purpose."),
    # the predicate worded apart, what it is about shared
    ("The king took part in the airstrikes on the border towns.",
     "The king did not personally fly the airstrikes on the border towns."),
])
def test_denials_next_to_those_still_count(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


def test_two_figures_one_source_gives_both_are_not_in_dispute() -> None:
    us = "Diner chain's U.S. sales fell 1.4 percent in February."
    world = "Diner chain's February sales fell 0.3 percent."
    both = "Diner chain reports a 0.3 percent drop in February sales, U.S. down 1.4 percent."
    assert "numbers" in kinds(contrast(parsed("x", us), parsed("y", world)))
    result = contrast(parsed("x", us), parsed("y", world), parsed("z", both))
    assert "numbers" not in kinds(result)
    assert result.relation == "agree"


def test_two_figures_each_agreed_on_are_two_agreements() -> None:
    # "0.3 percent" twice and "1.4 percent" twice: two figures that agree, not four
    both = "Diner chain reports a 0.3 percent drop in February sales, U.S. down 1.4 percent."
    world = "Diner chain's February sales fell 0.3 percent."
    us = "Diner chain's U.S. sales fell 1.4 percent in February."
    result = contrast(parsed("x", both), parsed("y", world), parsed("z", us))
    agreements = [d for d in result.differences if d.kind == "numbers_agree"]
    assert sorted(sorted({str(e["text"]) for e in d.evidence}) for d in agreements) == [
        ["0.3 percent"], ["1.4 percent"]]
    assert result.relation == "agree"


def test_one_person_named_two_ways_is_one_voice() -> None:
    said = claim("Outlet A", "The summit will go ahead in June, Donald Trump said.",
                 speaker="Donald Trump")
    later = claim("Outlet B", "The summit will not go ahead in June, Trump said.",
                  speaker="Trump")
    result = contrast(said, later)
    # a person changing his mind is no dispute between two voices
    assert "contradiction" not in kinds(result)
    assert "Trump and" not in result.summary
    # with two people of that name, "Trump" could be either: two voices
    other = claim("Outlet C", "The summit will go ahead in June, Melania Trump said.",
                  speaker="Melania Trump")
    assert "contradiction" in kinds(contrast(said, later, other))


def test_opposing_labels_count_only_for_the_same_thing() -> None:
    riot_gear = contrast(
        claim("x", "Protesters marched to the city hall on Tuesday night."),
        claim("y", "Police in riot gear watched the crowd outside the city hall."))
    assert "terminology" not in kinds(riot_gear)
    two_governments = contrast(
        claim("x", "The Trump administration is drafting measures against Beijing."),
        claim("y", "China's communist regime hid the outbreak for weeks."))
    assert "terminology" not in kinds(two_governments)
    one_government = contrast(
        claim("x", "The Aliyev regime closed the road to Stepanakert."),
        claim("y", "Aliyev's government closed the road to Stepanakert."))
    assert "terminology" in kinds(one_government)


def test_two_inputs_compared_keep_their_speakers_words() -> None:
    # `compare` has no outlet: each input's words are its own voice's, quoted or not
    a = Claim(article_id="a", source="input", text="Armenia said Azerbaijan launched an "
              "offensive in the region.", start=0, end=59,
              core="Azerbaijan launched an offensive in the region.", speaker="Armenia")
    b = Claim(article_id="b", source="input", text="Azerbaijan said it carried out local "
              "anti-terror operations in the region.", start=0, end=73,
              core="it carried out local anti-terror operations in the region.",
              speaker="Azerbaijan")
    relation, signals = pair_relation(a, b)
    assert relation == "conflict" and "terminology" in signals["differences"]


@pytest.mark.parametrize(("a", "b", "kind"), [
    # "protest" is one side of two framing pairs: what a crowd is called, what a road saw
    ("The riot left dozens injured.", "The protest left dozens injured.", "terminology"),
    ("Rioters clashed with police downtown.", "Protesters clashed with police downtown.",
     "terminology"),
    ("The road has been blocked for months.", "The protest on the road has lasted months.",
     "terminology"),
    # how one vote was run
    ("The opposition leader said the election was rigged.",
     "The election was free and fair, observers said.", "contradiction"),
])
def test_a_term_in_two_framing_pairs_counts_in_each(a: str, b: str, kind: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert kind in kinds(result) and result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # the labels style guides argue over, each one voice's choice against the other's
    ("Hamas militants attacked the border post on Saturday.",
     "Hamas terrorists attacked the border post on Saturday."),
    ("Pro-life activists rallied outside the court.",
     "Anti-abortion activists rallied outside the court."),
    ("Settlers moved into the occupied territories.",
     "Settlers moved into the disputed territories."),
    ("The massacre in the village left 30 dead.", "The clashes in the village left 30 dead."),
    ("The army seized power in a coup on Monday.",
     "The army took control in a transfer of power on Monday."),
    ("The government's tax relief will help families.",
     "The government's tax cuts will help families."),
    ("Illegal migrants crossed the border near the river.",
     "Migrants crossed the border near the river."),
])
def test_labels_outlets_choose_for_one_thing_are_opposing_terms(a: str, b: str) -> None:
    terms = [d for d in contrast(claim("outlet-a", a), claim("outlet-b", b)).differences
             if d.kind == "terminology"]
    assert len(terms) == 1 and terms[0].conflict  # said once, however many lists hold it


@pytest.mark.parametrize(("a", "b"), [
    ("The transition to electric buses will cost the city more.",
     "The coup leaders promised elections within a year."),
    ("Hamas militants attacked the border post on Saturday.",
     "Hamas gunmen attacked the border post on Saturday."),
])
def test_words_of_one_side_or_of_other_things_are_no_opposing_terms(a: str, b: str) -> None:
    assert "terminology" not in kinds(contrast(claim("outlet-a", a), claim("outlet-b", b)))


@pytest.mark.parametrize(("voice", "named"), [
    ("de Blasio", "de Blasio"), ("von der Leyen", "von der Leyen"),
    ("police spokesman", "the police spokesman"), ("unnamed officials", "unnamed officials"),
    # a name before a singular common noun is a descriptor; names, possessives and plural
    # groups are said as they are
    ("Gaza health ministry", "the Gaza health ministry"),
    ("Israeli occupation army", "the Israeli occupation army"),
    ("Ismail Haniyeh", "Ismail Haniyeh"),
    ("Taiwan's defence ministry", "Taiwan's defence ministry"),
    ("Kosovo police", "Kosovo police"), ("US officials", "US officials"),
    ("Republican congressmen", "Republican congressmen"),
])
def test_a_voice_is_named_as_a_reader_would(voice: str, named: str) -> None:
    from service.contrast.said import shown

    assert shown(voice) == named  # "the police spokesman says", not "the de Blasio says"


@pytest.mark.parametrize(("voice", "verb"), [
    ("Republican congressmen", "say"), ("the Gaza health ministry", "says"),
    ("Kosovo police", "say"), ("US officials", "say"),
])
def test_a_voice_takes_the_verb_of_its_number(voice: str, verb: str) -> None:
    from service.contrast.said import says

    assert says(voice) == verb


def test_one_person_spelt_two_ways_is_one_voice() -> None:
    # accents dropped, a transliteration: one man, not two sources to set apart
    balkan = "Serbian President Aleksandar Vucic blamed Kurti for the violence."
    rts = "President Aleksandar Vučić blamed Albin Kurti for the violence."
    result = contrast(claim("Balkan Insight", balkan, speaker="Aleksandar Vucic"),
                      claim("RTS", rts, speaker="Aleksandar Vučić"))
    assert "speakers" not in kinds(result), result.summary
    # what each outlet chose in telling him stays: its spelling, its loaded words
    gaza = "Hamas leader Ismail Haniyeh called the strike a war crime."
    israel = "Hamas terror chief Ismail Haniya called the strike a war crime."
    result = contrast(claim("Al Jazeera", gaza, speaker="Ismail Haniyeh",
                            entities=(ent(gaza, "Ismail Haniyeh"),)),
                      claim("Times of Israel", israel, speaker="Ismail Haniya",
                            entities=(ent(israel, "Ismail Haniya"),)))
    assert result.relation == "agree" and "speakers" not in kinds(result)
    names = next(d for d in result.differences if d.kind == "names")
    assert {(e["source"], e["text"]) for e in names.evidence} == {
        ("Al Jazeera", "Haniyeh"), ("Times of Israel", "Haniya")}
    wording = next(d for d in result.differences if d.kind == "wording")
    assert {e["source"] for e in wording.evidence} == {"Times of Israel"}
    assert "Haniya" in result.summary and "Only Ismail" in result.summary


def test_two_people_of_one_family_name_stay_two_voices() -> None:
    a = "Hamas official Ismail Haniyeh called the strike a war crime."
    b = "Hamas official Ismail Hamdan called the strike a war crime."
    result = contrast(claim("Al Jazeera", a, speaker="Ismail Haniyeh"),
                      claim("Reuters", b, speaker="Ismail Hamdan"))
    assert "speakers" in kinds(result) and result.relation == "agree"
    # one voice told alike by every outlet: nothing to show
    same = "Ismail Haniyeh called the strike a war crime."
    alike = contrast(claim("Al Jazeera", same, speaker="Ismail Haniyeh"),
                     claim("Reuters", same, speaker="Ismail Haniyeh"))
    assert alike.differences == () and alike.summary.startswith("Only Ismail Haniyeh")


@pytest.mark.parametrize(("text", "word", "loaded"), [
    # the name of an army, a movement, a caucus: every outlet writes it alike
    ("The Chinese People's Liberation Army began drills around the island.", "Liberation",
     False),
    ("People's Liberation Army troops crossed the line.", "Liberation", False),
    ("Leaders of the Palestine Liberation Organization met in Ramallah.", "Liberation", False),
    ("The Liberation Tigers of Tamil Eelam laid down their arms.", "Liberation", False),
    # capitalised only because a sentence opens there, or every word is (a headline)
    ("Regime forces shelled the town on Sunday.", "Regime", True),
    ("The Regime forces shelled the town.", "Regime", True),
    ("To TrumpWorld, the cities are full of rioters.", "rioters", True),
    ("Troops Loyal To Regime Shell Rebel Town", "Regime", True),
    ("The Assad regime shelled the town.", "regime", True),
])
def test_a_word_of_a_proper_name_is_no_loaded_word(text: str, word: str, loaded: bool) -> None:
    assert (word in [t for _, _, t in loaded_words(text)]) is loaded


def test_an_armys_name_is_no_outlets_wording() -> None:
    result = contrast(
        claim("Xinhua", "The Chinese People's Liberation Army began joint drills around "
                        "Taiwan on Thursday."),
        claim("Taipei Times", "China's military began large-scale drills around Taiwan on "
                              "Thursday."))
    assert "wording" not in kinds(result), result.summary


def test_a_government_of_soldiers_is_what_junta_says() -> None:
    junta = "General Tchiani declared himself leader of the junta on Friday."
    for plain in ("General Tiani was named head of Niger's new military government on Friday.",
                  "General Tiani was named head of the military-led transitional authorities "
                  "on Friday."):
        result = contrast(claim("France 24", junta), claim("Al Jazeera", plain))
        assert "terminology" not in kinds(result) and result.relation == "agree", \
            result.summary
    # a government not said to be of soldiers is the label "junta" is set against
    result = contrast(claim("France 24", junta),
                      claim("Al Jazeera", "General Tiani was named head of Niger's new "
                                          "government on Friday."))
    assert "terminology" in kinds(result)


@pytest.mark.parametrize(("voice", "named"), [
    # a body named by what it is reads with "the", as a state named so does
    ("Ministry of National Defense", "the Ministry of National Defense"),
    ("Eastern Theater Command", "the Eastern Theater Command"),
    ("Chinese Foreign Ministry", "the Chinese Foreign Ministry"),
    ("Democratic National Committee", "the Democratic National Committee"),
    ("European Union", "the European Union"), ("Kremlin", "the Kremlin"),
    ("British Medical Association", "the British Medical Association"),
    ("White House", "the White House"), ("United States", "the United States"),
    ("Philippines", "the Philippines"),
    # a possessive, a company, a person, a capital are named as they are
    ("China's Eastern Theater Command", "China's Eastern Theater Command"),
    ("Bank of America", "Bank of America"), ("Dmitry Peskov", "Dmitry Peskov"),
    ("Seoul", "Seoul"), ("KCNA", "KCNA"),
])
def test_a_body_is_named_with_its_article(voice: str, named: str) -> None:
    from service.contrast.said import shown

    assert shown(voice) == named


@pytest.mark.parametrize(("voice", "verb"), [
    # a people, or a party's members, named as a voice are many
    ("Iranians", "say"), ("Taiwanese", "say"), ("the Palestinians", "say"),
    ("Israelis", "say"), ("Republicans", "say"), ("Kurds", "say"), ("Britons", "say"),
    # a name that ends in "s", an outlet, a body of a people are one
    ("Reuters", "says"), ("Chris Evans", "says"), ("Harris", "says"),
    ("Chinese Foreign Ministry", "says"), ("Iranian", "says"), ("New York Times", "says"),
    ("John French", "says"),
])
def test_a_people_takes_the_verb_of_many(voice: str, verb: str) -> None:
    from service.contrast.said import says

    assert says(voice) == verb


def test_a_people_quoted_alone_make_the_claim() -> None:
    text = "Iranians say the sanctions have made medicine unaffordable."
    result = contrast(claim("Premium Times", text, speaker="Iranians"))
    assert result.summary == "Only Iranians make this claim; nothing to compare."


@pytest.mark.parametrize(("told", "voice"), [
    # a state named by its capital or seat of government, or by its government
    ((("Yonhap", "Seoul condemned the launch as a clear violation of UN resolutions.", "Seoul"),
      ("Reuters", "South Korea condemned the launch as a clear violation of UN resolutions.",
       "South Korea")), "South Korea"),
    ((("TASS", "The Kremlin said Russia would not accept a ceasefire without a withdrawal.",
       "Kremlin"),
      ("BBC", "Moscow said it would not accept a ceasefire without a withdrawal.", "Moscow"),
      ("Kyiv Independent", "Russia said it would not accept a ceasefire without a withdrawal.",
       "Russia")), "Russia"),
    ((("AP", "The Canadian government said 40,000 steel workers could lose their jobs.",
       "Canadian government"),
      ("Globe and Mail", "Ottawa said 40,000 steel workers could lose their jobs.", "Ottawa")),
     "the Canadian government"),
    ((("BBC", "The UK government said the pay offer to junior doctors was final.",
       "UK government"),
      ("Guardian", "Downing Street said the pay offer to junior doctors was final.",
       "Downing Street")), "the UK government"),
    # a ministry by its official title and by its country's description, where only one
    # country's ministry of that kind is named
    ((("Taipei Times", "The Ministry of National Defense said 35 aircraft crossed the line.",
       "Ministry of National Defense"),
      ("Focus Taiwan", "Taiwan's defence ministry said 35 aircraft crossed the line.",
       "Taiwan's defence ministry"),
      ("Global Times", "Taiwan's defense ministry said 35 aircraft crossed the line.",
       "Taiwan's defense ministry")), "Taiwan's defence ministry"),
    # a body by its initials and by its full name
    ((("Telegraph", "The BMA said the doctors would walk out on Thursday.", "BMA"),
      ("BBC", "The British Medical Association said the doctors would walk out on Thursday.",
       "British Medical Association")), "the British Medical Association"),
])
def test_one_body_named_two_ways_is_one_voice(told: tuple[tuple[str, str, str], ...],
                                              voice: str) -> None:
    result = contrast(*(claim(source, text, speaker=who) for source, text, who in told))
    assert "speakers" not in kinds(result), result.summary
    assert result.relation == "agree"
    assert result.summary.startswith(f"Only {voice} makes this claim"), result.summary


def test_one_body_named_two_ways_is_quoted_with_its_two_figures() -> None:
    a = "The Ministry of National Defense said 19 Chinese navy ships were detected."
    b = "Taiwan's defence ministry said 21 Chinese navy ships were detected."
    result = contrast(*(replace(c, speaker=who) for c, who in (
        (parsed("Taipei Times", a), "Ministry of National Defense"),
        (parsed("Focus Taiwan", b), "Taiwan's defence ministry"))))
    assert result.relation == "conflict"
    assert result.summary == ("Sources disagree on the number of ships: Taiwan's defence "
                              "ministry says 21 (in Focus Taiwan) / 19 (in Taipei Times).")


def test_one_body_named_two_ways_still_contradicts_itself() -> None:
    # the reports disagree on what one state said: that is shown, not folded into one voice
    result = contrast(
        claim("AP", "The White House said it would not impose new tariffs on Canadian steel.",
              speaker="White House"),
        claim("Reuters", "The United States said it would impose new tariffs on Canadian steel.",
              speaker="United States"))
    assert result.relation == "conflict" and "contradiction" in kinds(result), result.summary


@pytest.mark.parametrize("told", [
    # a government and its opposition
    (("BBC", "The UK government said the NHS was under control.", "UK government"),
     ("Guardian", "Labour said the NHS was under control.", "Labour")),
    # a state and its ministry; a ministry and its minister
    (("TASS", "Russia said the summit in Switzerland was pointless.", "Russia"),
     ("BBC", "Russia's foreign ministry said the summit in Switzerland was pointless.",
      "Russia's foreign ministry")),
    (("BBC", "Dmytro Kuleba said the Russian demands were an ultimatum.", "Dmytro Kuleba"),
     ("TASS", "Ukraine's foreign ministry said the Russian demands were an ultimatum.",
      "Ukraine's foreign ministry")),
    # two states, and two states' ministries of one title
    (("Yonhap", "Seoul said the talks would resume next week.", "Seoul"),
     ("KCNA", "Pyongyang said the talks would resume next week.", "Pyongyang")),
    (("Taipei Times", "The Ministry of National Defense said the drills had ended.",
      "Ministry of National Defense"),
     ("Focus Taiwan", "Taiwan's defence ministry said the drills had ended.",
      "Taiwan's defence ministry"),
     ("Global Times", "China's defence ministry said the drills had ended.",
      "China's defence ministry")),
    # an untold ministry beside one told by a qualifier that names no state could be either
    (("WAFA", "The Ministry of Health said the hospital had run out of fuel.",
      "Ministry of Health"),
     ("Times of Israel", "The Israeli Health Ministry said the hospital had run out of fuel.",
      "Israeli Health Ministry"),
     ("Al Jazeera", "The Gaza health ministry said the hospital had run out of fuel.",
      "Gaza health ministry")),
    # initials that two full names share
    (("Telegraph", "The BMA said the doctors would walk out.", "BMA"),
     ("BBC", "The British Medical Association said the doctors would walk out.",
      "British Medical Association"),
     ("Guardian", "The British Museum Association said the doctors would walk out.",
      "British Museum Association")),
])
def test_voices_a_reader_keeps_apart_stay_apart(told: tuple[tuple[str, str, str], ...]) -> None:
    result = contrast(*(claim(source, text, speaker=who) for source, text, who in told))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert len({r["voice"] for r in speakers.evidence}) == len(told), speakers.summary
    assert result.relation == "agree"


def test_outlets_quoting_one_voice_are_listed_as_a_sentence_lists() -> None:
    text = "Dmytro Kuleba said the Russian demands were an ultimatum"
    result = contrast(claim("BBC", "Ukraine said the demands were an ultimatum."),
                      claim("Kyiv Independent", f"{text}.", speaker="Dmytro Kuleba"),
                      claim("TASS", f"{text} on Friday.", speaker="Dmytro Kuleba"),
                      claim("Reuters", f"{text} in Kyiv.", speaker="Dmytro Kuleba"))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert "Kyiv Independent, Reuters and TASS attribute it to Dmytro Kuleba" \
        in speakers.summary, speakers.summary


def test_a_word_every_outlet_tells_of_one_voice_is_no_outlets_choice() -> None:
    text = "Peskov said the peace summit in Switzerland was pointless."
    result = contrast(claim("BBC", text, speaker="Dmitry Peskov"),
                      claim("Kyiv Independent", f"Dmitry {text}", speaker="Dmitry Peskov"),
                      claim("TASS", "Kremlin spokesman Dmitry Peskov said the peace summit in "
                                    "Switzerland was pointless.", speaker="Dmitry Peskov"))
    assert result.differences == (), result.summary
    assert result.summary == ("Only Dmitry Peskov makes this claim, as BBC, Kyiv Independent "
                              "and TASS report it.")
