"""JSON Schema of the public records, generated from the pydantic models (``schemas/``)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import AuditedArticle, Claim, Hop, IngestError, RawArticle, SourceRecord

PUBLIC_MODELS = {
    "raw_article": RawArticle,
    "audited_article": AuditedArticle,
    "claim": Claim,
    "hop": Hop,
    "source": SourceRecord,
    "ingest_error": IngestError,
}


def schema_texts() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in PUBLIC_MODELS.items()
    }


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in schema_texts().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
