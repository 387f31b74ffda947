"""A table of real sentences with the attribution a careful reader finds in each.

Rows come from three places, copied here as literals so the test needs nothing outside
the repository:

- the seed articles (``seeds/*.txt``) with their hand gold;
- PolNeAR train (Newell, Margolin & Ruths 2018), the annotation taken as ground truth;
- realistic news sentences written for this table, one pattern each.

Each row is run through ``audit_text``. A positive row passes when some claim has a source
containing the expected source words, a cue containing the expected cue and a content that
covers at least half of the expected content (offsets, not strings). A negative row (no
attribution at all) passes when every claim is ``unattributed``. Matching is deliberately
tolerant: spans need not be exact.
"""

from __future__ import annotations

import re

import pytest

from audit.api import audit_text
from audit.models import AuditedArticle, Claim

# A partial transcript (PolNeAR train): "JAKE TAPPER:" names the interviewer in capitals, "Governor Mary Fallin" the
# governor whose "FALLIN:" turns follow.
FALLIN_TRANSCRIPT = (
    "Sunday, on CNN’s “State of the Union,” Governor Mary Fallin (R-OK) said presumptive Republican presidential "
    "nominee Donald Trump is “trying to campaign as a racial healer.”\n\nPartial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.\n\n"
    "TAPPER: And obviously, you’re supporting Donald Trump, I think there are probably some skeptical Americans "
    "hearing that message from Mr. Trump about healing the racial divides.\n\n"
    "FALLIN: Well, I think the whole nation needs to work together, and certainly as anyone that’s a nominee, "
    "whether it is Donald Trump, whether it is Secretary Clinton, we all need to work towards unity as a nation, "
    "and understand that, people are scared.\n\n"
    "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
    "FALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message."
)


def row(
    rule: str,
    text: str,
    source: str | None = None,
    cue: str | None = None,
    content: str | None = None,
    *,
    resolved: str | None = None,
    absent: str | None = None,
    not_in_source: str | None = None,
):
    """One table row. ``resolved``: words the resolved source must contain; ``absent``: text that
    must not be part of the matching claim's content (a caption that must not merge); ``not_in_source``:
    words the matching claim's source must not hold (sources match by substring, so "shedding what
    Gilbert" would pass for "Gilbert" without it)."""
    return pytest.param(text, source, cue, content, resolved, absent, not_in_source, id=rule)


# --------------------------------------------------------------------------------------
# Seeds (gold: seeds.gold.jsonl)
# --------------------------------------------------------------------------------------
SEED_ROWS = [
    # "after concluding a peace treaty" is part of what the declaration specifies, not a second claim
    row(
        "seed-after-participle-act-stays-in-content",
        "The declaration specifies that the two islands of Habomai and Shikotan will be returned to Japan after "
        "concluding a peace treaty.",
        "The declaration",
        "specifies",
        "will be returned to Japan after concluding a peace treaty",
    ),
    row(
        "seed-trailing-C-comma-anon-officials-said",
        "Prime Minister Shinzo Abe has told Russia's president that Japan would not allow U.S. military "
        "bases "
        "on two islands off Hokkaido even if Russia returns them based on a 1956 joint declaration, "
        "officials "
        "from the prime minister's office said.",
        "officials from the prime minister's office",
        "said",
        "Prime Minister Shinzo Abe has told Russia's president that Japan would not allow U.S. military "
        "bases "
        "on two islands off Hokkaido even if Russia returns them based on a 1956 joint declaration",
    ),
    row(
        "seed-caption-line-does-not-merge-into-body",
        "Photo/IllutrationPrime Minister Shinzo Abe, left, meets with Russian President Vladimir Putin in "
        "Singapore on Nov. 14. (Takeshi Iwashita)\n\n"
        "Prime Minister Shinzo Abe has told Russia's president that Japan would not allow U.S. military "
        "bases "
        "on two islands off Hokkaido even if Russia returns them based on a 1956 joint declaration, "
        "officials "
        "from the prime minister's office said.",
        "officials from the prime minister's office",
        "said",
        "Japan would not allow U.S. military bases on two islands off Hokkaido",
        absent="Takeshi Iwashita",
    ),
    row(
        "seed-X-said-comma-straight-direct-quote",
        'In response, Yachi said, "It\'s possible," and as a result, the negotiations entered a deadlock.',
        "Yachi",
        "said",
        "It's possible",
    ),
    row(
        "seed-X-said-colon-multi-sentence-quote",
        "Regarding the Japan-U.S. Security Treaty and SOFA, a high-ranking Japanese Foreign Ministry "
        "official "
        'said: "The U.S. forces can seek to establish bases anywhere in Japan. But whether Japan gives its '
        'consent is another matter."',
        "a high-ranking Japanese Foreign Ministry official",
        "said",
        "The U.S. forces can seek to establish bases anywhere in Japan. But whether Japan gives its consent "
        "is "
        "another matter.",
    ),
    row(
        "seed-country-has-long-demanded-that",
        "Japan has long demanded that Moscow return all four islands.",
        "Japan",
        "demanded",
        "Moscow return all four islands",
    ),
    row(
        "seed-inverted-curly-quote-said-X-according-to-report",
        "“Russian President Vladimir Putin and officials of the Russian Federation have no intention to "
        "discuss the possible transfer of Etorofu and Kunashiri to Japan after returning two islands "
        "[Shikotan and Habomai],” said a Russian government official, according to a\u00a0top secret report "
        "Shukan Bunshun obtained through former Foreign Ministry official Takeo Harada, who now heads the "
        "Institute for International Strategy and Information Analysis, Inc.",
        "a Russian government official",
        "said",
        "Russian President Vladimir Putin and officials of the Russian Federation have no intention to "
        "discuss the possible transfer of Etorofu and Kunashiri to Japan",
    ),
    row(
        "seed-quote-continues-after-said-Harada-next-sentence",
        "“An individual closely connected to the Russian president’s office and diplomatic and security "
        "authorities drafted the report,” said Harada. “The individual compiled the report based on detailed "
        "interviews with officials of government authorities.”",
        "Harada",
        "said",
        "The individual compiled the report based on detailed interviews with officials of government authorities.",
    ),
    row(
        "seed-C-with-partial-quote-comma-the-report-says",
        "Russia will “conduct referendums at the national and regional levels” on returning the two islands "
        "to Japan, the report says.",
        "the report",
        "says",
        "Russia will “conduct referendums at the national and regional levels” on returning the two islands to Japan",
    ),
    row(
        "seed-the-report-also-indicates-that",
        "However, the report also indicates that there remains a deep rift between Japan and Russia.",
        "the report",
        "indicates",
        "there remains a deep rift between Japan and Russia",
    ),
    row(
        "seed-C-parenthetical-according-to-X",
        "“It is totally unacceptable” to remove U.S. military bases from Honshu (according to a source close "
        "to the prime minister).",
        "a source close to the prime minister",
        "according to",
        "It is totally unacceptable” to remove U.S. military bases from Honshu",
    ),
    row(
        "seed-tass-dateline-C-comma-X-told-reporters",
        "MOSCOW, November 16. /TASS/. Tokyo’s alliance obligations are important for peace treaty talks "
        "between Russia and Japan, Kremlin Spokesman Dmitry Peskov told reporters.",
        "Dmitry Peskov",
        "told",
        "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan",
        resolved="Dmitry Peskov",
        absent="TASS",
    ),
    row(
        "seed-participle-media-reports-claiming",
        "When asked to comment on media reports claiming that Japanese Prime Minister Shinzo Abe in a "
        "conversation with Russian President Vladimir Putin had promised not to allow the setup of US "
        "military "
        "bases on the South Kuril Islands in case Moscow handed them over to Tokyo, Peskov stressed that "
        '"the leaders held a one-on-one conversation about the peace treaty issue."',
        "media reports",
        "claiming",
        "Japanese Prime Minister Shinzo Abe in a conversation with Russian President Vladimir Putin had "
        "promised not to allow the setup of US military bases on the South Kuril Islands",
    ),
    row(
        "seed-short-name-Peskov-resolves-to-full-name",
        "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, Kremlin "
        "Spokesman Dmitry Peskov told reporters.\n"
        "When asked to comment on media reports claiming that Japanese Prime Minister Shinzo Abe in a "
        "conversation with Russian President Vladimir Putin had promised not to allow the setup of US "
        "military "
        "bases on the South Kuril Islands in case Moscow handed them over to Tokyo, Peskov stressed that "
        '"the leaders held a one-on-one conversation about the peace treaty issue."',
        "Peskov",
        "stressed",
        "the leaders held a one-on-one conversation about the peace treaty issue",
        resolved="Dmitry Peskov",
    ),
    row(
        "seed-quote-comma-the-role-said-resolves-to-spokesman",
        "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, Kremlin "
        "Spokesman Dmitry Peskov told reporters.\n"
        '"As for details, I would like to refrain from making them public. I can confirm that Tokyo’s '
        "alliance "
        'obligations are important as far as peace treaty talks go," the Russian presidential spokesman '
        "said.",
        "the Russian presidential spokesman",
        "said",
        "I can confirm that Tokyo’s alliance obligations are important as far as peace treaty talks go",
        resolved="Dmitry Peskov",
    ),
    row(
        "seed-document-article-said-that",
        "The Soviet Union and Japan signed the Joint Declaration on ending the war between the two countries "
        "and restoring diplomatic and consular relations in Moscow on October 19, 1956. The document’s "
        "Article "
        "9 said that the Soviet government was ready to hand Shikotan Island and a group of small islands "
        "over "
        "to Japan, adding that Tokyo would get actual control of the islands after a peace treaty was "
        "signed.",
        "Article 9",
        "said",
        "the Soviet government was ready to hand Shikotan Island and a group of small islands over to Japan",
    ),
    row(
        "seed-X-said-weekday-C",
        "Russian President Vladimir Putin said Thursday he wants to conclude a postwar peace treaty with "
        "Japan "
        "but that the process is challenging due to Tokyo’s military cooperation with Washington.",
        "Vladimir Putin",
        "said",
        "he wants to conclude a postwar peace treaty with Japan but that the process is challenging",
    ),
    row(
        "seed-speaking-in-meeting-X-said",
        "Speaking in a meeting with news agencies, Putin said Japan needs to take heed of Russia’s security "
        "concerns, although he acknowledged it has the right to defend itself.",
        "Putin",
        "said",
        "Japan needs to take heed of Russia’s security concerns",
    ),
    row(
        "seed-country-maintains-that",
        "Japan maintains that the former Soviet Union illegally seized the islands following Tokyo’s "
        "surrender "
        "in World War II.",
        "Japan",
        "maintains",
        "the former Soviet Union illegally seized the islands following Tokyo’s surrender in World War II",
    ),
    row(
        "seed-country-comma-adverb-comma-claims",
        "Japan maintains that the former Soviet Union illegally seized the islands following Tokyo’s "
        "surrender "
        "in World War II. Russia, meanwhile, claims the seizure was a legitimate outcome of the war.",
        "Russia",
        "claims",
        "the seizure was a legitimate outcome of the war",
    ),
    row(
        "seed-pronoun-He-said-resolves-to-Vladimir-Putin",
        "Russian President Vladimir Putin said Thursday he wants to conclude a postwar peace treaty with "
        "Japan "
        "but that the process is challenging due to Tokyo’s military cooperation with Washington.\n\n"
        "He said his country’s national security will be affected if a U.S. military facility is built "
        "elsewhere in Japan.",
        "He",
        "said",
        "his country’s national security will be affected if a U.S. military facility is built elsewhere",
        resolved="Vladimir Putin",
    ),
    row(
        "seed-C-comma-according-to-people-familiar-after-TOKYO-dateline",
        "TOKYO -- Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this "
        "spring in a bid to create a framework agreement on territorial issues and a peace treaty with "
        "Russian "
        "President Vladimir Putin, according to people familiar with the matter.",
        "people familiar with the matter",
        "according to",
        "Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this spring",
    ),
    row(
        "seed-caption-lines-do-not-merge-into-dateline-body",
        "Japanese Prime Minister Shinzo Abe (Mainichi)\n"
        "Russian President Vladimir Putin attends a meeting with top military staff in the Russian Defense "
        "Ministry's headquarters in Moscow, Russia, on Dec. 18, 2018. (Mikhail Klimentyev, Sputnik, Kremlin "
        "Pool Photo via AP)\n\n"
        "TOKYO -- Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this "
        "spring in a bid to create a framework agreement on territorial issues and a peace treaty with "
        "Russian "
        "President Vladimir Putin, according to people familiar with the matter.",
        "people familiar with the matter",
        "according to",
        "Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this spring",
        absent="Klimentyev",
    ),
    row(
        "seed-X-said-that-straight-partial-quote-with-parenthesis",
        "But an individual close to the prime minister's office said that \"at least one more summit "
        "(between "
        'Abe and Putin) before the G-20 is necessary."',
        "an individual close to the prime minister's office",
        "said",
        "at least one more summit (between Abe and Putin) before the G-20 is necessary",
    ),
    row(
        "seed-X-demanded-that",
        "However, Lavrov demanded that Kono accept Russia's historic recognition that the Soviet Union, "
        "Russia's predecessor, legally obtained sovereignty over the islands following World War II.",
        "Lavrov",
        "demanded",
        "Kono accept Russia's historic recognition",
    ),
    row(
        "seed-pronoun-He-expressed-concerns-about",
        "Putin has said that the 1956 declaration does not mention which country would have sovereignty over "
        "Habomai and Shikotan. He also expressed concerns about the possibility the United States, a "
        "military "
        "ally of Japan, would deploy its forces to the returned territories, in an apparent bid to sway "
        "Japan "
        "closer to Russia's position.",
        "He",
        "expressed",
        "the possibility the United States, a military ally of Japan, would deploy its forces to the "
        "returned "
        "territories",
        resolved="Putin",
    ),
    row(
        "seed-X-explained-that-mixed-quote",
        'A senior Japanese Foreign Ministry official explained that Russia "is trying to take advantage of '
        "the "
        'opportunity," suggesting an unclear path ahead for Japan.',
        "A senior Japanese Foreign Ministry official",
        "explained",
        'Russia "is trying to take advantage of the opportunity',
    ),
]

