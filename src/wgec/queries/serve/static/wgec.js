/* The wgec query page: YASGUI on this server's /sparql, the named queries as examples,
   and a bar-chart result view. Everything it loads comes from this server. */
"use strict";

const ENDPOINT = new URL("/sparql", window.location.href).href;
const ID = "https://w3id.org/wgec/id/";

/* A Yasr plugin: a bar chart of the first numeric column against the first other column. */
class ChartPlugin {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = "Chart";
  }

  columns() {
    const results = this.yasr.results;
    if (!results || !results.getVariables || !results.getBindings) return null;
    const vars = results.getVariables();
    const rows = results.getBindings() || [];
    if (!rows.length || vars.length < 2) return null;
    const isNumber = (v) => rows.every((r) => !r[v] || (r[v].type === "literal" && r[v].value !== "" && !isNaN(Number(r[v].value))));
    const value = vars.find((v) => isNumber(v) && rows.some((r) => r[v]));
    const label = vars.find((v) => v !== value);
    return value && label ? {value, label, rows} : null;
  }

  canHandleResults() {
    return this.columns() !== null;
  }

  getIcon() {
    const icon = document.createElement("span");
    icon.textContent = "▮▮";
    return icon;
  }

  draw() {
    const cols = this.columns();
    const box = document.createElement("div");
    box.className = "wgec-chart";
    if (!cols) { box.textContent = "Nothing to chart: the answer needs a numeric column."; this.yasr.resultsEl.appendChild(box); return; }
    const rows = cols.rows.slice(0, 60);
    const values = rows.map((r) => Number(r[cols.value] ? r[cols.value].value : 0));
    const max = Math.max(1, ...values);
    const ns = "http://www.w3.org/2000/svg";
    const barH = 18, labelW = 320, width = 900;
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${rows.length * (barH + 4) + 10}`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `${cols.value} by ${cols.label}`);
    rows.forEach((r, i) => {
      const y = i * (barH + 4) + 5;
      const term = r[cols.label];
      const name = term ? (term.type === "uri" && term.value.startsWith(ID) ? "id:" + term.value.slice(ID.length) : term.value) : "";
      const text = document.createElementNS(ns, "text");
      text.setAttribute("x", labelW - 6); text.setAttribute("y", y + barH - 5); text.setAttribute("text-anchor", "end");
      text.textContent = name.length > 48 ? name.slice(0, 47) + "…" : name;
      const bar = document.createElementNS(ns, "rect");
      bar.setAttribute("x", labelW); bar.setAttribute("y", y); bar.setAttribute("height", barH);
      bar.setAttribute("width", Math.max(1, (width - labelW - 60) * values[i] / max));
      const value = document.createElementNS(ns, "text");
      value.setAttribute("class", "value");
      value.setAttribute("x", labelW + Math.max(1, (width - labelW - 60) * values[i] / max) + 4); value.setAttribute("y", y + barH - 5);
      value.textContent = String(values[i]);
      svg.append(text, bar, value);
    });
    box.appendChild(svg);
    this.yasr.resultsEl.appendChild(box);
  }
}

function setUp() {
  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);
  Yasgui.Yasr.defaults.pluginOrder = ["table", "chart", "response"];
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  return new Yasgui(document.getElementById("yasgui"), {
    requestConfig: {endpoint: ENDPOINT, method: "POST"},
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {getData: () => [{endpoint: ENDPOINT}], keys: []},
    persistenceId: "wgec-" + window.location.host,
  });
}

async function examples(yasgui) {
  const select = document.getElementById("examples");
  const response = await fetch("/api/queries", {headers: {Accept: "application/json"}});
  const list = await response.json();
  const byName = {};
  for (const q of list) {
    byName[q.name] = q;
    const option = document.createElement("option");
    option.value = q.name;
    option.textContent = q.name + " — " + q.question;
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const q = byName[select.value];
    document.getElementById("question").textContent = q ? q.question : "";
    if (!q) return;
    const tab = yasgui.getTab();
    tab.setEndpoint(ENDPOINT);
    const yasqe = tab.getYasqe();
    yasqe.setValue(q.text);
    yasqe.query();
  });
}

/* IRIs of wgec instances in the results open their page on this server, not w3id.org. */
document.addEventListener("click", (event) => {
  const a = event.target.closest ? event.target.closest(".yasr a[href]") : null;
  if (a && a.href.startsWith(ID)) {
    event.preventDefault();
    window.location.assign("/id/" + a.href.slice(ID.length));
  }
}, true);

window.addEventListener("DOMContentLoaded", async () => {
  const yasgui = setUp();
  yasgui.getTab().setEndpoint(ENDPOINT);
  window.wgecYasgui = yasgui;
  await examples(yasgui);
  document.body.dataset.ready = "true";
});
