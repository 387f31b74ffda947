"""Provenance kinds on real news sentences: a table of what a careful fact-checker finds.

Every sentence is copied as written (sometimes cut to one sentence, sometimes with the sentence
before it as context) from PolNeAR TRAIN articles (never the dev split or the gold kinds layer
over it) or from the true article bodies of the web-news pages. Labels follow
``shared/docs/kinds-guide.md``. Each text is "Headline" plus a blank line plus the sentence(s),
as an article would open.

- ``KIND_ROWS``: the claim that covers most of the expected content (optionally also having the
  expected words in its source) has the expected kind, and its ``resolved_source`` contains the
  expected words (``None``: not checked).
- ``RELAY_ROWS``: intermediary. A go-between is a relay hop of the chain, not the origin: the claim
  has its origin's kind and an ``intermediary`` hop naming the go-between.
- ``NO_SOURCE_ROWS``: no attributed claim at all, only ``unattributed`` ones: declining to comment,
  sentence adverbs, first-person reviews and product copy, inner states told in the article's own
  voice.

Rows the auditor gets wrong today are kept with their true expectation and marked
``xfail(strict=True)``: the table records the gap and turns red when it is fixed.
"""

from __future__ import annotations

import re

import pytest

from audit.api import audit_text
from audit.classify import same_outlet
from audit.lexicon import lexicon
from audit.models import KINDS, AuditedArticle, Claim

HEAD = "Headline\n\n"


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()


def _overlap(claim: Claim, span: tuple[int, int]) -> int:
    spans = claim.content_spans or [claim.content_span]
    return sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in spans)


def _describe(art: AuditedArticle) -> str:
    return "\n".join(
        f"  [{c.kind}] source={c.source!r} resolved={c.resolved_source!r} cue={c.cue!r} "
        f"chain={[(h.kind, h.text) for h in c.chain]} content={c.content!r}"
        for c in art.claims
    )


def _claim_for(art: AuditedArticle, content: str, source: str | None) -> Claim | None:
    """The claim covering most of ``content`` (at least half of it), among those whose source
    contains ``source`` when given."""
    i = art.text.find(content)
    assert i >= 0, f"table error: content not in text: {content!r}"
    span = (i, i + len(content))
    claims = [c for c in art.claims if source is None or _norm(source) in _norm(c.source)]
    claims = [c for c in claims if _overlap(c, span) >= len(content) / 2]
    return max(claims, key=lambda c: _overlap(c, span), default=None)


def _gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"known gap: {reason}")


def kind_row(
    kind: str,
    rule: str,
    text: str,
    content: str,
    resolved: str | None,
    *,
    source: str | None = None,
    gap: str | None = None,
    headline: bool = False,
):
    """``content``: words of the claim's content as they stand in ``text``; ``resolved``: words the
    claim's ``resolved_source`` must contain; ``source``: words its ``source`` must contain.
    ``headline``: the text's first line is the article's headline (no placeholder headline added)."""
    marks = [_gap(gap)] if gap else []
    return pytest.param(
        kind, text if headline else HEAD + text, content, resolved, source, id=f"{kind}-{rule}", marks=marks
    )