# --------------------------------------------------------------------------------------
# PolNeAR train (source / cue / content as annotated)
# --------------------------------------------------------------------------------------
POLNEAR_ROWS = [
    row(
        "polnear-participle-opener-capitalised-outlet-reports-that-C",
        "Citing local news outlets, the Associated Press reports that Hess almost missed Flight 804.",
        "the Associated Press",
        "reports",
        "Hess almost missed Flight 804",
    ),
    row(
        "polnear-X-time-also-urged-object-to-do",
        "The White House on Monday also urged the technology industry to do more.",
        "The White House",
        "urged",
        "the technology industry to do more",
    ),
    # A quotation ending in "!" or "?" and then "Name <speech verb>." is one sentence: the
    # sentence splitter asks the cue lists, not a short list of its own.
    row(
        "polnear-quote-exclamation-then-Name-tweeted",
        "“Crooked Hillary Clinton is spending a fortune on ads against me. I am the one person she doesn’t "
        "want to run against. Will be such fun!” Trump tweeted.",
        "Trump",
        "tweeted",
        "Crooked Hillary Clinton is spending a fortune on ads against me. I am the one person she doesn’t "
        "want to run against. Will be such fun!",
    ),
    # Two modifiers of one head joined by "and" are one source.
    row(
        "polnear-C-comma-current-and-former-officials-said",
        "As the FBI looks to wrap up its investigation in the coming months, agents are likely to want to "
        "interview Clinton and her senior aides about the decision to use a private server, current and former "
        "officials said.",
        "current and former officials",
        "said",
        "As the FBI looks to wrap up its investigation in the coming months, agents are likely to want to "
        "interview Clinton and her senior aides about the decision to use a private server",
    ),
    # "C, X show, and ...": the clause after the attribution is new, the claim is the part before.
    row(
        "polnear-C-comma-records-show-comma-and-new-clause",
        "The aircraft was insured at a value of $35 million in 2011, records show, and aviation experts say "
        "it is currently worth about $18 million.",
        "records",
        "show",
        "The aircraft was insured at a value of $35 million in 2011",
        absent="aviation experts",
    ),
    # "who's chairing ..." is a relative clause between the subject and its time words and cue.
    row(
        "polnear-Name-comma-whos-clause-comma-on-Sunday-defended",
        "New Jersey Gov. Chris Christie, who's chairing Donald Trump's transition team, on Sunday defended the "
        "Republican presidential nominee's description of African-Americans' lives as marked by poverty and "
        "violence.",
        "Chris Christie",
        "defended",
        "the Republican presidential nominee's description of African-Americans' lives",
    ),
    # A participle's subject after an opener is a lower-case pronoun; a long recipient with its
    # medium ends at "that".
    row(
        "polnear-opener-he-verb-comma-warning-recipients-that-C",
        "On Thursday, he expanded upon his calls for increased surveillance of the Muslim community in the "
        "United States, warning followers on social media and in interviews that the Islamic State could "
        "easily penetrate the country.",
        "he",
        "warning",
        "the Islamic State could easily penetrate the country",
        absent="followers",
    ),
    # Vox-pop lists give each voice as a pull quote and a dash ("“...” ― Name"); a quotation whose
    # opening mark is missing or typed as a closing one is still the speaker's.
    row(
        "written-vox-pop-quote-dash-Name",
        "Readers told us what they think.\n\n“The new bus lanes have cut my commute in half.” ― Dana Whitfield\n\n"
        "”Nobody asked the shop owners on Main Street before the parking went.” ― Luis Ortega",
        "Dana Whitfield",
        "―",
        "The new bus lanes have cut my commute in half.",
    ),
    row(
        "written-vox-pop-closing-mark-opens-quote-dash-Name",
        "Readers told us what they think.\n\n“The new bus lanes have cut my commute in half.” ― Dana Whitfield\n\n"
        "”Nobody asked the shop owners on Main Street before the parking went.” ― Luis Ortega",
        "Luis Ortega",
        "―",
        "Nobody asked the shop owners on Main Street before the parking went.",
    ),
    # A short line "X continued:" hands over to the quotation in the next paragraph: story, not a label.
    row(
        "polnear-X-continued-colon-line-then-quote-paragraph",
        "It’s the sort of questions that get asked in a Republican primary.”\n\nCruz continued:\n\n“You look "
        "at the questions: Donald Trump, are you a comic book villain? Ben Carson, can you do math? How about "
        "talking about the substantive issues people care about?”",
        "Cruz",
        "continued",
        "You look at the questions: Donald Trump, are you a comic book villain? Ben Carson, can you do math?",
    ),
    # A surname with an apostrophe and a capital after it ("O’Connor") is resolved whole.
    row(
        "polnear-quote-Name-with-O-apostrophe-wrote",
        "“‘Crooked Hillary’ kind of flows off the lips, doesn’t it? It hits Hillary where she’s most "
        "vulnerable,” Larry O’Connor wrote.",
        "Larry O’Connor",
        "wrote",
        "It hits Hillary where she’s most vulnerable",
        resolved="Larry O’Connor",
    ),
    # ", per CTV News" cites like "according to"; "$5 per person" does not.
    row(
        "polnear-C-comma-per-Outlet",
        "She had been visiting her sister in Paris, having moved to Egypt several years ago, per CTV News.",
        "CTV News",
        "per",
        "She had been visiting her sister in Paris, having moved to Egypt several years ago",
    ),
    # "note" in its base form after a subject ("they note") is a cue; "a note" stays a noun.
    row(
        "polnear-opener-comma-they-note-comma-C",
        "What's more, they note, there are plenty of encryption options not made by American companies and "
        "many of them are free.",
        "they",
        "note",
        "there are plenty of encryption options not made by American companies",
    ),
    # A date between commas ("since Jan. 1, 2015,") is not the speaker: the clause's subject is.
    row(
        "written-date-between-commas-not-the-source",
        "A review of filings made since Jan. 1, 2015, shows that donations to the groups rose.",
        "A review of filings",
        "shows",
        "donations to the groups rose",
    ),
    # A noun phrase read without a tagger ends before an irregular past form ("spoke", "made").
    row(
        "written-subject-ends-before-irregular-past-participle-comma",
        "The senator spoke on Tuesday, praising voters for their patience.",
        "The senator",
        "praising",
        "voters for their patience",
    ),
    # "2,093" is one number, and "Clinton's released emails" a noun, not a cue.
    row(
        "polnear-thousands-comma-number-and-possessive-plural-noun",
        "The State Department has said 2,093 of Clinton's released emails were redacted in all or part because "
        "they contained classified material.",
        "The State Department",
        "has said",
        "2,093 of Clinton's released emails were redacted",
    ),
    # A quotation closed by a full stop, then "X said" with a clause of its own: a new sentence
    # (NYT's doubled apostrophes as quotation marks).
    row(
        "polnear-doubled-apostrophe-quote-full-stop-then-Name-said-clause",
        "In the 1980s, for example, he paid $29 million for a 727, according to his book ''The Art of the "
        "Deal.'' Mr. Trump said a smaller Gulfstream jet would have cost more than twice as much.",
        "Mr. Trump",
        "said",
        "a smaller Gulfstream jet would have cost more than twice as much",
    ),
    row(
        "written-quote-full-stop-then-Name-said-tail-stays-one-sentence",
        "“We will win the state.” Rubio said on Tuesday.",
        "Rubio",
        "said",
        "We will win the state.",
    ),
    # A gerund after a preposition ("by promising") takes what follows, even after an opening clause.
    row(
        "polnear-opening-clause-then-by-promising-to",
        "While Republican business leaders and their lobbying groups push for free trade, Mr. Trump has rallied "
        "thousands by promising to impose 35 percent tariffs on imported goods made by American companies that "
        "move factories abroad.",
        "Mr. Trump",
        "promising",
        "to impose 35 percent tariffs on imported goods",
    ),
    # "it was widely reported that C": an adverb inside the impersonal passive.
    row(
        "polnear-it-was-widely-reported-that",
        "The purchase price was not disclosed, though it was widely reported that Mr. Trump paid $100 million.",
        "it",
        "was widely reported",
        "Mr. Trump paid $100 million",
    ),
    # "people who have battled ... say": the head of the relative clause speaks, not "have battled ...".
    row(
        "polnear-relative-clause-who-have-head-speaks",
        "Still, while the tech industry cannot block all terror content on the web, people who have battled "
        "other online threats say it could be doing more.",
        "people who have battled other online threats",
        "say",
        "it could be doing more",
    ),
    # "charged X with C": an accusation.
    row(
        "written-charged-him-with",
        "Prosecutors charged him with fraud last year.",
        "Prosecutors",
        "charged",
        "him with fraud last year",
    ),
    # "Clinton responded to Vargas’ question on Facebook writing, ...": the participle's noun
    # phrase before it is an object; the clause's subject writes.
    row(
        "polnear-object-before-participle-writing-subject-writes",
        "Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
        "Clinton",
        "writing",
        "Yes, I will",
    ),
    # "22 Clinton emails": a plural after a name used as a modifier is a noun, not a cue.
    row(
        "polnear-number-name-plural-noun-emails",
        "The State Department has said that, at the request of intelligence agencies, it has classified 22 "
        'Clinton emails as "top secret" and will not release those emails, even in redacted form.',
        "The State Department",
        "has said",
        "it has classified 22 Clinton emails",
    ),
    # Scraped text loses the space after a full stop: "the Iowa caucus.The outcome showed ...".
    row(
        "polnear-missing-space-after-full-stop-splits-sentence",
        "Sanders won the Iowa caucus.The outcome showed Clinton had received 49.84 percent while Sanders received "
        "49.59 percent.",
        "The outcome",
        "showed",
        "Clinton had received 49.84 percent",
    ),
    # A capitalised "Will" after a first name is a surname, not the modal.
    row(
        "written-surname-Will-not-a-modal",
        "Washington Post columnist George Will wrote that the party had lost its way.",
        "George Will",
        "wrote",
        "the party had lost its way",
    ),
    # "two Democrats, both of whom opposed the deal, are backing ...": the relative quantifier speaks,
    # its clause ends at its closing comma, and the main verb keeps its own claim.
    row(
        "polnear-both-of-whom-relative-clause",
        "But, so far, only two Democrats, both of whom opposed the Iran deal, are backing the measure.",
        "both of whom",
        "opposed",
        "the Iran deal",
    ),
    row(
        "polnear-subject-with-both-of-whom-aside-is-backing",
        "But, so far, only two Democrats, both of whom opposed the Iran deal, are backing the measure.",
        "only two Democrats",
        "backing",
        "the measure",
    ),
    # "Sens." is an abbreviation, not the end of a sentence.
    row(
        "polnear-Sens-abbreviation-all-of-whom",
        "The bill was introduced by Sens. Kelly Ayotte and Marco Rubio, all of whom opposed the Iran deal last summer.",
        "all of whom",
        "opposed",
        "the Iran deal last summer",
    ),
    # ", citing her work": a reason is a claim of its own; ", citing Reuters" names where a claim comes from.
    row(
        "written-citing-a-reason-is-a-claim",
        "The union called the senator a champion for its members, citing her work after the attacks.",
        "The union",
        "citing",
        "her work after the attacks",
    ),
    # A negated auxiliary is not part of the source.
    row(
        "written-Name-didnt-deny-that-negated-aux-not-in-source",
        "Mr. Trump didn’t deny that he had met the ambassador in April.",
        "Mr. Trump",
        "deny",
        "he had met the ambassador in April",
        absent="didn",
    ),
    # "... .” He added, “...”": the verb opens the next quotation, so a sentence ends before it.
    row(
        "polnear-quote-then-He-added-comma-quote",
        "“Look what Merkel has done in Germany, there are going to be riots over there,” he said of the German "
        "leader’s plan. “I think this is going to destroy Germany.” He added, “Taking these people is absolute "
        "insanity.”",
        "He",
        "added",
        "Taking these people is absolute insanity.",
        absent="destroy Germany",
    ),
    # "C, though she noted C2": the conjunction belongs to neither claim.
    row(
        "written-C-comma-though-she-noted-C2-first-claim-clean",
        "She said the cases are in front of you, though she noted she has also pushed for vigorous prosecution "
        "of human trafficking cases.",
        "She",
        "said",
        "the cases are in front of you",
        absent="though",
    ),
    # "has said repeatedly that C — while X have accused ...": the adverb is not the content, and a
    # dash with "while" opens the next claim.
    row(
        "polnear-said-repeatedly-that-C-dash-while-X-accused",
        "Sanders has said repeatedly that the Clinton campaign and its allies are unfairly maligning his record "
        "on guns — while his supporters have accused the former secretary of state of using gun victims' "
        "families as political props.",
        "his supporters",
        "accused",
        "the former secretary of state of using gun victims' families as political props",
    ),
    row(
        "polnear-said-repeatedly-that-C-first-claim",
        "Sanders has said repeatedly that the Clinton campaign and its allies are unfairly maligning his record "
        "on guns — while his supporters have accused the former secretary of state of using gun victims' "
        "families as political props.",
        "Sanders",
        "said",
        "the Clinton campaign and its allies are unfairly maligning his record on guns",
        absent="repeatedly",
    ),
    # "X said C1, but agreed that C2": the second verb shares X and opens its own claim.
    row(
        "polnear-X-said-C1-comma-but-agreed-that-C2",
        "In the interview on Saturday, Mr. Trump said he did not own the five aircraft to burnish his brand, but "
        "agreed that the fleet had ''promotional value.''",
        "Mr. Trump",
        "agreed",
        "the fleet had ''promotional value.''",
    ),
    # "The nickname, she explained, exists thanks to ...": an attribution between a subject and its
    # verb; the claim is both parts, and "thanks to" is a preposition, not a cue.
    row(
        "polnear-subject-comma-she-explained-comma-verb",
        "The nickname, she explained, exists thanks to former Illinois Gov. Rod Blagojevich.",
        "she",
        "explained",
        "The nickname, she explained, exists thanks to former Illinois Gov. Rod Blagojevich",
    ),
    # "Name, who ... threatened to C": the relative pronoun's claim follows it, never the name before.
    row(
        "polnear-Name-comma-who-time-threatened-to",
        "Senator Ted Cruz of Texas, who last year threatened to shut down the federal government over funding "
        "Planned Parenthood, and who has been an outspoken opponent of the Iran deal, stood out.",
        "who",
        "threatened",
        "to shut down the federal government over funding Planned Parenthood",
        resolved="Ted Cruz",
        absent="Senator Ted Cruz of Texas",
    ),
    # A participle after a comma opens a claim of its own with the same source (PolNeAR gives
    # "endorsed" and "saying" one attribution each).
    row(
        "polnear-X-stance-verb-comma-saying-C-second-claim",
        "Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday, saying it is time to have "
        "a “real constitutional conservative in the White House.”",
        "Carly Fiorina",
        "saying",
        "it is time to have a “real constitutional conservative in the White House",
    ),
    row(
        "seed-said-that-C-comma-adding-that-C2-second-claim",
        "The document’s Article 9 said that the Soviet government was ready to hand Shikotan Island and a "
        "group of small islands over to Japan, adding that Tokyo would get actual control of the islands "
        "after a peace treaty was signed.",
        "Article 9",
        "said",
        "the Soviet government was ready to hand Shikotan Island and a group of small islands over to Japan",
        absent="actual control",
    ),
    row(
        "polnear-C-comma-according-to-outlet",
        "Boasting 108,000 residents who run the gamut from farmers to professors, with its nominal capital "
        "in "
        "Terre Haute, called the “Crossroads of America” by the citizens, the GOP leaners in the area seem "
        "enamored with Trump, according to Politico.",
        "Politico",
        "according to",
        "the GOP leaners in the area seem enamored with Trump",
    ),
    row(
        "polnear-according-to-X-comma-C-leading",
        "According to a recent poll of Indiana voters, Trump garnered 30% of respondents’ votes, leading the "
        "GOP field.",
        "a recent poll of Indiana voters",
        "according to",
        "Trump garnered 30% of respondents’ votes, leading the GOP field",
    ),
    row(
        "polnear-C-according-to-article-in-outlet",
        "Donald Trump will likely win the GOP nomination, if the county that has been more correct than any "
        "other in its predictions of presidential elections is correct, according to a new article in "
        "Politico.",
        "article in Politico",
        "according to",
        "Donald Trump will likely win the GOP nomination",
    ),
    row(
        "polnear-X-told-reporters-that-after-fronted-place",
        "During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that the "
        "president’s new executive actions on guns undermine Americans’ constitutional right to bear arms.",
        "Rubio",
        "told",
        "the president’s new executive actions on guns undermine Americans’ constitutional right to bear arms",
    ),
    row(
        "polnear-curly-quote-X-told-outlet",
        "“Mexican people, we are not going to pay any single cent for such a stupid wall,” Calderon told "
        "CNBC Saturday. “It’s going to be completely useless.”",
        "Calderon",
        "told",
        "Mexican people, we are not going to pay any single cent for such a stupid wall",
    ),
    row(
        "polnear-quote-continues-after-X-told-outlet",
        "“Mexican people, we are not going to pay any single cent for such a stupid wall,” Calderon told "
        "CNBC Saturday. “It’s going to be completely useless.”",
        "Calderon",
        "told",
        "It’s going to be completely useless.",
    ),
    row(
        "polnear-X-tweeted-that-partial-quotes",
        "For his part, Bush tweeted Monday that Trump is a “loser,” a “liar” and a “whiner.”",
        "Bush",
        "tweeted",
        "Trump is a “loser,” a “liar” and a “whiner.",
    ),
    row(
        "polnear-multi-sentence-quote-X-wrote",
        "“In the past several weeks, the presidential contest has clarified. I have decided to endorse Ted "
        "Cruz "
        "and to urge other serious conservatives to join me in\u00a0supporting Cruz,” Blackwell wrote.",
        "Blackwell",
        "wrote",
        "I have decided to endorse Ted Cruz and to urge other serious conservatives",
    ),
    row(
        "polnear-organisation-wrote-to-Y-that",
        "The American Legion wrote to Sanders’ Senate office that it did not have permission to use the "
        "emblem "
        "in his campaign fliers.",
        "The American Legion",
        "wrote",
        "it did not have permission to use the emblem in his campaign fliers",
    ),
    row(
        "polnear-C-comma-records-show",
        "But Pate hasn’t donated to any 2016 presidential candidates or campaigns except Rubio’s, Federal "
        "Election Commission records compiled by the Center for Responsive Politics show.",
        "Federal Election Commission records",
        "show",
        "Pate hasn’t donated to any 2016 presidential candidates or campaigns except Rubio’s",
    ),
    row(
        "polnear-partial-quote-said-X-with-appositive",
        "“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of National "
        "Nurses United, a union that has broken away from many other labor groups and endorsed Sanders.",
        "RoseAnn DeMoro",
        "said",
        "“We’re extremely happy” about the decision",
    ),
    row(
        "polnear-X-who-clause-said",
        "Helen Aguirre Ferre, who took over as head of Hispanic communications after the previous director "
        "quit because of her distaste for Trump, said Latino voters are interested in more than just "
        "immigration, and that many will be receptive to his message on jobs and national security.",
        "Helen Aguirre Ferre",
        "said",
        "Latino voters are interested in more than just immigration",
    ),
    row(
        "polnear-X-parenthetical-who-clause-said-in-a-statement",
        "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at improving conditions in "
        "Central "
        "America, said in a statement that the announcements were “important preliminary steps to treating "
        "those escaping violence in Central America as the refugees they are.”",
        "Zoe Lofgren",
        "said",
        "the announcements were “important preliminary steps to treating those escaping violence in Central "
        "America as the refugees they are.",
    ),
    row(
        "polnear-double-apostrophe-quote-the-spokesman-comma-name-said",
        "''Somebody entered the United States through the K-1 visa program and proceeded to carry out an act "
        "of terrorism on American soil,'' the White House spokesman, Josh Earnest, said on Thursday. ''That "
        "program is at a minimum worth a very close look.''",
        "Josh Earnest",
        "said",
        "Somebody entered the United States through the K-1 visa program and proceeded to carry out an act "
        "of "
        "terrorism on American soil",
    ),
    row(
        "polnear-X-once-said-colon-quote",
        "Famed fight doctor Ferdie Pacheco once said: “Cassius Clay was born in Louisville. Muhammad Ali was "
        "born in Miami.”",
        "Ferdie Pacheco",
        "said",
        "Cassius Clay was born in Louisville. Muhammad Ali was born in Miami.",
    ),
    row(
        "polnear-X-comma-speaking-to-Y-comma-said-straight-quote",
        'The media are "manipulating and shaping and framing this campaign," Gilmore said. Fiorina, speaking '
        'to Iowans, said, "Last time I looked, you hadn\'t started voting yet."',
        "Fiorina",
        "said",
        "Last time I looked, you hadn't started voting yet.",
    ),
    row(
        "polnear-X-told-outlet-that-partial-quote",
        "Republican pollster Daron Shaw told Fox that he credits the change to a large defection among "
        "“blue-collar, white Democrats” from the Clinton camp.",
        "Daron Shaw",
        "told",
        "he credits the change to a large defection among “blue-collar, white Democrats” from the Clinton camp",
    ),
    row(
        "polnear-X-said-partial-quote-then-em-dash",
        "Later, in front of the Manchester Rotary Club at Fratello’s Italian Grille, Trump said Bush is “not "
        "smart enough to win” — and more.",
        "Trump",
        "said",
        "Bush is “not smart enough to win”",
    ),
    row(
        "polnear-pronoun-He-expressed-concern-about",
        "''There are five primaries next week, and we think we are going to do well, and we think we have a "
        "path toward victory,'' Mr. Sanders said.\n\n"
        "He also expressed concern about the closed primary system in New York and said he hoped it would "
        "change in the future.",
        "He",
        "expressed",
        "the closed primary system in New York",
        resolved="Sanders",
    ),
    row(
        "polnear-short-name-Lombardi-said-colon-resolves",
        "Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope has no plans to "
        "either address the conference or meet with Sanders. Lombardi said: “I’m not expecting anything.”",
        "Lombardi",
        "said",
        "I’m not expecting anything.",
        resolved="Federico Lombardi",
    ),
    # ", referring to X" right after an attribution's speaker: the same speaker refers to X
    row(
        "polnear-said-speaker-comma-referring-to",
        "\"It's classic Karl Rove: Hit your opponent where she's strong,\" said Heather Hurlburt, a former "
        "speechwriter to Secretary of State Madeline Albright, referring to President George W. Bush's former chief "
        "political strategist.",
        "Heather Hurlburt",
        "referring to",
        "President George W. Bush's former chief political strategist",
    ),
    row(
        "polnear-added-comma-referring-to",
        "''We met as the 'core four' today,'' Ms. Conway added, referring to herself, Mr. Bannon, Mr. Manafort and "
        "Mr. Gates.",
        "Ms. Conway",
        "referring",
        "herself, Mr. Bannon, Mr. Manafort and Mr. Gates",
    ),
    # "X promised C1 while also suggesting C2": the participle is the same speaker's second claim
    row(
        "polnear-while-also-suggesting-second-claim",
        "Trump has promised to build a massive wall along the U.S.-Mexico border and deport millions of "
        "undocumented immigrants, while also suggesting that birthright citizenship should be abolished.",
        "Trump",
        "suggesting",
        "birthright citizenship should be abolished",
    ),
    row(
        "polnear-while-also-suggesting-first-claim-ends",
        "Trump has promised to build a massive wall along the U.S.-Mexico border and deport millions of "
        "undocumented immigrants, while also suggesting that birthright citizenship should be abolished.",
        "Trump",
        "promised",
        "to build a massive wall along the U.S.-Mexico border and deport millions of undocumented immigrants",
        absent="suggesting",
    ),
    row(
        "polnear-countered-by-suggesting",
        "The Sanders campaign countered Sunday by suggesting four other nights - one of them on a weekend, which it "
        "previously had said was unacceptable.",
        "The Sanders campaign",
        "suggesting",
        "four other nights",
    ),
    # "And even Obama ...": "even" before the subject is not the subject
    row(
        "polnear-and-even-subject-comma-noting-that",
        "And even Obama tried to help them off the hook, noting that he'd demur too in their position.",
        "Obama",
        "noting",
        "he'd demur too in their position",
    ),
    # a quoted programme title after "told" is the recipient; the claim is the clause after "that"
    row(
        "polnear-told-outlet-show-title-that-C",
        "But he told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist” and said he "
        "would not run.",
        "he",
        "told",
        "he agrees Trump is a “total opportunist",
    ),
    row(
        "written-said-comma-title-case-quotation-stays-quotation",
        "He said, “The Plan Is Dead,” that much was clear.",
        "He",
        "said",
        "The Plan Is Dead",
    ),
    # "threw her support behind X": an endorsement, a stance cue of its own
    row(
        "polnear-threw-her-support-behind",
        "Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday.",
        "Carly Fiorina",
        "threw her support behind",
        "Sen. Ted Cruz",
    ),
    # after a speaker's colon in title case, a capitalised "Compared" is the quoted headline's word
    row(
        "polnear-name-colon-title-case-first-person",
        "Bernie Sanders: I’m Not Much Of A Socialist Compared To Eisenhower.",
        "Bernie Sanders",
        ":",
        "I’m Not Much Of A Socialist Compared To Eisenhower",
    ),
    # a sentence that ends on the poll it reports rests on that poll
    row(
        "polnear-led-in-a-named-poll-dates",
        "Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal/Marist South Carolina poll Jan. 17-23.",
        "an NBC News/Wall Street Journal/Marist South Carolina poll",
        "in",
        "Clinton led Sanders more than 2-1",
    ),
    row(
        "polnear-percent-in-a-new-poll",
        "As a result, just 18 percent of registered Hispanic voters have a favorable view of Trump in a new "
        "Washington Post-ABC News poll.",
        "a new Washington Post-ABC News poll",
        "in",
        "just 18 percent of registered Hispanic voters have a favorable view of Trump",
    ),
    # a name, then an apposition that opens on a role ("deputy associate administrator for ..."):
    # the speaker after a quotation is the name with its apposition
    row(
        "web-quote-name-comma-role-apposition-said",
        "“We have a need and saw a need to bring on some additional providers that had enhanced lander "
        "capabilities,” Steve Clarke, deputy associate administrator for exploration in NASA’s Science "
        "Mission Directorate, said in a conference call with media.",
        "Steve Clarke",
        "said",
        "We have a need and saw a need to bring on some additional providers",
        resolved="Steve Clarke",
    ),
    # a participial aside after the subject ("conducted for ...") is skipped: the survey found
    row(
        "polnear-train-subject-comma-participle-aside-found",
        "The survey, conducted for the immigration advocacy group America's Voice, also found that support "
        "for Trump rose from 11 percent in April to 19 percent in August.",
        "The survey",
        "found",
        "support for Trump rose from 11 percent in April to 19 percent in August",
    ),
    # "assistant" is an official's role: the apposition that opens on it belongs to the name
    row(
        "polnear-train-name-comma-assistant-to-the-president-said",
        "David Simas, assistant to the president and director of the White House's Office of Political "
        "Strategy and Outreach, said in an interview Wednesday that given Obama's popularity with both "
        "Democratic primary and general-election voters, he was confident that the president would end up "
        "campaigning for whoever wins the party's presidential primary campaign.",
        "David Simas",
        "said",
        "he was confident that the president would end up campaigning",
        resolved="David Simas",
    ),
    # a lone participle ("committing") is never the speaker: the clause's subject is
    row(
        "polnear-train-participle-not-speaker",
        "The candidate has bucked efforts to rein in his impulsive behavior, committing repeated gaffes after "
        "telling his aides he planned to adopt a more presidential tone.",
        "The candidate",
        "telling",
        "he planned to adopt a more presidential tone",
    ),
    # a pronoun takes no modifier before it: in "names he said would be ...", "he" is the speaker
    row(
        "polnear-train-noun-then-pronoun-said",
        "Now, he says, at least seven of Washington state’s 44 delegates have signed on – names he said would "
        "be publicly released soon – to the effort.",
        "he",
        "said",
        "would be publicly released soon",
    ),
    # a relative clause without commas between the speaker and the cue: the head before "who"
    # speaks, not the clause's last words ("discuss internal strategy")
    row(
        "polnear-train-N-who-spoke-anonymously-said",
        "Although there is no such overlap with Sanders's team, a White House official who spoke anonymously "
        'to discuss internal strategy said Wednesday, "Certainly there are discussions between the White '
        'House and the Sanders campaign."',
        "a White House official who spoke anonymously to discuss internal strategy",
        "said",
        "Certainly there are discussions between the White House and the Sanders campaign.",
    ),
    # a name, then an apposition whose role noun comes after a modifier ("communications director")
    row(
        "polnear-train-name-then-modified-role",
        'Jennifer Palmieri, communications director for the Clinton campaign, said in a statement: "This act '
        'of terror is the largest mass shooting in American history and a tragedy that requires a serious response."',
        "Jennifer Palmieri, communications director for the Clinton campaign",
        "said in a statement",
        "This act of terror is the largest mass shooting in American history",
        resolved="Jennifer Palmieri",
    ),
    # "Name: “quotation”" in the body (not only in the first line) is a speaker and their words
    row(
        "polnear-train-body-name-colon-quote",
        "Polling roundup\n\nPollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: Keep on "
        "contacting voters as late as possible.”",
        "Carl Bialik",
        ":",
        "One of the biggest lessons was a simple one",
    ),
    # the comma after a relative clause closes it: the subject before it speaks, not "who"
    row(
        "polnear-train-comma-after-relative-clause",
        "Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees "
        "with Ginsburg’s remarks.",
        "Bernie Sanders",
        "said",
        "he agrees with Ginsburg’s remarks",
    ),
    # "remain" before the cue is a copula, not part of who speaks
    row(
        "web-remain-skeptical-of",
        "Many donors and elected officials remain skeptical of the 37-year-old small-city mayor’s chances.",
        "Many donors and elected officials",
        "skeptical of",
        "the 37-year-old small-city mayor’s chances",
        absent="remain",
    ),
    # a document or evidence noun before "that" shows what follows ("poll results that show")
    row(
        "polnear-train-results-that-show",
        "- The New York Times provides entrance poll results that show where each candidate’s support came from "
        "in Iowa.",
        "entrance poll results",
        "show",
        "where each candidate’s support came from in Iowa",
        absent="provides",
    ),
    # A name and its apposition before the cue are the subject: the object after "posted" is not an
    # inverted speaker. (This row was a negative until 2026-12-03: "posted" with no clause was not taken as
    # speech; our train kind labels read a post on a named platform as a social post, so it is one now.)
    row(
        "polnear-Name-comma-one-of-comma-posted-object",
        "Tashfeen Malik, one of two terrorists involved in the San Bernardino attacks, posted her public "
        "allegiance to ISIS on Facebook.",
        "Tashfeen Malik",
        "posted",
        "her public allegiance to ISIS",
        resolved="Tashfeen Malik",
    ),
    # a semicolon outside quotation marks ends the content: a new clause follows
    row(
        "polnear-train-content-ends-at-semicolon",
        "She first tweeted a note of concern for the victims; hours later, she issued a statement that sought "
        "to address the main issues that the tragedy touched on - terrorism, gay rights and gun control.",
        "She",
        "tweeted",
        "a note of concern for the victims",
        absent="hours later",
    ),
    # the role noun may be any common noun for a person (WordNet's, in audit/data/nouns.json)
    row(
        "web-name-then-person-noun-at-firm",
        "Matt Maley, equity strategist at Miller Tabak, says the stock could be a risky bet with a worthy reward.",
        "Matt Maley, equity strategist at Miller Tabak",
        "says",
        "the stock could be a risky bet with a worthy reward",
        resolved="Matt Maley",
    ),
    # a lead of adjuncts only ("In ... Saturday,", "Where ...,") is no claim: the content follows the cue
    row(
        "polnear-train-adjunct-lead-not-content",
        "In the third Democratic presidential primary debate Saturday, Sen. Bernie Sanders (I-Vt.) apologized "
        "to his supporters and to Hillary Clinton for his campaign’s accessing of her proprietary voter data.",
        "Sen. Bernie Sanders",
        "apologized",
        "to his supporters and to Hillary Clinton",
        absent="debate Saturday",
    ),
    row(
        "polnear-train-subordinate-lead-not-content",
        "Where the Republican debate focused almost solely on the threat of terrorism, the Democrats also sought "
        "to broaden the discussion to other issues that are priorities to voters.",
        "the Democrats",
        "sought",
        "to broaden the discussion to other issues",
        absent="threat of terrorism",
    ),
    # ... but a long lead may hold a main clause after an unpunctuated subordinate one: it stays the content
    row(
        "polnear-train-long-lead-with-clause-is-content",
        "After Mr. Trump took possession of the 757 in 2011 he made a number of changes but did not fundamentally "
        "undo the Allen design, records show.",
        "records",
        "show",
        "he made a number of changes",
    ),
    # "According to NAME, ROLE, C": the role set off by commas describes the source, it is not the claim
    row(
        "polnear-train-according-to-name-role-apposition",
        "According to Lorella Praeli, Clinton's Latino vote director, the campaign has consistently targeted "
        "Latino voters through digital ad campaigns in Spanish.",
        "Lorella Praeli, Clinton's Latino vote director",
        "According to",
        "the campaign has consistently targeted Latino voters",
        resolved="Lorella Praeli",
    ),
    row(
        "written-according-to-name-role-of-office",
        "According to Maria Lopez, a spokeswoman for the mayor, the plan was dropped last week.",
        "Maria Lopez, a spokeswoman for the mayor",
        "According to",
        "the plan was dropped last week",
        absent="spokeswoman",
    ),
    # a sentence that opens with "NAME, ROLE said" (the apposition's closing comma missing): the name speaks
    row(
        "polnear-train-name-role-said-without-closing-comma",
        "Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no "
        "paper ballots to recount.”",
        "Sam Lau, the communications director",
        "said",
        "There are no paper ballots to recount.",
        resolved="Sam Lau",
    ),
    # ... but a time or place before the role is no name
    row(
        "written-time-lead-then-role-said",
        "Yesterday, the spokesman said the plan was dropped.",
        "the spokesman",
        "said",
        "the plan was dropped",
        resolved="the spokesman",
    ),
    # "responded by blocking": a gerund after "by" is the means, not a passive's agent
    row(
        "polnear-train-responded-by-gerund",
        "The DNC, which is seen as politically aligned with Clinton, responded by abruptly blocking Sanders’ "
        "access to his own data.",
        "The DNC",
        "responded",
        "by abruptly blocking Sanders’ access to his own data",
    ),
    # a comma between two adjectives of the speaker after a quotation is part of the source
    row(
        "polnear-train-quote-then-coordinate-adjectives",
        '"From Day One, I made climate change the top priority," the bespectacled, 71-year-old diplomat said in '
        "a wide-ranging interview with The Washington Post.",
        "the bespectacled, 71-year-old diplomat",
        "said",
        "From Day One, I made climate change the top priority",
        absent="bespectacled",
    ),
    # an inverted speaker may open on a profession or an adjective before the name; "asked about"
    # after it says he was asked (the asker is not named), no claim of his
    row(
        "polnear-train-said-retired-neurosurgeon-name-asked-about",
        '"I\'m not going to say it is a mistake, so forget about it," said retired neurosurgeon Ben Carson, asked '
        "about his claims that he had received a full scholarship to West Point.",
        "retired neurosurgeon Ben Carson",
        "said",
        "I'm not going to say it is a mistake",
        resolved="Ben Carson",
        absent="about his claims",
    ),
    # a floating quantifier after the auxiliary ("have both urged") is not part of the speakers
    row(
        "polnear-train-have-both-urged",
        "Two of his rivals, Ted Cruz of Texas and Marco Rubio of Florida, have both urged the Manhattan mogul to "
        "release the audio tapes.",
        "Marco Rubio of Florida",
        "urged",
        "the Manhattan mogul to release the audio tapes",
        resolved="Ted Cruz",
    ),
    # "that" with nothing after it is the object, not the start of a clause
    row(
        "polnear-train-rejected-that-too",
        "Clinton proposed they debate on ABC's Good Morning America on April 15, but Sanders rejected that, too.",
        "Sanders",
        "rejected",
        "that",
    ),
    # "that" then an aside opening on "and" is still a clause ("and not the weather" is no new verb)
    row(
        "written-suggested-that-and-not-aside",
        "The mayor suggested that, and not the weather, was the reason for the delay.",
        "The mayor",
        "suggested",
        "was the reason for the delay",
    ),
    # a dialogue tag after a quotation, whatever its verb, even as a sentence of its own after "?"
    row(
        "polnear-train-dialogue-tag-pressed",
        '"Would it be negotiable about the 11 million?" Hannity pressed. "Maybe let some people stay if they '
        'register in a period of time?"',
        "Hannity",
        "pressed",
        "Would it be negotiable about the 11 million?",
    ),
    row(
        "web-dialogue-tag-laughed",
        "“I’m not gonna lie, the accordion playing drives me nuts,” McDowell laughed.",
        "McDowell",
        "laughed",
        "the accordion playing drives me nuts",
    ),
    # a participle's place ("interviewed at Trump rallies in South Carolina") is not who speaks
    row(
        "polnear-train-interviewed-at-place-including-name",
        "But numerous military veterans interviewed at Trump rallies in South Carolina this week, including Mr. "
        "Jebens, said they had no problem with Mr. Trump's comments.",
        "numerous military veterans",
        "said",
        "they had no problem with Mr. Trump's comments",
    ),
    # "projects" is a cue that needs a clause; a clause may come without "that"
    row(
        "web-projects-bare-clause",
        "And the Congressional Budget Office projects the Trump-era tariffs will reduce the national gross "
        "domestic product by 0.3 percent by 2020.",
        "the Congressional Budget Office",
        "projects",
        "the Trump-era tariffs will reduce the national gross domestic product",
    ),
    # "suggestions by the news media that C": the noun's agent said C; the first claim stops before "despite"
    row(
        "polnear-train-suggestions-by-agent-that",
        "Sanders said both Obama and Biden have been fair to him and Clinton, despite some recent suggestions by "
        "the news media that the president has his thumb on the scale for Clinton.",
        "the news media",
        "suggestions",
        "the president has his thumb on the scale for Clinton",
    ),
    row(
        "polnear-train-said-C-despite-adjunct",
        "Sanders said both Obama and Biden have been fair to him and Clinton, despite some recent suggestions by "
        "the news media that the president has his thumb on the scale for Clinton.",
        "Sanders",
        "said",
        "both Obama and Biden have been fair to him and Clinton",
        absent="thumb",
    ),
    # after "said" a bare group is the clause's subject, not who heard it ("told the crowd" is a recipient)
    row(
        "written-said-the-crowd-subject",
        "Organizers said the crowd was the largest the stadium had seen since 2008.",
        "Organizers",
        "said",
        "the crowd was",
    ),
    row(
        "written-wrote-lawmakers-that",
        "The governor wrote lawmakers that the budget would not balance without new taxes.",
        "The governor",
        "wrote",
        "the budget would not balance without new taxes",
        absent="lawmakers",
    ),
    # agreeing with a view takes a side on it (agreeing to do or on a plan is an act: seed gold)
    row(
        "polnear-train-agreed-with",
        "Former President Bill Clinton agreed with the analysis.",
        "Bill Clinton",
        "agreed",
        "with the analysis",
    ),
    # after "promised", "vowed", "refused" ... "to" + a verb is the content, not an adjunct before it
    row(
        "web-promised-to-after-place-lead",
        "In Kentucky, the Democratic candidate, Andy Beshear — whose father, also as governor, implemented the "
        "Affordable Care Act in the state — promised to protect Medicaid and hammered Bevin on his plan for work "
        "requirements.",
        "Andy Beshear",
        "promised",
        "to protect Medicaid",
        absent="In Kentucky",
    ),
    # "said of X:" names whom it was said of; the quotation after the colon is what was said (a line that
    # ends on two apostrophes, the NYT's closing quotation mark, is a sentence, not page furniture)
    row(
        "polnear-train-in-year-she-said-of-colon-quote",
        "In 2010 she said of gay couples: ''Nobody's stopping them from shacking up. The problem is that they are "
        "trying to make us respect them, and that's an interference with what we believe.''",
        "she",
        "said",
        "Nobody's stopping them from shacking up",
        absent="of gay couples",
    ),
    # a speaker a source is part of: "says a source involved in the super-PAC’s creation"
    row(
        "polnear-train-says-a-source-involved-in",
        "“It’s a way to participate without [directly] supporting Trump,” says a source involved in the "
        "super-PAC’s creation.",
        "a source involved in the super-PAC’s creation",
        "says",
        "It’s a way to participate without [directly] supporting Trump",
    ),
    # "the mere mention of": a determiner and an adjective before a noun, no cue
    row(
        "polnear-train-said-comma-the-mere-mention",
        "At times last year, people close to the vice president said, the mere mention of Mrs. Clinton's name "
        "could make him fume.",
        "people close to the vice president",
        "said",
        "the mere mention of Mrs. Clinton's name could make him fume",
    ),
    # a quotation inside an opening participle phrase is what is remarked on; the words after the cue are said
    row(
        "polnear-train-remarking-upon-quote-then-said-quote",
        'Remarking upon Clinton\'s "genuine empathy," Starr said, "Leave aside the unpleasantness, his genuine '
        'empathy for human beings is absolutely clear."',
        "Starr",
        "said",
        "Leave aside the unpleasantness, his genuine empathy for human beings is absolutely clear.",
        absent="genuine empathy,",
    ),
    # a trailing "told" with its listener and a time clause after: the part before is the claim
    row(
        "polnear-train-told-closest-advisers-as-he-labored",
        "This is not about me, President Obama told his closest advisers as he labored over one of the last major "
        "addresses of his presidency.",
        "President Obama",
        "told",
        "This is not about me",
        absent="advisers",
    ),
    row(
        "written-told-staff-when-he-arrived-that",
        "He told his staff when he arrived that the plan had failed.",
        "He",
        "told",
        "the plan had failed",
        absent="when he arrived",
    ),
    # communicative acts written as phrases (cues.json phrases): "took aim at", "came out against"
    row(
        "polnear-train-came-out-against",
        "Hillary Clinton came out against the Cadillac tax in September.",
        "Hillary Clinton",
        "came out against",
        "the Cadillac tax",
    ),
    row(
        "written-took-aim-at",
        "Trump took aim at Clinton's record on trade during the rally in Ohio.",
        "Trump",
        "took aim at",
        "Clinton's record on trade",
    ),
    row(
        "written-doubling-down-on",
        "Donald Trump is doubling down on his attacks on a former Miss Universe.",
        "Donald Trump",
        "doubling down on",
        "his attacks on a former Miss Universe",
    ),
    row(
        "written-would-not-rule-out",
        "Trump would not rule out warrantless searches or registering Muslims in a database.",
        "Trump",
        "rule out",
        "warrantless searches or registering Muslims in a database",
    ),
    # "made the case that C" (cues.json phrases)
    row(
        "written-made-the-case-that",
        "Clinton made the case that her experience as secretary of state matters more than ever.",
        "Clinton",
        "made the case",
        "her experience as secretary of state matters more than ever",
    ),
    # a written thing that reads a quotation: the thing is the source
    row(
        "written-the-email-read-colon-quote",
        'The email read: "Our political revolution has already forced a former senator to drop out."',
        "The email",
        "read",
        "Our political revolution has already forced a former senator to drop out.",
    ),
    # the verb opens the sentence: "Said X, ..., “C”"
    row(
        "polnear-train-said-first-then-speaker-then-quote",
        "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
        "Dorothy Poynter",
        "Said",
        "We were all so proud of him.",
        resolved="Dorothy Poynter",
    ),
    # a mid-sentence tag with a time after the cue: the part before it is the claim, not the new clause after
    row(
        "written-mid-sentence-tag-with-time-then-new-clause",
        "Facebook created the tool to help in times of crisis, a spokeswoman said on Saturday, and it has "
        "activated it five times in the last year.",
        "a spokeswoman",
        "said",
        "Facebook created the tool to help in times of crisis",
        absent="activated it five times",
    ),
    # ... and after "but now", "and on Monday"
    row(
        "polnear-train-but-now-said",
        "House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the "
        "opportunity and the obligation to bring us together.”",
        "Thomas Massie",
        "said",
        "Trump had “the opportunity and the obligation to bring us together",
    ),
    row(
        "polnear-train-and-on-monday-announced",
        "Scott has freed up $26 million in state funds to address the problem and on Monday announced $5 million "
        "more was being sent to Miami-Dade County for Zika preparedness and mosquito control.",
        "Scott",
        "announced",
        "$5 million more was being sent to Miami-Dade County",
    ),
    # "and has said that C": a second verb after "and" and an auxiliary shares the clause's subject
    row(
        "polnear-train-and-has-said-that",
        "Presumptive Republican nominee Donald Trump describes himself as antiabortion and has said that he "
        "would nominate Supreme Court justices who are opposed to abortion.",
        "Donald Trump",
        "said",
        "he would nominate Supreme Court justices",
        resolved="Donald Trump",
    ),
    # a word in quotation marks mid-clause is no quotation before an inverted tag: 'would "absolutely" require'
    row(
        "polnear-train-scare-quoted-word-then-verb",
        'Trump recently said he would "absolutely" require Muslims in America to register with the government.',
        "Trump",
        "said",
        'he would "absolutely" require Muslims in America to register',
    ),
    # an inverted speaker whose first name looks like a modal ("Will Doyle")
    row(
        "polnear-train-said-will-doyle",
        '"It\'s a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt '
        "University in Nashville, Tennessee.",
        "Will Doyle",
        "said",
        "It's a pretty expensive business model",
    ),
    # a naming inside an inverted speaker ("known as Bob") is no cue of its own
    row(
        "polnear-train-said-the-chief-known-as-bob",
        '"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.',
        "the base chief known as Bob",
        "said",
        "There never was a stand-down order",
    ),
    # a show's title in quotation marks after the network, before "that"
    row(
        "polnear-train-said-on-network-show-title-that",
        'Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would "take a look" at such '
        "legislation, which would give law enforcement more time to conduct criminal background checks on "
        "individuals looking to buy guns.",
        "Sanders",
        "said",
        'he would "take a look" at such legislation',
        absent="This Week",
    ),
    # a possessive and a noun of a position taken in words ("call for", "pledge to", "attacks on"): the
    # possessor is the source, the phrase after the preposition the content, up to the sentence's own verb
    row(
        "polnear-train-possessive-original-pledge-to",
        "This plan would run counter to Mr. Obama's original pledge to remove all troops from Afghanistan except "
        "for a counterterrorism force and the troops guarding the United States Embassy in the capital, Kabul.",
        "Obama",
        "pledge to",
        "remove all troops from Afghanistan except for a counterterrorism force",
        resolved="Obama",
    ),
    row(
        "polnear-train-possessive-attacks-on-question",
        "As for Donald Trump’s attacks on Bill Clinton’s scandals from the 1990s? “It goes in here and goes out "
        "here,” Tom Ebeling said, pointing to one and then the other of his ears.",
        "Donald Trump",
        "attacks on",
        "Bill Clinton’s scandals from the 1990s",
    ),
    row(
        "written-possessive-call-for-stops-at-own-verb",
        "While Sanders's call for a single-payer health care system draws thousands to his rallies, Clinton "
        "leads in the polls.",
        "Sanders",
        "call for",
        "a single-payer health care system",
        absent="draws thousands",
    ),
    row(
        "written-possessive-remarks-about",
        "Mr. Trump's remarks about Mexican immigrants drew a rebuke from the Republican speaker.",
        "Trump",
        "remarks about",
        "Mexican immigrants",
        absent="drew a rebuke",
    ),
    row(
        "written-possessive-support-for",
        "Paul Ryan’s support for the tax plan came after weeks of talks with the campaign.",
        "Paul Ryan",
        "support for",
        "the tax plan",
        absent="came after",
    ),
    # a quotation in two apostrophes (the NYT's style) after "continued," is what follows the cue
    row(
        "polnear-train-continued-comma-two-apostrophe-quote",
        "He continued, ''Even in the midst of crisis, she listens to people, and she keeps her cool, and she treats "
        "everybody with respect.''",
        "He",
        "continued",
        "Even in the midst of crisis, she listens to people",
    ),
    # a speech verb in a relative clause without commas: its head speaks ("who advised Obama" describes)
    row(
        "polnear-train-hacker-who-first-revealed-that",
        "The Romanian hacker who first revealed that Hillary Clinton used a private email address while she was "
        "secretary of state was sentenced to more than four years in federal prison Thursday by a U.S. district "
        "judge in Alexandria, Va.",
        "The Romanian hacker",
        "revealed",
        "Hillary Clinton used a private email address",
    ),
    row(
        "written-oncologist-who-advised-then-said",
        "Zeke Emanuel, an oncologist who advised Obama on the health care overhaul, said Obamacare so far has been "
        "a success.",
        "Zeke Emanuel",
        "said",
        "Obamacare so far has been a success",
    ),
    # an opening place adverb's phrase is skipped to find the participle's subject
    row(
        "polnear-train-here-in-place-then-saying",
        'Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to '
        "achieve the day when young black males and women can walk the streets without being worried about being "
        'harassed by a police officer."',
        "Sanders",
        "saying",
        "We have got to achieve the day when young black males and women can walk the streets",
    ),
    # "he added, while also saying that C": the tag's speaker says the second claim too
    row(
        "polnear-train-added-while-also-saying",
        '"I guess I\'ll have to get used to a lot of that over the next four or five months," he added, while also '
        "saying that he expects to do well with female voters.",
        "he",
        "saying",
        "he expects to do well with female voters",
    ),
    # "wrote back:" with a quotation: the particle belongs to the cue
    row(
        "polnear-train-wrote-back-colon-quote",
        "A short time later, Ms. Abedin wrote back: ''We all have him on our radar. Personnel has been sending him "
        "options.''",
        "Abedin",
        "wrote",
        "We all have him on our radar",
        absent="back:",
    ),
    # a partial quotation after "pledged to" inside the clause before a trailing tag is the clause's, not a
    # quotation of the tag's speaker: the outlet's report is the claim
    row(
        "written-pledged-to-partial-quote-then-outlet-reported",
        "Earlier in the day, Clinton held a roundtable meeting with Orlando community leaders and pledged to "
        "“promote the kinds of changes that will prevent this from happening to other families,” the Orlando "
        "Sentinel reported.",
        "Orlando Sentinel",
        "reported",
        "Clinton held a roundtable meeting with Orlando community leaders",
    ),
    # a trailing tag after a comma inside a closing quotation mark ends the inner verb's content: the
    # outlet's report is the claim
    row(
        "polnear-train-comma-inside-quote-then-the-times-reported",
        "In one such email, Carter discussed how he had mistakenly placed a note card in a “burn bag,” the Times "
        "reported.",
        "the Times",
        "reported",
        "Carter discussed how he had mistakenly placed a note card",
    ),
    # "As reported by X, C" / "C, as first reported by X.": the passive's agent is the source
    row(
        "polnear-train-as-reported-by-outlet",
        "As reported by Western Journalism, there are 150 delegates at stake in Tuesday night’s contests in "
        "Michigan, Mississippi, Idaho, and Hawaii.",
        "Western Journalism",
        "reported",
        "there are 150 delegates at stake",
    ),
    row(
        "written-as-first-reported-by-trailing",
        "The deal was signed in secret, as first reported by The Washington Post.",
        "The Washington Post",
        "reported",
        "The deal was signed in secret",
    ),
    # "As X reported just today, C": a time between the cue and the comma
    row(
        "polnear-train-as-unit-reported-just-today",
        "As the Washington Post’s investigative unit reported just today, the State Department Inspector General "
        "issued subpoenas to the Clinton Foundation.",
        "Washington Post",
        "reported",
        "the State Department Inspector General issued subpoenas to the Clinton Foundation",
    ),
    # no modal stands before a past verb: a capitalised "Will" after the lead is George Will; the words
    # in quotation marks inside the lead's noun phrase are a term, not what he wrote
    row(
        "polnear-train-will-described-after-quoted-terms",
        "From Donald Trump’s “coarse, vulgar, and nasty 95-minute effusion” in Iowa last week to his call for a "
        "federal “deportation force,” Will described Trump as a “caricature of democracy’s most embarrassing "
        "features.”",
        "Will",
        "described",
        "Trump as a “caricature of democracy’s most embarrassing features",
        absent="deportation force",
    ),
    # a quotation inside an opening participle phrase is the reason given, not what was told
    row(
        "polnear-train-citing-quote-then-told-that",
        "Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO that Gore plans "
        "to skip the festivities in Philadelphia where his former boss’s wife will accept the Democratic "
        "presidential nomination.",
        "spokeswoman",
        "told",
        "Gore plans to skip the festivities in Philadelphia",
    ),
    # "Yahoo!" ends no sentence: the listener and the clause after it stay in the sentence
    row(
        "written-told-yahoo-news-that",
        "The senator told Yahoo! News this week that he believes the Saudi government is funding extremists.",
        "The senator",
        "told",
        "he believes the Saudi government is funding extremists",
    ),
    # "what X called Y": the name given is X's words; X is the words between "what" and the verb
    row(
        "polnear-train-in-what-officials-called",
        "Roof should have been prevented from buying the .45-caliber weapon used in Charleston, S.C., in what "
        "officials called a hate crime.",
        "officials",
        "called",
        "a hate crime",
    ),
    row(
        "polnear-train-shedding-what-gilbert-called",
        'Cleveland sought the convention in the hopes of shedding what Gilbert called "a perception problem."',
        "Gilbert",
        "called",
        "a perception problem",
        resolved="Gilbert",
        not_in_source="shedding",
    ),
    row(
        "written-what-two-papers-each-called",
        "Amid what the New York Times and Los Angeles Times each called a “rough week” for Trump, his campaign "
        "changed its message.",
        "New York Times",
        "called",
        "a “rough week” for Trump",
    ),
    # a transcript: labels that take turns, each a surname the article gives with a first name
    row(
        "written-transcript-turns-in-capitals",
        "Oklahoma Gov. Mary Fallin spoke with CNN's Jake Tapper on Sunday.\n\n"
        "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
        "FALLIN: I think he is trying to campaign as a racial healer.\n\n"
        "TAPPER: Is that enough?\n\n"
        "FALLIN: Well, I think the whole nation needs to work together.",
        "FALLIN",
        ":",
        "I think he is trying to campaign as a racial healer",
        resolved="Mary Fallin",
    ),
    # "according to" after an opening bracket or a bare conjunction still opens the sentence
    row(
        "polnear-train-bracketed-according-to-opens",
        "(According to the New York Police Department, it does not keep statistics on violations specifically "
        "related to skateboarding.)",
        "New York Police Department",
        "According to",
        "it does not keep statistics on violations specifically related to skateboarding",
        absent=")",
    ),
    row(
        "polnear-train-but-according-to-reports",
        "But according to reports emerging in the news media, he could not convince the family members who make "
        "up Trump’s closest inner circle of advisers that he was still an asset to the campaign.",
        "reports emerging in the news media",
        "according to",
        "he could not convince the family members",
    ),
    # after a subordinate clause, the main clause after the attribution is what it attributes
    row(
        "polnear-train-while-clause-then-according-to",
        "While most of those were elevated to the “confidential” level, according to a State Department "
        "official, two in the most recent batch were upgraded to the “Secret” level, a more sensitive "
        "classification for issues that affect national security.",
        "a State Department official",
        "according to",
        "two in the most recent batch were upgraded",
    ),
    # a quoted title inside the source
    row(
        "polnear-train-according-to-titled-document",
        'The plan would cost about $1.38 trillion a year, according to the "Medicare for all" document he released.',
        '"Medicare for all" document',
        "according to",
        "The plan would cost about $1.38 trillion a year",
    ),
    # a short clause before ", according to X." is the claim
    row(
        "written-short-clause-then-according-to",
        "Sales rose 5 percent, according to the company.",
        "the company",
        "according to",
        "Sales rose 5 percent",
    ),
    # a second aside that describes the speaker's employer belongs to the name's apposition
    row(
        "written-name-role-then-employer-aside",
        "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said the attacks on his "
        "customers had grown every month.",
        "Matthew Prince",
        "said",
        "the attacks on his customers had grown every month",
        resolved="Matthew Prince",
    ),
    # a participle after a clause with an auxiliary ("is making", "has staked"): the clause's subject speaks
    row(
        "polnear-train-progressive-clause-then-saying",
        "Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law banning fracking is hurting "
        "the economy and diverting jobs to neighboring states.",
        "Ted Cruz",
        "saying",
        "a state law banning fracking is hurting the economy",
        resolved="Ted Cruz",
    ),
    # a bare plural of people opens the clause: "candidates were able to ... by saying C"
    row(
        "polnear-train-bare-plural-subject-by-saying",
        "In the last GOP debate, on CNBC, candidates were able to talk their way out of tough questions by "
        "saying it was the questioner, not the candidate, who had been wrong.",
        "candidates",
        "saying",
        "it was the questioner, not the candidate, who had been wrong",
    ),
    # a role before the name is the clause's subject with the name, not the role alone
    row(
        "polnear-train-role-then-name-subject-attacking",
        "Republican presidential candidate Donald Trump is spending the final day of the New Hampshire primary "
        "attacking a rival who is far behind him in the polls.",
        "Donald Trump",
        "attacking",
        "a rival who is far behind him in the polls",
        resolved="Donald Trump",
    ),
    # a quotation closed by a full stop is a sentence of its own: a speaker after it whose verb has words of
    # its own starts the next statement and does not take the quotation
    row(
        "polnear-train-quote-full-stop-then-speaker-with-clause",
        '"It shows a lack of character in my opinion." Reid said both Rubio and Cruz are "non-entities in the '
        'Senate," but he gave the Texan a back-handed compliment.',
        "Reid",
        "said",
        'both Rubio and Cruz are "non-entities in the Senate,"',
    ),
    # a doubled apostrophe closes a quotation: the speaker after it starts there
    row(
        "polnear-train-two-apostrophes-close-before-speaker",
        "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that "
        "happened today is the work of terrorists. We ourselves are running from these types of attacks in "
        "Afghanistan.''",
        "Mr. Zahed",
        "said",
        "The attack that happened today is the work of terrorists.",
        not_in_source="We",
    ),
    # a participle after a trailing attribution tells how it was said; the claim is before it
    row(
        "polnear-train-trailing-tag-then-manner-participle",
        "Sales were great, he said, wiping sweat off his face. Amadou estimated he sold 40 bottles.",
        "he",
        "said",
        "Sales were great",
        absent="wiping sweat",
    ),
    # a passive in a relative clause ("breaches that had been requested by Congress") is no claim of its
    # agent running back over the sentence; the main verb's claim stays
    row(
        "polnear-train-relative-passive-inside-content",
        "The report also provided details of data breaches in which FDIC employees leaving the regulator took "
        "sensitive documents with them. It said current FDIC officials have purposely concealed information about "
        "breaches that had been requested by Congress.",
        "It",
        "said",
        "current FDIC officials have purposely concealed information",
        resolved="report",
    ),
    # a second adjunct of up to ten words after the first still opens the sentence; a manner adverb after
    # "and" keeps the clause's subject
    row(
        "polnear-train-long-second-adjunct-then-participle",
        "On Thursday, after remaining neutral throughout the primary process, Warren appeared with MSNBC’s Rachel "
        "Maddow and officially endorsed Clinton, saying, “I think having a fighter in the lead — a female fighter "
        "in the lead — is exactly what this country needs.”",
        "Warren",
        "saying",
        "I think having a fighter in the lead",
    ),
    row(
        "polnear-train-and-manner-adverb-then-verb",
        "On Thursday, after remaining neutral throughout the primary process, Warren appeared with MSNBC’s Rachel "
        "Maddow and officially endorsed Clinton, saying, “I think having a fighter in the lead — a female fighter "
        "in the lead — is exactly what this country needs.”",
        "Warren",
        "endorsed",
        "Clinton",
    ),
    # "A." between a first name and a surname is a middle initial, not the end of a sentence
    row(
        "polnear-train-middle-initial-a",
        '"In accordance with our policies and procedures, the FBI will be providing this information to your '
        "Department for review and determination of record status pursuant to the Federal Records Act and "
        'subsequent [Freedom of Information Act] processing as appropriate," FBI General Counsel James A. Baker '
        "wrote in a letter dated Tuesday and filed in federal court in Washington.",
        "James A. Baker",
        "wrote",
        "the FBI will be providing this information to your Department",
        resolved="James A. Baker",
    ),
    # "has called X ''Y''": after an auxiliary, "called" is a verb, not naming; a participle that takes its
    # target after the quoted words' comma is a claim of its own
    row(
        "polnear-train-has-called-two-apostrophe-quote",
        "He has called China ''provocative and expansionist,'' accusing it of ''creating a Great Wall of sand'' "
        "and ''clearly militarizing'' the disputed waters of the Western Pacific.",
        "He",
        "called",
        "China ''provocative and expansionist,''",
        absent="Great Wall",
    ),
    row(
        "polnear-train-quoted-comma-then-accusing",
        "He has called China ''provocative and expansionist,'' accusing it of ''creating a Great Wall of sand'' "
        "and ''clearly militarizing'' the disputed waters of the Western Pacific.",
        "He",
        "accusing",
        "it of ''creating a Great Wall of sand''",
    ),
    # phrases of verbal attack (PolNeAR train's own cues)
    row(
        "polnear-train-ripped-into",
        "After spending the past week bickering over whether the other is “qualified” to be president, Clinton "
        "on Monday ripped into Sanders for a range of policy positions.",
        "Clinton",
        "ripped into",
        "Sanders for a range of policy positions",
    ),
    # phrases PolNeAR train annotates: laying out and dismissing
    row(
        "polnear-train-spelled-out",
        "Just this week, the trade group for the Blue Cross Blue Shield plans, which dominate many state exchanges, "
        "spelled out its concerns as it commented on proposed market regulations.",
        "the trade group",
        "spelled out",
        "its concerns",
    ),
    row(
        "polnear-train-waves-off",
        "For now, the administration waves off the delay as having “minimal” impact.",
        "the administration",
        "waves off",
        "the delay as having “minimal” impact",
    ),
    # "calling on X to do Y" urges, like "called on"
    row(
        "polnear-train-calling-on-to",
        "Sanders started a petition this week calling on Democratic candidates to support the $15 minimum wage, "
        "which appeared to be directed at\u00a0Clinton.",
        "Sanders",
        "calling on",
        "Democratic candidates to support the $15 minimum wage",
    ),
    # a floating "all" after a plural subject is no part of it
    row(
        "written-floating-all-after-pronoun",
        "The three county clerks met on Monday. They all said the count would be finished by Friday.",
        "They",
        "said",
        "the count would be finished by Friday",
        not_in_source="all",
    ),
    # speech acts of praise, rebuke and urging (PolNeAR train annotates each of them)
    row(
        "polnear-train-implored",
        "State party chairman John Burton has also implored state party delegates to unite and focus on Trump.",
        "John Burton",
        "implored",
        "state party delegates to unite and focus on Trump",
    ),
    row(
        "polnear-train-scolded-trailing",
        "Grow up, get serious and make something of yourself in the family business, Donald scolded.",
        "Donald",
        "scolded",
        "Grow up, get serious and make something of yourself in the family business",
    ),
    # a passive with a manner adverb ("are easily refuted") is no statement of its subject; the trailing tag
    # after it keeps the claim
    row(
        "polnear-train-be-adverb-passive-then-tag",
        "What's more, many of their best arguments, like that Clinton advocated for a speedy Iraq withdrawal, are "
        "easily refuted, they say.",
        "they",
        "say",
        "many of their best arguments",
    ),
    # a passive's agent ends before "as": "by Democrats", not "by Democrats as a giveaway"
    row(
        "written-agent-ends-before-as",
        "The tax plan was criticized by Democrats as a giveaway to the wealthy.",
        "Democrats",
        "criticized",
        "The tax plan",
        not_in_source="giveaway",
    ),
    # ... and with its agent, the agent speaks
    row(
        "written-be-adverb-passive-with-agent",
        "The tax plan was widely criticized by Democrats in the state legislature.",
        "Democrats",
        "criticized",
        "The tax plan",
        not_in_source="plan",
    ),
    # verbs PolNeAR train annotates as cues more often than not: naming, championing
    row(
        "polnear-train-dubbed",
        "But he also did could not resist taking swipes at Marco Rubio, who he dubbed “the little senator.”",
        "he",
        "dubbed",
        "the little senator",
    ),
    row(
        "polnear-train-has-championed",
        "Ryan, a policy-focused conservative, insists the GOP must be a party of ideas, and has championed an "
        "agenda that has drawn Trump’s scorn by pushing cuts in Medicare and other government programs.",
        "Ryan",
        "championed",
        "an agenda that has drawn Trump’s scorn",
    ),
    row(
        "polnear-train-has-deemed",
        "While critics argue that trading prisoners encourages others to target Americans, President Obama has "
        "deemed certain releases a reasonable trade-off.",
        "President Obama",
        "deemed",
        "certain releases a reasonable trade-off",
    ),
    # a restrictive "who say" with a bare clause, when its head is an object of the main clause: the head speaks
    row(
        "polnear-train-object-who-say-bare-clause",
        "North Carolina has faced a national backlash from gay rights groups, entertainers and business leaders "
        "who say the law unfairly targets gay and lesbian people.",
        "business leaders",
        "say",
        "the law unfairly targets gay and lesbian people",
        not_in_source="backlash",
    ),
    # an adverb between the comma and a participle ("..., also calling on"): the participle shares the subject
    row(
        "polnear-train-comma-adverb-participle",
        'Yet she didn\'t limit her attacks to Israel policy, also calling on attendees to oppose "bigotry" after '
        "citing Trump's proposed temporary ban on Muslims entering the U.S.",
        "she",
        "calling on",
        "attendees to oppose",
        not_in_source="Israel",
    ),
    row(
        "written-comma-even-suggesting",
        "The senator complained about the debate moderators, even suggesting that the questions had been leaked.",
        "The senator",
        "suggesting",
        "the questions had been leaked",
    ),
    # a stance phrase that says it outright is a claim after a comma too
    row(
        "written-comma-throwing-its-support-behind",
        "The state teachers union endorsed Clinton on Tuesday, throwing its support behind her plan for free "
        "college tuition.",
        "The state teachers union",
        "throwing its support behind",
        "her plan for free college tuition",
    ),
    # "but did note": a second verb after a conjunction and its auxiliary is a claim of its own
    row(
        "polnear-train-but-did-note",
        "He did not mention his opponents by name but did note that he had won the most states and the most votes.",
        "He",
        "note",
        "he had won the most states and the most votes",
    ),
    # a phrase after a quoted comma takes what it names
    row(
        "polnear-train-quoted-comma-referring-to",
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention, where "
        "Republicans will select a nominee.",
        "Trump",
        "referring to",
        "the party’s July convention",
    ),
    # ", then says" and "before claiming": the same speaker's second claim, split from the first
    row(
        "polnear-train-comma-then-says",
        "Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice for anyone "
        "who wants to talk to or yell at him if elected.",
        "Kasich",
        "says",
        "he’ll welcome advice for anyone",
        not_in_source="Defense",
    ),
    row(
        "polnear-train-before-claiming-no-comma",
        "After the Supreme court failed to reach a majority decision on President Barack Obama’s\u00a0plan to defer "
        "deportation for millions on undocumented immigrants, Trump said the SCOTUS’ deadlock has “kept us safe”"
        "\u00a0 on Twitter before claiming that open borders are “tearing American families apart.”",
        "Trump",
        "claiming",
        "open borders are “tearing American families apart.”",
    ),
    # "compared to" right after a figure is a comparison, not a speaker comparing: the "according to" claim stays
    row(
        "polnear-train-according-to-then-compared-to",
        "And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote "
        "compared to Hillary Clinton’s 76 percent.",
        "recent polls",
        "According to",
        "Trump holds only 14 percent of the Latino vote",
    ),
    # a title in quotation marks ends a long aside after a name that opens the sentence; a "show" after "TV"
    # is a programme
    row(
        "polnear-train-aside-ends-on-quoted-title",
        'Trump, the longtime owner of the televised Miss Universe pageant and star of the reality TV show "The '
        'Apprentice," said in an interview with The Washington Post that conventions in the past have been too '
        "dull.",
        "Trump",
        "said",
        "conventions in the past have been too dull",
    ),
    # ... but elsewhere the title stays a title, and the participle's subject speaks
    row(
        "written-quoted-title-then-participle",
        'Smith agreed to an interview for the paper\'s series on "Women in Power," answering questions about how '
        "her career began.",
        "Smith",
        "answering",
        "questions about how her career began",
        not_in_source="Women",
    ),
    # a tag that closes a bracket attributes what the bracket holds
    row(
        "polnear-train-tag-closing-a-bracket",
        "She didn't really care about the criticism but she really cared if her low approval ratings (at one point "
        "as low as 19%, Gutin says) hurt her husband.",
        "Gutin",
        "says",
        "at one point as low as 19%",
        absent="hurt her husband",
    ),
    # after an aspectual verb and "to", a base form the cue lists leave out (a noun elsewhere) is the cue
    row(
        "polnear-train-continued-to-question",
        "Trump continued to question whether Cruz's birth in Canada makes him ineligible for the White House.",
        "Trump",
        "question",
        "Cruz's birth in Canada makes him ineligible",
    ),
    # a present verb after the name ends the subject: "Mrs. Clinton devotes much of her speech to praising"
    row(
        "written-present-verb-ends-subject-then-participle",
        "In South Carolina, Mrs. Clinton devotes much of her stump speech to effusively praising Mr. Obama's "
        "success in reviving the economy after the 2008 financial crisis.",
        "Mrs. Clinton",
        "praising",
        "Mr. Obama's success in reviving the economy",
        not_in_source="devotes",
    ),
    # a self-description is a statement about oneself
    row(
        "polnear-train-described-himself-as",
        "Though Kaine has described himself as a pro-life Catholic in the past, the Huffington Post reported that "
        "he has moved toward a pro-abortion position since he has been considered a primary contender for the vice "
        "president’s position on the Democrat ticket.",
        "Kaine",
        "described",
        "himself as a pro-life Catholic",
    ),
    # "VERBED by saying": the subject of the verb before "by" speaks, after an opening clause with no comma
    row(
        "polnear-train-began-by-saying",
        "When he returned he began by saying, “I don’t think that it’s nec- essary for Mr. D’Souza to go to jail.” "
        "Just those words.",
        "he",
        "saying",
        "I don’t think that it’s nec- essary for Mr. D’Souza to go to jail.",
    ),
    # a headline's speaker before a colon speaks in the first person after it
    row(
        "polnear-train-headline-colon-first-person",
        "Clinton: I support D.C. statehood.\n\nHillary Clinton wants to see D.C. become a state.",
        "Clinton",
        ":",
        "I support D.C. statehood",
        resolved="Hillary Clinton",
    ),
    # ... but a past participle after "and" + adverb, with no object of its own, shares no subject
    row(
        "polnear-train-and-adverb-passive-participle",
        "Paul Manafort, the campaign chairman, will retain his title. But the staffing change, hammered out on "
        "Sunday and formally announced on Wednesday, was seen by some as a demotion for Mr. Manafort.",
        "some",
        "was seen",
        "a demotion for Mr. Manafort",
        not_in_source="staffing",
    ),
    # a bracket that explains the last noun of an apposition does not hide the name before it
    row(
        "polnear-train-bracket-inside-apposition",
        "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: “People behind @HillaryClinton "
        "wearing “Settle For Hillary” shirts at her event in Hudson, NH.”",
        "Jeff Bechdel",
        "tweeted",
        "shirts at her event in Hudson",
        resolved="Jeff Bechdel",
    ),
    # a curly quotation inside a curly quotation ends neither: the content runs to the outer close
    row(
        "written-nested-curly-quotation",
        "The senator said: “Voters are tired of the “business as usual” politics of this town.” He left.",
        "The senator",
        "said",
        "politics of this town",
    ),
    # ... but a party tag stays with the name it follows
    row(
        "written-party-tag-after-apposition",
        "A longtime ally, Sen. Chris Murphy (D-Conn.), also stated his support for the bill on Monday.",
        "Chris Murphy",
        "stated",
        "his support for the bill",
        resolved="Chris Murphy",
    ),
    # a lower-case title before a name is not a verb phrase cut at its preposition ("of Florida")
    row(
        "polnear-train-former-title-name-of-place",
        "“There is no place for racism in the G.O.P., or this country,” former Gov. Jeb Bush of Florida said on "
        "Twitter.",
        "Jeb Bush",
        "said",
        "There is no place for racism",
        resolved="Jeb Bush",
    ),
    # a quotation that a participle of an aside governs ends the aside; the subject before it speaks
    row(
        "polnear-train-citing-quotation-aside",
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive "
        "situation in states like Pennsylvania, Maryland and Delaware.",
        "Mr. Manafort",
        "said",
        "the candidate could be in a very competitive situation",
    ),
    # a time phrase before the subject is not the subject a coordinated second verb shares
    row(
        "polnear-train-time-lead-not-subject",
        'Last month, FBI Director James Comey called Clinton\'s use of private email servers "extremely careless," '
        "but said she should face no criminal charges, a recommendation Attorney General Loretta Lynch  adopted.",
        "FBI Director James Comey",
        "said",
        "she should face no criminal charges",
        resolved="James Comey",
        not_in_source="Last month",
    ),
    row(
        "polnear-train-time-lead-pronoun-subject",
        "This year, he rose to the defense of Sepp Blatter, the embattled president of soccer's world governing "
        "body, FIFA, saying Mr. Blatter should be awarded the Nobel Peace Prize.",
        "he",
        "saying",
        "Mr. Blatter should be awarded the Nobel Peace Prize",
        not_in_source="This year",
    ),
    # a name in apposition after an inverted speaker's description is the speaker
    row(
        "polnear-train-inverted-description-then-name",
        "“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long Election Day "
        "in Florida,” said Rubio’s deputy campaign manager, Rich Beeson, who oversaw Mitt Romney’s 2012 ground game "
        "as political director.",
        "Rich Beeson",
        "said",
        "we’re treating Feb. 15 to March 15 as one long Election Day",
        resolved="Rich Beeson",
    ),
    # a noun with a relative clause that has no "that": the relative clause's subject speaks
    row(
        "polnear-train-zero-relative-subject",
        "But each release serves as a reminder of Clinton's decision to use the private server and of the FBI's "
        "investigation into the potential intelligence breach — a probe the law enforcement agency said was ongoing "
        "as of earlier this month.",
        "the law enforcement agency",
        "said",
        "was ongoing as of earlier this month",
        not_in_source="a probe",
    ),
    row(
        "polnear-train-zero-relative-name",
        "He has held up Mr. Trump's proposal for banning Muslim immigration as characteristic of a campaign Mr. Khan "
        "has called bigoted and contemptuous of the Constitution.",
        "Mr. Khan",
        "called",
        "bigoted and contemptuous of the Constitution",
        resolved="Khan",
        not_in_source="a campaign",
    ),
    # ... and with nothing of the cue's own after it, the clause the relative clause's noun sums up is the claim
    row(
        "polnear-train-zero-relative-antecedent",
        "The Democratic National Committee now relies on Mrs. Clinton's fund-raising to provide a financial "
        "lifeline, an arrangement the Sanders campaign has criticized.",
        "the Sanders campaign",
        "criticized",
        "The Democratic National Committee now relies on Mrs. Clinton's fund-raising",
        not_in_source="an arrangement",
    ),
    # a measure of time before "after" opens the participle's phrase; the main clause's subject speaks
    row(
        "polnear-train-time-measure-after-participle",
        "One month after announcing his support for Donald Trump, Marco Rubio still believes that the presumptive "
        "GOP nominee is unfit to be commander-in-chief.",
        "Marco Rubio",
        "announcing",
        "his support for Donald Trump",
        not_in_source="One month",
    ),
    # ... and a measure of time before "ago" is no subject of a coordinated second verb
    row(
        "polnear-train-time-measure-ago",
        "Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton has never done nothing "
        "for us.”",
        "he",
        "said",
        "Hillary Clinton has never done nothing for us.",
        not_in_source="Eight years",
    ),
    # a measure of time with "later" or "before" opens the sentence: the subject after it speaks, with or
    # without a comma ("Hours later, Trump", "A few minutes later they"), past a second adjunct
    row(
        "polnear-train-hours-later-comma-participle",
        "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for "
        "a long time.”",
        "Trump",
        "telling",
        "Sheldon and I have been friends for a long time.",
        not_in_source="Hours",
    ),
    row(
        "polnear-train-a-few-days-later-participle",
        "But a few days later, Trump reversed himself yet again, telling CBS that the laws on abortion “are set… And "
        "I think we have to leave it that way.”",
        "Trump",
        "telling",
        "the laws on abortion",
        not_in_source="days",
    ),
    row(
        "polnear-train-a-few-minutes-later-no-comma",
        "A few minutes later they reversed themselves, rushed everyone inside the room and said they will register "
        "voters while the caucus is under way.",
        "they",
        "said",
        "they will register voters while the caucus is under way",
        not_in_source="minutes",
    ),
    row(
        "polnear-train-the-day-before-adjunct-state-participle",
        "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence "
        "that President Obama wanted to take in 250,000 Syrian refugees.",
        "Mr. Trump",
        "claiming",
        "President Obama wanted to take in 250,000 Syrian refugees",
        not_in_source="Tex",
    ),
    # two time words before the noun ("Late last month,") open the sentence like "Last month,"
    row(
        "polnear-train-late-last-month-participle",
        "Late last month, the company wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger, "
        "calling the two lengthy investigative reports ''inaccurate and deliberately misleading.''",
        "the company",
        "calling",
        "inaccurate and deliberately misleading",
        not_in_source="month",
    ),
    # ... but a stance keeps its pronoun object, and "called the police report a hoax" names a report
    row(
        "polnear-train-endorsed-her-stance-kept",
        "Gov. Jerry Brown endorsed her on Monday.",
        "Gov. Jerry Brown",
        "endorsed",
        "her",
    ),
    row(
        "written-called-the-police-report-a-hoax",
        "Trump called the police report a hoax.",
        "Trump",
        "called",
        "the police report a hoax",
    ),
    # guards found in review: a clause after "wrote" with no "that", a finding past the pronoun, a thousands
    # separator after "added", a quotation after "called police", a comma inside the opening clause
    row(
        "written-wrote-clause-without-that",
        "She wrote lawmakers should act now.",
        "She",
        "wrote",
        "lawmakers should act now",
    ),
    row(
        "written-found-her-in-violation",
        "The Office of Special Counsel found her in violation of the Hatch Act.",
        "The Office of Special Counsel",
        "found",
        "her in violation of the Hatch Act",
    ),
    row(
        "written-added-thousands-separator",
        "The spokesman added 1,200 troops would be deployed next month.",
        "The spokesman",
        "added",
        "1,200 troops would be deployed next month",
    ),
    row(
        "written-called-police-and-quotation",
        "She called police and prosecutors “corrupt.”",
        "She",
        "called",
        "police and prosecutors",
    ),
    row(
        "written-noting-that-comma-inside-clause",
        "Noting that in March 2012, Obama carried the state easily, Tester said the race was close.",
        "Tester",
        "Noting",
        "Obama carried the state easily",
        not_in_source="Obama",
    ),
    row(
        "written-suggesting-that-the-fed-raised",
        "Suggesting that prices would rise, the Fed raised rates.",
        "the Fed",
        "Suggesting",
        "prices would rise",
        not_in_source="raised",
    ),
    # a speech participle with a clause opens the sentence; the main clause's subject said it
    row(
        "polnear-train-noting-that-C-comma-subject-added",
        "Noting that only Sen. Mark Kirk (R-Ill.) voted with Democrats on background checks, Tester added: “That’s "
        "where your problem is.”",
        "Tester",
        "Noting",
        "only Sen. Mark Kirk (R-Ill.) voted with Democrats on background checks",
    ),
    row(
        "polnear-train-declaring-that-C-comma-the-description",
        "Declaring that he alone has the leadership strength to secure the homeland and rejuvenate the economy, the "
        'billionaire real estate mogul offered himself as a "law and order" candidate.',
        "the billionaire real estate mogul",
        "Declaring",
        "he alone has the leadership strength to secure the homeland",
    ),
    row(
        "polnear-train-acknowledging-that-C-quote-comma-though",
        "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the real estate "
        "mogul’s wealth does give him a unique advantage.",
        "Allen",
        "Acknowledging",
        "Trump “says a lot of stupid stuff,”",
        absent="though",
    ),
    row(
        "polnear-train-noting-pronoun-clause-comma-name-said",
        "Noting he majored in philosophy during college, Allen said he tends to give issues more deliberation.",
        "Allen",
        "Noting",
        "he majored in philosophy during college",
    ),
    # "He's said C": the speaker is the pronoun, its "'s" the cue's "has"
    row(
        "polnear-train-hes-said-pronoun-source",
        "He's said he gets his ideas about monetary policy from a pro-gold speech in Ayn Rand's \"Atlas Shrugged\" - "
        "which, to be clear, is a work of fiction - and it shows.",
        "He",
        "said",
        "he gets his ideas about monetary policy",
        not_in_source="'s",
    ),
    # "in the past" is when, never who: the relative clause's antecedent speaks
    row(
        "polnear-train-who-in-the-past-told",
        "Zucker, who in the past has voiced the desire to run for public office, told BuzzFeed’s Smith he would "
        "still consider doing so but “love[s] what I’m doing” and has no plans to leave.",
        "Zucker",
        "told",
        "he would still consider doing so",
        not_in_source="past",
    ),
    # "blogged" is a verb of writing; the noun "blogs" is not a cue
    row(
        "polnear-train-blogged-colon-quotation",
        "Ed Krayewski blogged: “Hillary Clinton is as close to a pre-selected candidate as this cycle’ll see.”",
        "Ed Krayewski",
        "blogged",
        "a pre-selected candidate",
    ),
]

