"""Classify stage: what kind of source each attribution rests on, and who it really is.

Resolution first ("He" -> "Vladimir Putin", "Peskov" -> "Dmitry Peskov", "the Russian
presidential spokesman" -> "Dmitry Peskov", "the officials" -> "officials from the prime
minister's office", "the report" -> the secret report named earlier), then the kind and
the facets the text gives (identity, role, affiliation, plural, reason for anonymity ...).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from .chain import go_between_party, spoke_to_outlet
from .lexicon import cue_info, find_phrase, lexicon, load_json, mere_things, non_agents
from .models import Sentence, SourceFacets
from .sourcetype import statement_medium, writing_for_outlet
from .spans import PREPOSITIONS, quote_regions, tokens

UP, LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ\u0100-\u017f"  # Latin letters with accents: "García", "Sarukhán"
W = rf"[{UP}][{LO}]*(?:[’'\-]?[{UP}][{LO}’'\-]+|[{LO}’'\-]+)"  # "Putin", "McCain", "O'Rourke", "O’Connor"
NAME_RE = re.compile(  # not right after a digit: "in native 4K. Google confirmed" names no "K. Google"
    rf"(?<!\d)(?:{W}|[A-Z]\.|[A-Z]{{2,}}[a-z]*)(?:\s+(?:(?:bin|de|van|von|al|el|da|del|la|le|dos|du|di|ten|ter)\s+)?(?:{W}|[A-Z]\.))+"
)
WEBSITE_RE = re.compile(
    r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|info|news|fr|de|it|es|ru|ca|au|in|co\.uk|uk)", re.I
)
BROADCASTER_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}(?:[A-Z]{1,6}TV|TV\d?|News|Radio|Television)")


@cache
def masthead_re() -> re.Pattern[str]:
    """ "the Orlando Sentinel", "The Houston Chronicle": capitalised words ending in a newspaper's
    masthead word (sources.json ``masthead_words``)."""
    words = "|".join(re.escape(w) for w in sorted(lexicon().sources["masthead_words"], key=len, reverse=True))
    return re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w.&’'-]*\s+){{1,4}}(?:{words})")


def known_publication(name: str) -> bool:
    """A publication the lexicon knows, or a newspaper by its masthead word ("The Houston Chronicle")."""
    return bool(lexicon().outlet_re.fullmatch(name) or masthead_re().fullmatch(name))


@cache
def pollster_re() -> re.Pattern[str]:
    """ "Gallup", "the Pew Research Center", "Quinnipiac's": a polling firm's name and nothing else
    (sources.json ``pollsters``)."""
    names = "|".join(re.escape(w) for w in sorted(lexicon().sources["pollsters"], key=len, reverse=True))
    return re.compile(rf"(?:[Tt]he\s+)?(?:{names})(?:[’']s)?")


@cache
def both_people_re() -> re.Pattern[str]:
    """ "both candidates", "the two Republican senators", "the two", "The leading candidates" (sources.json
    ``definite_group_heads``, ``field_group_heads``)."""
    src = lexicon().sources
    heads = "|".join(re.escape(w) for w in src["definite_group_heads"])
    field = "|".join(re.escape(w) for w in src["field_group_heads"])
    return re.compile(
        rf"(?:both|both of the|the two|the three|the four|all three|all four|both the)\s+(?:[\w-]+\s+)?(?:{heads})"
        # "the two", "The three": the pair or trio just named
        r"|the\s+(?:two|three)"
        # "The leading candidates", "All of the GOP candidates", "the Democratic contenders": the field of a race
        rf"|(?:all\s+(?:of\s+)?)?the\s+(?:[\w-]+\s+){{0,2}}(?:{field})"
    )


POSSESSED_TEXT_RE = re.compile(
    r"(?P<who>his|her|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}[’']s)\s+(?:(?:new|latest|first|recent|\d{4})\s+)?"
    r"(?P<what>[\w-]+)\b",
    re.IGNORECASE,
)
SENTENCE_OPENERS = frozenset(
    """for in on at by from with to of about into over under during without against among through the a an this
    these those his her their its our my your beneath behind beyond inside outside within across upon""".split()
)
# "Despite Mr. Trump's ...", "Unlike Ted Cruz, ...": a preposition or subordinator opening the sentence before a
# name is no part of it (a lone word after one at the sentence's start, "Unlike Cruz, ...", is kept as a name: the
# surname names the person a later "Cruz said" points to)
LEADING_CONNECTIVES = frozenset(
    "despite until unlike like amid after before since although though while unless whether as".split()
)
MODAL_WORDS = frozenset("will may can could would should might must shall".split())
MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split()
)
PREPOSITIONS_BEFORE_PAIR = frozenset("by of with for to from about against between among like".split())
PARTY_TAG_RE = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\.?-[A-Z][\w.]{0,12}\)")
ORG_WORDS = frozenset(
    """federal election commission committee records ministry council department office agency committee
    commission party union forces force service services treaty declaration agreement university
    institute foundation court house senate congress parliament government administration bank company
    corporation inc news times post journal airport summit forum islands island territories
    war press group association center centre network league organization organisation assembly
    army navy ministers""".split()
)


from .attribute import WITNESS_SOURCE_RE as WITNESS_RE  # noqa: E402

ORG_AT_START_RE = re.compile(r"\s*((?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s")
QUANTIFIERS = frozenset(
    "many some most all several few both other two three four no every each more"
    # "Nobody opposed him": no one in particular, not a name
    " nobody everybody everyone anybody anyone somebody someone none".split()
)
HONORIFICS = frozenset("mr. mrs. ms. miss dr. sen. rep. gov. gen. prof. president senator governor".split())
HONORIFIC_SURNAME_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+([A-Z][\w’'-]+)")
PRONOUN_WORDS = frozenset("he she it they we i this that these those there here".split())
HEAD_STOPS = frozenset(
    """of from to close familiar who which that for with in at on by compiled released published obtained provided
    filed seen reviewed dated drafted written signed issued taken conducted commissioned""".split()
)


@dataclass
class Person:
    full: str
    last: str
    titles: list[str] = field(default_factory=list)
    first_span: tuple[int, int] | None = None
    outlet: str | None = None  # "Fox News’ Sean Hannity", "CNBC's Becky Quick": the outlet they work for


@dataclass
class Mention:
    start: int
    end: int
    person: Person
    modifier: bool = False  # "Putin aide": the name modifies a noun, it is not the subject


@dataclass
class Resolved:
    kind: str
    name: str
    key: str
    facets: SourceFacets


@dataclass
class ArticleEntities:
    text: str
    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    documents: list[tuple[int, int, str]] = field(default_factory=list)
    anonymous: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, text, key)
    speakers: list[tuple[int, Resolved]] = field(default_factory=list)
    _by_last: dict[str, Person] = field(default_factory=dict)
    mention_starts: list[int] = field(default_factory=list)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        if len(self.mention_starts) != len(self.mentions):
            self.mention_starts = [m.start for m in self.mentions]
        i = bisect.bisect_left(self.mention_starts, start)
        j = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[i:j]

    def person_by_last(self, word: str) -> Person | None:
        word = word.strip(" .,").lower()
        if len(self._by_last) != len(self.people):
            self._by_last = {}
            first_names = lexicon().sets["first_names"]
            for p in self.people.values():
                held = self._by_last.get(p.last.lower())
                # the first person of that surname, unless it opens on a word that is no name ("Black Lawmakers Rip
                # Donald Trump", "Wisconsin Trump", "Then Brafman": a headline or sentence run) and a later one on a
                # first name ("Donald Trump", "Ben Brafman"); "Jeb Bush" stays before "George W. Bush"
                if held is None or (
                    held.full.split()[0].lower() not in first_names  # "Bill Clinton", "John Ellis Bush" stay
                    and _word_not_name(held.full.split()[0].lower())
                    and p.full.split()[0].lower() in first_names
                ):
                    self._by_last[p.last.lower()] = p
        found = self.people.get(word) or self._by_last.get(word)
        if found is None and " " in word:
            found = self.person_ending(word)
        return found

    def person_ending(self, surname: str) -> Person | None:
        """ "Van Dyke", "Abu Laban": a surname of several words, the end of a full name met before
        with one first name more ("Paul Van Dyke"), not a headline's words ("Lawmakers Rip Donald Trump")."""
        low = " ".join(surname.lower().split())
        size = len(low.split()) + 1
        return next(
            (p for p in self.people.values() if p.full.lower().endswith(" " + low) and len(p.full.split()) == size),
            None,
        )


@lru_cache(maxsize=65536)
def _is_name_word(w: str) -> bool:
    lex = lexicon()
    lw = re.sub(r"[’']s$", "", w.lower().rstrip("."))  # "Japan's Foreign Minister": a country, not a name
    if w in ("A.", "I."):
        return True  # "James A. Baker": a middle initial, not the article "a"
    return not (
        lex.is_("title_words", w)
        or lex.is_("title_words", lw)
        or lw in lex.sets["countries"]
        or lw in ORG_WORDS
        or lw in MONTHS_DAYS
        or lw in lex.sets["institution_heads"]
        or lw in lex.sets["pronouns"]
        or lw in ("the", "a", "an", "and", "of", "in", "on", "at", "but", "when", "after", "as", "if", "while")
        or lw in QUANTIFIERS  # "Many Democrats", "Some Republicans": a group, not a first name
        # "Should Mr. Trump", "What I’m": a modal, a question word or a contraction opening a title-case line
        or lw in lex.sets["not_name_words"]
        or lw in lex.sets["subject_lead_adverbs"]  # "Now Donald Trump", "Perhaps Russia": an adverb, then the name
        or lw.endswith(("’m", "'m", "’re", "'re", "’ll", "'ll", "’ve", "'ve", "’d", "'d"))
        or lex.agency_by_alias.get(lw) is not None
    )


_CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z]+")


def _place_surname(name: list[str]) -> bool:
    """ "Kanye West", "Theresa May", "Jeremy Paris", "Ai Jun": a known first name, then a surname that is
    also a place, a compass point or a month. Only after a first name of the census lists, so "Central
    Paris" and "Last May" stay what they are."""
    if len(name) != 2 or not _CAPITALISED_WORD_RE.fullmatch(name[1]):
        return False
    lex, first, last = lexicon(), name[0].lower(), name[1].lower()
    return (
        first in lex.sets["first_names"]
        and _is_name_word(name[0])
        and first not in lex.sets["places"]
        # places holds the countries too; "Celinda Lake", "Kanye West": a place's last word as a surname
        and (last in lex.sets["places"] or last in MONTHS_DAYS or last in lex.sets["place_name_endings"])
    )


def _all_name_words(name: list[str]) -> bool:
    """Every word a name word; after a middle initial the surname may also be a noun for a body
    ("Laurence H. Tribe")."""
    return _place_surname(name) or all(
        _is_name_word(w)
        or (k == len(name) - 1 and k >= 1 and re.fullmatch(r"[A-Z]\.", name[k - 1]) is not None)
        or (k == len(name) - 1 == 1 and lexicon().is_("nationality_surnames", w) and _is_name_word(name[0]))
        for k, w in enumerate(name)
    )


_INITIAL_RE = re.compile(r"[A-Z]\.")


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """["Kremlin", "Spokesman", "Dmitry", "Peskov"] -> (titles, name)."""
    i = 0
    while i < len(words) and not _is_name_word(words[i]):
        i += 1
    name = words[i:]
    while name and not _is_name_word(name[-1]):
        if len(name) == 2 and (
            (lexicon().is_("nationality_surnames", name[-1]) and _is_name_word(name[0])) or _place_surname(name)
        ):
            break  # "David French of the National Retail Federation": a surname that is also a nationality
        name = name[:-1]
    k = i + len(name)
    if (
        len(name) >= 2
        and _INITIAL_RE.fullmatch(name[-1])
        and k == len(words) - 1
        and words[k][:1].isupper()
        and words[k].lower() not in ORG_WORDS
    ):
        # "Laurence H. Tribe": the word after a middle initial is the surname, though "tribe" names a body
        name = [*name, words[k]]
    if len(name) >= 4 and not _all_name_words(name):
        # "Atlantic City Mayor Don Guardian": a place before the title; the name is what follows the last title
        lex = lexicon()
        j = max((n for n, w in enumerate(name) if lex.is_("title_words", w)), default=-1)
        if j >= 1 and len(name) - j - 1 >= 2 and _all_name_words(name[j + 1 :]):
            return words[: i + j + 1], name[j + 1 :]
    return words[:i], name


def _outlet_possessive(chunk: str, m: re.Match[str]) -> tuple[list[str], str | None]:
    """The words of a name match, less an outlet's possessive before the name ("Fox News’ Sean
    Hannity", "CNBC's Becky Quick"), and that outlet. The match may start inside the outlet's
    word ("BC's" of "CNBC's"), so the word is taken whole."""
    words = m.group(0).split()
    j = m.start()
    while j > 0 and not chunk[j - 1].isspace():
        j -= 1
    whole = [chunk[j : m.start()] + words[0], *words[1:]]
    lex = lexicon()
    for k in range(len(whole) - 2, -1, -1):
        if not whole[k].endswith(("’s", "'s", "’", "'")):
            continue
        name = re.sub(r"(?:[’']s|[’'])$", "", " ".join(whole[: k + 1]))
        if lex.outlet_re.fullmatch(name) or lex.agency_by_alias.get(name.lower()) is not None:
            return whole[k + 1 :], name
    return words, None


TITLE_ABBREVIATION_BEFORE_RE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4}\.)\s+$")


# a description that points back to a news agency named before it ("the news agency", "the state news agency")
AGENCY_BACK_RE = re.compile(
    r"the\s+(?:(?:state|state-run|official|chinese|russian|french|german)\s+)?(?:news\s+agency|wire\s+service|news\s+service)"
)


# ", the officer in charge of", ", a lawmaker in the Philippines,", ", Sanders's campaign manager,": the words of an
# apposition after a name, up to its end or its first preposition
APPOSITION_ROLE_RE = re.compile(
    r",\s+((?:the|a|an|his|her|their|its|[A-Z][\w’'.-]*[’']s)\s+[^,.;:()“”\"]{1,60}?)"
    r"(?=\s*[,.;:]|\s+(?:of|for|in|at|to|who|with|on|from)\b)"
)


def _common_word(low: str, plural: bool = True) -> bool:
    """A lower-cased word that is a common noun (``non_agents``, with ``plural`` its plural too), a cue's form, a
    place, a body's head or a month or day: no word of a person's name."""
    sets, agents = lexicon().sets, non_agents()
    return (
        low in agents
        or (plural and low.rstrip("s") in agents)
        or cue_info(low) is not None
        or low in sets["places"]
        or low in sets["institution_heads"]
        or low in MONTHS_DAYS
    )


def _word_not_name(low: str) -> bool:
    """A lower-cased word that opens no person's name: a function word, a word of a headline's run
    (``surname_run_openers``), or a common word (``_common_word``, not read as a plural): not "jeb", "ivanka"."""
    return (
        low in SENTENCE_OPENERS
        or low in LEADING_CONNECTIVES
        or low in lexicon().sets["clause_openers"]
        or low in lexicon().sources["surname_run_openers"]
        or _common_word(low, plural=False)
    )


_GERUND_OPENER_RE = re.compile(r"[A-Z][a-z]{3,}(?:ing|ed)")


# a transcript's turn label in capitals at a line's start: "JAKE TAPPER: ..."
CAPITALS_LABEL_RE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){1,2})[ \t]*:[ \t]+\S")


def _register_transcript_names(text: str, ents: ArticleEntities) -> None:
    """ "JAKE TAPPER: ...": a label in capitals opening on a first name is a person, so that the later turns'
    "TAPPER:" resolve to Jake Tapper (NAME_RE reads names in capitals as acronyms)."""
    if ":" not in text:
        return
    first_names = lexicon().sets["first_names"]
    for m in CAPITALS_LABEL_RE.finditer(text):
        words = m.group(1).split()
        if words[0].lower() not in first_names:
            continue
        full = " ".join(w.capitalize() for w in words)
        if full.lower() not in ents.people:
            ents.people[full.lower()] = Person(full=full, last=words[-1].capitalize(), titles=[], first_span=m.span(1))