# --------------------------------------------------------------------------------------
# attributed claims: the kind of what the claim rests on
# --------------------------------------------------------------------------------------
KIND_ROWS = [
    # a listed company's short name is an organisation (data/companies.json, from pytickersymbols; both were on_record)
    kind_row(
        "institution",
        "polnear-listed-company-intel",
        "Hours later, Intel said the event was canceled.",
        "the event was canceled",
        "Intel",
    ),
    kind_row(
        "institution",
        "polnear-listed-company-coca-cola",
        "Coca-Cola indicated it would give $75,000 to the convention, down sharply from the more than $600,000 it "
        "contributed four years ago.",
        "it would give $75,000 to the convention",
        "Coca-Cola",
    ),
    # a lone agency's name that is the surname of a person the article names ("Michael Bloomberg") is that person
    # (the names index leaves agencies' names out; it was wire_agency)
    kind_row(
        "on_record",
        "polnear-bloomberg-the-person",
        "It was less than three years ago that Michael Bloomberg, who's thinking about running for president, said it "
        'was "impossible" for him or any independent candidate to reach the White House.\n\n'
        '"I am 100% convinced that you cannot win an election unless you are the nominee of one of the two major '
        'parties," Bloomberg told New York magazine in 2013, a few months before his third and final term as New '
        "York's mayor ended.",
        "you cannot win an election unless",
        "Michael Bloomberg",
    ),
    # a group with named members in an aside speaks through them (speakers._named_examples; the kind layers'
    # readers: on_record, not an unnamed group); a group of companies stays the companies
    kind_row(
        "on_record",
        "polnear-group-including-named-candidates",
        "Democratic presidential candidates, including Hillary Clinton and Senator Bernie Sanders of Vermont, have "
        "proposed spending increases for a range of domestic initiatives.",
        "spending increases for a range of domestic initiatives",
        "Hillary Clinton",
    ),
    kind_row(
        "on_record",
        "polnear-observers-including-professor",
        "Some observers, including University of North Carolina at Chapel Hill professor Zeynep Tufekci, also "
        "criticized the organization for promoting links to a leaked database containing Turkish citizens' personal "
        "information after a recent coup attempt.",
        "the organization for promoting links",
        "Zeynep Tufekci",
    ),
    # a role and a name after an organisation's name: the person, not the organisation ("University of ... professor")
    kind_row(
        "on_record",
        "polnear-organisation-role-name",
        "The Council on American-Islamic Relations National Executive Director Nihad Awad says in a statement that "
        "Trump’s “inflammatory rhetoric has crossed the line from spreading hatred to inciting violence.”",
        "inflammatory rhetoric has crossed the line",
        "Nihad Awad",
    ),
    # a share of a poll's respondents is the poll's finding (constructions.poll_shares; PolNeAR train: missed)
    kind_row(
        "public_record",
        "polnear-poll-compared-with-share-who-say",
        "Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton, compared "
        "with 64 percent who say the same of Sanders.",
        "the same of Sanders",
        "64 percent",
    ),
    # "calculations", "trackers" are records the reader can check (sources.json document_heads; PolNeAR train typed
    # them on_record and anonymous_described)
    kind_row(
        "public_record",
        "polnear-according-to-calculations-by",
        'A "living wage" for a single adult with no children in California is about $12 an hour, according to '
        "calculations by Amy Glasmeier of the Massachusetts Institute of Technology.",
        "for a single adult with no children in California is about $12 an hour",
        "calculations",
    ),
    kind_row(
        "public_record",
        "polnear-according-to-media-trackers",
        "It has spent about $12 million since early September in the Granite State,  according to media trackers.",
        "It has spent about $12 million",
        "media trackers",
    ),
    # an agency's poll is a poll the reader can check, as "a CNN/ORC survey" is (PolNeAR train; it was typed
    # wire_agency, the agency's own reporting)
    kind_row(
        "public_record",
        "polnear-a-bloomberg-poll-in-june-showed",
        "A Bloomberg poll in June showed that 72 percent of voters said it bothered them either a lot or a little that "
        "the Clinton Foundation took money from foreign countries while Mrs. Clinton was secretary of state.",
        "72 percent of voters said it bothered them",
        "Bloomberg poll",
    ),
    # a placing is what polls measure too ("fourth", "fifth"), and "in most surveys" names them (PolNeAR train)
    kind_row(
        "public_record",
        "polnear-mired-in-fourth-in-most-surveys",
        "Bush remains mired in fourth in most surveys.",
        "Bush remains mired in fourth",
        "most surveys",
    ),
    kind_row(
        "public_record",
        "polnear-running-fifth-in-an-average-of-surveys",
        "He needs one: He finished a distant sixth in Iowa and is running fifth -- a close fifth, but still fifth -- "
        "in the RealClearPolitics average of New Hampshire surveys.",
        "is running fifth",
        "RealClearPolitics average",
    ),
    # a LinkedIn page is a social network's page, like a Facebook page (sources.json social_objects)
    kind_row(
        "social_post",
        "polnear-linkedin-page-lists",
        "That company was owned by Abdulhadi Yildirim, whom Turkish news reports identify as Oksuz's U.S.-based "
        'brother-in-law. Yildirim\'s LinkedIn page lists him as "Executive Director at Harmony Enterprises."',
        "Executive Director at Harmony Enterprises",
        "LinkedIn",
    ),
    # "the news agency" points back to the agency named before it (a New York Post page typed it an institution)
    kind_row(
        "wire_agency",
        "the-news-agency-is-the-agency-named-before",
        "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, according to the "
        "state-run Xinhua News Agency.\n\nThe person, who was not identified, was hospitalized in the county of Huade "
        "in north China’s Inner Mongolia Autonomous Region, the news agency said, citing the regional health "
        "commission.",
        "was hospitalized in the county of Huade",
        "Xinhua",
        source="the news agency",
    ),
    # a firm whose name ends on a word of finance ("Equities", "Securities", "Capital Partners") speaks as itself
    # (a Moneycontrol page typed it a person)
    kind_row(
        "institution",
        "firm-name-ending-in-equities",
        '"We see risks to all these points and thus, any negative changes to the market’s expectations, especially '
        'related to further reforms in India and strong earnings recovery, could disappoint the market," Kotak '
        "Institutional Equities said.",
        "could disappoint the market",
        "Kotak Institutional Equities",
    ),
    # A lone capitalised word is a surname unless the article shows an organisation: a descriptor in
    # apposition ("Teck, the Canadian mining company"), its full name, or a person's honorific.
    kind_row(
        "institution",
        "lone-name-with-company-apposition",
        "Cement makers, for instance, argue that imports from China and the United States grew to 40 percent "
        "from 5 percent of the market as the carbon price was introduced. Teck, the Canadian mining company, says "
        "that alone among its competitors it pays 50 million Canadian dollars in carbon taxes.",
        "alone among its competitors it pays 50 million Canadian dollars",
        "Teck",
    ),
    # A known first name, then a surname that is also a place or a month, is a person ("Steve Israel",
    # "Jeremy Paris", "Theresa May"); the lone surname later is that person, not the country or city
    # (PolNeAR train: "Paris, who used to work on Capitol Hill, said" and "Israel said" were institutions;
    # the May row is written for the rule, no Theresa May stands in the corpora: "May later said" is no modal).
    kind_row(
        "on_record",
        "first-name-then-city-surname",
        "Jeremy Paris recently moved here from Washington. \"You get your house ready for a party - that's what we "
        'are doing," Paris, who used to work on Capitol Hill, said about all the activity.',
        "You get your house ready for a party",
        "Jeremy Paris",
        source="Paris",
    ),
    kind_row(
        "on_record",
        "first-name-then-country-surname",
        "Representative Steve Israel of New York leads the House Democrats' messaging. ''But they can't afford to "
        "do that,'' Israel said.",
        "they can't afford to do that",
        "Steve Israel",
        source="Israel",
    ),
    # A place before the title ("Atlantic City Mayor Don Guardian"): the name is what follows the last title
    # word, so the lone "Guardian" later is that person, not WordNet's common noun (PolNeAR train, layer 11:
    # eight claims were anonymous_described).
    kind_row(
        "on_record",
        "place-title-name-then-lone-surname",
        '“At this point, I don’t think there is bad publicity," said Atlantic City Mayor Don Guardian in a '
        "telephone interview. Guardian said he understood why Clinton would travel here to scrutinize Trump’s "
        "failed ventures.",
        "he understood why Clinton would travel here",
        "Don Guardian",
        source="Guardian",
    ),
    # An apposition holding "from City, State," still belongs to the name before it; a day's possessive
    # after the cue is the claim's subject, not the time of saying (PolNeAR train: the speaker was "a
    # philanthropist from Monsey, New York", typed institution, and the claim began "'s speeches").
    kind_row(
        "on_record",
        "name-apposition-from-city-state",
        "Rachel Berg, a philanthropist from Monsey, New York, said Thursday's speeches have led her to count "
        "Trump and Carson out and focus on Rubio and Cruz.",
        "Thursday's speeches have led her to count Trump and Carson out",
        "Rachel Berg",
    ),
    kind_row(
        "on_record",
        "name-apposition-from-city-state-delegate",
        "Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil at this week’s "
        "convention was all part of the circus that is American politics.",
        "the turmoil at this week’s convention was all part of the circus",
        "Christopher Harvey",
    ),
    # ", saying C" after an opening phrase that ends on "Town, State,": the state is no subject; with no
    # comma after the opening phrase, its last subject pronoun speaks (PolNeAR train: "Iowa" and "Wis.").
    kind_row(
        "on_record",
        "participle-after-town-state-adjunct",
        "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her earlier statement, "
        "saying that the United States should play a leadership role and ''be rallying our partners and allies.''",
        "the United States should play a leadership role",
        "Clinton",
        source="Mrs. Clinton",
    ),
    kind_row(
        "on_record",
        "participle-after-adjunct-without-comma",
        "By Sunday afternoon she had canceled a much-heralded joint rally with Obama slated for Wednesday in "
        "Green Bay, Wis., citing the attack.",
        "the attack",
        None,
        source="she",
    ),
    # A group split by a poll's margin ("by 2-1", "76%-21%") is those polled: it speaks through the poll
    # (kinds guide: public_record); "for president" after a name is no honorific, so "Supporters of ..." stay a
    # group (PolNeAR train, layer 10; the same groups without a margin stay described, rows below).
    kind_row(
        "public_record",
        "poll-group-by-margin",
        "Millennials have reached a broad consensus on an issue that divides the nation. Those over 60 say they "
        "feel that way by 2-1.",
        "they feel that way by 2-1",
        "Those over 60",
    ),
    kind_row(
        "public_record",
        "poll-supporters-margin-after",
        "By a much wider margin, supporters of Democrat Hillary Clinton say they should use the bathroom of the "
        "gender they identify with, 76%-21%.",
        "they should use the bathroom of the gender they identify with",
        "supporters of Democrat Hillary Clinton",
    ),
    kind_row(
        "anonymous_described",
        "supporters-for-president-no-margin",
        "Supporters of Republican Donald Trump for president say transgender people should use the bathroom of "
        "the gender they were born.",
        "transgender people should use the bathroom",
        "Supporters of Republican Donald Trump",
    ),
    # "taken", "conducted" after a document's head end it ("a national Gallup Poll taken last week": the poll,
    # not the week), and a capitalised name ending on a document word is no person ("Gallup Poll" was on
    # the record; PolNeAR train).
    kind_row(
        "public_record",
        "poll-taken-last-week",
        "Still, almost two in three Republican-leaning voters now view Trump favorably, according to a national "
        "Gallup Poll taken last week.",
        "almost two in three Republican-leaning voters now view Trump favorably",
        "Gallup Poll",
    ),
    kind_row(
        "public_record",
        "exit-polls-taken-in",
        "Exit polls taken in South Carolina found about three-quarters of Republican voters support a temporary "
        "ban on Muslims who are not American citizens.",
        "about three-quarters of Republican voters support a temporary ban",
        "Exit polls",
    ),
    # A former journalist of an outlet speaks for herself, not for the outlet (PolNeAR train, layer 10).
    kind_row(
        "on_record",
        "former-outlet-reporter-accuses",
        "Former Breitbart reporter Michelle Fields accused Donald Trump campaign manager Corey Lewandowski of "
        "grabbing her at a press conference in Florida last week.",
        "Donald Trump campaign manager Corey Lewandowski of grabbing her",
        "Michelle Fields",
    ),
    # A task force is a body (PolNeAR train, layer 11: "the task force" was an unnamed described person).
    kind_row(
        "institution",
        "task-force-announced",
        "On Dec. 15, the task force announced an agreement for tougher monitoring.",
        "an agreement for tougher monitoring",
        "the task force",
    ),
    # A US state alone as the subject speaks as a body, like a country (PolNeAR train, layer 10).
    kind_row(
        "institution",
        "state-alone-asks-judge",
        "Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules in time for "
        "this school year.",
        "a federal judge to block the rules",
        "Texas",
    ),
    kind_row(
        "on_record",
        "first-name-then-month-surname-adverb",
        "Prime Minister Theresa May met the leaders in Brussels on Tuesday. May later said the agreement would be "
        "put to a vote in Parliament.",
        "the agreement would be put to a vote in Parliament",
        "Theresa May",
        source="May",
    ),
    # "..., said Sunday.": a time after the cue is not the speaker; the long apposition before it is.
    kind_row(
        "on_record",
        "name-apposition-said-sunday",
        "''We don't believe U.S. troops are the answer to the problem,'' Benjamin J. Rhodes, Mr. Obama's deputy "
        "national security adviser, said Sunday.",
        "U.S. troops are the answer to the problem",
        "Benjamin J. Rhodes",
    ),
    # "..., and bragged about ...": the second verb shares the subject; "And" opening the sentence is not one.
    kind_row(
        "on_record",
        "coordinated-verb-shares-subject",
        "And in 2008, Hillary Clinton slammed Barack Obama as elitist and out-of-touch for suggesting that rural "
        "voters “cling to guns or religion,” and bragged about her father teaching her how to shoot when she was a "
        "young girl.",
        "about her father teaching her how to shoot",
        "Hillary Clinton",
    ),
    # on_record: a specific named person, or a pronoun / title referring to one
    kind_row(
        "on_record",
        "the-senator-is-Sanders",
        "WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage to $15 an "
        "hour, saying the positives in economic stimulus would outweigh the potential in job losses.\n\n"
        "“I apologize to nobody for that,” the senator said during Saturday night’s Democratic debate.",
        "I apologize to nobody for that",
        "Sanders",
        source="the senator",
    ),
    kind_row(
        "on_record",
        "the-governor-is-Pence",
        'Pence, who is running for reelection this year, praised Cruz for showing "the courage of his '
        'convictions." But first, Pence sounded a positive note about Trump.\n\n'
        '"I particularly want to commend Donald Trump, who I think has given voice to the frustration of millions '
        'of working Americans," the governor said.',
        "I particularly want to commend Donald Trump",
        "Pence",
        source="the governor",
        gap="'the governor' is not resolved to Pence named just before",
    ),
    kind_row(
        "on_record",
        "pronoun-she-is-Loretta-Lynch",
        "WASHINGTON (AP) — Attorney General Loretta Lynch is reaffirming that the FBI’s probe into Hillary "
        "Clinton’s use of a private email server while secretary of state is free of outside political "
        "influence.\n\n"
        "She told The Associated Press on Monday that the FBI investigation is independent and is being "
        "conducted by career lawyers looking at the facts and evidence.",
        "the FBI investigation is independent",
        "Loretta Lynch",
        source="She",
    ),
    kind_row(
        "on_record",
        "pronoun-he-is-Trump",
        "Trump says “the whole game has become screwed up” because “football has become soft like the country "
        "has become soft.” He says referees are constantly throwing penalty flags just so their wives can see "
        "them on TV.",
        "referees are constantly throwing penalty flags",
        "Trump",
        source="He",
    ),
    kind_row(
        "on_record",
        "pronoun-he-is-FBI-counsel-James-Baker",
        "In a letter filed in federal court Monday as part of a Freedom of Information lawsuit, FBI general "
        "counsel James Baker said the probe is “ongoing.” He said the FBI has not publicly commented on the "
        "focus, scope or potential targets of the investigation.",
        "the FBI has not publicly commented on the focus",
        "James Baker",
        source="He",
    ),
    kind_row(
        "on_record",
        "short-surname-after-full-name",
        '"The president wants the option of having a bigger deal with China. Bigger than just the little deal" '
        "announced in October, said Derek Scissors, a China scholar with the American Enterprise Institute in "
        "Washington.\n\n"
        "Scissors, who consults with administration officials, said whether Trump will agree to remove existing "
        "tariffs depends largely on whether he believes it will benefit his re-election chances.",
        "whether Trump will agree to remove existing tariffs",
        "Derek Scissors",
        source="Scissors",
    ),
    kind_row(
        "on_record",
        "named-spokesman-told-reporters",
        "Federico Lombardi told reporters Thursday that the pope has no plans to either address the conference or "
        "meet with Sanders.",
        "the pope has no plans to either address the conference",
        "Federico Lombardi",
    ),
    kind_row(
        "on_record",
        "company-executive-named",
        "Walt Disney Co. executive Kevin Mayer said overwhelming demand and a computer-coding glitch led to "
        "widespread problems last week when the Burbank entertainment giant launched Disney+.",
        "overwhelming demand and a computer-coding glitch led to widespread problems",
        "Kevin Mayer",
    ),
    kind_row(
        "on_record",
        "name-comma-appositive-told-outlet",
        "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based geopolitical intelligence "
        'organization, told Business Insider in October 2018 that MaT was "fairly secular by regional standards '
        'and has been at the forefront of the fight against ISIS."',
        "fairly secular by regional standards",
        "Omar Lamrani",
    ),
    kind_row(
        "on_record",
        "name-long-appositive-told-website",
        "Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University’s Feinstein "
        "International Center, told Polygraph.info the Russian Defense Ministry’s allegations are false.",
        "the Russian Defense Ministry’s allegations are false",
        "Charles Simpson",
    ),
    kind_row(
        "on_record",
        "minister-saying-about-a-twitter-account",
        "Foreign Secretary Dominic Raab defended the party’s actions, saying the Twitter account was clearly "
        "linked to the Conservatives.",
        "the Twitter account was clearly linked to the Conservatives",
        "Dominic Raab",
    ),
    # institution: an organisation or government speaking as itself
    kind_row(
        "institution",
        "country-ministry",
        "China's commerce ministry said this month that removing tariffs imposed during the trade war is an "
        "important condition to any deal.",
        "removing tariffs imposed during the trade war",
        "commerce ministry",
    ),
    kind_row(
        "institution",
        "company-says",
        "VW says that, in such a configuration, 0-60 mph could arrive in 5.0 seconds, and the top speed be an "
        "electronically-limited 109 mph.",
        "0-60 mph could arrive in 5.0 seconds",
        "VW",
    ),
    kind_row(
        "institution",
        "company-says-that",
        "Apple says that the 16-inch MacBook Pro has different fan blades and more surface area on all heat "
        "exchanging surfaces.",
        "the 16-inch MacBook Pro has different fan blades",
        "Apple",  # a listed company (data/companies.json); was a known gap, typed as a person's surname
    ),
    kind_row(
        "institution",
        "company-pledged",
        "Twitter pledged to take “decisive corrective action” against similar strategies in the future.",
        "to take “decisive corrective action”",
        "Twitter",
    ),
    # A lone name with an organisation's noun after it elsewhere in the article ("an EgyptAir flight"),
    # or "X, the airline said", names an organisation; a surname given with a first name stays a person.
    kind_row(
        "institution",
        "lone-name-with-flight-elsewhere",
        "Shoukair, the flight’s pilot, had logged nearly 6,300 hours of flying time and had no known political "
        "affiliations, EgyptAir said on Thursday. He was at the controls of EgyptAir Flight 804.",
        "Shoukair, the flight’s pilot, had logged nearly 6,300 hours of flying time",
        "EgyptAir",
    ),
    kind_row(
        "institution",
        "lone-name-comma-the-airline-said",
        "Assem, the plane’s co-pilot, had logged 2,766 flying hours with EgyptAir, the airline said Thursday. "
        "The pilot had been with the carrier since 2004, EgyptAir said.",
        "The pilot had been with the carrier since 2004",
        "EgyptAir",
    ),
    kind_row(
        "institution",
        "campaign-says",
        "Rival Hillary Clinton’s campaign says it raised roughly $15 million in January.",
        "it raised roughly $15 million in January",
        "campaign",
    ),
    kind_row(
        "institution",
        "the-campaign-said",
        "The Clinton campaign said the controversy around Clinton's email has been orchestrated for political gain.",
        "the controversy around Clinton's email has been orchestrated",
        "Clinton campaign",
    ),
    kind_row(
        "institution",
        "campaign-said-in-a-statement",
        "In response to Mr. Trump's latest onslaught, Mrs. Clinton's campaign said in a statement that "
        "''Hillary Clinton won't be bullied'' or ''distracted by the slings he throws at her and former President "
        "Clinton.''",
        "Hillary Clinton won't be bullied",
        "campaign",
    ),
    kind_row(
        "institution",
        "agency-state-department",
        "Regardless, the State Department said it found no evidence that the document was ever sent via unsecured fax.",
        "it found no evidence that the document was ever sent via unsecured fax",
        "State Department",
    ),
    kind_row(
        "institution",
        "the-white-house-says",
        "The White House says expanding a national monument off the coast of Hawaii will protect more than 7,000 "
        "species and improve the ecosystem’s resiliency.",
        "expanding a national monument off the coast of Hawaii",
        "White House",
    ),
    kind_row(
        "institution",
        "country-office-said",
        "In addition to the three fatalities at a fuel plant on Tuesday, Bolivia’s public defender’s office said "
        "another 30 people had been injured in the skirmishes, but added the exact circumstances of the deaths "
        "and injuries remained unclear.",
        "another 30 people had been injured in the skirmishes",
        "public defender’s office",
    ),
    kind_row(
        "institution",
        "according-to-the-government-of-a-country",
        "According to the Jordanian government, as of 2016, the country had admitted more than 1.4 million Syrian "
        "refugees, overwhelming Jordan’s economy and infrastructure.",
        "the country had admitted more than 1.4 million Syrian refugees",
        "Jordanian government",
        gap="the content of 'According to X, as of 2016, ...' stops at the comma ('as of 2016') and the rest "
        "becomes a claim by 'the country' (anonymous_described) with cue 'had admitted'",
    ),
    # A place and a title before a name ("Texas Senator Ted Cruz", "U.S. President Donald Trump"):
    # the name is the run of name words after the last title word, so the speaker is a person.
    kind_row(
        "on_record",
        "place-title-before-full-name",
        "Republican presidential candidate Texas Senator Ted Cruz argued that if fellow candidate Donald Trump is "
        "president “we will see liberals on the court, and we will see our rights taken away”.",
        "we will see liberals on the court",
        "Ted Cruz",
    ),
    kind_row(
        "on_record",
        "web-country-title-before-full-name",
        "U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is reached with "
        "Beijing to end the trade war.",
        "he would raise tariffs on Chinese imports",
        "Donald Trump",
    ),
    # "Mr. Xi and other leaders": a group led by a named person is on the record (kinds guide)
    kind_row(
        "on_record",
        "honorific-name-and-other-leaders",
        "Mr. Lou said the Chinese government was now ''squarely facing up'' to the massive amounts of unwanted "
        "industrial output. Since earlier this year, Mr. Xi and other leaders have said cutting that output must be "
        "a key part of their program to reinvigorate growth.",
        "cutting that output must be a key part of their program",
        "Xi",
    ),
    # "Green" is a surname, not a title word: "Green said" is the political scientist named before
    kind_row(
        "on_record",
        "written-surname-green",
        "John Green, a political scientist at the University of Akron, studies Ohio elections. ''It's easy for her "
        "to say that,'' Green said.",
        "It's easy for her to say that",
        "John Green",
    ),
    # a quantifier before a group of people: "Both of his GOP senators" are people, not the party
    kind_row(
        "anonymous_described",
        "both-of-his-party-senators",
        "Both of his GOP senators strongly supported him.",
        "him",
        None,
        source="Both of his GOP senators",
    ),
    # judged "as" something with no one named: a weasel phrase of unnamed critics
    kind_row(
        "anonymous_vague",
        "polnear-train-widely-criticized-as",
        "The rollout of vice-presidential candidate Mike Pence was widely criticized as sloppy and detrimental to "
        "the Indiana governor, while last-minute planning for the convention program appeared to be chaotic.",
        "sloppy and detrimental to the Indiana governor",
        None,
    ),
    # "Nobody", "Everyone": no one in particular, not a capitalised name
    kind_row(
        "anonymous_vague",
        "nobody-opposed-him",
        "Nobody opposed him — he was confirmed 92 to 0.",
        "him — he was confirmed 92 to 0",
        None,
        source="Nobody",
    ),
    # an embedded post's signature makes its text a social post of the one who signs it
    kind_row(
        "social_post",
        "web-post-signature-own-line",
        "I love that they trademarked it. Don't worry, South Dakota, no one's going to take your slogan. "
        "https://t.co/XPxUJuyIAC\n\n— Robert Maguire (@RobertMaguire_) November 18, 2019",
        "no one's going to take your slogan",
        "Robert Maguire",
    ),
    # a plural outlet noun ("newspapers", "networks") is other outlets' reporting, and "they" after it points to them
    kind_row(
        "other_outlet",
        "polnear-train-plural-newspapers-said",
        "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t even fit to be "
        "governor any more. They called him a political opportunist who has neglected his duties in the Garden "
        "State, and urged him to resign.",
        "he isn’t even fit to be governor",
        "Six Gannett newspapers",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-they-after-plural-newspapers",
        "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t even fit to be "
        "governor any more. They called him a political opportunist who has neglected his duties in the Garden "
        "State, and urged him to resign.",
        "a political opportunist",
        "Six Gannett newspapers",
        source="They",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-according-to-television-networks",
        "Ted Cruz has won the Wisconsin Republican primary, according to three television networks.",
        "Ted Cruz has won",
        "three television networks",
    ),
    # a capitalised name ending in a newspaper's masthead word is another outlet, listed or not
    kind_row(
        "other_outlet",
        "web-masthead-chronicle-says",
        "The fight broke out Tuesday afternoon on a BART train pulling into a station in Hayward. The San Francisco "
        "Chronicle says police are looking into whether the victim was a good Samaritan who tried to stop the "
        "suspect from stealing items from another person, possibly shoes.",
        "police are looking into whether the victim was a good Samaritan",
        "San Francisco Chronicle",
    ),
    kind_row(
        "other_outlet",
        "masthead-sentinel-reported",
        "The family hopes the settlement will promote the kinds of changes that will prevent this from happening "
        "to other people, the Orlando Sentinel reported.",
        "promote the kinds of changes",
        "Orlando Sentinel",
    ),
    # a person introduced with an outlet's possessive ("Fox News’ Sean Hannity") is that outlet's
    # journalist: their words are another outlet's reporting, and a pronoun does not carry it over
    kind_row(
        "other_outlet",
        "outlet-possessive-host-later-surname",
        "In an interview with Fox News’ Sean Hannity on Monday night, Trump responded to a question about a recent "
        "claim, first introduced by BuzzFeed earlier in the day.\n\n“They said it’s negotiable on the wall,” "
        "Hannity said in reference to Trump’s stance on Mexican "
        "immigration.",
        "They said it’s negotiable on the wall",
        "Sean Hannity",
    ),
    kind_row(
        "wire_agency",
        "written-agency-possessive-reporter",
        "AP's Julie Pace reported that the talks had failed.",
        "the talks had failed",
        "AP",
    ),
    # a role of two words ("campaign manager") is one specific person, not the campaign
    kind_row(
        "on_record",
        "written-possessive-two-word-role",
        "Clinton’s campaign manager said the debate schedule was unfair to voters in early states.",
        "the debate schedule was unfair to voters in early states",
        None,
        source="Clinton’s campaign manager",
    ),
    # a possessive before an -ing word makes it a modifier ("running mate"), not the head: the
    # head is the mate, one specific person, not "Trump’s" read as a plural body
    kind_row(
        "on_record",
        "written-possessive-ing-modifier-role",
        "Trump’s running mate said the campaign would release his tax returns before the debate.",
        "the campaign would release his tax returns before the debate",
        None,
        source="Trump’s running mate",
    ),
    # a name in a dashed aside after the subject is who the subject is, as in a comma apposition
    kind_row(
        "on_record",
        "dash-aside-name-after-role",
        "Trump’s running mate — Indiana Gov. Mike Pence — has thrown his support behind Ryan.",
        "Ryan",
        "Mike Pence",
    ),
    # "both candidates", "both men": a definite pair the article has named is a group of named people
    kind_row(
        "on_record",
        "both-men-after-two-named",
        "House Speaker Paul Ryan met Donald Trump on Thursday. After the meeting, both men issued a statement "
        "expressing optimism about working together.",
        "a statement expressing optimism about working together",
        None,
        source="both men",
    ),
    # a name particle ("el", "dos", "ten") inside a name keeps it a name: the relative is named
    kind_row(
        "on_record",
        "relative-named-with-particle",
        "“We had called him just before he boarded and everything was fine,” added his nephew\u00a0Michery el Soheil.",
        "We had called him just before he boarded",
        "Michery el Soheil",
    ),
    # a private document an outlet obtained rests on the document (kinds guide: "a memo obtained
    # by" is nonpublic_document), whoever obtained it; the outlet's own report stays other_outlet
    kind_row(
        "nonpublic_document",
        "written-memo-obtained-by-outlet",
        "A memo obtained by CNN shows that the agency knew of the risk months earlier.",
        "the agency knew of the risk months earlier",
        None,
        source="A memo obtained by CNN",
    ),
    kind_row(
        "other_outlet",
        "written-investigation-by-outlet",
        "An investigation by ProPublica found that the agency knew of the risk months earlier.",
        "the agency knew of the risk months earlier",
        None,
        source="An investigation by ProPublica",
    ),
    # a definite singular person noun after the article names people: the specific person meant
    kind_row(
        "on_record",
        "written-definite-person-noun-incumbent",
        "Sen. Kelly Ayotte spoke in Amherst last week.\n\n"
        "\"For every person you vote for, essentially you're always going to leave open the opportunity to "
        'reevaluate," Ayotte said. "How could I not say that about any situation?"\n\nThe Republican incumbent '
        "said that her position is genuine and that the difference between voting for Trump and a true "
        "endorsement should be obvious.",
        "her position is genuine",
        None,
        source="The Republican incumbent",
    ),
    # ... but not one the article brought in unnamed ("A farmer ... the farmer"), nor a head anonymous
    # sources go by
    kind_row(
        "anonymous_described",
        "written-definite-person-noun-introduced-unnamed",
        "Senator Joni Ernst toured the county on Monday. A retired pharmacist in the crowd asked about drug "
        "prices.\n\nThe retired pharmacist said that his bills had doubled since January.",
        "his bills had doubled since January",
        None,
        source="The retired pharmacist",
    ),
    # a share of those polled, however it is counted, speaks through the poll
    kind_row(
        "public_record",
        "polnear-train-share-and-share",
        "Though that's an issue that splits Congress, there is almost no partisan divide among Millennials: 89% "
        "of young Democrats and 83% of young Republicans endorse universal background checks.",
        "universal background checks",
        None,
        source="89% of young Democrats",
    ),
    kind_row(
        "public_record",
        "polnear-train-those-surveyed",
        'While those surveyed said former Florida governor Jeb Bush has the "best experience," Trump is the '
        "candidate Republican voters trust most to deal with terrorism, with 42% preferring the current front-runner.",
        "former Florida governor Jeb Bush has the",
        None,
        source="those surveyed",
    ),
    kind_row(
        "public_record",
        "polnear-train-percent-majority-of",
        "On this issue, there is a partisan divide: a 69% majority of Republicans support deploying ground forces; "
        "a 45% plurality of Democrats oppose the idea.",
        "deploying ground forces",
        None,
        source="69% majority of Republicans",
    ),
    # titles and surnames that are also other words
    kind_row(
        "on_record",
        "polnear-train-minority-whip-title",
        "“I don’t know what it’s going to take,” said Senate Minority Whip Dick Durbin (D-Ill.) in an interview.",
        "I don’t know what it’s going to take",
        "Dick Durbin",
    ),
    kind_row(
        "on_record",
        "polnear-train-surname-french-of-federation",
        "''This is an extreme revision in the white-collar threshold,'' said David French of the National Retail "
        "Federation.",
        "This is an extreme revision in the white-collar threshold",
        "David French",
    ),
    # "The Arizona Republican": one party member, not a body
    kind_row(
        "on_record",
        "written-the-state-party-member",
        "Sen. John McCain spoke in Phoenix on Monday.\n\nThe Arizona Republican says such techniques are "
        "inhumane and compromise the nation’s values.",
        "such techniques are inhumane",
        None,
        source="The Arizona Republican",
    ),
    # a title-case role after "The" is one titled person
    kind_row(
        "on_record",
        "written-the-title-case-role",
        "The French Foreign Minister said the talks in Vienna had failed.",
        "the talks in Vienna had failed",
        None,
        source="The French Foreign Minister",
    ),
    # a projection or a forecast is a document, whoever made it
    kind_row(
        "public_record",
        "polnear-train-projection-by-firm",
        "A projection by the consulting firm Oxford Economics, prepared for the National Retail Federation, "
        "predicted that a ''disproportionate number of workers'' who became eligible for overtime and worked more "
        "than 40 hours would ''see their hourly rates decreased by an equal amount, leaving their total annual "
        "earnings unchanged.''",
        "who became eligible for overtime",
        None,
        source="A projection",
    ),
    # a capitalised name ending in a company's word is the company (sources.json company_name_endings),
    # not a person; "Bob Power" stays a person
    kind_row(
        "institution",
        "written-company-name-ending",
        "Oxford Economics said the new overtime rule would cut hours for retail workers.",
        "the new overtime rule would cut hours",
        "Oxford Economics",
    ),
    kind_row(
        "on_record",
        "written-surname-that-is-a-company-word",
        "Bob Power, a retired teacher in Dover, said the new overtime rule would cut hours.",
        "the new overtime rule would cut hours",
        "Bob Power",
    ),
    # a capitalised word that opens a sentence is a name when the article also writes it with its capital
    # inside a sentence ("met with Trump"), though WordNet knows "trump" as a card
    kind_row(
        "on_record",
        "written-capital-word-is-a-name-not-a-thing",
        "Voters in Des Moines met with Trump on Monday.\n\nTrump complained about the moderators, suggesting that "
        "the debates were rigged.",
        "the debates were rigged",
        "Trump",
        source="Trump",
    ),
    # a sentence that opens on a possessive poll ("In May's ... poll,") rests on the poll
    kind_row(
        "public_record",
        "polnear-train-in-possessive-poll-opener",
        "In May's Washington Post-ABC News poll, Clinton led Trump on a range of presidential attributes, including "
        "whose policies are most realistic and who has the better temperament and experience.",
        "Clinton led Trump on a range of presidential attributes",
        None,
    ),
    # an indefinite person noun with a name as its modifier is unnamed people described by whom they work for,
    # even when the article names that person ("a Clinton campaign official" is not Hillary Clinton)
    kind_row(
        "anonymous_described",
        "written-a-name-campaign-official",
        "Hillary Clinton said the video was real.\n\nA Clinton campaign official later walked back the comments, "
        "saying that Clinton\u00a0“didn’t have a particular video in mind, but he [Trump] is being used in social "
        "media.",
        "the comments",
        None,
        source="A Clinton campaign official",
    ),
    kind_row(
        "anonymous_described",
        "written-a-top-name-adviser",
        "Donald Trump spoke in New York.\n\nA top Donald Trump adviser says the businessman is on a “glide path” to "
        "reaching the 1,237 delegates needed to clinch the Republican nomination.",
        "the businessman is on a “glide path”",
        None,
        source="A top Donald Trump adviser",
    ),
    # a subject with a relative clause of its own ("who ruled that ... could not implement their laws") and an
    # aside (", for instance,"): the judges speak, not their laws
    kind_row(
        "anonymous_described",
        "polnear-train-relative-clause-subject-with-aside",
        "The judges who ruled that Texas and North Carolina could not implement their laws, for instance, said the "
        "problem was not requiring a photo ID; the problem was that the states required IDs that were most likely "
        "to be held by whites.",
        "the problem was not requiring a photo ID",
        None,
        source="The judges",
    ),
    # what poll data reveal is a finding, with a noun phrase as with a clause
    kind_row(
        "public_record",
        "polnear-train-poll-data-revealed-noun-phrase",
        "CNN exit poll data revealed deep anxiety over the nation's economy.",
        "deep anxiety over the nation's economy",
        "CNN exit poll data",
    ),
    # "6 in 10" voters a few sentences after the exit polls were named: the poll's share, not described people
    kind_row(
        "public_record",
        "polnear-train-six-in-ten-after-exit-polls",
        "Exit polls told a tale of two parties, with Republicans exhibiting more dissatisfaction and unrest than "
        "the Democrats.\n\nMore than 6 in 10 Republicans who attended the caucuses described themselves as "
        "evangelical Christians, a slightly higher percentage than four years ago.",
        "themselves as evangelical Christians",
        None,
        source="6 in 10 Republicans",
    ),
    # ... but with no poll nearby, a counted group is described people
    kind_row(
        "anonymous_described",
        "written-six-in-ten-no-poll",
        "The caucus rules changed last year.\n\nMore than 6 in 10 Republicans who attended the meeting "
        "said they wanted the old rules back.",
        "they wanted the old rules back",
        None,
        source="6 in 10 Republicans",
    ),
    # a comma inside a figure is not an apposition: the resolved source keeps "1,000 likely voters"
    kind_row(
        "public_record",
        "written-poll-of-figure-with-comma",
        "The poll of 1,000 likely voters found Smith leading by 5 points.",
        "Smith leading by 5 points",
        "The poll of 1,000 likely voters",
    ),
    # unnamed people described by where they work ("Researchers at the University of Oxford") are
    # anonymous_described, not the university speaking as a body
    kind_row(
        "anonymous_described",
        "written-plural-role-at-institution",
        "Researchers at the University of Oxford found that the vaccine was 90% effective.",
        "the vaccine was 90% effective",
        None,
        source="Researchers at the University of Oxford",
    ),
    # a common noun for a person (WordNet's) is an unnamed, described source, not the institution
    # named before it, and not a vague one
    kind_row(
        "anonymous_described",
        "written-institution-then-person-noun",
        "A Pentagon contractor said the deal was signed in March.",
        "the deal was signed in March",
        None,
        source="A Pentagon contractor",
    ),
    kind_row(
        "anonymous_described",
        "written-one-person-noun",
        "One paramedic said the victims were conscious when they arrived.",
        "the victims were conscious when they arrived",
        None,
        source="One paramedic",
    ),
    # one organisation named by its common noun (WordNet: a "brokerage" is an organization) speaks as
    # an institution; a plural ("Many businesses") is no single body
    kind_row(
        "institution",
        "web-the-brokerage-said",
        "An extended slowdown could result in the market losing hope of an imminent revival in demand supported "
        "by government action, the brokerage said.",
        "An extended slowdown could result in the market losing hope",
        None,
        source="the brokerage",
    ),
    # what an outlet's interviewer asked is that outlet's question, when the sentence names the outlet
    kind_row(
        "other_outlet",
        "polnear-train-told-outlet-when-asked-about",
        "“I think Bernie would probably encourage people,” Sarandon, 69, told MSNBC Monday when asked about "
        "concerns that Sanders’s supporters would not support Clinton if he loses the nomination.",
        "concerns that Sanders’s supporters would not support Clinton",
        "MSNBC",
        source="MSNBC",
    ),
    # "People briefed on the move": the people are the head, "briefed on ..." a participle after it
    # (not an institution because "People" opens the sentence with a capital); described only by their
    # access, so vague like "people familiar with the matter" (as our layer-2 readers label it)
    kind_row(
        "anonymous_vague",
        "polnear-train-people-briefed-on-the-move",
        "People briefed on the move said that it reflected Mr. Trump's realization that his campaign was at a "
        "crisis point.",
        "it reflected Mr. Trump's realization",
        None,
        source="People briefed on the move",
    ),
    # "officials who spoke with OUTLET said": the officials speak; the outlet they spoke to is a relay,
    # not the source
    kind_row(
        "anonymous_described",
        "polnear-train-officials-who-spoke-with-outlet",
        "Current and former officials who spoke with The Huffington Post said the organization has become a shell "
        "of itself, too focused on defending and promoting the chair, rather than promoting the interests of the "
        "Democratic Party.",
        "the organization has become a shell of itself",
        "Current and former officials",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-was-asked-about-during-interview-by-outlet",
        "Sanders was asked about their case during an interview published Monday by the New York Daily News, in "
        "which he said he didn't support their right to sue Remington.",
        "their case",
        "New York Daily News",
        source="New York Daily News",
    ),
    # "news has emerged that C": reporting with no outlet named, as "it was reported" (kinds guide)
    kind_row(
        "other_outlet",
        "polnear-train-news-has-emerged-that",
        "But news has emerged that Cosby has been a big donor to the Bill and Hillary Clinton Foundation, and many "
        "watchers of politics are wondering if the Clintons are going to return the thousands Coz donated.",
        "Cosby has been a big donor to the Bill and Hillary Clinton Foundation",
        None,
        source="news",
    ),
    # a news agency named with words before its name ("the state-run Xinhua News Agency")
    kind_row(
        "wire_agency",
        "web-according-to-the-state-run-agency",
        "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, according to the "
        "state-run Xinhua News Agency.",
        "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit",
        "Xinhua",
    ),
    # after a personal title ("Sen.", "Dr."), a name whose last word is an organisation's word
    kind_row(
        "on_record",
        "written-senator-surname-post",
        "Sen. Tim Post said the plan would fail in committee.",
        "the plan would fail in committee",
        "Tim Post",
    ),
    # a family named by its surname in the plural is named people, not a body
    kind_row(
        "on_record",
        "polnear-train-the-ebelings-said",
        "Betsy Ebeling, 68, and her husband, Tom Ebeling, drove in from Chicago. The Ebelings said they were "
        "hoping to spend some personal time with Clinton before Monday's caucuses.",
        "they were hoping to spend some personal time with Clinton",
        "Ebelings",
    ),
    # "Spokesmen at ..." are unnamed people described by where they work (an irregular plural)
    kind_row(
        "anonymous_described",
        "polnear-train-spokesmen-at-two-agencies",
        "Spokesmen at the FBI and Justice Department would not discuss the investigation.",
        "the investigation",
        None,
        source="Spokesmen at the FBI and Justice Department",
    ),
    # what a post said, when the verb "posted" names the platform after its object
    kind_row(
        "social_post",
        "polnear-train-posted-object-on-facebook",
        "Tashfeen Malik, one of two terrorists involved in the San Bernardino attacks, posted her public "
        "allegiance to ISIS on Facebook just minutes before the shooting.",
        "her public allegiance to ISIS",
        "Tashfeen Malik",
    ),
    # an inverted speaker may open on lower-case role words ("wrote film director Osman Abu Laban")
    kind_row(
        "social_post",
        "polnear-train-inverted-role-then-name-on-facebook",
        "Salah Abu-Laban and his wife Sahar Quaider, son Ghassan and daughter-in-law Reem As Saba’ee had been "
        "traveling together, wrote film director Osman Abu Laban, Abu-Laban’s nephew, on Facebook.",
        "had been traveling together",
        "Osman Abu Laban",
    ),
    # a capitalised word WordNet does not know as people ("sander" is a tool) is a surname
    kind_row(
        "on_record",
        "polnear-train-surname-ending-in-ers",
        "Sanders said both Obama and Biden have been fair to him and Clinton, despite some recent suggestions "
        "by the White House.",
        "both Obama and Biden have been fair to him and Clinton",
        "Sanders",
    ),
    # public_record: a poll, study, records, a court filing, a report, an ad or a video
    # a made thing or a message that shows is evidence the reader can look at (kinds guide: a video)
    kind_row(
        "public_record",
        "written-footage-shows",
        "The footage shows the officer firing twice as the man ran away.",
        "the officer firing twice as the man ran away",
        None,
        source="The footage",
    ),
    kind_row(
        "public_record",
        "written-photos-show-sentence-start",
        "Photos show the bridge collapsed into the river.",
        "the bridge collapsed into the river",
        None,
        source="Photos",
    ),
    kind_row(
        "nonpublic_document",
        "web-court-papers-obtained-by-correspondent",
        "Court papers obtained by our correspondent on Monday showed that the suit, with Number "
        "FHC/ABJ/03/095/2018, was filed by Mahmud Abubakar Magaji, a Senior Advocate of Nigeria, on behalf of "
        "the lawmakers.",
        "the suit, with Number FHC/ABJ/03/095/2018, was filed by Mahmud Abubakar Magaji",
        None,
        source="Court papers",
    ),
    # what a candidate says in an ad rests on the ad, a published text the reader can check
    kind_row(
        "public_record",
        "polnear-train-says-in-the-spot",
        '"The tragic attacks in Paris proves once again that America needs to get tough on radical Islamic '
        'terrorism," Trump says in the spot titled "Dangerous," warning against allowing in the refugees coming '
        "from Syria.",
        "The tragic attacks in Paris proves once again",
        "Trump",
    ),
    kind_row(
        "public_record",
        "written-said-in-a-new-television-ad-that",
        "Clinton said in a new television ad that she would fight for working families.",
        "she would fight for working families",
        "Clinton",
    ),
    # a share of those polled speaks through the poll: a public record, not an institution
    kind_row(
        "public_record",
        "web-fifty-one-percent-say",
        "A new ABC News poll shows majority support for impeachment and even removal. Fifty-one percent say "
        "that “President Trump’s actions were wrong and he should be impeached by the House and removed from "
        "office by the Senate.”",
        "President Trump’s actions were wrong",
        None,
        source="Fifty-one percent",
    ),
    kind_row(
        "public_record",
        "polnear-train-on-his-campaign-website-calls-for",
        "On his campaign website, Senator Bernie Sanders calls for credit score reform, ''to make the banking and "
        "credit industries work for borrowers and not just lenders.''",
        "credit score reform",
        "Bernie Sanders",
    ),
    # a polling average is published data, not the outlet or person whose name it carries
    kind_row(
        "public_record",
        "polnear-train-according-to-polling-average",
        "According to the Real Clear Politics average, Trump is up 15.6 points in Florida.",
        "Trump is up 15.6 points in Florida",
        "Real Clear Politics average",
    ),
    kind_row(
        "public_record",
        "written-outlet-polling-average",
        "According to the Huffington Post Pollster average, Clinton leads by four points in Ohio.",
        "Clinton leads by four points in Ohio",
        "Pollster average",
    ),
    # a polling firm's finding is its published poll; its named pollster stays on the record
    kind_row(
        "public_record",
        "written-pollster-found",
        "The Pew Research Center found that most adults who use social media get news there.",
        "most adults who use social media get news there",
        "Pew Research Center",
    ),
    kind_row(
        "on_record",
        "written-pollster-named-analyst",
        "Quinnipiac pollster Tim Malloy said the race in Ohio was too close to call.",
        "the race in Ohio was too close to call",
        "Tim Malloy",
    ),
    kind_row(
        "public_record",
        "the-poll-found",
        "TALLAHASSEE — Donald Trump's controversial views on immigration have taken their toll on Latino support "
        "for the Republican Party in Florida and could have a profound impact on down-ballot candidates this "
        "fall, according to a poll of 400 registered Latino voters released on Friday by Latino Decisions, a "
        "public opinion research group.\n\n"
        "Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found.",
        "Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump",
        "poll",
    ),
    kind_row(
        "public_record",
        "according-to-a-poll",
        "TALLAHASSEE — Donald Trump's controversial views on immigration have taken their toll on Latino support "
        "for the Republican Party in Florida and could have a profound impact on down-ballot candidates this "
        "fall, according to a poll of 400 registered Latino voters released on Friday by Latino Decisions, a "
        "public opinion research group.",
        "views on immigration have taken their toll on Latino support for the Republican Party in Florida",
        "poll",
    ),
    kind_row(
        "public_record",
        "named-poll-found",
        "A Qunnipiac University poll found last week that Clinton would beat Trump 46 to 40 percent in a general "
        "election match-up, while Sanders would hypothetically beat the New York businessman 52 to 38 percent.",
        "Clinton would beat Trump 46 to 40 percent",
        "poll",
    ),
    kind_row(
        "public_record",
        "FEC-records-show",
        "In all, the Tampa host committee raised $57million, Federal Election Commission records show.",
        "the Tampa host committee raised $57million",
        "Federal Election Commission records",
    ),
    kind_row(
        "public_record",
        "campaign-finance-records-show",
        "A company called Harmony Enterprises gave $5,000 to the PAC on June 27, 2014, campaign finance records show.",
        "A company called Harmony Enterprises gave $5,000 to the PAC",
        "records",
    ),
    kind_row(
        "public_record",
        "the-lawsuit-alleges",
        'The lack of voting places was "particularly burdensome" on Maricopa County\'s black, Hispanic and Native '
        "American communities, which had fewer polling locations than white communities and in some cases no "
        "places to vote at all, the lawsuit alleges.",
        'The lack of voting places was "particularly burdensome"',
        "lawsuit",
    ),
    kind_row(
        "public_record",
        "the-congressional-report-said",
        "“Even the former Chairwoman’s computer had been hacked by a foreign government, likely the Chinese,” the "
        "congressional report said, referring to Gruenberg’s predecessor, Sheila Bair, who headed the FDIC from "
        "2006 until 2011 when Gruenberg took over as acting chairman.",
        "Even the former Chairwoman’s computer had been hacked by a foreign government",
        "report",
    ),
    kind_row(
        "public_record",
        "the-study-found",
        "The study found the spacecraft mass could be reduced by a third by removing the crew quarters with a "
        "similar reduction in consumables, equivalent to several tons of saved mass.",
        "the spacecraft mass could be reduced by a third",
        "study",
    ),
    kind_row(
        "public_record",
        "the-ad-claims",
        "The nearly 90-second ad slams Kasich for voting in favor of an assault-weapons ban in 1994, his efforts "
        "to reign in defense spending and his decision to expand Medicaid in Ohio under President Barack Obama’s "
        "Affordable Care Act.\n\n"
        "The ad claims “Jeb is the conservative you can trust.”",
        "Jeb is the conservative you can trust",
        "ad",
    ),
    kind_row(
        "public_record",
        "the-ad-says",
        "Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New "
        "York to “send a message” to Wall Street banks and billionaires.\n\n"
        "The ad says “nothing will change until we elect candidates who reject Wall Street money.”",
        "nothing will change until we elect candidates who reject Wall Street money",
        "ad",
    ),
    kind_row(
        "public_record",
        "a-video-shows",
        "In Louisville on March 1, Ms. Nwanguma was shocked by the reaction from Trump supporters, she said in an "
        "interview later. A video of the episode shows her clutching her cellphone and pinballing among "
        "outstretched, shoving hands.",
        "her clutching her cellphone and pinballing among outstretched, shoving hands",
        "video",
    ),
    kind_row(
        "public_record",
        "the-video-shows",
        "The video shows officers racing up a staircase, converging outside the suspect's room and banging on the "
        "door.",
        "officers racing up a staircase",
        "video",
    ),
    kind_row(
        "public_record",
        "financial-documents-he-submitted",
        "WASHINGTON (AP) — Donald Trump has invested in some of the companies that he uses as punching bags on "
        "the campaign trail, according to new financial documents he submitted to the U.S. government.",
        "Donald Trump has invested in some of the companies",
        "financial documents",
    ),
    kind_row(
        "public_record",
        "case-report-published-in-a-journal",
        "However, it was this type of fluffy bedding that left a man not only breathless but with a serious lung "
        "condition, according to a case report published in the journal BMJ Case Reports.",
        "it was this type of fluffy bedding that left a man not only breathless",
        "case report",
    ),
    # anonymous_described: unnamed people whose affiliation, position or access is described
    kind_row(
        "anonymous_described",
        "candidates-aides-say",
        "Sanders’ aides say their campaign has no desire to engage in an extended back-and-forth over the issue.",
        "their campaign has no desire to engage in an extended back-and-forth",
        "aides",
    ),
    kind_row(
        "anonymous_described",
        "white-house-officials-say",
        "White House officials say the arms move was a natural step to take with a country that, once an enemy, "
        "is now a key part of Obama’s strategic ‘rebalance’ towards Asia and an important trade partner as its "
        "economy grows apace.",
        "the arms move was a natural step",
        "White House officials",
    ),
    kind_row(
        "anonymous_described",
        "her-advisers-said",
        "But she was not surprised that the ''Leave'' campaign won, her advisers said Friday, because she "
        "understands the extent of voter anger. Her advisers said they were confident the referendum in Britain "
        "did not mirror the presidential election in the United States.",
        "they were confident the referendum in Britain did not mirror",
        "advisers",
    ),
    kind_row(
        "anonymous_described",
        "a-senior-administration-official",
        "A senior Obama administration official said on Friday that the White House supported Twitter's efforts "
        "against extremism.",
        "the White House supported Twitter's efforts against extremism",
        "senior Obama administration official",
    ),
    kind_row(
        "anonymous_described",
        "party-officials",
        "Many Democratic officials say they expect the Clinton campaign to emphasize party-building, just as they "
        "did during President Bill Clinton’s tenure in the 1990s.",
        "they expect the Clinton campaign to emphasize party-building",
        "Democratic officials",
    ),
    kind_row(
        "anonymous_described",
        "state-election-officials",
        "Florida election officials say Republican presidential front-runner Donald Trump’s name was not left off "
        "ballots in a town in south Florida, despite a small number of voter complaints.",
        "Donald Trump’s name was not left off ballots",
        "Florida election officials",
    ),
    # described only by their access to the matter: vague, like the guide's "people familiar with the matter"
    # (our layer-2 readers label "People briefed on the move" vague too)
    kind_row(
        "anonymous_vague",
        "two-people-briefed-on-the-talks",
        "Two people briefed on the talks said Trump has decided that rolling back existing tariffs, in addition to "
        "cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion in Chinese consumer goods, "
        "requires deeper concessions from China.",
        "Trump has decided that rolling back existing tariffs",
        "Two people briefed on the talks",
    ),
    kind_row(
        "anonymous_described",
        "a-source-familiar-with-the-internal-investigation",
        "But a source familiar with the FDIC’s internal investigation said the areas of the regulator’s network "
        "that were hacked suggested the intruders were seeking “economic intelligence.”",
        "the areas of the regulator’s network that were hacked",
        "a source familiar with the FDIC’s internal investigation",
    ),
    # anonymous_vague: unnamed with no usable description
    kind_row(
        "anonymous_vague",
        "critics-argue",
        "The Obama administration’s waiver system further diminished the federal education brand, critics argue.",
        "The Obama administration’s waiver system further diminished the federal education brand",
        "critics",
    ),
    kind_row(
        "anonymous_vague",
        "while-critics-argue-that",
        "While critics argue that trading prisoners encourages others to target Americans, President Obama has "
        "deemed certain releases a reasonable trade-off.",
        "trading prisoners encourages others to target Americans",
        "critics",
    ),
    kind_row(
        "anonymous_vague",
        "some-experts-said",
        "But some experts said it could be a difficult pledge to keep.",
        "it could be a difficult pledge to keep",
        "experts",
    ),
    kind_row(
        "anonymous_vague",
        "experts-said-trailing",
        "The 125,000 suspensions could include users who have continued creating new accounts after previous ones "
        "are suspended, a common practice among ISIS supporters, experts said.",
        "The 125,000 suspensions could include users",
        "experts",
    ),
    kind_row(
        "anonymous_vague",
        "analysts-say",
        "In fact, neither Trump nor Clinton’s tax plans would have any major impact on how much the middle class "
        "pays, analysts say.",
        "neither Trump nor Clinton’s tax plans would have any major impact",
        "analysts",
    ),
    kind_row(
        "anonymous_vague",
        "the-sources-said",
        "It also includes commercial data obtained from the RNC and other sources, in an effort to mobilize voters "
        "in key early states, the sources said.",
        "It also includes commercial data obtained from the RNC",
        "sources",
    ),
    kind_row(
        "anonymous_vague",
        "reportedly",
        "The Club for Growth is reportedly spending $1.5 million on television advertisements ahead of the "
        "Indiana primary.",
        "spending $1.5 million on television advertisements",
        None,
    ),
    kind_row(
        "anonymous_vague",
        "are-said-to-be",
        "Wistron and Global Lighting Technologies are said to be among the suppliers of the keyboards for the "
        "smaller notebook.",
        "among the suppliers of the keyboards for the smaller notebook",
        None,
    ),
    # nonpublic_document: leaked, private, internal or obtained material the reader cannot check
    kind_row(
        "nonpublic_document",
        "email-obtained-by-outlet",
        "The biggest prize in labor endorsements won’t be doled out next week as many people expected, according "
        "to an email from the president of the AFL-CIO labor federation obtained by The Huffington Post.",
        "The biggest prize in labor endorsements won’t be doled out next week",
        "email",
    ),
    kind_row(
        "nonpublic_document",
        "memo-seen-by-reuters",
        "A redacted copy of the 2013 FDIC inspector general’s memo seen by Reuters said investigators were unable "
        "to determine exactly which files had been extracted from agency computers.",
        "investigators were unable to determine exactly which files had been extracted",
        "memo",
        gap="'a memo seen by Reuters said': the source is cut to 'Reuters' (wire_agency); the memo is lost",
    ),
    kind_row(
        "nonpublic_document",
        "letter-obtained-by-AP-warns",
        "A Feb. 1 letter from the American Legion obtained by The Associated Press warns that “any further "
        "communication about it will be through our trademark attorney in the appropriate forum.”",
        "any further communication about it will be through our trademark attorney",
        "letter",
    ),
    kind_row(
        "nonpublic_document",
        "legal-opinion-obtained-by-AP-concluded",
        "A legal opinion drafted for the project for Mercury in May 2012, and obtained by AP, concluded that the "
        'European Centre qualified as a "foreign principal" under the Foreign Agents Registration Act but said '
        "disclosure to the Justice Department was not required.",
        'the European Centre qualified as a "foreign principal"',
        "legal opinion",
        gap="'A legal opinion ..., and obtained by AP, concluded that ...' yields no attributed claim",
    ),
    kind_row(
        "nonpublic_document",
        "copy-of-letter-reviewed-by-the-post",
        'Trump wrote to the investment company\'s chief executive, threatening "a major lawsuit," according to a '
        "copy of the letter reviewed by The Post.",
        "Trump wrote to the investment company's chief executive",
        "letter",
        gap="'according to a copy of the letter reviewed by The Post' yields no attributed claim",
    ),
    kind_row(
        "nonpublic_document",
        "leaked-emails-showed",
        "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement at the outset of "
        "the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders after leaked "
        "emails showed DNC staff favoring Hillary Clinton.",
        "DNC staff favoring Hillary Clinton",
        "emails",
        gap="'leaked emails showed X favoring Y' yields no document claim: 'DNC staff' becomes an institution "
        "source with cue 'favoring' and content 'Hillary Clinton'",
    ),
    # wire_agency: a news agency cited as the source
    kind_row(
        "wire_agency",
        "the-associated-press-reported-that",
        "The Associated Press reported that she had reached the 2,383 nominees needed to secure the nomination on "
        "Monday evening.",
        "she had reached the 2,383 nominees needed",
        "AP",
    ),
    kind_row(
        "wire_agency",
        "trailing-the-associated-press-reported",
        "In Orlando, Clinton made an impromptu stop at the Pulse nightclub in Orlando, where 49 people were killed "
        "June 12 by a lone gunman in a mass shooting, the Associated Press reported Friday.",
        "Clinton made an impromptu stop at the Pulse nightclub",
        "AP",
    ),
    kind_row(
        "wire_agency",
        "according-to-the-associated-press",
        "Clinton led by about 1,500 votes out of nearly 620,000 cast — or about 0.2 percentage points — in "
        "unofficial returns, according to the Associated Press.",
        "Clinton led by about 1,500 votes out of nearly 620,000 cast",
        "AP",
    ),
    kind_row(
        "wire_agency",
        "trailing-reuters-reported",
        "Customs and Border Protection typically requires payment within 10 days of their shipments clearing "
        "customs, Reuters reported.",
        "Customs and Border Protection typically requires payment",
        "Reuters",
    ),
    kind_row(
        "wire_agency",
        "trailing-reuters-reported-long",
        "Small investors in Hong Kong have welcomed the deal, subscribing for so many shares they will be allotted "
        "the maximum 10 per cent of the total they can get, Reuters reported.",
        "Small investors in Hong Kong have welcomed the deal",
        "Reuters",
    ),
    kind_row(
        "wire_agency",
        "label-colon-according-to-the-associated-press",
        "Superdelegates: Clinton is backed by 520 superdelegates compared with 39 who back Sanders, according to "
        "the Associated Press.",
        "Clinton is backed by 520 superdelegates compared with 39 who back Sanders",
        "AP",
        gap="'520 superdelegates' is taken as a source with cue 'compared'; AP is only a later hop",
    ),
    # other_outlet: another publication's or broadcaster's reporting
    kind_row(
        "other_outlet",
        "first-reported-by-broadcaster",
        "Morris says the campaign will be pursuing federal matching funds and will “compete vigorously for the "
        "nomination.” O’Malley’s move was first reported by MSNBC.",
        "O’Malley’s move",
        "MSNBC",
    ),
    kind_row(
        "other_outlet",
        "the-new-york-times-reported",
        "The New York Times reported the email came hours after Donald Trump proposed a ban on Muslims trying to "
        "enter the U.S.",
        "the email came hours after Donald Trump proposed a ban",
        "New York Times",
    ),
    kind_row(
        "other_outlet",
        "politico-reported-that",
        "Politico reported Saturday that David Brock, founder of Correct the Record — a pro-Clinton super PAC — "
        "was planning to call on the senator to release his records before the Iowa caucuses.",
        "was planning to call on the senator to release his records",
        "Politico",
    ),
    kind_row(
        "other_outlet",
        "as-the-washington-post-reported",
        "As The Washington Post reported, even if Sanders managed to split delegates with Clinton in Tuesday’s "
        "contests, he would then need to win 55 percent of the remaining delegates in order to tie the "
        "front-runner.",
        "he would then need to win 55 percent of the remaining delegates",
        "Washington Post",
    ),
    kind_row(
        "other_outlet",
        "according-to-CNN",
        "Clinton’s victory in Tuesday’s New York primary was also achieved through the support of women (61 "
        "percent), nonwhite voters (67 percent) and Democrats looking for an experienced candidate (90 percent), "
        "according to CNN.",
        "Clinton’s victory in Tuesday’s New York primary was also achieved",
        "CNN",
    ),
    kind_row(
        "other_outlet",
        "according-to-a-local-newspaper",
        "The campaign, which includes both digital and TV ads, cost the state roughly $449,000, according to the "
        "Sioux Falls Argus Leader.",
        "cost the state roughly $449,000",
        "Argus Leader",
    ),
    kind_row(
        "other_outlet",
        "CNN-reported-after-time-clause",
        "Friday morning, as the Rose Bowl parade rolled through Pasadena, CNN reported at least six skywriting "
        "planes filled the skies with anti-Trump messages.",
        "at least six skywriting planes filled the skies with anti-Trump messages",
        "CNN",
    ),
    # social_post: the claim rests on a post on a social network
    # "“C,” X, a scientist, told The Hill.": the outlet after "told" heard it; X is the speaker.
    kind_row(
        "on_record",
        "quote-name-apposition-told-outlet",
        "“Hillary can’t afford to have him do this because public opinion would strongly side with him,” Seth "
        "McKee, a political scientist at Texas Tech University, told The Hill.",
        "public opinion would strongly side with him",
        "Seth McKee",
    ),
    # "Name: what they said" in a headline: a short name before the colon is the speaker (the tail
    # after it is what was said), and a surname in the plural names a family of the article.
    kind_row(
        "on_record",
        "headline-family-colon-claim",
        "Khans: Trump stirs 'ugliness';\nMuslim couple cope with sudden fame, politics in the glare of the "
        "spotlight.\n\nKhizr Khan, whose son was killed in Iraq, spoke at the convention.",
        "Trump stirs 'ugliness'",
        "Khans",
        source="Khans",
        headline=True,
    ),
    # "in early-morning tweets": a post noun with its modifiers is the medium.
    kind_row(
        "social_post",
        "written-attacked-X-in-a-series-of-early-morning-tweets",
        "Trump attacked the former beauty queen in a series of early-morning tweets, calling her “disgusting.”",
        "the former beauty queen",
        "Trump",
    ),
    # A source going on right after a published text of its own is still writing it.
    kind_row(
        "public_record",
        "written-memoir-then-same-name-added",
        "In her 2014 memoir, Clinton wrote that the decision to go to Libya was hers alone.\n\n“I made the call "
        "and I own it,” Clinton added.",
        "I made the call and I own it",
        "Clinton",
    ),
    # The head noun comes before a participle: "a union representing ..." is the union.
    kind_row(
        "institution",
        "written-a-union-representing-X-said",
        "A union representing nurses at the county hospital said the new rota would leave wards understaffed.",
        "the new rota would leave wards understaffed",
        "union",
    ),
    # The head noun decides number and role: "Ambassador to France" is one ambassador, not France.
    kind_row(
        "on_record",
        "country-possessive-ambassador-to-country-confirmed",
        "Chad’s Ambassador to France confirmed Seitchi, a cadet at France’s elite military academy, was on the plane.",
        "was on the plane",
        "Ambassador",
    ),
    # A quantifier and a party plural are a group, not a person's name; named members in apposition
    # decide.
    kind_row(
        "anonymous_described",
        "written-many-Democrats-say",
        "Many Democrats say the party's edge among young voters could be undercut by apathy in November.",
        "the party's edge among young voters could be undercut by apathy",
        "Many Democrats",
    ),
    kind_row(
        "anonymous_described",
        "written-House-Republicans-said",
        "House Republicans said the spending bill would pass before the August recess.",
        "the spending bill would pass before the August recess",
        "House Republicans",
    ),
    kind_row(
        "on_record",
        "written-group-comma-two-named-senators-said",
        "Two Republicans, Sen. Susan Collins and Sen. Lisa Murkowski, said they would vote against the bill.",
        "they would vote against the bill",
        "Susan Collins",
    ),
    # The subject of a participle is the whole noun phrase, lower-case head noun included.
    kind_row(
        "public_record",
        "lawsuit-was-filed-and-alleging-that",
        "A federal lawsuit was filed in 2012 challenging the New York Police Department's surveillance of Muslim "
        "communities and alleging that police used the plaintiffs' Muslim identity as a “permissible proxy for "
        "criminality.”",
        "police used the plaintiffs' Muslim identity",
        "lawsuit",
    ),
    kind_row(
        "on_record",
        "the-Vermont-senator-emailed-supporters-saying-and-vowing",
        "Bernie Sanders did not concede on Tuesday. The Vermont senator emailed supporters saying: “The struggle "
        "continues” and vowing to compete in the season’s final primary contest next week in the District of "
        "Columbia.",
        "to compete in the season’s final primary contest",
        "Vermont senator",
    ),
    # "X's claim that C": the possessor said C (not yet when the phrase sits inside another claim's
    # content, as in "Y said that Rubio's claim that C is not true").
    kind_row(
        "on_record",
        "surname-possessive-claim-that",
        "Clinton's claim that 90 percent of her e-mails were 'in the system' is her camp's calculation.",
        "90 percent of her e-mails were 'in the system'",
        "Clinton",
    ),
    # Hearsay words pass a claim on without naming anyone (kinds guide: "reportedly", "is said to").
    kind_row(
        "anonymous_vague",
        "reportedly-no-source",
        "Khoga was reportedly on that trip with several other family members, including her sister and her "
        "sons, but they returned to Egypt earlier.",
        "on that trip with several other family members",
        "unnamed sources",
    ),
    kind_row(
        "anonymous_vague",
        "written-is-said-to-have",
        "The billionaire is said to have left the country on a private jet on Friday.",
        "have left the country on a private jet",
        "unnamed sources",
    ),
    # "is widely regarded as", "was seen by some as": a view of people the article does not name
    kind_row(
        "anonymous_vague",
        "polnear-train-widely-regarded-as",
        "The union, which endorsed Hillary Clinton in November, is widely regarded as one of the more liberal in "
        "the labor movement.",
        "one of the more liberal in the labor movement",
        "unnamed sources",
    ),
    kind_row(
        "anonymous_vague",
        "polnear-train-seen-by-some-as",
        "But the staffing change, hammered out on Sunday and formally announced on Wednesday, was seen by some as "
        "a demotion for Mr. Manafort.",
        "a demotion for Mr. Manafort",
        "some",
    ),
    kind_row(
        "anonymous_described",
        "written-viewed-by-a-described-group-as",
        "The new levy is viewed by many small-business owners as a threat to their margins.",
        "a threat to their margins",
        "small-business owners",
    ),
    # people named only by holding a view are vague like "critics"; whose opponents they are describes them
    kind_row(
        "anonymous_vague",
        "polnear-train-rebuked-by-opponents-for",
        "Trump has been rebuked by opponents for his proposal to temporarily ban Muslims from entering the "
        "United States.",
        "Trump",
        "opponents",
    ),
    kind_row(
        "anonymous_vague",
        "written-skeptics-say",
        "Skeptics say the rebate will never reach buyers.",
        "the rebate",
        "Skeptics",
    ),
    kind_row(
        "anonymous_described",
        "written-his-opponents-say",
        "His opponents say the rebate will never reach buyers.",
        "the rebate",
        "His opponents",
    ),
    # "polling" is a poll's data, not an organisation
    kind_row(
        "public_record",
        "polnear-train-recent-polling-is-showing",
        "Recent polling is showing Trump has a significant lead over Rubio in Florida.",
        "Trump has a significant lead over Rubio",
        "polling",
    ),
    # a chamber of commerce or a PAC is an organisation, not a person called "Hollywood Chamber"
    kind_row(
        "institution",
        "polnear-train-chamber-of-commerce-announced",
        "The Hollywood Chamber of Commerce has announced that it will not remove Cosby’s star on the Walk Of Fame.",
        "it will not remove Cosby’s star",
        "Hollywood Chamber of Commerce",
    ),
    kind_row(
        "institution",
        "written-us-chamber-of-commerce",
        "The U.S. Chamber of Commerce said the rule would cost thousands of jobs in the Gulf states.",
        "the rule would cost thousands of jobs",
        "Chamber of Commerce",
    ),
    # "all of whom" after named people with party tags in brackets: the named people
    kind_row(
        "on_record",
        "polnear-train-all-of-whom-after-party-tags",
        "Corker teamed up with Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and Marco Rubio "
        "(R-Fla.), all of whom opposed the Iran deal last summer, to introduce the bill.",
        "the Iran deal",
        "Manchin",
    ),
    # people counted ("Dozens of residents") are the people, not an organisation called "Dozens"
    kind_row(
        "anonymous_described",
        "written-dozens-of-residents",
        "Dozens of residents said the tap water had run brown for a week before the city responded.",
        "the tap water had run brown",
        "residents",
    ),
    kind_row(
        "anonymous_described",
        "written-women-plural-without-s",
        "Women who worked at the plant said they were never told about the leak.",
        "they were never told about the leak",
        "Women",
    ),
    # "writing for X," / "Writing in X,": a writer of another publication (kinds guide: other_outlet);
    # the aside itself is no claim
    kind_row(
        "other_outlet",
        "written-writing-for-publication-aside",
        "Alicia Powe, writing for Young Conservatives, reported that the stands were half empty by the second hour.",
        "the stands were half empty",
        "Alicia Powe",
    ),
    kind_row(
        "other_outlet",
        "written-writing-in-publication-opener",
        "Writing in National Review, Jonah Goldberg argued that the party had lost its way on trade.",
        "the party had lost its way on trade",
        "Jonah Goldberg",
    ),
    # a writer the article shows writing for a publication ("wrote on Young Conservatives", "writing on
    # Breitbart,") speaks through its pages later too, "he wrote" included
    kind_row(
        "other_outlet",
        "polnear-train-wrote-on-site-then-surname-wrote",
        "Not everyone is on board.\n\n“This is sophomoric,” Alicia Powe wrote on Young Conservatives. "
        "“Blacklisted?”\n\n“It’s not like Trump is less ideologically pure than Mitt Romney, the father of "
        "Obamacare,” Powe wrote.",
        "It’s not like Trump is less ideologically pure than Mitt Romney",
        "Alicia Powe",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-writing-on-site-then-he-wrote",
        "Patrick Howley, writing on Breitbart, shared those sentiments.\n\n“Why not a ‘blacklist’ for "
        "conservatives who sold out the movement, and their own country, by embracing amnesty?” he wrote.",
        "Why not a ‘blacklist’ for conservatives who sold out the movement",
        "Patrick Howley",
    ),
    kind_row(
        "on_record",
        "written-wrote-on-a-day-is-no-publication",
        "Senator Jane Okafor wrote on Monday that the plan had failed. “It failed on every count,” Okafor wrote.",
        "It failed on every count",
        "Jane Okafor",
    ),
    # a part of those polled, counted by a poll in the sentence, speaks through the poll
    kind_row(
        "public_record",
        "written-vast-majority-say-according-to-a-poll",
        "The vast majority of Americans say they prefer lower prices to paying a premium for goods made at home, "
        "according to an Associated Press-GfK poll released Thursday.",
        "they prefer lower prices",
        "majority",
    ),
    kind_row(
        "public_record",
        "polnear-train-a-mere-percent-say",
        "The vast majority of Americans say they prefer lower prices. A mere 9 percent say they only buy American.",
        "they only buy American",
        "9 percent",
    ),
    kind_row(
        "anonymous_described",
        "written-most-republicans-say-without-a-poll",
        "Most Republicans in the state legislature say the process is fair.",
        "the process is fair",
        "Republicans",
    ),
    # an inquiry or a probe is an investigation: what it found is on the record
    kind_row(
        "public_record",
        "polnear-train-the-inquiry-found",
        "The inquiry found that the secretary's office almost never searched its own email in public-records "
        "requests before 2011.",
        "the secretary's office almost never searched its own email",
        "inquiry",
    ),
    # an unnamed spokeswoman for a named person is unnamed, as "a spokesman for Trump" is: the name after
    # "for" is whom she speaks for (kinds guide: anonymous_described); a name in apposition is hers
    kind_row(
        "anonymous_described",
        "written-spokeswoman-for-named-governor",
        "A spokeswoman for Gov. John Kasich said the campaign would stay in the race through the convention.",
        "the campaign would stay in the race",
        "spokeswoman",
    ),
    kind_row(
        "on_record",
        "written-spokeswoman-for-named-governor-then-her-name",
        "A spokeswoman for Gov. John Kasich, Emmalee Kalmbach, said the campaign would stay in the race.",
        "the campaign would stay in the race",
        "Emmalee Kalmbach",
    ),
    # a company's descriptor: "giant" is a company here, not a person
    kind_row(
        "institution",
        "polnear-train-the-online-retail-giant-reported",
        "Amazon rose $6.20, or 1 percent, to $758.81. The online retail giant reported a profit of $1.78 per "
        "share, well above the $1.11 a share that analysts expected.",
        "a profit of $1.78 per share",
        "retail giant",
    ),
    # a surname that is also a noun for a body ("tribe") after a middle initial or an honorific is a person
    kind_row(
        "on_record",
        "written-middle-initial-surname-tribe",
        "Laurence H. Tribe, a professor of constitutional law at Harvard Law School, said the nominee would be "
        "confirmed. Mr. Tribe said the Senate would not hold out for long.",
        "the Senate would not hold out for long",
        "Laurence H. Tribe",
    ),
    # "Watch" ends an organisation's name like "Coalition"
    kind_row(
        "institution",
        "polnear-train-judicial-watch-also-reported",
        "Judicial Watch also reported ISIS has been funneling terrorists, with the help of Mexican drug cartels, "
        "into the United States through the country’s Southern border with Mexico.",
        "ISIS has been funneling terrorists",
        "Judicial Watch",
    ),
    # polls named inside or at the opening of a sentence whose lead reports their figures
    kind_row(
        "public_record",
        "polnear-train-in-exit-polls-opener",
        "In exit polls, voters in both parties were unhappy with the federal government and worried about the "
        "U.S. economy by overwhelming margins.",
        "voters in both parties were unhappy with the federal government",
        "exit polls",
    ),
    kind_row(
        "public_record",
        "written-leads-in-national-polls",
        "Clinton holds a nine-point lead in national polls released this week.",
        "Clinton holds a nine-point lead",
        "national polls",
    ),
    kind_row(
        "public_record",
        "polnear-train-ahead-in-recent-polls-from",
        "Kasich also finished ahead of Clinton in hypothetical matchups in recent polls from Quinnipiac and Fox "
        "News, by 8 points and 11 points, respectively.",
        "Kasich also finished ahead of Clinton",
        "Quinnipiac",
    ),
    # writing to one's followers on a platform, or touting on an account's page, is a post
    kind_row(
        "social_post",
        "polnear-train-wrote-to-his-twitter-followers",
        "Soon after Wasserman Schultz was booed Monday during a Florida delegation breakfast in Philadelphia, "
        "Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career for good,” and "
        "shared a link to his campaign fundraising webpage.",
        "It’s time to end her political career for good",
        "Canova",
    ),
    kind_row(
        "social_post",
        "polnear-train-touted-on-its-facebook-page",
        "The general stumped for Clinton in Iowa on Veteran’s Day, and the campaign has touted his endorsement on "
        "its Facebook page.",
        "his endorsement",
        "campaign",
    ),
    # an apposition of a role and a name after the subject ("..., syndicated radio host Dennis Prager,")
    kind_row(
        "on_record",
        "polnear-train-one-conservative-comma-radio-host-name",
        "But one prominent conservative, syndicated radio host Dennis Prager, disagrees with their position and is "
        "letting them know he believes they are wrong.",
        "with their position",
        "Dennis Prager",
    ),
    # scholars or scientists named only by a field are vague like "aviation experts"
    kind_row(
        "anonymous_vague",
        "polnear-train-election-scholars-caution",
        "Election scholars caution that high turnout during the primaries doesn't necessarily translate to an "
        "advantage in November.",
        "high turnout during the primaries",
        "Election scholars",
    ),
    # officials hold a position: unnamed but described (kinds guide: "two senior officials"), unlike
    # "critics", "sources" or "experts"
    kind_row(
        "anonymous_described",
        "written-trailing-officials-said",
        "The talks on a cease-fire in Aleppo will resume next week in Geneva, officials said.",
        "The talks on a cease-fire in Aleppo will resume next week",
        "officials",
    ),
    kind_row(
        "anonymous_described",
        "written-senior-officials-spoke-about",
        "Senior officials spoke about the new directives on the condition of anonymity.",
        "the new directives",
        "Senior officials",
    ),
    # a pronoun after a quotation points back past the people named inside it, and a place is no one
    kind_row(
        "other_outlet",
        "polnear-train-she-wrote-after-quote-naming-others",
        "“This is sophomoric,” Alicia Powe wrote on Young Conservatives. “Blacklisted?”\n\n“It’s not like Trump is "
        "less ideologically pure than Mitt Romney, the father of Obamacare,” Powe wrote.\n\n“Desperate times call "
        "for desperate measures, but is this the best they can do?” she wrote.",
        "Desperate times call for desperate measures",
        "Alicia Powe",
    ),
    kind_row(
        "on_record",
        "written-he-said-after-a-place-name",
        "In South Carolina, Senator Ron Wyden toured three towns on Monday. “We will win here,” he said.",
        "We will win here",
        "Ron Wyden",
    ),
    kind_row(
        "on_record",
        "written-he-said-after-new-hampshire",
        "In New Hampshire, Senator Bernie Sanders drew a crowd of 4,000 on Monday. “We are going to win,” he said.",
        "We are going to win",
        "Bernie Sanders",
    ),
    # countries speak as governments, also joined by "and"; a military "Command" is a body
    kind_row(
        "institution",
        "polnear-train-both-the-united-states-and-russia",
        "Both the United States and Russia have shown an inclination to dial back the temperature of a proxy war "
        "that has entangled them.",
        "an inclination to dial back the temperature",
        "United States",
    ),
    kind_row(
        "institution",
        "written-according-to-special-operations-command",
        "According to the United States Special Operations Command, the number of raids doubled last year.",
        "the number of raids doubled last year",
        "Special Operations Command",
    ),
    # a body's descriptor right before its name ("super PAC", "financial firm"), not a titled person after it
    kind_row(
        "institution",
        "polnear-train-super-pac-name-announced",
        "Pro-Clinton super PAC Priorities USA Action announced a small ad buy this week in Nevada and Florida.",
        "a small ad buy this week",
        "Priorities USA Action",
    ),
    kind_row(
        "institution",
        "web-financial-firm-jp-morgan-had-called",
        "Global financial firm JP Morgan had called the Supreme Court decision on the Essar Steel resolution a "
        "landmark judgment.",
        "the Supreme Court decision",
        "JP Morgan",
    ),
    kind_row(
        "on_record",
        "web-company-ceo-name-said",
        "“We won’t roll the dice on public safety,” company CEO Andy Vesey said on Thursday.",
        "We won’t roll the dice on public safety",
        "Andy Vesey",
    ),
    # "the speaker", "House speaker": one specific person (kinds guide: "the senator"); "a speaker" is not
    kind_row(
        "on_record",
        "polnear-train-house-speaker-laying-out",
        "Ryan wages campaign to counter Trump and Cruz;\nHouse speaker laying out an alternative agenda in case "
        "G.O.P. unity shatters.",
        "an alternative agenda",
        "House speaker",
    ),
    kind_row(
        "anonymous_described",
        "written-a-speaker-at-the-rally",
        "A speaker at the rally said the race was over.",
        "the race was over",
        "speaker",
    ),
    # plural evidence ("Studies have shown", "Investigations have revealed") and a released ad are records
    kind_row(
        "public_record",
        "web-studies-have-shown",
        "Studies have shown lower-income Americans tend to purchase a larger fraction of their income on goods.",
        "lower-income Americans tend to purchase",
        "Studies",
    ),
    kind_row(
        "public_record",
        "polnear-train-is-releasing-a-new-ad-that-urges",
        "Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New "
        "York to reject Wall Street money.",
        "a new 30-second ad",
        "Sanders",
    ),
    # "is widely expected to": a view held by people unnamed (as "is said to"); "is expected to" alone stays
    kind_row(
        "anonymous_vague",
        "written-is-widely-expected-to",
        "The outcome provides a fresh burst of momentum for Sanders in a race that will soon broaden to more "
        "challenging terrain and that is widely expected to grow more combative as Clinton tries to regain her "
        "footing.",
        "grow more combative",
        "unnamed",
    ),
    # "another ..." is one more unnamed person; a place in the description names no one
    kind_row(
        "anonymous_described",
        "written-added-another-new-hampshire-republican",
        "“There are more candidates competing in New Hampshire,” added another New Hampshire Republican.",
        "There are more candidates competing in New Hampshire",
        "another New Hampshire Republican",
    ),
    kind_row(
        "public_record",
        "written-nearly-three-in-four-say-according-to-the-survey",
        "Nearly three in four say they would like to buy goods made in the United States, according to the survey.",
        "they would like to buy goods made in the United States",
        "three in four",
    ),
    # a newspaper's editorial board is that outlet's voice
    kind_row(
        "other_outlet",
        "polnear-train-the-editorial-board-writes",
        "The Journal notes that Coulter tweeted that Trump should deport Haley.\n\n“Are we talking about the "
        "same Nikki Haley?” the editorial board writes.",
        "Are we talking about the same Nikki Haley?",
        "editorial board",
    ),
    # a surname of two words ("Le Pen", "Van Dyke") is the person named in full before
    kind_row(
        "on_record",
        "written-two-word-surname-resolves",
        "Marine Le Pen praised the result on Sunday. “The people have spoken,” Le Pen said.",
        "The people have spoken",
        "Marine Le Pen",
        source="Le Pen",
    ),
    # "they" after two people named and joined by "and" is that named pair; not the authors of an article
    kind_row(
        "on_record",
        "polnear-train-they-after-named-pair",
        "Take Idaho Republican Sens. Mike Crapo and Jim Risch. Last week, they enthusiastically endorsed Obama’s "
        "nomination of David Nye to the U.S. District Court.",
        "Obama’s nomination of David Nye",
        "Mike Crapo",
        source="they",
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-they-not-the-article-authors",
        "Top Sanders strategists acknowledged as much in a New York Times article Monday by Patrick Healy and "
        "Yamiche Alcindor. They said the campaign had missed opportunities in 2015.",
        "the campaign had missed opportunities",
        "strategists",
        source="They",
    ),
    # "According to X's “Title”": the author's titled work, its commas and colons in the source (public_record)
    kind_row(
        "public_record",
        "polnear-train-according-to-authors-titled-work",
        "According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity "
        "Machine'' and other sources, his was an all-purpose job.",
        "his was an all-purpose job",
        "The Fixers",
    ),
    kind_row(
        "public_record",
        "written-according-to-authors-title-comma-inside",
        "According to Bob Woodward's “Fear,” aides removed papers from the president's desk.",
        "aides removed papers",
        "Fear",
    ),
    # a speaker who issued a plan or released a report: the claim rests on that published text
    kind_row(
        "public_record",
        "polnear-train-issued-a-detailed-plan",
        "Hillary Clinton has made gun control central to her campaign. Following a mass shooting last year in "
        "Roseburg, Ore., she issued a detailed plan to expand gun background checks through executive action.",
        "a detailed plan to expand gun background checks",
        "Hillary Clinton’s plan",
    ),
    kind_row(
        "on_record",
        "written-issued-a-statement-stays-the-speaker",
        "Senator Jane Okafor issued a statement saying she would not seek re-election.",
        "she would not seek re-election",
        "Jane Okafor",
    ),
    # A sentence opening on the poll or study it reports rests on it; "In the end," does not.
    kind_row(
        "public_record",
        "in-a-poll-released-comma-C",
        "In an ABC News/Washington Post Poll released Sunday, three of four Americans disapproved of the way "
        "Trump had handled the situation.",
        "three of four Americans disapproved of the way Trump had handled the situation",
        "Poll",
    ),
    # "shows exactly why ...": a question clause after an evidence verb is what the evidence shows.
    kind_row(
        "public_record",
        "written-report-shows-exactly-why",
        "A report released by the state auditor last month shows exactly why the bridge repairs ran two years late.",
        "why the bridge repairs ran two years late",
        "report",
    ),
    # A post as the source ("according to his Facebook profile") and "via Facebook" are posts.
    kind_row(
        "social_post",
        "according-to-his-Facebook-profile",
        "Shoukair had logged nearly 6,300 hours of flying time. The pilot had been with EgyptAir since 2004, "
        "according to his Facebook profile.",
        "The pilot had been with EgyptAir since 2004",
        "Facebook profile",
    ),
    kind_row(
        "social_post",
        "company-confirmed-via-Facebook",
        "The company confirmed he was a passenger on the plane via Facebook on Friday.",
        "he was a passenger on the plane",
        "company",
    ),
    # Unnamed people posting rest on their posts too (kinds guide: the claim rests on a post).
    kind_row(
        "social_post",
        "quote-a-friend-said-on-Facebook",
        "“He was a man of great quality who, outside of his professional obligations, had social and associative "
        "engagements,” a friend said on Facebook.",
        "He was a man of great quality",
        "friend",
    ),
    # "One news account": another outlet's reporting, whatever stands before the phrase.
    kind_row(
        "other_outlet",
        "one-news-account-described",
        'One news account described Ban sitting "glumly on the podium at a fractious all-night session as the '
        'meeting teetered on the verge of collapse."',
        "Ban sitting",
        "news account",
    ),
    # A capitalised -ers word used again and never written in lower case is a surname, not a group.
    kind_row(
        "on_record",
        "written-lone-surname-ending-in-ers",
        "Sanders has said repeatedly that the party's rules are unfair. Sanders added on Sunday that he would "
        "stay in the race until the convention.",
        "he would stay in the race until the convention",
        "Sanders",
    ),
    # "who’s argued for years that C": "who’s" is "who has", standing for the name before it.
    kind_row(
        "on_record",
        "Name-comma-whos-argued-for-years-that",
        "North Dakota RNC Committeeman Curly Haugland, who’s argued for years that delegates can’t be bound to "
        "any particular candidate, has championed that effort.",
        "delegates can’t be bound to any particular candidate",
        "Curly Haugland",
    ),
    # "aviation experts": a field before "experts" does not say who they are; "Republican critics" does.
    kind_row(
        "anonymous_vague",
        "C-comma-field-experts-say",
        "The aircraft was insured at a value of $35 million in 2011, records show, and aviation experts say it "
        "is currently worth about $18 million.",
        "it is currently worth about $18 million",
        "aviation experts",
    ),
    # two first names joined by "and", one of a person named before: two people on the record (web page)
    kind_row(
        "on_record",
        "web-two-first-names-disputed",
        "I reached Ford’s sister, Martha Fry, by email. Dale and Martha disputed that Mike was estranged from them "
        "or his parents.",
        "Mike was estranged from them or his parents",
        "Dale and Martha",
    ),
    # a headline in title case: "Officials" is the head unnamed sources go by, not a name (web page)
    kind_row(
        "anonymous_described",
        "web-title-case-headline-officials-colon",
        "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported\n\nA sixth person has died.",
        "6th Fatality Linked To Eastern Equine Encephalitis Reported",
        "Michigan officials",
        headline=True,
    ),
    kind_row(
        "anonymous_described",
        "written-title-case-headline-officials-say",
        "Pentagon Officials Say Troops Will Stay In Syria\n\nThe troops will stay.",
        "Troops Will Stay In Syria",
        "Pentagon officials",
        headline=True,
    ),
    # "Despite Mr. Trump’s ...": a name stopped at an honorific's full stop is no person ("Despite Mr"); the
    # short mention later is Trump (web page)
    kind_row(
        "on_record",
        "web-despite-mr-is-no-person",
        "Despite Mr. Trump’s claims, the tariffs are paid by American importers. “We’re taking in billions of "
        "dollars in tariff money from China,” Mr. Trump said.",
        "We’re taking in billions of dollars in tariff money from China",
        "Trump",
    ),
    # "he’d respond": the pronoun speaks, its "’d" is "would" (web page)
    kind_row(
        "on_record",
        "web-hed-respond",
        "His editors would ask Mike Ford to explain himself more. And he’d respond, “I have a horror of being "
        "obvious.”",
        "I have a horror of being obvious.",
        "Mike Ford",
        source="he",
    ),
    # people known only by their posts ("one user wrote", "one commenter wrote") speak through the posts; "Drug
    # users" are people who use drugs
    kind_row(
        "social_post",
        "polnear-train-one-user-wrote",
        "Chinese social media users weighed in on the race. \"It's great fun watching the dogfight in the United "
        'States," one user wrote.',
        "It's great fun watching the dogfight in the United States",
        "one user",
    ),
    kind_row(
        "social_post",
        "polnear-train-one-commenter-wrote",
        "“If any human involvement occurs in an election, the Clintons will find a way to corrupt it,” one "
        "commenter wrote.",
        "the Clintons will find a way to corrupt it",
        "one commenter",
    ),
    kind_row(
        "anonymous_described",
        "written-drug-users-said",
        "Drug users said the clinic had helped them.",
        "the clinic had helped them",
        "Drug users",
    ),
    # guards found in review: an outlet's name inside a committee's, an age with a reason for anonymity, a
    # surname alone is no first name ("Sen. Warren": "warren" is a man's first name in the census lists)
    kind_row(
        "on_record",
        "written-foreign-affairs-committee-is-no-outlet",
        "The chairman of the House Foreign Affairs Committee said the deal was bad.",
        "the deal was bad",
        "House Foreign Affairs Committee",
    ),
    kind_row(
        "anonymous_described",
        "written-aged-official-who-asked-not-to-be-named",
        "John Smith resigned on Monday. The 45-year-old official, who asked not to be named, said the plan had failed.",
        "the plan had failed",
        "official",
    ),
    kind_row(
        "on_record",
        "written-sen-warren-she-added",
        "Sen. Warren said on Monday that the bank lied. She added that regulators failed.",
        "regulators failed",
        "Warren",
        source="She",
    ),
    # "she" does not point to a man, nor "he" to a woman: the first name (1990 US Census lists) or a word such
    # as "Mr." or "spokeswoman" tells; with no woman named nearby, "she" stays unnamed
    kind_row(
        "on_record",
        "polnear-train-she-skips-a-man-named-in-the-quote-before",
        "Carly Fiorina made a surprise appearance at the rally in Miami. Fiorina was upfront about her distaste for "
        "Donald Trump, the current GOP front-runner. “There are other people in our party who are actually kind of "
        "horrified by Donald Trump. I’m one of them,” she said.",
        "I’m one of them",
        "Carly Fiorina",
        source="she",
    ),
    kind_row(
        "on_record",
        "polnear-train-she-said-of-trump-after-a-woman-unnamed",
        "Donald Trump spoke at the rally. The woman who started it all identified herself to CNN as a resident of "
        "Salem, N.H. “He truly cares about the American people,” she said of Trump.",
        "He truly cares about the American people",
        "does not name",
        source="she",
    ),
    kind_row(
        "on_record",
        "written-he-skips-mrs",
        "Mrs. Jordan Lee met Mark Smith on Monday. “We will not back down,” he said.",
        "We will not back down",
        "Mark Smith",
        source="he",
    ),
    # a platform named inside what was said is no medium, also in a quotation begun in an earlier sentence or
    # quoted with doubled apostrophes; a quotation's later sentence is made as its cue's sentence says
    kind_row(
        "on_record",
        "polnear-train-twitter-inside-quotation-begun-before",
        "\"He'll monitor everything; that's how he is. It's not just on Twitter but on his smartphone and television "
        'and articles," Sam Nunberg, a former Trump aide, said when asked how Trump digests major news events.',
        "It's not just on Twitter but on his smartphone",
        "Sam Nunberg",
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-twitter-inside-doubled-apostrophes",
        "In response, Twitter said it actively investigated potential terrorist threats. ''Violent threats and the "
        "promotion of terrorism deserve no place on Twitter, and our rules make that clear,'' a Twitter spokesman "
        "said.",
        "Violent threats and the promotion of terrorism deserve no place",
        "spokesman",
    ),
    kind_row(
        "social_post",
        "polnear-train-quotation-goes-on-after-said-in-a-tweet",
        "“There is no organized effort, strategy or leader of this so-called movement,” said RNC spokesman Sean "
        'Spicer in a Friday tweet. “It is nothing more than a media creation and a series of tweets."',
        "It is nothing more than a media creation",
        "Sean Spicer",
    ),
    kind_row(
        "social_post",
        "polnear-train-quotation-goes-on-after-said-on-facebook",
        "“He was a man of great quality who, outside of his professional obligations, had social and associative "
        "engagements,” a friend said on Facebook. “You will stay in our memories and our hearts.”",
        "You will stay in our memories and our hearts.",
        "friend",
    ),
    # a definite description of a person the article named: person nouns beyond WordNet's ("legend"), and an
    # age that makes even a head unnamed sources go by one person ("the 71-year-old diplomat")
    kind_row(
        "on_record",
        "polnear-train-the-nfl-legend-said",
        "Their relationship began in 1984, when Trump signed Walker to a rich contract. Walker also appeared on "
        "Trump’s Celebrity Apprentice. The NFL legend said people misunderstand Trump.",
        "people misunderstand Trump",
        "legend",
    ),
    kind_row(
        "on_record",
        "polnear-train-the-bespectacled-71-year-old-diplomat",
        "When Ban Ki-moon assumed office as U.N. secretary general in 2007, he made climate change a primary focus. "
        '"From Day One, I made climate change the top priority," the bespectacled, 71-year-old diplomat said in a '
        "wide-ranging interview.",
        "From Day One, I made climate change the top priority",
        "diplomat",
    ),
    kind_row(
        "anonymous_described",
        "written-a-senior-diplomat-stays-unnamed",
        "Ban Ki-moon spoke in Geneva on Monday. A senior diplomat said the talks would resume next week.",
        "the talks would resume next week",
        "diplomat",
    ),
    # a press release is a published text the reader can check (kinds guide: public_record), even when a
    # named person speaks in it
    kind_row(
        "public_record",
        "polnear-train-in-a-press-release-issued-by-his-firm",
        "In a November 2006 press release issued by his firm, Braynard boasted that, thanks to his patented "
        "“Braynard Precision Survey Method,” he was the only pollster to correctly predict the wide victory margin "
        "for Democrat Ben Cardin in his Maryland Senate race that year.",
        "he was the only pollster to correctly predict the wide victory margin",
        "Braynard",
    ),
    kind_row(
        "public_record",
        "polnear-train-quote-stated-in-a-press-release",
        "“The Clinton Foundation must be immediately shut down and an independent special prosecutor be appointed "
        "to determine if access to Hillary Clinton was for sale,” Pence stated in a press release on Tuesday "
        "afternoon.",
        "The Clinton Foundation must be immediately shut down",
        "Pence",
    ),
    # outlets the gazetteer names (sources.json "outlets"), and their named writers ("X of The Nation")
    kind_row(
        "other_outlet",
        "polnear-train-according-to-variety",
        "According to Variety, CNN has gotten back to Trump with their response to Trump’s demand to have a "
        "charity benefit from his presence at the next debates.",
        "CNN has gotten back to Trump",
        "Variety",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-writer-of-the-nation-wrote",
        "George Zornick of The Nation wrote, “If you want people to know you care about police brutality, you have "
        "to demonstrate that you care even when “your team” needs to be held accountable.”",
        "If you want people to know you care about police brutality",
        "Zornick",
    ),
    # ... but "Vice" is a title before a name, not the outlet
    kind_row(
        "on_record",
        "written-vice-president-is-no-outlet",
        "Vice President Joe Biden said the plan would work.",
        "the plan would work",
        "Joe Biden",
    ),
    # an -ing adjective before a document's noun ("rolling average") is no participle after the head;
    # fundraising reports are filings, not news reports
    kind_row(
        "public_record",
        "polnear-train-rolling-average-of-polls-shows",
        "The RealClearPolitics rolling average of polls shows Clinton's figure has improved to the low 40s since the "
        "end of the Democratic convention, however, while Trump's remains in the 30s.",
        "Clinton's figure has improved to the low 40s",
        "average",
    ),
    kind_row(
        "public_record",
        "polnear-train-new-fundraising-reports-show",
        "More than 40 percent of that money arrived in February alone, new fundraising reports show.",
        "More than 40 percent of that money arrived in February alone",
        "fundraising reports",
    ),
    # a document's noun stays the head past what comes after it ("poll out Monday", "a study last year by
    # economists at ...") and past an adverb and participle before it ("A newly released email")
    kind_row(
        "public_record",
        "polnear-train-poll-out-monday-showed",
        "A Monmouth poll out Monday showed Clinton with a healthy lead over Sanders in New York, earning 51 percent "
        "of the support of likely Democratic voters to Sanders’ 39 percent.",
        "Clinton with a healthy lead over Sanders in New York",
        "Monmouth poll",
    ),
    kind_row(
        "public_record",
        "polnear-train-according-to-a-study-last-year-by",
        "The tax reduced emissions by 5 percent to 15 percent with ''negligible effects on aggregate economic "
        "performance,'' according to a study last year by economists at Duke University and the University of "
        "Ottawa.",
        "The tax reduced emissions by 5 percent to 15 percent",
        "a study last year",
    ),
    kind_row(
        "public_record",
        "polnear-train-newly-released-email-finds",
        "A newly released email relating to Benghazi finds that the State Department had only two or three "
        "permanent guards stationed at the location in the months leading up to the attack.",
        "the State Department had only two or three permanent guards",
        "email",
    ),
    # research and a rule are documents a reader can look up (kinds guide: a study, a law)
    kind_row(
        "public_record",
        "polnear-train-research-suggests",
        "Research suggests that globalization and related job losses since the turn of the century have "
        "contributed heavily to a bitter political divide in the United States.",
        "globalization and related job losses",
        "Research",
    ),
    kind_row(
        "public_record",
        "polnear-train-labor-department-rule-will-require",
        "A new Labor Department rule will require most salaried workers earning up to $47,476 a year to be paid "
        "overtime when they work more than 40 hours.",
        "most salaried workers earning up to $47,476 a year",
        "rule",
    ),
    # ... but people who speak for research are people
    kind_row(
        "anonymous_described",
        "polnear-train-advocates-for-research-said",
        "Some advocates for stem cell research said that overlooked the potential benefits of finding possible "
        "cures to Alzheimer’s, Lou Gehrig’s and other fatal or disabling diseases.",
        "overlooked the potential benefits",
        "advocates",
    ),
    # "has twice complained": the count of times belongs to the verb, not to the source's name
    kind_row(
        "institution",
        "polnear-train-org-has-twice-complained",
        "The American Legion has twice complained to Sanders officials since Jan. 22 about the use of the emblem "
        "in campaign materials.",
        "about the use of the emblem in campaign materials",
        "The American Legion",
    ),
    # the plural of a body's noun names bodies, not people ("The departments", "appeals courts")
    kind_row(
        "institution",
        "polnear-train-the-departments-saying",
        "The departments declined to provide any documentation or specifics about the process, saying they cannot "
        "discuss the case because of the continuing investigation.",
        "they cannot discuss the case because of the continuing investigation",
        "The departments",
    ),
    kind_row(
        "institution",
        "polnear-train-that-appeals-courts-said",
        "Texas and North Carolina are now under judicial order to shelve comprehensive voting laws, passed by "
        "Republican legislators, that appeals courts said discriminated against African Americans and Hispanics.",
        "discriminated against African Americans and Hispanics",
        "appeals courts",
    ),
    # a field head alone ("economists", "forecasters") is as vague as "experts"; "the researchers" of a
    # study introduced before, and a party or employer before the head, still describe them
    kind_row(
        "anonymous_vague",
        "polnear-train-many-economists-say-aside",
        "In the long run, many economists say, this effect could ripple through the rest of the health care "
        "system, helping to keep medical spending from rising too quickly.",
        "this effect could ripple through the rest of the health care system",
        "many economists",
    ),
    kind_row(
        "anonymous_vague",
        "polnear-train-forecasters-say",
        "If it doesn't slow down, forecasters say health spending will cripple the U.S. economy within decades.",
        "health spending will cripple the U.S. economy within decades",
        "forecasters",
    ),
    kind_row(
        "anonymous_vague",
        "polnear-train-economists-predict",
        "Economists predict between two and four more rate rises next year, depending on economic strength.",
        "between two and four more rate rises next year",
        "Economists",
    ),
    kind_row(
        "anonymous_described",
        "written-party-economists-say",
        "Republican economists say the tax plan would add to the deficit.",
        "the tax plan would add to the deficit",
        "Republican economists",
    ),
    # ... and "the researchers" of a study just named speak through the study (kinds guide: public_record)
    kind_row(
        "public_record",
        "written-study-the-researchers-found",
        "The study followed 2,000 workers in Ohio for a decade. The researchers found that wages rose slowly.",
        "wages rose slowly",
        "study",
    ),
    kind_row(
        "public_record",
        "polnear-train-research-released-then-the-researchers-found",
        "But research to be released this week by four leading academic economists suggests that the damage to "
        "manufacturing jobs has contributed heavily to the bitter political divide. Ms. Hughes avoids discussing "
        "the election with her mother. Cross-referencing congressional voting records and patterns of job losses, "
        "the researchers found that areas hardest hit by trade shocks were much more likely to move to the far "
        "right or the far left.",
        "areas hardest hit by trade shocks",
        "research",
    ),
    kind_row(
        "anonymous_described",
        "written-the-researchers-said-no-study",
        "The lab in Wuhan was closed in January. The researchers said the samples had been destroyed.",
        "the samples had been destroyed",
        "researchers",
    ),
    kind_row(
        "anonymous_described",
        "written-party-critics-said",
        "Republican critics said the bill was a giveaway to the state's largest insurers.",
        "the bill was a giveaway to the state's largest insurers",
        "Republican critics",
    ),
    # "Org’s Name agrees with X that C": the name after the organisation's possessive is the person;
    # "with X" before "that" is who was agreed with.
    kind_row(
        "on_record",
        "org-possessive-surname-agrees-with-X-that",
        "Media Research Center’s Bozell agrees with Viguerie that Cruz is the GOP’s best candidate.",
        "Cruz is the GOP’s best candidate",
        "Bozell",
    ),
    # "on Facebook" closing the sentence ("Facebook." once hid the phrase from the word lists).
    kind_row(
        "social_post",
        "quote-then-name-wrote-on-Facebook-full-stop",
        "“I am asking all the presidential candidates to recognize that #wordsmatter by committing to not using "
        "the term ‘illegal’ when referencing the undocumented population,” Vargas wrote on Facebook.",
        "I am asking all the presidential candidates to recognize that #wordsmatter",
        "Vargas",
    ),
    # The same source going on right after its post ("X wrote on Facebook. ... X added.") is still
    # posting (continuation_cues in sources.json); a spoken venue ends it.
    kind_row(
        "social_post",
        "post-then-same-name-added",
        "“I am asking all the presidential candidates to recognize that #wordsmatter by committing to not using "
        "the term ‘illegal’ when referencing the undocumented population,” Vargas wrote on Facebook.\n\n"
        "“They have names, and hopes and dreams that deserve to be respected,” Vargas added.",
        "They have names, and hopes and dreams that deserve to be respected",
        "Vargas",
    ),
    kind_row(
        "on_record",
        "post-then-same-name-added-at-a-town-hall",
        "“I am asking all the presidential candidates to recognize that #wordsmatter by committing to not using "
        "the term ‘illegal’ when referencing the undocumented population,” Vargas wrote on Facebook.\n\n"
        "At a town hall in New Hampshire earlier this month, Vargas added that the campaign had heard him.",
        "the campaign had heard him",
        "Vargas",
    ),
    kind_row(
        "social_post",
        "named-person-tweeted-that",
        "For his part, Bush tweeted Monday that Trump is a “loser,” a “liar” and a “whiner.”",
        "Trump is a “loser,” a “liar” and a “whiner",
        "Bush",
    ),
    kind_row(
        "social_post",
        "surname-later-tweeted",
        "The tagline drew a mix of criticism and ridicule across Twitter on Monday, but Noem cited the backlash as "
        "proof that efforts to raise awareness around South Dakota's methamphetamine crisis was, in fact, "
        "working.\n\n"
        "Noem later tweeted that the state’s meth epidemic “needs to be a dinner table conversation,” adding “we "
        "need everyone on it.”",
        "the state’s meth epidemic “needs to be a dinner table conversation",
        "Noem",
    ),
    kind_row(
        "social_post",
        "candidate-tweeted-to-say",
        "Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never suggested the "
        "U.S. should use a database to track Muslims.",
        "he had never suggested the U.S. should use a database to track Muslims",
        "Donald Trump",
    ),
    kind_row(
        "social_post",
        "quote-then-expert-tweeted",
        "“We can call this right now: Marco Rubio will be the flavor of the week,” election law expert Rick Hasen "
        "tweeted Monday.",
        "Marco Rubio will be the flavor of the week",
        "Rick Hasen",
    ),
    kind_row(
        "social_post",
        "tweeted-in-response-colon",
        "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: ''Important distinction: "
        "thug Putin kills journalists and opponents; our presidents kill terrorists and enemy combatants.''",
        "thug Putin kills journalists and opponents",
        "Mitt Romney",
    ),
    kind_row(
        "social_post",
        "when-X-tweeted-that",
        'It started when Edward Snowden tweeted that WikiLeaks\'s "hostility to even modest curation" was a mistake.',
        '"hostility to even modest curation" was a mistake',
        "Edward Snowden",
    ),
    kind_row(
        "social_post",
        "described-poster-wrote-on-facebook",
        "Others paid tribute on social media to the geologist. “One of the reasons why I work in Mining was the "
        "support I got from Richard Osman,” his colleague wrote on Facebook.",
        "One of the reasons why I work in Mining was the support I got from Richard Osman",
        None,
        source="his colleague",
    ),
    kind_row(
        "social_post",
        "organisation-posted-on-facebook",
        "Monique Dalle, a member of the Parisian congregation of the Living Church of God, was traveling to Cairo "
        "to visit her daughter Esther, the church posted on Facebook.",
        "was traveling to Cairo to visit her daughter Esther",
        None,
    ),
    kind_row(
        "social_post",
        "in-a-facebook-post",
        "A friend referred to him as “the most beautiful soul I’ve ever met in my whole life” in a Facebook post.",
        "the most beautiful soul I’ve ever met in my whole life",
        None,
    ),
    # A book named with its title in quotation marks: the head noun before the title decides.
    kind_row(
        "public_record",
        "according-to-his-book-quoted-title",
        "In the 1980s, for example, he paid $29 million for a 727, according to his book ''The Art of the "
        "Deal.'' Mr. Trump said a smaller Gulfstream jet would have cost more than twice as much.",
        "he paid $29 million for a 727",
        None,
    ),
    # "X took to Twitter to say C": the verb after "to" is the cue, X the speaker, a post the medium.
    kind_row(
        "social_post",
        "took-to-Twitter-to-say",
        "As a small gathering of Nevada supporters waited for her appearance in a Caesar’s Palace ballroom, "
        "Hillary Clinton took to Twitter to say thanks.",
        "thanks",
        "Hillary Clinton",
        source="Hillary Clinton",
    ),
    kind_row(
        "social_post",
        "took-to-Twitter-time-words-to-continue",
        "Trump took to Twitter early Wednesday morning to continue his verbal assault on the presumptive "
        "Democratic nominee.",
        "his verbal assault on the presumptive Democratic nominee",
        "Trump",
        source="Trump",
        gap="'continue' is not a cue of its own: the verb after 'to' must be a reporting verb",
    ),
    # What a law or bill lays down: "The legislation seeks to ...", "the proposal would prohibit ...".
    kind_row(
        "public_record",
        "legislation-seeks-to",
        "The legislation seeks to step up mandatory sanctions against individuals and entities involved with "
        "Iran's ballistic missile program, the Iranian Revolutionary Guard Corps, and cyberthreats and espionage "
        "efforts.",
        "to step up mandatory sanctions",
        None,
        source="The legislation",
    ),
    kind_row(
        "public_record",
        "proposal-would-prohibit",
        "In addition, the proposal would prohibit Iran's financial institutions from engaging in dollar-based "
        "financial transactions with banks in third-party countries.",
        "Iran's financial institutions from engaging in dollar-based financial transactions",
        None,
        source="the proposal",
    ),
    # A reaction told without naming who reacted: unnamed critics (anonymous_vague).
    kind_row(
        "anonymous_vague",
        "have-been-criticized-for-no-agent",
        "In some cases, Internet companies have been criticized for not taking down websites that belong to "
        "the Islamic State, only to have it discovered that the sites were critical of it.",
        "not taking down websites that belong to the Islamic State",
        None,
    ),
    kind_row(
        "anonymous_vague",
        "web-have-been-accused-of",
        "Russia and the Syrian government have been accused of creating a humanitarian disaster in the Rukban "
        "camp by blocking the delivery of aid in an attempt to force the U.S. to abandon the al-Tanf base.",
        "creating a humanitarian disaster in the Rukban camp",
        None,
    ),
    kind_row(
        "anonymous_described",
        "written-drew-criticism-from-named-group-for",
        "The plan drew sharp criticism from Democrats for its cost.",
        "its cost",
        None,
        source="Democrats",
    ),
    # A passive's agent need not be capitalised when it names people or outlets.
    kind_row(
        "other_outlet",
        "written-passive-lower-case-agent-publications",
        "The governor, by contrast, has been endorsed by only two small publications.",
        "The governor, by contrast",
        None,
        source="only two small publications",
    ),
    # A post quoted over several sentences is one post: the same source going on after it is posting.
    kind_row(
        "social_post",
        "continuation-after-multi-sentence-post",
        "Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of words. "
        "As I’ve said throughout this campaign, the people at the heart of this issue are children, parents, "
        "families, DREAMers. They have names, and hopes and dreams that deserve to be respected.”\n\n"
        "“I’ve talked about undocumented immigrants hundreds of times and fought for years for comprehensive "
        "immigration reform,” Clinton added. “And I will continue to do so.”",
        "I’ve talked about undocumented immigrants hundreds of times",
        "Clinton",
    ),
    # A function word opening the sentence is not part of a name: "For Mr. Trump" is Trump.
    kind_row(
        "on_record",
        "sentence-opening-For-not-part-of-name",
        "For Mr. Trump, doing things bigger than most has been a guiding principle. Mr. Trump said a smaller "
        "Gulfstream jet would have cost more than twice as much.",
        "a smaller Gulfstream jet would have cost more",
        "Trump",
    ),
    # A journalist of another outlet: that outlet's reporting (kinds guide), or the agency's.
    kind_row(
        "other_outlet",
        "journalist-Name-said",
        "“Many black voters did not recognize themselves in Trump's description,” journalist Martha Raddatz said.",
        "Many black voters did not recognize themselves",
        None,
        source="journalist Martha Raddatz",
    ),
    kind_row(
        "wire_agency",
        "web-An-Associated-Press-journalist-reported",
        "An Associated Press journalist in the area also reported hearing gunfire near the fuel facility in "
        "Senkata, which protesters have tried to block over the last week.",
        "hearing gunfire near the fuel facility",
        "AP",
    ),
    # A website named by its domain is an outlet's reporting.
    kind_row(
        "other_outlet",
        "according-to-domain-name",
        "They lived in the French city of Angers and were merchants, according to ouest-france.fr.",
        "They lived in the French city of Angers",
        None,
        source="ouest-france.fr",
    ),
    kind_row(
        "other_outlet",
        "according-to-dot-com",
        "Friends and loved ones in Chad were devastated by the news, according to Tchadinfos.com.",
        "Friends and loved ones in Chad were devastated",
        None,
        source="Tchadinfos.com",
    ),
    kind_row(
        "other_outlet",
        "broadcaster-name-ending-TV-reported",
        "They lived in the French city of Angers and were merchants. They were headed to Egypt on their "
        "long-awaited vacation, BFMTV reported.",
        "They were headed to Egypt on their long-awaited vacation",
        None,
        source="BFMTV",
    ),
    # A short mention is the first person introduced with that last name, not the latest one.
    kind_row(
        "on_record",
        "short-mention-is-first-introduced-not-latest",
        "Donald J. Trump has five aircraft. It has a bedroom; the fixtures are brushed with 24-karat gold; and the "
        "toilet seats were reupholstered with Edelman leather, which also graces the Eames chairs in Ivanka "
        "Trump's den.\n\n''It's like a new plane,'' Mr. Trump said in a documentary that showed off some of the "
        "renovations.",
        "It's like a new plane",
        "Donald J. Trump",
    ),
    # A person's book quoted as the source: the author's published record, and "he wrote" right
    # after it still quotes the book; an interview in between ends it.
    kind_row(
        "public_record",
        "his-book-then-he-wrote-quotes-the-book",
        "Donald J. Trump has cited his planes as proof of how he gets good value for his money. In the 1980s, for "
        "example, he paid $8 million to buy a 1968 Boeing 727 from a financially troubled Texas company, Diamond "
        "Shamrock, according to his book ''The Art of the Deal.'' Mr. Trump said a smaller Gulfstream jet would "
        "have cost more than twice as much.\n\n''It was a little more plane than I needed,'' he wrote, ''but I "
        "find it hard to resist a good deal when the opportunity presents itself.''",
        "It was a little more plane than I needed",
        "Donald J. Trump",
    ),
    kind_row(
        "on_record",
        "interview-after-the-book-ends-its-medium",
        "According to his book, Donald J. Trump paid $8 million for a Boeing 727.\n\nIn the interview on "
        "Saturday, Mr. Trump said he did not own the five aircraft to burnish his brand. He added that he could "
        "get by without owning a Boeing 757 but it was a ''great luxury to have.''",
        "he could get by without owning a Boeing 757",
        "Donald J. Trump",
    ),
    # witnessed: the outlet's own reporters saw or measured it
    kind_row(
        "witnessed",
        "reviewers-measured-we-saw",
        "Running the BlackMagic disk speed test after the machine had been indexing for two days, we saw a write "
        "speed of 2890 megabytes per second, and a read speed of 3150 megabytes per second on both a 512GB and "
        "1TB model.",
        "a write speed of 2890 megabytes per second",
        None,
        gap="the outlet's own measurement ('we saw' in a review's test) is left unattributed",
    ),
    kind_row(
        "witnessed",
        "reviewers-compared-we-saw-that",
        "When we compared the 16-inch base to the previous 15-inch base, we saw that single-core scores increased "
        "from 1061 to 1128 and multi-core scores increased from 5425 to 5641 on Geekbench 5.",
        "single-core scores increased from 1061 to 1128",
        None,
        gap="the outlet's own benchmark ('we compared ..., we saw that') is left unattributed",
    ),
    # an outlet's name is capitalised: "the independent", "the economist" in lower case are common words
    kind_row(
        "on_record",
        "polnear-train-lowercase-independent-is-no-outlet",
        'Six months ago, the independent Vermont senator said, the media considered him a "fringe candidate."',
        "the media considered him",
        "independent Vermont senator",
    ),
    kind_row(
        "social_post",
        "polnear-train-lowercase-economist-is-no-outlet",
        "''We finally may be seeing some wage acceleration, and if it sticks, that would be a very big story,'' "
        "the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.",
        "We finally may be seeing some wage acceleration",
        "Jared Bernstein",
    ),
    # another speaker's post in the same sentence says nothing of how this one spoke
    kind_row(
        "on_record",
        "polnear-train-other-speakers-medium-post",
        "Retired neurosurgeon Ben Carson proposed the creation of a federal agency to coordinate cyber security "
        "efforts, while Jeb Bush in a Medium post said he would put more conservative judges on the federal bench.",
        "the creation of a federal agency",
        "Ben Carson",
    ),
    kind_row(
        "social_post",
        "polnear-train-own-medium-post-beside-another-speaker",
        "Retired neurosurgeon Ben Carson proposed the creation of a federal agency to coordinate cyber security "
        "efforts, while Jeb Bush in a Medium post said he would put more conservative judges on the federal bench.",
        "he would put more conservative judges",
        "Jeb Bush",
    ),
    # what the same speaker goes on to say is not how the first statement was made
    kind_row(
        "on_record",
        "web-defended-saying-twitter-account",
        "Foreign Secretary Dominic Raab defended the party’s actions, saying the Twitter account was clearly "
        "linked to the Conservatives.",
        "the party’s actions",
        "Dominic Raab",
    ),
    # "during a Facebook chat": a statement made on the platform
    kind_row(
        "social_post",
        "polnear-train-during-a-facebook-chat",
        "Jose Antonia Vargas, an immigration activist, asked the former secretary of state during a Telemundo "
        "Facebook chat if she would commit to his pledge regarding the issue.",
        "the former secretary of state",
        "Jose Antonia Vargas",
    ),
    # a clause about someone else before the speaker says nothing of how the speaker spoke
    kind_row(
        "on_record",
        "polnear-train-as-another-began-tweeting-his-son-said",
        "As Donald Trump began tweeting out his new nickname for Democratic presidential candidate Hillary "
        "Clinton, his son said The Donald is just getting started.",
        "The Donald is just getting started",
        "his son",
    ),
    kind_row(
        "social_post",
        "written-after-posting-on-facebook-he-said",
        "Mayor Jane Okafor closed the bridge on Monday. After posting on Facebook, she said the road would reopen "
        "by Friday.",
        "the road would reopen by Friday",
        "Jane Okafor",
    ),
    # a post embedded right after the sentence (PolNeAR's <tweet> markup) is what the claim rests on
    kind_row(
        "social_post",
        "polnear-train-noted-then-embedded-tweet",
        "But as a Politico reporter noted, he didn’t even fill the place to the 20-yard line:\n\n"
        '<tweet tweet-author="@politico" tweet-date="March 9, 2016">Rubio stadium event in Hialeah. Stands '
        "empty.<tweet/>.\n\nThe campaign did not comment.",
        "he didn’t even fill the place",
        "Politico",
    ),
    # a platform's video or live stream is a post ("social_objects" in sources.json)
    kind_row(
        "social_post",
        "polnear-train-in-an-instagram-video",
        "In an Instagram video Thursday, Trump speculated that the men detained could be part of the Islamic State.",
        "the men detained could be part of the Islamic State",
        "Trump",
    ),
    # an outlet's or an agency's count, tally, analysis or report is its reporting; its poll is a record
    kind_row(
        "wire_agency",
        "polnear-train-according-to-a-count-by-the-associated-press",
        "Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates according to a count "
        "by The Associated Press, but the self-described democratic socialist has vowed to stay in the race.",
        "Clinton leads Sanders by 271 pledged delegates",
        "AP",
    ),
    kind_row(
        "wire_agency",
        "written-according-to-an-analysis-by-reuters",
        "According to an analysis by Reuters, the new rules would cut emissions by a fifth.",
        "the new rules would cut emissions by a fifth",
        "Reuters",
    ),
    kind_row(
        "other_outlet",
        "written-according-to-a-cnn-tally",
        "According to a CNN tally, Clinton has won 1,645 delegates so far.",
        "Clinton has won 1,645 delegates so far",
        "CNN",
    ),
    # a title-case headline drops its "that": the object of "Reveal" is what is revealed; a capitalised
    # common noun ("Woman") is no name
    kind_row(
        "other_outlet",
        "polnear-train-headline-media-reports-reveal",
        "Media Reports Reveal Reason Behind Trump’s Firing Of Campaign Manager.\n\nCorey Lewandowski helped "
        "convince Donald Trump to run for president.",
        "Reason Behind Trump’s Firing Of Campaign Manager",
        "Media Reports",
        headline=True,
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-headline-woman-reveals",
        "Woman Reveals Stunning Thing Trump Did To Her After Her Dad Killed Himself.\n\nBetsy Sharp of Burke "
        "County recalled the day her father died.",
        "Stunning Thing Trump Did To Her",
        "Woman",
        headline=True,
    ),
    # "It" at the start of a sentence is the document that spoke, or was the subject, in the sentence before
    kind_row(
        "public_record",
        "polnear-train-it-accused-after-the-report-said",
        "In all, hackers compromised 12 FDIC workstations, including those of other executives such as the "
        "regulator’s former chief of staff and former general counsel, and 10 servers, the congressional report "
        "said.\nIt accused the FDIC of trying to cover up the hacks so as not to endanger the congressional "
        "approval of Gruenberg.",
        "the FDIC of trying to cover up the hacks",
        "congressional report",
    ),
    kind_row(
        "public_record",
        "written-it-said-after-the-report-as-subject",
        "The report also provided details of data breaches in which employees took sensitive documents with them. "
        "It said current officials have concealed information about the breaches.",
        "current officials have concealed information",
        "report",
    ),
    # a poll named at the end, then an apposition about the figure ("up eight points from March")
    kind_row(
        "public_record",
        "polnear-train-poll-closer-then-apposition",
        "Kasich was at 25 percent support in the most recent Fox poll, up eight points from March.",
        "Kasich was at 25 percent support",
        "Fox poll",
    ),
    kind_row(
        "public_record",
        "polnear-train-poll-closer-released-then-apposition",
        "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse driven by a series "
        "of foreign policy blunders at a time when Republican voters see national security and terrorism as their "
        "top concerns.",
        "he fell to 10 percent",
        "CNN/ORC poll",
    ),
    # "One Republican", "Another Muslim": one unnamed member of a party or faith, not a name
    kind_row(
        "anonymous_described",
        "polnear-train-another-muslim-who-did-not-want-to-be-named",
        "Another Muslim who worshiped at the Islamic Center here and who didn't want to be named said he heard "
        'Mateen talk of "immorality" in the United States and specifically mentioned a recent Texas case of a female '
        "teacher having sex with an eighth-grader - without objections by the boy's parents.",
        "he heard Mateen talk of",
        "Another Muslim",
    ),
    kind_row(
        "anonymous_described",
        "written-one-republican-said",
        "One Republican said he would vote for Trump only if the party platform changed.",
        "he would vote for Trump",
        "One Republican",
    ),
    # a possessive pronoun points back like its subject form: "his call for" is the person named before
    kind_row(
        "on_record",
        "written-his-call-for-resolves-to-the-person",
        "Donald Trump spoke in Ohio on Monday. His call for a temporary ban on Muslims entering the country drew "
        "the loudest cheers.",
        "a temporary ban on Muslims entering the country",
        "Donald Trump",
    ),
    # a counted, definite group of people is the named people of the story; "the two officials" stays described
    kind_row(
        "on_record",
        "written-the-four-contenders-named-before",
        "Donald Trump, Ted Cruz, Marco Rubio and John Kasich met in Miami for the last debate before the Florida "
        "primary. The four contenders largely agreed that trade deals were needed to protect American workers.",
        "trade deals were needed to protect American workers",
        "four contenders",
    ),
    kind_row(
        "anonymous_described",
        "written-the-two-officials-stay-described",
        "Donald Trump met Ted Cruz on Monday, two officials said. The two officials said the talks had failed.",
        "the talks had failed",
        "two officials",
    ),
    # a document named with a relative clause after it ("the document he released") is the document
    kind_row(
        "public_record",
        "polnear-train-according-to-the-document-he-released",
        'The plan would cost about $1.38 trillion a year, according to the "Medicare for all" document he released.',
        "The plan would cost about $1.38 trillion a year",
        "document",
    ),
    kind_row(
        "public_record",
        "written-according-to-a-poll-by-cnn",
        "According to a poll by CNN, Clinton leads Trump by five points among likely voters.",
        "Clinton leads Trump by five points among likely voters",
        "poll",
    ),
    # ", who" points back to the phrase right before its comma, not to the whole clause there: the nearest
    # phrase after a preposition whose head is a person noun, a quotation's tag without its verb, the name
    # an apposition describes
    kind_row(
        "anonymous_described",
        "polnear-train-who-after-a-clause-is-the-nearest-people",
        "Not a full day later, Trump became the subject of derision from political opponents on the left, who "
        "accused the Republican candidate of doom and gloom.",
        "the Republican candidate of doom and gloom",
        "political opponents",
        source="who",
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-who-after-a-quotation-tag",
        '"It wasn\'t a convincing argument," said one Democrat familiar with the discussion, who added that the White '
        'House seemed "rattled" and "frustrated" by the rising opposition to its policy within the party ranks.',
        "the White House seemed",
        "one Democrat familiar with the discussion",
        source="who",
    ),
    kind_row(
        "on_record",
        "polnear-train-who-after-an-apposition-is-the-name",
        "''You can aim for a lot of targeted policies in life,'' said Gene B. Sperling, a former top economic adviser "
        "to President Bill Clinton and President Obama, who has offered advice to Mrs. Clinton during her two "
        "presidential campaigns. ''But few come close to what you get from tight labor markets.''",
        "advice to Mrs. Clinton",
        "Gene B. Sperling",
        source="who",
    ),
    # a second verb of a relative clause ("who once worked for Bush and has advised") is no new speaker: the
    # quotation before stays the named man's
    kind_row(
        "on_record",
        "polnear-train-second-verb-of-a-relative-clause",
        '"There are two people in this campaign with the knowledge and experience to do that,” said Rick Wilson, a '
        "Florida-based Republican strategist who once worked for Bush and has advised a pro-Rubio super PAC in 2016. "
        "“That’s Jeb Bush and Marco Rubio.”",
        "There are two people in this campaign",
        "Rick Wilson",
    ),
    # a head noun with plain modifiers before a preposition is the phrase's head, not a verb phrase to cut
    # ("exit polls in New Hampshire and Iowa", not the states)
    kind_row(
        "public_record",
        "polnear-train-exit-polls-in-places",
        "Because exit polls in New Hampshire and Iowa indicated that Trump was strongly supported by early "
        "deciders, there’s a sense among some that he might be winning them in Florida.",
        "Trump was strongly supported by early deciders",
        "exit polls in New Hampshire and Iowa",
    ),
    kind_row(
        "public_record",
        "polnear-train-early-results-from-districts",
        "In Georgia, early results from the state's 14 congressional districts showed that Cruz had succeeded in "
        "picking up delegates in corners of the state that Trump won in the primary.",
        "Cruz had succeeded in picking up delegates",
        "early results",
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-former-officials-in-the-fbi",
        "The Clinton campaign has described the probe as a security review. But current and former officials in "
        "the FBI and at the Justice Department have said investigators are trying to determine whether a crime was "
        "committed.",
        "investigators are trying to determine whether a crime was committed",
        "officials in the FBI",
    ),
    # a number's point is no sentence end inside a passive's agent; a set phrase after the auxiliary is no
    # speaker ("have in particular noted")
    kind_row(
        "public_record",
        "polnear-train-rejected-by-a-decimal-share-of-voters",
        "In 2009, the SVP launched a counter-initiative to federal efforts to implement Swiss-EU freedom of movement "
        "legislation. The SVP was rejected by 59.6 percent of voters.",
        "The SVP",
        "59.6 percent of voters",
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-set-phrase-after-the-auxiliary",
        "Alongside the SVP’s platform points, domestic and international critics have in particular noted the "
        "explosive campaign material used by the SVP to stoke voter fears.",
        "the explosive campaign material used by the SVP",
        "domestic and international critics",
    ),
    # a fraction of people ("Two in three") after a poll was named, and a share "of respondents", speak through
    # the poll; a fraction with no poll in sight stays described
    kind_row(
        "public_record",
        "polnear-train-two-in-three-after-the-poll",
        "Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found. Two in "
        "three said they are less likely to vote Republican in November because of Trump’s views on immigration.",
        "they are less likely to vote Republican",
        "Two in three",
    ),
    kind_row(
        "public_record",
        "polnear-train-half-of-respondents",
        "Almost half of respondents said the party has become more hostile to Latinos.",
        "the party has become more hostile to Latinos",
        "Almost half of respondents",
    ),
    kind_row(
        "anonymous_described",
        "written-two-in-three-with-no-poll",
        "The town has lost its factory. Two in three said they were afraid for their jobs.",
        "they were afraid for their jobs",
        "Two in three",
    ),
    # a time phrase opening the sentence without a comma is no part of the subject; a name that holds a time
    # word stays whole ("The Morning Consult poll")
    kind_row(
        "institution",
        "polnear-train-the-same-year-the-party",
        "The SVP was rejected by 59.6 percent of voters. The same year the SVP also sponsored a referendum on the "
        "banning of minarets, which passed with 57.5 percent of the vote (53 percent turnout).",
        "a referendum on the banning of minarets",
        "SVP",
        source="the SVP",
    ),
    kind_row(
        "public_record",
        "polnear-train-morning-consult-poll-is-a-name",
        "The Morning Consult poll showed Donald Trump remained in the lead on the Republican side with 42 percent.",
        "Donald Trump remained in the lead",
        "The Morning Consult poll",
    ),
    # a person's affiliation ending on a document word ("School of Law") does not make the person a document
    kind_row(
        "on_record",
        "polnear-train-person-of-a-school-of-law",
        "“It would have been a real long-shot to shoehorn Secretary Clinton’s conduct into the existing federal "
        "criminal laws,” said Stephen Vladeck of the University of Texas School of Law.",
        "It would have been a real long-shot",
        "Stephen Vladeck",
    ),
    # a stance word ending a sentence ("much political support.", "emissions declined.") introduces no
    # quotation after it: the quotation's own tag names its speaker
    kind_row(
        "on_record",
        "polnear-train-support-ending-a-sentence-tags-no-quotation",
        "It did not generate much political support.  “He’s funny. And if I went to the Catskills for vacation, "
        "I’d love to see him,” New York attorney Eric Levine said of Trump.",
        "I’d love to see him",
        "Eric Levine",
    ),
    kind_row(
        "on_record",
        "polnear-train-declined-ending-a-sentence-tags-no-quotation",
        "In fact, the provincial economy grew faster than its neighbors' even as its greenhouse gas emissions "
        "declined.\n\n''It performed better on all fronts than I think any of us expected,'' said Mary Polak, the "
        "province's environment minister.",
        "It performed better on all fronts",
        "Mary Polak",
    ),
    # a bare share ("Less than a third", "three-fourths") when a poll was named in the paragraphs before: those
    # polled (the last sentence from PolNeAR train, the poll's sentences before it shortened)
    kind_row(
        "public_record",
        "polnear-train-less-than-a-third-after-a-poll",
        "A YouGov poll of American voters has, however, revealed that the President's remarks were unpopular. Asked "
        "whether the UK would have to wait its turn, 59 percent said it was not.\n\nLess than a third agreed with the "
        "President that Britain would have to wait its turn, while 13 percent were unsure.",
        "Britain would have to wait its turn",
        "Less than a third",
    ),
    # a video "posted to her Facebook account" is a post; a quotation of several sentences that goes on after a
    # tweet ("he wrote") is counted from where it opens (PolNeAR train; the first sentences shortened to name who)
    kind_row(
        "social_post",
        "polnear-train-video-posted-to-her-facebook-account",
        "On Monday, Zephyr Teachout decided to bypass Faso himself and go after his donor. In a video posted to her "
        "Facebook account, she criticized Singer and challenged him to a debate.",
        "Singer",
        "Zephyr Teachout",
    ),
    kind_row(
        "social_post",
        "polnear-train-wrote-after-a-tweet-two-sentences-back",
        "Donald Trump kept up his fiery rhetoric over the weekend on Twitter.\n\n“The New Hampshire drug epidemic "
        "must stop. If elected POTUS- I will create borders & the drugs will stop pouring in,” he tweeted Saturday."
        "\n\nTrump also took multiple swipes at fellow GOP contender Jeb Bush.\n\n“Everybody is laughing at Jeb "
        "Bush-spent $100 million and is at bottom of pack. A pathetic figure!” he wrote.",
        "A pathetic figure!",
        "Donald Trump",
    ),
    # an apposition whose head is an organisation's ("a talent agency", "a super PAC") says the name before it
    # is an organisation's, not a surname; a news agency keeps its own kind (PolNeAR train)
    kind_row(
        "institution",
        "polnear-train-name-then-a-talent-agency",
        "Playing Field Promotions, a sports and celebrity talent agency, says that Walker, who charges somewhere "
        "between $20,000 and $30,000 for speaking fees, has lost close to $100,000 simply for being a Trump fan.",
        "has lost close to $100,000",
        "Playing Field Promotions",
    ),
    kind_row(
        "institution",
        "polnear-train-name-then-a-super-pac",
        'Priorities USA, a pro-Clinton super PAC, emailed  a link to the video with one sentence: "THIS IS NOT OK."',
        "a link to the video",
        "Priorities USA",
    ),
    kind_row(
        "wire_agency",
        "polnear-train-name-then-the-news-agency",
        "''Some may say an overemphasis on the Japanese background about an American general is a bit unkind,'' "
        "Xinhua, the official Chinese news agency, wrote.",
        "Some may say an overemphasis",
        "Xinhua",
    ),
    # the organisation is the object of a preposition inside a relative clause: the person the clause
    # describes speaks (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-pollster-who-works-with-a-super-pac",
        "Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said the "
        'primaries have reinforced perceptions of the former secretary of state as "strong, smart and resilient".',
        "the primaries have reinforced perceptions",
        "Geoff Garin",
    ),
    # "less than two weeks ago" is a time back from now, no part of the source (PolNeAR train)
    kind_row(
        "institution",
        "polnear-train-less-than-two-weeks-ago-said",
        "The State Department less than two weeks ago said for the first time that “top secret” intelligence had "
        "passed through Clinton’s personal email server.",
        "intelligence had passed through",
        "State Department",
    ),
    # "wrote NAME in/on PUBLICATION" after a quotation: the writer's piece in another outlet (PolNeAR train,
    # the quotations shortened)
    kind_row(
        "other_outlet",
        "polnear-train-wrote-name-in-the-guardian",
        "Nevertheless, the incident made waves in the media.\n\n“… his reiteration of a vulgarity shouted by a female "
        "supporter in the Verizon Center on Monday evening was likely the first time in American history that a major "
        "presidential candidate used a phrase widely considered obscene in a televised rally,” wrote Ben Jacobs "
        "in\xa0The Guardian.\n\nThe woman who started it all was identified.",
        "his reiteration of a vulgarity",
        "Ben Jacobs",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-wrote-name-on-hot-air",
        "“‘Crooked Hillary’ kind of flows off the lips, doesn’t it? It hits Hillary where she’s most vulnerable, even "
        "with Democrats wary of her history of obfuscation and duplicitousness,” wrote Larry O’Connor on Hot Air.",
        "It hits Hillary where she’s most vulnerable",
        "Larry O’Connor",
    ),
    # an outlet that cites an analysis ("The AP reported that, according to an analysis ...") keeps its own kind
    # (PolNeAR train)
    kind_row(
        "wire_agency",
        "polnear-train-the-ap-reported-according-to-an-analysis",
        "The AP reported that, according to an analysis of her personal calendar and contact information, 85 of the "
        "154 meetings Clinton had were with donors.",
        "85 of the",
        "AP",
    ),
    # a dateline ended by a horizontal bar ("―") is no subject (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-dateline-with-a-horizontal-bar",
        "WASHINGTON ― After bragging for a year about how cheaply he was running his campaign, Donald Trump is "
        "spending more freely now that other people are contributing ― particularly when the beneficiary is himself.",
        "how cheaply he was running his campaign",
        "Donald Trump",
    ),
    # a contracted pronoun is the subject, and it points back to the people named before (PolNeAR train)
    kind_row(
        "anonymous_described",
        "polnear-train-they-ve-suggested",
        "Several Cruz associates have mentioned New Hampshire as one place where he could be useful. Cruz, who notched "
        "nearly 12 percent in that state’s primary, could help turn out the GOP base for Sen. Kelly Ayotte, they’ve "
        "suggested.",
        "could help turn out the GOP base",
        "Cruz associates",
        source="they",
    ),
    # a clause with a speaker of its own inside a forward content ends the first claim and makes a
    # second, after a conjunction or a relative pronoun (PolNeAR train; `_trim_overlaps`)
    kind_row(
        "anonymous_vague",
        "polnear-train-which-critics-said-inside-a-content",
        "Last week, South Dakota's Republican governor vetoed a bill that would have required schoolchildren to use "
        "the bathroom that matched with their biological sex, which critics said was discriminatory against "
        "transgender students.",
        "was discriminatory against transgender students",
        "critics",
        source="critics",
    ),
    kind_row(
        "wire_agency",
        "polnear-train-after-the-agency-reports-inside-a-content",
        "Indiana Gov. Mike Pence is joining his running mate Donald Trump in calling for a special prosecutor to "
        "investigate Hillary Clinton and for the Clinton Foundation to be shut down after the Associated Press "
        "reports more than half of Hillary Clinton’s meetings as secretary of state with non-government officials "
        "were with Clinton Foundation donors.",
        "more than half of Hillary Clinton’s meetings as secretary of state",
        "AP",
        source="Associated Press",
    ),
    kind_row(
        "on_record",
        "polnear-train-while-others-suggested-inside-a-content",
        "New Hampshire Sen. Kelly Ayotte’s campaign, for example, said she would “support the nominee” but “isn’t "
        "planning to endorse anyone this cycle,” while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert "
        "suggested they would only offer conditional support.",
        "they would only offer conditional support",
        "Susan Collins",
    ),
    kind_row(
        "on_record",
        "polnear-train-even-as-he-defended-inside-a-content",
        "New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, effectively acknowledged some plagiarism "
        "even as he defended Melania Trump and the campaign.",
        "Melania Trump and the campaign",
        "Christie",
        source="he",
    ),
    # a subject counted by "at least", "up to", "as many as" is a quantity, not a prepositional phrase, and a
    # part "of voters" after a poll is those the poll asked (PolNeAR train)
    kind_row(
        "anonymous_described",
        "polnear-train-at-least-four-senators-claim",
        "At least four Democrat U.S. senators claim to object to their Party’s radical stance on abortion: Sens. Joe "
        "Manchin (D-WV), Bob Casey Jr. (D-PA), Joe Donnelly (D-IN), and Heidi Heitkamp (D-ND).",
        "to object to their Party’s radical stance on abortion",
        "At least four Democrat U.S. senators",
    ),
    kind_row(
        "public_record",
        "polnear-train-at-least-half-of-voters-after-exit-polls",
        "According to early results of exit polls conducted by Edison Research for the Associated Press and "
        "television networks, voters are more likely to describe Sanders than Clinton as honest.\n\nAt least half of "
        "voters in each state say each of the two candidates’ positions on the issues are “about right.”",
        "each of the two candidates’ positions on the issues",
        "At least half of voters",
    ),
    # a quotation inside a subordinate clause is what that clause's verb attributes; the main verb after it,
    # with a clause of its own, has its own claim (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-although-admitted-quote-then-claimed-clause",
        "Anthony Weiner spoke to the newspaper on Sunday. Although Weiner admitted to the newspaper that he and the "
        "woman had “been friends for some time,” he claimed they had never met in person.",
        "they had never met in person",
        "Weiner",
        source="he",
    ),
    # a person introduced in apposition by a job at a publication writes for it: a later "Marcus said" rests on
    # that outlet's reporting; one who left it ("a former reporter for") and a job at a body are not (PolNeAR train)
    kind_row(
        "other_outlet",
        "polnear-train-apposition-editor-for-the-washington-post-later-surname",
        "Ruth Marcus, editorial board editor for The Washington Post, asked Mook about press conferences. "
        "Marcus said the campaign would have to answer questions sooner or later.",
        "the campaign would have to answer questions sooner or later",
        "Ruth Marcus",
        source="Marcus",
    ),
    kind_row(
        "other_outlet",
        "polnear-train-apposition-on-staff-at-national-review",
        "Kevin D. Williamson, one of several vocal Trump critics on staff at National Review, writes that the "
        "white American underclass is in thrall to a vicious, selfish culture. Williamson concludes that nobody "
        "did this to them.",
        "nobody did this to them",
        "Kevin D. Williamson",
        source="Williamson",
    ),
    kind_row(
        "on_record",
        "apposition-former-reporter-for-a-publication-speaks-for-herself",
        "Jane Doe, a former reporter for The New York Times, told the committee she had been misled. Doe added that "
        "she had kept copies of every message.",
        "she had kept copies of every message",
        "Jane Doe",
        source="Doe",
    ),
    kind_row(
        "on_record",
        "apposition-spokesman-for-a-committee-is-not-a-journalist",
        "John Roe, a spokesman for the Senate Energy Committee, said the bill would pass this week. Roe added that "
        "the vote could come as early as Thursday.",
        "the vote could come as early as Thursday",
        "John Roe",
        source="Roe",
    ),
    # a hyphenated role between an adjective and a name is part of the subject ("Democratic front-runner Hillary
    # Clinton"), so ", tweeting C" is hers and her next "she wrote" goes on with the post (PolNeAR train)
    kind_row(
        "social_post",
        "polnear-train-hyphenated-role-subject-tweeting-then-she-wrote",
        "Democratic front-runner Hillary Clinton was the first candidate to weigh in on the occasion, tweeting her "
        'appreciation Friday afternoon.\n\n"Proud of my friend @GovernorVA for continuing to break down barriers '
        'to voting," she wrote.',
        "Proud of my friend @GovernorVA",
        "Hillary Clinton",
        source="she",
    ),
    # a time phrase that opens the sentence without a comma ("On Sunday morning Mr. Trump made ..., writing C"):
    # the subject after it writes (PolNeAR train); a place phrase ("On the floor") is not skipped so
    kind_row(
        "social_post",
        "polnear-train-time-phrase-without-comma-then-subject-writing-on-twitter",
        "On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan's criticism, writing on Twitter that "
        "the real issue at stake in the election was terrorism.",
        "the real issue at stake in the election was terrorism",
        "Trump",
        source="Mr. Trump",
    ),
    # a definite pair the article just named ("The two lawmakers") and the field of a race ("All of the GOP
    # candidates") are groups of named people (kinds guide: on_record); an indefinite "Republican candidates" is
    # not (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-the-two-lawmakers-after-naming-them",
        "Sens. Chuck Grassley and Ron Johnson sent a letter to the FBI on Monday. The two lawmakers argue there is "
        "precedent for prosecution.",
        "there is precedent for prosecution",
        "The two lawmakers",
    ),
    kind_row(
        "on_record",
        "polnear-train-all-of-the-gop-candidates",
        "Jeb Bush, Marco Rubio and Ted Cruz spoke in Iowa. All of the GOP candidates oppose Obama’s executive "
        "actions on immigration.",
        "Obama’s executive actions on immigration",
        "All of the GOP candidates",
    ),
    kind_row(
        "anonymous_described",
        "indefinite-republican-candidates-are-not-a-named-field",
        "Jeb Bush and Marco Rubio spoke in Iowa. Republican candidates said the plan would fail in the Senate.",
        "the plan would fail in the Senate",
        "Republican candidates",
    ),
    # a share of those polled that approves or disapproves speaks through the poll (resolved to the poll the
    # sentence names before it); "three of four Americans" is the whole fraction (PolNeAR train); without a poll
    # "One of two ..." stays a described person
    kind_row(
        "public_record",
        "polnear-train-poll-share-approve-of",
        "The Gallup survey was released on Tuesday. Fewer than 15 percent of Republicans approve of his job "
        "performance.",
        "his job performance",
        "15 percent of Republicans",
    ),
    kind_row(
        "public_record",
        "polnear-train-three-of-four-americans-disapproved-of-in-a-poll",
        "In an ABC News/Washington Post Poll released Sunday, three of four Americans disapproved of the way Trump "
        "had handled the situation.",
        "the way Trump had handled the situation",
        "ABC News/Washington Post Poll",
        source="three of four Americans",
    ),
    kind_row(
        "anonymous_described",
        "one-of-two-without-a-poll-is-not-a-poll-share",
        "Two men were arrested on Friday. One of two suspects said he had acted alone.",
        "he had acted alone",
        "One of two suspects",
    ),
    # a named person's surname right before a noun for people only says whose they are ("the Christie
    # supporter"): the speaker is unnamed (PolNeAR train); the surname alone is the person
    kind_row(
        "anonymous_described",
        "polnear-train-the-christie-supporter-is-not-christie",
        "Chris Christie spoke in Manchester on Monday. One woman, the Christie supporter, retorted: “There is a "
        "special place in hell for women who vote for women just because they’re women.”",
        "There is a special place in hell",
        "the Christie supporter",
    ),
    kind_row(
        "on_record",
        "surname-alone-after-the-full-name-is-the-person",
        "Chris Christie spoke in Manchester on Monday. Christie said he would stay in the race until the end.",
        "he would stay in the race until the end",
        "Chris Christie",
    ),
    # a headline's speaker with to whom or on what before the colon ("Clinton to Planned Parenthood: C"), a person
    # the article names; "Roe v. Wade" does not end the headline (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-headline-name-to-audience-colon",
        "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nWASHINGTON, June 10 (UPI) -- Presumptive "
        "Democratic presidential nominee Hillary Clinton spoke to Planned Parenthood on Friday.",
        "Trump will reverse Roe v. Wade",
        "Hillary Clinton",
        source="Clinton",
        headline=True,
    ),
    # a person's surname that is also a document's noun ("Steven Law", then "Law said") is the person; "The law
    # says" is the document (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-surname-law-is-a-person",
        '"The most important thing you can do is aggressively localize the race," said Steven Law, a former top '
        "aide to Senate Majority Leader Mitch McConnell. Law said the group had already raised $24 million.",
        "the group had already raised $24 million",
        "Steven Law",
        source="Law",
    ),
    kind_row(
        "public_record",
        "the-law-says-is-a-document",
        "Steven Law spoke on Monday. The law says the group must report its donors every quarter.",
        "the group must report its donors every quarter",
        None,
        source="The law",
    ),
    # "According to X, C" is an attribution of its own whatever clause X holds, and material WikiLeaks released is
    # leaked (kinds guide: nonpublic_document) (PolNeAR train)
    kind_row(
        "nonpublic_document",
        "polnear-train-according-to-cables-released-by-wikileaks",
        "According to State Department cables at the time that were later released by WikiLeaks, the ambassador "
        "warned of the risks of the deal.",
        "the ambassador warned of the risks",
        "WikiLeaks",
    ),
    # "ABC News shows the billionaire ...": after a broadcaster's name, "shows" with an object is the poll's verb,
    # not a programme (PolNeAR train); "the reality TV show “The Apprentice,”" stays a programme (no claim)
    kind_row(
        "public_record",
        "polnear-train-poll-released-by-abc-news-shows-the",
        "A national poll released Sunday by The Washington Post and ABC News shows the New York billionaire "
        "maintaining his lead among Republicans after the attacks.",
        "maintaining his lead among Republicans",
        "poll",
    ),
    # A source whose head noun names no one who could speak (WordNet: an act, an idea, a made thing, a message)
    # is the record it is, never unnamed people described (PolNeAR train); people named in it still speak
    kind_row(
        "public_record",
        "polnear-train-lawsuits-have-accused",
        "Two class action lawsuits being considered in San Diego have accused Trump University of using deceptive "
        "practices as it brought in millions of dollars from customers.",
        "Trump University of using deceptive practices",
        "lawsuits",
    ),
    kind_row(
        "public_record",
        "polnear-train-the-new-evidence-suggests",
        "Perhaps most important, the new evidence from trade suggests American policy makers cannot continue to "
        "impose all the pain on the nation's blue-collar workers.",
        "American policy makers cannot continue",
        "evidence",
    ),
    kind_row(
        "public_record",
        "polnear-train-history-says",
        "Sanders and Trump have double-digit leads in statewide polls there, although history says there can be "
        "major upheavals in the wake of the Iowa outcome.",
        "there can be major upheavals",
        "history",
    ),
    # ... also when its capital only opens the sentence ("Depositions released in March quote"; "Only a quarter of
    # Americans" counts respondents, a poll's share), not a name on the record or a body
    kind_row(
        "public_record",
        "polnear-train-depositions-released-in-march-quote",
        "Depositions released in March quote Trump acknowledging a lack of close involvement with mentors and "
        "students.",
        "a lack of close involvement with mentors",
        "Depositions",
    ),
    kind_row(
        "public_record",
        "polnear-train-only-a-quarter-of-americans-agree",
        "He believes, for example, that women who are raped and become pregnant should have to carry the pregnancy "
        "to term. Only a quarter of Americans agree with him.",
        "him",
        "quarter of Americans",
    ),
    # "Hundreds cast their votes", "Americans say": a count or a plural demonym with the capital that opens the
    # line is people described, not a name on the record (PolNeAR train, a headline's second line)
    kind_row(
        "anonymous_described",
        "polnear-train-hundreds-cast-their-votes",
        "Amid discord, Trump claims nomination;\nHundreds cast their votes for other candidates as questions nag "
        "campaign.\n\nDonald J. Trump has been formally crowned the Republican nominee.",
        "their votes for other candidates",
        "Hundreds",
        headline=True,
    ),
    # "His assumption, confidently stated on live TV,": a person's own act or words rest on that person, not on a
    # record; a form of theirs is a document ("Trump’s new PFD form stated") (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-his-assumption-stated-on-live-tv",
        'At the time, Cruz told NBC News that Trump\'s success had been "immensely beneficial for our campaign." His '
        'assumption, confidently stated on live TV, was that "as voters get more educated," they would graduate '
        "from Trump's campaign to his.",
        "as voters get more educated",
        "Cruz",
        source="His assumption",
    ),
    kind_row(
        "on_record",
        "polnear-train-his-remarks-indicated",
        "On Wednesday, however, the director of the Federal Bureau of Investigation, James B. Comey, said that online "
        "communications about jihad by Ms. Malik and her husband, Syed Rizwan Farook, involved ''direct, private "
        "messages.'' His remarks indicated that the comments about jihad were not made in widely accessible social "
        "media posts.",
        "the comments about jihad were not made",
        "Comey",
        source="His remarks",
    ),
    # "Clinton's op-ed supporting biofuels": a named owner's work no step types speaks for its owner, not a body
    kind_row(
        "on_record",
        "polnear-train-named-owners-op-ed-supporting",
        "Since Clinton's op-ed supporting biofuels in May, she's tacked to the left on environmental issues, "
        "criticizing the now-denied Keystone XL pipeline.",
        "biofuels",
        "Clinton",
        source="op-ed",
    ),
    # "a union member in Roanoke, Va., who voted for ...": a "who" whose antecedent is not read is named as a person
    # the article does not name, never a bare pronoun (PolNeAR train)
    kind_row(
        "on_record",
        "polnear-train-who-after-an-abbreviated-state-is-no-bare-pronoun",
        "''The promise of Obamacare was to make it more affordable for everybody,'' said J. J. Price, a firefighter "
        "and union member in Roanoke, Va., who voted for Mr. Obama in 2008 but Mitt Romney in 2012.",
        "Mr. Obama in 2008",
        "a person the article does not name",
    ),
    kind_row(
        "public_record",
        "polnear-train-his-new-form-stated",
        "Trump’s new PFD form stated that his revenue increased from $362 million in 2014 to $557 million in 2015, "
        "an increase of almost $200 million.",
        "his revenue increased",
        "form",
    ),
    # "The most recent polling in Florida": an -ing word that is a document noun is the head, not a participle
    kind_row(
        "public_record",
        "polnear-train-the-most-recent-polling-in-florida-shows",
        "The most recent polling in Florida shows Rubio closing the gap to pull within 5 points of Trump (35-30), "
        "after trailing by double digits only a few weeks ago.",
        "Rubio closing the gap",
        "polling in Florida",
    ),
    kind_row(
        "anonymous_described",
        "polnear-train-interviews-with-party-leaders-are-the-leaders",
        "Republican Party insiders in the state will select 27 delegates to the national convention on Saturday, "
        "according to interviews with a dozen party leaders and officials involved in the delegate selection "
        "process.",
        "Republican Party insiders in the state will select 27 delegates",
        "party leaders",
    ),
    # "it was said that C": the impersonal passive points back to no one, not to the thing before it, and is named
    # as unnamed sources, never a bare "it"
    kind_row(
        "anonymous_vague",
        "polnear-train-it-was-said-after-a-thing",
        "The policies put a focus on the middle class rather than redistributive economics. At a time when it was "
        "said that Democrats might never win the presidency again, Bill Clinton proved that prediction wrong.",
        "Democrats might never win the presidency again",
        "unnamed sources",
    ),
    kind_row(
        "on_record",
        "written-who-after-a-name-of-a-state",
        "Senator Ted Cruz of Texas, who has opposed the bill, said it would fail.",
        "it would fail",
        "Ted Cruz",
    ),
]