# --------------------------------------------------------------------------------------
# Written for this table: realistic news prose, one pattern each
# --------------------------------------------------------------------------------------
WRITTEN_ROWS = [
    # a word that is otherwise no speaker ("day") or ends like a participle ("Husted") is a surname when the
    # article named someone by it before
    row(
        "written-surname-that-is-a-time-word",
        "“This platform just says you are no longer welcome,” said Kristen Day, executive director of Democrats "
        "for Life.\n\nDay said the language in the platform is shrinking the party.",
        "Day",
        "said",
        "the language in the platform is shrinking the party",
        resolved="Kristen Day",
    ),
    row(
        "written-surname-ending-in-ed-then-by-saying",
        "Secretary of State Jon Husted said the state would appeal.\n\nHusted continued by saying, “We need "
        "clarity from the courts before Tuesday.”",
        "Husted",
        "saying",
        "We need clarity from the courts before Tuesday.",
        resolved="Jon Husted",
    ),
    # a passive with its agent after an "as" phrase; a time after the agent is no part of it
    row(
        "polnear-train-confirmed-as-by-agent",
        "Al-Muteiri was confirmed as another one of the plane’s passengers by the Kuwaiti Assistant Foreign "
        "Minister for Consular Affairs, Sami al-Hamad.",
        "the Kuwaiti Assistant Foreign Minister",
        "confirmed",
        "Al-Muteiri",
    ),
    row(
        "written-passive-agent-then-time",
        "The deal was confirmed by the ministry on Tuesday.",
        "the ministry",
        "confirmed",
        "The deal",
        absent="Tuesday",
    ),
    # a time before the speaker is no claim: "refused to endorse Ryan" is what he refused
    row(
        "polnear-train-on-monday-refused-to",
        "On Monday, Trump refused to endorse Ryan, in what appeared to be a tit-for-tat play on words.",
        "Trump",
        "refused",
        "to endorse Ryan",
        absent="On Monday",
    ),
    # criticism and praise by other verbs ("lambasted", "derided", "applauded") attribute their object
    row(
        "written-lambasted-object-as",
        "The governor lambasted the budget deal as a giveaway to the state's largest hospital chains.",
        "The governor",
        "lambasted",
        "the budget deal as a giveaway",
    ),
    row(
        "written-applauded-object",
        "Teachers' unions applauded the decision to delay the new exams by a year.",
        "Teachers' unions",
        "applauded",
        "the decision to delay the new exams",
    ),
    # "X said in a statement." then a quotation in the same paragraph: the quotation is what was said
    row(
        "written-said-in-a-statement-period-then-quote",
        "Sam Lau, a party spokesman, said in a statement. “There are no paper ballots to recount. The caucuses "
        "were a unique event.” Clinton still leads.",
        "Sam Lau, a party spokesman",
        "said in a statement",
        "There are no paper ballots to recount",
        resolved="Sam Lau",
    ),
    # a time or place adjunct between the cue and "that" is no part of the claim
    row(
        "written-said-after-the-game-that",
        "Lynn said after the game that the Chargers saw winning Monday night as the most important step.",
        "Lynn",
        "said",
        "the Chargers saw winning Monday night",
        absent="after the game",
    ),
    # ... but a noun with its own clause stays ("bristled at the suggestion that C")
    row(
        "written-bristled-at-the-suggestion-that",
        "Christie bristled at the suggestion that he was responsible for the change.",
        "Christie",
        "bristled",
        "at the suggestion that he was responsible for the change",
    ),
    # "when asked ... that C" after the cue: the question is no part of the answer
    row(
        "written-said-when-asked-about-that",
        "Smith told reporters when asked about the payments that he had done nothing wrong.",
        "Smith",
        "told",
        "he had done nothing wrong",
        absent="payments",
    ),
    # "her" before "said" is an object in a relative clause, not a possessive before a noun
    row(
        "written-who-verb-her-said",
        "A doctor who treated her said the injury was severe.",
        "A doctor who treated her",
        "said",
        "the injury was severe",
    ),
    # a person or group noun after "told" heard it; the clause after it is the content
    row(
        "written-told-group-noun-clause",
        "The suspect told police he had acted alone.",
        "The suspect",
        "told",
        "he had acted alone",
    ),
    row(
        "written-told-modified-person-noun-clause",
        "Smith told federal investigators the money was gone.",
        "Smith",
        "told",
        "the money was gone",
    ),
    # a sentence adverb between commas after the cue is not part of the content
    row(
        "written-insisted-comma-however-comma-that",
        "Smith insisted, however, that the deal was fair to both sides.",
        "Smith",
        "insisted",
        "the deal was fair to both sides",
        absent="however",
    ),
    # a medium with an adjective ("in a written statement", "in a fundraising email") is skipped too
    row(
        "written-said-in-a-written-statement-that",
        "The ministry said in a written statement that the border would close on Friday.",
        "The ministry",
        "said",
        "the border would close on Friday",
        absent="written statement",
    ),
    row(
        "written-said-in-a-fundraising-email-that",
        "The campaign said in a fundraising email that the election was rigged.",
        "The campaign",
        "said",
        "the election was rigged",
        absent="fundraising email",
    ),
    # the medium after the cue ("in a court filing", "in court papers") is not the content
    row(
        "written-said-in-a-court-filing-that",
        "The Justice Department said in a court filing that the documents were classified.",
        "The Justice Department",
        "said",
        "the documents were classified",
        absent="court filing",
    ),
    row(
        "written-said-in-court-papers-that",
        "Prosecutors said in court papers that the defendant had fled the country.",
        "Prosecutors",
        "said",
        "the defendant had fled the country",
        absent="court papers",
    ),
    row(
        "written-report-comma-released-by-comma-found",
        "The report, released Tuesday by the Government Accountability Office, found that costs had doubled.",
        "The report",
        "found",
        "costs had doubled",
    ),
    row(
        "written-role-comma-pleased-aside-comma-said",
        "The bill passed, and the governor, pleased with the result, said it would become law.",
        "the governor",
        "said",
        "it would become law",
    ),
    # an age after a sentence-opening name is an aside of the subject, not an inverted "C, said X"
    # (the speaker was "the plan had failed")
    row(
        "written-name-comma-age-comma-said",
        "Ms. Jones, 45, said the plan failed.",
        "Ms. Jones",
        "said",
        "the plan failed",
    ),
    row(
        "written-name-comma-age-comma-of-place-comma-said",
        "Jones, 45, of Toledo, said the plant closed in March.",
        "Jones",
        "said",
        "the plant closed in March",
    ),
    row(
        "written-name-comma-age-comma-role-comma-said",
        "Smith, 45, a teacher from Ohio, said the school closed.",
        "Smith",
        "said",
        "the school closed",
    ),
    # "X, <role> for Y, said C": the apposition opens on a role word, the speaker is X (was read as
    # an inverted "C, said X" with the source "the talks had failed")
    row(
        "written-name-comma-role-for-org-comma-said",
        "Dmitry Peskov, spokesman for the Kremlin, said the talks had failed.",
        "Dmitry Peskov",
        "said",
        "the talks had failed",
        resolved="Peskov",
    ),
    row(
        "written-name-comma-professor-of-comma-said",
        "Jane Doe, professor of law at Yale, said the ruling would be appealed.",
        "Jane Doe",
        "said",
        "the ruling would be appealed",
    ),
    row(
        "written-N-who-attended-said",
        "Two people who attended the meeting said the talks had failed.",
        "Two people who attended the meeting",
        "said",
        "the talks had failed",
    ),
    # ", who ...," after the subject is an aside, not an inverted "C, said X"
    row(
        "written-subject-comma-who-aside-comma-said",
        "The official, who spoke anonymously, said the talks had failed.",
        "The official",
        "said",
        "the talks had failed",
    ),
    # a second verb after a speech tag has the tag's speaker, though a quotation stands before the tag
    row(
        "polnear-train-quote-tag-but-added-that",
        "“I hate the term ‘Manhattan poor,’” she said, but added that after taxes, as a couple with one "
        "income and three private-school tuitions, they struggled.",
        "she",
        "added",
        "after taxes, as a couple with one income and three private-school tuitions, they struggled",
    ),
    row(
        "polnear-train-quote-tag-before-insisting",
        "“There’s great danger with the illegals,” Trump told reporters, before insisting he had a “great "
        "relationship” with Latinos.",
        "Trump",
        "insisting",
        "he had a “great relationship” with Latinos",
    ),
    row(
        "written-tag-on-day-and-then-added",
        "“We will win,” McCain said on Sunday, and then added that the polls were wrong.",
        "McCain",
        "added",
        "the polls were wrong",
    ),
    # ... and the first claim stops before "before insisting"
    row(
        "written-told-C1-before-insisting-C2",
        "Trump told reporters he would win, before insisting that the polls were wrong.",
        "Trump",
        "told",
        "he would win",
    ),
    # "family" ends in -ly but is no adverb to skip before the cue
    row(
        "written-the-family-said",
        "The family said the funeral would be held on Friday.",
        "The family",
        "said",
        "the funeral would be held on Friday",
    ),
    # a count opening the sentence ("Around 30 to 70 people") is no prepositional adjunct
    row(
        "polnear-train-count-lead-then-he-said",
        "Around 30 to 70 people would show up to each event, he said.",
        "he",
        "said",
        "Around 30 to 70 people would show up to each event",
    ),
    # an apposition of a role without an article after the name
    row(
        "written-name-comma-role-without-article-said",
        "“This is a big step toward taking on bold progressive ideas,” Adam Green, co-founder of the Progressive "
        "Change Campaign Committee, said in a statement.",
        "Adam Green",
        "said",
        "This is a big step toward taking on bold progressive ideas",
    ),
    # ... but not a clause between commas ("son Ghassan and ... had been traveling together,")
    row(
        "polnear-train-inverted-wrote-after-list-of-names",
        "Salah Abu-Laban and his wife Sahar Quaider, son Ghassan and daughter-in-law Reem As Saba’ee had been "
        "traveling together, wrote film director Osman Abu Laban, Abu-Laban’s nephew, on Facebook.",
        "Osman Abu Laban",
        "wrote",
        "had been traveling together",
    ),
    # "however" between the subject and the cue is an adverb
    row(
        "polnear-train-subject-however-said",
        "Carter however said he would welcome China’s participation in a “principled security network.”",
        "Carter",
        "said",
        "he would welcome China’s participation",
    ),
    # a subordinate clause holding the attribution ends at the comma before the main clause
    row(
        "written-though-he-said-C-comma-main-clause",
        "Though the senator said the bill would fail, it passed easily on Tuesday.",
        "the senator",
        "said",
        "the bill would fail",
        absent="passed easily",
    ),
    # a time after a trailing attribution ("two days after ...") is when, not what: the claim is before it
    row(
        "polnear-train-trailing-declared-then-two-days-after",
        "Hillary Clinton won the Missouri Democratic primary, the Associated Press declared on Thursday, two days "
        "after voters went to the polls for what had been too close to call.",
        "the Associated Press",
        "declared",
        "Hillary Clinton won the Missouri Democratic primary",
    ),
    # "concurred with" is agreeing with what someone found, like "agreed with"
    row(
        "polnear-train-officials-concurred-with-findings",
        "Pointing to the report's broad conclusions about weak records management, State Department officials "
        "concurred with the inspector general's findings and recommendations to boost staff, training, procedures "
        "and oversight.",
        "State Department officials",
        "concurred",
        "with the inspector general's findings",
    ),
    # ... but a gerund subject with its own verb before a trailing attribution is the claim
    row(
        "polnear-train-gerund-subject-then-he-said",
        "Seeing his brother suffering led him to avoid ever trying alcohol or cigarettes, he said.",
        "he",
        "said",
        "Seeing his brother suffering led him to avoid ever trying alcohol or cigarettes",
    ),
    # "is continuing to insist", "began to argue": the cue after an aspectual verb and "to" has that verb's subject
    row(
        "polnear-train-is-continuing-to-insist",
        "Hillary Clinton is continuing to insist she will release transcripts of her paid speeches to Wall Street "
        "banks only when other presidential candidates do the same.",
        "Hillary Clinton",
        "insist",
        "she will release transcripts of her paid speeches",
    ),
    row(
        "written-adverb-comma-many-will-continue-to-support",
        "Unfortunately, many veterans will continue to support the plan in the name of patriotism.",
        "many veterans",
        "support",
        "the plan",
    ),
    # a quantifier alone is who speaks (kinds guide: "some", "many" are anonymous_vague)
    row("written-many-said", "Many said the plan would fail in the Senate.", "Many", "said", "the plan would fail"),
    row("written-some-argued-that", "Some argued that the plan would fail.", "Some", "argued", "the plan would fail"),
    row(
        "polnear-train-semicolon-most-said",
        "More than nine of 10 Republicans in Tennessee and Georgia were worried about the economy; most said they "
        'were "very worried."',
        "most",
        "said",
        "they were",
    ),
    # ... but not a quantifier inside a comparison, and "maintain" with no clause is keeping
    row(
        "neg-polnear-train-as-many-references",
        "He does not make as many references to Clinton in his stump speech as he did weeks ago.",
    ),
    row(
        "neg-written-continue-to-maintain-a-lead",
        "Sanders will continue to maintain a hard-to-overtake delegate lead.",
    ),
    # a name that opens the sentence, then several asides naming roles, then the cue
    row(
        "polnear-train-name-then-long-apposition-endorsed",
        "76-year-old Morton Blackwell, founder of the Leadership Institute, YAF member in the 1960s and long time "
        "Republican National Committeeman from Virginia, endorsed Cruz last week, saying he “has consistently "
        "demonstrated his deep commitment to conservative principles.”",
        "Morton Blackwell",
        "endorsed",
        "Cruz",
        resolved="Morton Blackwell",
    ),
    # ... not after an adjunct that opens the sentence
    row(
        "polnear-train-on-saturday-name-apposition-assailed",
        "On Saturday, Senator Bernie Sanders of Vermont, a Democratic rival, assailed her for supporting the war.",
        "Bernie Sanders",
        "assailed",
        "her for supporting the war",
        resolved="Bernie Sanders",
    ),
    # appositions news writes every day: "Sanders’ campaign manager" (the possessive's apostrophe a token of
    # its own), a party tag before the role, "of course" between commas, "clad in ..." (an irregular participle)
    row(
        "written-quote-name-possessive-s-apostrophe-role-said",
        "“We will keep fighting for every delegate,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
        "Jeff Weaver",
        "said",
        "We will keep fighting for every delegate",
    ),
    row(
        "written-name-party-tag-role-without-article-said",
        "Rep. Elijah Cummings (D-Md.), chair of the party’s platform drafting committee, said Clinton did not "
        "appear concerned.",
        "Elijah Cummings",
        "said",
        "Clinton did not appear concerned",
    ),
    row(
        "written-of-course-aside-said",
        "Dow's chief executive, Andrew Liveris, of course, said that the timing was unrelated.",
        "Andrew Liveris",
        "said",
        "the timing was unrelated",
    ),
    row(
        "written-clad-in-aside-said",
        "Minnesota state delegate Mary Susan, clad in a red cape with blinking lights, said the convention could be "
        "a failure.",
        "Mary Susan",
        "said",
        "the convention could be a failure",
    ),
    # more participles without -ed that open an aside ("struck by her story", "led by"; PolNeAR train)
    row(
        "polnear-train-struck-by-aside-told",
        "Sullivan, struck by her story, told her she clearly did not need any talking points when it came to Cruz.",
        "Sullivan",
        "told",
        "she clearly did not need any talking points",
    ),
    # a written thing after the quotation it reads: "“...,” the email read.", "“...,” read the statement." (PolNeAR
    # train); a person reading aloud ("the judge read") is not a written thing
    row(
        "polnear-train-quote-then-the-email-read",
        'The campaign sent out a fundraising email on Saturday. "Our political revolution has already forced a former '
        'secretary of State to change her mind on trade," read the email.',
        "the email",
        "read",
        "Our political revolution has already forced",
    ),
    row(
        "polnear-train-quote-then-the-editorial-read",
        "“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” the "
        "editorial read.",
        "the editorial",
        "read",
        "Hillary Clinton should act like one",
    ),
    # an opening mark typed for the closing one after a comma ("“It's unusual,“ said Larry Noble"): the quotation
    # still closes there (PolNeAR train)
    row(
        "polnear-train-opening-mark-typed-as-closing-said-name",
        "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It's a hard thing to do.”",
        "Larry Noble",
        "said",
        "It's unusual",
    ),
    row(
        "polnear-train-opening-mark-typed-as-closing-he-said",
        "The Post's editor was asked whether the paper had changed. “Apparently not,“ he said. “A leopard doesn’t "
        "change its spots.”",
        "he",
        "said",
        "Apparently not",
    ),
    # where it was said and an aside about that place, then "that" (PolNeAR train)
    row(
        "polnear-train-said-on-cnn-where-aside-that",
        "Corey Lewandowski said on CNN, where he is now a paid contributor, that Manafort should be held to account "
        "if he vetted the speech.",
        "Corey Lewandowski",
        "said",
        "Manafort should be held to account",
        absent="paid contributor",
    ),
    # who joins the subject between commas ("Fields, along with Washington Post reporter Ben Terris, say C") is an
    # aside: the verb is not inverted, what follows it was said (PolNeAR train)
    row(
        "polnear-train-along-with-aside-say",
        "Fields, along with Washington Post reporter Ben Terris, say Trump’s 41-year-old campaign manager yanked her "
        "out of the way.",
        "Fields",
        "say",
        "Trump’s 41-year-old campaign manager yanked her out of the way",
    ),
    # "But even as X claimed “...,” Y said C": the quotation belongs to the subordinate clause's verb, and Y's verb
    # has its own words (PolNeAR train)
    row(
        "polnear-train-but-even-as-claimed-quote-then-said",
        "But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of the former "
        "prosecutors for David Petraeus said the two cases were quite different.",
        "one of the former prosecutors for David Petraeus",
        "said",
        "the two cases were quite different",
        absent="far less",
    ),
    # an "-ed" adjective before a name whose place follows ("undecided Republican voter Stephanie Hooton of Derry")
    # is a speaker (PolNeAR train)
    row(
        "polnear-train-said-undecided-voter-name-of-place",
        '"I don\'t know exactly where he stands on that," said undecided Republican voter Stephanie Hooton of Derry, '
        "N.H., before the barn event.",
        "undecided Republican voter Stephanie Hooton",
        "said",
        "I don't know exactly where he stands on that",
    ),
    # an apposition that names a role modified by a name, then the person ("longtime Hillary Clinton aide Huma
    # Abedin"): the subject and its apposition speak (PolNeAR train)
    row(
        "polnear-train-apposition-name-modified-role-then-name",
        "First his wife, longtime Hillary Clinton aide Huma Abedin, announced they were separated.",
        "his wife, longtime Hillary Clinton aide Huma Abedin",
        "announced",
        "they were separated",
    ),
    # a parenthetical tag between a plural subject and its verb ("Democrats, Frank notes, applaud C"): "notes" is
    # the tag's verb, and the claim is both parts (PolNeAR train)
    row(
        "polnear-train-plural-subject-tag-notes-verb",
        "Thomas Frank wrote a book about the party. Democrats, Frank notes, applaud the shrewd technocratic "
        "management of the first black governor of Massachusetts.",
        "Frank",
        "notes",
        "applaud the shrewd technocratic management",
    ),
    # an opening phrase whose adjectives are split by a comma ("In a wide-ranging, in-prison interview ..., Lazar
    # said C and added, “D”"): the second verb after "and" still has the main clause's subject (PolNeAR train)
    row(
        "polnear-train-opening-phrase-adjective-comma-and-added",
        "In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed "
        'extradition to the United States and added, "I\'ll plead guilty, no problem."',
        "Lazar",
        "added",
        "I'll plead guilty, no problem",
    ),
    # a second verb inside an opening "When" clause has that clause's subject, and its content ends where the main
    # clause begins, even at a quotation's comma (PolNeAR train)
    row(
        "polnear-train-when-clause-and-said-quote-comma-main-clause",
        'When Trump later referred to the recent massacre at a gay nightclub in Orlando and said he would "protect '
        'our LGBTQ citizens," the crowd applauded loudly.',
        "Trump",
        "said",
        "he would",
        absent="the crowd applauded",
    ),
    # a title in doubled apostrophes ending the lead (''Prison Break,'') before a trailing tag: the lead is the
    # claim, as after curly marks (PolNeAR train)
    row(
        "polnear-train-doubled-apostrophe-title-then-trailing-tag",
        "The French, it turns out, are big fans of ''Prison Break,'' Mr. Madden said.",
        "Mr. Madden",
        "said",
        "are big fans of",
    ),
    # a year after "from" dates the noun before it, which speaks ("As another Pew study from 2011 noted, C")
    # (PolNeAR train)
    row(
        "polnear-train-as-study-from-year-noted",
        "As another Pew study from 2011 noted, the average age of Latinos born in California was 18.",
        "another Pew study from 2011",
        "noted",
        "the average age of Latinos born in California was 18",
    ),
    # "vows to" before a quoted infinitive is a verb ("she vows to “defend the Affordable Care Act”") (PolNeAR train)
    row(
        "polnear-train-vows-to-quoted-infinitive",
        "On the health care page, she vows to “defend the Affordable Care Act (ACA) against Republican efforts to "
        "repeal it.”",
        "she",
        "vows",
        "defend the Affordable Care Act",
    ),
    # ", and he raised them again", ", but he pressed Clinton": a new clause with a pronoun subject and its own verb
    # ends the content before it (PolNeAR annotates the second act apart) (PolNeAR train)
    row(
        "polnear-train-comma-and-he-verb-ends-the-content",
        "Mr. Lew stressed those worries on Sunday at a university forum in Beijing, and he raised them again at the "
        "opening of the talks.",
        "Mr. Lew",
        "stressed",
        "those worries on Sunday",
        absent="raised them again",
    ),
    row(
        "polnear-train-comma-but-he-pressed-is-its-own-claim",
        "He said there had been some “good gains” in the pursuit of a more progressive platform, but he pressed "
        "Clinton to do more if she wanted to win over his supporters.",
        "he",
        "pressed",
        "Clinton to do more",
    ),
    # "cast X as Y" depicts (PolNeAR train annotates 17 of its 25 uses); "cast doubt", "cast ballots" do not
    row(
        "polnear-train-cast-himself-as",
        "Throughout his remarks, Trump cast himself as a change agent and Clinton as a guardian of the status quo.",
        "Trump",
        "cast",
        "himself as a change agent",
    ),
    row(
        "polnear-train-cast-object-as",
        "He wrought turmoil in the Middle East and cast the former secretary of state as a favor-trading, "
        "self-enriching agent of overseas powers.",
        "He",
        "cast",
        "the former secretary of state as a favor-trading",
    ),
    row(
        "polnear-train-cast-their-votes-for",
        "Hundreds cast their votes for other candidates as questions nag campaign.",
        "Hundreds",
        "cast",
        "their votes for other candidates",
    ),
    # ", citing Canada's efforts to ...": what a named owner did is a reason given, a claim of its own (a cited
    # source, "citing Reuters", folds into the claim's chain instead)
    row(
        "polnear-train-citing-a-possessive-reason",
        "But Rubio only briefly explained the general utility of increasing the number of H-1B visas, citing "
        "Canada's efforts to lure American companies who want more hiring freedom.",
        "Rubio",
        "citing",
        "Canada's efforts to lure American companies",
    ),
    row(
        "polnear-train-said-citing-a-possessive-reason",
        "“This is not a hard race,” he said, citing Trump’s blue-collar appeal and Hillary Clinton’s unpopularity.",
        "he",
        "citing",
        "Trump’s blue-collar appeal",
    ),
    # "at one point calling C": a thing ("one point") calls no one; the last subject pronoun does
    row(
        "polnear-train-participle-after-a-thing-takes-the-pronoun",
        "Gov. Chris Christie made revitalizing Atlantic City a priority in his first term, but the effort stalled, "
        "and he has battled with Guardian over how best to stabilize the city's finances, at one point calling the "
        'mayor a "liar" who was not "honorable."',
        "he",
        "calling",
        'the mayor a "liar"',
        not_in_source="point",
    ),
    # where a name spoke, between the name and the cue, is not part of the source: "Trump in his announcement
    # speech called", "Obama on a hot mic both offered" (a web page); "Many in the crowd said" is a part of those there
    row(
        "polnear-train-name-then-setting-then-cue",
        "The rejection of the party’s received wisdom was complete when Trump in his announcement speech called "
        "undocumented immigrants from Mexico “rapists.”",
        "Trump",
        "called",
        "undocumented immigrants from Mexico",
        not_in_source="speech",
    ),
    row(
        "web-name-on-a-hot-mic-both-offered",
        "Yet our shocked State Department experts somehow cannot explain why they were abjectly silent when Obama on "
        "a hot mic both offered the Russians a disturbing quid pro quo and then followed through on it.",
        "Obama",
        "offered",
        "the Russians a disturbing quid pro quo",
        not_in_source="mic",
    ),
    row(
        "polnear-train-many-in-the-crowd-said-keeps-the-crowd",
        "Many in the crowd said the senator from Vermont was the only candidate they trusted.",
        "Many in the crowd",
        "said",
        "the senator from Vermont was the only candidate they trusted",
    ),
    row(
        "polnear-train-setting-stops-at-a-conjunction",
        "For months, Cruz had effusively praised Trump, stating there was a benefit to having the New Yorker in the "
        "race and chiding the media for “the little game” of pitting Republicans against one another.",
        "Cruz",
        "chiding",
        "the media for",
    ),
    # a possessive pronoun owns a statement noun before "that" ("his warning that C"); after it, "charges" is a
    # plural noun, not a verb whose subject runs back over the sentence (a web page's source "their chagrin in the
    # end boils down to their empty")
    row(
        "web-possessive-pronoun-plural-statement-noun",
        "And their chagrin in the end boils down to their empty charges that Trump is appeasing Russia at the "
        "expense of the Kurds and Ukraine.",
        "their",
        "charges",
        "Trump is appeasing Russia",
        not_in_source="chagrin",
    ),
    row(
        "polnear-train-possessive-pronoun-suggestion-that",
        "Republicans on Capitol Hill have been scrambling to distance themselves from Trump’s comments — and from his "
        "suggestion that a federal judge can’t be impartial because of his or her heritage or religion — while, "
        "somewhat awkwardly, still standing by the real estate mogul as their presidential nominee.",
        "his",
        "suggestion",
        "a federal judge can’t be impartial",
    ),
    # ... but after a possessive's noun an -s form is the verb: "her financial disclosure suggests C"
    row(
        "polnear-train-possessive-noun-then-verb",
        "Fiorina delivered a pair of $48,000 speeches in October — one to AT&T and another to Young Presidents "
        "Organization, a business executives’ group — though her financial disclosure suggests she diverted the fees "
        "to charity.",
        "her financial disclosure",
        "suggests",
        "she diverted the fees to charity",
    ),
    # names after a preposition in a description name others: "a protégé of John Bolton and Dick Cheney" is not
    # Cheney (a web page resolved the whistleblower's claim to him)
    row(
        "web-apposition-description-of-named-people",
        "The Bush-era whistleblower, a protégé of John Bolton and Dick Cheney, would then have claimed that he was "
        "told by an anonymous NSC leaker that Obama in the call had confirmed his prior promise.",
        "whistleblower",
        "claimed",
        "he was told by an anonymous NSC leaker",
        resolved="whistleblower",
    ),
    # "the Florida senator" is not the senator last named near another state ("Sen. Joni Ernst, R-Iowa")
    row(
        "polnear-train-place-before-title-is-not-a-senator-of-another-state",
        "Marco Rubio, who is third in many Iowa Republican polls, stressed defense issues and Supreme Court "
        "appointments during an appearance with Sen. Joni Ernst, R-Iowa.\n\nThe Florida senator told reporters he "
        "feels good about his campaign in Iowa.",
        "The Florida senator",
        "told",
        "he feels good about his campaign in Iowa",
        resolved="Florida senator",
    ),
    # a lone first name of one sex ("Elise", after "Elise Matthesen") is no antecedent of "he" (a web page; "Mike"
    # alone is not read as Mike Ford, so "he" stays unresolved: a resolver that finds him should change this row)
    row(
        "web-he-is-not-the-woman-named-by-her-first-name",
        "When I got word that a deal had finally been struck, I immediately thought of Elise Matthesen. Lacking the "
        "legal rights to Mike Ford’s work, how would she feel about all of this?\n\nIn 1997, Elise wrote, she "
        "interviewed Mike for a convention. She put to him a prompt that had long been bouncing around in her head: "
        "I’m going to die. Tell me a story.\n\n“No,” he said. “No. You tell me one, and when you’re gone, I’ll tell "
        "it to somebody else.”",
        "he",
        "said",
        "You tell me one",
        resolved="(“he”)",
    ),
    row(
        "web-he-skips-a-lone-female-first-name",
        "When I got word that a deal had finally been struck, I immediately thought of Elise Matthesen.\n\n"
        "In 1997, Elise wrote, she interviewed Mike Ford for a convention.\n\n"
        "“No,” he said. “No. You tell me one.”",
        "he",
        "said",
        "No",
        resolved="Ford",
    ),
    # a name made of common words ("Iceberg Passages", a phrase in capitals) is no antecedent while a person is
    # named in the same sentence (a web page resolved "she" to it)
    row(
        "web-pronoun-skips-a-name-of-common-words",
        "Inference, close reading, and faith that the author knows what he’s doing are essential for navigating these "
        "moments, which I came to think of as Iceberg Passages, after the novelist Jo Walton explained them to me. "
        "“You’re only seeing the tenth of the iceberg that’s out of the water in every novel,” she said.",
        "she",
        "said",
        "You’re only seeing the tenth of the iceberg",
        resolved="Jo Walton",
    ),
    # "And as X pointed out, C": a conjunction may open the sentence before an "as" aside (PolNeAR train)
    row(
        "polnear-and-as-x-pointed-out-c",
        "And as Menendez pointed out, SCOTUS rulings and new legislation have real, lasting impact on real women, "
        "most of whom are far removed from the country’s political apparatus.",
        "Menendez",
        "pointed out",
        "SCOTUS rulings and new legislation have real, lasting impact on real women",
    ),
    # "- C, as she said at the outset -": a time after the cue is no claim; the aside opens at its dash
    row(
        "polnear-c-as-she-said-at-the-outset",
        "Yet in their first joint campaign appearance on Monday, in the city where both claim roots - Mrs. "
        "Clinton's father also grew up here, as she said at the outset - any lingering rancor was well concealed.",
        "she",
        "said",
        "Mrs. Clinton's father also grew up here",
        absent="Yet in their first joint campaign",
    ),
    # an unclosed quotation stops where an inverted tag names its speaker (", said Kessel"), as it does before
    # ", Lavrov told reporters" (PolNeAR train: the closing mark is missing in the text)
    row(
        "polnear-unclosed-quote-stops-at-inverted-said-name",
        "\"There wasn't a lot of education to adoptive parents in the earlier time about naturalizing their children "
        "or even what papers to keep, said Kessel, whose organization is helping push for bills in the House and "
        "Senate.",
        "Kessel",
        "said",
        "There wasn't a lot of education to adoptive parents in the earlier time",
    ),
    # a cue that needs a clause has one when a short object, a colon and a quotation follow it (PolNeAR train)
    row(
        "polnear-reveals-object-colon-quotation",
        "Politico reveals a few relevant facts: “Of its 76,981 registered voters, according to data from the Vigo "
        "County Voter Registration Office, 30,290 are Democrats, and 10,280 are Republican.”",
        "Politico",
        "reveals",
        "Of its 76,981 registered voters",
    ),
    # "goes on to say": the verb after "went on to"/"goes on to" is the cue, and the subject of "goes" its speaker
    row(
        "polnear-goes-on-to-say-colon-quotation",
        "The email goes on to say: “Trump wants to literally write racism into our law books … his Islamaphobia "
        "doesn’t reflect our nation’s values — it goes far enough to damage our country’s reputation and could even "
        "threaten our national security.”",
        "The email",
        "say",
        "Trump wants to literally write racism into our law books",
    ),
    # "that evening" between the subject and its cue is a time, like "on Monday" (PolNeAR train)
    row(
        "polnear-subject-that-evening-backed",
        "A second CIA officer at Benghazi that evening backed Bob's account.",
        "A second CIA officer",
        "backed",
        "Bob's account",
    ),
    # a "which" clause whose cue has no object of its own: the relative pronoun is what the speaker opposed, and
    # the clause before it ends at its comma (PolNeAR train)
    row(
        "polnear-which-mr-putin-vehemently-opposed",
        "Mr. Yanukovych went against Mr. Manafort's advice and refused to sign the trade agreement, which Mr. Putin "
        "vehemently opposed.",
        "Mr. Putin",
        "opposed",
        "which",
    ),
    row(
        "polnear-which-he-has-denied-and-which",
        "Mr. Trump also opens himself up to criticism about his own personal life, including allegations that he "
        "assaulted Ivana Trump, which he has denied and which the former Mrs. Trump has played down.",
        "he",
        "denied",
        "which",
    ),
    # the writer quoting their own words ('“I am not shy,” I said.'): a source on the record, named as the writer,
    # not the last person quoted (PolNeAR train, a first-person account)
    row(
        "polnear-writer-quotes-own-words-i-said",
        "I also wanted to address the judge’s apparent concern that I was not contrite over my misdeeds. “I am not "
        "shy,” I said. “I have not been reluctant to express my views in public.",
        "I",
        "said",
        "I am not shy",
        resolved="the writer",
    ),
    # an opening phrase with no comma after it ends where the subject's name begins (a web page)
    row(
        "web-prior-to-launch-google-promised",
        "Prior to launch Google promised players would be able to tap into powerful 10.7 teraflop hardware, allowing "
        "anybody to play games at 4k and 60fps on high settings, but the reality seems to be somewhat different.",
        "Google",
        "promised",
        "players would be able to tap into powerful 10.7 teraflop hardware",
        not_in_source="Prior",
        # ", but the reality seems": a new clause with a subject of its own, the writer's comment
        absent="the reality seems",
    ),
    # ... but a title's word before a name is no end of the phrase ("After former California Gov. Jerry Brown")
    row(
        "polnear-after-former-gov-name-criticized",
        "After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I "
        "suppose I could have chosen to bake cookies and have teas, but I chose to fulfill my profession.”",
        "former California Gov. Jerry Brown",
        "criticized",
        "Bill Clinton",
    ),
    # a letter after a digit is no initial: "in native 4K. Google confirmed" names Google, not "K. Google"
    row(
        "web-4k-then-google-is-no-initial",
        "According to The Verge’s Stadia review, the streaming platform does not run its showcase launch title "
        "Destiny 2 in native 4K. Google confirmed this in a statement.",
        "Google",
        "confirmed",
        "this",
        resolved="Google",
        not_in_source="K.",
    ),
    # the role in an apposition after a name is one of the person's titles: "who" after "the Chamber's chief
    # political strategist" is Scott Reed (PolNeAR train)
    row(
        "polnear-apposition-role-is-a-title-who-added",
        "\"We think early money sets the terms of the debate, and we're gearing up,\" said Scott Reed, the Chamber's "
        'chief political strategist, who added that his organization plans to zero in on local issues "like folks are '
        'running for sheriff."',
        "who",
        "added",
        "his organization plans to zero in on local issues",
        resolved="Scott Reed",
    ),
    # transcript turns: "JAKE TAPPER:" names the interviewer, and "Governor Mary Fallin" names Fallin even after
    # "Governor" (PolNeAR train, a partial transcript)
    row(
        "polnear-transcript-turn-fallin",
        FALLIN_TRANSCRIPT,
        "FALLIN",
        ":",
        "Well, I think the whole nation needs to work together",
        resolved="Fallin",
    ),
    # ... and "TAPPER:" is Jake Tapper, named only in the capitals of the first label (it was typed institution, an
    # acronym)
    row(
        "polnear-transcript-turn-tapper-named-in-capitals",
        FALLIN_TRANSCRIPT,
        "TAPPER",
        ":",
        "Do you think Donald Trump has campaigned as a racial healer?",
        resolved="Jake Tapper",
    ),
    # a surname's first person opening on a word that is no name ("Wisconsin Trump" in the headline's run) gives way
    # to a later one opening on a first name ("Donald Trump") (PolNeAR train)
    row(
        "polnear-surname-resolves-past-a-headline-run",
        "Teen girl pepper-sprayed in scuffle outside Wisconsin Trump rally.\n\nAs GOP front-runner Donald Trump "
        "prepared to speak to supporters in Wisconsin on Tuesday, a 15-year-old girl outside the venue was "
        "pepper-sprayed by another bystander, police said.\n\nTrump dismissed Wisconsin Gov. Scott Walker as an "
        "ineffective leader.",
        "Trump",
        "dismissed",
        "Wisconsin Gov. Scott Walker as an ineffective leader",
        resolved="Donald Trump",
    ),
    # "who" after "from Englewood, New Jersey,": the state closes a place; the apposition before it names the man
    # (PolNeAR train: "who" was typed as New Jersey, an institution)
    row(
        "polnear-who-after-city-comma-state",
        "“He said, ‘Trust me, I’ll do good for you.’ That may be of concern to people in the community,” said Alan "
        "Berger, a gynecologist from Englewood, New Jersey, who said he is friendly with Trump’s Jewish in-laws the "
        "Kushners but took issue with his reluctance to affirm his support for a united Jerusalem.",
        "who",
        "said",
        "he is friendly with Trump’s Jewish in-laws the Kushners",
        resolved="Alan Berger",
    ),
    # a mention's surname index prefers the person whose run opens on a name: "Then Brafman" (a sentence's
    # capitalised run) is not who "Brafman" is; "Ben Brafman", named later, is (paragraphs of one PolNeAR train
    # article)
    row(
        "polnear-surname-index-skips-then-brafman",
        "Then Brafman exposed the government’s below-the-belt tactics.\n\n"
        "A second view, which I share, is that Judge Berman initially planned to give me prison time but was "
        "largely swayed by Ben Brafman.\n\n"
        "Brafman said, “The zeal with which this case was brought from in- ception to the Southern District is "
        "uncharacteristic of any case that we have found.”",
        "Brafman",
        "said",
        "The zeal with which this case was brought",
        resolved="Ben Brafman",
    ),
    # a headline's question opens on "Is", no first name: "Sanders" later is Bernie Sanders (PolNeAR train, 9 claims
    # were resolved to "Is Sanders")
    row(
        "polnear-is-sanders-headline-is-no-name",
        "Is Sanders finally connecting with minority voters?\n\n"
        "CHICO, Calif. - Bernie Sanders first touched down in California 10 months ago, and close to 28,000 people "
        "filled the Los Angeles Memorial Sports Arena to see him.\n\n"
        'But that changed when one voter brought up immigration. She asked Sanders about the "2 million-plus" people '
        "deported under the Obama administration and about deportations to come. He started his answer with a story "
        "about his parents, immigrants from Poland.\n\n"
        '"Anyone been there?" he asked.',
        "he",
        "asked",
        "Anyone been there?",
        resolved="Bernie Sanders",
    ),
    # two named people joined by "and" speak together: the claim rests on both, named in full (PolNeAR train: it
    # was resolved to John Bolton alone)
    row(
        "polnear-bolton-and-gorka-both-named",
        "Bolton and Gorka Slam ‘Neocons For Hillary.’\n\n"
        "Former U.N. Ambassador John Bolton and Breitbart News National Security editor Dr. Sebastian Gorka both "
        "denounced the nascent “Neocons For Hillary” movement in their Breitbart News Daily on SiriusXM appearances "
        "Thursday morning.\n\n"
        "Bolton and Gorka were both sternly critical of Republicans who suggest Hillary Clinton might be preferable on "
        "foreign policy issues to Donald Trump, or that Clinton would represent a substantial change from President "
        "Obama’s disastrous policies.",
        "Bolton and Gorka",
        "critical of",
        "Republicans who suggest Hillary Clinton might be preferable",
        resolved="John Bolton and Sebastian Gorka",
    ),
    # a share of a poll's respondents answers on its own (constructions.poll_shares): ", with 50 percent saying C",
    # "compared with the 30 percent who say C" (PolNeAR train gives each its own attribution; a "who say" share after
    # a poll, a survey or voters named before it); the claim before ends at the share
    row(
        "polnear-poll-with-share-saying",
        "Voters still view Mrs. Clinton as vastly more prepared for the job - with 50 percent saying she is prepared, "
        "compared with the 30 percent who say the same about Mr. Trump.",
        "50 percent",
        "saying",
        "she is prepared",
        absent="30 percent",
    ),
    row(
        "polnear-poll-compared-with-share-who-say",
        "Voters still view Mrs. Clinton as vastly more prepared for the job - with 50 percent saying she is prepared, "
        "compared with the 30 percent who say the same about Mr. Trump.",
        "30 percent",
        "say",
        "the same about Mr. Trump",
    ),
    row(
        "polnear-poll-share-said-yes-before-comparison",
        "Asked if her email practices were illegal, 46 percent of voters said yes, compared with 23 percent who said "
        "using a private server was improper but not illegal.",
        "46 percent of voters",
        "said",
        "yes",
        absent="23 percent",
    ),
    row(
        "polnear-poll-and-another-share-who-say",
        "Florida’s Cuban Americans, 82 percent of whom view Trump unfavorably according to the poll, have a dominant "
        "political presence in South Florida, one that Republicans have depended on to counter the large numbers of "
        "Democrats in the region. But changing demographics — and Trump’s controversial candidacy — could shift the "
        "tides this cycle, with 47 percent of Cuban Americans saying they will certainly support Hillary Clinton over "
        "Trump, who garnered certain support from only 15 percent and another 12 percent who say they might vote for "
        "him.",
        "another 12 percent",
        "say",
        "they might vote for him",
    ),
    row(
        "polnear-poll-share-preferring",
        'While those surveyed said former Florida governor Jeb Bush has the "best experience," Trump is the '
        "candidate Republican voters trust most to deal with terrorism, with 42% preferring the current front-runner.",
        "42%",
        "preferring",
        "the current front-runner",
    ),
    # "Several candidates, including Trump, said": the named member speaks (speakers._named_examples)
    row(
        "polnear-group-including-named-member",
        "Several candidates, including Trump, said the United States should either refuse to take more Syrian "
        "refugees or take measures to tighten U.S. screening.",
        "Trump",
        "said",
        "the United States should either refuse to take more Syrian refugees",
        resolved="Trump",
    ),
    # a plural of people keeps its place or body after a preposition ("protest organizers in Cleveland"), as
    # "officials in Ohio" (speakers._people_plural; the source was "Cleveland")
    row(
        "polnear-people-plural-keeps-its-place",
        "But protest organizers in Cleveland say that by imposing strict rules to contain demonstrators, the city is "
        "only increasing the likelihood that unsanctioned protests will erupt, leading to violent clashes with the "
        "police or between Trump supporters and opponents.",
        "protest organizers in Cleveland",
        "say",
        "the city is only increasing the likelihood",
    ),
    # "at least a dozen members of Congress": a count opened by a preposition is the subject, not a verb phrase to
    # cut at its "of" (speakers.counted; the source was "Congress", and the claim was lost inside the one before)
    row(
        "polnear-count-at-least-a-dozen-after-but",
        "Clinton didn’t stop to answer any questions from press, but at least a dozen members of Congress told The "
        "Huffington Post she thinks the House is within reach.",
        "at least a dozen members of Congress",
        "told",
        "she thinks the House is within reach",
    ),
    # a subject pronoun takes no modifier, a capitalised one neither ("Although in September she said": the source
    # was "September she"); a subordinate clause with a time before its subject ends at the comma before the main
    # clause's time and subject (", at the town hall this week she said C2")
    row(
        "polnear-although-in-month-she-said",
        "Although in September she said her decision to use the private account was a mistake, at the town hall this "
        'week she said she did not believe it amounted to "an error in judgement."',
        "she",
        "said",
        "her decision to use the private account was a mistake",
        absent="town hall",
        not_in_source="September",
    ),
    row(
        "polnear-although-main-clause-after-time",
        "Although in September she said her decision to use the private account was a mistake, at the town hall this "
        'week she said she did not believe it amounted to "an error in judgement."',
        "she",
        "said",
        "she did not believe it amounted to",
        absent="private account",
    ),
    # ", but late Saturday he announced C2": a time between the conjunction and the subject is in neither claim
    row(
        "polnear-but-late-saturday-he-announced",
        "Sanders initially defended his vote, but late Saturday he announced he supported legislation to repeal the "
        "bill.",
        "he",
        "announced",
        "he supported legislation to repeal the bill",
        resolved="Sanders",
        not_in_source="Saturday",
    ),
    # a sentence adverb before the subject is no part of the speaker ("Now Bloomberg says"; sources.json
    # subject_lead_adverbs), nor of the names index ("Now Donald Trump" was a person's name)
    row(
        "polnear-now-before-subject",
        "Former New York Mayor Michael Bloomberg is weighing a run. Now Bloomberg says he's so distressed by the tone "
        'of the presidential campaign -- "an outrage and an insult to voters" -- that he\'s considering what he so '
        "categorically dismissed.",
        "Bloomberg",
        "says",
        "he's so distressed by the tone of the presidential campaign",
        resolved="Michael Bloomberg",
        not_in_source="Now",
    ),
    # "Ultimately, Mr. Yanukovych disregarded ... and refused C": the second verb's subject is past the adverb's comma
    row(
        "polnear-ultimately-comma-and-second-verb",
        "Ultimately, Mr. Yanukovych disregarded Mr. Manafort's advice and refused to sign the trade agreement, which "
        "Mr. Putin vehemently opposed.",
        "Yanukovych",
        "refused",
        "to sign the trade agreement",
    ),
    # evidence that finds something speaks with a noun phrase (attribute._person_found_a_thing leaves it)
    row(
        "polnear-survey-found-a-lead",
        "A survey by the organization in March found Mrs. Clinton with a lead of 48 percent to 41 percent over Mr. "
        "Sanders.",
        "A survey by the organization",
        "found",
        "Mrs. Clinton with a lead of 48 percent to 41 percent",
    ),
    # "said another Twitter user": an inverted speaker opening on "another"; a double hyphen is a dash
    row(
        "written-quote-said-another-user",
        "“We're anxious,” said another Twitter user, Johanna Bayer.",
        "another Twitter user",
        "said",
        "We're anxious",
    ),
    row(
        "written-double-hyphen-apposition-with-relative-clause",
        "A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the "
        "president offered no changes to his strategy.",
        "John McCain",
        "said",
        "the president offered no changes to his strategy",
        resolved="John McCain",
    ),
    row(
        "written-about-four-out-of-10-voters-said",
        "About four out of 10 voters said life for the next generation would be worse than life today.",
        "About four out of 10 voters",
        "said",
        "life for the next generation would be worse",
    ),
    # a show's title in quotation marks before the speaker is not what the speaker said
    row(
        "polnear-train-on-channel-show-title-then-name-said",
        "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Democratic presidential "
        "candidate Hillary Clinton’s “judgment” and “honesty” are in question.",
        "Darrell Issa",
        "said",
        "Democratic presidential candidate Hillary Clinton’s “judgment” and “honesty” are in question",
    ),
    # a place after the cue and before the quotation is where, not what
    row(
        "polnear-train-as-name-said-in-place-comma-quote",
        "As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”",
        "Michael Dell",
        "said",
        "Israel is the center of the digital future.",
    ),
    # an "as" clause holding the attribution: the claim is the rest of the sentence
    row(
        "polnear-train-comma-as-name-noted-in-outlet",
        "It doesn’t help that invoking the specters of Weimar Germany and Zimbabwe is a classic right-wing scare "
        "tactic, as David Dayen noted in The Intercept.",
        "David Dayen",
        "noted",
        "invoking the specters of Weimar Germany and Zimbabwe is a classic right-wing scare tactic",
    ),
    row(
        "written-as-the-senator-noted-comma-clause",
        "As the senator noted on Tuesday, the bill has no votes in committee.",
        "the senator",
        "noted",
        "the bill has no votes in committee",
    ),
    row(
        "written-as-he-said-C-comma-main-clause",
        "As Trump said the plan would fail, the crowd cheered.",
        "Trump",
        "said",
        "the plan would fail",
        absent="crowd cheered",
    ),
    # a gerund inside the claim of a finite verb that holds it in turn is a noun
    row(
        "polnear-train-sort-of-opining-cnn-claimed",
        "This sort of opining, CNN claimed, violates its code of journalistic practices.",
        "CNN",
        "claimed",
        "violates its code of journalistic practices",
    ),
    # an aside describing the organisation named before it ("of Berenberg, Germany's largest private bank,")
    row(
        "polnear-train-name-of-org-comma-org-description-warned",
        "Holger Schmieding of Berenberg, Germany's largest private bank, warned that a terror attack strengthens "
        "the case for closer cooperation.",
        "Holger Schmieding",
        "warned",
        "a terror attack strengthens the case for closer cooperation",
    ),
    # "called" + a possessive is calling something something, not naming ("a group called Occupy DNC")
    row(
        "polnear-train-campaign-called-possessive-report-a",
        "Sanders’ campaign called AP’s report a “rush to judgment,” because superdelegates can change their mind "
        "until the July 25 vote.",
        "Sanders’ campaign",
        "called",
        "AP’s report a “rush to judgment,”",
    ),
    # a plural noun that could be a cue, interrupted by a parenthetical tag, is the claim's subject
    row(
        "polnear-train-cost-estimates-he-added-were",
        "Cost estimates, he added, were “based on a prototype detention facility.”",
        "he",
        "added",
        "were “based on a prototype detention facility",
    ),
    # a place and a time after the recipient, before the quotation
    row(
        "polnear-train-told-reporters-in-place-last-week-quote",
        "Christie told reporters in Nashua last week, \"I've said to you all along that I could feel things "
        'happening here on the ground."',
        "Christie",
        "told",
        "I've said to you all along that I could feel things happening here on the ground.",
    ),
    # the recipient before a pronoun with its auxiliary ("she’s", "he’d") is no part of the claim
    row(
        "polnear-train-headline-tells-voters-shes-with-them",
        "Hillary Clinton tells voters she’s with them.\n\nCOLUMBIA, S.C. (AP) — The rally was held on Monday.",
        "Hillary Clinton",
        "tells",
        "she’s with them",
        absent="voters",
    ),
    # "after, according to him, C": the clause the subordinator opens is what the parenthesis attributes
    row(
        "polnear-train-after-comma-according-to-him-comma-clause",
        "He crossed the border more than 30 years ago after, according to him, Mexico’s powerful Televisa network "
        "censured his first report.",
        "him",
        "according to",
        "Mexico’s powerful Televisa network censured his first report",
        absent="crossed the border",
    ),
    # an age after the name, and an aside in brackets, stand between the speaker and the verb
    row(
        "polnear-train-name-age-who-clause-told-me",
        "Jacob Shiansky, 24, who was visiting Manhattan from South Carolina, told me this week that he couldn't "
        "remember his Twitter password.",
        "Jacob Shiansky",
        "told",
        "he couldn't remember his Twitter password",
    ),
    row(
        "polnear-train-name-bracket-aside-says",
        "But Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he "
        "was unfocused, a bit adrift, in the weeks after being elected.",
        "Chris Murphy",
        "says",
        "he was unfocused",
    ),
    # "since" between the auxiliary and the cue, as "both" ("have both urged")
    row(
        "polnear-train-she-has-since-said-that",
        "She has since said that she attended because she thought it would be fun.",
        "She",
        "said",
        "she attended because she thought it would be fun",
    ),
    # a named place or publication between the cue and "that" is not the content
    row(
        "written-writes-in-publication-that",
        "Jonah Goldberg writes in National Review that Trump is no conservative.",
        "Jonah Goldberg",
        "writes",
        "Trump is no conservative",
        absent="National Review",
    ),
    row(
        "written-said-in-place-that",
        "Clinton said in Ohio that she was thrilled to receive the endorsement.",
        "Clinton",
        "said",
        "she was thrilled to receive the endorsement",
        absent="Ohio",
    ),
    # ", conducted by X," after the subject is a participle aside, not an inverted "C, finds X"
    row(
        "polnear-train-subject-participle-aside-finds",
        "The survey, conducted by the Public Policy Institute of California, finds Clinton with only a small "
        "lead over Sanders, 46 percent to 39 percent.",
        "The survey",
        "finds",
        "Clinton with only a small lead over Sanders, 46 percent to 39 percent",
    ),
    row(
        "written-subject-participle-aside-says",
        "The report, released by the inspector general on Tuesday, says the agency failed to act.",
        "The report",
        "says",
        "the agency failed to act",
    ),
    # the head before "who" is an object here: the subject of "said" is Trump
    row(
        "written-object-who-clause-not-speaker",
        "Trump thanked the voters who came and said he would win the state.",
        "Trump",
        "said",
        "he would win the state",
    ),
    # a sentence opening on "After saying C," attributes C to the main clause's subject
    row(
        "written-after-saying-C-comma-subject",
        "After saying the economy was strong, the senator left the room without taking questions.",
        "the senator",
        "saying",
        "the economy was strong",
    ),
    row(
        "written-after-telling-recipient-that-C-quote-comma",
        "After telling reporters that the deal was “dead and buried,” Smith walked out of the hearing.",
        "Smith",
        "telling",
        "the deal was “dead and buried",
    ),
    row(
        "written-a-spokeswoman-for-X-comma-Name-comma-said",
        "A spokeswoman for the ministry, Maria Zakharova, said Moscow would respond to any new sanctions.",
        "Maria Zakharova",
        "said",
        "Moscow would respond to any new sanctions",
    ),
    row(
        "written-curly-quote-said-title-name-inverted",
        "“We will not accept any preconditions,” said Foreign Minister Sergei Lavrov.",
        "Sergei Lavrov",
        "said",
        "We will not accept any preconditions",
    ),
    row(
        "written-X-said-colon-curly-quote",
        "Defense Minister Takeshi Iwaya said: “The deployment will go ahead as planned.”",
        "Takeshi Iwaya",
        "said",
        "The deployment will go ahead as planned.",
    ),
    row(
        "written-according-to-institution-comma-C",
        "According to the Defense Ministry, two Russian bombers flew close to Japanese airspace on Tuesday.",
        "the Defense Ministry",
        "according to",
        "two Russian bombers flew close to Japanese airspace on Tuesday",
    ),
    row(
        "written-short-name-Peskov-added-resolves",
        "Kremlin Spokesman Dmitry Peskov told reporters on Monday that no date had been set for the visit. "
        "Peskov added that the talks would continue at the level of deputy foreign ministers.",
        "Peskov",
        "added",
        "the talks would continue at the level of deputy foreign ministers",
        resolved="Dmitry Peskov",
    ),
    row(
        "written-internal-documents-show",
        "Internal documents show that the utility knew about the cracks in the reactor housing as early as 2015.",
        "documents",
        "show",
        "the utility knew about the cracks in the reactor housing as early as 2015",
    ),
    row(
        "written-X-wrote-on-Telegram-partial-quote",
        "Zakharova wrote on Telegram that the ambassador's remarks were “a deliberate provocation.”",
        "Zakharova",
        "wrote",
        "the ambassador's remarks were “a deliberate provocation.",
    ),
    row(
        "written-X-tweeted-that-double-content",
        "Trump tweeted that the talks had been “very productive” and that a deal was close.",
        "Trump",
        "tweeted",
        "the talks had been “very productive”",
    ),
    row(
        "written-institution-demanded-that",
        "The opposition Constitutional Democratic Party demanded that the government release the full text "
        "of "
        "the agreement.",
        "Constitutional Democratic Party",
        "demanded",
        "the government release the full text of the agreement",
    ),
    row(
        "written-country-expressed-concern-about",
        "South Korea expressed concern about the missile launch, calling it a clear violation of U.N. resolutions.",
        "South Korea",
        "expressed",
        "the missile launch",
    ),
    row(
        "written-C-comma-X-said-comma-C-interrupted",
        "The new patrol vessels, the coast guard said, will be based in Nemuro from April.",
        "the coast guard",
        "said",
        "will be based in Nemuro from April",
    ),
    row(
        "written-X-said-C-em-dash-aside",
        "Putin said the decision was final \u2014 a position the Kremlin has repeated for weeks.",
        "Putin",
        "said",
        "the decision was final",
    ),
    row(
        "written-unbalanced-opening-quote-X-told-reporters",
        "“We are ready to talk, but not under pressure, Lavrov told reporters in Moscow on Friday.",
        "Lavrov",
        "told",
        "We are ready to talk, but not under pressure",
    ),
    row(
        "written-unclosed-quote-after-X-said",
        "Lavrov said the Japanese proposal was “unacceptable and would not be discussed further.",
        "Lavrov",
        "said",
        "the Japanese proposal was “unacceptable and would not be discussed further",
    ),
    row(
        "written-X-who-clause-said",
        "Yoshihide Suga, who was chief cabinet secretary at the time, said the government had not been "
        "informed of the plan in advance.",
        "Yoshihide Suga",
        "said",
        "the government had not been informed of the plan in advance",
    ),
    row(
        "written-X-comma-speaking-at-briefing-comma-said",
        "Chief Cabinet Secretary Yoshimasa Hayashi, speaking at a regular news conference in Tokyo, said the "
        "two sides had agreed to continue working-level talks.",
        "Yoshimasa Hayashi",
        "said",
        "the two sides had agreed to continue working-level talks",
    ),
    row(
        "written-straight-quote-X-said-quote-continues-next-paragraph",
        '"The islands are an inseparable part of Russia," Zakharova said.\n\n'
        '"Any talk of handing them over is a fantasy."',
        "Zakharova",
        "said",
        "Any talk of handing them over is a fantasy.",
    ),
    row(
        "written-caption-line-then-body-sentence",
        "Russian Foreign Minister Sergey Lavrov speaks at a news conference in Moscow on Jan. 14.\n"
        "The ministry will summon the Japanese ambassador over the remarks, Lavrov said.",
        "Lavrov",
        "said",
        "The ministry will summon the Japanese ambassador over the remarks",
        absent="news conference",
    ),
    row(
        "written-C-parenthetical-according-to-institution",
        "Two fishing boats were seized near Kunashiri last month (according to the Hokkaido prefectural government).",
        "the Hokkaido prefectural government",
        "according to",
        "Two fishing boats were seized near Kunashiri",
    ),
    # A publication's report named before the noun, its finding after "that".
    row(
        "written-outlet-report-that-finding",
        "Staff members circulated a Washington Post report that the bill had stalled in committee.",
        "Washington Post",
        "report",
        "the bill had stalled in committee",
    ),
    # A paragraph that is one quotation, after a sentence about a document, is the document's words.
    row(
        "written-quote-paragraph-after-document-lead-in",
        "The agency defended the program in public, but the internal memo is blunter.\n\n"
        "“The program has failed on every measure and should be closed before the end of the year.”",
        "the internal memo",
        "is blunter",
        "The program has failed on every measure",
    ),
    # a possessive and its modifiers before a plural that takes a participle: a noun, not the verb "tweets"
    # (the later ", saying" then belongs to the clause's subject)
    row(
        "written-possessive-plural-noun-before-participle",
        "The governor is defending his late-night tweets attacking a local reporter, saying they show he is "
        "willing to fight.",
        "The governor",
        "saying",
        "they show he is willing to fight",
    ),
    # a second verb after a comma shares the first one's subject, even after a longer object (up to 12 words) ...
    row(
        "polnear-train-comma-second-verb-after-long-object",
        "But she has also promised to push harder than Mr. Obama in extending citizenship to undocumented "
        "immigrants, opposed his signature Trans-Pacific trade deal and outstripped his plans to defeat the Islamic "
        "State by calling for a no-fly zone in Syria.",
        "she",
        "opposed",
        "his signature Trans-Pacific trade deal",
    ),
    # ... but not across a new subject ("and Cruz, as he has in the past, opposed")
    row(
        "polnear-train-no-shared-subject-across-new-name",
        "McCain supported it and Cruz, as he has in the past, opposed the measure.",
        "McCain",
        "supported",
        "it",
        absent="opposed the measure",
    ),
    # a relative clause with a subject of its own ("that the committee released") runs up to the verb: the
    # document or body before "that"/"which" speaks, not the clause's subject
    row(
        "written-report-that-committee-released-shows",
        "The report that the committee released on Tuesday shows that costs rose.",
        "The report",
        "shows",
        "costs rose",
        not_in_source="committee",
    ),
    row(
        "written-study-that-researchers-published-found",
        "A study that researchers at the university published last year found that the drug works.",
        "A study",
        "found",
        "the drug works",
        not_in_source="researchers",
    ),
    row(
        "written-memo-which-agency-sent-says",
        "The memo which the agency sent to lawmakers says the program failed.",
        "The memo",
        "says",
        "the program failed",
        not_in_source="agency",
    ),
    # ... not a complement clause whose own verb is the cue, nor "so ... that"
    row(
        "polnear-train-news-that-pac-would-endorse",
        "The biggest development came last: news that the Congressional Black Caucus PAC would endorse Clinton on "
        "Thursday.",
        "the Congressional Black Caucus PAC",
        "endorse",
        "Clinton",
        not_in_source="news",
    ),
    row(
        "polnear-train-so-heated-which-bill-that-christie-said",
        "The debate between Cruz and Rubio grew so heated over who supported which Senate bill that New Jersey Gov. "
        'Chris Christie said, "I feel like I need a Washington-to-English converter."',
        "Chris Christie",
        "said",
        "I feel like I need a Washington-to-English converter",
        not_in_source="bill",
    ),
    # an embedded post printed as text ends on its signature: the name is the source, the handle the cue
    row(
        "polnear-train-post-signature-same-line",
        "While I respect the professionals at the FBI, this announcement defies explanation. No one should be above "
        "the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016",
        "Paul Ryan",
        "(@SpeakerRyan)",
        "No one should be above the law",
        absent="pic.twitter.com",
    ),
    row(
        "written-post-signature-own-line",
        "The senator answered within the hour.\n\nThe budget vote is a disgrace and I will not support it. "
        "https://t.co/AbC123\n\n— Jane Roe (@SenJaneRoe) March 3, 2020",
        "Jane Roe",
        "(@SenJaneRoe)",
        "The budget vote is a disgrace",
        absent="https://t.co",
    ),
    # an -ly adverb between the comma and the participle is in neither claim ("..., falsely suggesting C2")
    row(
        "polnear-train-comma-ly-adverb-participle",
        "Trump has raised questions about Obama’s birthplace and religion, falsely suggesting that Obama was born "
        "outside the United States and is a Muslim.",
        "Trump",
        "suggesting",
        "Obama was born outside the United States",
    ),
    row(
        "polnear-train-comma-recently-telling",
        "Hillary Clinton has expressed frustration, and even a little trepidation, about her first face-off with "
        "Donald Trump later this month, recently telling one person close to her that she’s perplexed about "
        '"which Donald Trump will show up.”',
        "Hillary Clinton",
        "telling",
        "she’s perplexed",
    ),
    # every form of "speak about" / "talk about" is a phrase cue, not only the past and the -s forms
    row(
        "polnear-train-speak-about-bare",
        "At one rally, in Concord, close to 300 people stood in a steady and meteorology-defying rain to hear Weld "
        "and Johnson speak about the six-lane highway between the parties.",
        "Weld and Johnson",
        "speak about",
        "the six-lane highway",
    ),
    row(
        "written-has-spoken-about",
        "The attorney general has spoken about the need for reforms.",
        "The attorney general",
        "spoken about",
        "the need for reforms",
    ),
    # the horizontal bar sets off a dateline or an aside as the em dash does
    row(
        "polnear-train-horizontal-bar-dateline",
        "PHILADELPHIA ― Hillary Clinton’s campaign said it is looking for a progressive replacement to Rep. "
        "Debbie Wasserman Schultz (D-Fla.) to chair the Democratic National Committee.",
        "Hillary Clinton’s campaign",
        "said",
        "it is looking for a progressive replacement",
        not_in_source="PHILADELPHIA",
    ),
    row(
        "written-horizontal-bar-aside-before-verb",
        "The film ― which weaves together the voices of historians and activists, among others ― explains the "
        "history of the prisons.",
        "The film",
        "explains",
        "the history of the prisons",
        not_in_source="others",
    ),
    # a determiner before a comma modifies nothing after it: ", citing her ..." is a participle, not a noun
    row(
        "polnear-train-comma-citing-after-her",
        'On Tuesday, Gov. Jerry Brown endorsed her, citing her "long experience," "firm grasp of the issues" and '
        "preparedness.",
        "Gov. Jerry Brown",
        "citing",
        'her "long experience,"',
    ),
    # after a quotation's closing comma, a speaking participle goes on with the speaker's words ...
    row(
        "polnear-train-quote-comma-noting",
        'At the same time, Obama remarked upon the fact that there is still "more work to do," noting flagging '
        "economic conditions in China, Europe and in developing markets.",
        "Obama",
        "noting",
        "flagging economic conditions in China",
    ),
    row(
        "polnear-train-quote-comma-stating",
        'Cruz said last week that Trump represents "New York values," stating during the debate that they are '
        '"socially liberal or pro-abortion or pro-gay-marriage, focus around money and the media."',
        "Cruz",
        "stating",
        "socially liberal",
    ),
    # ... but an inference verb there is the writer's gloss, part of the first claim
    row(
        "written-quote-comma-suggesting-stays",
        'The report called the plan "a failure," suggesting an unclear path ahead.',
        "The report",
        "called",
        "suggesting an unclear path",
    ),
    # a new named subject after "and" opens a clause of its own ...
    row(
        "polnear-train-and-new-subject-second-claim",
        "McCain supported it and Cruz, as he has in the past, opposed the measure.",
        "Cruz",
        "opposed",
        "the measure",
        not_in_source="McCain",
    ),
    # ... but "he and Rubio" after a speech verb is one subject of what was said
    row(
        "polnear-train-said-pronoun-and-name-one-subject",
        "Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal "
        "immigrants.",
        "Cruz",
        "said",
        "both he and Rubio promised",
    ),
    # a possessive's "-ed" word before a noun is an adjective, not a cue ("Trump’s repeated calls"), so the
    # participle after the comma shares the subject and makes a claim of its own
    row(
        "polnear-train-possessive-repeated-is-an-adjective-then-noting",
        "Khan also decried Trump’s repeated calls to ban all Muslims from entering the U.S., noting he has "
        "“sacrificed nothing” for the country he is campaigning to lead.",
        "Khan",
        "noting",
        "he has “sacrificed nothing”",
    ),
    # "and pledges to stand firm": a second verb with an infinitive, not a plural noun; the first claim ends
    # before it
    row(
        "polnear-train-and-pledges-to-infinitive",
        'He rails against its "Great Wall of Protectionism" and pledges to stand firm against its "cheating" and '
        '"financial blackmail."',
        "He",
        "rails",
        "against its",
        absent="pledges",
    ),
    # "crediting" is a participle of "credit": a claim of its own after the comma
    row(
        "polnear-train-crediting-after-comma",
        "Huerta praised Clinton’s history with the Latino community, crediting her with convening the first ever "
        "conference on Latino youth in Washington.",
        "Huerta",
        "praised",
        "Clinton’s history",
        absent="crediting",
    ),
    # a passive's agent ends where its examples begin ("ranging from", "including"), which tell it is a source
    row(
        "written-passive-agent-before-its-examples",
        "The senator has been endorsed by dozens of newspapers ranging from such expected backers as The Boston "
        "Globe to such once-certain Republican advocates as The Dallas Morning News, the Arizona Republic and the "
        "Cincinnati Enquirer.",
        "dozens of newspapers",
        "endorsed",
        "The senator",
        not_in_source="ranging",
    ),
    # going on air, then "to VERB": the infinitive says what was said there ("went on" alone is "went on to say")
    row(
        "polnear-train-went-on-outlet-to-declare",
        "The secretary of state and 2014 candidate for U.S. Senate, a longtime supporter of Clinton, even went on "
        "CNN to declare Clinton the winner.",
        "candidate for U.S. Senate",  # (the source finder stops at "and": "The secretary of state and" is left out)
        "went on CNN to declare",
        "Clinton the winner",
    ),
    row(
        "written-went-on-television-to-accuse",
        "The mayor went on television to accuse the council of wasting money.",
        "The mayor",
        "went on television to accuse",
        "the council of wasting money",
    ),
    row(
        "polnear-train-possessive-noun-then-verb-shows",
        "Even an anti-Trump PAC recently revealed its polling shows Trump crushing Rubio in the Sunshine State.",
        "its polling",
        "shows",
        "Trump crushing Rubio",
    ),
    # an inverted speaker's description followed by an aside, not a name, stays the description
    row(
        "written-inverted-description-then-participle",
        "The talks will resume next week, said a ministry spokesman, speaking in Moscow on Tuesday.",
        "a ministry spokesman",
        "said",
        "The talks will resume next week",
        not_in_source="speaking",
    ),
    # ... but a quantity noun or a person noun before the second phrase is one noun phrase
    row(
        "written-zero-relative-not-a-few",
        "A few critics said the bill would hurt farmers in the state.",
        "A few critics",
        "said",
        "the bill would hurt farmers",
    ),
    row(
        "written-zero-relative-not-compound",
        "A senior White House official said the talks had failed.",
        "A senior White House official",
        "said",
        "the talks had failed",
    ),
    # ... but after a possessive the noun is the possessor's statement, and a plain speech verb is no noun
    row(
        "web-possessive-often-repeated-vow",
        "Johnson is under fire for failing to deliver on his often-repeated vow that Britain would leave the EU on "
        "Oct. 31.",
        "Johnson",
        "vow",
        "Britain would leave the EU on Oct. 31",
    ),
    row(
        "written-the-wounded-said",
        "The wounded said the gunman fired without warning.",
        "The wounded",
        "said",
        "the gunman fired without warning",
    ),
]