def build_entities(text: str, sentences: list[Sentence]) -> ArticleEntities:
    ents = ArticleEntities(text=text)
    lex = lexicon()
    for sent in sentences:
        chunk = text[sent.start : sent.end]
        for m in NAME_RE.finditer(chunk):
            raw, outlet = _outlet_possessive(chunk, m)
            words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in raw]
            if m.start() == 0 and len(words) >= 2 and _GERUND_OPENER_RE.fullmatch(words[0]):
                words = words[1:]  # "Injecting Clinton's ...": a sentence's first verb, not a first name
            lone_after_connective = len(words) == 2 and words[0].lower() in LEADING_CONNECTIVES
            while len(words) >= 2 and (
                words[0].lower() in SENTENCE_OPENERS
                or words[0].lower() in lex.sets["clause_openers"]
                or words[0].lower() in LEADING_CONNECTIVES
            ):
                words = words[1:]  # "For Mr. Trump, ...", "But Sen. Cruz ...": a function word, not a name
            if any(w.lower() in ORG_WORDS for w in words):
                # "Homeland Security Secretary Jeh Johnson": the name is the run of name words at the end
                k = len(words)
                while k > 0 and _is_name_word(words[k - 1]) and words[k - 1].lower() not in ORG_WORDS:
                    k -= 1
                if len(words) - k < 2 or k == 0 or words[k - 1].lower() not in lex.sets["title_words"]:
                    continue
                words = words[k - 1 :]
            titles, name = split_title(words)
            abbreviated = TITLE_ABBREVIATION_BEFORE_RE.search(chunk, max(0, m.start() - 8), m.start())
            if abbreviated and abbreviated.group(1).lower() in lex.sources["title_abbreviations"]:
                # "Sen. Mary Jones", "Ohio Gov. John Kasich": the name run starts after the abbreviation's stop, so
                # the title is read here ("the senator" later is she)
                titles = [abbreviated.group(1), *titles]
            if len(name) == 1 and titles and titles[-1].lower() in HONORIFICS and _is_name_word(name[0]):
                pass  # "Mrs. Clinton", "Sen. Cruz": one name after an honorific is a person
            elif lone_after_connective and len(name) == 1 and _is_name_word(name[0]) and m.start() == 0:
                pass  # "Unlike Cruz, Kasich ...": the surname a later "Cruz said" points to, read as a name
            elif len(name) < 2 or not _all_name_words(name):
                continue
            if name[-1].lower().rstrip(".") + "." in HONORIFICS or name[-1].lower() in HONORIFICS:
                continue  # "Despite Mr. Trump's ...": the match stopped at the honorific's stop, no name yet
            if name[-1].lower().endswith("s") and name[-1].lower()[:-1] in lex.sets["party_members"]:
                continue  # "House Democrats", "Senate Republicans": members of a party, not a person
            if lex.outlet_re.fullmatch(" ".join(name)):
                continue
            if name[-1].lower() in lex.sets["document_name_endings"]:
                continue  # "a national Gallup Poll", "the Mueller Report": a document's name, not a person
            if not _place_surname(name) and (
                " ".join(name).lower() in lex.sets["countries"]
                or name[-1].lower() in lex.sets["place_name_endings"]
                or name[0].lower() in lex.sets["place_name_starts"]
            ):
                continue  # "United States", "Middle East", "San Diego" seen as a name: a place
            full = " ".join(name)
            person = ents.people.get(full.lower())
            if person is None and len(name) >= 2 and ents.person_ending(full) is not None:
                continue  # "Van Dyke said" after "Paul Van Dyke": the person met before, not a new one
            if person is None:
                person = Person(
                    full=full,
                    last=name[-1],
                    titles=[t.lower() for t in titles],
                    first_span=(sent.start + m.start(), sent.start + m.end()),
                )
                ents.people[full.lower()] = person
            else:
                person.titles.extend(t.lower() for t in titles)
            apposition = APPOSITION_ROLE_RE.match(chunk, m.end())
            if apposition:
                # "Bob, the officer in charge of the base": the role after the name is a title too, so that "the
                # officer" later is he
                roles = lex.sets["role_words"]
                person.titles.extend(w for w in apposition.group(1).lower().split() if w in roles)
            person.outlet = person.outlet or outlet
    _register_transcript_names(text, ents)
    _register_writers(text, ents)
    _register_staff(text, ents)
    # Every mention, full or short, with whether it modifies a following noun.
    # A short mention ("Mr. Trump") is the first person the article introduced with that last name,
    # not the latest ("Ivanka Trump's den" later on); a full mention is that person.
    by_last: dict[str, list[Person]] = {}
    for p in ents.people.values():
        by_last.setdefault(p.last, []).append(p)
    first_names = lex.sets["first_names"]

    def run_opener(p: Person) -> bool:  # "Then Brafman", "Maybe Trump": a capitalised run opening on no name
        first = p.full.split()[0].lower()
        return first not in first_names and _word_not_name(first)

    last_names = {
        last: min(ps, key=lambda p: (run_opener(p), not 2 <= len(p.full.split()) <= 3, p.first_span or (0, 0)))
        for last, ps in by_last.items()
    }  # a name of two or three words first: "Black Lawmakers Rip Donald Trump" is a headline run
    for sent in sentences:
        chunk = text[sent.start : sent.end]
        for m in NAME_RUN_RE.finditer(chunk):
            words = m.group(0).split()
            person = None
            joined = " ".join(w.rstrip("’'s") if w.endswith(("’s", "'s")) else w for w in words)
            for w in reversed(words):
                key = w if w in by_last else w.rstrip("’'s")
                same = by_last.get(key, [])
                person = next((p for p in same if joined.endswith(p.full)), None) or last_names.get(key)
                if person:
                    break
            if person is None:
                continue
            after = chunk[m.end() :]
            nxt = NEXT_LOWER_WORD_RE.match(after)
            modifier = bool(nxt and (nxt.group(1) in lex.sets["role_words"] or nxt.group(1) in ("aide", "camp")))
            modifier = modifier or after.startswith(("’s", "'s"))
            ents.mentions.append(Mention(sent.start + m.start(), sent.start + m.end(), person, modifier))
    ents.mentions.sort(key=lambda m: m.start)
    return ents


def _set_outlet(ents: ArticleEntities, name_run: str, outlet: str) -> None:
    """The person a capitalised run ends on ("But Patrick Howley": the name ends the run) writes for ``outlet``,
    unless an outlet is already known for them."""
    words = name_run.split()
    for k in range(len(words) - 1):
        tail = " ".join(words[k:])
        person = ents.people.get(tail.lower()) or ents.person_ending(tail)
        if person is not None:
            if person.outlet is None:
                person.outlet = outlet
            return


# "Patrick Howley, writing on Breitbart,", "Alicia Powe wrote on Young Conservatives", "Jonah Goldberg
# writes in National Review": a named writer and the publication the article says they write for
WRITER_AT_OUTLET_RE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:[ ]+[A-Z][\w’'.-]*){1,3}),?\s+(?:(?:who\s+)?(?:writes|wrote)|writing)\s+"
    r"(?P<prep>for|in|on|at)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})"
)


def _register_writers(text: str, ents: ArticleEntities) -> None:
    """A person the article shows writing for a publication speaks, in that article, through its
    pages (``Person.outlet``): "Powe wrote" later rests on that outlet's reporting (kinds guide)."""
    if "wr" not in text:
        return  # no "writes", "wrote" or "writing"
    lex = lexicon()
    platforms = lex.sets["social_markers"]
    for m in WRITER_AT_OUTLET_RE.finditer(text):
        outlet = m.group("outlet").rstrip(".")
        first = outlet.split()[0].lower().rstrip(".,")
        if first in MONTHS_DAYS or first in platforms or outlet.lower() in platforms:
            continue  # "wrote on Monday", "wrote on Twitter": a day, a post
        if m.group("prep") != "for" and not (known_publication(outlet) or m.group("prep") == "on"):
            continue  # "writing in Iowa": a place; "writing in National Review" is known, "on X" a site
        _set_outlet(ents, m.group("name"), outlet)


@cache
def staff_after_name_re() -> re.Pattern[str]:
    """A named person's job at a publication in apposition ("Ruth Marcus, editorial board editor for The
    Washington Post,", "Kevin D. Williamson, one of several vocal Trump critics on staff at National Review"):
    sources.json ``journalist_nouns`` and ``desk_words``. The job before the name ("Fox News host Sean Hannity")
    is not read so: the layers give a host or columnist with an opinion of their own on_record as often."""
    src = lexicon().sources
    jobs = "|".join(sorted({*src["journalist_nouns"], *src["desk_words"]}, key=len, reverse=True))
    return re.compile(
        r"(?P<name>[A-Z][\w’'.-]*(?:[ ]+[A-Z][\w’'.-]*){1,3}),\s+(?:[\w’'-]+\s+){0,6}?"
        rf"(?:(?:{jobs})|on\s+(?:the\s+)?staff)\s+(?:for|at|of|with)\s+"
        r"(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w.’'&-]*(?:[ ]+[A-Z][\w.’'&-]*){0,4})"
    )


def _register_staff(text: str, ents: ArticleEntities) -> None:
    """A person the article introduces by a job at a publication ("Ruth Marcus, editorial board editor for The
    Washington Post,") writes for it: "Marcus said" later rests on that outlet's reporting (kinds guide: a named
    journalist of another outlet)."""
    for m in staff_after_name_re().finditer(text):
        if re.search(r"\b(?:former|ex)\b", m.group(0), re.IGNORECASE):
            continue  # "Jane Doe, a former reporter for the Post": one who left speaks for herself
        words = m.group("outlet").rstrip(".").split()
        # the publication is the longest known run from the start: "The Washington Post" of "Washington Post Magazine"
        runs = (" ".join(words[: len(words) - k]) for k in range(len(words)))
        outlet = next((r for r in runs if known_publication(r)), None)
        if outlet is None:
            continue
        _set_outlet(ents, m.group("name"), outlet)


# Patterns of the hottest rules, compiled once (a call of ``re.sub(r"...", ...)`` looks its pattern
# up in re's cache every time).
SPACES_RE = re.compile(r"\s+")
NUMERAL_RE = re.compile(r"[\divxlc.]+")
LETTERS_RE = re.compile(r"[a-z]+")
CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*")
PRONOUN_IS_RE = re.compile(r"^(?:(?:he|she|they|it|we|i)\b)[’']s$", re.I)
POSSESSIVE_END_RE = re.compile(r"\w[’']s$")
LOWER_RE = re.compile(r"[a-z]")
DASH_APPOSITION_RE = re.compile(r"\s+[—–]\s+")
PARTY_WORD_RE = re.compile(r"[\w’'.\-]+")
AGENCY_RUN_RE = re.compile(r"[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*")
LOWER_LEAD_RE = re.compile(r"^(?:[a-z][\w-]*\s+)+")
ARTICLE_LEAD_RE = re.compile(r"^(?:The|the|An|an|A)\s+")
NAME_RUN_RE = re.compile(rf"{W}(?:\s+{W})*")
NEXT_LOWER_WORD_RE = re.compile(r"\s+([a-z]+)")


def _agency_source(agency: dict, facets: SourceFacets) -> Resolved:
    """A wire agency cited as the source ("AP said", "a count by The Associated Press")."""
    update = {"identity": "organisation", "state_controlled": agency["state_controlled"], "country": agency["country"]}
    return Resolved("wire_agency", agency["name"], f"agency:{agency['name'].lower()}", facets.model_copy(update=update))


def _norm(s: str) -> str:
    return SPACES_RE.sub(" ", s.strip().strip(".,;:").lower())


# "a protégé of John Bolton and Dick Cheney", "a close ally of Donald Trump": a description whose names follow a
# preposition names others, not the person described (not "a spokeswoman, Maria Zakharova")
DESCRIPTION_OF_NAMED_RE = re.compile(
    r"(?:a|an|the)\s+(?:[a-z][\w’'-]*\s+){1,4}?(?:of|for|to|with|at|from|under|like)\s+(?:the\s+)?[A-Z]"
)

APPOSITION_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")
OBTAINED_BY_RE = re.compile(r"\b(?:obtained|acquired|seen|reviewed)\s+by\b|\bleaked\s+to\b")


SHARE = (
    r"(?:(?:a\s+mere|a\s+full|a\s+whopping|a\s+staggering|a\s+remarkable|about|nearly|almost|roughly|some|only|"
    r"just|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|as\s+many\s+as)\s+)?"
    r"(?:a\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|[A-Za-z-]+\s+(?:percent|per\s+cent))"
    # "a 69% majority of Republicans"
    r"(?:\s+(?:majority|plurality|minority))?"
    r"(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){0,7})?"
)
# "Fifty-one percent say", "89% of young Democrats and 83% of young Republicans endorse"
SHARE_OF_PEOPLE_RE = re.compile(rf"{SHARE}(?:\s+and\s+{SHARE})?$", re.IGNORECASE)
# "those surveyed say", "voters polled", "respondents questioned": the people a poll asked speak through it
SURVEYED_RE = re.compile(
    r"(?:(?:those|people|voters|adults|respondents|americans|participants|likely\s+voters|registered\s+voters)"
    r"\s+(?:surveyed|polled|questioned|sampled)|respondents)$",
    re.IGNORECASE,
)
# "The vast majority of Americans say ..., according to a poll": a part of those polled, counted by a
# poll named in the same sentence
# "the four contenders", "all the three candidates", "the two chief antagonists": a definite, counted group
DEFINITE_COUNT_RE = re.compile(
    r"(?:all\s+)?the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)"
    r"(?:\s+(?:to|of|in|on|for)\s+.{1,60})?"
)
COUNTED_PEOPLE_RE = re.compile(
    r"(?:(?:about|around|nearly|roughly|almost|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most)\s+)?"
    r"(?:(?:the\s+|a\s+)?(?:(?:vast|slim|narrow|clear|large|overwhelming|solid)\s+)?"
    r"(?:majority|majorities|plurality|most|half|third|two-thirds|quarter|three-quarters|three-fourths|one-third|"
    r"one-quarter|one-fourth|two-fifths|three-fifths|minority)"
    r"(?:\s+of\s+[\w\s’'-]{1,60})?"
    # "seven in 10 voters", "Nearly three in four", "four out of 10", "three of four Americans" (with a poll in
    # the sentence)
    r"|\w+\s+(?:in|of|out\s+of)\s+(?:\d+|two|three|four|five|ten)(?:\s+[\w\s’'-]{1,60})?)$",
    re.IGNORECASE,
)
DESCRIPTOR_THEN_NAME_RE = re.compile(
    r"(?:^|\s)(?P<noun>[a-z][a-z-]+|PAC)\s+(?P<name>(?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and)){0,5})$"
)
ANON_FOR_NAMED_RE = re.compile(r"^[\w\s’'-]*?\b(?:for|of|to|with|close\s+to)\s+(?:the\s+)?[a-z.]*\s*[A-Z]")
# "6 in 10", "Two in three", "one out of four": a poll's share
POLL_FRACTION_RE = re.compile(
    r"\b\w+\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE
)
# a part "of voters", "of likely Democratic voters", "of them": the people a poll named before asked
POLLED_PEOPLE_OF_RE = re.compile(
    r"\bof\s+(?:the\s+|those\s+)?(?:(?:likely|registered|[a-z]+)\s+)?(?:voters|adults|respondents|them)\b"
)
# "an ABC News/Washington Post Poll", "the latest Quinnipiac poll", "a CNN/ORC survey": a poll named by its makers
# what stands before a document's noun, never before a person's surname: "the Law", "a Brief"
DETERMINERS_BEFORE_DOCUMENT = frozenset("the a an this that these those its his her their our my".split())
NAMED_POLL_RE = re.compile(r"\b(?:[A-Z][\w.&’'-]*(?:[/ -]+[A-Z][\w.&’'-]*)*)\s+(?:[Pp]oll|[Ss]urvey)\b")
POLL_IN_SENTENCE_RE = re.compile(r"\b(?:poll|polls|survey|surveys|polling)\b", re.IGNORECASE)
# a poll's margin: "by 55%-41%", "76%-21%", "by nearly 2-1", "by a 2-to-1 margin"
POLL_MARGIN_RE = re.compile(
    r"\b\d{1,3}(?:\.\d)?%\s*[-–]\s*\d{1,3}(?:\.\d)?%"
    r"|\bby\s+(?:a\s+)?(?:(?:nearly|about|almost|roughly|more\s+than)\s+)?(?:\d|two|three|four|five)[-–](?:to[-–])?"
    r"(?:\d|one)\b",
    re.IGNORECASE,
)


WORD_RE = re.compile(r"[\w-]+")  # words as \b reads them, a hyphenated word kept whole
OBTAINED_AFTER_RE = re.compile(r"\s+[A-Z\w ]{0,40}\bobtained")


def _obtained_after(low: str, sentence_low: str) -> bool:
    """ "a memo the Daily Ledger obtained": the document's words, then "obtained" within a few words
    (one compiled pattern tried after each place the words stand, not a pattern per document)."""
    i = sentence_low.find(low)
    while i >= 0:
        if OBTAINED_AFTER_RE.match(sentence_low, i + len(low)):
            return True
        i = sentence_low.find(low, i + 1)
    return False


def _written_lower(word: str, s: str) -> bool:
    """Whether lower-case ``word`` stands in ``s`` as a whole word, as written (a capital may be a name);
    one compiled pattern rather than one per word."""
    return word in WORD_RE.findall(s)


