// The translate view of `fluentpress serve`: each message of one Fluent file beside its source,
// checked as the translator types and saved through the JSON API (docs/serve.md). Every text
// from the project is put in the page as text, never as HTML.
"use strict";

const app = document.getElementById("fp-app");
const config = JSON.parse(app.dataset.config);
const words = config.words;
const unitsBox = document.getElementById("fp-units");
const banner = document.getElementById("fp-banner");
const preview = document.getElementById("fp-preview");
const api = `/api/units/${encodeURIComponent(config.locale)}/${config.path.split("/").map(encodeURIComponent).join("/")}`;
const checkApi = api.replace("/api/units/", "/api/check/");

// The session token comes in the address `serve` printed; it is kept for this server's other
// pages and taken out of the address bar.
const address = new URL(location.href);
if (address.searchParams.has("token")) {
  localStorage.setItem("fluentpress-token", address.searchParams.get("token"));
  address.searchParams.delete("token");
  history.replaceState(null, "", address);
}
const token = () => localStorage.getItem("fluentpress-token") || "";

function say(id, values = {}) {
  return (words[id] || id).replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function showBanner(text) {
  banner.textContent = text;
  banner.hidden = !text;
}

async function request(url, options = {}) {
  const headers = { "content-type": "application/json" };
  if (options.method && options.method !== "GET") headers["x-fluentpress-token"] = token();
  const response = await fetch(url, { ...options, headers });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text();
  return { status: response.status, body };
}

function diagnosticsList(list, diagnostics) {
  list.replaceChildren();
  if (!diagnostics.length) {
    list.append(element("li", { class: "fine" }, say("no-problems")));
    return;
  }
  for (const d of diagnostics) {
    list.append(
      element("li", { class: d.severity }, `${d.severity}[${d.code}]: ${d.message}`, element("br"), element("small", {}, d.hint)),
    );
  }
}

function diffView(changes) {
  const box = element("p", { class: "diff" });
  for (const change of changes) {
    const tag = { delete: "del", insert: "ins" }[change.change];
    box.append(tag ? element(tag, {}, change.text) : change.text);
  }
  return box;
}

const units = [];

function renderUnit(unit) {
  const stateBadge = element("span", { class: `state state-${unit.state}` }, say(`state-${unit.state}`));
  const textarea = element("textarea", {
    id: `t-${unit.id}`,
    lang: config.locale,
    "aria-label": say("translation-label", { id: unit.id }),
    spellcheck: "true",
  });
  textarea.value = unit.translation ?? "";
  const diagnostics = element("ul", { class: "diagnostics", "aria-live": "polite" });
  diagnosticsList(diagnostics, unit.diagnostics);
  const status = element("output", { "aria-live": "polite" });
  const save = element("button", { type: "button" }, say("save"));
  const section = element(
    "section",
    { class: "unit", id: `unit-${unit.id}`, "data-state": unit.state, "aria-labelledby": `h-${unit.id}` },
    element(
      "header",
      {},
      element("code", { class: "id", id: `h-${unit.id}` }, unit.id),
      stateBadge,
      unit.line ? element("span", {}, say("unit-line", { line: unit.line })) : null,
      element("span", {}, say("unit-words", { words: unit.words })),
    ),
    element("p", { class: "source", lang: config.source_locale }, unit.source),
  );
  if (unit.diff) {
    section.append(element("p", { class: "previous" }, say("previous-source")), diffView(unit.diff));
  }
  if (unit.comment) section.append(element("p", { class: "comment" }, `${say("translator-comment")} ${unit.comment}`));
  section.append(textarea, diagnostics);
  if (unit.suggestions.length) {
    const list = element("ul");
    for (const s of unit.suggestions) {
      const use = element("button", { type: "button" }, say("suggestion-use"));
      use.addEventListener("click", () => {
        textarea.value = s.translation;
        textarea.focus();
        check();
      });
      list.append(
        element("li", {}, use, element("span", { lang: config.locale }, s.translation), element("small", {}, say("similarity", { percent: Math.round(s.similarity * 100) }))),
      );
    }
    section.append(element("div", { class: "suggestions" }, element("p", {}, say("suggestions")), list));
  }
  section.append(element("div", { class: "actions" }, save, status));

  let pending = null;
  let latest = 0;
  async function check() {
    const asked = ++latest;
    const { status: code, body } = await request(checkApi, {
      method: "POST",
      body: JSON.stringify({ id: unit.id, translation: textarea.value }),
    });
    if (asked !== latest) return;
    if (code === 200) diagnosticsList(diagnostics, body.diagnostics);
  }
  textarea.addEventListener("input", () => {
    status.value = "";
    clearTimeout(pending);
    pending = setTimeout(check, 250);
  });

  async function store() {
    const { status: code, body } = await request(`${api}/${encodeURIComponent(unit.id)}`, {
      method: "PUT",
      body: JSON.stringify({
        translation: textarea.value,
        expected: unit.fingerprint ?? null,
        made_from: unit.source_fingerprint,
      }),
    });
    if (code === 200) {
      Object.assign(unit, body);
      section.dataset.state = body.state;
      stateBadge.className = `state state-${body.state}`;
      stateBadge.textContent = say(`state-${body.state}`);
      diagnosticsList(diagnostics, body.diagnostics);
      status.value = say("saved");
    } else if (code === 422) {
      diagnosticsList(diagnostics, body.diagnostics);
      status.value = say("save-refused");
    } else if (code === 409) {
      status.value = say("save-conflict");
    } else if (code === 403) {
      status.value = say("no-token");
    } else {
      status.value = say("request-failed", { error: body.error || body });
    }
  }
  save.addEventListener("click", store);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      store();
    } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      move(unit, event.key === "ArrowDown" ? 1 : -1);
    }
  });
  textarea.addEventListener("focus", () => highlight(section));
  units.push({ unit, section, textarea });
  return section;
}

function highlight(section) {
  for (const u of units) u.section.classList.toggle("current", u.section === section);
}

// The next or previous message that still needs work.
function move(from, step) {
  const at = units.findIndex((u) => u.unit === from);
  for (let i = at + step; i >= 0 && i < units.length; i += step) {
    if (units[i].unit.state !== "translated") {
      units[i].textarea.focus();
      units[i].section.scrollIntoView({ block: "center" });
      return;
    }
  }
}

// A click in the preview names a block by its text: the unit shown with that text.
const squeeze = (text) => text.replace(/\s+/g, " ").trim();
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin || event.data?.type !== "fluentpress-unit") return;
  const clicked = squeeze(event.data.text);
  if (!clicked) return;
  const found =
    units.find((u) => squeeze(u.unit.shown) === clicked) ||
    units.find((u) => u.unit.shown && (clicked.includes(squeeze(u.unit.shown)) || squeeze(u.unit.shown).includes(clicked)));
  if (found) {
    found.section.scrollIntoView({ block: "center" });
    found.textarea.focus({ preventScroll: true });
  }
});

const events = new EventSource("/_fp/events");
events.addEventListener("failed", (event) => showBanner(say("preview-failed", { error: event.data })));
events.addEventListener("reload", () => showBanner(""));

async function load() {
  const { status, body } = await request(api);
  unitsBox.removeAttribute("aria-busy");
  if (status !== 200) {
    showBanner(say("request-failed", { error: body.error || body }));
    return;
  }
  config.source_locale = body.source_locale;
  unitsBox.replaceChildren(...body.units.map(renderUnit));
  const wanted = location.hash.startsWith("#unit-") && document.getElementById(location.hash.slice(1));
  if (wanted) wanted.querySelector("textarea").focus();
}

load();
