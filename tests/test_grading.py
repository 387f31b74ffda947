"""Grading: the worked examples of provenance.md, flags with their words, explanations, and
weights that live in the grading data file (``audit/data/grading.json``).

Texts are excerpts of the seed articles, copied in as literals.
"""

from __future__ import annotations

import json
import re

import pytest

from audit.api import audit_text
from audit.lexicon import lexicon
from audit.models import KINDS, AuditedArticle, Claim

SEED_001 = (
    "print PRINT\n\n\n"
    "Putin uses U.S. bases as a test of Japan’s loyalty: secret report\n\n"
    "“Russian President Vladimir Putin and officials of the Russian Federation have no intention to discuss "
    "the possible transfer of Etorofu and Kunashiri to Japan after returning two islands [Shikotan and "
    "Habomai],” said a Russian government official, according to a\u00a0top secret report Shukan Bunshun "
    "obtained through former Foreign Ministry official Takeo Harada, who now heads the Institute for "
    "International Strategy and Information Analysis, Inc.\n\n\n"
    "“An individual closely connected to the Russian president’s office and diplomatic and security "
    "authorities drafted the report,” said Harada. “The individual compiled the report based on detailed "
    "interviews with officials of government authorities.”\n\n\n"
    "President Putin and Prime Minister Shinzo Abe will hold a summit meeting this month.\n\n\n"
    "Russia will “conduct referendums at the national and regional levels” on returning the two islands to "
    "Japan, the report says.\n\n\n"
    "“It is totally unacceptable” to remove U.S. military bases from Honshu (according to a source close to "
    "the prime minister). The top secret report disclosed President Putin’s true feelings. The path to "
    "solving the territorial dispute remains long and arduous.\n"
)

SEED_002 = (
    "Japan’s alliance obligations important for peace treaty talks, Kremlin says\n"
    "MOSCOW, November 16. /TASS/. Tokyo’s alliance obligations are important for peace treaty talks between "
    "Russia and Japan, Kremlin Spokesman Dmitry Peskov told reporters.\n"
    "When asked to comment on media reports claiming that Japanese Prime Minister Shinzo Abe in a "
    "conversation "
    "with Russian President Vladimir Putin had promised not to allow the setup of US military bases on the "
    'South Kuril Islands in case Moscow handed them over to Tokyo, Peskov stressed that "the leaders held a '
    'one-on-one conversation about the peace treaty issue."\n'
    '"As for details, I would like to refrain from making them public. I can confirm that Tokyo’s alliance '
    'obligations are important as far as peace treaty talks go," the Russian presidential spokesman said.\n'
)

SEED_004 = (
    "TOKYO -- Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this spring "
    "in "
    "a bid to create a framework agreement on territorial issues and a peace treaty with Russian President "
    "Vladimir Putin, according to people familiar with the matter.\n\n"
    "The joint declaration stipulates the transfer of the smaller two of the islands -- Habomai and Shikotan "
    "-- from Russia to Japan after the conclusion of a peace treaty.\n\n"
    "But an individual close to the prime minister's office said that \"at least one more summit (between "
    "Abe "
    'and Putin) before the G-20 is necessary."\n\n'
    "Moscow, however, appears to be in no hurry concerning the issue.\n"
)

SEED_003 = (
    "• Kyodo\n\n\n"
    "Russian President Vladimir Putin said Thursday he wants to conclude a postwar peace treaty with Japan "
    "but "
    "that the process is challenging due to Tokyo’s military cooperation with Washington.\n\n"
    "Japan maintains that the former Soviet Union illegally seized the islands following Tokyo’s surrender "
    "in "
    "World War II.\n"
)


# --------------------------------------------------------------------------------------
def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()


def _describe(art: AuditedArticle) -> str:
    return "\n".join(
        f"  [{c.kind}] source={c.source!r} chain={[(h.kind, h.letter) for h in c.chain]} score={c.score} "
        f"grade={c.grade} flags={[(f.code, f.words) for f in c.flags]} content={c.content[:70]!r}"
        for c in art.claims
    )