# --------------------------------------------------------------------------------------
# intermediary: a go-between passing on someone else's words is a relay hop of the chain
# --------------------------------------------------------------------------------------
def relay_row(
    rule: str, text: str, content: str, origin_kind: str, origin: str, go_between: str, *, gap: str | None = None
):
    marks = [_gap(gap)] if gap else []
    return pytest.param(HEAD + text, content, origin_kind, origin, go_between, id=f"intermediary-{rule}", marks=marks)


RELAY_ROWS = [
    relay_row(
        "said-in-an-email-through-an-aide",
        "Trump lawn signs were piled up, as were T-shirts. Mr. Trump has no meaningful opposition in the "
        "California primary on June 7.\n\n"
        "''I have great respect for Silicon Valley and all of the people in Silicon Valley,'' the candidate said "
        "in an email message through an aide.",
        "I have great respect for Silicon Valley",
        "on_record",
        "Trump",
        "aide",
        gap="'said ... through an aide' adds no intermediary hop, and 'the candidate' is not resolved to Trump",
    ),
    relay_row(
        "official-who-relayed-the-exchange",
        "At a meeting Tuesday morning of the Senate Democratic leadership, some senators vented about Sanders "
        "vowing to fight on and said that they had lost their patience with him. One Democratic official who "
        'relayed the exchange said Reid quieted the chatter, telling his colleagues, "We have to remember that '
        "Bernie has always been good to us, he's always been there when we needed him, and we need to treat him "
        'fairly."',
        "We have to remember that Bernie has always been good to us",
        "on_record",
        "Reid",
        "Democratic official",
        gap="Reid's quote is given to 'One Democratic' (on_record) with no relay hop; the official who relayed "
        "it is no intermediary",
    ),
]


