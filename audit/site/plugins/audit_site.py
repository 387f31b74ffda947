"""Datasette plugin for the provenance-audit site (Datasette 0.65): only the hooks live here; the
work is done by the ``audit.site`` package, one module per job:

* ``audit.site.highlight``: an article's text with every claim, source and cue marked;
* ``audit.site.chain``: a claim's chain from origin to reader, its flags in words;
* ``audit.site.chart``: ``/-/kind-mix``, the mix of provenance kinds per outlet and per article;
* ``audit.site.routes``: ``/-/article/{id}`` and ``/-/claim/{id}`` (bounded for any article size);
* ``audit.site.tables``: Datasette's own pages made readable (cells, default columns, listings);
* ``audit.site.facets``: facets read from the summary tables the store stage keeps;
* ``audit.site.common``: which databases hold an audit, the metadata applied to them, URLs.

Every piece of article text and every extracted field is escaped (markupsafe) before it reaches the
page; the templates never use ``|safe``; the page scripts only toggle or move server-rendered nodes.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_decode

from audit.site import facets, routes, tables
from audit.site.chain import FLAG_HELP, chain_nodes, claim_flags  # noqa: F401 - re-exported for tests
from audit.site.common import is_audit_db, metadata_for, page_url
from audit.site.highlight import highlight  # noqa: F401 - re-exported for tests

facets.install()

# Datasette settings the site relies on at archive scale (``audit serve`` passes the rest):
# facet suggestions count every column of a table on every page, so they are off; ask for a facet
# with ``_facet=COLUMN``.
SETTINGS = {"suggest_facets": False}


@hookimpl
def startup(datasette):
    async def inner():
        datasette._settings.update(SETTINGS)
        tables.cache_table_permissions(datasette)
        await tables.cache_counts(datasette)

    return inner


@hookimpl
def get_metadata(datasette, key, database, table):
    return metadata_for(datasette)


@hookimpl
def register_routes(datasette):
    return routes.ROUTES


@hookimpl
def asgi_wrapper(datasette):
    return tables.default_columns_wrapper(datasette)


@hookimpl
def filters_from_request(request, database, table, datasette):
    return tables.search_filters(request, database, table, datasette)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    return tables.render_cell(row, value, column, table, database, datasette)


@hookimpl
def menu_links(datasette, actor, request):
    return tables.menu_links(datasette, actor, request)


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    async def inner():
        if template == "index.html":
            return {"audit_listing": await tables.audit_listing(datasette, request)}
        if template == "database.html" and database:
            return {"audit_listing": await tables.audit_listing(datasette, request, only=database)}
        if template == "table.html" and table in ("claims", "articles") and request is not None:
            db = datasette.databases.get(database)
            if db is None or not await is_audit_db(db):
                return {}
            found = {"audit_search_count": await tables.search_count(datasette, database, table, request)}
            found["audit_all_columns_url"] = datasette.urls.table(database, table) + "?_all=1"
            return found
        if template == "row.html" and table in ("articles", "claims") and request is not None:
            db = datasette.databases.get(database)
            pks = (request.url_vars or {}).get("pks")
            if db is None or not pks or not await is_audit_db(db):
                return {}
            ident = tilde_decode(pks)
            if table == "articles":
                return {
                    "audit_row_link": {
                        "url": page_url(datasette, "article", ident, database),
                        "label": "Read this article with its claims highlighted",
                    }
                }
            return {
                "audit_row_link": {
                    "url": page_url(datasette, "claim", ident, database),
                    "label": "See this claim's chain and the other claims on its source",
                }
            }
        return {}

    return inner


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/static/audit.css")]


@hookimpl
def extra_js_urls(datasette):
    return [{"url": datasette.urls.path("/static/audit-tables.js"), "module": True}]  # a module runs after parsing