def _claim(art: AuditedArticle, source: str | None = None, content: str | None = None) -> Claim:
    claims = list(art.claims)
    if source is not None:
        claims = [c for c in claims if _norm(source) in _norm(c.source)]
    if content is not None:
        claims = [c for c in claims if _norm(content) in _norm(c.content)]
    assert claims, f"no claim for source={source!r} content={content!r}; got:\n{_describe(art)}"
    return claims[0]


def _flag(claim: Claim, code: str):
    return [f for f in claim.flags if f.code == code]


def _secret_report_claim() -> tuple[AuditedArticle, Claim]:
    art = audit_text(SEED_001, "001_66eb30b0ca2c3fe9.txt")
    return art, _claim(art, "a Russian government official")


def _peskov_claim() -> tuple[AuditedArticle, Claim]:
    art = audit_text(SEED_002, "002_0d6f2a640b3f5aa7.txt")
    return art, _claim(art, "Kremlin Spokesman Dmitry Peskov")


# --------------------------------------------------------------------------------------
# worked examples
# --------------------------------------------------------------------------------------
def test_worked_example_secret_report_scores_about_10_grade_F():
    art, c = _secret_report_claim()
    assert [h.kind for h in c.chain] == ["anonymous_described", "nonpublic_document", "intermediary", "other_outlet"], (
        _describe(art)
    )
    assert 5 <= c.score <= 15, _describe(art)
    assert c.grade == "F"


def _state_media() -> float:
    return lexicon().grading["flag_factor"]["STATE_MEDIA"]["factor"]


def test_worked_example_named_spokesman_via_tass_scores_40_grade_B():
    """0.6 (B) x 0.9 (wire) = 54, then x 0.75 because TASS is state-controlled: 40."""
    art, c = _peskov_claim()
    assert [h.kind for h in c.chain] == ["on_record", "wire_agency"], _describe(art)
    assert c.score == round(100 * 0.6 * 0.9 * _state_media()) == 40, _describe(art)
    assert c.grade == "B"
    assert "lowered for carried by a state-controlled agency" in c.explanation


def test_short_name_and_role_for_the_same_spokesman_score_the_same():
    art, full = _peskov_claim()
    for source in ("Peskov", "the Russian presidential spokesman"):
        c = [c for c in art.claims if _norm(c.source) == _norm(source)]
        assert c, f"no claim with source {source!r}; got:\n{_describe(art)}"
        assert (c[0].score, c[0].grade) == (full.score, full.grade), _describe(art)


def test_the_report_says_scores_like_the_report():
    art = audit_text(SEED_001, "001.txt")
    c = _claim(art, "the report", "conduct referendums")
    assert c.kind == "nonpublic_document"
    assert c.grade == "F"
    assert c.score <= 15, _describe(art)


def test_public_record_outscores_anonymous_which_outscores_vague():
    art = audit_text(SEED_004, "004.txt")
    record = _claim(art, "joint declaration")
    described = _claim(art, "an individual close to the prime minister's office")
    vague = _claim(art, "people familiar with the matter")
    assert record.grade == "A" and described.grade == "D" and vague.grade == "F", _describe(art)
    assert record.score > described.score > vague.score, _describe(art)


def test_anonymity_reason_raises_letter_to_C():
    with_reason = _claim(
        audit_text(
            "A senior Japanese government official, who spoke on condition of anonymity because the talks are "
            "private, said the summit would be postponed until the autumn."
        ),
        "official",
    )
    without = _claim(
        audit_text("A senior Japanese government official said the summit would be postponed until the autumn."),
        "official",
    )
    assert with_reason.grade == "C" and without.grade == "D"
    assert with_reason.score > without.score


# --------------------------------------------------------------------------------------
# flags carry the words that raised them
# --------------------------------------------------------------------------------------
def test_flag_anon_no_reason_names_the_source_words():
    art, c = _secret_report_claim()
    flags = _flag(c, "ANON_NO_REASON")
    assert flags, _describe(art)
    assert "a russian government official" in _norm(flags[0].words)