# --------------------------------------------------------------------------------------
# no attributed claim at all: every claim is unattributed
# --------------------------------------------------------------------------------------
def none_row(what: str, rule: str, text: str, *, gap: str | None = None, headline: bool = False):
    """``headline``: the text's first line is the article's headline (no placeholder headline added)."""
    marks = [_gap(gap)] if gap else []
    return pytest.param(text if headline else HEAD + text, id=f"none-{what}-{rule}", marks=marks)


NO_SOURCE_ROWS = [
    # a price or an index that "added" a share or points moved; it said nothing (a Reuters page)
    none_row(
        "added",
        "spot-gold-added-a-percentage",
        "Spot gold XAU= added 0.1% to $1,472.19 an ounce.",
    ),
    # a hypothetical yes-no question (a modal opens it) imagines; no one said it (a web page's opinion column)
    none_row(
        "question",
        "would-x-have-pleaded-is-no-claim",
        "Would there have been impeachment proceedings against Obama? Would Adam Schiff have pleaded to keep the "
        "“whistleblower’s” identity secret?",
    ),
    # "cast" speaks only as "cast X as Y" (or a vote, the blame): "cast doubt on", "cast a shadow" are no claims
    none_row(
        "cast",
        "cast-doubt-on-is-no-depiction",
        "The ruling cast doubt on the state's plan to redraw its congressional map before the primary.",
    ),
    none_row(
        "cast",
        "cast-a-shadow-over-is-no-depiction",
        "The scandal cast a long shadow over the final weeks of the campaign in Ohio.",
    ),
    # "That’s not the same as saying C": a contraction of "that is" is no speaker (PolNeAR train)
    none_row(
        "contraction",
        "thats-not-the-same-as-saying",
        "That’s not the same as saying an Indiana-born judge can’t be impartial because he is Mexican-American.",
    ),
    none_row(
        "programme",
        "reality-tv-show-title-is-a-programme",
        "He hosted the reality TV show “The Apprentice,” which aired on NBC for 14 seasons.",
    ),
    none_row(
        "reads",
        "quote-then-the-judge-read-is-no-written-thing",
        "“The court finds the defendant guilty on all counts,” the judge read.",
    ),
    # a headline's "X on Y:" or "X in Y:" names no speaker unless X is a person the article names ("Snow"), and
    # "in Iowa" is where the news happened
    none_row(
        "headline",
        "headline-topic-on-place-colon-is-no-speaker",
        "Snow on Chicago roads: What you need to know.\n\nCHICAGO (AP) -- More snow fell on the city on Tuesday.",
        headline=True,
    ),
    none_row(
        "headline",
        "headline-name-in-place-colon-is-a-dateline",
        "Trump in Iowa: crowds cheer as he attacks rivals.\n\nDES MOINES (AP) -- Donald Trump held a rally on Monday.",
        headline=True,
    ),
    # a speaker's own asides inside an interview or a memoir name no source: not "Now you’re", "Here’s what
    # we’re", "Let me" (PolNeAR train)
    none_row(
        "aside",
        "polnear-train-now-you-re-talking-about",
        "Q: Now you’re talking about how things could be better, too. Are you surprised that’s the whole focus on the "
        "Democratic side?",
    ),
    none_row(
        "aside",
        "polnear-train-here-s-what-we-re-proposing",
        "When I campaign for House and Senate members, here’s what I do. I say it’s real simple. Here’s what we’re "
        "proposing to take us to the next step, and increase wages.",
    ),
    none_row(
        "aside",
        "polnear-train-let-me-just-say",
        "Let me just say that it was not overpopulated with dentists, entrepre- neurs, and CEOs.",
    ),
    none_row(
        "expected",
        "is-expected-to-without-widely",
        "The race is expected to grow more combative as the primaries move south.",
    ),
    # a poll named in a relative clause about someone, with no figure reported: no claim
    none_row(
        "poll",
        "rising-in-the-polls-aside",
        "Trump, who has been rising in the polls, will speak in Manchester on Friday.",
    ),
    # declining to comment is no statement
    none_row(
        "declined",
        "regulator-with-appositive",
        "The FDIC, a major U.S. banking regulator which keeps confidential data on America’s biggest banks, "
        "declined to comment.",
    ),
    none_row("declined", "through-a-spokeswoman", "Schilling, through a spokeswoman, declined to comment."),
    none_row("declined", "ministry-spokeswoman", "A spokeswoman for the Israeli Defense Ministry declined to comment."),
    none_row("declined", "campaign-for-this-story", "The Carson campaign declined to comment for this story."),
    none_row(
        "declined",
        "on-any-plans",
        "Cruz declined to comment on any plans to campaign for Senate and House candidates.",
    ),
    none_row("declined", "two-campaigns", "The Sanders and Clinton campaigns declined to comment."),
    # how one should look or is named is no view of anyone's ("must be seen as", "known as")
    none_row(
        "perceived",
        "must-be-seen-as",
        "The governor must be seen as a credible leader if she wants to win the suburbs.",
    ),
    none_row("perceived", "risk-being-perceived-as", "Officials who speak out risk being perceived as partisan."),
    none_row("perceived", "known-as", "The island was known as the poorhouse of the Caribbean."),
    # a feeling told with an adjective is an inner state in the article's voice (kinds guide: unattributed)
    none_row(
        "feeling",
        "polnear-train-are-eager-to-hear",
        "Not all conference attendees, however, are eager to hear Trump's explanation and are planning a "
        "demonstration.",
    ),
    none_row("feeling", "written-were-upset-that", "Many residents were upset that the library would close."),
    # sentence adverbs are no source
    none_row(
        "adverb",
        "meanwhile-on-the-home-front",
        "Meanwhile, on the home front today, the Democrats are acting as though they want to lose.",
    ),
    none_row(
        "adverb",
        "meanwhile-tariffs-could-mean",
        "Meanwhile, tariffs could mean that producers pay more, as materials that are used to make products sold "
        "in the United States rise in price.",
    ),
    # first-person reviews and product copy in the article's own voice
    none_row("review", "I-love-it", "I have one of the old Magic Keyboards on my desk, and I love it!"),
    none_row(
        "review", "I-think-deal", 'I think this will be the least expensive 70"+ TV during the Black Friday season.'
    ),
    none_row("review", "felt-like-a-console", "It felt, generally, like I was playing on a regular console."),
    none_row("product", "perfect-for", "This ultra-portable machine is perfect for working on-the-go or at home."),
    none_row(
        "product",
        "recipe-you-will-want",
        "It’s so easy and delicious that you’ll want to make some extra for yourself!",
    ),
    none_row(
        "product",
        "we-use-because",
        "We use Arrowhead bottled water because their bottles are made from BPA-free PET plastic.",
    ),
    # a made thing or a message (WordNet's nouns) that "promises" or "calls for" is product copy or a
    # recipe, not a speaker
    none_row(
        "product",
        "recipe-called-for",
        "For instance, the original recipe for this jam called for three cups of sugar, but I only use a cup "
        "and a half of honey.",
    ),
    none_row("product", "written-camera-promises", "The camera promises sharper images in low light."),
    none_row("product", "written-phone-boasts", "The new phone boasts a bigger screen and a faster chip."),
    # inner states told in the article's own voice: unattributed
    none_row(
        "inner",
        "wants-to-emerge",
        "Rubio wants to emerge as the go-to candidate for mainstream Republicans — and the chief alternative to "
        "Donald Trump and Ted Cruz in the race.",
    ),
    none_row(
        "inner",
        "is-trying-and-hoping",
        "Rubio is trying to rebound after a disappointing fifth-place finish in New Hampshire — and he’s hoping "
        "the popular governor’s endorsement will be a big boost.",
    ),
    none_row(
        "inner",
        "is-trying-to-show",
        "Hillary Clinton is trying to show Bernie Sanders isn’t the only candidate ready to break up banks.",
    ),
    none_row(
        "inner",
        "hopes-to-make-a-statement",
        "In California, Clinton hopes to make a statement in a contest that will effectively end the primaries "
        "and encourage the party to coalesce around her candidacy.",
    ),
    none_row(
        "inner",
        "hopes-to-get",
        "Cruz hopes to get one last media splash from his 99-county pursuit.",
    ),
    none_row(
        "inner",
        "is-hoping-and-wants",
        "Clinton is hoping voters see her as ready for the job as commander in chief on Day 1, no learning curve "
        "required. Sanders wants voters to recall that he took a rare and unpopular stand against the Iraq war "
        "when Clinton voted for it.",
    ),
    none_row(
        "inner",
        "knows",
        "Clinton knows Sanders will run to the end of the primaries; she did the same against Obama in 2008 when "
        "she was the underdog and trying to close the gap.",
    ),
    none_row(
        "inner",
        "plans-to",
        "Ted Cruz has taken time away from campaigning in South Carolina to attend the funeral Mass in Washington "
        "for the late Supreme Court Justice Antonin Scalia.\n\n"
        "The Republican presidential candidate plans to be back in South Carolina later Saturday to await the "
        "results.",
    ),
    none_row(
        "inner",
        "plans-to-send",
        "Obama plans to send a nominee to the Senate, but it is unlikely that any could get through, especially "
        "given that two senators are among those vying for the GOP nomination.",
    ),
]


