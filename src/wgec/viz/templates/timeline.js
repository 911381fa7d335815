"use strict";
// The timeline (vis-timeline, kept apart from vis-network as window.visTimeline). Item text is put in
// with textContent through a template function; tooltips are native title attributes (plain text).
(function () {
  const T = window.visTimeline;
  const details = document.getElementById("details");
  const byItem = new Map(TIMELINE.items.map(i => [i.id, i]));
  const items = new T.DataSet(TIMELINE.items.map(i => ({
    id: i.id, group: i.group, start: i.start, end: i.end, type: i.type, className: i.className, content: i.id})));
  const groups = new T.DataSet(TIMELINE.groups);
  const options = {
    start: TIMELINE.window[0], end: TIMELINE.window[1], min: TIMELINE.limits[0], max: TIMELINE.limits[1],
    zoomMin: 1000 * 60 * 60 * 24 * 14, stack: true, height: "100%", verticalScroll: true, orientation: {axis: "top", item: "top"},
    margin: {item: {horizontal: 4, vertical: 4}}, selectable: true, multiselect: true,
    template: function (item, element) {
      const data = byItem.get(item.id);
      const span = document.createElement("span");
      span.textContent = data ? data.content : "";
      if (element && data) element.title = data.tip;
      return span;
    },
    groupTemplate: function (group) { const s = document.createElement("span"); s.textContent = group.content; return s; },
  };
  let quiet = null;
  const drawn = new Promise(resolve => {  // drawn, then no redraw for 400 ms
    const settle = () => { clearTimeout(quiet); quiet = setTimeout(resolve, 400); };
    options.onInitialDrawComplete = () => { settle(); timeline.on("changed", settle); };
  });
  window.wgecWaits = [drawn];
  const timeline = new T.Timeline(document.getElementById("timeline"), items, groups, options);
  window.timeline = timeline;
  document.body.dataset.items = String(TIMELINE.items.length);

  function show(ids) {
    const texts = ids.map(id => byItem.get(id)).filter(Boolean).map(i => i.tip + (i.details ? "\n" + i.details : ""));
    details.textContent = texts.slice(0, 3).join("\n\n") + (texts.length > 3 ? "\n\n… and " + (texts.length - 3) + " more selected" : "");
  }
  timeline.on("select", p => {
    show(p.items);
    const actors = new Set(p.items.flatMap(id => (byItem.get(id) || {actors: []}).actors));
    if (actors.size) window.wgecView.reveal([...actors]);
  });
  window.network.on("click", p => {
    if (p.nodes.length !== 1) return;
    const id = p.nodes[0];
    const node = window.wgecView.byId.get(id);
    if (!node || node.bundle) return;
    if (node.cls === "Year") {
      const y = Number(node.label);
      timeline.setWindow(y + "-01-01", (y + 1) + "-01-01", {animation: false});
      return;
    }
    const mine = TIMELINE.items.filter(i => i.actors.includes(id)).map(i => i.id);
    timeline.setSelection(mine);
    show(mine);
  });
})();