# --------------------------------------------------------------------------------------
# No attribution at all: every claim must be the article's own voice
# --------------------------------------------------------------------------------------
NEGATIVE_ROWS = [
    # "I was telling myself, “...”": talking to oneself is no statement (a first-person web page)
    row(
        "neg-web-telling-myself",
        "And when I made that investment, I was telling myself, “This dream matters. This dream is going to become a "
        "reality. I’m taking this seriously.”",
    ),
    # a "which" clause whose verb is no cue, or whose subject is "is": no speaker
    row("neg-which-the-senate-passed", "The Patriot Act, which the Senate passed in 2001, was renewed in 2011."),
    # "went on to win": no speech after "went on to" (PolNeAR train: 0 of 8 such verbs attributed)
    row("neg-polnear-went-on-to-win", "Boston went on to win Game 7 and then the World Series."),
    # an adverb and nothing said ("responded quickly"); writing a bare plural thing ("wrote handbooks")
    row(
        "neg-web-responded-quickly",
        "Asked whether he would resign, he responded quickly.",
    ),
    row(
        "neg-web-wrote-handbooks",
        "He wrote handbooks for the GURPS and Paranoia role-playing game systems.",
    ),
    # a telephone call is no statement ("called 911", "called an ambulance"; cues.json phone_call_objects)
    row(
        "neg-web-called-911",
        "A family friend phoned the hotel, then called 911.",
    ),
    row(
        "neg-written-they-called-an-ambulance",
        "The driver stopped, and they called an ambulance.",
    ),
    # after "found", "explained", "reported" an object pronoun and no more is a person acted on (web pages)
    row(
        "neg-web-found-him",
        "Elise Matthesen found him.",
    ),
    row(
        "neg-web-explained-them-to-me",
        "I came to think of them as Iceberg Passages, after the novelist Jo Walton explained them to me.",
    ),
    row(
        "neg-web-reported-to-him",
        "After Fiona Hill left the NSC, it was Morrison who took over, and Vindman reported to him.",
    ),
    # a participle with an object, no clause, opens no claim of its own
    row(
        "neg-written-emphasizing-an-object-comma",
        "Emphasizing the urgency of the matter, the mayor closed the schools on Monday.",
    ),
    # adding an amount is no remark ("added around 292,000 jobs"), even with a clause after the comma
    row(
        "neg-polnear-train-added-an-amount-of-jobs",
        "While the U.S. added around 292,000 jobs in December, China suffered market chaos, and Wall Street had a "
        "bad day Thursday when stocks dropped more than 2 percent.",
    ),
    # a stretch of time is never a speaker ("As the day went on", "Only time will tell")
    row(
        "neg-polnear-train-as-the-day-went-on",
        "As the day went on, Eric Trump was pressed to explain the contrast with his own statements from a few "
        "days before.",
    ),
    row(
        "neg-polnear-train-only-time-will-tell",
        "Only time will tell if his staying power will last through the nomination process.",
    ),
    # an -ed adjective after an article or a verb makes the cue word a noun
    row(
        "neg-polnear-train-unconfirmed-reports",
        "The question is whether the audience will react as favorably to a candidate who is willing to circulate "
        "unconfirmed reports on social media amid a federal investigation.",
    ),
    row(
        "neg-web-mixed-signals",
        "Trump continued to give mixed signals about whether he actually wants a deal.",
    ),
    row(
        "neg-polnear-train-a-poor-showing",
        "Rubio will drop out after a poor showing in the Iowa caucuses and will instead focus on his Senate "
        "re-election.",
    ),
    row(
        "neg-polnear-train-years-of-empty-promises",
        "Contrast her accomplishments with the years of empty promises by Sanders, and you'll be on board for Clinton.",
    ),
    # a handle in running text is no post's signature (no dash before it, no date after it)
    row("neg-written-handle-in-text", "Follow the council on Twitter (@CityCouncil) for updates on the budget."),
    # "went on" before a medium is going on air, not going on speaking
    row("neg-written-went-on-air", "The former governor went on national television in 2015 for the first time."),
    # a phrase whose object was fronted ("whom he famously lit into at a debate") has no claim after it
    row(
        "neg-polnear-train-stranded-preposition-of-phrase",
        "One of the few people he didn't attack was Fox News's Megyn Kelly - whom he famously lit into at a "
        "debate in August and with whom he had sparred for months.",
    ),
    # ... but as the subject, the "who" clause runs on into the main clause: no claim
    row("neg-written-subject-who-claim-bare-clause", "Dozens of women who claim he assaulted them have sued."),
    # a comparison on a product page is no claim of the thing compared
    row("neg-written-compared-to-figure", "The new model is 16% faster compared to the older engine."),
    # a "show" after "TV" or "radio" is a programme, not a verb of showing
    row(
        "neg-written-tv-show-title",
        "Both singers had appeared on the television show “Nashville,” which ended in 2018.",
    ),
    # a name someone goes by inside the inverted speaker is no claim of its own, and does not cost the quotation
    # its speaker
    row(
        "written-inverted-speaker-who-calls-himself",
        "''Whoever opens the borders has no place pretending here!'' wrote a man who calls himself Paul Paul.",
        "a man",
        "wrote",
        "Whoever opens the borders has no place pretending here!",
    ),
    # ... but not a verb that is no cue ("continued to grow")
    row("neg-written-continued-to-grow", "Sales of the new phone continued to grow through the holiday season."),
    # "calling on the phone" is a call, not an appeal
    row("neg-written-calling-on-the-phone", "He was calling on the phone from Boston when the plane landed."),
    # "called out to" is a shout, not a rebuke
    row("neg-written-called-out-to-the-crowd", "The conductor called out to the passengers on the platform."),
    # passives are no statements of the noun before them: negated, a cue phrase, or an aside with its agent
    row(
        "neg-polnear-train-was-not-challenged-by",
        "In an earlier debate, Fiorina's statement about seeing an abortion performed on video was not challenged "
        "by CNN moderators.",
    ),
    row(
        "neg-polnear-train-was-referred-to-the-FBI",
        "The issue of Clinton's use of a private email server was referred to the FBI in July.",
    ),
    row(
        "neg-polnear-train-written-and-directed-by",
        "The film is a Hollywood fantasy, written and directed by Ethan and Joel Coen.",
    ),
    # an -ing word after "than" is a gerund in a comparison, not a cue (and "thinks" is an inner state)
    row(
        "neg-polnear-train-more-important-than-defending",
        "He thinks that reducing the deficit is more important than defending the nation.",
    ),
    # "named" right after a noun is a participle ("candidates not named Obama"), not the verb "to name"
    row(
        "neg-polnear-train-candidates-not-named",
        "But they haven’t seen that powerful coalition of minorities, young people and women reliably show up for "
        "candidates not named Obama during the last two mid-term elections.",
    ),
    # the writer and the reader outside quotation marks ("We've said", "you'll find") are no sources
    row(
        "neg-web-weve-said-this-before",
        "We've said this before, many times: there is no special hardware required to connect a HDMI or DVI monitor.",
    ),
    row(
        "neg-web-youll-find",
        "That’s also where you’ll find more LEDs, with the transparent red light strip crossing the white VW logo.",
    ),
    # a second verb right after "and" shares the clause's subject, never the words that end on the first
    # verb's object ("a man who speaks and tweets his mind" is a description, not a post)
    row(
        "neg-polnear-train-speaks-and-tweets-his-mind",
        "There is no doubt that Donald is a man who speaks and tweets his mind freely.",
    ),
    # "It’s worth noting" is the writer's aside; a modal makes "That would help" a clause, not a speaker
    row(
        "neg-web-worth-noting",
        "It’s worth noting, though, that those figures are on the European WLTP cycle, which is typically more "
        "generous than the US EPA test.",
    ),
    row(
        "neg-web-modal-clause-before-participle",
        "That would help Trump's farm belt constituency while allowing the president to campaign on maintaining "
        'his "tough on China" stance.',
    ),
    # after "can't stop", "started", "kept", the -ing verb's subject is the clause's ("I": the writer)
    row(
        "neg-web-cant-stop-wondering",
        "I just can’t stop wondering if I’ll ever see another new Apple product that warps my understanding of "
        "technology the way that the iPod or the iPhone did so many years ago.",
    ),
    # a label before a headline's colon is no speaker ("Fact Check:", "Explainer:")
    row(
        "neg-web-headline-fact-check-colon",
        "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300\n\nNo.",
    ),
    # "when asked about" with no outlet named: an unnamed asker is no source
    row("neg-written-smiled-when-asked-about", "Smith smiled when asked about the payments."),
    # in the body, a label before a colon is no speaker: an interview's "Q:", a police blotter's
    # name before the charges, a list's "Path A:"
    row("neg-web-body-q-colon", "Meet the new CEO\n\nQ: How do you prioritize your day?\n\nA: I start early."),
    row(
        "neg-web-body-blotter-name-colon",
        "Arrests\n\nRyan S. Hollman: Dealing in methamphetamine, possession of heroin, held in jail in lieu of "
        "$70,000 bond.",
    ),
    row(
        "neg-web-body-list-label-colon",
        "The playoff draw\n\nPath B: Bosnia and Herzegovina, Slovakia, Northern Ireland.",
    ),
    # "For example" is no subject: the participial-aside rule needs a subject that opens the clause
    row(
        "neg-written-for-example-compared-with",
        "For example, married men earned $160,000, compared with women's $93,000.",
    ),
    # the writer's own "I" after "what": not a claim with the source "Remember what I"
    row(
        "neg-web-remember-what-I-said",
        "Remember what I said about choosing your treats? This is an easy way to be smart about enjoying game day.",
    ),
    # a headline "Name: third-person news" names the story's topic, not a speaker (nor a source
    # after the colon)
    row(
        "neg-web-headline-topic-colon-news",
        "Julian Assange: Sweden drops rape investigation\n\nThe case was closed on Tuesday.",
    ),
    row("neg-written-threw-the-ball-behind", "He threw the ball behind the line of scrimmage."),
    # a team's record in brackets is no aside that makes its name a speaker
    row(
        "neg-web-team-record-in-brackets-snapped",
        "The Eagles (6-5, 3-4) snapped an 11-game losing streak to the Huskies (4-7, 3-4) dating to 2007.",
    ),
    # a click-bait label before a headline's colon is no source ("LOOK:", "BOOM:", "Revealed:")
    row(
        "neg-polnear-train-boom-colon-headline",
        "BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary She WON’T Want Anyone To See\n\nThe rally "
        "filled the arena in Mobile.",
    ),
    row(
        "neg-polnear-train-look-colon-headline",
        "LOOK: Shocking Photos Of GOP Candidate’s Rally Are Going Viral- It’s Not What You Think…\n\nThe rally "
        "filled the arena in Mobile.",
    ),
    # "could have" + a cue: what might have been done, no claim (as "might argue")
    row(
        "neg-polnear-train-could-have-requested",
        "Sanders could have requested a recount, but he did not, and he conceded on Thursday.",
    ),
    row(
        "neg-web-voters-could-have-shown",
        "Voters could have shown they were tired of Democratic investigations.",
    ),
    # claiming a body, lives or a title is taking, not asserting (a web page's "The family claimed Ford’s body")
    row(
        "neg-web-claimed-the-body",
        "The family claimed Ford’s body, cleaned out his apartment, and, shortly after, left town.",
    ),
    row("neg-written-storm-claimed-lives", "The storm claimed three lives in the valley."),
    # "leading in the polls": polls in general are not a poll the reader can check; a verb after
    # "in the nationwide survey" makes the survey part of the subject, not the claim's ground
    row("neg-polnear-leading-in-the-polls", "Political pundits are shocked that Donald Trump is leading in the polls."),
    row("neg-written-in-the-survey-approved", "Just 13% of registered voters in the nationwide survey approved."),
    # a stance participle after a comma that follows no attribution stays the article's own voice
    row("neg-written-benefits-comma-supporting", "The benefits of the plan are clear, supporting the case for reform."),
    # a contraction inside a source makes it a clause: "calls" is a noun here
    row(
        "neg-polnear-theyve-arranged-conference-calls",
        "They’ve arranged two conference calls in the past week, including one on Sunday.",
    ),
    # "charging" accuses only with a clause or "X with C": a product page's charging case does not
    row(
        "neg-web-wireless-charging-case",
        "Rakuten offers the latest Apple AirPods with wireless charging case for $150. That’s down from the usual "
        "$160.",
    ),
    # a passive's lower-case agent that names no one is not a speaker; "maintained by" keeps
    row(
        "neg-polnear-rejected-by-large-majorities",
        "Here’s a devilish hunch: The Iran deal will not play well; more precisely, a deal that was rejected by "
        "large, but insufficient, majorities in Congress will continue to play badly.",
    ),
    row("neg-written-maintained-by-company", "The voter database is maintained by the technology company NGP VAN."),
    # a reaction with nothing it is about is not a claim
    row("neg-written-faced-questions-no-topic", "The team faced questions in the final quarter."),
    # a provision verb counts only when a law, bill or rule is its subject
    row("neg-written-job-requires-not-a-provision", "The job requires long hours and a lot of travel."),
    row("neg-written-he-seeks-a-third-term", "He seeks a third term in the Senate next year."),
    # a source with a finite verb in it is a clause ("Biden was arranging calls"): no attribution
    row(
        "neg-polnear-aux-ing-in-source-calls-is-a-noun",
        "Biden was arranging calls with both Sanders and Clinton to discuss the race before making a public "
        "endorsement of his own.",
    ),
    # a possessive before a plural is a noun phrase: "emails" is not a verb here
    row("neg-written-possessive-plural-noun-emails", "Clinton's emails were sent from a private server."),
    # an adverb of an adjective is not hearsay (a web page's opinion piece)
    row(
        "neg-web-their-supposedly-superior",
        "Apparently their supposedly superior ancestries, pedigrees, and education should count for more.",
    ),
    row("neg-written-in-the-end-comma", "In the end, the deal collapsed after two days of talks in Geneva."),
    # "didn't say whether C": C is exactly what was not said (PolNeAR annotates it; a fact-checker
    # must not see C pinned on Trump).
    row("neg-written-didnt-say-whether", "Trump didn’t say whether he would attend the second debate."),
    row("neg-written-did-not-say-if", "The mayor did not say if the budget would be cut next year."),
    row("neg-written-left-a-note", "She left a note on the kitchen table before the meeting."),
    row("neg-written-dollars-per-person", "Tickets cost $5 per person, and the show sold out within an hour."),
    row(
        "neg-seed-is-expected-to-meet",
        "He is expected to meet with U.S. President Donald Trump on the sidelines of the G20 summit.",
    ),
    row(
        "neg-seed-as-they-are-called-in-Japan",
        "The Northern Territories, as they are called in Japan, were seized by Soviet forces at the end of "
        "World War II.",
    ),
    row(
        "neg-written-duty-to-defend-Japan",
        "Under the alliance, U.S. forces have a duty to defend Japan if it comes under attack.",
    ),
    row(
        "neg-seed-initially-hoped-for-a-broad-agreement",
        "Abe initially hoped for a broad agreement with Putin on securing the return of at least the two "
        "smaller islands when he hosts the G20 summit.",
    ),
    row("neg-seed-appears-to-be-in-no-hurry", "Moscow, however, appears to be in no hurry concerning the issue."),
    row(
        "neg-seed-the-two-leaders-agreed-narrative",
        "During the last summit held in November 2018, the two leaders agreed to make the 1956 Japan-Soviet "
        "Joint Declaration the basis of bilateral negotiations.",
    ),
    row("neg-seed-dispute-noun-not-a-cue", "The path to solving the territorial dispute remains long and arduous."),
    row(
        "neg-seed-treaty-seeks-to-limit-background",
        "Signed in 2010, the Treaty on Measures for the Further Reduction and Limitation of Strategic "
        "Offensive Arms seeks to limit the possession of deployed nuclear warheads, missiles and bombers.",
    ),
    row(
        "neg-seed-plain-travel-narrative",
        "Abe will leave from Haneda Airport in Tokyo on a special airplane for Moscow on Jan. 21. He will "
        "attend the annual general meeting of the World Economic Forum in Davos, Switzerland, and will "
        "return "
        "on Jan. 24.",
    ),
    row(
        "neg-seed-imposed-sanctions-narrative",
        "The West has imposed economic sanctions on Russia over the annexation of Crimea.",
    ),
    row(
        "neg-written-outlet-report-that-relative-clause",
        "A Reuters report that was published on Monday drew wide attention in the region.",
    ),
    row(
        "neg-written-quote-paragraph-after-narrative-without-document",
        "The agency closed the regional office on Monday.\n\n“We will keep going.”",
    ),
    row(
        "neg-written-plain-event-narrative",
        "Police closed the coastal road for three hours on Tuesday after a truck overturned near the port.",
    ),
    # refusing to talk or to be quoted says nothing (like "declined to comment")
    row("neg-written-declined-to-talk", "The official declined to talk about the case on Friday."),
    row("neg-written-refused-to-be-quoted", "Two aides refused to be quoted by name about the talks."),
    row("neg-written-audience-applauded-no-object", "The audience applauded and the band played on."),
    # a relative clause after the object is no bare clause of the cue
    row("neg-written-read-the-letter-that-was", "At the hearing he read the letter that was sent to the board."),
    row("neg-written-projects-object-only", "The agency projects growth of 2 percent next year."),
    # a past-tense verb after a name is a tag only right after a closing quotation
    row("neg-written-name-verb-no-quote", "After the vote, Hannity pressed ahead with the interview."),
    # ", writing in his memoir," says where he wrote, not what
    row("neg-written-writing-in-aside-only", "Writing in his memoir, the former governor reflected on his childhood."),
    # what someone might, could or can say has not been said (kinds guide: no act of communication)
    row(
        "neg-web-others-might-argue",
        "Others, though, might argue that any reassessment of NASA’s architecture for returning humans to the "
        "Moon should also include revisiting SLS and Orion themselves.",
    ),
    row(
        "neg-polnear-train-voters-might-blame",
        "Voters might blame a Democrat for not pounding the table hard enough for more guaranteed income from "
        "Social Security.",
    ),
    row("neg-web-words-cannot-describe", "Words cannot describe how much I love this place."),
    # a cue followed by "and" + another verb has no object of its own
    row(
        "neg-web-found-and-rescued",
        "On Tuesday, officers found and rescued her from a hotel room and arrested the suspect.",
    ),
    # a past participle with an agent after "and" is passive: the subject did not say it
    row(
        "neg-polnear-train-and-accused-by-agent",
        "In his heyday, unlike those mild-mannered contemporary operatives, he was suspected of plotting murder, "
        "and accused by the news media of beating his wife.",
        None,
    ),
    # "his remarks on Tuesday night" says when; "comments to the AP" names the listener
    row("neg-written-remarks-on-a-day", "His remarks on Tuesday night were brief."),
    row("neg-written-comments-to-the-listener", "Carson’s comments to the AP were brief."),
    # "advocate for" after an adjective is a noun, not a cue
    row(
        "neg-written-dedicated-advocate-for-children",
        "The Ohio native is a longtime, dedicated advocate for children in Akron.",
    ),
    # the writer reading a book: the writer's voice, no source
    row("neg-written-i-read-a-book-title", "I read “War and Peace” last year."),
    # review of the sixth session: a participle phrase that opens on "Recalled"/"Added" is no inverted "Said X"
    row(
        "written-recalled-phrase-then-speaker-said",
        "Recalled to active duty in 2003, Smith said, “We were ready for anything.”",
        "Smith",
        "said",
        "We were ready for anything.",
        not_in_source="active duty",
    ),
    row(
        "written-added-phrase-then-speaker-said",
        "Added to the list of worries, the mayor said: “We are broke.”",
        "the mayor",
        "said",
        "We are broke.",
        not_in_source="list of worries",
    ),
    # "It" speaks with any speech verb of the lists ("It accused", "It promised"), not only "said"
    row(
        "written-it-accused-after-a-letter",
        "The union sent a letter to the board on Monday. It accused the company of hiding its losses.",
        "It",
        "accused",
        "the company of hiding its losses",
    ),
    # a position's content stops at the sentence's own verb
    row(
        "written-position-content-stops-at-own-verb",
        "His calls for help went unanswered for hours, neighbors said.",
        "neighbors",
        "said",
        "His calls for help went unanswered for hours",
    ),
    # "add" with a thing as its object and no clause after it adds the thing, it says nothing
    row("neg-polnear-train-will-add-a-new-element", "Palmer will add a new element to the morning mix."),
    row(
        "neg-written-recipe-add-the-pectin",
        "Stir together the sugar and the lemon juice, then add the fruit pectin powder and bring to a boil.",
    ),
    # "attack" in a sentence about violence is no position taken in words
    row(
        "neg-written-gunman-attack-on",
        "The gunman's attack on club goers at the nightclub killed 49 people and wounded 53 more.",
    ),
    # a particle that is no speech: "found out that" learns, it does not say
    row("neg-written-found-out-that", "They found out that the plan had failed."),
    # "what is called" names no one
    row(
        "neg-written-what-is-called",
        "The candidates met on Tuesday night, shaking up what is called a “debate” but usually turns into "
        "isolated questions.",
    ),
    # labels that take turns but name no person the article gives with a first name: page furniture
    row(
        "neg-web-deal-labels-taking-turns",
        "Here are today's best deals.\n\n"
        "New Price Drop: Apple Watch Series 3 38mm Smart Watch for $169.99 (Originally $200)\n\n"
        "New Release: Last Chance to Buy Pokemon Sword or Shield and Get $10 Amazon Credit\n\n"
        "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139 (Originally $159)\n\n"
        "New Release: Nintendo Switch Lite Pokemon Zacian and Zamazenta Edition with Bonus Case (Exclusively at "
        "Walmart)",
    ),
    row(
        "neg-written-advice-column-letters",
        "The column by Abigail Van Buren appears daily.\n\n"
        "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India. What should I do?\n\n"
        "DEAR ABBY: My older sister has just been diagnosed with cancer. How can I help her?",
    ),
    row("neg-web-noun-blogs", "The site links to many of the most-important online blogs of the day."),
    row(
        "neg-written-scheduled-to-meet",
        "Prior to the summit, the two foreign ministers are scheduled to meet in Germany in February.",
    ),
]