def test_flag_unverified_document_names_the_report():
    art, c = _secret_report_claim()
    flags = _flag(c, "UNVERIFIED_DOCUMENT")
    assert flags, _describe(art)
    assert "report" in _norm(flags[0].words)


def test_flag_derivative_names_the_other_outlet():
    art, c = _secret_report_claim()
    flags = _flag(c, "DERIVATIVE")
    assert flags, _describe(art)
    assert "shukan bunshun" in _norm(flags[0].words)


def test_flag_derivative_for_media_reports():
    art = audit_text(SEED_002, "002.txt")
    c = _claim(art, None, "had promised not to allow the setup of US military bases")
    assert c.kind == "other_outlet", _describe(art)
    flags = _flag(c, "DERIVATIVE")
    assert flags, _describe(art)
    assert "media" in _norm(flags[0].words)


def test_flag_state_media_names_tass():
    art, c = _peskov_claim()
    flags = _flag(c, "STATE_MEDIA")
    assert flags, _describe(art)
    assert flags[0].words == "TASS"


def test_no_state_media_flag_for_kyodo_copy():
    art = audit_text(SEED_003, "003.txt")
    c = _claim(art, "Vladimir Putin")
    assert c.chain[-1].kind == "wire_agency", _describe(art)
    assert not _flag(c, "STATE_MEDIA"), _describe(art)


def test_flag_vague_source_names_the_words():
    art = audit_text(SEED_004, "004.txt")
    c = _claim(art, "people familiar with the matter")
    flags = _flag(c, "VAGUE_SOURCE")
    assert flags, _describe(art)
    assert "people familiar with the matter" in _norm(flags[0].words)
    assert _flag(c, "ANON_NO_REASON")


def test_flag_declined_to_confirm_names_the_words():
    art = audit_text(
        "The airline will cut 300 jobs, a union official said, though the company declined to confirm the figure."
    )
    c = _claim(art, "a union official")
    flags = _flag(c, "DECLINED_TO_CONFIRM")
    assert flags, _describe(art)
    assert _norm(flags[0].words) == "declined to confirm"


@pytest.mark.parametrize(
    "text",
    [
        '"I can confirm that the budget will be delayed," Finance Minister Anna Berg said.',
        SEED_002,  # "I can confirm that Tokyo's alliance obligations are important ..."
        "The ministry confirmed the figure on Tuesday, a spokesman said.",
    ],
)
def test_confirming_is_not_declining(text):
    art = audit_text(text)
    assert not any(_flag(c, "DECLINED_TO_CONFIRM") for c in art.claims), _describe(art)


def test_no_anonymity_flags_for_named_on_record_source():
    art, c = _peskov_claim()
    codes = {f.code for f in c.flags}
    assert not codes & {"ANON_NO_REASON", "VAGUE_SOURCE", "ANON_OPINION", "SINGLE_ANON_SERIOUS"}, codes


def test_every_flag_has_words_from_the_article():
    for text in (SEED_001, SEED_002, SEED_004):
        art = audit_text(text)
        for c in art.claims:
            for f in c.flags:
                assert f.words.strip(), (f.code, c.content)
                assert _norm(f.words) in _norm(text), (f.code, f.words)


# --------------------------------------------------------------------------------------
# explanations
# --------------------------------------------------------------------------------------
ARTICLES = [
    pytest.param(SEED_001, id="seed001"),
    pytest.param(SEED_002, id="seed002"),
    pytest.param(SEED_003, id="seed003"),
    pytest.param(SEED_004, id="seed004"),
]


@pytest.mark.parametrize("text", ARTICLES)
def test_every_claim_explanation_mentions_its_source(text):
    art = audit_text(text)
    assert art.claims
    for c in art.claims:
        assert c.explanation.strip(), c.content
        expl = _norm(c.explanation)
        if c.kind == "unattributed":
            assert "source" in expl or "own voice" in expl, c.explanation
        else:
            names = [n for n in (c.source, c.resolved_source) if n]
            assert any(_norm(n).strip(".,") in expl for n in names), (c.source, c.explanation)
        assert str(c.score) in c.explanation and c.grade in c.explanation, c.explanation