ARTICLES = frozenset("the a an".split())
TIME_AFTER_HEAD = frozenset(
    """last this next past year years month months week weeks day days yesterday today earlier later ago
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _head(words: list[str]) -> str:
    """The head noun: the last word before "of", "from", "close", "familiar", "who", "for"
    ("Article 9" has the head "article")."""
    while len(words) > 1 and NUMERAL_RE.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) > 2 and words[-1] == "out" and words[-2] in lexicon().sets["document_heads"]:
        words = words[:-1]  # "A Monmouth poll out Monday showed": the poll (its day is read as a time)
    docs = lexicon().sets["document_heads"]
    for i, w in enumerate(words[:-1]):
        if w in docs and words[i + 1] in ("the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we"):
            return w  # "a memo the Daily Ledger obtained", "the document he released": the memo, then a relative clause
    for i, w in enumerate(words):
        if w == "of" and 0 < i < len(words) - 1 and words[i - 1] in QUANTITY_HEADS:
            return _head(words[i + 1 :])  # "Dozens of residents", "a handful of aides": the people counted
        if w in HEAD_STOPS and i > 0:
            if w.endswith(("ed", "en")) and (words[i - 1].endswith("ly") or words[i - 1] in ARTICLES):
                continue  # "A newly released email relating to ...", "the published report": before the noun
            j = i - 1
            while j > 0 and words[j] in TIME_AFTER_HEAD:
                j -= 1  # "a study last year by economists": the study, then when, then by whom
            return words[j]
        if 0 < i < len(words) - 1 and w.endswith("ed") and words[i + 1] in HEAD_STOPS and words[i - 1].isalpha():
            return words[i - 1]  # "people briefed on the move": the people, then a participle
        if (
            0 < i < len(words) - 1
            and w.endswith("ing")
            and len(w) > 5
            and words[i - 1] not in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that")
            and not words[i - 1].endswith(("’s", "'s"))  # "Trump’s running mate": a possessive, then a modifier
            and w not in lexicon().sets["role_words"]
            and w not in docs  # "The most recent polling in Florida": the -ing word is the document itself
            and words[i + 1] not in docs  # "The RealClearPolitics rolling average of polls": an adjective
        ):
            return words[i - 1]  # "a union representing flight attendants": the union, then a participle
    return words[-1] if words else ""


def _lower_title_case_head(source: str, sentence_text: str, heads: frozenset[str]) -> str:
    """ "Michigan Officials: ...", "Pentagon Officials Say ...": in a headline written in title case the
    capital of a head unnamed sources go by says nothing; it is read in lower case."""
    words = source.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in heads:
        return source
    line = re.findall(r"[A-Za-z][\w’'-]*", sentence_text)
    if len(line) < 4 or sum(w[:1].isupper() for w in line) < 0.6 * len(line):
        return source
    return source[: len(source) - len(words[-1])] + words[-1].lower()


def _demonym(source: str) -> bool:
    """ "Iowan", "Californian", "Mexican", "Syrian": a capitalised last word naming where someone is from."""
    last = source.split()[-1]
    low = last.lower()
    return (
        last[:1].isupper()
        and len(last) > 4
        and last[1:].islower()
        and low.endswith(("ian", "an", "ese", "ish"))
        and not low.endswith(("man", "stan"))  # "Vindman", "Goodman": surnames; "Afghanistan": a place
    )


WRITER_KEY = "writer:i"  # the writer's own "I" outside quotations: never what "he" or "she" points back to
IT_CAN_BE = frozenset("public_record nonpublic_document institution wire_agency other_outlet".split())
# a sentence that opens on a document as its subject: "The report also provided ...", "The new memo says ..."
DOCUMENT_SUBJECT_RE = re.compile(
    r"(?P<np>(?:The|This|That|Its|Their|His|Her|A|An)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+))\s+"
    r"(?:also\s+|further\s+|then\s+)?(?:[a-z]+ed|[a-z]+s|is|was|has|had)\b"
)


@cache
def _access_only_re() -> re.Pattern[str]:
    participles = "|".join(re.escape(w) for w in lexicon().sources["access_participles"])
    return re.compile(
        r"(?:(?:a|an|one|two|three|four|five|six|several|some|many|other)\s+)?(?:people|person|persons|those)\s+"
        rf"(?:{participles})\b"
    )


def _access_only(low: str) -> bool:
    """ "people familiar with the matter", "three people briefed on the discussions": described only by
    their access, so vague (kinds guide)."""
    return _access_only_re().match(low) is not None


def _capitalised_common_person(name: str) -> bool:
    """ "Woman", "Retired General", "Former Aide": one or two capitalised words ending on a common noun for
    a person (WordNet), as a title-case headline writes them."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return (
        1 <= len(words) <= 2
        and last in lexicon().sets["wordnet_persons"]
        and not last.endswith(".")
        and last not in HONORIFICS  # "Miss.", "Ms": a title cut from its name
    )


# a source opening on its owner: "His ...", "their ...", "Paul Manafort's ..." (the name: capitalised words)
POSSESSOR_LEAD_RE = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*)[’']s?)\s+(?=[a-z])"
)
IMPERSONAL_PASSIVE_RE = re.compile(
    r"(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+\w+(?:ed|id|wn|en|ht)\b", re.IGNORECASE
)
POSSESSIVE_TO_SUBJECT = {"his": "he", "their": "they", "its": "it", "our": "we", "my": "i"}
PLURAL_PEOPLE = frozenset("women men children people police folks".split())
HONORIFIC_NAMES_RE = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss)\.?\s+(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
STUDY_AUTHOR_SENTENCES = 5  # how far back the study its authors speak for may have been named
STUDY_NOUN_RE = re.compile(r"\b(?:study|paper|working paper|survey|analysis|research|report)\b", re.IGNORECASE)
POSTER_COUNTS = frozenset("a an one another the some many several other others two three dozens hundreds few".split())
HE_WORDS = frozenset("he him his himself".split())
SHE_WORDS = frozenset("she her hers herself".split())
AGE_EPITHET_RE = re.compile(r"\b\d{1,3}-year-old\b")
# "“...,” wrote Ben Jacobs in The Guardian": the publication a writer named after the verb wrote in
WRITER_IN_OUTLET_AFTER_RE = re.compile(
    r"[ \xa0]+(?:in|on|for)[ \xa0]+(?P<outlet>(?:the[ \xa0]+)?[A-Z][\w.’'&-]*(?:[ \xa0]+[A-Z][\w.’'&-]*){0,4})"
)
WRITER_OF_RE = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)\s+(?:of|at|from|for)\s+")


@cache
def company_names() -> frozenset[str]:
    """The short names of listed companies (audit/data/companies.json, built from pytickersymbols)."""
    return frozenset(load_json("companies.json")["names"])


@cache
def role_then_name_re() -> re.Pattern[str]:
    """A source that ends on a name's word, a role word and a name of two or more capitalised words ("University of
    Chicago economist John Smith"; not "the government of President Petro O. Poroshenko", whose role follows "of")."""
    roles = "|".join(sorted(map(re.escape, lexicon().sets["role_words"]), key=len, reverse=True))
    return re.compile(rf"\b[A-Z][\w’'.-]*\s+(?i:{roles})\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+$")


@cache
def own_writer_re() -> re.Pattern[str]:
    """ "The Post's Ruth Marcus", "Washington Post columnist Michael Gerson": a name after an outlet's possessive or
    a word for a journalist's job (sources.json ``journalist_nouns`` and ``desk_words``)."""
    jobs = sorted({*lexicon().sources["journalist_nouns"], *lexicon().sources["desk_words"]})
    return re.compile(
        rf"(?:[’']s|\b(?:{'|'.join(map(re.escape, jobs))}))\s+"
        r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)(?:,.*)?$"
    )


QUANTITY_HEADS = frozenset(
    """dozens hundreds thousands millions scores handful number numbers couple pair lot lots majority minority slew
    host bunch raft smattering""".split()
)
QUOTED_TITLE_END_RE = re.compile(r",?\s*(?:“[^”]*”|\"[^\"]*\"|''.*?''|‘[^’]*’)[.,]?$")
_OUTLET_FILLER = {"the", "com", "org", "net", "www"}


@lru_cache(maxsize=4096)
def _outlet_words(name: str) -> tuple[str, ...]:
    name = re.sub(r"[’']s\b", "", name)
    return tuple(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _OUTLET_FILLER)


def same_outlet(own: str, named: str, known: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether a name in the text is the publishing outlet, given as a name or a short form
    ("usa-today", "nyt", "wash-post", "west-journal"): same letters, word prefixes, initials, or
    the last word of its full name ("The Times" in a New York Times article)."""
    ow, nw = _outlet_words(own), _outlet_words(named)
    if not ow or not nw:
        return False
    if "".join(ow) == "".join(nw):
        return True
    if len(ow) == len(nw) >= 2 and all(
        min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)) for a, b in zip(ow, nw, strict=True)
    ):
        return True  # "wash-post" / "Washington Post", "west-journal" / "Western Journalism"
    if len(ow) == 1 and len(nw) >= 2 and ow[0] == "".join(w[0] for w in nw):
        return True  # "nyt" / "New York Times"
    if len(nw) == 1 and known:
        # "The Times": the last word of a known outlet that is this one
        return any(same_outlet(own, k) for k in _outlets_by_last_word(tuple(known)).get(nw[0], ()))
    return False


@lru_cache(maxsize=8)
def _outlets_by_last_word(known: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The names of two words or more in ``known``, in their order, by their last word."""
    out: dict[str, list[str]] = {}
    for k in known:
        if len(_outlet_words(k)) >= 2:
            out.setdefault(_outlet_words(k)[-1], []).append(k)
    return {w: tuple(ks) for w, ks in out.items()}


@dataclass
class Party:
    """A source text as the steps of ``Classifier._classify_party`` read it; steps that decide the head
    noun, a surname or the name record what they found for the steps after them."""

    s: str
    low: str
    words: list[str]
    span: tuple[int, int] | None
    pos: int
    sentence_text: str
    cue: str | None
    facets: SourceFacets
    reason: str | None
    plural: bool
    head: str
    surname: bool = False
    named: str | None = None

    @property
    def bare(self) -> str:
        return self.low.removeprefix("the ")


_WHO_CONTRACTED_RE = re.compile(r"(?:who|which)[’'](?:s|d|ll|ve)")
_APOSTROPHE_TAIL_RE = re.compile(r"[’'].*$")
_QUANTIFIER_OF_WHOM_RE = re.compile(
    r"(?:both|all|many|some|most|each|one|none|several|two|three|four) of (?:whom|which)"
)
_SOURCE_WORD_RE = re.compile(r"[a-z0-9’'.\-]+")
_PUBLICATION_NOUN_RE = re.compile(r"\b(?:newspaper|magazine|weekly|daily|tabloid|broadcaster|website|news site)\b")
_THE_CAPITALISED_RUN_RE = re.compile(r"The(?:\s+[A-Z][\w’'.-]*)+")
_BRACKETED_RE = re.compile(r"\([^)]*\)")
_TWO_NAMES_RE = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+)")
_PLURAL_NAME_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]+s")
_ACRONYM_RE = re.compile(r"(?:the\s+)?(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5}[A-Z]?\.?)")