ALL_ROWS = SEED_ROWS + POLNEAR_ROWS + WRITTEN_ROWS + NEGATIVE_ROWS


# --------------------------------------------------------------------------------------
def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()


def _expected_span(text: str, content: str) -> tuple[int, int]:
    i = text.find(content)
    assert i >= 0, f"table error: expected content not in text: {content!r}"
    return i, i + len(content)


def _overlap(claim: Claim, span: tuple[int, int]) -> int:
    spans = claim.content_spans or [claim.content_span]
    return sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in spans)


def _describe(art: AuditedArticle) -> str:
    return "\n".join(
        f"  [{c.kind}] source={c.source!r} cue={c.cue!r} resolved={c.resolved_source!r} content={c.content!r}"
        for c in art.claims
    )


@pytest.mark.parametrize("text, source, cue, content, resolved, absent, not_in_source", ALL_ROWS)
def test_attribution_row(text, source, cue, content, resolved, absent, not_in_source):
    art = audit_text(text, "row.txt")
    if source is None:
        attributed = [c for c in art.claims if c.kind != "unattributed"]
        assert not attributed, f"expected no attribution, got:\n{_describe(art)}"
        return
    span = _expected_span(text, content)
    need = (span[1] - span[0]) / 2
    matches = [
        c
        for c in art.claims
        if _norm(source) in _norm(c.source) and _norm(cue) in _norm(c.cue) and _overlap(c, span) >= need
    ]
    assert matches, f"no claim with source ~{source!r}, cue ~{cue!r}, content ~{content!r}; got:\n{_describe(art)}"
    if resolved:
        assert any(_norm(resolved) in _norm(c.resolved_source) for c in matches), (
            f"source not resolved to {resolved!r}; got:\n{_describe(art)}"
        )
    if absent:
        assert any(_norm(absent) not in _norm(c.content) for c in matches), (
            f"{absent!r} merged into the claim's content; got:\n{_describe(art)}"
        )
    if not_in_source:
        assert any(_norm(not_in_source) not in _norm(c.source) for c in matches), (
            f"{not_in_source!r} is part of the claim's source; got:\n{_describe(art)}"
        )


