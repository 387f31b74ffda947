"""``sqlite_utils``, imported without numpy and pandas.

``sqlite_utils`` imports numpy and pandas whenever they are installed, only to add their scalar
types to the column types it infers when it creates a table from values. This project never
hands it a numpy or pandas value (its tables are declared in ``data/schema.json``; numpy arrays
are turned into bytes before they are stored), but numpy is installed (``audit corroborate``
uses it), and importing it cost every ``audit run`` about 0.2 s of CPU, a twentieth of a run on
PolNeAR dev. So the first import of ``sqlite_utils`` happens here, with numpy and pandas hidden
unless something imported them already; they stay importable afterwards, and a process that had
imported numpy first gets ``sqlite_utils`` exactly as before. Every module of the package
imports ``sqlite_utils`` from here.
"""

from __future__ import annotations

import sys

_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules and "sqlite_utils" not in sys.modules]
for _name in _HIDDEN:
    sys.modules[_name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError meanwhile
try:
    import sqlite_utils
    import sqlite_utils.db
finally:
    for _name in _HIDDEN:
        if sys.modules.get(_name, 0) is None:
            del sys.modules[_name]

__all__ = ["sqlite_utils"]