class Classifier:
    @cached_property
    def _text_words(self) -> frozenset[str]:
        """The article's words as written (read once, on first need)."""
        return frozenset(WORD_RE.findall(self.text))

    def __init__(self, text: str, sentences: list[Sentence], wire: str | None, own_outlet: str | None = None) -> None:
        self.text = text
        self.own_outlet = own_outlet
        self.sentences = sentences
        self.ents = build_entities(text, sentences)
        self.sentence_starts = [s.start for s in sentences]
        self.wire = wire
        self.lex = lexicon()
        self._org_cache: dict[str, str | None] = {}
        self._capital_memo: dict[str, bool] = {}
        self._typing_full_name = False
        self._sexes: dict[tuple[str, str, tuple[str, ...]], str | None] = {}  # person -> "m", "f" or None

    # -- resolution -----------------------------------------------------------------
    def _sentence_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return max(0, i)

    def _in_quotation(self, pos: int) -> bool:
        sent = self.sentences[self._sentence_of(pos)]
        para_start = self.text.rfind("\n", 0, sent.start) + 1
        para_end = self.text.find("\n", sent.end)
        regions = quote_regions(self.text, para_start, len(self.text) if para_end < 0 else para_end)
        return any(a <= pos < b for a, b in regions)

    def _unquoted_mentions(self, si: int, end: int | None = None) -> list[Mention]:
        """Mentions of sentence ``si`` (up to ``end``) outside its quotations: "“... Mitt Romney ...,”
        Powe wrote. “...?” she wrote": the people named inside a quotation are not who "she" is."""
        sent = self.sentences[si]
        found = [m for m in self.ents.mentions_between(sent.start, sent.end if end is None else end) if not m.modifier]
        if found and any(q in self.text[sent.start : sent.end] for q in '“”"'):
            regions = quote_regions(self.text, sent.start, sent.end)
            found = [m for m in found if not any(a <= m.start < b for a, b in regions)]
        return found

    def _sex_of(self, person: Person) -> str | None:
        """ "m", "f" or None: what the article's words for a person ("spokeswoman", "Mr.") or their first
        name (1990 US Census lists) say; None when nothing does, or a name both sexes are given."""
        key = (person.full, person.last, tuple(person.titles))
        if key not in self._sexes:
            self._sexes[key] = self._find_sex(person)
        return self._sexes[key]

    def _find_sex(self, person: Person) -> str | None:
        sets = self.lex.sets
        titles = set(person.titles)
        male, female = bool(titles & sets["male_titles"]), bool(titles & sets["female_titles"])
        if male != female:
            return "m" if male else "f"
        # the first name, when the article gives one ("Sen. Warren" alone has none: "warren" is no first name)
        words = person.full.split()
        first = words[0].lower() if len(words) >= 2 else ""
        if len(words) == 1 and not person.titles and self._first_word_of_a_fuller_name(words[0]):
            # "In 1997, Elise wrote" after "Elise Matthesen": a lone first name of one sex only, the first word of a
            # person's full name in the article ("Clinton", a man's first name too, opens no one's name)
            lone = words[0].lower()
            male, female = lone in sets["male_first_names"], lone in sets["female_first_names"]
            if male != female:
                return "m" if male else "f"
        if first in sets["male_first_names"]:
            return "m"
        if first in sets["female_first_names"]:
            return "f"
        # "Mrs. Jordan Lee", "Ms. Lee said": an honorific before the name, when the article gives the surname
        # only one ("Mr. Clinton" and "Mrs. Clinton" are two people)
        men, women = self._honorific_names
        mr, mrs = person.last in men, person.last in women
        if mr != mrs:
            return "m" if mr else "f"
        return None

    def _first_word_of_a_fuller_name(self, word: str) -> bool:
        """``word`` opens a person's name of two or three words whose other words are no common words ("Clinton
        Calls", "Clinton State" in a headline's run are no names)."""
        return any(
            2 <= len(names := p.full.split()) <= 3
            and names[0] == word
            and not any(_common_word(w.lower()) for w in names[1:])
            for p in self.ents.people.values()
        )

    @cached_property
    def _honorific_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The capitalised words after "Mr." and after "Mrs.", "Ms.", "Miss" in the article (one or two:
        "Mr. Trump", "Mrs. Jordan Lee"), read once per article."""
        men: set[str] = set()
        women: set[str] = set()
        for m in HONORIFIC_NAMES_RE.finditer(self.text):
            (men if m.group("h") == "Mr" else women).update(w for w in m.group("names").split())
        return frozenset(men), frozenset(women)

    def _pronoun_antecedent(self, pos: int, pronoun: str | None = None) -> Person | None:
        """The person a pronoun at ``pos`` points back to: the first named in its sentence before it, else
        in the three sentences before, else the last person who spoke; "she" skips a person known to be a
        man ("she said of Trump", after "Donald Trump"), "he" a woman."""
        want = "m" if pronoun in HE_WORDS else "f" if pronoun in SHE_WORDS else None

        laws = self.lex.sources["law_name_endings"]

        def fits(person: Person) -> bool:
            if person.last.lower() in laws:
                return False  # "the Affordable Care Act" is no "she"
            return want is None or self._sex_of(person) in (None, want)

        def first(mentions: list[Mention]) -> Person:
            # "Iceberg Passages, after the novelist Jo Walton explained them. “...,” she said.": a name whose words
            # are all common words (a title of a work, a holiday) is taken only when no other person is there
            named = next((m for m in mentions if not self._common_words_name(m.person)), None)
            return (named or mentions[0]).person

        si = self._sentence_of(pos)
        here = [m for m in self._unquoted_mentions(si, pos) if fits(m.person)]
        if here:
            return first(here)
        for back in range(si - 1, max(-1, si - 4), -1):
            there = [m for m in self._unquoted_mentions(back) if fits(m.person)]
            if there:
                return first(there)
        for spos, res in reversed(self.ents.speakers):
            if spos < pos and res.kind == "on_record" and not res.facets.plural and res.key != WRITER_KEY:
                person = (
                    self.ents.people.get(res.name.lower())
                    or self.ents.person_by_last(res.name.split()[-1])
                    or Person(full=res.name, last=res.name.split()[-1])
                )
                if fits(person):
                    return person
        return None

    def _common_words_name(self, person: Person) -> bool:
        """ "Iceberg Passages", "Labor Day", "Living History": every word of a name of two or more is a common noun, a
        verb form, a place or a day, and none is a first name (a lone "Trump" is the surname of someone named)."""
        words = [w.lower() for w in person.full.split()]
        return len(words) >= 2 and all(w not in self.lex.sets["first_names"] and _common_word(w) for w in words)

    def _role_antecedent(self, words: list[str], pos: int) -> Person | None:
        """ "the Russian presidential spokesman" -> the last person titled "spokesman"."""
        roles = self.lex.sets["role_words"]
        role = next((w for w in reversed(words) if w in roles), None)
        if role is None:
            return None
        short = {v: k for k, v in self.lex.sources["title_abbreviations"].items()}.get(role)
        # "The Florida senator", "Nevada's governor": a place before the title; a person named near another place
        # ("Sen. Joni Ernst, R-Iowa") is not that one
        places = self.lex.sets["places"]
        place = next((w for w in (w.removesuffix("’s").removesuffix("'s") for w in words) if w in places), None)
        for m in reversed(self.ents.mentions_between(0, pos)):
            if role in m.person.titles or (short and short in m.person.titles):
                if place and self._other_place_near(m.person, place, pos):
                    continue
                return m.person
        return None

    def _other_place_near(self, person: Person, place: str, before: int) -> bool:
        """A place other than ``place`` (sets ``places``) stands within 40 characters after a mention of
        ``person`` and ``place`` near none ("Sen. Joni Ernst, R-Iowa" is no Florida senator)."""
        text, places = self.ents.text, self.lex.sets["places"]
        others = False
        for m in self.ents.mentions:
            if m.person is person and m.start < before:
                near = text[max(0, m.start - 40) : min(m.end + 40, before)]
                window = [w.lower() for w in re.findall(r"[A-Za-z]+", near)]
                if place in window:
                    return False
                others = others or any(w in places and w != place for w in window)
        return others

    # -- classification -------------------------------------------------------------
    def classify(
        self,
        source: str,
        span: tuple[int, int] | None,
        sentence_text: str = "",
        cue: str | None = None,
        around: str | None = None,
        medium_text: str | None = None,
    ) -> Resolved:
        """The party the source names, then the medium: a named person or an organisation speaking
        in a post ("tweeted", "in a Facebook post", "her tweets") rests on that post (kinds guide).
        ``medium_text``: the sentence as read for the medium (other attributions' words blanked)."""
        source = _lower_title_case_head(source, sentence_text, self.lex.sets["anonymous_heads"])
        if source.isupper() and 1 <= len(source.split()) <= 3 and self.ents.person_by_last(source.split()[-1]):
            source = " ".join(w.capitalize() for w in source.split())  # a transcript's "TAPPER:": a name in capitals
        told = spoke_to_outlet(source)
        if told is not None:
            # "officials who spoke with The Huffington Post said": the officials speak; the outlet they
            # spoke to is a relay of the chain, not the source
            source = source[: told.start()]
            span = (span[0], span[0] + len(source)) if span else None
        res = self._classify_party(source, span, sentence_text, cue)
        if res.kind in ("anonymous_described", "anonymous_vague") and go_between_party(source):
            # "A friend who spoke with him said he ...": the friend passes on his words
            return Resolved("intermediary", res.name, f"intermediary:{_norm(res.name)}", res.facets)
        authored = self._authored_text(source, span, res)
        if authored is not None:
            return authored
        own = self._own_outlet_source(source, res)
        if own is not None:
            return own
        if (
            res.kind in ("on_record", "anonymous_described", "institution")
            and (
                WEBSITE_RE.fullmatch(source.strip())
                or BROADCASTER_RE.fullmatch(source.strip())
                # "the Orlando Sentinel"; without "the" only when no person was found ("Sen. Tim Post")
                or masthead_re().fullmatch(source.strip())
                and (source.strip()[:4].lower() == "the " or res.kind != "on_record")
                and source.split()[0].lower() not in HONORIFICS
            )
        ):
            # "according to ouest-france.fr", "Tchadinfos.com reported", "BFMTV reported", "the Orlando
            # Sentinel reported": a website's, a broadcaster's or a newspaper's reporting
            return Resolved("other_outlet", source.strip(), f"outlet:{_norm(source)}", res.facets)
        # a pronoun may point amiss, unless it writes: "“...,” he wrote" after "Patrick Howley, writing on
        # Breitbart," is the writer's piece
        named_here = (
            res.kind == "on_record"
            and res.name
            and (source.strip().lower() not in PRONOUN_WORDS or (cue or "").lower() in ("wrote", "writes", "writing"))
        )
        person = self.ents.people.get(res.name.lower()) if named_here else None
        if person is not None and person.outlet and not self._names_own_outlet(person.outlet):
            # "Hannity said", introduced as "Fox News’ Sean Hannity": a named journalist of another
            # outlet (kinds guide), or of a wire agency ("AP's Julie Pace")
            agency = self._agency_in(person.outlet)
            if agency:
                return Resolved(
                    "wire_agency",
                    agency["name"],
                    f"agency:{agency['name'].lower()}",
                    res.facets.model_copy(update={"identity": "organisation"}),
                )
            return Resolved("other_outlet", res.name, f"outlet:{_norm(person.outlet)}", res.facets)
        if res.kind in ("on_record", "institution", "anonymous_described") and pollster_re().fullmatch(source.strip()):
            # "Gallup finds", "Quinnipiac found": the polling firm's finding is its published poll
            return Resolved(
                "public_record",
                source.strip(),
                f"document:{_norm(source)}",
                res.facets.model_copy(update={"identity": "document"}),
            )
        if res.kind in ("on_record", "anonymous_described") and self._journalist(source):
            # "journalist Martha Raddatz said", "the TV interviewer": another outlet's reporting
            agency = self._agency_in(source)
            if agency:  # "An Associated Press journalist in the area reported"
                key = f"agency:{agency['name'].lower()}"
                return Resolved(
                    "wire_agency", agency["name"], key, res.facets.model_copy(update={"identity": "organisation"})
                )
            return Resolved("other_outlet", res.name, f"outlet:{_norm(res.name)}", res.facets)
        if res.kind in ("on_record", "institution", "anonymous_described", "anonymous_vague", "public_record") and (
            find_phrase("sources", "social_objects", source.lower())
            # "one user wrote", "Another commenter said", "Twitter users posted": people known only by their posts
            or self._posters(source)
        ):
            # "according to his Facebook profile", "the school’s Facebook post": the source is a post
            return Resolved(
                "social_post", res.name, f"social:{_norm(res.name)}", res.facets.model_copy(update={"relayed": "post"})
            )
        medium = statement_medium(
            medium_text if medium_text is not None else sentence_text,
            around if around is not None else sentence_text,
            cue,
        )
        if medium == "post" and res.kind in ("on_record", "institution", "anonymous_described", "anonymous_vague"):
            return Resolved(
                "social_post", res.name, f"social:{_norm(res.name)}", res.facets.model_copy(update={"relayed": "post"})
            )
        outlet = writing_for_outlet(medium_text if medium_text is not None else sentence_text)
        if outlet and res.kind == "on_record" and not self._names_own_outlet(outlet):
            # "Alicia Powe, writing for Young Conservatives, reported": a writer of another outlet
            return Resolved("other_outlet", res.name, f"outlet:{_norm(outlet)}", res.facets)
        if res.kind == "on_record" and span and (cue or "").lower() in ("wrote", "writes"):
            after = WRITER_IN_OUTLET_AFTER_RE.match(self.text, span[1])
            outlet = after.group("outlet").rstrip(".") if after else ""
            if outlet and known_publication(outlet) and not self._names_own_outlet(outlet):
                # "“...,” wrote Larry O’Connor on Hot Air": the writer's piece in another publication
                return Resolved("other_outlet", res.name, f"outlet:{_norm(outlet)}", res.facets)
        if medium == "published" and res.kind == "on_record":
            return Resolved(
                "public_record",
                res.name,
                f"published:{_norm(res.name)}",
                res.facets.model_copy(update={"relayed": "published"}),
            )
        return res

    def _posters(self, source: str) -> bool:
        """ "one user", "Another commenter", "Twitter users", "netizens": a poster noun with nothing before it but
        a count or a platform ("Drug users said" are people who use drugs)."""
        words = _SOURCE_WORD_RE.findall(source.lower())
        if not words or words[-1] not in self.lex.sets["poster_nouns"]:
            return False
        platforms = self.lex.sets["social_markers"]
        return all(w in POSTER_COUNTS or w in platforms for w in words[:-1])

    def _own_outlet_source(self, source: str, res: Resolved) -> Resolved | None:
        """ "a USA TODAY analysis", "The New York Times reported" in a Times article: the outlet's
        own reporting (kinds guide: witnessed), not another outlet's. Its polls stay public
        records, and its named journalist ("Joel Pollak of Breitbart") speaks on the record."""
        if not self.own_outlet:
            return None
        whole = same_outlet(self.own_outlet, source, self.lex.sources["outlets"])  # "Western Journalism reported"
        if not whole and (
            res.kind not in ("other_outlet", "public_record", "institution") or not self._names_own_outlet(source)
        ):
            return None
        words = re.findall(r"[\w’'.\-]+", _norm(source))
        if _head(words) not in self.lex.sets["own_work_heads"] and any(
            w in self.lex.sets["document_heads"] and w not in self.lex.sets["own_work_heads"] for w in words
        ):
            return None  # "a New York Times/CBS News poll", "voters in a Times poll": a public record
        person = re.match(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)\s+(?:of|at|from|for)\s", source)
        # "The Post's Ruth Marcus puts it", "Washington Post columnist Michael Gerson ... calls": the outlet's own
        # named journalist, after its possessive or a word for the job
        own_writer = own_writer_re().search(source.strip())
        if res.kind in ("other_outlet", "on_record") and own_writer and self._named(own_writer.group("name")):
            person = own_writer
        if res.kind in ("other_outlet", "on_record") and person and self._named(person.group(1)):
            named = self._named(person.group(1)) or person.group(1)
            return Resolved(
                "on_record", named, f"person:{_norm(named)}", res.facets.model_copy(update={"identity": "named"})
            )
        return Resolved("witnessed", res.name, "witnessed", res.facets.model_copy(update={"identity": "organisation"}))

    def _authored_text(self, source: str, span: tuple[int, int] | None, res: Resolved) -> Resolved | None:
        """ "according to his book ''The Art of the Deal''", "Mariano's memoir": a published text of a
        person rests on the record that person published (public_record), named after its author,
        so that "he wrote" just after it still quotes the book."""
        if res.kind != "public_record":
            return None
        m = POSSESSED_TEXT_RE.match(source.strip())
        if not m or m.group("what").lower() not in self.lex.sets["published_media"]:
            return None
        who = m.group("who")
        if who.lower() in ("his", "her"):
            pos = span[0] if span else 0
            sent = self.sentences[self._sentence_of(pos)]
            # "he paid ... from a Texas company, Diamond Shamrock, according to his book": "his" is the
            # subject pronoun's person, not the last name before it
            subject = re.search(r"\b(?:he|she)\b", self.text[sent.start : pos], re.IGNORECASE)
            person = self._pronoun_antecedent(
                sent.start + subject.start() if subject else pos, subject.group(0).lower() if subject else who.lower()
            )
        else:
            person = self.ents.person_by_last(re.sub(r"[’']s$", "", who).split()[-1])
        if person is None:
            return None
        facets = res.facets.model_copy(update={"relayed": "published", "identity": "named"})
        return Resolved("public_record", person.full, f"published:{_norm(person.full)}", facets)

    def _journalist(self, source: str) -> bool:
        words = LETTERS_RE.findall(source.lower())
        if not words or WITNESS_RE.search(source) or (self.own_outlet and self._names_own_outlet(source)):
            return False  # "our reporter", "Times reporter X" in a Times article: the outlet itself
        job = next((k for k, w in enumerate(words[:4]) if self.lex.is_("journalist_nouns", w)), None)
        # "Former Breitbart reporter Michelle Fields accused": one who left the outlet speaks for herself
        return job is not None and not any(w in ("former", "ex") for w in words[:job])

    def names_own_outlet(self, source: str) -> bool:
        """Whether ``source`` names the publishing outlet itself ("The Huffington Post" in its own article)."""
        return self._names_own_outlet(source)

    def _names_own_outlet(self, source: str) -> bool:
        if not self.own_outlet:
            return False
        names = [m.group(0) for m in self.lex.outlet_re.finditer(source)]
        names += CAPITALISED_RUN_RE.findall(source)  # "Western Journalism", "USA TODAY"
        return any(same_outlet(self.own_outlet, n, self.lex.sources["outlets"]) for n in names)

    def _classify_party(
        self, source: str, span: tuple[int, int] | None, sentence_text: str = "", cue: str | None = None
    ) -> Resolved:
        """The kind of the party a source text names: the text is read down to the words that decide
        (``_party_text``), then each step of ``PARTY_STEPS`` in turn may type it; the first that does
        decides, and what none types is an unnamed source (``_anonymous``)."""
        read = self._party_text(source)
        if isinstance(read, Resolved):
            return read
        s = read
        low = _norm(s)
        words = PARTY_WORD_RE.findall(low)
        if not words:
            return Resolved("anonymous_vague", s, f"vague:{low}", SourceFacets(identity="vague"))
        ctx_low = sentence_text.lower()
        # the head noun says it: "officials" and "the Khans" are plural, "the Senator from Texas" is not
        number_word = _head(words)
        p = Party(
            s=s,
            low=low,
            words=words,
            span=span,
            pos=span[0] if span else 0,
            sentence_text=sentence_text,
            cue=cue,
            facets=SourceFacets(),
            reason=next((r for r in self.lex.sources["anonymity_reasons"] if r in ctx_low), None),
            plural=(
                (number_word.endswith("s") and not number_word.endswith("ss"))
                or number_word.endswith(("smen", "swomen", "people"))  # "Spokesmen", "spokespeople"
                or " and " in low
            ),
            head=number_word,
        )
        for step in PARTY_STEPS:
            res = step(self, p)
            if res is not None:
                return res
        return self._anonymous(p.s, p.low, p.words, p.pos, p.reason, p.plural, p.facets)

    def _party_text(self, source: str) -> str | Resolved:
        """The words of a source that decide its kind: a possessive's owner, a title's head, the named
        part of an apposition; or, for an author's titled work, its kind at once."""
        s = PRONOUN_IS_RE.sub(lambda m: m.group(0)[:-2], source.strip())
        if len(s) > 4 and POSSESSIVE_END_RE.search(s):
            s = s[:-2]  # "The senator’s warning that ...": the possessor speaks
        untitled = QUOTED_TITLE_END_RE.sub("", s)
        if untitled != s and POSSESSIVE_END_RE.search(untitled.rstrip()):
            # "Bob Woodward's “Fear,”", "E. J. Fleming's ''The Fixers''": the author's titled work, a
            # published text the reader can check (kinds guide: public_record)
            return Resolved(
                "public_record",
                s.strip(),
                f"published:{_norm(s)}",
                SourceFacets(identity="document", relayed="published"),
            )
        if untitled != s and LOWER_RE.search(untitled):
            s = untitled  # "his book ''The Art of the Deal.''": the head comes before the title
        # the first comma that is not inside a figure ("The poll of 1,000 likely voters" is one phrase)
        joined = DASH_APPOSITION_RE.sub(", ", s, count=1)
        cut = APPOSITION_COMMA_RE.search(joined)
        head_part, apposition = (joined[: cut.start()], joined[cut.end() :]) if cut else (joined, "")
        if (
            apposition.strip()
            and len(head_part.split()) <= 6
            # "one prominent conservative, syndicated radio host Dennis Prager" after "But": a lower-case
            # head with a named apposition
            and (
                head_part[:1].isupper()
                or (
                    apposition.strip().split()[0].lower() not in ("a", "an", "the")
                    and self._named(apposition.strip().split(",")[0]) is not None
                )
            )
        ):
            # "Simmons, an Obama supporter" / "A spokeswoman for the ministry, Maria Zakharova":
            # the named part decides.
            head_words = PARTY_WORD_RE.findall(head_part.lower())
            speaks_for_named = (
                head_words[0] in ("a", "an", "the")
                and _head(head_words) in self.lex.sets["anonymous_heads"]
                and ANON_FOR_NAMED_RE.search(head_part) is not None
            )  # "A spokeswoman for Gov. John Kasich, Emmalee Kalmbach": the name after "for" is not hers
            first_apposition = apposition.strip().split(",")[0]
            named_part = (
                head_part
                if self._named(head_part) and not self._people_group(head_part, head_words) and not speaks_for_named
                else (
                    apposition.strip()
                    if self._named(first_apposition) and not DESCRIPTION_OF_NAMED_RE.match(first_apposition)
                    else head_part
                )
            )  # "Two Republicans, Sen. Susan Collins and Sen. Lisa Murkowski": the names decide
            s = named_part.strip()
            described = PARTY_WORD_RE.findall(apposition.strip().split(",")[0].lower())
            if (
                named_part is head_part
                and head_part[:1].isupper()
                and described[:1] in (["a"], ["an"], ["the"])
                and _head(described) in self.lex.sets["institution_heads"]
                and self._agency_in(s) is None  # "Xinhua, the official Chinese news agency": the agency's rule
                and not self.lex.outlet_re.search(s)
            ):
                # "Playing Field Promotions, a sports and celebrity talent agency,", "Priorities USA, a pro-Clinton
                # super PAC,": the apposition says the name is an organisation's
                return Resolved("institution", s, f"institution:{_norm(s)}", SourceFacets(identity="organisation"))
        return s

    # ---- the steps of the cascade, in order: each types the party or passes (None) ----

    def _party_pronoun(self, p: Party) -> Resolved | None:
        return self._resolve_pronoun(p.s, p.low, p.pos, p.span, p.sentence_text, p.cue, p.facets)

    def _party_speaker_label(self, p: Party) -> Resolved | None:
        s = p.s
        if s.isupper() and len(s) > 3 and all(len(w) > 1 for w in s.split()):
            # "TAPPER:", "KATE BOLDUAN:" in a transcript: a speaker's label in capitals names a person met before
            person = self.ents.people.get(p.low) or self.ents.person_by_last(s.split()[-1])
            if person is not None:
                return self._person(person, p.facets)
        return None

    def _party_poll_share(self, p: Party) -> Resolved | None:
        s, span = p.s, p.span
        if (
            SHARE_OF_PEOPLE_RE.match(s)
            or SURVEYED_RE.match(s)
            or (
                COUNTED_PEOPLE_RE.match(s)
                and (
                    POLL_IN_SENTENCE_RE.search(p.sentence_text)
                    or "respondents" in p.words  # "Almost half of respondents said": those a poll asked
                    # "More than 6 in 10 Republicans who attended the caucuses said", a few sentences after the
                    # entrance poll was named: the share is still the poll's
                    # ... and a bare share with no noun ("Less than a third agreed", "three-fourths say"): those
                    # polled, when a poll was named in the paragraphs before
                    or (
                        span is not None
                        and (
                            POLL_FRACTION_RE.search(s)
                            or " of " not in f" {p.low} "
                            # "At least half of voters in each state say", after "exit polls": those polled
                            or POLLED_PEOPLE_OF_RE.search(p.low)
                        )
                        and POLL_IN_SENTENCE_RE.search(self.text, max(0, span[0] - 1500), span[0])
                    )
                )
            )
            # "Those over 60 say they feel that way by 2-1", "supporters of Democrat Hillary Clinton say they
            # should ..., 76%-21%": a group of those polled, split by a margin
            or (
                POLL_MARGIN_RE.search(p.sentence_text)
                and " and " not in p.low
                and (p.words[0] == "those" or self._people_group(s, p.words))
            )
        ):
            # "Fifty-one percent say", "47% said": a share of those polled speaks through the poll (kinds
            # guide: a poll is a public record)
            # "In an ABC News/Washington Post Poll released Sunday, three of four Americans disapproved": the
            # claim rests on the poll the sentence names, when it names one
            # (before the source: "..., according to an AP-GfK poll" is already a hop of the chain)
            at = p.sentence_text.find(s)
            named = NAMED_POLL_RE.search(p.sentence_text[: max(at, 0)])
            name = named.group(0).strip() if named else s
            return Resolved(
                "public_record", name, f"document:{_norm(name)}", p.facets.model_copy(update={"identity": "document"})
            )
        return None

    def _party_agency_or_outlet(self, p: Party) -> Resolved | None:
        lex, s, low, words = self.lex, p.s, p.low, p.words
        if words[0] in ("former", "ex") and self._named(s):
            return None  # "Former Breitbart reporter Michelle Fields accused": she left; she speaks for herself
        agency = self._agency_in(s)
        if agency and _head(words) in ("poll", "polls", "survey", "surveys"):
            # "A Bloomberg poll in June showed", "a Reuters/Ipsos poll": the agency's poll is a record (as "a
            # CNN/ORC survey" is), not the agency's reporting
            return self._document(s, low, p.pos, p.sentence_text, p.facets)
        if agency and len(words) == 1 and (full := self._person_with_agency_name(s.strip())):
            # "Bloomberg says he is distressed", after "Former New York Mayor Michael Bloomberg": his surname
            return self._person(Person(full=full, last=s.strip()), p.facets)
        if agency:
            return _agency_source(agency, p.facets)
        if AGENCY_BACK_RE.fullmatch(low) and p.pos is not None:
            # "the news agency said" after "according to the state-run Xinhua News Agency": the agency last named
            agency = self._agency_named_before(p.pos)
            if agency:
                return _agency_source(agency, p.facets)
        outlet = lex.outlet_re.search(s)
        if outlet:
            after = re.match(r"(?:\s*[/-]\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+([a-z]+)", s[outlet.end() :])
            if after and after.group(1) in lex.sets["document_heads"] and after.group(1) != "reports":
                # "voters in a New York Times poll", "a CNN/ORC survey": the outlet's poll is a record
                return self._document(s, low, p.pos, p.sentence_text, p.facets)
        publication = _PUBLICATION_NOUN_RE.search(low)
        if _head(words) not in lex.sets["document_heads"] and (
            outlet
            or low in lex.sources["outlet_phrases"]
            # "One news account", "Russian state media": a determiner or modifier before the phrase
            or any(" " in phrase and low.endswith(" " + phrase) for phrase in lex.sources["outlet_phrases"])
            or _head(words) in lex.sets["outlet_heads"]
            or publication  # "the newspaper Asahi", "the weekly magazine Shukan Bunshun"
        ):  # ... but "a memo the Daily Ledger obtained" is the memo
            name = key = outlet.group(0) if outlet else s
            writer = WRITER_OF_RE.match(s) if outlet else None
            # the writer's "of" ends where the outlet starts, or before its "The "
            if writer and writer.end() <= outlet.start() + 4:  # type: ignore[union-attr]
                name = writer.group("name")  # "George Zornick of The Nation wrote": the outlet's named writer
            head = _head(words)
            # "Six Gannett newspapers said ... They called him ...": a plural outlet is what "they" points to
            plural = not outlet and (head == "media" or (head.endswith("s") and head != "news"))
            return Resolved(
                "other_outlet",
                name,
                f"outlet:{_norm(key)}",
                p.facets.model_copy(update={"identity": "organisation" if outlet else "vague", "plural": plural}),
            )
        return None

    def _party_member(self, p: Party) -> Resolved | None:
        lex, s, low, words = self.lex, p.s, p.low, p.words
        member = next((k for k, w in enumerate(words) if w in ("who", "which", "whose")), len(words))
        member_words = words[:member]  # "Another Muslim who worshiped at the mosque": before the relative clause
        if (
            len(member_words) in (2, 3)
            and member_words[0] in ("one", "another", "a", "an")
            and (
                member_words[-1] in lex.sets["party_members"]
                or member_words[-1] in lex.sets["faith_members"]
                or _demonym(" ".join(s.split()[:member]))
            )
        ):
            # "One Republican said", "Another Muslim said", "a frustrated Iowan": one unnamed member of a
            # party, faith or place (kinds guide: unnamed people whose affiliation is described)
            return Resolved(
                "anonymous_described", s, f"anonymous:{low}", p.facets.model_copy(update={"identity": "described"})
            )
        if (
            2 <= len(words) <= 4
            and words[0] == "the"
            and words[-1] in lex.sets["party_members"]
            and all(w[:1].isupper() for w in s.split()[1:])
        ):
            # "The Republican said", "The Arizona Republican says": one party member the article is about
            return Resolved(
                "on_record", s, f"role:{low}", p.facets.model_copy(update={"identity": "named", "role": "other"})
            )
        return None

    def _party_witness_or_capitalised(self, p: Party) -> Resolved | None:
        lex, s, low, words = self.lex, p.s, p.low, p.words
        if WITNESS_RE.search(s):
            return Resolved("witnessed", s, "witnessed", p.facets.model_copy(update={"identity": "named"}))
        if (
            _THE_CAPITALISED_RUN_RE.fullmatch(s)
            and len(s.split()) >= 3
            and s.split()[-1].lower() in lex.sets["role_words"]
            and s.split()[-1].lower() not in lex.sets["anonymous_heads"]
        ):
            # "The French Foreign Minister said": one titled person, not a body
            return Resolved(
                "on_record",
                s,
                f"role:{low}",
                p.facets.model_copy(update={"identity": "named", "role": self._role_of(words)}),
            )
        if _THE_CAPITALISED_RUN_RE.fullmatch(s) and not any(
            self.ents.person_by_last(w) or (w.endswith("s") and self.ents.person_by_last(w[:-1])) for w in s.split()[1:]
        ):  # ... "The Ebelings" is a named family (checked below), not a body
            return Resolved(
                "institution", s, f"institution:{low}", p.facets.model_copy(update={"identity": "organisation"})
            )
        return None

    def _party_counted_or_vague(self, p: Party) -> Resolved | None:
        lex, s, low = self.lex, p.s, p.low
        counted = DEFINITE_COUNT_RE.fullmatch(low)
        if (
            counted
            and counted.group(1) in lex.sets["wordnet_persons"]
            and counted.group(1) not in lex.sets["anonymous_heads"]  # "the two officials" met before unnamed
            and counted.group(1) not in PLURAL_PEOPLE  # "the two men", "the three women": anyone
            and len(self.ents.people) >= 2
        ):
            # "The four contenders largely agreed", "the two chief antagonists to Donald J. Trump": a
            # counted, definite group is the named people the article is about (kinds guide: a group
            # of named people is on_record), not unnamed ones described
            return Resolved(
                "on_record", s, f"group:{low}", p.facets.model_copy(update={"identity": "named", "plural": True})
            )
        if low in lex.sources["vague_phrases"] or low.rstrip("s") in ("insider", "source"):
            return self._anonymous(s, low, p.words, p.pos, p.reason, p.plural, p.facets)
        return None

    def _party_document(self, p: Party) -> Resolved | None:
        lex, s, low = self.lex, p.s, p.low
        head = _head(p.words)
        last = _BRACKETED_RE.sub("", low).split()
        if (
            last
            and last[-1] in lex.sets["document_heads"]
            and head not in lex.sets["anonymous_heads"]
            # "Some advocates for stem cell research", "the beneficiaries of the new rule": people
            and not lex.is_("wordnet_persons", head)
            # ... not the object of a relative clause ("The judges who ruled that ... their laws")
            and not any(w in ("who", "whom") for w in last)
            # ... nor a person's affiliation: "Stephen Vladeck of the University of Texas School of Law"
            and not ((m := PERSON_OF_RE.match(s)) and lex.is_("first_names", m.group("first")))
        ):
            head = last[-1]  # "... Status of Forces Agreement (SOFA)" is an agreement
        p.head = head  # later steps read the head noun as decided here
        last_word = s.split()[-1] if s.split() else ""
        if (
            head in lex.sets["document_heads"]
            and head == last_word.lower()
            and last_word[:1].isupper()
            and p.words[0] not in DETERMINERS_BEFORE_DOCUMENT
            and self.ents.person_by_last(last_word) is not None
        ):
            return None  # "Steven Law said", "Law said": a person's surname that is also a document's noun
        owner = POSSESSOR_LEAD_RE.match(s) if head in lex.sets["utterance_heads"] else None
        if owner and len(p.words) <= len((owner.group("name") or owner.group("pronoun")).split()) + 3:
            # "His remarks indicated", "Ryan's statement said": what a person said rests on that person (readers
            # of the kinds guide label the owner), unlike a document of theirs ("Lavrov's letter")
            return self._owner_speaks(p, owner)
        if head in lex.sets["document_heads"]:  # the head noun decides: "Lavrov's letter" is a document
            return self._document(s, low, p.pos, p.sentence_text, p.facets)
        if self._thing_shows(head, s, p.cue, p.pos):
            # "The footage shows", "Photos reveal": a made thing or a message that shows is evidence the
            # reader can look at (kinds guide: a video, a transcript)
            return self._document(s, low, p.pos, p.sentence_text, p.facets)
        return None

    def _party_study_authors(self, p: Party) -> Resolved | None:
        """ "The study followed 2,000 workers .... The researchers found C": the authors of a study, report or
        paper just named speak through it (kinds guide: a study is a public record)."""
        words = p.words
        if len(words) < 2 or words[0] not in ("the", "its", "their") or words[-1] not in self.lex.sets["study_authors"]:
            return None
        si = self._sentence_of(p.pos)
        start = self.sentences[max(0, si - STUDY_AUTHOR_SENTENCES)].start
        study = STUDY_NOUN_RE.search(self.text, start, p.pos)
        if study is None:
            return None
        noun = study.group(0).lower()
        return Resolved(
            "public_record",
            f"{p.s} (of the {noun})",
            f"document:{noun}",
            p.facets.model_copy(update={"identity": "document"}),
        )

    def _party_country(self, p: Party) -> Resolved | None:
        s, bare = p.s, p.bare
        if " " not in s and self.ents.person_by_last(s) is not None:
            return None  # "Paris said" after "Jeremy Paris": the person's surname, not the city
        state = bare in self.lex.sets["places"] and s.lower().removeprefix("the ") == bare  # "Texas asked"
        if bare in self.lex.sets["countries"] or state or _ACRONYM_RE.fullmatch(s):
            # "Mexico", "Texas", "the United States", "the NAACP": a country, a state or an acronym speaks as a body
            return Resolved(
                "institution", s, f"institution:{bare}", p.facets.model_copy(update={"identity": "organisation"})
            )
        return None

    def _party_named_conjunct(self, p: Party) -> Resolved | None:
        s = p.s
        first_conjunct = s.split(" and ")[0]
        first_named = self._named(first_conjunct) if " and " in s and first_conjunct[:1].isupper() else None
        countries = self.lex.sets["countries"]
        if first_named and re.sub(r"^(?:both\s+)?(?:the\s+)?", "", first_conjunct.lower()) in countries:
            first_named = None  # "Both the United States and Russia": countries, not a person
        if first_named and (
            len(first_named.split()) >= 2
            or self.ents.person_by_last(first_named)
            or first_conjunct.split()[0].lower() in HONORIFICS  # "Mr. Xi and other leaders"
        ):
            # "Clinton and the State Department have said": a named person speaks among them
            named = self._named(first_conjunct) or first_conjunct
            person = self.ents.people.get(named.lower()) or self.ents.person_by_last(named)
            second = s.split(" and ", 1)[1].strip()
            second_named = self._named(second) if second[:1].isupper() else None
            other = (
                (self.ents.people.get(second_named.lower()) or self.ents.person_by_last(second_named))
                if second_named
                else None
            )
            if person is not None and other is not None and other is not person:
                # "Xi and Putin said": both named people speak; the claim rests on the two of them (kinds guide:
                # a group of named people is on the record), as "they" after such a pair does
                name = f"{person.full} and {other.full}"
                return Resolved("on_record", name, f"group:{name.lower()}", SourceFacets(identity="named", plural=True))
            res = (
                self._person(person, p.facets)
                if person
                else Resolved("on_record", named, f"person:{named.lower()}", p.facets)
            )
            res.facets.plural = True
            return res
        pair = _TWO_NAMES_RE.fullmatch(s.strip())
        sets = self.lex.sets
        firsts = {person.full.split()[0] for person in self.ents.people.values()} if pair else set()
        if (
            pair
            and all(n.lower() in sets["first_names"] and n.lower() not in sets["places"] for n in pair.groups())
            and any(n in firsts for n in pair.groups())  # one is the first name of a person named before
        ):
            # "Dale and Martha disputed that ...": two people the article calls by their first names
            return Resolved(
                "on_record", s, f"person:{p.bare}", p.facets.model_copy(update={"identity": "named", "plural": True})
            )
        if _PLURAL_NAME_RE.fullmatch(s) and self.ents.person_by_last(s.split()[-1][:-1]):
            # "the Khans", "The Ebelings", "Khans:" in a headline: a named family
            return Resolved(
                "on_record", s, f"person:{p.bare}", p.facets.model_copy(update={"identity": "named", "plural": True})
            )
        return None

    def _party_company(self, p: Party) -> Resolved | None:
        """ "Intel said", "Apple says", "Verizon had argued": a listed company's short name (data/companies.json),
        the whole source, is an organisation, unless the article names a person of that name ("Ford" after
        "Christine Blasey Ford")."""
        name = re.sub(r"^the\s+", "", p.s.strip(), flags=re.IGNORECASE)
        if name not in company_names() or self.ents.people.get(name.lower()) or self.ents.person_by_last(name):
            return None
        low = name.lower()
        if low in self.lex.sets["places"] or low in self.lex.sets["countries"] or known_publication(f"{name} News"):
            return None  # "Berkeley" is a university's town, "Fox" the network ("Fox found"): not the listed company
        org = p.facets.model_copy(update={"identity": "organisation"})
        return Resolved("institution", name, f"institution:{_norm(name)}", org)

    def _party_institution_head(self, p: Party) -> Resolved | None:
        lex, s, words, head = self.lex, p.s, p.words, p.head
        written = re.search(rf"\b{re.escape(head)}\b", s, re.IGNORECASE) if head != words[-1] else None
        if written and written.group(0)[:1].isupper() and role_then_name_re().search(s):
            # "University of Chicago economist John Smith": the head before "of" is the workplace's name; not "The
            # government of Ukraine President Petro Poroshenko", whose government speaks
            return None
        last_word = s.split()[-1]
        p.surname = (
            last_word[:1].isupper()
            and last_word.lower() == head
            and not words[0] == "the"
            and (words[0] in HONORIFICS or self.ents.person_by_last(last_word) is not None)
        )  # "Mr. Tribe", "Laurence H. Tribe": a person's surname that is also a noun for a body ("tribe")
        if (
            not p.surname
            and head in lex.sets["institution_heads"]
            or (
                # "The brokerage said", "the insurer": WordNet's organisations, written in lower case
                head in lex.sets["wordnet_organisations"]
                and not p.plural  # "Many businesses", "the families of those killed" are no one body
                and head not in lex.sets["wordnet_persons"]
                and _written_lower(head, s)
            )
            # "The online retail giant reported": a company's descriptor ("giant" is also a person in WordNet)
            or (
                head in lex.sets["organisation_descriptors"]
                and words[0] == "the"
                and not p.plural
                and _written_lower(head, s)
            )
        ) and head not in lex.sets["anonymous_heads"]:
            # the head noun decides: "Donald Trump's campaign" is the campaign, not Trump
            return Resolved(
                "institution",
                s,
                f"institution:{p.bare}",
                p.facets.model_copy(update={"identity": "organisation", "plural": False}),
            )
        return None

    def _party_people_group(self, p: Party) -> Resolved | None:
        lex, s, low, words = self.lex, p.s, p.low, p.words
        if both_people_re().fullmatch(low) and len(self.ents.people) >= 2:
            # "both candidates", "the two men": a definite pair or trio of people the article has
            # named (kinds guide: a group of named people is on the record)
            return Resolved(
                "on_record", s, f"group:{low}", p.facets.model_copy(update={"identity": "named", "plural": True})
            )
        if self._people_group(s, words):
            return self._anonymous(s, low, words, p.pos, p.reason, True, p.facets)
        if (
            words[0] in ("a", "an", "one", "two", "three", "several", "the")
            and _head(words) in lex.sets["anonymous_heads"]
            and ANON_FOR_NAMED_RE.search(s)
        ):
            # "A spokeswoman for Gov. John Kasich said": the spokeswoman speaks, unnamed; the name after
            # "for" is whom she speaks for, as in "A spokesman for Trump"
            return self._anonymous(s, low, words, p.pos, p.reason, p.plural, p.facets)
        return None

    def _party_descriptor_name(self, p: Party) -> Resolved | None:
        lex, s = self.lex, p.s
        described = DESCRIPTOR_THEN_NAME_RE.search(s)
        while described and not (
            described.group("noun").lower() in lex.sets["organisation_descriptors"]
            or described.group("noun").lower() in lex.sets["institution_heads"]
        ):
            described = DESCRIPTOR_THEN_NAME_RE.search(s, described.start("noun") + 1)
        if described:
            name_words = described.group("name").split()
            if re.search(r"\b(?:of|by|for|from|at|with)\s", s[: described.start("noun")]) or lex.is_(
                "title_words", name_words[0]
            ):
                # "Phil Musser of digital consulting firm IMGE": the person before "of" speaks;
                # "Clinton campaign Chairman John Podesta", "company CEO Andy Vesey": a titled person
                described = None
        if described:
            # "Pro-Clinton super PAC Priorities USA Action", "the advocacy group Common Cause": a body's
            # descriptor right before its name
            name = described.group("name").strip()
            org = p.facets.model_copy(update={"identity": "organisation"})
            return Resolved("institution", name, f"institution:{_norm(name)}", org)
        if self._unnamed_of_named(p.words, s, p.plural):
            # "a Clinton campaign official", "one Clinton aide", "A senior Donald Trump adviser", "Advisers to Mr.
            # Rubio": unnamed people described by whom they work for; the name inside is not who speaks
            return self._anonymous(s, p.low, p.words, p.pos, p.reason, p.plural, p.facets)
        return None

    def _party_named(self, p: Party) -> Resolved | None:
        lex, s, low = self.lex, p.s, p.low
        named = self._named(s)
        p.named = named
        if named and named.lower() in lex.sets["countries"]:
            # "Both the United States and Russia": countries speak as governments
            org = p.facets.model_copy(update={"identity": "organisation"})
            return Resolved("institution", s, f"institution:{low}", org)
        if (
            named
            and len(s.split()) >= 2
            and all(w[:1].isupper() for w in s.split())
            and lex.is_("company_name_endings", s.split()[-1])
        ):
            # "Oxford Economics said", "Moody's Analytics said": a company's name, not a person's
            org = p.facets.model_copy(update={"identity": "organisation"})
            return Resolved("institution", s, f"institution:{_norm(s)}", org)
        if named and (
            named.split()[0].lower() in lex.sets["place_name_starts"]
            or named.split()[-1].lower() in lex.sets["place_name_endings"]
        ):
            p.named = None  # "another New Hampshire Republican", "San Bernardino shooter's friend": a place's name
            return None
        if named and not s.strip().endswith(named) and self._name_modifies_person_noun(s, named):
            # "the Christie supporter", "a Trump adviser", "Sanders volunteers": the name only says whose; the
            # people are unnamed (the later steps type them)
            p.named = None
            return None
        if named:
            person = self.ents.people.get(named.lower()) or self.ents.person_by_last(named)
            if person:
                res = self._person(person, p.facets)
                if p.plural and " and " in low:
                    res.facets.plural = True
                return res
        return None

    def _person_with_agency_name(self, alias: str) -> str | None:
        """ "Michael Bloomberg": the article names a person whose surname is an agency's name (a first name of the
        census lists right before it), whom the names index leaves out (agencies' names are no name words)."""
        pattern = (
            rf"(?<![Ii]n )(?<![Oo]n )(?<![Bb]y )\b([A-Z][a-z]+)\s+{re.escape(alias)}\b(?![’']s\s+(?:news|poll|survey))"
        )
        for m in re.finditer(pattern, self.ents.text):
            first = m.group(1).lower()
            # "Michael Bloomberg"; not "In May Bloomberg reported", "Will Bloomberg run?" (a month, a modal)
            if first in self.lex.sets["first_names"] and first not in MONTHS_DAYS and first not in MODAL_WORDS:
                return m.group(0)
        return None

    def _name_modifies_person_noun(self, s: str, named: str) -> bool:
        """ "the Christie supporter", "One Clinton spokesman", "Trump advisers": the name stands right before
        one or two lower-case words ending on a noun for people, with no possessive."""
        at = s.rfind(named.split()[-1])
        rest = s[at + len(named.split()[-1]) :].split()
        if not rest or len(rest) > 2 or any(not w.isalpha() or not w.islower() for w in rest):
            return False
        head = rest[-1]
        return self.lex.is_("wordnet_persons", head) or head in self.lex.sets["anonymous_heads"]

    def _party_role(self, p: Party) -> Resolved | None:
        words, plural = p.words, p.plural
        if self._specific_role(words, plural):
            # "the senator", "The Indiana governor", "Connecticut's tax commissioner": one specific
            # person, named or not named elsewhere in the article (kinds guide: on_record)
            person = self._role_antecedent(words, p.pos)
            if person:
                return self._person(person, p.facets)
        if self._specific_role(words, plural) and _head(words) not in self.lex.sets["anonymous_heads"]:
            # no one of that title named before: still one specific person, unless the title is one
            # anonymous sources go by ("the official", "the aide": unnamed, described)
            return Resolved(
                "on_record",
                p.s,
                f"role:{p.bare}",
                p.facets.model_copy(update={"identity": "named", "role": self._role_of(words)}),
            )
        if self._definite_person(words, plural, p.s, p.pos, p.reason):
            # "the bespectacled, 71-year-old diplomat said", "The NFL legend said", "his best friend said":
            # one specific person, in an article that names people (kinds guide: a title that refers to
            # a specific person is on_record), unless the article brought them in unnamed ("a diplomat")
            return Resolved(
                "on_record",
                p.s,
                f"role:{p.bare}",
                p.facets.model_copy(update={"identity": "named", "role": self._role_of(words)}),
            )
        return None

    def _party_unnamed_or_body(self, p: Party) -> Resolved | None:
        lex, s, low, words, head, named = self.lex, p.s, p.low, p.words, p.head, p.named
        # "a neurologist", "the suspect", "One paramedic": a common noun for a person, unnamed
        is_anon_head = head in lex.sets["anonymous_heads"] or self._person_noun(head, s) or _access_only(low)
        if is_anon_head and not named:
            return self._anonymous(s, low, words, p.pos, p.reason, p.plural, p.facets)
        if (
            low in lex.sets["countries"]
            or low.removeprefix("the ") in lex.sets["countries"]
            or (head in lex.sets["institution_heads"] and not p.surname)  # not "Mr. Tribe"
            or (len(words) <= 4 and any(w in lex.sets["institution_heads"] for w in words) and not p.surname)
        ):
            return Resolved(
                "institution",
                s,
                f"institution:{low.removeprefix('the ')}",
                p.facets.model_copy(update={"identity": "organisation", "plural": False}),
            )
        return None

    def _party_name_left(self, p: Party) -> Resolved | None:
        s, named = p.s, p.named
        if named and len(named.split()) == 1 and not self._typing_full_name:
            org = self._organisation_named(named)
            if org and org != named:  # "Fox found" where the article has "Fox News": its full name decides
                self._typing_full_name = True
                try:
                    full = self._classify_party(org, p.span, p.sentence_text, p.cue)
                finally:
                    self._typing_full_name = False
                if full.kind in ("institution", "other_outlet", "wire_agency"):
                    return full
            if org:  # "Peabody said" where the article has "Peabody Energy" and "Peabody kept its ..."
                return Resolved(
                    "institution",
                    org,
                    f"institution:{org.lower()}",
                    p.facets.model_copy(update={"identity": "organisation"}),
                )
        if named and _capitalised_common_person(named) and not self.ents.person_by_last(named.split()[-1]):
            # "Woman Reveals ...", "Retired General Reveals ...": a title-case headline's person noun, no name
            return self._anonymous(s, p.low, p.words, p.pos, p.reason, p.plural, p.facets)
        if (
            named
            and " " not in named
            and (named.lower() in QUANTITY_HEADS or (named.endswith("s") and _demonym(named[:-1])))
            and not self.ents.person_by_last(named)
        ):
            # "Americans say", "Syrians say", "Hundreds cast their votes": people described by where they are from
            # or counted, written with the capital that opens the sentence, not a name
            return self._anonymous(s, p.low, p.words, p.pos, p.reason, p.plural, p.facets)
        thing = self._thing(p)  # "Evidence suggests", "Lawsuits filed last year accuse": a capital that opens
        if thing is not None:  # the sentence on a noun that names no one
            return thing
        if named:
            # A capitalised name the article never expands: a person on the record.
            return Resolved(
                "on_record", named, f"person:{named.lower()}", p.facets.model_copy(update={"identity": "named"})
            )
        words = p.words
        if (
            s[:1].isupper()
            and words
            and words[0] not in ("a", "an", "the", "about", "around", "nearly", "roughly", "almost", "another")
            and words[0] not in QUANTIFIERS
        ):  # ... "About four out of 10 voters" are people counted
            owner = POSSESSOR_LEAD_RE.match(s)
            if owner and owner.group("name") and s[owner.end() :].islower():
                # "Clinton's op-ed supporting ...": the owner of a work or act no step typed speaks through it
                return self._owner_speaks(p, owner)
            # "Both of his GOP senators" is people, not a body
            return Resolved(
                "institution", s, f"institution:{p.low}", p.facets.model_copy(update={"identity": "organisation"})
            )
        return None

    def _owner_speaks(self, p: Party, owner: re.Match[str]) -> Resolved:
        """The owner ``POSSESSOR_LEAD_RE`` found at the start of a source ("His", "Paul Manafort's"), typed as
        the source: a person's words or work rest on that person."""
        name = owner.group("name") or owner.group("pronoun")
        return self.classify(name, (p.pos, p.pos + len(name)), p.sentence_text, p.cue)

    def _thing(self, p: Party) -> Resolved | None:
        """What no step typed and whose head noun names no one ("Two class action lawsuits ... have accused",
        "The new evidence from trade suggests", "the missive"): a thing, which the kinds guide types as the
        record it is, never as unnamed people described."""
        head = p.head or _head(p.words)
        if head not in non_agents() or not self._written_common(head, p.s, p.pos):
            return None
        if not _written_lower(head, p.s) and not (head.endswith("s") and not head.endswith("ss")):
            return None  # a capitalised singular may be a surname the article names once ("Trump says")
        if any(w in _person_head_words() for w in p.words):
            return None  # "multiple people I spoke to" ("spoke" read as the head): the people speak
        owner = POSSESSOR_LEAD_RE.match(p.s)
        if owner and head not in self.lex.sets["evidence_heads"]:
            # "Her vow", "His assumption, confidently stated on live TV,", "Manafort's decision": a person's own act
            # or words rest on that person (a document of theirs, "Lavrov's letter", was typed before this step)
            return self._owner_speaks(p, owner)
        at = p.words.index(head) if head in p.words else -1
        if head in self.lex.sets["exchange_heads"] and p.words[at + 1 : at + 2] == ["with"]:
            return None  # "interviews with a dozen party leaders": the people interviewed speak
        return self._document(p.s, p.low, p.pos, p.sentence_text, p.facets)

    def _resolve_pronoun(
        self,
        s: str,
        low: str,
        pos: int,
        span: tuple[int, int] | None,
        sentence_text: str,
        cue: str | None,
        facets: SourceFacets,
    ) -> Resolved | None:
        """ "who", "he", "they", "we", "it": the party the pronoun points back to, or a name that
        says it could not be found; None when the source is not a pronoun."""
        lex = self.lex
        # a possessive pronoun points back like its subject form ("his call for a ban": he called for it)
        low = POSSESSIVE_TO_SUBJECT.get(low, low)
        if _WHO_CONTRACTED_RE.fullmatch(low):
            low = _APOSTROPHE_TAIL_RE.sub("", low)  # "who’s argued for years that ...", "who’d previously endorsed"
        if (low in ("who", "which") or _QUANTIFIER_OF_WHOM_RE.fullmatch(low)) and span:
            before = self.text[max(0, span[0] - 200) : span[0]].rstrip(" ,")
            # "Marco Rubio (R-Fla.), all of whom": a party tag in brackets is no boundary
            before = PARTY_TAG_RE.sub(lambda t: " " * len(t.group(0)), before).rstrip(" ,")
            m = re.search(r"([^,;.“”\"()\n]+)$", before)  # within the paragraph
            if m and low == "who" and m.group(1).strip().lower() in self.lex.sets["places"] and m.start() > 0:
                # "a gynecologist from Englewood, New Jersey, who said": the state closes a place, not the antecedent
                prior = re.search(r"([^,;.“”\"()\n]+)$", before[: m.start()].rstrip(" ,"))
                m = prior or m
            if m and m.group(1).strip():
                # where the phrase starts in the text (``before`` starts 200 characters back, or at 0)
                phrase, start = m.group(1), max(0, span[0] - 200) + m.start(1)
                cut = who_antecedent_start(phrase) if low == "who" else 0
                named = APPOSITION_NAME_RE.search(before, 0, m.start()) if low == "who" and not cut else None
                if named and APPOSITION_OPENER_RE.match(phrase.strip()):
                    # "said Larry Noble, an attorney with the Campaign Legal Center, who added": the
                    # apposition describes the named man, and "who" is he
                    at = max(0, span[0] - 200)
                    name_span = (at + named.start("name"), at + named.end("name"))
                    return self.classify(named.group("name"), name_span, sentence_text, cue)
                return self.classify(phrase[cut:].strip(), (start + cut, start + len(phrase)), sentence_text, cue)
            if low == "who":
                # "a union member in Roanoke, Va., who voted for ...": no antecedent read, but named as what it is,
                # never a bare pronoun (chains and explanations show this name)
                return Resolved(
                    "on_record",
                    f"a person the article does not name (“{s}”)",
                    "pronoun:who",
                    facets.model_copy(update={"identity": "named"}),
                )
        if low in lex.sets["person_pronouns"]:
            person = self._pronoun_antecedent(pos, low)
            if person:
                return self._person(person, facets)
            # No one named before it: say so rather than name a bare pronoun.
            return Resolved(
                "on_record",
                f"a person the article does not name (“{s}”)",
                f"pronoun:{low}",
                facets.model_copy(update={"identity": "named"}),
            )
        if low in ("they", "them"):
            pair = self._named_pair_before(pos)
            if pair is not None:
                return pair
            for spos, res in reversed(self.ents.speakers):
                if spos < pos and (res.facets.plural or res.kind in ("institution", "public_record")):
                    return res
            for apos, atext, _key in reversed(self.ents.anonymous):
                if apos < pos:  # "Environmentalists worry ... they say"
                    return self.classify(atext, (apos, apos + len(atext)))
            return Resolved(
                "anonymous_vague",
                f"unnamed people (“{s}”)",
                "vague:they",
                facets.model_copy(update={"identity": "vague", "plural": True}),
            )
        if low == "i" and not self._in_quotation(pos):
            # '“I am not shy,” I said.' outside any quotation: the writer, not the last speaker quoted
            return Resolved(
                "on_record", "the writer (“I”)", WRITER_KEY, facets.model_copy(update={"identity": "named"})
            )
        if low in ("i", "we", "me", "us"):
            for spos, res in reversed(self.ents.speakers):
                if spos < pos:
                    return res
            kind = "institution" if low in ("we", "us") else "on_record"
            return Resolved(kind, f"the speaker (“{s}”)", f"pronoun:{low}", facets)
        if low in ("it", "this") or low.startswith("it "):
            if cue and "report" in cue.lower():
                return Resolved(
                    "other_outlet",
                    "unnamed media reports",
                    "outlet:unnamed",
                    facets.model_copy(update={"identity": "vague", "relayed": "it was reported"}),
                )
            # "it was said that C", "it is believed": the impersonal passive points back to no one
            impersonal = cue is not None and IMPERSONAL_PASSIVE_RE.match(cue) is not None
            if low == "it" and span is not None and not impersonal:
                doc = self._document_subject_before(span[0], sentence_text, facets)
                if doc is not None:
                    return doc  # "The report also provided details .... It said C": the document speaks
                si = self._sentence_of(span[0])
                for spos, res in reversed(self.ents.speakers):
                    # "..., the congressional report said. It accused the FDIC of ...": the document or
                    # body that spoke in the sentence before
                    if spos >= span[0]:
                        continue
                    if self._sentence_of(spos) < si - 1:
                        break  # older speakers: not what "it" points to
                    if res.kind in IT_CAN_BE:
                        return res
                    break
                # "Twitter suspended the accounts. It also said ...": the organisation named just before.
                org = self._organisation_before(span[0])
                if org is not None:
                    return org
            # named as what it is, never a bare pronoun (chains and explanations show this name)
            return Resolved(
                "anonymous_vague",
                f"unnamed sources (“{s}”)",
                "vague:it",
                facets.model_copy(update={"identity": "vague"}),
            )

        return None

    def _document_subject_before(self, pos: int, sentence_text: str, facets: SourceFacets) -> Resolved | None:
        """ "The report also provided details of data breaches .... It said C": "it" at the start of a
        sentence points to a document that was the subject of the sentence before (its head noun a
        document head); None otherwise."""
        si = self._sentence_of(pos)
        if si == 0 or pos - self.sentences[si].start > 2:
            return None
        prev = self.sentences[si - 1]
        m = DOCUMENT_SUBJECT_RE.match(self.text, prev.start, prev.end)
        if m is None or m.group("head").lower() not in self.lex.sets["document_heads"]:
            return None
        phrase = m.group("np")
        return self._document(phrase, _norm(phrase), prev.start, sentence_text, facets)

    def _named_pair_before(self, pos: int) -> Resolved | None:
        """ "Take Sens. Mike Crapo and Jim Risch. Last week, they endorsed ...": two people named and
        joined by "and" in the sentence before (or this one), after any plural speaker since: the
        pronoun is that named pair (kinds guide: a group of named people is on the record)."""
        si = self._sentence_of(pos)
        start = self.sentences[max(0, si - 1)].start
        mentions = [m for m in self.ents.mentions_between(start, pos) if not m.modifier]
        if len(mentions) < 2:
            return None
        a, b = mentions[-2], mentions[-1]
        if a.person is b.person or self.text[a.end : b.start].strip() != "and":
            return None
        before = re.findall(r"[\w’']+", self.text[max(0, a.start - 30) : a.start])
        if before and before[-1].lower() in PREPOSITIONS_BEFORE_PAIR:
            return None  # "an article by Patrick Healy and Yamiche Alcindor": an object, not who "they" are
        if any(start <= spos < pos and res.facets.plural and spos > b.end for spos, res in self.ents.speakers):
            return None
        name = f"{a.person.full} and {b.person.full}"
        return Resolved(
            "on_record",
            name,
            f"group:{name.lower()}",
            SourceFacets(identity="named", plural=True),
        )

    def _specific_role(self, words: list[str], plural: bool) -> bool:
        """A singular role or party noun made specific by "the" or a possessive, or a capitalised
        title standing alone ("Senator from Texas")."""
        if plural or not words:
            return False
        lex = self.lex
        head = _head(words)
        is_role = (
            head in lex.sets["role_words"]
            or head in lex.sets["party_members"]
            or head in lex.sets["person_nouns"]
            # "Trump’s running mate", "Clinton’s campaign manager": a role of two words
            or (len(words) >= 2 and " ".join(words[-2:]) in lex.sets["role_words"])
        )
        if not is_role:
            return False
        first = words[0]
        return (
            first in ("the", "this", "that")
            or first.endswith(("’s", "'s"))
            or first not in ("a", "an", "one", "another", "some", "any")  # "another New Hampshire Republican"
        )

    def _unnamed_of_named(self, words: list[str], s: str, plural: bool) -> bool:
        """An indefinite or counted person noun with a name as its modifier ("a Clinton campaign official",
        "two Trump advisers"), or a plural one before "to"/"for"/"of" and a name ("Advisers to Mr. Rubio",
        "Strategists for Barack Obama and Clinton"); not an apposition ("A spokesman, Brian Fallon")."""
        if len(words) < 2 or "," in s or "—" in s:
            return False
        sets = self.lex.sets
        head = _head(words)
        person_head = head in sets["anonymous_heads"] or head in sets["wordnet_persons"] or head in sets["role_words"]
        if not person_head or not _written_lower(head, s) or not any(w[:1].isupper() for w in s.split()[1:]):
            return False
        if words[0] in ("a", "an", "one", "another", "two", "three", "four", "several", "some", "many", "other"):
            return True
        return plural and words[0] == head and len(words) > 2 and words[1] in ("to", "for", "of", "close")

    def _definite_person(self, words: list[str], plural: bool, s: str, pos: int, reason: str | None = None) -> bool:
        """ "the diplomat", "his best friend": a singular person noun made definite, WordNet's, written in
        lower case, not a head anonymous sources go by, after a named person and with no unnamed one of
        that noun brought in before ("a diplomat ... the diplomat said")."""
        if (
            plural
            or len(words) < 2
            # ... or an age that opens what is left of "The bespectacled, 71-year-old diplomat"
            or not (
                words[0] in ("the", "his", "her", "their")
                or words[0].endswith(("’s", "'s"))
                or AGE_EPITHET_RE.fullmatch(words[0])
            )
        ):
            return False
        head = _head(words)
        sets = self.lex.sets
        # "the bespectacled, 71-year-old diplomat": an age makes even a head unnamed sources go by one person,
        # unless the sentence says why they go unnamed ("The 45-year-old official, who asked not to be named")
        aged = AGE_EPITHET_RE.search(s) is not None and reason is None
        if (
            (head not in sets["wordnet_persons"] and head not in sets["person_nouns"])
            or (head in sets["anonymous_heads"] and not aged)
            or not _written_lower(head, s)
        ):
            return False
        if not self.ents.mentions_between(0, pos):
            return False
        return (
            re.search(rf"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b", self.text[:pos], re.I)
            is None
        )

    def _role_of(self, words: list[str]) -> str:
        for role, names in self.lex.sources["roles"].items():
            if any(w in names for w in words):
                return role
        return "other"

    def _capital_inside(self, word: str) -> bool:
        """Whether the article writes ``word`` with its capital after a lower-case word or a comma ("met
        with Trump"): a name, not a sentence's first word. Read once per word and article."""
        if word not in self._capital_memo:
            # ... within a paragraph: a headline's last word before a blank line opens no sentence of it
            self._capital_memo[word] = (
                re.search(rf"[a-z,](?:[ \t]|\n(?!\s*\n))+{re.escape(word)}\b", self.text) is not None
            )
        return self._capital_memo[word]

    def _written_common(self, head: str, s: str, pos: int) -> bool:
        """Whether ``head`` stands in ``s`` as a common noun: in lower case, or with a capital that only
        opens the sentence ("Photos show"; "Trump, also suggesting" is a name)."""
        return _written_lower(head, s) or (
            s.split()[0].lower() == head
            and self.sentences[self._sentence_of(pos)].start == pos
            and not self.ents.person_by_last(s.split()[0])
            # ... and is not written with its capital inside a sentence too ("met with Trump"): a name
            and not self._capital_inside(s.split()[0])
        )

    def _thing_shows(self, head: str, s: str, cue: str | None, pos: int) -> bool:
        info = cue_info(cue.split()[-1]) if cue else None
        return (
            info is not None
            and info.lemma in self.lex.sets["evidence_verbs"]
            and head in mere_things()
            and self._written_common(head, s, pos)
        )

    def _person_noun(self, head: str, s: str) -> bool:
        """WordNet's common noun for a person, written in lower case in the span (a capital may be a
        name: "White said", "Guardian")."""
        words = s.split()
        return head in self.lex.sets["wordnet_persons"] and (
            _written_lower(head, s)
            # "Spokesmen at the FBI": the head opens the source, and more words follow it
            or (len(words) > 2 and words[0].lower() == head)
        )

    def _people_group(self, s: str, words: list[str]) -> bool:
        """ "Republicans", "Delegates", "Clinton supporters", "environmentalists", "cast members":
        an unnamed plural of people, not a name (a capital may only mean the sentence starts there)."""
        lead = [
            w for w in words[:4] if w not in ("the", "some", "many", "several", "most", "few", "other", "all", "both")
        ]
        if (
            lead
            and len(words) > 3
            and not s.split()[min(len(s.split()) - 1, words.index(lead[0]))][:1].isupper()
            and (lead[0] in self.lex.sets["anonymous_heads"] or re.search(r"(?:ists|ers|ans|ants|ents)$", lead[0]))
        ):
            return True  # "activists clamoring to block Donald Trump": the group, not the name after it
        head = _head(words)
        if head in PLURAL_PEOPLE and not self.ents.person_by_last(head):
            return True  # "Women claim ...", "Dozens of men said": a plural without an -s
        if not head.endswith("s") or head.endswith("ss") or head in self.lex.sets["not_sources"]:
            return False
        if self.ents.person_by_last(head) or head in self.lex.sets["countries"]:
            return False
        singular = head[:-1]
        orig = s.split()
        # an honorific is capitalised before its name ("for president" is no title)
        if any(w.lower() in HONORIFICS and w[:1].isupper() for w in orig) or (
            len(orig) > 1
            and orig[-1][:1].isupper()
            and orig[-1].lower().strip(".,") == head  # "Researchers at the University of Oxford" is people
            and singular not in self.lex.sets["party_members"]
        ):
            return False  # "Mr. Sanders", "Bernie Sanders": a name that happens to end in -ers
        if (
            len(orig) == 1
            and orig[0][:1].isupper()
            and head.endswith("ers")
            and head not in self._text_words
            and self.text.count(orig[0]) >= 2
        ):
            return False  # "Sanders said ... Sanders added": a capitalised -ers word the article never
            # writes in lower case, used again and again, is a surname ("voters" is written lower case)
        known = (
            head in self.lex.sets["anonymous_heads"]
            or singular in self.lex.sets["party_members"]
            or singular in self.lex.sets["role_words"]
            or self._person_noun(head, s)
        )
        if not known and len(orig) == 1 and orig[0][:1].isupper() and head not in self.lex.sets["wordnet_persons"]:
            return False  # "Sanders said": a capitalised word WordNet does not know as people is a name
        return known or bool(re.search(r"(?:ists|ers|ans|ants|ents|ats|ives|ics|ees|ors)$", head))

    def _organisation_before(self, pos: int) -> Resolved | None:
        for spos, res in reversed(self.ents.speakers):
            if spos < pos and res.kind in ("institution", "other_outlet", "wire_agency"):
                return res
        si = self._sentence_of(pos)
        for back in range(si, max(-1, si - 2), -1):
            sent = self.sentences[back]
            m = ORG_AT_START_RE.match(self.text[sent.start : sent.end])
            if (
                m
                and back != si
                and m.group(1).lower() not in PRONOUN_WORDS
                and not any(self.ents.person_by_last(w) for w in m.group(1).split())
                and self._looks_like_organisation(m.group(1))
            ):
                name = m.group(1)
                res = self.classify(name, None)
                if res.kind in ("institution", "other_outlet", "wire_agency"):
                    return res
                return Resolved(
                    "institution", name, f"institution:{name.lower()}", SourceFacets(identity="organisation")
                )
        return None

    def _looks_like_organisation(self, name: str) -> bool:
        """ "The Associated Press", "FBI", "Pfizer Inc." -- not a lone surname like "Putin"."""
        words = name.removeprefix("The ").split()
        lex = self.lex
        return (
            len(words) >= 2
            or name.isupper()
            or bool(lex.outlet_re.fullmatch(name))
            or self._agency_in(name) is not None
            or words[-1].lower() in ORG_WORDS | lex.sets["institution_heads"]
        )

    @staticmethod
    @cache
    def _platforms() -> frozenset[str]:
        """Social networks named by one word ("Twitter", "Facebook"): when one speaks, it is a company."""
        return frozenset(w for w in lexicon().sources["social_markers"] if " " not in w and w[:1].isalpha()) - {
            "tweet",
            "tweets",
            "tweeted",
            "tweeting",
            "retweet",
            "retweeted",
            "threads",
        }

    def _organisation_named(self, name: str) -> str | None:
        """The organisation a lone capitalised word names, from the article's other mentions: its full
        name ("Peabody Energy", "Apple Inc."), a descriptor ("the coal mining giant Peabody", "Patriot,
        the coal company") or "its" taking it up ("Peabody kept its nonunion operations"). None when
        nothing in the article says so: a lone capitalised word is then read as a surname.

        The patterns are compiled once (``_org_patterns``), without the name: the name is found
        with ``str.find`` and each pattern is tried from or up to it (``_after_name``,
        ``_before_name``), the same answers as the patterns with the name inside them, which
        were compiled anew for every name, about 3 ms a call (tests/test_fast_paths.py compares
        both on real articles)."""
        if name in self._org_cache:
            return self._org_cache[name]
        lex, text = self.lex, self.text
        pats = _org_patterns(
            tuple(sorted(lex.sets["organisation_descriptors"])), tuple(lex.sources["organisation_nouns_after"])
        )
        found: str | None = None
        at = _name_at(text, name)
        if _before_name(pats.titled, text, at, len(name)):
            self._org_cache[name] = None  # "Mr. Paulson": a person, whatever "Paulson & Co." says
            return None
        org_words = lex.sets["organisation_name_words"] | ORG_WORDS
        for m in _after_name(pats.tail, text, at, len(name)):
            tail = m.group(1).split()
            for i, word in enumerate(tail):
                if word.lower() in org_words or word.lower().rstrip(".") in org_words:
                    full = " ".join([name, *tail[: i + 1]])
                    found = full if word.lower() in org_words else full.rstrip(".")
                    break
                if word.endswith("."):
                    break  # "Peabody Energy. Peabody ...": a sentence ends there
            if found:
                break
        if found is None:
            if _before_name(pats.described, text, _name_at(text, name, ignore_case=True), len(name)) or any(
                _after_name(pats.described_after, text, at, len(name))
            ):
                found = name
            elif any(_after_name(pats.described_said, text, at, len(name))):
                found = name  # "flying hours with EgyptAir, the airline said"
            elif name.lower() in self._platforms() or any(_after_name(pats.noun_after, text, at, len(name))):
                found = name  # "Twitter said"; "an EgyptAir flight", "Twitter users"
            elif any(_after_name(pats.its, text, at, len(name))) and not any(
                _after_name(pats.his_her, text, at, len(name))
            ):
                found = name
        self._org_cache[name] = found
        return found

    def _organisation_named_compiled(self, name: str) -> str | None:
        """``_organisation_named`` as it was written before its patterns were compiled once: each
        pattern with the name inside it, compiled for every name. Kept as the reference that
        tests/test_fast_paths.py compares the fast path with; the pipeline never calls it."""
        lex, text, n = self.lex, self.text, re.escape(name)
        found: str | None = None
        if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+{n}\b", text):
            return None
        org_words = lex.sets["organisation_name_words"] | ORG_WORDS
        for m in re.finditer(rf"\b{n}((?:\s+[A-Z][\w&’'-]*\.?){{1,2}})", text):
            tail = m.group(1).split()
            for i, word in enumerate(tail):
                if word.lower() in org_words or word.lower().rstrip(".") in org_words:
                    full = " ".join([name, *tail[: i + 1]])
                    found = full if word.lower() in org_words else full.rstrip(".")
                    break
                if word.endswith("."):
                    break
            if found:
                break
        if found is None:
            descriptors = "|".join(
                re.escape(d) for d in sorted(lex.sets["organisation_descriptors"], key=len, reverse=True)
            )
            if re.search(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}(?:{descriptors})\s+{n}\b", text, re.I) or re.search(
                rf"\b{n},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}(?:{descriptors})(?=\s*[,.;:)]|\s+(?:that|which|based|in|of|with|and)\b)",
                text,
            ):
                found = name
            elif re.search(
                rf"\b{n},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{descriptors})\s+(?:said|says|added|told|confirmed)\b",
                text,
            ):
                found = name
            elif name.lower() in self._platforms() or re.search(
                rf"\b{n}\s+(?i:{'|'.join(re.escape(w) for w in lex.sources['organisation_nouns_after'])})\b", text
            ):
                found = name
            elif re.search(rf"\b{n}\s+(?:[a-z]+\s+){{1,2}}its\b", text) and not re.search(
                rf"\b{n}\s+(?:[a-z]+\s+){{1,3}}(?:his|her)\b", text
            ):
                found = name
        return found

    def _named(self, s: str) -> str | None:
        found: list[str] = []
        for m in NAME_RE.finditer(s):
            words = m.group(0).split()
            owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), default=None)
            if owner is not None and 1 <= len(words) - owner - 1 <= 3:
                tail = words[owner + 1 :]
                if all(_is_name_word(w) and w[:1].isupper() for w in tail):
                    found.append(" ".join(tail))  # "Media Research Center’s Bozell": Bozell, of the center
                    continue
            before = s[: m.start()].split()
            if (
                before
                and before[-1].lower() in HONORIFICS
                and "." in before[-1]
                and 2 <= len(words) <= 3
                and _is_name_word(words[0])
            ):
                found.append(" ".join(words))  # "Sen. Tim Post": after "Sen." a surname may be an organisation's word
                continue
            if any(w.lower() in ORG_WORDS for w in words):
                continue  # "Federal Election Commission" is an organisation
            _, name = split_title(words)
            if len(name) >= 2 and _all_name_words(name):
                found.append(" ".join(name))
            elif len(name) >= 3:
                # "Texas Senator Ted Cruz": a place before the title; the name is the run after it
                k = len(name)
                while k > 0 and _is_name_word(name[k - 1]):
                    k -= 1
                if len(name) - k >= 2:
                    found.append(" ".join(name[k:]))
        if found:
            # "North Dakota RNC Committeeman Curly Haugland": a place before a title is not the
            # person; the name known as a person, else the first, decides
            known = [n for n in found if self.ents.people.get(n.lower())]
            return known[-1] if known and len(found) > 1 else found[0]
        for w in re.findall(W, s):
            p = self.ents.person_by_last(w)
            if p:
                return p.full
        honorific = HONORIFIC_SURNAME_RE.fullmatch(s.strip())
        if honorific:
            return honorific.group(1)  # "Mr. Tribe": a surname after an honorific, whatever else the word means
        caps = [w for w in re.findall(W, s) if _is_name_word(w)]
        if caps and len(s.split()) <= 2 and all(w[:1].isupper() for w in s.split()):
            return caps[-1]
        return None

    def _person(self, person: Person, facets: SourceFacets) -> Resolved:
        roles = self.lex.sources["roles"]
        role = next((r for r, ws in roles.items() if any(t in ws for t in person.titles)), None)
        affiliation = next(
            (
                t
                for t in person.titles
                if t in self.lex.sets["countries"]
                or t.endswith("n")
                and t[:1].isalpha()
                and t not in ("spokesman", "spokeswoman", "chairman")
            ),
            None,
        )
        interest = next((t for t in person.titles if t in self.lex.grading["interest_markers"]), None)
        f = facets.model_copy(
            update={"identity": "named", "role": role or "other", "affiliation": affiliation, "interest": interest}
        )
        return Resolved("on_record", person.full, f"person:{person.full.lower()}", f)

    def _starts_sentence(self, pos: int, s: str, field_words: list[str]) -> bool:
        """The phrase is the whole source and opens its sentence, so its capital says nothing."""
        return len(s.split()) == len(field_words) and self.sentences[self._sentence_of(pos)].start == pos

    def _anonymous(
        self, s: str, low: str, words: list[str], pos: int, reason: str | None, plural: bool, facets: SourceFacets
    ) -> Resolved:
        lex = self.lex
        # "the officials" points back to "officials from the prime minister's office".
        if words and words[0] == "the":
            head = _head(words)
            for apos, atext, _key in reversed(self.ents.anonymous):
                if apos < pos and _head(re.findall(r"[a-z0-9’'.\-]+", atext.lower())) == head:
                    prev = self.classify(atext, (apos, apos + len(atext)))
                    return prev
        stripped = re.sub(
            r"^(?:(?:a|an|the|one|another|some|two|three|four|five|several|many|most|few|other|others|of|these|those)\s+)+",
            "",
            low,
        )
        # Vague when nothing but a bare "critics", "sources", "some" is left; any other word about
        # who they are ("Republican lawmakers", "environmentalists", "cast members") describes them.
        vague = low in lex.sources["vague_phrases"] or stripped in lex.sets["vague_heads"] or _access_only(low)
        described = find_phrase("sources", "description_markers", low) is not None
        field_words = stripped.split()
        if (
            not vague
            and 1 <= len(field_words) <= 3
            and field_words[-1] in lex.sets["field_vague_heads"]
            # "the researchers found" are a study's own authors, introduced before
            and not (len(field_words) == 1 and words[:1] == ["the"])
            and all(w.isalpha() for w in field_words)
            and (s.split()[-len(field_words)][:1].islower() or self._starts_sentence(pos, s, field_words))
        ):
            vague = True  # "aviation experts", "political pundits", "economists": a field, not who they are
        kind = (
            "anonymous_vague"
            if vague and not (described and low not in lex.sources["vague_phrases"])
            else "anonymous_described"
        )
        if _access_only(low):
            kind = "anonymous_vague"
        self.ents.anonymous.append((pos, s, low))
        f = facets.model_copy(
            update={
                "identity": "described" if kind == "anonymous_described" else "vague",
                "plural": plural,
                "anonymity_reason": reason,
                "role": "official" if "official" in low else None,
                "affiliation": _affiliation(low),
            }
        )
        return Resolved(kind, s, f"anon:{low}", f)

    def _document(self, s: str, low: str, pos: int, sentence_text: str, facets: SourceFacets) -> Resolved:
        head = _head(re.findall(r"[a-z0-9’'.\-]+", low))
        marker = find_phrase("sources", "nonpublic_document_markers", low)
        markers_here = [marker] if marker else []
        is_back_reference = low.startswith(("the ", "this ", "that ")) or not low.startswith(("a ", "an "))
        if is_back_reference and not markers_here:
            for dpos, dtext, dkind in self.ents.documents:
                if dpos != pos and _head(re.findall(r"[a-z0-9’'.\-]+", dtext.lower())) == head:
                    return Resolved(
                        dkind, dtext, f"document:{_norm(dtext)}", facets.model_copy(update={"identity": "document"})
                    )
        nonpublic = bool(markers_here) or _obtained_after(low, sentence_text.lower())
        public = find_phrase("sources", "public_document_markers", low) is not None
        if (
            head
            in (
                "report",
                "reports",
                "document",
                "documents",
                "memo",
                "email",
                "emails",
                "letter",
                "cable",
                "files",
                "dossier",
            )
            and not public
            and not markers_here
        ):
            nonpublic = nonpublic or head in ("memo", "cable", "dossier")
        kind = "nonpublic_document" if nonpublic else "public_record"
        in_pub = re.search(r"\b(in|by|from)\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*)", s)
        if in_pub and OBTAINED_BY_RE.search(low):
            in_pub = None  # "a memo obtained by CNN": the outlet holds a private document (kinds guide)
        outlet_work = head in self.lex.sets["outlet_work_heads"] or head in self.lex.sets["own_work_heads"]
        agency = self._agency_in(in_pub.group(2)) if in_pub and outlet_work and not nonpublic else None
        if agency:
            # "a count by The Associated Press", "an analysis by Reuters": the agency's own reporting
            self.ents.documents.append((pos, s, "wire_agency"))
            return _agency_source(agency, facets)
        if in_pub and (
            self.lex.outlet_re.search(in_pub.group(2))
            and outlet_work
            or head in self.lex.sets["outlet_work_heads"]
            and in_pub.group(1) == "in"
            and not any(w.lower() in self.lex.sets["institution_heads"] for w in in_pub.group(2).split())
            and not find_phrase("sources", "public_document_markers", in_pub.group(2).lower())
        ):
            # "a report in the Argus Leader", "an investigation by ProPublica": another outlet's reporting
            # ("a poll by CNN" stays the poll: a public record)
            kind = "other_outlet"
        elif not in_pub and outlet_work and not nonpublic and self.lex.outlet_re.search(s):
            kind = "other_outlet"  # "a CNN tally", "a Politico analysis": the outlet's reporting
        if head == "reports" and not public:
            kind = "other_outlet"
        self.ents.documents.append((pos, s, kind))
        return Resolved(
            kind, s, f"document:{low}", facets.model_copy(update={"identity": "document", "verified": None})
        )

    def _agency_named_before(self, pos: int) -> dict | None:
        """The news agency named last in the 1,500 characters before ``pos``."""
        found = None
        for m in AGENCY_RUN_RE.finditer(self.text, max(0, pos - 1500), pos):
            found = self._agency_in(m.group(0)) or found
        return found

    def _agency_in(self, s: str) -> dict | None:
        for m in AGENCY_RUN_RE.finditer(s):
            # "the state-run Xinhua News Agency": lower-case words before a name that is the whole source are
            # no part of it ("a Reuters/Ipsos poll" is the poll's, "a letter obtained by The Associated Press"
            # the letter's)
            whole = m.end() >= len(s.rstrip(" .,")) and s[: m.start()].strip().lower() in ("", "the", "a", "an")
            bare = LOWER_LEAD_RE.sub("", m.group(0)) if whole else m.group(0)
            for cand in (m.group(0), ARTICLE_LEAD_RE.sub("", m.group(0)), bare):
                a = self.lex.agency_by_alias.get(cand.lower())
                if a and (cand.isupper() or cand[:1].isupper()) and cand.lower() not in ("aa", "ria", "pa", "cp"):
                    return a
        return None

    def register_document(self, text: str, pos: int, kind: str) -> None:
        self.ents.documents.append((pos, text, kind))

    def register_speaker(self, pos: int, res: Resolved) -> None:
        self.ents.speakers.append((pos, res))


