"""The labelled pair set's splits (benchmarks/data/claim-pairs.jsonl) and the tools that draw and fit on
them: what is held out stays held out (issue 12).

The checks that need the PolNeAR corpus beside the repository (``../shared/corpora/polnear``, or
``AUDIT_POLNEAR``) are skipped without it; the repository holds references only, no text.
"""

from __future__ import annotations

import io
import json
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "benchmarks" / "data" / "claim-pairs.jsonl"
POLNEAR = Path(os.environ.get("AUDIT_POLNEAR", ROOT.parent / "shared" / "corpora" / "polnear"))
sys.path.insert(0, str(ROOT / "benchmarks"))

DEVELOPMENT = {"tune", "train2", "lsh", "train3", "train4"}
HELD_OUT = {"held", "fresh", "blind", "blind2", "blind3", "blind4"}


def _pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(p: dict) -> frozenset:
    return frozenset(json.dumps(p[side], sort_keys=True) for side in ("a", "b"))


def test_every_pair_has_a_known_split_and_no_text():
    for p in _pairs():
        assert p["split"] in DEVELOPMENT | HELD_OUT
        assert isinstance(p["same"], bool)
        assert set(p) == {"a", "b", "same", "origin", "split"}  # references only: no text is stored


def test_no_pair_is_in_two_splits():
    seen: dict[frozenset, str] = {}
    for p in _pairs():
        k = _key(p)
        assert k not in seen, f"a {p['split']} pair is also a {seen.get(k)} pair"
        seen[k] = p["split"]


def test_the_new_splits_hold_what_the_data_readme_says():
    pairs = _pairs()
    for split, total, same in (("train3", 180, 25), ("blind3", 80, 15), ("train4", 139, 14), ("blind4", 60, 7)):
        rows = [p for p in pairs if p["split"] == split]
        assert (len(rows), sum(p["same"] for p in rows)) == (total, same)
        assert all(p["origin"] == "polnear" for p in rows)


def test_pairs_made_for_fitting_never_touch_a_dev_article():
    if not (POLNEAR / "polnear-train.jsonl").exists():
        pytest.skip("PolNeAR is not beside the repository")
    from corroboration import load_polnear

    polnear = load_polnear(POLNEAR)
    for p in _pairs():
        if p["split"] in {"train2", "lsh", "train3", "blind", "blind2", "blind3", "train4", "blind4"}:
            assert polnear[p["a"]["doc"]]["split"] == "train"
            assert polnear[p["b"]["doc"]]["split"] == "train"


def test_the_judge_is_never_fitted_on_a_held_out_split():
    pytest.importorskip("numpy")
    import train_pair_model

    assert not set(train_pair_model.COMPACT_FIT_ON) & HELD_OUT
    assert set(train_pair_model.HELD_OUT) == HELD_OUT
    with pytest.raises(SystemExit, match="held out"):
        train_pair_model.refuse_held_out(("tune", "blind3"))
    train_pair_model.refuse_held_out(("tune", "train2", "lsh", "train3"))


def test_close_lsh_draw_keeps_only_close_candidates():
    pytest.importorskip("numpy")
    import sample_pairs

    text = "Abe promised that no United States military bases would be placed on the returned islands"
    contents = [
        ("doc-a", 0, text),
        ("doc-b", 0, text.replace("promised", "pledged")),
        ("doc-c", 0, "Abe and Putin agreed to speed up the talks on the returned islands and on military bases"),
    ]

    def draw(min_jaccard: float) -> list[dict]:
        out = io.StringIO()
        with redirect_stdout(out):
            sample_pairs.lsh_draw(contents, set(), 10, 1, min_jaccard)
        return [json.loads(line) for line in out.getvalue().splitlines()]

    close = {(d["a"]["doc"], d["b"]["doc"]) for d in draw(0.5)}
    assert close == {("doc-a", "doc-b")}
    assert all(d["band"] == "lsh, jaccard>=0.5" for d in draw(0.5))
    assert draw(0.99) == []  # the two close texts differ by a word
    assert ("doc-a", "doc-b") in {(d["a"]["doc"], d["b"]["doc"]) for d in draw(0.0)}


def test_cross_encoder_reads_the_cue_before_the_content_only_when_asked():
    pytest.importorskip("numpy")
    import train_pair_model

    texts = [("to ban Muslims from entering", "a ban on Muslims"), ("the seed's span", "Abe promised no bases")]
    cues = [("a call for", " condemned "), ("", "said")]
    assert train_pair_model.cue_inputs(texts, cues) == [
        ("a call for: to ban Muslims from entering", "condemned: a ban on Muslims"),
        ("the seed's span", "said: Abe promised no bases"),  # a seed span has no cue: its content alone
    ]