def _sentence_count(explanation: str, claim: Claim) -> int:
    """Sentences in an explanation, with the quoted source and hop names blanked out first
    (they may hold full stops: "Harada.", "Inc.", "U.S.")."""
    s = explanation
    names = [claim.source, claim.resolved_source] + [h.text for h in claim.chain]
    for n in sorted({n for n in names if n}, key=len, reverse=True):
        s = s.replace(n, "x")
    # a full stop after a single capital ("U.S.", "grade B.") is not counted as a sentence end
    ends = re.findall(r"(?<!\b[A-Z])[.!?][\"”’)]?(?=\s+[A-Z\"“])", s)
    return len(ends) + 1


@pytest.mark.parametrize("text", ARTICLES)
def test_every_claim_explanation_is_one_sentence(text):
    art = audit_text(text)
    many = [c.explanation for c in art.claims if _sentence_count(c.explanation, c) != 1]
    assert not many, "explanations of more than one sentence:\n" + "\n".join(many)


# --------------------------------------------------------------------------------------
# the numbers live in the grading data
# --------------------------------------------------------------------------------------
def test_grading_data_covers_every_kind_and_letter():
    g = lexicon().grading
    for kind in KINDS:
        assert kind in g["kind_letter"], kind
        assert kind in g["kind_relay"], kind
        assert g["kind_relay"][kind] in g["relay_fidelity"], kind
    for letter in g["letter_rank"]:
        assert letter in g["letter_weight"], letter
    assert set(g["kind_letter"].values()) <= set(g["letter_rank"])


def test_changing_letter_weight_B_moves_the_peskov_score(monkeypatch):
    _, before = _peskov_claim()
    weights = lexicon().grading["letter_weight"]
    relay = lexicon().grading["relay_fidelity"]["attributed_rereport"]
    assert before.score == round(100 * weights["B"] * relay * _state_media())
    monkeypatch.setitem(weights, "B", 0.9)
    _, after = _peskov_claim()
    assert after.score == round(100 * 0.9 * relay * _state_media())  # 61 with the shipped weights
    assert after.score > before.score
    monkeypatch.undo()
    _, restored = _peskov_claim()
    assert restored.score == before.score
    assert lexicon().grading["letter_weight"]["B"] == 0.6


def test_changing_wire_relay_fidelity_moves_the_peskov_score(monkeypatch):
    _, before = _peskov_claim()
    monkeypatch.setitem(lexicon().grading["relay_fidelity"], "attributed_rereport", 1.0)
    _, after = _peskov_claim()
    assert after.score == round(100 * lexicon().grading["letter_weight"]["B"] * _state_media())
    assert after.score > before.score


def test_changed_grading_file_is_read_after_cache_clear(tmp_path, monkeypatch):
    """A modified copy of grading.json, loaded through the lexicon, changes scores; no code change."""
    import json

    import audit.lexicon as lex_mod

    original_data_path = lex_mod.data_path
    grading = json.loads(original_data_path("grading.json").read_text(encoding="utf-8"))
    grading["letter_weight"]["B"] = 0.9
    (tmp_path / "grading.json").write_text(json.dumps(grading), encoding="utf-8")

    def data_path(name: str):
        return tmp_path / name if name == "grading.json" else original_data_path(name)

    monkeypatch.setattr(lex_mod, "data_path", data_path)
    lex_mod.lexicon.cache_clear()
    try:
        _, c = _peskov_claim()
        factor = grading["flag_factor"]["STATE_MEDIA"]["factor"]
        assert c.score == round(100 * 0.9 * grading["relay_fidelity"]["attributed_rereport"] * factor)
    finally:
        monkeypatch.undo()
        lex_mod.lexicon.cache_clear()
    _, restored = _peskov_claim()
    assert lexicon().grading["letter_weight"]["B"] == 0.6
    assert restored.score == 40


