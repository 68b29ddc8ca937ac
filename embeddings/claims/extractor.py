"""``SentenceClaimExtractor``: an article's sentences, read one by one into claims.

The rules it applies to a sentence are in ``sentence_rules.py``, what it computes of a
claim's core in ``cores.py``, and the quotations that run across sentences in ``drafts.py``.
"""

from __future__ import annotations

import re

from embeddings.claims.captions import is_caption
from embeddings.claims.cores import named_subject, without_caveat
from embeddings.claims.defined_names import definitions, with_aliases
from embeddings.claims.drafts import (
    _Draft,
    _resume_quotes,
    _sentences_with_quote_state,
    _share_quote_speakers,
)
from embeddings.claims.entities import drop_openers, find_entities, names_in
from embeddings.claims.event_references import resolve_events
from embeddings.claims.furniture import dateline_length, furniture_lines, is_furniture
from embeddings.claims.markup import blank_markup, reference_start
from embeddings.claims.namesakes import with_full_names
from embeddings.claims.numbers import find_numbers
from embeddings.claims.numbers.speaker_counts import claimed_figures
from embeddings.claims.quote_leads import (
    lead_quotes,
    pull_quote_speakers,
    quoted_paragraph_speakers,
    speech_lead,
)
from embeddings.claims.quotes import double_single_quotes
from embeddings.claims.references import CHECKED_CLAIM, resolve_references
from embeddings.claims.sentence_rules import (
    _ANSWER_ONLY,
    _CHECKED,
    _LEAD_IN,
    _TURN,
    _WORDS,
    _asks,
    _briefer,
    _said_back,
    _turn_labels,
    _two_reports,
)
from embeddings.claims.speakers import (
    Attribution,
    SpeakerContext,
    ends_in_quote,
    find_speaker,
    quoted_spans,
)
from embeddings.claims.surname_credits import credit_surname_leads
from embeddings.claims.symbols import blank_symbols
from embeddings.claims.titled_speakers import name_titled_speakers
from embeddings.types import Article, Claim

_SEMICOLON = re.compile(r";\s+")
_LAST_ITEM = re.compile(r"(?:and|or)\s", re.IGNORECASE)
# «A,» he said: read as “A,” he said (same offsets); guillemets open and close as curly
# quotes do, and the frame rules know the curly ones
_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})
_MIN_HALF_WORDS = 6


