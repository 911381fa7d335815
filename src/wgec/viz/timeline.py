"""The timeline view: meetings, documents and proposals by date (vis-timeline, vendored offline),
above the network of who submitted in which year.

A date carries its precision: a month or a year is drawn as a span over that month or year.  A
date not stated for the item itself (a proposal dated by its document, a document by the meeting
it was prepared for or its working group) is inferred, and drawn dashed, in italics, with '≈' and
the reason in its tooltip.  Proposals are drawn one item per document and date.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node

from wgec.ontology.vocab import WGEC
from wgec.viz.aggregate import DEFAULT_BUDGET
from wgec.viz.describe import Describer, When, clip
from wgec.viz.networks import activity
from wgec.viz.render import network_page

HOW_TO_READ = ("Time runs left to right: meetings (green), documents (purple) and, one item per document, its "
               "proposals (grey). A date known only to the month or year spans that month or year (blue tint); "
               "a dashed, italic item marked ≈ has an inferred date (its tooltip says from what). Drag or scroll "
               "to move and zoom; click an item for its details. Below, actors link to the years in which they "
               "submitted documents: click an actor to select its items, a year to zoom to it.")
MAIN = ('<div id="timeline" aria-label="Timeline"></div><div id="details" aria-live="polite"></div>'
        '<div id="network" role="img" aria-label="Who submitted when"></div>')
LEGEND = [["meeting", "#d4f0d0", "solid"], ["document", "#eadcf2", "solid"],
          ["proposals of a document", "#f3efe9", "solid"], ["dated to the month or year only", "#e8f0fe", "solid"],
          ["≈ inferred date", "#fff8e1", "dashed"]]
GROUPS = [{"id": "meetings", "content": "Meetings"}, {"id": "documents", "content": "Documents"},
          {"id": "proposals", "content": "Proposals"}]


def _span(when: When, end: When | None = None) -> dict:
    """vis-timeline start/end/type for a date at its precision (and an optional end date)."""
    last = (end or when).end
    if when.precision == "day" and (last - when.start).days < 28:  # a meeting of a few days: a box at its start
        return {"start": when.start.isoformat(), "type": "box"}
    return {"start": when.start.isoformat(), "end": (last + dt.timedelta(days=1)).isoformat(), "type": "range"}


def _classes(kind: str, when: When) -> str:
    return " ".join([kind] + (["inferred"] if when.inferred else []) + (["approx"] if when.precision != "day" else []))


def _date_words(when: When, end: When | None = None) -> str:
    text = when.text() if end is None or end.start == when.start else f"{when.text()} to {end.text()}"
    if when.precision != "day" and not when.inferred:
        text += f" (dated to the {when.precision} only)"
    return text


def _meeting_words(d: Describer, meeting: Node) -> str:
    ordinal = d.graph.value(meeting, WGEC.ordinal)
    wg = d.graph.value(meeting, WGEC.meetingOf)
    period = str(d.graph.value(wg, DCTERMS.temporal) or "") if wg is not None else ""
    return f"Meeting {ordinal}" + (f" ({period.replace('/', '–')})" if period else "") if ordinal is not None \
        else clip(d.label(meeting), 30)


def _meetings(d: Describer) -> list[dict]:
    out = []
    for meeting in sorted(d.graph.subjects(RDF.type, WGEC.Meeting), key=str):
        when = d.date(meeting)
        if when is None:
            continue
        end = d.end_date(meeting)
        place = d.graph.value(meeting, WGEC.place)
        tip = "\n".join(x for x in (d.label(meeting), _date_words(when, end), f"In {place}" if place else "") if x)
        out.append({"id": str(meeting), "group": "meetings", "content": _meeting_words(d, meeting), "tip": tip,
                    "className": _classes("meeting", when), "actors": [], **_span(when, end)})
    return out


def _documents(d: Describer) -> tuple[list[dict], int]:
    out, undated = [], 0
    for doc in sorted(d.graph.subjects(RDF.type, WGEC.Document), key=str):
        when = d.when(doc)
        if when is None:
            undated += 1
            continue
        who = d.submitters(doc)
        tip = "\n".join(x for x in (d.label(doc), _date_words(when), f"Submitted by {', '.join(who)}" if who else "")
                        if x)
        out.append({"id": str(doc), "group": "documents", "tip": tip, "className": _classes("document", when),
                    "content": ("≈ " if when.inferred else "") + clip(d.label(doc), 30),
                    "actors": [str(a) for a in sorted(d.graph.objects(doc, WGEC.submittedBy), key=str)], **_span(when)})
    return out, undated


def _proposals(d: Describer) -> tuple[list[dict], int]:
    bundles: dict[tuple[Node | None, When], list[Node]] = defaultdict(list)
    undated = 0
    for proposal in sorted(d.graph.subjects(RDF.type, WGEC.Proposal), key=str):
        when = d.when(proposal)
        if when is None:
            undated += 1
            continue
        bundles[(d.document_of(proposal), when)].append(proposal)
    out = []
    for i, ((doc, when), items) in enumerate(sorted(bundles.items(), key=lambda kv: (kv[0][1].start, str(kv[0][0])))):
        title = clip(d.label(doc), 60) if doc is not None else "no document"
        actors = sorted({str(a) for p in items for a in d.graph.objects(p, WGEC.submittedBy)})
        lines = [f"{d.short(p, 'Proposal')}: {clip(str(d.graph.value(p, WGEC.text) or d.label(p)), 160)}"
                 for p in items[:12]] + ([f"… and {len(items) - 12} more"] if len(items) > 12 else [])
        tip = f"{len(items)} proposals in {title}\n{_date_words(when)}"
        out.append({"id": f"proposals:{i}", "group": "proposals", "tip": tip, "details": "\n".join(lines),
                    "content": ("≈ " if when.inferred else "") + f"{len(items)} proposal" + "s" * (len(items) > 1),
                    "className": _classes("proposals", when), "actors": actors, **_span(when)})
    return out, undated


def timeline_data(graph: Graph) -> dict:
    """Items, groups and the window (2013-2018 for the WGEC record: the span of the dated items)."""
    d = Describer(graph)
    docs, undated_docs = _documents(d)
    proposals, undated_proposals = _proposals(d)
    items = _meetings(d) + docs + proposals
    starts = sorted(i["start"] for i in items)
    ends = sorted(i.get("end", i["start"]) for i in items)
    first = starts[0][:4] if starts else "2013"
    last = ends[-1][:4] if ends else "2018"
    return {"items": items, "groups": GROUPS, "undated": [undated_docs, undated_proposals],
            "window": [f"{first}-01-01", f"{int(last) + 1}-01-01"],
            "limits": [f"{int(first) - 1}-01-01", f"{int(last) + 2}-01-01"]}


def timeline_page(graph: Graph, budget: int = DEFAULT_BUDGET) -> str:
    data = timeline_data(graph)
    docs, props = data["undated"]
    note = (f"Not on the timeline: {docs} document(s) and {props} proposal(s) with no date, stated or inferred."
            if docs or props else "")
    page = network_page(activity(graph), "Timeline: meetings, documents and proposals by date", HOW_TO_READ,
                        budget=budget)
    page.kind, page.main, page.timeline = "timeline", MAIN, True
    page.note = " ".join(x for x in (note, page.note) if x)
    page.data["TIMELINE"] = data
    page.data["GUIDE"]["extraTitle"] = "Timeline:"  # type: ignore[index]
    page.data["GUIDE"]["extra"] = LEGEND  # type: ignore[index]
    page.scripts = ["network.js", "timeline.js"]
    return page.render()


def item_count(graph: Graph) -> int:
    """How many items the timeline draws (for tests and the build summary)."""
    return len(timeline_data(graph)["items"])