# The order of the cascade: forms that decide at once first (pronouns, labels, polls, outlets), then
# documents and bodies by their head noun, then names, roles, and what is left.
PARTY_STEPS = (
    Classifier._party_pronoun,
    Classifier._party_speaker_label,
    Classifier._party_poll_share,
    Classifier._party_agency_or_outlet,
    Classifier._party_member,
    Classifier._party_witness_or_capitalised,
    Classifier._party_counted_or_vague,
    Classifier._party_document,
    Classifier._party_study_authors,
    Classifier._party_country,
    Classifier._party_named_conjunct,
    Classifier._party_institution_head,
    Classifier._party_people_group,
    Classifier._party_descriptor_name,
    Classifier._party_company,
    Classifier._party_named,
    Classifier._party_role,
    Classifier._party_unnamed_or_body,
    Classifier._party_name_left,
)


# A name (a first name and one or two capitalised words) before "of": a person and the body they belong to.
PERSON_OF_RE = re.compile(r"(?P<first>[A-Z][a-z]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2},?\s+of\s+(?:the\s+)?[A-Z]")


def _affiliation(low: str) -> str | None:
    m = re.search(r"(?:from|of|at|close to|in)\s+(the\s+[\w’' -]+|[A-Z][\w’' -]+)$", low)
    if m:
        return m.group(1)
    adj = re.findall(
        r"\b(russian|japanese|american|chinese|u\.s\.|foreign ministry|white house|kremlin|pentagon|"
        r"government|state department|campaign)\b",
        low,
    )
    return " ".join(adj) if adj else None


