"""BENCHMARKS.md from a benchmark run's results."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from wgec.files import write_atomic

SLOW_REASONS = {
    "gap-proposals": "The answer itself is large (every proposal naming no body, with its text and submitters): "
                     "counting them takes 0.06 s; about half the time is Oxigraph sorting the rows by IRI "
                     "(0.35 s unsorted) and the rest turning them into Python terms. Virtuoso takes about as long.",
    "proposals-by-date-range": "Oxigraph reads the few dates in range quickly (0.01 s) but then joins them "
                               "by hash with every proposal's text and submitters; the query lists the days of "
                               "the range (`# Days:` header) so each is an index lookup, up to two years.",
}


def _fmt(v: Any) -> str:
    if v is None:
        return "stopped"
    if isinstance(v, float):
        return f"{v:.3f}" if v < 10 else f"{v:.1f}"
    return str(v)


def _query_total(q: dict[str, Any]) -> float | None:
    values = [x["median_s"] for x in q.values()]
    return None if any(v is None for v in values) else sum(values)


def _profile_notes() -> str:
    """The profiling table: hand-written findings, kept as a Markdown file beside this module."""
    return (resources.files("wgec.bench") / "profile-notes.md").read_text(encoding="utf-8")


def _parse_results() -> list[str]:
    """The large-document parsing figures (scripts/bench_parse.py keeps them in a Markdown file beside
    this module), so a full re-run does not drop them."""
    notes = resources.files("wgec.bench") / "parse-results.md"
    return [notes.read_text(encoding="utf-8")] if notes.is_file() else []


def _header(r: dict[str, Any]) -> list[str]:
    m = r["machine"]
    return ["# wgec benchmarks", "",
            f"Measured {r['date']} on {m['cpu']} ({m['cores']} cores, {m['memory']}), Python {m['python']}, "
            f"rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']}, pySHACL {m['pyshacl']}, pyvis {m['pyvis']}, "
            f"networkx {m['networkx']}. Medians; absolute times on this 2-core machine vary by about ±20 %, "
            "the ratios between backends (same run) are steadier.", "",
            "Reproduce from a fresh clone (after the README's install command): "
            "`.venv/bin/wgec bench --scales 1,10,100,1000 --virtuoso 1000`", ""]


def _row(lines: list[str], name: str, value: Any, goal: str, ok: bool | None) -> None:
    met = "yes" if ok else ("no" if ok is not None else "—")
    lines.append(f"| {name} | {_fmt(value)} | {goal} | {met} |")


def _scale_targets(lines: list[str], big: str, entry: dict[str, Any]) -> None:
    ox, mem = entry["oxigraph"], entry["memory"]
    worst = max((q["median_s"] for q in ox["queries"].values() if q["median_s"] is not None), default=None)
    _row(lines, f"scale {big}: build with Oxigraph, all stages (s)", ox["build_total_s"], "< 60 s",
         ox["build_total_s"] < 60)
    _row(lines, f"scale {big}: slowest named query on Oxigraph (s)", worst, "< 0.5 s",
         worst is not None and worst < 0.5)
    _row(lines, f"scale {big}: peak memory, Oxigraph job (MB)", ox["peak_rss_mb"], "< 4096 MB",
         ox["peak_rss_mb"] < 4096)
    tot_ox = _query_total(ox["queries"])
    capped = sum(q["median_s"] if q["median_s"] is not None else q["stopped_after_s"]
                 for q in mem["queries"].values())
    stopped = any(q["median_s"] is None for q in mem["queries"].values())
    ratio = capped / tot_ox if tot_ox else None
    shown = (f"≥ {ratio:.0f}x (rdflib stopped at the cap on a query, counted as the cap)" if stopped
             else f"{ratio:.1f}x") if ratio else "—"
    _row(lines, f"scale {big}: query set, rdflib / Oxigraph", shown, "≥ 10x", ratio is not None and ratio >= 10)


def _targets(r: dict[str, Any], scales: dict[str, Any], big: str | None) -> list[str]:
    s = r["startup"]
    lines = ["## Targets", "", "| target | measured | goal | met |", "|---|---|---|---|"]
    _row(lines, "`wgec build` on the bundled corpus, wall (s)", s["build_bundled_s"], "< 2 s",
         s["build_bundled_s"] < 2)
    _row(lines, "named query from the CLI, bundled corpus, wall (s)", s["query_cli_s"], "< 1 s", s["query_cli_s"] < 1)
    _row(lines, "same, on the on-disk Oxigraph store (s)", s["query_cli_oxigraph_s"], "< 1 s",
         s["query_cli_oxigraph_s"] < 1)
    if big:
        _scale_targets(lines, big, scales[big])
    if "view_5000" in r:
        v = r["view_5000"]
        _row(lines, f"view render at {v['nodes_drawn']:,} nodes (of {v['nodes_in_view']:,}) (s)", v["render_s"],
             "< 1 s", v["render_s"] < 1)
    if big:
        slow = {k: v for k, v in scales[big]["oxigraph"]["queries"].items() if (v["median_s"] or 0) >= 0.5}
        if slow:
            lines += ["", f"Named queries at or over 0.5 s on Oxigraph at scale {big}, and why:", ""]
            for name, v in sorted(slow.items()):
                lines.append(f"- `{name}`: {v['median_s']} s, {v.get('rows', '?'):,} rows. "
                             f"{SLOW_REASONS.get(name, '')}")
    lines += ["", "## Start-up", "", f"`wgec --help`: {s['help_s']} s wall (imports are lazy)."
              + (f" ({r['startup_note']}.)" if r.get("startup_note") else ""), ""]
    return lines


def _builds(scales: dict[str, Any]) -> list[str]:
    lines = ["## Build per scale (seconds; graph size; peak memory of the whole job)", "",
             "| scale | triples | proposals | backend | read | parse | link | validate | write | total | peak MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for scale, entry in scales.items():
        for backend in ("oxigraph", "memory"):
            e = entry[backend]
            st = e["build_stages_s"]
            lines.append(f"| {scale} | {e['triples']:,} | {e['proposals']:,} | {backend} | {st['read']} | "
                         f"{st['parse']} | {st['link']} | {st.get('validate', '—')} | {st['write']} | "
                         f"{e['build_total_s']} | {e['peak_rss_mb']} |")
    return lines + ["", "`write`: `wgec.ttl` is written by Oxigraph (rdflib's own Turtle writer is timed under "
                    "Exports); the Oxigraph job also bulk-loads the on-disk store. `validate` uses pySHACL up to "
                    "200k triples and the pySHACL-compatible Rust engine beyond.", ""]


def _queries(scales: dict[str, Any]) -> list[str]:
    names = sorted(next(iter(scales.values()))["oxigraph"]["queries"]) if scales else []
    lines = ["## Named queries (median seconds; Oxigraph / rdflib, and the ratio)", "",
             "| query | " + " | ".join(f"scale {k}" for k in scales) + " |", "|---|" + "---|" * len(scales)]
    for name in names:
        cells = []
        for entry in scales.values():
            a = entry["oxigraph"]["queries"][name]["median_s"]
            b = entry["memory"]["queries"][name]["median_s"]
            ratio = f" ({b / a:.0f}x)" if a and b else ""
            cells.append(f"{_fmt(a)} / {_fmt(b)}{ratio}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    totals = []
    for entry in scales.values():
        a, b = _query_total(entry["oxigraph"]["queries"]), _query_total(entry["memory"]["queries"])
        totals.append(f"{_fmt(a)} / {_fmt(b)}" + (f" ({b / a:.0f}x)" if a and b else ""))
    return lines + ["| **all queries** | " + " | ".join(totals) + " |", "",
                    "`stopped`: rdflib was still running at the 60 s cap of the harness.", ""]


VIEW_NAMES = ["mapping", "actors", "positions", "coalitions", "agreement", "citations", "timeline"]


def _exports_and_views(scales: dict[str, Any]) -> list[str]:
    lines = ["## Exports (median seconds)", "", "| scale | backend | turtle | ntriples | jsonld | trig |",
             "|---|---|---|---|---|---|"]
    for scale, entry in scales.items():
        for backend in ("oxigraph", "memory"):
            ex = entry[backend].get("exports_s")
            if ex:
                lines.append(f"| {scale} | {backend} | {ex['turtle']} | {ex['ntriples']} | {ex['jsonld']} | "
                             f"{ex['trig']} |")
    measured = {n for entry in scales.values() for n in entry["memory"].get("views_s") or {}}
    names = [n for n in VIEW_NAMES if n in measured]  # a run made before a view existed has no column for it
    lines += ["", "## Views (median seconds to build the network and render the page; nodes)", "",
              "| scale | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for scale, entry in scales.items():
        v = entry["memory"].get("views_s")
        if v:
            lines.append(f"| {scale} | " + " | ".join(f"{v[n]['median_s']} ({v[n]['nodes']})" if n in v else "—"
                                                        for n in names) + " |")
    return lines + [""]


def _virtuoso(r: dict[str, Any]) -> list[str]:
    if "virtuoso" not in r:
        return []
    v = r["virtuoso"]
    if "skipped" in v:
        return ["## Beyond one machine: Virtuoso", "", f"Not measured: {v['skipped']}.", ""]
    differ = f" (differing: {', '.join(v['differ'])})" if v["differ"] else ""
    lines = ["## Beyond one machine: Virtuoso (Debian's virtuoso-opensource, on 127.0.0.1)", "",
             f"Scale {v['scale']}: {v['triples']:,} triples loaded with `{v['load_method']}` in {v['load_s']} s; "
             f"server start {v['start_s']} s. Named queries through SPARQLWrapper; answers equal the local ones "
             f"for {v['equal']} of {v['total']} queries{differ}.", "",
             "| query | Virtuoso (s) | Oxigraph local (s) | rdflib local (s) |", "|---|---|---|---|"]
    for name, t in sorted(v["queries"].items()):
        lines.append(f"| {name} | {_fmt(t)} | {_fmt(v['local_oxigraph'].get(name))} | "
                     f"{_fmt(v['local_memory'].get(name))} |")
    return lines + [""]


SERVE_START, SERVE_END = "<!-- serve-bench:start -->", "<!-- serve-bench:end -->"


def _kept_serve_section(output: Path) -> list[str]:
    """The endpoint section (written by ``wgec.bench.serve``, a run of its own) of the file being
    replaced, so that a re-run of the pipeline benchmark keeps it."""
    old = output.read_text(encoding="utf-8") if output.is_file() else ""
    start, end = old.find(SERVE_START), old.find(SERVE_END)
    return [old[start:end + len(SERVE_END)], ""] if 0 <= start < end else []


def write_report(r: dict[str, Any], output: Path) -> None:
    """BENCHMARKS.md from one run's results, section by section."""
    scales = {str(k): v for k, v in r["scales"].items()}
    big = str(max(int(k) for k in r["scales"])) if r["scales"] else None
    lines = (_header(r) + _targets(r, scales, big) + _builds(scales) + _queries(scales)
             + _exports_and_views(scales) + _virtuoso(r) + _kept_serve_section(output) + _parse_results()
             + [_profile_notes()])
    write_atomic(output, ("\n".join(lines) + "\n").encode("utf-8"))
