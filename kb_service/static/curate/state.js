// What the page holds: the open source, its passages and items, the registry entries kept for it,
// and the curated document made of them (as YAML, and as the form that sends it with its text).
import { slug } from "./ids.js";

// A document's sections of items, and the kind of item each holds.
export const SECTIONS = { events: "event", statements: "statement", relations: "relation" };
// A registry document's sections, in the order they are written.
export const REGISTRY_SECTIONS = ["conflicts", "actors", "places"];
export const SOURCE_FIELDS = ["id", "title", "title_en", "publisher", "credited_to", "url", "published", "language"];

export const state = {
  open: false,
  text: "",
  textFile: "",
  source: {},
  passages: [],
  nonContent: [],
  events: [],
  statements: [],
  relations: [],
  pending: { actors: [], places: [], conflicts: [] }, // new registry entries kept in the page
  selection: null, // {passage, quote}: the words selected in a passage
  vocabulary: null,
};
export const names = {}; // id -> a name to show for it

export function textFileName() {
  return state.textFile || `${slug(state.source.id)}.txt`;
}

export function copyItem(item) {
  return JSON.parse(JSON.stringify(item));
}

// The item without its empty fields (an empty evidence list stays: the API says it is missing).
export function compact(item) {
  const out = {};
  Object.entries(item).forEach(([name, value]) => {
    if (value === "" || value === null || value === undefined) { return; }
    if (Array.isArray(value) && !value.length && name !== "evidence") { return; }
    out[name] = value;
  });
  return out;
}

function sectionOf(section) {
  return state[section].map((item) => {
    const copy = compact(item);
    delete copy.same_as_candidates; // decided on the card; ingest refuses the key
    if (copy.participants) { copy.participants = copy.participants.map(compact); }
    return copy;
  });
}

// The curated source document, as ingest reads it.
export function documentOf() {
  const source = state.source;
  const doc = { kind: "source" };
  SOURCE_FIELDS.forEach((name) => { if (source[name]) { doc[name] = source[name]; } });
  doc.text_file = textFileName();
  if (state.nonContent.length) { doc.non_content = state.nonContent.slice().sort((a, b) => a - b); }
  Object.keys(SECTIONS).forEach((section) => {
    if (state[section].length) { doc[section] = sectionOf(section); }
  });
  return doc;
}

export function yamlOf(doc) {
  return "# Curated in the workbench (/curate). Every quote is the words selected in the text.\n" +
    window.jsyaml.dump(doc, { lineWidth: 100, noRefs: true });
}

export function registryDocument() {
  const doc = { kind: "registry" };
  REGISTRY_SECTIONS.forEach((section) => {
    if (state.pending[section].length) { doc[section] = state.pending[section]; }
  });
  return doc;
}

export function hasPending() {
  return REGISTRY_SECTIONS.some((section) => state.pending[section].length);
}

// The document and its text, as POST /api/v1/sources takes them.
export function sourceForm() {
  const form = new FormData();
  const yaml = new Blob([yamlOf(documentOf())], { type: "application/yaml" });
  form.append("document", yaml, `${slug(state.source.id)}.yaml`);
  form.append(textFileName(), new Blob([state.text], { type: "text/plain" }), textFileName());
  return form;
}

function itemsWhere(test) {
  return Object.keys(SECTIONS).reduce((left, section) => left + state[section].filter(test).length, 0);
}

// How many drafted items are still marked for review.
export function reviewLeft() {
  return itemsWhere((item) => item.review);
}

// How many items still have stored records they may be, undecided.
export function undecidedLeft() {
  return itemsWhere((item) => (item.same_as_candidates || []).length);
}

// A new item's id: the source's id, the kind and the first number no item of the page has.
export function freshId(kind) {
  const base = `${slug(state.source.id)}-${kind}`;
  const taken = new Set();
  Object.keys(SECTIONS).forEach((section) => state[section].forEach((item) => taken.add(item.id)));
  let n = 1;
  while (taken.has(`${base}-${n}`)) { n += 1; }
  return `${base}-${n}`;
}

export function selectedEvidence() {
  return { passage: state.selection.passage, quote: state.selection.quote };
}