# --------------------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind, text, content, resolved, source", KIND_ROWS)
def test_claim_gets_kind(kind, text, content, resolved, source):
    art = audit_text(text, "id")
    claim = _claim_for(art, content, source)
    assert claim is not None, f"no claim covering {content!r} (source ~{source!r}); got:\n{_describe(art)}"
    assert claim.kind == kind, f"expected {kind}, got {claim.kind}:\n{_describe(art)}"
    if resolved is not None:
        assert _norm(resolved) in _norm(claim.resolved_source), (
            f"resolved_source {claim.resolved_source!r} lacks {resolved!r}:\n{_describe(art)}"
        )


@pytest.mark.parametrize("text, content, origin_kind, origin, go_between", RELAY_ROWS)
def test_go_between_is_an_intermediary_hop(text, content, origin_kind, origin, go_between):
    art = audit_text(text, "id")
    claim = _claim_for(art, content, None)
    assert claim is not None, f"no claim covering {content!r}; got:\n{_describe(art)}"
    assert claim.kind == origin_kind, f"expected origin {origin_kind}, got {claim.kind}:\n{_describe(art)}"
    assert _norm(origin) in _norm(claim.resolved_source), f"origin not {origin!r}:\n{_describe(art)}"
    hops = [h for h in claim.chain[1:] if h.kind == "intermediary"]
    assert any(_norm(go_between) in _norm(h.text) for h in hops), (
        f"no intermediary hop naming {go_between!r}:\n{_describe(art)}"
    )