# -- _organisation_named's patterns, compiled once -----------------------------------------------
# Each pattern of ``_organisation_named`` is "\b NAME REST" or "BEFORE NAME \b", the name a
# literal. "\b NAME REST" matches exactly where NAME occurs with a word boundary before it and REST
# matches right after it. "BEFORE NAME \b" matches where NAME occurs with a boundary after it and
# BEFORE matches a stretch ending right where it starts: that is, BEFORE written backwards matches
# the reversed text from there (a regular expression without look-arounds or back-references
# matches a string exactly when its reversal matches the reversed string; \b is the same either
# way round). So the name is found with str.find, and the patterns need no name.

_BOUNDARY_RE = re.compile(r"\b")


@dataclass(frozen=True)
class _OrgPatterns:
    titled: re.Pattern[str]  # "Mr. " before the name, written backwards
    tail: re.Pattern[str]  # after it: one or two capitalised words ("Peabody Energy")
    described: re.Pattern[str]  # before it, any case: "the coal mining giant ", written backwards
    described_after: re.Pattern[str]  # after it: ", the coal company" then a comma or "that", "based" ...
    described_said: re.Pattern[str]  # after it: ", the airline said"
    noun_after: re.Pattern[str]  # after it: " flight", " users"
    its: re.Pattern[str]  # after it: " kept its"
    his_her: re.Pattern[str]  # after it: " told his"


