// Opening a source: a text (a .txt file, or pasted), or a curated or drafted YAML with its text.
// The API splits the text into passages as ingest numbers them and, when asked, drafts its items.
import { invalidParams, draft, problemText } from "./api.js";
import { showAliases } from "./aliases.js";
import { renderCards } from "./cards.js";
import { check } from "./check.js";
import { slug } from "./ids.js";
import { byId, t } from "./page.js";
import { renderPassages } from "./passages.js";
import { problemsInLine } from "./problems.js";
import { renderSource } from "./source.js";
import { copyItem, names, SECTIONS, SOURCE_FIELDS, state } from "./state.js";

async function decode(file) {
  const buffer = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer).replace(/^\ufeff/, "");
  } catch {
    throw new Error(`${file.name}: is not UTF-8 text`);
  }
}

function openStatus(text, failed = false) {
  const status = byId("open-status");
  status.textContent = text;
  status.classList.toggle("invalid", failed);
}

function parsed(file, raw) {
  let doc;
  try {
    doc = /\.json$/i.test(file.name) ? JSON.parse(raw) : window.jsyaml.load(raw);
  } catch (error) {
    throw new Error(`${file.name}: ${(error.message || error).toString().split("\n")[0]}`);
  }
  if (!doc || typeof doc !== "object" || doc.kind !== "source") {
    throw new Error(`${file.name}: kind: is not a source document`);
  }
  return doc;
}

// {doc (the curated document, or null), text, textFile (the text's file name, or "")}.
async function readFiles() {
  const files = [...byId("files").files];
  const curated = files.find((file) => /\.(ya?ml|json)$/i.test(file.name));
  const texts = files.filter((file) => /\.txt$/i.test(file.name));
  if (!curated) {
    if (!texts.length) { return { doc: null, text: byId("paste").value, textFile: "" }; }
    return { doc: null, text: await decode(texts[0]), textFile: texts[0].name };
  }
  const doc = parsed(curated, await decode(curated));
  if (typeof doc.text === "string") { return { doc, text: doc.text, textFile: "" }; }
  const named = texts.find((file) => file.name === doc.text_file);
  if (!named) { throw new Error(t("missingText", { name: doc.text_file || "?" })); }
  return { doc, text: await decode(named), textFile: named.name };
}

// What the drafter needs to know of the source besides its text.
function draftRequest(opened) {
  const doc = opened.doc;
  const body = { text: opened.text };
  if (doc && doc.language) { body.language = String(doc.language); }
  if (doc && doc.published) {
    body.published = String(doc.published);
  } else if (state.source.published) {
    body.published = state.source.published;
  }
  if (state.source.publisher) { body.publisher = state.source.publisher; }
  return body;
}

export async function openSource() {
  openStatus(t("opening"));
  try {
    const opened = await readFiles();
    if (!opened.text.trim()) { openStatus(t("noText"), true); return; }
    const answer = await draft(draftRequest(opened));
    if (answer.status !== 200) {
      const params = invalidParams(answer);
      openStatus(params.length ? problemsInLine(params)
        : t("serverError", { status: answer.status }) + problemText(answer.body), true);
      return;
    }
    start(answer.body.data, opened);
  } catch (error) {
    openStatus(error.message, true);
  }
}

function fromDocument(doc) {
  state.source = {};
  SOURCE_FIELDS.forEach((name) => {
    if (doc[name] !== undefined && doc[name] !== null) { state.source[name] = String(doc[name]); }
  });
  state.nonContent = (doc.non_content || []).slice();
  Object.keys(SECTIONS).forEach((section) => { state[section] = (doc[section] || []).map(copyItem); });
}

// A new text: what the curator already typed stays; kb draft's items only when asked for.
function fromDraft(outline, fromFile) {
  const drafted = outline.document;
  state.source = {
    id: state.source.id || fromFile,
    title: (drafted && drafted.title) || state.source.title || "",
    title_en: state.source.title_en || "",
    publisher: state.source.publisher || "",
    url: state.source.url || "",
    published: outline.published || state.source.published || "",
    language: outline.language,
  };
  state.nonContent = outline.passages.filter((p) => p.not_content).map((p) => p.number);
  const suggest = byId("suggest").checked && drafted;
  Object.keys(SECTIONS).forEach((section) => {
    state[section] = suggest ? (drafted[section] || []).map(copyItem) : [];
  });
  if (byId("suggest").checked && !drafted) { openStatus(t("noPublished"), true); }
}

function start(outline, opened) {
  const doc = opened.doc;
  state.text = opened.text;
  state.textFile = (doc && doc.text_file) || "";
  state.passages = outline.passages;
  outline.passages.forEach((passage) => {
    (passage.names || []).forEach((name) => { if (!names[name.id]) { names[name.id] = name.text; } });
  });
  if (doc) {
    fromDocument(doc);
  } else {
    // The source's id from its file's name, as `kb draft` makes it.
    fromDraft(outline, opened.textFile ? slug(opened.textFile.replace(/\.txt$/i, "")) : "");
  }
  state.selection = null;
  state.open = true;
  ["source", "work", "finish"].forEach((id) => { byId(id).hidden = false; });
  renderSource();
  renderPassages();
  renderCards();
  byId("aliases").hidden = !showAliases(outline.proposed_aliases, byId("alias-list"));
  if (!byId("open-status").classList.contains("invalid")) {
    openStatus(t("opened", { n: state.passages.length }));
  }
  document.body.dataset.opened = String(state.passages.length);
  check();
}