# --------------------------------------------------------------------------------------
# the publishing outlet named in its own article: its reporting is witnessed, not another outlet's
# (PolNeAR train articles; the outlet as the corpus names it: "nyt", "west-journal", "breitbart")
# --------------------------------------------------------------------------------------
OWN_OUTLET_ROWS = [
    pytest.param(
        "nyt",
        "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours. A review by The "
        "Times shows most of the hours logged were for campaign travel.",
        "most of the hours logged were for campaign travel",
        "witnessed",
        id="short-name-of-own-outlet-review",
    ),
    pytest.param(
        "nyt",
        "The smaller plane was grounded last week after The New York Times reported that its registration had "
        "expired in January.",
        "its registration had expired in January",
        "witnessed",
        id="own-outlet-reported",
    ),
    pytest.param(
        "west-journal",
        "Just a few weeks ago, as Western Journalism reported, Thor and Beck were discussing a hypothetical situation.",
        "Thor and Beck were discussing a hypothetical situation",
        "witnessed",
        id="own-outlet-unknown-name-reported",
    ),
    # negatives: the outlet's poll is a public record, its named writer speaks on the record, and
    # another outlet stays another outlet
    pytest.param(
        "nyt",
        "One in four voters in a New York Times poll last year said illegal immigrants should be required to "
        "leave the country.",
        "illegal immigrants should be required to leave the country",
        "public_record",
        id="own-outlet-poll-is-public-record",
    ),
    pytest.param(
        "breitbart",
        "Of course, as Joel Pollak of Breitbart California observed, the biggest victor was not on the stage, "
        "it was the stage itself.",
        "the biggest victor was not on the stage",
        "on_record",
        id="own-outlet-named-writer-on-record",
    ),
    # ... also after the outlet's possessive or a word for the job
    pytest.param(
        "wash-post",
        "As The Post's Ruth Marcus puts it, Obama is trying to make Republicans \"an offer they can't afford to "
        'refuse."',
        "Obama is trying to make Republicans",
        "on_record",
        id="own-outlet-possessive-named-writer-on-record",
    ),
    pytest.param(
        "wash-post",
        "Washington Post columnist Michael Gerson, a speechwriter in George W. Bush's White House, calls Cruz \"a "
        'conviction candidate with the challenges of a chameleon."',
        "a conviction candidate with the challenges of a chameleon",
        "on_record",
        id="own-outlet-columnist-named-writer-on-record",
    ),
    pytest.param(
        "wash-post",
        "The smaller plane was grounded last week after The New York Times reported that its registration had "
        "expired in January.",
        "its registration had expired in January",
        "other_outlet",
        id="other-outlet-stays-other",
    ),
    # "TODAY" in capitals is the outlet's name, not a time before the verb (PolNeAR train, layer 10: the
    # speaker was "USA", typed institution)
    pytest.param(
        "usa-today",
        "USA TODAY reported last month that the movement has secretly funded more than 200 foreign trips for "
        "members of Congress and their staff.",
        "the movement has secretly funded more than 200 foreign trips",
        "witnessed",
        id="own-outlet-usa-today-capitals",
    ),
]