# A sentence ending on a bare attribution ("17% strongly disagree.") does not introduce the next paragraph's
# quotation when a speaker of its own tags it right after it closes (PolNeAR train; the quotation was the poll
# share's claim and the nurse's own attribution was dropped inside it).
TAGGED_QUOTE_AFTER_BARE_ATTRIBUTION = (
    "A new USA TODAY/Rock the Vote survey of those 18 to 35 years old shows a 62%-32% divide on the issue, and "
    "the intensity of opinion is on one side: 34% strongly agree they should be able to use the bathroom of the "
    "gender they identify with; 17% strongly disagree.\n\n"
    '"We have bigger problems in life than focusing on somebody\'s gender," says Gloria Garcia, 34, a nurse from '
    "Brownsville, Texas, who was among those polled in a follow-up interview."
)


def test_quotation_tagged_by_its_own_speaker_is_not_the_bare_attribution_before():
    art = audit_text(TAGGED_QUOTE_AFTER_BARE_ATTRIBUTION, "row.txt")
    quoted = [c for c in art.claims if "bigger problems" in c.content and c.kind != "unattributed"]
    assert quoted, _describe(art)
    assert all("Gloria Garcia" in (c.source or "") for c in quoted), _describe(art)


# A run ending in "Sea" or "Street" names a place, never an antecedent of "he" (PolNeAR train: "he" was resolved to
# the Aral Sea; sources.json place_name_endings).
ARAL_SEA_PARAGRAPHS = (
    '"That was one of the most difficult moments for me, personally," Ban recalled.\n\n'
    "Ban also kept a spotlight on the issue. He is perhaps the only world leader to have seen firsthand the "
    "melting ice of Antarctica and Greenland, the drought-ravaged Aral Sea, and the disappearing Pacific nation of "
    "Kiribati, which, like some other small island countries, is slowly being swallowed by rising sea levels.\n\n"
    "\"I'm not a climatologist. I'm not a scientist. I'm not an economist,\" he said."
)