# --------------------------------------------------------------------------------------
# every flag moves the score as grading.json documents (stories written for the purpose)
# --------------------------------------------------------------------------------------
def _value(c: Claim) -> float:
    """The chain's value before any flag factor: origin weight times the relays' fidelities."""
    g = lexicon().grading
    value = g["letter_weight"][c.chain[0].letter] if c.chain else g["letter_weight"][g["kind_letter"]["unattributed"]]
    for hop in c.chain[1:]:
        value *= hop.fidelity
    return value


# flag, story that raises it, the same story without it, words of the claim's source (None: own voice)
FACTOR_FLAGS = [
    (
        "ANON_OPINION",
        "A senior Treasury official said the tariff plan was a disaster.",
        "A senior Treasury official said the tariff plan would be delayed until March.",
        "official",
    ),
    (
        "SINGLE_ANON_SERIOUS",
        "Council budget row deepens\n\nA senior police officer said the mayor took a bribe from the contractor.\n",
        "Council budget row deepens\n\nA senior police officer said the mayor met the contractor twice.\n",
        "police officer",
    ),
    (
        "STATE_MEDIA",
        "MOSCOW, May 3. /TASS/. The ministry will cut the grain export quota by a fifth, Deputy Agriculture "
        "Minister Ivan Petrov told reporters.",
        "MOSCOW, May 3 (Reuters) - The ministry will cut the grain export quota by a fifth, Deputy Agriculture "
        "Minister Ivan Petrov told reporters.",
        "Ivan Petrov",
    ),
    (
        "PRIVATE_MEETING",
        "The two leaders agreed in a closed-door meeting to drop the tariffs.",
        "The two leaders agreed at the harbour summit to drop the tariffs.",
        None,
    ),
    (
        "DECLINED_TO_CONFIRM",
        "The airline will cut 300 jobs, a union official said, though the company declined to confirm the figure.",
        "The airline will cut 300 jobs, a union official said, though the company did not give a date.",
        "a union official",
    ),
]


@pytest.mark.parametrize("code,with_flag,without_flag,source", FACTOR_FLAGS, ids=[f[0] for f in FACTOR_FLAGS])
def test_each_factor_flag_lowers_the_score_by_its_documented_factor(code, with_flag, without_flag, source):
    factor = lexicon().grading["flag_factor"][code]["factor"]
    art_with, art_without = audit_text(with_flag), audit_text(without_flag)
    flagged = _claim(art_with, source) if source else next(c for c in art_with.claims if c.kind == "unattributed")
    plain = _claim(art_without, source) if source else next(c for c in art_without.claims if c.kind == "unattributed")
    assert _flag(flagged, code), _describe(art_with)
    assert not _flag(plain, code), _describe(art_without)
    assert plain.score == round(100 * _value(plain)), _describe(art_without)
    assert flagged.score == round(100 * _value(flagged) * factor), _describe(art_with)
    assert flagged.score < plain.score
    assert lexicon().grading["flag_factor"][code]["reason"] in flagged.explanation


# flag, story that raises it, the same claim without it, source words of each
CHAIN_FLAGS = [
    (
        "ANON_NO_REASON",
        ("A senior Japanese government official said the summit would be postponed until the autumn.", "official"),
        (
            "A senior Japanese government official, who spoke on condition of anonymity because the talks are "
            "private, said the summit would be postponed until the autumn.",
            "official",
        ),
    ),
    (
        "VAGUE_SOURCE",
        ("The mayor will resign in June, sources said.", "sources"),
        ("The mayor will resign in June, a senior city hall official said.", "official"),
    ),
    (
        "DERIVATIVE",
        ("The mayor will resign in June, a city hall spokesman told The Washington Post.", "spokesman"),
        ("The mayor will resign in June, a city hall spokesman said.", "spokesman"),
    ),
    (
        "UNVERIFIED_DOCUMENT",
        ("The mayor will resign in June, according to a leaked memo.", "memo"),
        ("The mayor will resign in June, according to the council's published minutes.", "minutes"),
    ),
]


