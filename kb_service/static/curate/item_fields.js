// The fields of an item's card: an event's, a statement's or a relation's own, its participants
// and its evidence. `redraw()` draws the item's section again and returns the section's box.
import { changed } from "./check.js";
import { newEntry } from "./entries.js";
import { field, setter, terms } from "./fields.js";
import { element, statuses, t } from "./page.js";
import { createPicker } from "./picker.js";
import { selectedEvidence, state } from "./state.js";

// A field bound to item[name], labelled f_<name>.
export function bound(node, item, base, name, options = {}) {
  return field(node, { label: `f_${name}`, path: `${base}.${name}`, value: item[name], set: setter(item, name), ...options });
}

// The page's own events, which a statement may be about before they are stored.
function localEvents() {
  return state.events.map((event) => ({ id: event.id, name: event.title || event.id, type: "event" }));
}

// A picker bound to item[name]: one id, or a list of ids when `multiple`.
function picked(node, item, base, { name, label, types, multiple = false }) {
  const values = multiple ? item[name] || [] : (item[name] ? [item[name]] : []);
  const set = multiple ? (chosen) => { item[name] = chosen; } : (chosen) => { item[name] = chosen[0] || ""; };
  node.append(createPicker({ label: t(label), types, multiple, values, path: `${base}.${name}`,
    local: types.includes("event") ? localEvents : null,
    onChange: (chosen) => { set(chosen); changed(); }, onNew: newEntry }));
}

function participantRow(item, base, j, redraw) {
  const participant = item.participants[j];
  const path = `${base}.participants[${j}]`;
  const row = element("div", { className: "participant", "data-path": path });
  picked(row, participant, path, { name: "actor", label: "actor", types: ["actor"] });
  bound(row, participant, path, "role");
  const remove = element("button", { type: "button" }, t("remove"));
  remove.addEventListener("click", () => {
    item.participants.splice(j, 1);
    redraw();
    changed();
  });
  row.append(remove);
  return row;
}

function participants(node, item, base, redraw) {
  const box = element("div", { className: "participants", "data-path": `${base}.participants` });
  box.append(element("span", { className: "group-label" }, t("f_participants")));
  (item.participants || []).forEach((_, j) => box.append(participantRow(item, base, j, redraw)));
  const more = element("button", { type: "button", className: "add-participant" }, t("addParticipant"));
  more.addEventListener("click", () => {
    item.participants = item.participants || [];
    item.participants.push({ actor: "", role: "" });
    const last = `${base}.participants[${item.participants.length - 1}].actor`;
    const input = redraw().querySelector(`input[data-path="${last}"]`);
    if (input) { input.focus(); }
  });
  box.append(more);
  node.append(box);
}

export function eventFields(node, item, base, redraw) {
  bound(node, item, base, "title");
  // The title in the source's own words, for pages in its language (drafted from the passage).
  ["ar", "ru"].forEach((code) => {
    if (state.source.language !== code && !item[`title_${code}`]) { return; }
    bound(node, item, base, `title_${code}`, { dir: code === "ar" ? "rtl" : "ltr" });
  });
  bound(node, item, base, "type", { choices: terms("event_types") });
  const others = statuses.filter((status) => status !== "occurred");
  bound(node, item, base, "status", { empty: "statusDefault",
    choices: others.map((status) => ({ value: status, label: t(`st_${status}`) })) });
  bound(node, item, base, "date", { edtf: true, dir: "ltr" });
  picked(node, item, base, { name: "conflict", label: "f_conflict", types: ["conflict"] });
  participants(node, item, base, redraw);
  picked(node, item, base, { name: "places", label: "f_places", types: ["place"], multiple: true });
  bound(node, item, base, "summary", { multiline: true });
}

// The statement's words are the words selected in a passage, which its evidence then cites.
function quoteField(node, item, base, redraw) {
  const quote = bound(node, item, base, "quote", { multiline: true });
  const useQuote = element("button", { type: "button", className: "needs-selection" }, t("useQuote"));
  useQuote.addEventListener("click", () => {
    if (!state.selection) { return; }
    item.quote = state.selection.quote;
    quote.value = item.quote;
    const cited = (item.evidence || []).some((e) => e.passage === state.selection.passage);
    if (!cited) { item.evidence.push(selectedEvidence()); redraw(); }
    changed();
  });
  quote.parentNode.append(useQuote);
}

export function statementFields(node, item, base, redraw) {
  bound(node, item, base, "kind", { choices: terms("statement_kinds") });
  picked(node, item, base, { name: "speakers", label: "f_speakers", types: ["actor"], multiple: true });
  picked(node, item, base, { name: "addressees", label: "f_addressees", types: ["actor"], multiple: true });
  picked(node, item, base, { name: "about", label: "f_about", types: ["event", "actor", "place", "conflict"], multiple: true });
  picked(node, item, base, { name: "conflict", label: "f_conflict", types: ["conflict"] });
  bound(node, item, base, "date", { edtf: true, dir: "ltr" });
  quoteField(node, item, base, redraw);
  bound(node, item, base, "language", { dir: "ltr" });
  bound(node, item, base, "text_en", { multiline: true, dir: "ltr" });
}

export function relationFields(node, item, base) {
  bound(node, item, base, "type", { choices: terms("relation_types") });
  picked(node, item, base, { name: "subject", label: "f_subject", types: ["actor"] });
  picked(node, item, base, { name: "object", label: "f_object", types: ["actor", "conflict"] });
  bound(node, item, base, "role");
  bound(node, item, base, "date", { edtf: true, dir: "ltr" });
}

function evidenceRow(item, base, j, redraw) {
  const cited = item.evidence[j];
  const path = `${base}.evidence[${j}]`;
  const row = element("div", { className: "evidence-row", "data-path": path });
  const number = element("span", { className: "passage-number", "data-path": `${path}.passage` }, t("passage", { n: cited.passage }));
  const quote = element("blockquote", { "data-path": `${path}.quote` }, cited.quote);
  quote.dir = "auto";
  const remove = element("button", { type: "button" }, t("remove"));
  remove.setAttribute("aria-label", `${t("remove")}: ${cited.quote.slice(0, 40)}`);
  remove.addEventListener("click", () => {
    item.evidence.splice(j, 1);
    redraw();
    changed();
  });
  row.append(number, quote, remove);
  return row;
}

export function evidence(node, item, base, redraw) {
  const box = element("div", { className: "evidence", "data-path": `${base}.evidence` });
  box.append(element("span", { className: "group-label" }, t("evidence")));
  (item.evidence || []).forEach((_, j) => box.append(evidenceRow(item, base, j, redraw)));
  const add = element("button", { type: "button", className: "needs-selection add-evidence" }, t("addEvidence"));
  add.disabled = !state.selection;
  add.addEventListener("click", () => {
    if (!state.selection) { return; }
    item.evidence = item.evidence || [];
    item.evidence.push(selectedEvidence());
    redraw();
    changed();
  });
  box.append(add);
  node.append(box);
}