def test_a_place_ending_in_sea_is_no_antecedent():
    art = audit_text(ARAL_SEA_PARAGRAPHS, "row.txt")
    said = [c for c in art.claims if c.source == "he" and "climatologist" in c.content]
    assert said, _describe(art)
    assert all("Aral" not in (c.resolved_source or "") for c in said), _describe(art)


# A law's name ("the Affordable Care Act") is never what "she" points back to (PolNeAR train: two claims were
# resolved to it; sources.json law_name_endings).
LAW_BEFORE_SHE = (
    "Throughout the debate, Clinton found ways to cast herself as the rightful heir and protector of the Obama legacy. "
    "On health care, she said she was the one to preserve the Affordable Care Act. On financial reform, she commended "
    "him for the Dodd-Frank bill regulating Wall Street. And on foreign policy, she recalled her days as secretary of "
    "state advising the president in the White House Situation Room."
)


def test_a_law_is_no_antecedent_of_she():
    art = audit_text(LAW_BEFORE_SHE, "row.txt")
    she = [c for c in art.claims if c.source == "she" and c.kind != "unattributed"]
    assert she, _describe(art)
    assert all("Act" not in (c.resolved_source or "") for c in she), _describe(art)


@pytest.mark.parametrize(
    "text, not_cue",
    [
        # "who said" picks out which Democrats: the poll's claim holds it whole (PolNeAR train, one attribution)
        (
            "The poll also noted that 73 percent of Democrats who said they had supported Sen. Bernie Sanders, I-Vt., "
            "now support Clinton.",
            "said",
        ),
        # "who chose C" picks out which voters (cues.json poll_choice_verbs)
        (
            "When asked which quality was most important in choosing a candidate, only 23 percent of those who "
            "selected someone who “cares about people like me” voted for Clinton, while only 21 percent who chose "
            "“honest and trustworthy” cast a vote for her.",
            "chose",
        ),
        # after a name's possessive, with an adjective or none, a statement noun's plural is a noun (web pages: the
        # first was a claim of "Google's big", the second of "Vietnam", China's claims; POSSESSIVE_BEFORE_RE)
        (
            "Because Google's big promises haven't arrived, and at the price of the Stadia's Founder's Edition, I "
            "can't recommend anyone jump onboard at the moment.",
            "promises",
        ),
        (
            "Vietnam is one of the region’s most vocal critics of China’s sweeping territorial claims in the South "
            "China Sea and has accused Beijing of encroaching into its waters.",
            "claims",
        ),
    ],
)
def test_word_is_no_cue_here(text, not_cue):
    art = audit_text(text, "row.txt")
    assert not any((c.cue or "").lower() == not_cue for c in art.claims if c.kind != "unattributed"), _describe(art)


