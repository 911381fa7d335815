"use strict";
// wgec network page. NODES hold every node and every group ("bundle"); a node inside a folded group
// is left out of the view (a DataView: vis would still move hidden nodes) and its links are drawn to the group. EDGES are the raw links; the links drawn are
// recomputed from them whenever a group opens or a filter changes. Text is shown with textContent.
(function () {
  const MIN_LABEL_PX = 11;
  const byId = new Map(NODES.map(n => [n.id, n]));
  const children = new Map();
  for (const n of NODES) {
    const p = n.path.length ? n.path[n.path.length - 1] : null;
    if (p !== null) { if (!children.has(p)) children.set(p, []); children.get(p).push(n.id); }
  }
  const expanded = new Set();
  const shownClasses = new Set(GUIDE.classes.map(c => c[0]));
  let only = "";
  let byCommunity = GUIDE.colorBy === "community";
  const container = document.getElementById("network");

  function tip(text) {
    const el = document.createElement("div");
    el.className = "tip";
    el.textContent = text;
    return el;
  }
  function colourOf(n) { return byCommunity ? n.communityColor : n.classColor; }
  function rep(id) {
    for (const b of byId.get(id).path) if (!expanded.has(b)) return b;
    return id;
  }
  function neighboursOf(id) {
    const out = new Set([rep(id)]);
    for (const e of EDGES) {
      const a = rep(e.from), b = rep(e.to);
      if (a === rep(id)) out.add(b);
      if (b === rep(id)) out.add(a);
    }
    return out;
  }
  function visibleSet() {
    const near = only ? neighboursOf(only) : null;
    const out = new Set();
    for (const n of NODES) {
      if (rep(n.id) !== n.id || (n.bundle && expanded.has(n.id))) continue;
      if (!shownClasses.has(n.cls) || (near && !near.has(n.id))) continue;
      out.add(n.id);
    }
    return out;
  }
  function drawnEdges(visible) {
    const merged = new Map();
    for (const e of EDGES) {
      const a = rep(e.from), b = rep(e.to);
      if (a === b || !visible.has(a) || !visible.has(b)) continue;
      const key = a + "\u0000" + b + "\u0000" + e.kind;
      const m = merged.get(key);
      if (m) { m.value += e.value; m.n += 1; continue; }
      merged.set(key, {id: key, from: a, to: b, kind: e.kind, value: e.value, n: 1, text: e.title,
                       color: e.color, dashes: e.dashes, smooth: e.smooth, arrows: e.arrows});
    }
    const out = [];
    for (const m of merged.values()) {
      const text = m.n > 1 ? m.n + " links (" + m.kind + "), for example:\n" + m.text : m.text;
      out.push({id: m.id, from: m.from, to: m.to, value: m.value, title: tip(text), color: m.color,
                dashes: m.dashes, smooth: m.smooth, arrows: m.arrows});
    }
    return out;
  }

  // legend: classes (filters), kinds of links, groups, communities
  const legend = document.getElementById("legend");
  function part(title) {
    const el = document.createElement("span");
    el.className = "part";
    const t = document.createElement("span");
    t.className = "title";
    t.textContent = title;
    el.appendChild(t);
    legend.appendChild(el);
    return el;
  }
  function text(s) { const el = document.createElement("span"); el.textContent = s; return el; }
  const nodePart = part("Nodes:");
  for (const [cls, name, color, count] of GUIDE.classes) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.dataset.cls = cls;
    box.addEventListener("change", () => { box.checked ? shownClasses.add(cls) : shownClasses.delete(cls); refresh(); });
    const swatch = document.createElement("span");
    swatch.className = "swatch"; swatch.style.background = color;
    label.append(box, swatch, text(name + " (" + count + ")"));
    nodePart.appendChild(label);
  }
  if (GUIDE.kinds.length) {
    const linkPart = part("Links:");
    for (const [kind, words, color, dashes] of GUIDE.kinds) {
      const item = document.createElement("span");
      item.className = "item";
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("width", "34"); svg.setAttribute("height", "10");
      const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
      line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "33"); line.setAttribute("y2", "5");
      line.setAttribute("stroke", color); line.setAttribute("stroke-width", "3");
      if (dashes) line.setAttribute("stroke-dasharray", "6 4");
      svg.appendChild(line);
      item.append(svg, text(words));
      item.dataset.kind = kind;
      linkPart.appendChild(item);
    }
  }
  if (GUIDE.extra && GUIDE.extra.length) {
    const extra = part(GUIDE.extraTitle || "");
    for (const [words, background, border] of GUIDE.extra) {
      const item = document.createElement("span");
      item.className = "item";
      const sw = document.createElement("span");
      sw.className = "swatch box"; sw.style.background = background; sw.style.borderStyle = border;
      item.append(sw, text(words));
      extra.appendChild(item);
    }
  }
  const notes = part("");
  notes.appendChild(text(GUIDE.size));
  if (NODES.some(n => n.bundle)) {
    const s = document.createElement("span");
    s.className = "swatch box"; s.style.background = "#fff";
    const item = document.createElement("span");
    item.className = "item";
    item.append(s, text("a group: click to open it, double-click a member to fold it back"));
    notes.appendChild(item);
  }
  const communityBox = document.getElementById("by-community");
  communityBox.checked = byCommunity;
  if (!GUIDE.communities.length) document.getElementById("community-box").hidden = true;
  if (GUIDE.communities.length && byCommunity) {
    const cpart = part("Communities:");
    for (const [name, color, count] of GUIDE.communities) {
      const item = document.createElement("span");
      item.className = "item";
      const sw = document.createElement("span");
      sw.className = "swatch"; sw.style.background = color;
      item.append(sw, text(name + " (" + count + ")"));
      cpart.appendChild(item);
    }
  }
  communityBox.addEventListener("change", e => {
    byCommunity = e.target.checked;
    nodes.update(NODES.map(n => ({id: n.id, color: colourOf(n)})));
  });

  // filter: one entity (e.g. a question of the debate) and what links to it
  if (GUIDE.filter) {
    const select = document.getElementById("filter");
    document.getElementById("filter-label").textContent = GUIDE.filter.label;
    document.getElementById("filter-box").hidden = false;
    const all = document.createElement("option");
    all.value = ""; all.textContent = GUIDE.filter.all;
    select.appendChild(all);
    for (const n of NODES.filter(n => n.cls === GUIDE.filter.cls && !n.bundle)) {
      const o = document.createElement("option");
      o.value = n.id; o.textContent = n.fullLabel || n.label;
      select.appendChild(o);
    }
    select.addEventListener("change", () => { only = select.value; if (only) window.wgecView.reveal([only]); refresh(); });
  }

  let shownNow = visibleSet();
  const first = shownNow;
  const nodes = new vis.DataSet(NODES.map(n => ({
    id: n.id, label: n.label, title: tip(n.title), color: colourOf(n), size: n.size, shape: n.shape,
    borderWidth: n.bundle ? 3 : (n.focus ? 5 : 1)})));
  const view = new vis.DataView(nodes, {filter: n => shownNow.has(n.id)});
  const edges = new vis.DataSet(drawnEdges(first));
  if (NODES.length === 0) {
    container.hidden = true;
    document.getElementById("empty").hidden = false;
  }
  const network = new vis.Network(container, {nodes: view, edges: edges}, OPTIONS);
  window.network = network;

  function refresh() {
    const visible = visibleSet();
    shownNow = visible;
    view.refresh();
    edges.clear();
    edges.add(drawnEdges(visible));
    document.body.dataset.shown = String(visible.size);
    document.getElementById("fold").hidden = expanded.size === 0;
    return visible;
  }
  function place(parent, ids) {
    const at = network.getPositions([parent])[parent] || {x: 0, y: 0};
    const step = 26 + Math.min(30, 4 * Math.sqrt(ids.length));
    ids.forEach((id, i) => {  // a sunflower around the group's place
      const r = step * Math.sqrt(i + 1), a = i * 2.39996;
      nodes.update({id: id, x: at.x + r * Math.cos(a), y: at.y + r * Math.sin(a)});
    });
  }
  function open(id) {
    if (!byId.get(id) || !byId.get(id).bundle || expanded.has(id)) return;
    place(id, children.get(id) || []);
    expanded.add(id);
  }
  function fold(id) {
    expanded.delete(id);
    for (const k of children.get(id) || []) if (byId.get(k).bundle) fold(k);
  }
  window.wgecView = {
    reveal(ids) {  // open the groups holding these nodes, then select them
      ids = ids.filter(id => byId.has(id));
      for (const id of ids) for (const b of byId.get(id).path) open(b);
      refresh();
      const shown = ids.filter(id => shownNow.has(id));
      network.selectNodes(shown);
      return shown;
    },
    refresh, byId,
  };

  function legible() {  // labels drawn at MIN_LABEL_PX or more on screen at the default zoom
    const s = network.getScale();
    if (s > 0 && Number.isFinite(s)) {
      network.setOptions({nodes: {font: {size: Math.min(64, Math.max(14, Math.ceil(MIN_LABEL_PX / s)))}}});
    }
  }
  function settled() {
    network.setOptions({physics: false});
    // other parts of the page (the timeline) are drawn first; their scripts may not have run yet
    const parsed = new Promise(resolve => document.readyState === "loading"
      ? document.addEventListener("DOMContentLoaded", resolve) : resolve());
    const late = new Promise(resolve => setTimeout(resolve, 8000));
    parsed.then(() => Promise.race([Promise.all(window.wgecWaits || []), late])).then(() => {
      network.redraw();
      if (NODES.length) network.fit({animation: false});
      legible();
      document.body.dataset.ready = "true";
    });
  }
  document.body.dataset.shown = String(first.size);
  if (NODES.length === 0 || !OPTIONS.physics || OPTIONS.physics.enabled === false) settled();
  else network.once("stabilizationIterationsDone", settled);

  network.on("click", p => {
    if (p.nodes.length === 1 && byId.get(p.nodes[0]).bundle) { open(p.nodes[0]); refresh(); }
  });
  network.on("doubleClick", p => {
    if (p.nodes.length !== 1) return;
    const path = byId.get(p.nodes[0]).path;
    if (path.length) { fold(path[path.length - 1]); refresh(); }
  });
  document.getElementById("fold").addEventListener("click", () => { expanded.clear(); refresh(); });

  document.getElementById("search").addEventListener("input", e => {
    const q = e.target.value.trim().toLowerCase();
    const hits = q ? NODES.filter(n => !n.bundle && shownClasses.has(n.cls) &&
      ((n.fullLabel || n.label).toLowerCase().includes(q) || n.label.toLowerCase().includes(q))).map(n => n.id) : [];
    const shown = q ? window.wgecView.reveal(hits.slice(0, 40)) : [];
    if (!q) network.unselectAll();
    document.getElementById("found").textContent = q ? hits.length + " found" : "";
    if (shown.length) network.focus(shown[0], {scale: Math.max(network.getScale(), 1), animation: false});
  });
})();
