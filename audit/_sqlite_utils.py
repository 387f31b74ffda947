"""``sqlite_utils``, imported without numpy and pandas, and only when something uses it.

``sqlite_utils`` imports numpy and pandas whenever they are installed, only to add their scalar
types to the column types it infers when it creates a table from values. This project never
hands it a numpy or pandas value (its tables are declared in ``data/schema.json``; numpy arrays
are turned into bytes before they are stored), but numpy is installed (``audit corroborate``
uses it), and importing it cost every ``audit run`` about 0.2 s of CPU, a twentieth of a run on
PolNeAR dev. So the first import of ``sqlite_utils`` happens here, with numpy and pandas hidden
unless something imported them already; they stay importable afterwards, and a process that had
imported numpy first gets ``sqlite_utils`` exactly as before. Every module of the package
imports ``sqlite_utils`` from here.

And that import waits for the first use: ``sqlite_utils`` here is a stand-in whose first
attribute read (``sqlite_utils.Database``, ``sqlite_utils.db``) imports the real module. ``audit
run`` never reads one (the store writes through the plain ``sqlite3`` connection, and creates a
new database's schema from the same statements sqlite-utils would run: ``store.Database``), and
the import (sqlite-utils with click, dateutil, pluggy and its plugin hooks) was about 230M
instructions, 1.8% of ``audit run`` on PolNeAR dev. The names of the package's signatures
(``db: sqlite_utils.Database``) are annotations only, never evaluated.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any


def load() -> ModuleType:
    """The real ``sqlite_utils`` (with ``sqlite_utils.db``), imported without numpy and pandas."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules and "sqlite_utils" not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError meanwhile
    try:
        import sqlite_utils
        import sqlite_utils.db
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


class _Deferred:
    """Stands for the ``sqlite_utils`` module: the first attribute read imports it (``load``)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(load(), name)

    def __repr__(self) -> str:
        return "<sqlite_utils, imported on first use>"


if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.db
else:
    sqlite_utils = _Deferred()

__all__ = ["load", "sqlite_utils"]
