"""Mappings of issues to organisations and forums (tables, list lines, sentences): issue levels, column
roles, mapping statements, alias resolutions."""
from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from wgec.graph.emit.base import TYPE_CLASS, EmitterBase, slugify
from wgec.graph.layout.issue_lists import organisation_list
from wgec.graph.layout.keys import slug as _slug
from wgec.graph.layout.model import ParsedDocument, Table, TableCell
from wgec.graph.link.gazetteer import Entity
from wgec.ontology.vocab import ID, WGEC

# a column saying where or by whom its row's issue is addressed, not that it names organisations
NAMES_COLUMN_RE = re.compile(r"\bwhere\b|\baddressed\b|\bdealt\s+with\b|\bhandled\b|\bvenues?\b|"
                             r"\bresponsib|\blead|\bwho\b|\bcompetent\b|\bentit(?:y|ies)\b|\bactors?\b|\bhome\b")
# a column listing one organisation's work on each row's issue: "UNCTAD activities", "ITU's work"
ACTIVITY_COLUMN_RE = re.compile(r"^(?P<name>[^\W\d][\w.&' -]{0,60}?)(?:['’]s)?\s+(?:activities|work|"
                                r"programmes?|programs?|projects?|initiatives?|role|contributions?)$", re.I)
OPEN_ENDED = "The focus-area list ends with 'Etc.': it is open-ended."


