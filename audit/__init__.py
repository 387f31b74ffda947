"""provenance-audit: find every claim in a news article, where it comes from, and how far to trust it."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["audit_paths", "audit_text", "export_jsonl", "__version__"]


def __getattr__(name: str) -> Any:
    """The front door's functions, imported on first use: ``import audit.lexicon`` (a Dask
    worker, a test of one stage) does not pay for the readers and the models' validation."""
    if name in ("audit_paths", "audit_text", "export_jsonl"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
