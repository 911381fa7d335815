"use strict";
// The heatmap table of the mapping view: MATRIX = {rows, cols, cells: [row, col, documents, proposals, titles]}.
// Built with textContent only; sortable by any column; a click finds the row's or cell's nodes in the network.
(function () {
  const table = document.getElementById("matrix");
  const measureBox = document.getElementById("measure");
  const value = new Map();  // "r,c" -> cell
  for (const cell of MATRIX.cells) value.set(cell[0] + "," + cell[1], cell);
  let measure = 0;
  let sortCol = -1, sortDir = 1;  // -1: by label; -2: by total

  function v(r, c) { const cell = value.get(r + "," + c); return cell ? cell[2 + measure] : 0; }
  function total(r, cols) { return cols.reduce((s, c) => s + v(r, c), 0); }
  function colour(x, max) {
    const t = max > 0 ? x / max : 0;
    const from = [247, 251, 255], to = [8, 48, 107];
    const rgb = from.map((f, i) => Math.round(f + (to[i] - f) * t));
    return {bg: "rgb(" + rgb.join(",") + ")", fg: t > 0.55 ? "#fff" : "#1f2328"};
  }
  function th(text, cls, onclick, title) {
    const el = document.createElement("th");
    el.textContent = text;
    if (cls) el.className = cls;
    if (title) el.title = title;
    if (onclick) el.addEventListener("click", onclick);
    return el;
  }
  function sortBy(col) {
    if (sortCol === col) sortDir = -sortDir; else { sortCol = col; sortDir = col === -1 ? 1 : -1; }
    draw();
  }
  function cellTitle(r, c) {
    const cell = value.get(r + "," + c);
    const row = MATRIX.rows[r].label, col = MATRIX.cols[c].label;
    if (!cell) return row + " → " + col + ": nothing";
    const docs = cell[2] ? cell[2] + " document(s) map it" + (cell[4] ? ": " + cell[4] : "") : "no mapping table maps it";
    return row + " → " + col + "\n" + docs + "\n" + cell[3] + " proposal(s) on this issue name " + col;
  }
  function draw() {
    const rows = MATRIX.rows.map((_, i) => i);
    const allCols = MATRIX.cols.map((_, i) => i);
    const cols = allCols.filter(c => rows.some(r => v(r, c) > 0));
    const shownRows = rows.filter(r => total(r, cols) > 0);
    const max = Math.max(0, ...shownRows.flatMap(r => cols.map(c => v(r, c))));
    document.getElementById("scale-max").textContent = String(max);
    shownRows.sort((a, b) => {
      if (sortCol === -1) return sortDir * MATRIX.rows[a].label.localeCompare(MATRIX.rows[b].label);
      const x = sortCol === -2 ? total(a, cols) : v(a, sortCol), y = sortCol === -2 ? total(b, cols) : v(b, sortCol);
      return sortDir * (x - y) || MATRIX.rows[a].label.localeCompare(MATRIX.rows[b].label);
    });
    table.replaceChildren();
    const head = document.createElement("thead");
    const tr = document.createElement("tr");
    tr.appendChild(th("Issue ↕", sortCol === -1 ? "sorted" : "", () => sortBy(-1), "Sort by name"));
    let lastKind = null;
    for (const c of cols) {
      const col = MATRIX.cols[c];
      const cls = "col" + (col.kind !== lastKind && lastKind !== null ? " group-forum" : "") + (sortCol === c ? " sorted" : "");
      tr.appendChild(th(col.label, cls, () => sortBy(c), (col.kind === "forum" ? "Forum: " : "UN agency: ") + col.label + " (click to sort)"));
      lastKind = col.kind;
    }
    tr.appendChild(th("Total", "col" + (sortCol === -2 ? " sorted" : ""), () => sortBy(-2), "Sort by total"));
    head.appendChild(tr);
    const body = document.createElement("tbody");
    for (const r of shownRows) {
      const row = document.createElement("tr");
      row.appendChild(th(MATRIX.rows[r].label, "", () => window.wgecView.reveal([MATRIX.rows[r].id]),
                         MATRIX.rows[r].kind + ": " + MATRIX.rows[r].label));
      lastKind = null;
      for (const c of cols) {
        const td = document.createElement("td");
        const x = v(r, c), col = colour(x, max);
        td.textContent = String(x);
        td.className = (x === 0 ? "zero" : "") + (MATRIX.cols[c].kind !== lastKind && lastKind !== null ? " group-forum" : "");
        lastKind = MATRIX.cols[c].kind;
        td.style.background = col.bg; td.style.color = x === 0 ? "" : col.fg;
        td.title = cellTitle(r, c);
        td.addEventListener("click", () => window.wgecView.reveal([MATRIX.rows[r].id, MATRIX.cols[c].id]));
        row.appendChild(td);
      }
      const t = document.createElement("td");
      t.textContent = String(total(r, cols));
      row.appendChild(t);
      body.appendChild(row);
    }
    table.append(head, body);
    document.body.dataset.matrixRows = String(shownRows.length);
  }
  measureBox.addEventListener("change", () => { measure = Number(measureBox.value); draw(); });
  draw();
})();
