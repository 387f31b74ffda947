"""Highlighting: an article's text as escaped HTML, every claim's content, source and cue marked."""

from __future__ import annotations

from markupsafe import Markup, escape

from .common import BOILERPLATE_ROLES, STORY_ROLES, _offset, _span, css_name

# --------------------------------------------------------------------------------------------------
# Highlighting: article text to escaped HTML, computed from the offsets


def highlight(
    text: str,
    claims: list[dict],
    segments: list[dict],
    *,
    start: int = 0,
    end: int | None = None,
    claim_href=None,
    kind_labels: dict | None = None,
) -> Markup:
    """The text between ``start`` and ``end`` as HTML: every claim's content, source and cue wrapped in
    an element carrying its kind (``k-KIND``) and id (``data-claim``), sources marked ``src`` and cues
    ``cue``, each line wrapped in a ``seg seg-ROLE`` span (``boiler`` for boilerplate).

    Spans may overlap: the text is cut at every span edge and each piece belongs to the claim with the
    smallest span covering it. Every piece of text is escaped. ``claim_href(claim)`` gives a link for
    each claim (pieces become ``<a>``); without it they become ``<mark>``.
    """
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    kind_labels = kind_labels or {}
    spans = []  # (start, end, role, index of claim)
    for index, claim in enumerate(claims):
        for role in ("content", "source", "cue"):
            span = _span(claim, role, n)
            if span and span[0] < end and span[1] > start:
                spans.append((max(span[0], start), min(span[1], end), role, index))
    segs = []
    for seg in segments:
        s, e = _offset(seg.get("start")), _offset(seg.get("end"))
        if s is None or e is None:
            continue
        s, e = max(s, start), min(e, end)
        if s < e:
            segs.append((s, e, str(seg.get("role") or "")))
    segs.sort()
    cuts = {start, end}
    for s, e, *_ in spans:
        cuts.update((s, e))
    for s, e, _ in segs:
        cuts.update((s, e))
    cuts = sorted(cuts)

    pieces = []  # (a, b, segment index or None, claim index or None, classes)
    spans.sort()
    seg_i = span_i = 0
    active: list[tuple] = []  # spans covering the current piece (every span edge is a cut)
    for a, b in zip(cuts, cuts[1:], strict=False):
        while seg_i < len(segs) and segs[seg_i][1] <= a:
            seg_i += 1
        seg_here = seg_i if seg_i < len(segs) and segs[seg_i][0] <= a < segs[seg_i][1] else None
        while span_i < len(spans) and spans[span_i][0] <= a:
            active.append(spans[span_i])
            span_i += 1
        active = [sp for sp in active if sp[1] > a]
        covering = active
        owner = None
        several = False
        roles: set[str] = set()
        if covering:
            smallest = min(covering, key=lambda sp: (sp[1] - sp[0], claims[sp[3]].get("position") or 0, sp[3]))
            owner = smallest[3]
            roles = {sp[2] for sp in covering if sp[3] == owner}
            several = len({sp[3] for sp in covering}) > 1
        classes = ()
        if owner is not None:
            classes = ("hl", "k-" + css_name(claims[owner].get("kind")))
            classes += tuple(c for c, r in (("src", "source"), ("cue", "cue")) if r in roles)
            if several:
                classes += ("overlap",)
        pieces.append((a, b, seg_here, owner, classes))

    # merge neighbours that render the same way
    merged = []
    for piece in pieces:
        if merged and merged[-1][1] == piece[0] and merged[-1][2:] == piece[2:]:
            merged[-1] = (merged[-1][0], piece[1], *piece[2:])
        else:
            merged.append(piece)

    out: list[str] = []
    open_seg = None
    for a, b, seg_here, owner, classes in merged:
        if seg_here != open_seg:
            if open_seg is not None:
                out.append("</span>")
            if seg_here is not None:
                role = segs[seg_here][2]
                seg_classes = ["seg", "seg-" + css_name(role)]
                if role in BOILERPLATE_ROLES:
                    seg_classes.append("boiler")
                elif role not in STORY_ROLES:
                    seg_classes.append("aside")
                tag = Markup('<span class="{}" data-role="{}">').format(" ".join(seg_classes), role)
                out.append(str(tag))
            open_seg = seg_here
        piece = escape(text[a:b])
        if owner is None:
            out.append(str(piece))
            continue
        claim = claims[owner]
        what = "source" if "src" in classes else "cue" if "cue" in classes else "claim"
        title = "{} {}: {} (grade {})".format(
            what,
            (claim.get("position") or 0) + 1,
            kind_labels.get(claim.get("kind"), claim.get("kind") or "?"),
            claim.get("grade") or "?",
        )
        if claim_href is not None:
            out.append(
                str(
                    Markup('<a class="{}" href="{}" data-claim="{}" title="{}">{}</a>').format(
                        " ".join(classes), claim_href(claim), claim.get("claim_id") or "", title, piece
                    )
                )
            )
        else:
            tag = Markup('<mark class="{}" title="{}">{}</mark>').format(" ".join(classes), title, piece)
            out.append(str(tag))
    if open_seg is not None:
        out.append("</span>")
    return Markup("".join(out))