@pytest.mark.parametrize("outlet, text, content, kind", OWN_OUTLET_ROWS)
def test_own_outlet_reporting(outlet, text, content, kind):
    art = audit_text(HEAD + text, "id", outlet=outlet)
    claim = _claim_for(art, content, None)
    assert claim is not None, f"no claim covering {content!r}; got:\n{_describe(art)}"
    assert claim.kind == kind, f"expected {kind}, got {claim.kind}:\n{_describe(art)}"


@pytest.mark.parametrize(
    "own, named, same",
    [
        ("usa-today", "USA TODAY", True),
        ("nyt", "The New York Times", True),
        ("nyt", "The Times", True),
        ("wash-post", "The Washington Post", True),
        ("west-journal", "Western Journalism", True),
        ("huff-post", "The Huffington Post", True),
        ("Politico", "POLITICO", True),
        ("wash-post", "The Times", False),
        ("nyt", "NBC", False),
        ("AppleInsider", "Apple", False),  # a web page of AppleInsider quoting Apple
        ("politico", "the Post", False),
    ],
)
def test_same_outlet(own, named, same):
    assert same_outlet(own, named, lexicon().sources["outlets"]) is same


@pytest.mark.parametrize("text", NO_SOURCE_ROWS)
def test_no_attributed_claim(text):
    art = audit_text(text, "id")
    assert not [c for c in art.claims if c.kind != "unattributed" and "comment" in _norm(c.content)], _describe(art)
    attributed = [c for c in art.claims if c.kind != "unattributed"]
    assert not attributed, f"expected only unattributed claims; got:\n{_describe(art)}"


