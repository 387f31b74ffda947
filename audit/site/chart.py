"""The chart page, ``/-/kind-mix``: the mix of provenance kinds per outlet and per article.

Each bar is an HTML row (its label stays readable on a phone and on a projector) holding an inline
SVG strip of coloured blocks. Outlets come from the ``outlet_kinds`` summary table (an article of
unknown outlet is its own bar, never merged with others); articles are paged, their counts read
from each article's stored ``kind_mix``: the page costs the same with ten articles or a million claims.
"""

from __future__ import annotations

import json

from datasette.utils.asgi import Response
from markupsafe import Markup

from ..summaries import UNKNOWN_OUTLET
from .common import (
    FALLBACK_COLOR,
    _rows,
    check_allowed,
    css_name,
    kind_css_rules,
    load_kinds,
    page_url,
    resolve_db,
)

ARTICLES_PER_PAGE = 50
OUTLET_BARS = 30


def stacked_bars(bars: list[dict], kinds: dict) -> Markup:
    """Rows of 100% stacked bars. Each bar: {"label", "href", "counts"}; every value is escaped."""
    parts = [
        str(
            Markup('<div class="kind-mix-chart" role="img" aria-label="{}">').format(
                "Share of claims of each provenance kind"
            )
        )
    ]
    for bar in bars:
        total = sum(bar["counts"].values())
        label = Markup('<a href="{}">{}</a>').format(bar["href"], bar["label"]) if bar.get("href") else bar["label"]
        parts.append(
            str(
                Markup(
                    '<div class="bar-row"><div class="bar-label">{} <span class="bar-total">{} claims</span></div>'
                ).format(label, f"{total:,}")
            )
        )
        parts.append('<svg class="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">')
        x = 0.0
        for kind_name, kind in kinds.items():
            count = bar["counts"].get(kind_name, 0)
            if not count or not total:
                continue
            w = 1000 * count / total
            parts.append(
                str(
                    Markup(
                        '<rect x="{x:.1f}" y="0" width="{w:.1f}" height="10" fill="{c}" class="k-{css}">'
                        "<title>{label}: {n} of {t} claims ({p:.0f}%)</title></rect>"
                    ).format(
                        x=x,
                        w=w,
                        c=kind["color"],
                        css=kind["css"],
                        label=kind.get("label") or kind_name,
                        n=count,
                        t=total,
                        p=100 * count / total,
                    )
                )
            )
            x += w
        parts.append("</svg></div>")
    parts.append("</div>")
    return Markup("".join(parts))


def _counts(value: object) -> dict[str, int]:
    try:
        data = json.loads(value) if isinstance(value, str) else {}
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}


def _page(request) -> int:
    value = request.args.get("page") or "1"
    return max(1, min(int(value), 10**6)) if value.isdigit() else 1


async def kind_mix_page(datasette, request):
    db_name, db = await resolve_db(datasette, request)
    await check_allowed(datasette, request, db_name, ["kind_mix", "articles"])
    kinds = await load_kinds(db)
    page = _page(request)
    total_articles = (await _rows(db, "select count(*) as n from articles"))[0]["n"]
    articles = await _rows(
        db,
        "select article_id, title, outlet, wire, kind_mix from articles order by article_id limit ? offset ?",
        [ARTICLES_PER_PAGE, (page - 1) * ARTICLES_PER_PAGE],
    )
    top = await _rows(
        db,
        "select outlet, claims from outlet_kinds where kind = '*' and claims > 0 order by claims desc, outlet limit ?",
        [OUTLET_BARS + 1],
    )
    outlet_count = (await _rows(db, "select count(*) as n from outlet_kinds where kind = '*' and claims > 0"))[0]["n"]
    names = [r["outlet"] for r in top[:OUTLET_BARS]]
    mix = await _rows(
        db,
        "select outlet, kind, claims from outlet_kinds where kind != '*' "
        f"and outlet in ({', '.join('?' * len(names))})",
        names,
    )
    unknown_ids = [n[len(UNKNOWN_OUTLET) :] for n in names if n.startswith(UNKNOWN_OUTLET)]
    titles = {
        r["article_id"]: r["title"]
        for r in await _rows(
            db,
            f"select article_id, title from articles where article_id in ({', '.join('?' * len(unknown_ids))})",
            unknown_ids,
        )
    }
    by_outlet: dict[str, dict[str, int]] = {name: {} for name in names}
    for row in mix:
        by_outlet[row["outlet"]][row["kind"]] = row["claims"] or 0
    outlet_bars = []
    for name in names:
        if name.startswith(UNKNOWN_OUTLET):
            ident = name[len(UNKNOWN_OUTLET) :]
            label = f"outlet unknown: {titles.get(ident) or ident}"
            href = page_url(datasette, "article", ident, db_name)
        else:
            label, href = name, None
        outlet_bars.append({"label": label, "href": href, "counts": by_outlet[name]})
    article_bars = []
    for art in articles:
        counts = _counts(art.get("kind_mix"))
        if not counts:
            continue
        outlet = art.get("outlet") or art.get("wire")
        label = art.get("title") or art["article_id"]
        article_bars.append(
            {
                "label": f"{label} ({outlet})" if outlet else label,
                "href": page_url(datasette, "article", art["article_id"], db_name),
                "counts": counts,
            }
        )
    for kind_name in {k for bar in outlet_bars + article_bars for k in bar["counts"]} - set(kinds):
        kinds[kind_name] = {
            "kind": kind_name,
            "label": kind_name,
            "color": FALLBACK_COLOR,
            "css": css_name(kind_name),
            "text_color": "#fff",
        }
    used = [k for k in kinds.values() if any(k["kind"] in b["counts"] for b in article_bars + outlet_bars)]
    pages = max(1, -(-total_articles // ARTICLES_PER_PAGE))
    base = page_url(datasette, "kind-mix", None, db_name)
    sep = "&" if "?" in base else "?"
    context = {
        "database": db_name,
        "table": "kind_mix",
        "kinds": used,
        "outlet_chart": stacked_bars(outlet_bars, kinds) if outlet_bars else None,
        "article_chart": stacked_bars(article_bars, kinds) if article_bars else None,
        "outlet_bars": outlet_bars,
        "article_bars": article_bars,
        "more_outlets": max(0, outlet_count - len(outlet_bars)),
        "outlet_summary_url": datasette.urls.table(db_name, "outlet_summary"),
        "page": page,
        "pages": pages,
        "first_article": (page - 1) * ARTICLES_PER_PAGE + 1,
        "last_article": min(total_articles, page * ARTICLES_PER_PAGE),
        "total_articles": total_articles,
        "prev_url": f"{base}{sep}page={page - 1}" if page > 1 else None,
        "next_url": f"{base}{sep}page={page + 1}" if page < pages else None,
        "kind_mix_table_url": datasette.urls.table(db_name, "kind_mix"),
        "kind_css": Markup(kind_css_rules(kinds)),
        "audit_css": datasette.urls.path("/static/audit.css"),
    }
    html = await datasette.render_template("audit_kind_mix.html", context, request=request, view_name="audit-kind-mix")
    return Response.html(html)