@pytest.mark.parametrize("code,flagged_case,plain_case", CHAIN_FLAGS, ids=[f[0] for f in CHAIN_FLAGS])
def test_each_chain_flag_lowers_the_score_through_its_letter_or_fidelity(code, flagged_case, plain_case):
    """These flags name what a letter or a fidelity already prices; grading.json says which."""
    assert code in lexicon().grading["flag_in_chain"]
    art_with, art_without = audit_text(flagged_case[0]), audit_text(plain_case[0])
    flagged, plain = _claim(art_with, flagged_case[1]), _claim(art_without, plain_case[1])
    assert _flag(flagged, code), _describe(art_with)
    assert not _flag(plain, code), _describe(art_without)
    assert flagged.score < plain.score, (_describe(art_with), _describe(art_without))


def test_every_documented_flag_has_a_documented_effect():
    from pathlib import Path

    g = lexicon().grading
    doc = (Path(__file__).parents[1] / "docs" / "grading.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", doc, re.MULTILINE))
    assert documented, "no flag table in docs/grading.md"
    assert documented == set(g["flag_factor"]) | set(g["flag_in_chain"])
    assert not set(g["flag_factor"]) & set(g["flag_in_chain"])
    for code, effect in g["flag_factor"].items():
        assert 0 < effect["factor"] < 1, code
        assert f"`{code}`" in doc and str(effect["factor"]) in doc, code


# --------------------------------------------------------------------------------------
# go-betweens: 0.65 only with an interest the article states
# --------------------------------------------------------------------------------------
MEMO = (
    "The plan would cost billions, said Tom Hale, according to a confidential memo the Daily Ledger "
    "obtained through {}."
)
GO_BETWEENS = [
    ("retired teacher John Smith", "unverified_passon"),
    ("campaign adviser John Smith", "interested_go_between"),
    ("John Smith, who runs a lobbying firm", "interested_go_between"),
    ("John Smith, who lives in Ohio", "unverified_passon"),
    ("a former official", "anonymous_go_between"),
]


@pytest.mark.parametrize("go_between,relay", GO_BETWEENS)
def test_go_between_fidelity_follows_what_the_article_says_of_it(go_between, relay):
    art = audit_text(MEMO.format(go_between))
    c = _claim(art, "Tom Hale")
    hops = [h for h in c.chain if h.kind == "intermediary"]
    assert hops, _describe(art)
    assert hops[0].fidelity == lexicon().grading["relay_fidelity"][relay], _describe(art)


def test_seed_go_between_who_heads_an_institute_has_an_interest():
    """Harada "now heads" an analysis firm: a stake stated by the general verb list, not a seed phrase."""
    art, c = _secret_report_claim()
    harada = next(h for h in c.chain if h.kind == "intermediary")
    assert harada.fidelity == lexicon().grading["relay_fidelity"]["interested_go_between"]
    assert "who now heads" not in json.dumps(lexicon().grading)


def test_no_seed_phrases_in_the_grading_data():
    data = json.dumps(lexicon().grading).lower()
    for phrase in ("refrain from making them public", "who now heads"):
        assert phrase not in data


# --------------------------------------------------------------------------------------
# own voice and described sources
# --------------------------------------------------------------------------------------
def test_described_officials_outscore_the_articles_own_voice():
    described = _claim(
        audit_text("Officials from the prime minister's office said the budget would be delayed."), "Officials"
    )
    own = audit_text("The budget will be delayed.").claims[0]
    assert own.kind == "unattributed" and own.grade == "E"
    assert described.grade == "D" and described.score > own.score


# --------------------------------------------------------------------------------------
# restatement: a headline or summary rests on the claim it restates
# --------------------------------------------------------------------------------------
def test_headline_restating_a_vague_source_rests_on_it():
    art = audit_text(
        "Mayor to resign in June after budget row\n\n"
        "The mayor will resign in June after the budget row, according to people familiar with the matter.\n\n"
        "The council meets again on Friday.\n"
    )
    headline = next(c for c in art.claims if c.is_headline)
    lede = _claim(art, "people familiar with the matter")
    assert headline.kind == "unattributed" and headline.source is None  # still the article's own voice
    assert [h.text for h in headline.chain] == [h.text for h in lede.chain], _describe(art)
    assert (headline.score, headline.grade) == (lede.score, lede.grade)
    assert headline.explanation.startswith("Restates what the article attributes to")
    assert _flag(headline, "VAGUE_SOURCE")
    friday = _claim(art, None, "council meets again")
    assert not friday.chain and friday.grade == "E"  # a sentence restating nothing keeps its own voice