def test_table_covers_every_kind():
    counts = {k: 0 for k in KINDS}
    for p in KIND_ROWS:
        counts[p.values[0]] += 1
    counts["intermediary"] += len(RELAY_ROWS)
    counts["unattributed"] += sum(1 for p in NO_SOURCE_ROWS if p.id.startswith("none-inner-"))
    assert all(counts[k] >= 1 for k in KINDS), counts
    assert len(KIND_ROWS) + len(RELAY_ROWS) + len(NO_SOURCE_ROWS) >= 70
    assert len(NO_SOURCE_ROWS) >= 12


@pytest.mark.parametrize(
    "text, source, resolved",
    [
        # a subordinator opening the sentence is no part of the name after it, one word or more (web pages and
        # PolNeAR train: "Despite Mr", "Unlike Cruz" were read as names)
        (
            "Unlike Cruz, Kasich has stayed positive. Cruz signaled that he would stay in the race.",
            "Cruz",
            "Cruz",
        ),
        (
            "Despite Mr. Trump’s claims, tariffs are paid by importers. “We’re taking in billions,” Mr. Trump said.",
            "Mr. Trump",
            "Trump",
        ),
    ],
    ids=["unlike-lone-surname", "despite-honorific"],
)
def test_connective_is_no_part_of_a_name(text, source, resolved):
    art = audit_text(HEAD + text, "id")
    claim = next((c for c in art.claims if c.source == source), None)
    assert claim is not None, _describe(art)
    assert claim.resolved_source == resolved, _describe(art)