@lru_cache(maxsize=8)
def _org_patterns(descriptors: tuple[str, ...], nouns_after: tuple[str, ...]) -> _OrgPatterns:
    d = "|".join(re.escape(x) for x in sorted(descriptors, key=len, reverse=True))
    backwards = "|".join(re.escape(x[::-1]) for x in sorted(descriptors, key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in nouns_after)
    return _OrgPatterns(
        # r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+" backwards
        titled=re.compile(r"\s+\.?(?:rM|srM|sM|ssiM|rD|neS|peR|voG|neG|forP)\b"),
        tail=re.compile(r"((?:\s+[A-Z][\w&’'-]*\.?){1,2})"),
        # rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}(?:{d})\s+" backwards
        described=re.compile(rf"\s+(?:{backwards})(?:\s+[\w-]+){{0,3}}\s+(?:eht|a|na)\b", re.I),
        described_after=re.compile(
            rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}(?:{d})(?=\s*[,.;:)]|\s+(?:that|which|based|in|of|with|and)\b)"
        ),
        described_said=re.compile(
            rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{d})\s+(?:said|says|added|told|confirmed)\b"
        ),
        noun_after=re.compile(rf"\s+(?i:{nouns})\b"),
        its=re.compile(r"\s+(?:[a-z]+\s+){1,2}its\b"),
        his_her=re.compile(r"\s+(?:[a-z]+\s+){1,3}(?:his|her)\b"),
    )