def test_as_explained_points_back_to_the_report():
    from pathlib import Path

    seed = Path(__file__).parents[1] / "seeds" / "001_66eb30b0ca2c3fe9.txt"
    art = audit_text(seed.read_text(encoding="utf-8"), seed.name)
    c = _claim(art, None, "as explained at the beginning")
    assert c.kind == "unattributed"
    assert "secret report" in " ".join(h.text for h in c.chain), _describe(art)
    assert c.grade == "F" and c.score <= 15


def test_headline_on_unnamed_officials_takes_the_named_spokeswoman_below():
    art = audit_text(
        "Budget to be delayed until autumn, officials say\n\n"
        "The budget will be delayed until autumn, Finance Ministry spokeswoman Anna Berg said on Tuesday.\n\n"
        "The opposition called the delay reckless.\n"
    )
    lede = _claim(art, "Anna Berg")
    headline = next(c for c in art.claims if c.content.startswith("Budget to be delayed"))
    if not headline.is_headline:
        pytest.skip("the clean stage did not take the first line for a headline")
    assert headline.chain[0].text == lede.chain[0].text, _describe(art)
    assert headline.score == lede.score


# A go-between who spoke with a named person passes on that person's words (kinds guide:
# "a friend who spoke with him said he ..." is the friend, an intermediary). Written stories.
GO_BETWEEN_ROWS = [
    pytest.param(
        "Trump in Ohio\n\nDonald Trump spoke in Ohio on Monday. A friend who spoke with him said he was furious "
        "about the debate.\n",
        "Donald Trump",
        id="friend-who-spoke-with-him",
    ),
    pytest.param(
        "Trump in Ohio\n\nTwo people who have talked to Mr. Trump said he would not drop out of the race.\n",
        "Trump",
        id="people-who-talked-to-named-person",
    ),
]


@pytest.mark.parametrize("text, origin", GO_BETWEEN_ROWS)
def test_go_between_claim_starts_from_the_party_spoken_with(text, origin):
    art = audit_text(text, "go-between.txt")
    claim = next(c for c in art.claims if c.kind != "unattributed" and "spoke in Ohio" not in c.content)
    assert claim.kind == "intermediary"
    assert [h.kind for h in claim.chain] == ["on_record", "intermediary"]
    assert origin in claim.chain[0].text
    # the explanation names the origin, and the unnamed go-between is the weakest link
    assert claim.explanation.startswith(f"Rests on {claim.chain[0].text}, named and on the record, passed on by ")
    assert "weakest link being" in claim.explanation and "unnamed go-between" in claim.explanation
    direct = audit_text(text.split("\n\n")[0] + f"\n\n{origin} said he would not drop out of the race.\n", "d.txt")
    on_record = next(c for c in direct.claims if c.kind == "on_record")
    assert claim.score < on_record.score


def test_who_spoke_to_an_outlet_is_no_go_between():
    art = audit_text("Talks\n\nPeople who spoke to CNN said the plan was dead.\n", "cnn.txt")
    assert all(c.kind != "intermediary" for c in art.claims)


def test_sources_who_spoke_to_an_outlet_are_relayed_by_it():
    art = audit_text(
        "Probe\n\nThree intelligence sources who spoke to Fox News said the probe was widening.\n", "fox.txt"
    )
    claim = next(c for c in art.claims if c.kind != "unattributed")
    assert claim.kind == "anonymous_described"
    assert claim.resolved_source == "Three intelligence sources"
    assert [(h.kind, h.text) for h in claim.chain] == [
        ("anonymous_described", "Three intelligence sources"),
        ("other_outlet", "Fox News"),
    ]
    assert "reported by Fox News" in claim.explanation