class SentenceClaimExtractor:
    """The default extractor: one claim per sentence (two for "A; B" with independent halves)."""

    def __init__(self, split_semicolons: bool = True, resolve_pointers: bool = True,
                 resolve_event_pointers: bool = False, party_by_title: bool = False) -> None:
        self.split_semicolons = split_semicolons
        self.resolve_pointers = resolve_pointers
        # "This operation is illegal": the subject completed with the event named before it
        # (event_references.py)
        self.resolve_event_pointers = resolve_event_pointers
        # "The Democrat said" as the politician quoted just before, whose party the article
        # never gave (party_members.py; off)
        self.party_by_title = party_by_title

    def extract(self, article: Article) -> list[Claim]:
        # read with single-quote quotations marked as double ones (same offsets); the
        # claims' text is cut from the article as it is
        # and with HTML tags a feed left in the text, emoji and invisible characters blanked
        # (markup.py, symbols.py; same offsets)
        plain = blank_symbols(blank_markup(article.text))
        text = double_single_quotes(plain).translate(_GUILLEMETS)
        context = SpeakerContext(outlet=article.source, party_by_title=self.party_by_title)
        drafts: list[_Draft] = []
        headlines: list[tuple[int, int, bool]] = []
        labelled: dict[int, str] = {}  # a headline's transcript label: "Sen. Rand Paul: ..."
        sentences = _sentences_with_quote_state(text)
        # a one-sentence article has no other sentence to tell a name from an opening word
        names = names_in(text) if len(sentences) > 1 else None
        context.article_names = names
        turns = _turn_labels(text, context)
        briefer = _briefer(f"{article.title or ''}\n{text.split(chr(10), 1)[0]}")
        turn: tuple[int, str] | None = None  # the line a transcript's speaker label opened
        lead_in: tuple[int, str] | None = None  # a paragraph "X said:" that quotes the next
        asked: str | None = None  # the outlet's question just before, left out as a claim
        # a caption with its credit, a correction with what it corrects: furniture, line whole
        notes = furniture_lines(text)
        # the first paragraph, where it opens with a headline: the headline and its standfirst
        head_end = text.find("\n\n") if sentences and is_furniture(
            text[sentences[0][0]:sentences[0][1]]) else -1
        for start, end, in_quote in sentences:
            sentence = text[start:end]
            if any(a <= start < b for a, b in notes):
                continue
            question, asked = asked, None
            if 0 <= head_end <= start:
                # the body begins: whom the headline and its standfirst named or heard speak
                # are the next "he" only where the body names no one
                context.weak.update(range(len(context.referents)))
                head_end = -1
            entities = find_entities(sentence, start)  # once: for the context and the claims
            if not in_quote:
                context.quoted.clear()  # the quotation read before is closed
            known = len(context.referents)
            context.observe(sentence, entities)
            if in_quote or sentence.startswith(("\"", "“")):
                context.quoted.update(range(known, len(context.referents)))
            line_start = text.rfind("\n", 0, start) + 1
            checked = _CHECKED.match(sentence) if not text[line_start:start].strip() else None
            if checked is not None:
                # "Claim: Crime in the city rose 40% last year.": a fact-check states the claim
                # it checks, and does not make it; the claim is said by the voice it names,
                # else by "the claim checked", never by the outlet that checks it
                turn = (line_start, CHECKED_CLAIM)
                start += checked.end()
                sentence = text[start:end]
                entities = find_entities(sentence, start)
            label = _TURN.match(sentence) if not text[line_start:start].strip() else None
            if label is not None and label.group("label") in turns:
                # "Mao Ning: China has lodged a protest.": the label is who speaks on its line
                turn = (line_start, turns[label.group("label")])
                start += label.end()
                sentence = text[start:end]
            if lead_in is not None and lead_in[0] != line_start:
                turn, lead_in = (line_start, lead_in[1]), None  # the paragraph it introduced
            speaking = turn[1] if turn is not None and turn[0] == line_start else None
            if speaking is None and briefer is not None and text.startswith("A:", line_start):
                speaking = briefer  # "A: China's position is consistent.": who answers
            back = None if in_quote or not drafts or drafts[-1].attribution.speaker \
                else _said_back(sentence, context)
            if back is not None:
                # "Russian troops shelled 12 settlements. This was reported by the head of
                # the regional administration Ivan Fedorov on Telegram.": the sentence before
                # is Fedorov's, and this one only says whose it is
                context.remember(back)
                drafts[-1].attribution = drafts[-1].attribution._replace(speaker=back)
                continue
            if not in_quote and _LEAD_IN.search(sentence):
                # "Environment Secretary Emma Reynolds said:" ending its paragraph (a press
                # release's, a statement's way to quote): no claim of its own, and the next
                # paragraph is what the speaker said
                framed = find_speaker(sentence, context, in_quote).speaker
                if framed:
                    context.remember(framed)
                    lead_in = (line_start, framed)
                    continue
            answer = _ANSWER_ONLY.match(sentence) if question and not in_quote else None
            if answer is not None:
                # "Will the talks resume? Several diplomats say no.": alone the answer says
                # nothing, and dropped it loses what the diplomats claim; it is kept, compared
                # with its question folded in ("Will the talks resume? No."), so it meets the
                # claims on whether the talks resume and shows which way it answers.  A
                # statement made of the question ("the talks will not resume") is left
                # undone: turning a question round is no safe rule for every question
                attribution = find_speaker(sentence, context, in_quote)
                speaker = attribution.speaker or speaking
                if speaker:
                    context.remember(speaker)
                core = f"{question} {answer.group('answer').capitalize()}."
                named = tuple(e for e in entities if e.end <= start + answer.start("answer"))
                drafts.append(_Draft(start, end, Attribution(speaker, core, 0), in_quote, False,
                                     named))
                continue
            # (a photo caption is kept as a headline is: the claim of an item that has no other)
            if is_furniture(sentence) or (not in_quote and is_caption(sentence)):
                if not is_furniture(sentence, headlines=False):
                    headlines.append((start, end, in_quote))
                    if speaking is not None:
                        labelled[start] = speaking
                continue
            if _asks(sentence, in_quote) and speaking is None:
                # "Will the talks resume next month?": the outlet asks, and states nothing (a
                # question inside a quotation is the speaker's point, and is kept)
                headlines.append((start, end, in_quote))  # all an item says, it stays
                asked = sentence.strip()
                continue
            start += dateline_length(sentence)
            opens_quote = ends_in_quote(text[start:end], in_quote)
            pieces = self._pieces(text, start, end, in_quote, context)
            for piece_start, piece_end in pieces:
                piece = text[piece_start:piece_end]
                attribution = without_caveat(named_subject(
                    find_speaker(piece, context, in_quote), context, piece, in_quote))
                if attribution.speaker is None and speaking is not None:
                    attribution = attribution._replace(speaker=speaking)
                if attribution.speaker and attribution.speaker != CHECKED_CLAIM:
                    context.remember(attribution.speaker)
                inside = tuple(e for e in entities if piece_start <= e.start and e.end <= piece_end)
                if names is not None:  # the speaker context above saw every run
                    inside = drop_openers(inside, text, piece_start, names)
                drafts.append(_Draft(piece_start, piece_end, attribution, in_quote, opens_quote,
                                     inside))
            if len(pieces) == 1 and not in_quote and drafts[-1].attribution.speaker is None:
                drafts[-1].leads = speech_lead(text[start:end], context)
        if not drafts and headlines:
            # nothing but headlines (a wire item, a feed entry): the headline is the claim
            start, end, in_quote = headlines[0]
            label_speaker = labelled.get(start)
            start += dateline_length(text[start:end])  # "UPDATE 2-", "BREAKING: "
            # "Iran says it seized a drone; US says none is missing": two reports, two claims
            reports = _two_reports(text[start:end], in_quote) or [(0, end - start)]
            for a, b in reports:
                piece = text[start + a:start + b]
                attribution = named_subject(find_speaker(piece, context, in_quote), context,
                                            piece)  # "Iran says it seized": Iran seized
                if attribution.speaker is None and label_speaker is not None:
                    attribution = attribution._replace(speaker=label_speaker)
                drafts.append(_Draft(start + a, start + b, attribution, in_quote, False,
                                     tuple(find_entities(piece, start + a))))
        lead_quotes(drafts, text)  # ("The mayor spoke to reporters. “We will not ...”")
        _resume_quotes(drafts, text)
        _share_quote_speakers(drafts)
        pull_quote_speakers(drafts, text)  # a quotation the article repeats with its speaker
        # a bare quotation's paragraph after a speaker's quotation (a pull quote, set
        # anywhere on a page, is its speaker's first), and the rest of its quotation
        quoted_paragraph_speakers(drafts, text)
        _share_quote_speakers(drafts)
        name_titled_speakers(drafts, context, text)  # "Israel's prime minister" named later
        credit_surname_leads(drafts, context, text)  # "Netanyahu: ..." named in full later
        # the short names the article defines, read where its claims name them (openers cut)
        defined = definitions(text, [e for d in drafts for e in d.entities])
        # ("Smith" alone is the article's John Smith: another article's Smith may be Adam)
        claims = with_full_names([self._claim(article, plain, d, defined) for d in drafts],
                                 context.namesakes)
        if not self.resolve_pointers:
            return claims
        # a rebuttal's statement first; an event pointer no rebuttal reading took next
        rebutted = resolve_references(claims)
        if not self.resolve_event_pointers:
            return rebutted
        return resolve_events(rebutted, [d.in_quote for d in drafts], changed=[
            a.core != b.core for a, b in zip(claims, rebutted, strict=True)])

    def _pieces(self, text: str, start: int, end: int, in_quote: bool,
                context: SpeakerContext) -> list[tuple[int, int]]:
        """Split "A; B" into two claims when both halves stand alone and nobody is quoted,
        and "X said A, while Y said B" into X's claim and Y's."""
        sentence = text[start:end]
        reports = _two_reports(sentence, in_quote)
        if reports is not None:
            return [(start + a, start + b) for a, b in reports]
        if not self.split_semicolons or ";" not in sentence:
            return [(start, end)]
        if find_speaker(sentence, SpeakerContext(), in_quote).speaker is not None:
            return [(start, end)]
        quoted = quoted_spans(sentence, in_quote)
        cuts = [m for m in _SEMICOLON.finditer(sentence)
                if not any(a <= m.start() < b for a, b in quoted)]
        if cuts and _LAST_ITEM.match(sentence, cuts[-1].end()):
            # "defendants that include Mr. Trump; his son; the Russian government; and a
            # group of aides": semicolons that close on "; and" separate a list's items,
            # which are no claims of their own
            return [(start, end)]
        pieces, piece_start = [], 0
        for cut in cuts:
            left, right = sentence[piece_start:cut.start()], sentence[cut.end():]
            if min(len(_WORDS.findall(left)), len(_WORDS.findall(right))) >= _MIN_HALF_WORDS:
                pieces.append((start + piece_start, start + cut.start() + 1))
                piece_start = cut.end()
        pieces.append((start + piece_start, end))
        return pieces

    @staticmethod
    def _claim(article: Article, plain: str, draft: _Draft, defined: dict[str, str]) -> Claim:
        start = reference_start(article.text, draft.start)  # ("&quot;We ...": from "&")
        text = article.text[start:draft.end]
        # (figures read where no tag is: "<img width=600>" holds no figure of the claim)
        shown = plain[draft.start:draft.end]
        # a name read across a tag the text holds ("A&amp;B <i>Holdings</i>") is no name of
        # the text as it was sent: left out, as its offsets would not give it
        entities = draft.entities if plain is article.text else tuple(
            e for e in draft.entities if article.text[e.start:e.end] == e.text)
        return Claim(
            article_id=article.id,
            source=article.source,
            text=text,
            start=start,
            end=draft.end,
            core=draft.attribution.core,
            speaker=draft.attribution.speaker,
            entities=with_aliases(entities, defined),
            numbers=claimed_figures(find_numbers(shown, draft.start), shown, draft.start,
                                    draft.attribution.speaker, draft.attribution.core),
            published=article.published,
        )