def _name_at(text: str, name: str, ignore_case: bool = False) -> list[int]:
    """Every offset where ``name`` occurs in ``text`` (overlapping ones too); with ``ignore_case``,
    every offset where ``re.I`` would match it (the same rule, character by character)."""
    if not name:
        return list(range(len(text) + 1))
    out: list[int] = []
    if ignore_case:
        pattern = re.compile(re.escape(name), re.I)
        m = pattern.search(text)
        while m:
            out.append(m.start())
            m = pattern.search(text, m.start() + 1)
        return out
    i = text.find(name)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1)
    return out


def _after_name(rest: re.Pattern[str], text: str, at: list[int], size: int) -> Iterator[re.Match[str]]:
    r"""The matches of "\b NAME REST" as ``re.finditer`` finds them (left to right, none starting
    inside the one before), each as REST's match; ``at``: where the name occurs."""
    end = 0
    for i in at:
        if i < end or not _BOUNDARY_RE.match(text, i):
            continue
        m = rest.match(text, i + size)
        if m:
            yield m
            end = max(m.end(), i + 1)


def _before_name(backwards: re.Pattern[str], text: str, at: list[int], size: int) -> bool:
    r"""Whether "BEFORE NAME \b" occurs in ``text``: ``backwards`` is BEFORE written backwards,
    ``at`` where the name occurs."""
    reverse = text[::-1]
    return any(_BOUNDARY_RE.match(text, i + size) and backwards.match(reverse, len(text) - i) for i in at)


# A name right before an apposition's comma ("Larry Noble, an attorney ..., who"), and the apposition's opening.
APPOSITION_NAME_RE = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s*,\s*$")
APPOSITION_OPENER_RE = re.compile(r"(?:a|an|the)\s+[a-z]")

# Prepositions after which a relative "who" may take the nearer phrase as its antecedent; "of" binds its
# object to the noun before it ("Sen. Ted Cruz of Texas, who"), so it is no boundary.
WHO_PHRASE_PREPOSITIONS = frozenset("from among by on in at with for against between".split())


@cache
def _person_head_words() -> frozenset[str]:
    sets = lexicon().sets
    return frozenset(sets["anonymous_heads"] | sets["role_words"] | sets["person_nouns"] | sets["wordnet_persons"])


def who_antecedent_start(phrase: str) -> int:
    """Where the antecedent of ", who" starts in the stretch before the comma. The stretch runs back to
    the last comma and may hold a whole clause: "Trump became the subject of derision from political
    opponents on the left, who accused ...": the people who accuse are the nearest phrase after a
    preposition whose head is a person noun ("political opponents on the left"), not the clause. After a
    quotation the stretch opens with its tag ("..., said one Democrat familiar with the discussion, who
    added"): the tag's verb is left out. 0 keeps the whole stretch."""
    toks = tokens(phrase)
    people = _person_head_words()
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].low not in WHO_PHRASE_PREPOSITIONS or not toks[k - 1 if k else 0].text[:1].islower():
            continue
        words = [t for t in toks[k + 1 :] if t.text[:1].isalnum()]
        head_at = next((i for i, t in enumerate(words) if t.low in PREPOSITIONS), len(words))
        if head_at and words[head_at - 1].text.islower() and words[head_at - 1].low in people:
            return toks[k + 1].start
    if len(toks) >= 3 and toks[0].text.islower() and cue_info(toks[0].text) is not None:
        return toks[1].start
    return 0
