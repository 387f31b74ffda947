"""Facets from the summary tables: at archive scale, counting a million claims for each facet of
each page is what makes a table page slow. When a claims or articles page is unfiltered, or
filtered on one summarised column (``kind=...``, ``flags__arraycontains=...``), the facet counts
are read from ``facet_counts`` (kept by the store stage, see ``audit.summaries``) instead of
being counted; Datasette's own facet code still builds the links and labels, so the page is the
same. Anything else (several filters, a search, a ``_where``) is counted by Datasette as usual,
within its time limit. A search page computes no default facets: ask for one with ``_facet=``.
"""

from __future__ import annotations

import copy

from datasette.facets import ArrayFacet, ColumnFacet

from ..summaries import spec

# query-string arguments that change the page but not which rows it is about
NEUTRAL_ARGS = frozenset(
    {
        "_facet",
        "_facet_array",
        "_facet_size",
        "_sort",
        "_sort_desc",
        "_next",
        "_size",
        "_col",
        "_nocol",
        "_labels",
        "_label",
        "_nosuggest",
        "_nocount",
        "_nofacet",
        "_trace",
        "_all",
        "_json",
        "_shape",
        "_timelimit",
    }
)


class _Results:
    def __init__(self, rows: list[dict]):
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)


class _Answering:
    """Stands in for the Datasette object inside one facet: its queries are answered, in order,
    from the summary table; everything else is Datasette's."""

    def __init__(self, ds, answers: list[list[dict]]):
        self._ds = ds
        self._answers = list(answers)

    def __getattr__(self, name):
        return getattr(self._ds, name)

    async def execute(self, database, sql, params=None, **kwargs):
        return _Results(self._answers.pop(0))


def summary_filter(request, table: str) -> tuple[str, str] | None:
    """``("", "")`` for an unfiltered page, ``(column, value)`` for one filter on a summarised
    column, None when the summaries cannot answer."""
    summarised = spec().get(table)
    if not summarised or request is None:
        return None
    filters = []
    for key in request.args:
        if key.startswith("_") and "__" not in key:
            if key not in NEUTRAL_ARGS:
                return None
            continue
        filters += [(key, value) for value in request.args.getlist(key)]
    if not filters:
        return ("", "")
    if len(filters) > 1:
        return None
    key, value = filters[0]
    column, _, op = key.partition("__")
    if op in ("", "exact") and column in summarised.get("columns", []):
        return (column, value)
    if op == "arraycontains" and column in summarised.get("arrays", []):
        return (column, value)
    return None


async def _summary_answers(facet) -> list[list[dict]] | None:
    table = facet.table
    if not table or facet.request is None:
        return None
    wanted = spec().get(table) or {}
    allowed = wanted.get("arrays", []) if facet.type == "array" else wanted.get("columns", [])
    configs = facet.get_configs()
    if not configs:
        return None
    columns = [c["config"].get("column") or c["config"].get("simple") for c in configs]
    if any(c not in allowed for c in columns):
        return None
    where = summary_filter(facet.request, table)
    if where is None:
        return None
    size = facet.get_facet_size()
    answers = []
    try:
        for column in columns:
            result = await facet.ds.execute(
                facet.database,
                "select value, count from facet_counts where table_name = ? and filter_column = ? "
                "and filter_value = ? and [column] = ? and count > 0 order by count desc, value limit ?",
                [table, where[0], where[1], column, size + 1],
            )
            answers.append([{"value": row["value"], "count": row["count"]} for row in result.rows])
    except Exception:  # noqa: BLE001 - a database without the summary tables: count as usual
        return None
    return answers


def _searching(facet) -> bool:
    return facet.request is not None and any(k.startswith(("_search", "_audit_search")) for k in facet.request.args)


def _wrap(original):
    async def facet_results(self):
        if _searching(self):
            explicit = {"column": "_facet", "array": "_facet_array"}.get(self.type)
            if not (explicit and self.request.args.get(explicit)):
                return [], []  # default facets of a search are skipped; asked-for ones are counted
        answers = await _summary_answers(self)
        if answers is None:
            return await original(self)
        stand_in = copy.copy(self)
        stand_in.ds = _Answering(self.ds, answers)
        return await original(stand_in)

    facet_results.__wrapped__ = original  # type: ignore[attr-defined]
    return facet_results


def install() -> None:
    """Route Datasette's column and array facets through the summaries (once per process)."""
    for klass in (ColumnFacet, ArrayFacet):
        if not hasattr(klass.facet_results, "__wrapped__"):
            klass.facet_results = _wrap(klass.facet_results)
