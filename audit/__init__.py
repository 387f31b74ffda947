"""provenance-audit: find every claim in a news article, where it comes from, and how far to trust it."""

__version__ = "0.1.0"

from .api import audit_paths, audit_text, export_jsonl  # noqa: E402,F401