class MappingMixin(EmitterBase):
    """Tables mapping issue levels to focus areas, forums and organisations, as evidenced statements."""

    def issue_level(self, label: str) -> URIRef:
        key = re.sub(r"\s+level$", "", label.strip(), flags=re.I).lower()
        iri = ID[f"issue/{_slug(key)}-level"]
        full = label if label.lower().endswith("level") else f"{label} level"
        if (iri, RDF.type, WGEC.IssueLevel) not in self.g:
            scheme = ID["scheme/issue-levels"]
            self.add(scheme, RDF.type, SKOS.ConceptScheme)
            self.add(scheme, RDFS.label, Literal("Levels of international public policy issues", lang="en"))
            self.add(iri, RDF.type, WGEC.IssueLevel)
            self.add(iri, RDFS.label, Literal(full, lang="en"))
            self.add(iri, SKOS.inScheme, scheme)
            self.add(iri, SKOS.topConceptOf, scheme)
        if label.lower() != full.lower():
            self.add(iri, SKOS.altLabel, Literal(label, lang="en"))
        self.issue_labels[key] = iri
        self.issue_labels[full.lower()] = iri
        return iri

    def tables(self, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
        source = doc.source
        for table in doc.tables:
            column = next((i for i, h in enumerate(table.header) if re.search(r"level|issue", h, re.I)), None)
            if column is None:
                self.warnings.append(f"{source.name}: table with header {_shown(table.header)} not understood")
                continue
            roles = [self._column_role(h) for h in table.header]
            roles = [self._names_column(doc, table, i) if role == "names" else role for i, role in enumerate(roles)]
            named = {i: org for i, role in enumerate(roles) if role is None and i != column
                     and (org := self._named_column(doc, table, i)) is not None}
            levels = bool(re.search(r"level", table.header[column], re.I))
            for row in table.rows:
                if len(row.cells) <= column or not row.cells[column]:
                    continue
                level = self._row_issue(doc, row.cells[column], levels)
                for i, (role, cell) in enumerate(zip(roles, row.cells, strict=False)):
                    if i in named and cell:  # "UNCTAD activities": UNCTAD, where the row lists some
                        st = self._mapping(doc, doc_iri, level, "organization", named[i], year)
                        if st is not None:
                            self.add(st, WGEC.evidence, self.span(source, cell[0].start, cell[0].end))
                    if i == column:
                        continue
                    for entry in (part for whole in cell for part in
                                  (self._names(doc, whole) if role in ("organization", "forum") else [whole])):
                        if entry.text.lower().rstrip(".") in ("etc", "etc."):
                            self.add(level, SKOS.scopeNote, Literal(OPEN_ENDED, lang="en"))
                            continue
                        self._mapping(doc, doc_iri, level, role, entry, year)

    def _row_issue(self, doc: ParsedDocument, cell: list[TableCell], levels: bool) -> URIRef:
        """A row's issue: an issue level ("Infrastructural level", or any entry under a "Levels" column),
        else the issue as written ("Public policy issue": "Multilingualism and local content"), the
        entries a comma split apart joined again."""
        first = cell[0].text
        if levels or re.search(r"\blevel$", first, re.I):
            return self.issue_level(first)
        written = doc.source.text[cell[0].start:cell[-1].end]
        if "\n" in written:  # a grid table's cell wrapped over lines: its entries, not the other cells between
            written = ", ".join(entry.text for entry in cell)
        return self._issue(doc, written.strip(" ."), cell[0].start, cell[-1].end)

    def _issue(self, doc: ParsedDocument, text: str, start: int, end: int) -> URIRef:
        iri = ID[f"issue/{slugify(text, 8)}"]
        self.add(iri, RDF.type, WGEC.Issue)
        self.add(iri, RDFS.label, Literal(text, lang="en"))
        self.add(iri, WGEC.evidence, self.span(doc.source, start, end))
        return iri

    def issue_lists(self, doc: ParsedDocument, doc_iri: URIRef, year: int | None) -> None:
        """Mappings written as lines or sentences ("- Spam: ITU, OECD"), stated as a table's rows are: each
        organisation or forum from the issue, its evidence where the line names it and the whole line or
        sentence (a table's row has its header to say what a cell is; a line has only itself)."""
        for mapping in doc.issue_mappings:
            cell = mapping.issue
            level = re.search(r"\blevel$", cell.text, re.I) is not None
            issue = self.issue_level(cell.text) if level else self._issue(doc, cell.text, cell.start, cell.end)
            for entry in mapping.organisations:
                st = self._mapping(doc, doc_iri, issue, "organization", entry, year)
                if st is not None:
                    self.add(st, WGEC.evidence, self.span(doc.source, mapping.start, mapping.end))

    def _names(self, doc: ParsedDocument, entry: TableCell) -> list[TableCell]:
        """A cell's entry as the organisations it names: "ITU and OECD" is two, "Organisation for Economic
        Co-operation and Development" one (the gazetteer knows it); an entry that is no list of names stays
        whole."""
        raw = doc.source.text[entry.start:entry.end]
        if self.gaz.candidates(entry.text) or not re.search(r"\s(?:and|&)\s|/", raw) or \
                " ".join(raw.split()) != " ".join(entry.text.split()):
            return [entry]
        return organisation_list(raw, entry.start, self._known) or [entry]

    def _known(self, name: str) -> bool:
        return bool(self.gaz.candidates(name))

    @staticmethod
    def _column_role(header: str) -> str | None:
        """What a column maps its row's issue to: focus areas, forums, or organisations (also "Existing
        mechanism(s)", "Relevant bodies", "Institutions": each entry a forum if the gazetteer says so), or
        "names" when its header says where or by whom the issue is addressed ("Where it is addressed",
        "Addressed by", "Venue", "Responsible", "Lead", "Who") but not that it holds names: such a column
        may hold free text (:meth:`_names_column` decides).

        >>> [MappingMixin._column_role(h) for h in ("Focus areas", "Existing mechanism(s)", "Gap", "Relevant fora",
        ...                                          "Where it is addressed", "Who leads", "Competent entity")]
        ['focus', 'organization', None, 'forum', 'names', 'names', 'names']
        """
        h = header.lower()
        if "focus" in h:
            return "focus"
        if "forum" in h or re.search(r"\bfora\b", h):
            return "forum"
        if re.search(r"agenc|organi|mechanism|\bbod(?:y|ies)\b|institution", h):
            return "organization"
        if NAMES_COLUMN_RE.search(h):
            return "names"
        return None

    def _named_column(self, doc: ParsedDocument, table: Table, column: int) -> TableCell | None:
        """The organisation a column's header names as the one whose work its cells list ("UNCTAD
        activities", "ITU's work"), as written in the header (the nearest before the first row's
        entry), if the gazetteer knows it."""
        m = ACTIVITY_COLUMN_RE.match(table.header[column].strip())
        if m is None or not self._known(name := m.group("name")):
            return None
        first = next((row.cells[column][0] for row in table.rows if len(row.cells) > column and row.cells[column]),
                     None)
        at = doc.source.text.rfind(name, 0, first.start) if first is not None else -1
        return TableCell(name, at, at + len(name)) if at >= 0 else None

    def _names_column(self, doc: ParsedDocument, table: Table, column: int) -> str | None:
        """A "names" column maps to organisations when each of its entries is a list of names that look
        like organisations or acronyms ("APNIC; Internet Engineering Task Force (IETF)") and the gazetteer
        knows one at least of the column's names; a column of free text ("Nationally, by regulators")
        maps nothing."""
        names = []
        for row in table.rows:
            for entry in row.cells[column] if len(row.cells) > column else []:
                listed = organisation_list(doc.source.text[entry.start:entry.end], entry.start, self._known,
                                           strict=False)
                if listed is None:
                    return None
                names.extend(listed)
        return "organization" if any(self._known(n.text) for n in names) else None

    def _mapping(self, doc: ParsedDocument, doc_iri: URIRef, level: URIRef, role: str | None, entry: TableCell,
                 year: int | None) -> URIRef | None:
        source = doc.source
        span = self.span(source, entry.start, entry.end)
        written = entry.text
        resolution = None
        if role == "focus":
            label = written.rstrip(" .,;")
            obj = ID[f"issue/{str(level).rsplit('/', 1)[-1]}/{slugify(label, 8)}"]
            self.add(obj, RDF.type, WGEC.FocusArea)
            self.add(obj, RDFS.label, Literal(label, lang="en"))
            self.add(obj, SKOS.broader, level)
            self.add(obj, SKOS.inScheme, ID["scheme/issue-levels"])
            self.add(obj, WGEC.evidence, span)
            subject, predicate = obj, SKOS.broader
            obj = level
        elif role in ("organization", "forum"):
            candidates = self.gaz.candidates(written)
            entity = self.gaz.disambiguate(candidates, year)
            if entity is None:
                kind = "Forum" if role == "forum" else "Organization"
                iri = ID[f"{'forum' if role == 'forum' else 'org'}/{_slug(written)}"]
                self.add(iri, RDF.type, TYPE_CLASS[kind])
                self.add(iri, RDFS.label, Literal(written, lang="en"))
                self.warnings.append(f"{source.name}:{source.line_of(entry.start)}: {written!r} is not in the "
                                     f"gazetteer; added as {iri}")
                target = iri
            else:
                target = self.entity(entity)
                if written in entity.odd_spellings:
                    resolution = self.alias_resolution(entity, written)
            predicate = WGEC.mappedToForum if role == "forum" else WGEC.mappedToOrganization
            if entity is not None and role == "forum" and entity.type != "Forum" or entity is not None \
                    and role == "organization" and entity.type not in ("Organization", "WorkingGroup"):
                predicate = WGEC.mappedToForum if entity.type == "Forum" else WGEC.mappedToOrganization
            subject, obj = level, target
        else:
            return None
        st = self.statement(WGEC.MappingStatement, (subject, predicate, obj), doc_iri, span,
                            f"{self.g.value(subject, RDFS.label)} → {written}", str(doc_iri))
        self.add(st, WGEC.writtenAs, Literal(written))
        if resolution is not None:
            self.add(st, WGEC.hasAliasResolution, resolution)
        return st

    def alias_resolution(self, entity: Entity, written: str) -> URIRef:
        iri = ID[f"resolution/{_slug(written)}"]
        self.add(iri, RDF.type, WGEC.AliasResolution)
        self.add(iri, RDFS.label, Literal(f"'{written}' read as {entity.label}", lang="en"))
        self.add(iri, WGEC.writtenAs, Literal(written))
        self.add(iri, WGEC.resolvedTo, self.entity(entity))
        self.add(iri, WGEC.confidence, Literal("probable"))
        if entity.note:
            self.add(iri, RDFS.comment, Literal(entity.note, lang="en"))
        self.add(self.entity(entity), WGEC.hasAliasResolution, iri)
        return iri

    # ------------------------------------------------------------ linking after all documents

    def link_issue_levels(self) -> None:
        """Proposals that name an issue level ("- Infrastructural level") address it."""
        if not self.issue_labels:
            return
        names = sorted(self.issue_labels, key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b(?:\s+level)?", re.I)
        for proposal, text in list(self.g.subject_objects(WGEC.text)):
            t = str(text).strip().rstrip(".;:,")
            exact = self.issue_labels.get(t.lower()) or \
                self.issue_labels.get(re.sub(r"\s+level$", "", t, flags=re.I).lower())
            found = {exact} if exact else set()
            for m in pattern.finditer(str(text)):
                if re.search(r"\blevel\b", m.group(0), re.I):
                    found.add(self.issue_labels[m.group(1).lower()])
            for issue in found:
                self.add(proposal, WGEC.addressesIssue, issue)  # type: ignore[arg-type]
                parent = self.g.value(proposal, WGEC.partOf)
                if parent is not None:
                    self.add(parent, WGEC.addressesIssue, issue)  # type: ignore[arg-type]


def _shown(header: list[str], most: int = 8) -> str:
    """A table's header for a one-line warning: its first cells (a row of 100,000 cells is not a line).

    >>> _shown(["Issue", "Level"]), _shown([str(i) for i in range(10)], most=3)
    ("['Issue', 'Level']", "['0', '1', '2', ...] (10 cells)")
    """
    cells = [cell if len(cell) <= 80 else cell[:80] + "..." for cell in header[:most]]
    if len(header) <= most:
        return repr(cells)
    return f"{repr(cells)[:-1]}, ...] ({len(header)} cells)"