def test_person_finding_a_thing_is_no_claim():
    # a web page: "He found a man bleeding" was a claim of "He"; it is part of what he says
    art = audit_text(
        "He says transit officers boarded the train at the next stop and found a man bleeding, who was possibly the "
        "victim of a stabbing.",
        "row.txt",
    )
    attributed = [c for c in art.claims if c.kind != "unattributed"]
    assert not any((c.cue or "").endswith("found") for c in attributed), _describe(art)
    assert any("found a man bleeding" in c.content for c in attributed if c.cue == "says"), _describe(art)


def test_finding_oneself_somewhere_is_no_claim():
    # "he also found himself in a series of contentious exchanges" (PolNeAR train: no attribution)
    art = audit_text(
        "While the real estate mogul has brought a handful of potential ticket-mates along with him on the trail in "
        "recent days, he also found himself in a series of contentious exchanges with Senate Republicans who oppose "
        "him on Capitol Hill on Thursday.",
        "row.txt",
    )
    assert not any((c.cue or "").endswith("found") for c in art.claims if c.kind != "unattributed"), _describe(art)


def test_table_size():
    assert len(ALL_ROWS) >= 45
    assert len(NEGATIVE_ROWS) >= 8


@pytest.mark.parametrize(
    "text, cues",
    [
        # a past participle between commas before the sentence's own verb is an aside, not a cue
        ("Smith, pressed on the issue, said he would not resign.", ["said"]),
        # ... but a verb followed by ", saying" is the verb ("Marine Le Pen, voiced support ...")
        (
            "France’s far-right National Front party leader, Marine Le Pen, voiced support for Donald Trump "
            "on Wednesday, saying his rival would bring war and hardship to the world.",
            ["voiced", "saying"],
        ),
        # "was quoted by X as saying C": C is the claim, not "The minister" with the agent as source
        ("The minister was quoted by state media as saying the border would close.", ["saying"]),
        # ", citing two U.S. officials," names whom the outlet cites: no claim of its own
        (
            "The Washington Post, citing two U.S. officials, reported that the plan had been approved.",
            ["reported"],
        ),
        # "who asked not to be named" is why the source is anonymous, not a claim of its own
        ("“It was terrifying,” said one resident, who asked not to be named.", ["said"]),
        # ', adding' after a quotation that closes on its comma opens the speaker's second claim
        (
            "To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was "
            "maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come "
            "into this country.”",
            ["told", "adding"],
        ),
        # ... but a participle with no clause or quotation after it is the writer's inference
        ('The mayor said the budget was "balanced and fair," suggesting a quick vote next week.', ["said"]),
        # communicative verbs that PolNeAR train annotates as cues at least half the time they occur
        (
            "During the Democratic presidential primary, Sanders assailed eventual nominee Hillary Clinton’s paid "
            "speeches to Goldman Sachs.",
            ["assailed"],
        ),
        # "briefed on" right after its noun is a reduced relative clause; "said" is the verb
        ("Officials briefed on the move said that it reflected a crisis.", ["said"]),
        # "kept insisting": the clause's subject insists, not "Smith kept"
        ("Smith kept insisting that the plan would work.", ["insisting"]),
        # a stance told with an adjective ("was critical of", "remain skeptical of"): PolNeAR train annotates
        # "critical of" 8 times in 13, "skeptical of" 3 in 3
        ("Sanders has been critical of the trade deal for years.", ["critical of"]),
        # more verbs PolNeAR train annotates as cues most of the times they occur ("clarified" 3 of 4,
        # "acquiesced" 3 of 4); "painted", "deemed" measured and left out (a coat of paint, "deemed classified")
        ("The governor clarified that the order would not apply to churches.", ["clarified"]),
        (
            # PolNeAR train annotates both acts (a content never runs over "and" + the next cue)
            "Clinton even acquiesced to the original Sanders demand and offered to debate April 14 in Brooklyn.",
            ["acquiesced", "offered"],
        ),
        # multiword cues PolNeAR train annotates again and again ("made clear" 11 times, "laid out" 6,
        # "walked back" 3)
        ("Clinton made clear that she would not back down.", ["made clear"]),
        ("Obama walked back his comments on Friday.", ["walked back"]),
        # "website notes that C": a verb when a clause or a colon follows ("media reports" stays a noun)
        ("The Heritage Foundation website notes that the statement was signed in 1960.", ["notes"]),
        # a dash then "but" opens a new clause: the first claim ends there and the second is its own
        (
            "Clinton proposed a New York debate on the evening of April 4 - but the Sanders campaign rejected the "
            'idea as "ludicrous."',
            ["proposed", "rejected"],
        ),
        # an aside that opens on "to" between commas ("to his credit") is skipped back to the subject
        (
            "And Sanders, to his credit, refuses to attack Clinton on her character, which he would have needed "
            "to do to have any chance of winning.",
            ["refuses"],
        ),
        # a title-case line in the body (a related story's headline) reads its capitalised cue
        ("The crash.\n\n— Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism.’", ["Says"]),
        # a second verb of the same form after a comma shares the first one's subject
        ("Graham slammed Trump, praised Clinton and urged voters to turn out.", ["slammed", "praised", "urged"]),
        # ... and so does a headline's capitalised "And Denounces"
        ("France’s Marine Le Pen Backs Trump And Denounces Clinton.\n\nThe story.", ["Backs", "Denounces"]),
    ],
    ids=[
        "written-participle-aside-pressed",
        "polnear-train-verb-then-saying",
        "written-quoted-by-as-saying",
        "written-outlet-citing-officials-aside",
        "written-asked-not-to-be-named",
        "polnear-train-quote-comma-then-adding",
        "written-quote-comma-then-inference",
        "polnear-train-assailed",
        "written-reduced-relative-briefed-on",
        "written-kept-insisting",
        "written-has-been-critical-of",
        "written-clarified-that",
        "polnear-train-acquiesced",
        "written-made-clear",
        "written-walked-back",
        "polnear-train-website-notes-that",
        "polnear-train-dash-but-new-clause",
        "polnear-train-to-his-credit-aside",
        "polnear-train-title-case-line-in-body",
        "written-comma-coordinated-verbs",
        "polnear-train-headline-and-coordinated-verbs",
    ],
)
def test_attributed_cues(text, cues):
    art = audit_text(text, "row.txt")
    assert [c.cue for c in art.claims if c.kind != "unattributed"] == cues, _describe(art)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a short surname at the end of the sentence keeps no full stop ("Rove." is no abbreviation)
        pytest.param(
            '"The map favors us this year," said veteran strategist Karl Rove.',
            "veteran strategist Karl Rove",
            id="written-said-name-full-stop",
        ),
        # ... nor an inverted speaker on a web page ("Ward." ended the sentence)
        pytest.param('"They need to ramp up the game catalog," says Ward.', "Ward", id="web-says-surname-full-stop"),
        # an adverb in a title-case headline is not part of the speakers ("Republicans Finally Confirmed")
        pytest.param(
            "Republicans Finally Confirmed A Judge. Is This Obama’s Last One?\n\nWASHINGTON — Something rare "
            "happened Monday.",
            "Republicans",
            id="polnear-train-headline-title-case-adverb",
        ),
        # a participle after a clause ("sent out a text message to supporters saying"): its subject speaks
        pytest.param(
            "Even before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out a "
            'text message to supporters saying: "With your help, we were just declared the winner in New Hampshire!"',
            "his campaign",
            id="polnear-train-clause-then-participle-saying",
        ),
        # a place's or a time's abbreviation can end a sentence ("D.C. The senator said")
        pytest.param(
            "The talks were held in Washington, D.C. The senator said they had failed.",
            "The senator",
            id="written-dc-ends-the-sentence",
        ),
        # "who’d" is "who" with its auxiliary: the relative clause is an aside, the main verb's subject speaks
        pytest.param(
            "Donald Trump, who’d previously endorsed Jeb Bush in the primary, said the race was over.",
            "Donald Trump",
            id="written-who-d-aside-then-said",
        ),
        # an abbreviation inside the sentence keeps its stop
        pytest.param('"We will win," said Sen. Ted Cruz.', "Sen. Ted Cruz", id="written-said-title-abbreviation"),
    ],
)
def test_source_text(text, source):
    art = audit_text(text, "row.txt")
    assert source in [c.source for c in art.claims if c.kind != "unattributed"], _describe(art)


@pytest.mark.parametrize(
    ("source", "subject"),
    [
        # a source read as a noun phrase that holds a verb of its own is a clause: its subject speaks
        pytest.param("Kasich is matched up against Clinton", "Kasich", id="polnear-train-clause-is-matched"),
        pytest.param(
            "He was assistant secretary of the Navy during World War I", "He", id="polnear-train-clause-he-was"
        ),
        pytest.param("Clinton began Sunday with a personally signed", "Clinton", id="polnear-train-clause-began"),
        # ... but not the cue's own auxiliary, a participle after its noun, or a relative clause
        pytest.param("A YouGov poll of American voters has", None, id="polnear-train-trailing-auxiliary"),
        pytest.param("The American Legion has twice", None, id="polnear-train-auxiliary-and-adverb"),
        pytest.param("a fundraising email sent out by Sanders", None, id="polnear-train-participle-by"),
        pytest.param("people who have battled other online threats", None, id="written-relative-clause"),
        pytest.param("Sen. Bob Corker of Tennessee", None, id="written-no-verb"),
    ],
)
def test_subject_of_clause_source(source, subject):
    from audit.speakers import subject_of_clause_source

    got = subject_of_clause_source(source, (0, len(source)))
    assert (source[got[0] : got[1]] if got else None) == subject
