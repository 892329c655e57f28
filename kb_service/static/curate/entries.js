// A new registry entry (an actor, a place or a conflict), added from a picker's "New …" option
// in a dialog: sent to the registry at once with a key, or kept in the page (state.pending) and
// sent with the document. Its id is suggested from its English name until the curator edits it.
import { apiKey, invalidParams, postRegistry, problemText, written } from "./api.js";
import { field, terms } from "./fields.js";
import { nameId } from "./ids.js";
import { byId, t } from "./page.js";
import { clearProblems, showProblems } from "./problems.js";
import { compact, names, state } from "./state.js";

// The dialog's fields, bound to `entry`; returns the input to focus first.
function entryFields(box, { type, typed, language }, entry) {
  const path = `${type}s[0]`;
  let idEdited = false;
  let idInput = null;
  const suggestId = () => {
    if (!idEdited) { entry.id = nameId(entry.names.en); idInput.value = entry.id; }
  };
  let first = null;
  if (language !== "en") {
    entry.names[language] = typed;
    first = field(box, { label: "f_name", path: `${path}.names.${language}`, value: typed,
      set: (value) => { entry.names[language] = value; } });
  }
  if (language === "en") { entry.names.en = typed; }
  const english = field(box, { label: "f_name_en", path: `${path}.names.en`, value: language === "en" ? typed : "",
    set: (value) => { entry.names.en = value; suggestId(); }, dir: "ltr" });
  idInput = field(box, { label: "f_id", path: `${path}.id`, value: "", set: (value) => { entry.id = value; idEdited = true; }, dir: "ltr" });
  if (type !== "conflict") {
    field(box, { label: "f_kind", path: `${path}.kind`, value: "", set: (value) => { entry.kind = value; },
      choices: terms(type === "actor" ? "actor_kinds" : "place_kinds") });
  }
  field(box, { label: "f_wikidata", path: `${path}.wikidata`, value: "", set: (value) => { entry.wikidata = value; }, dir: "ltr" });
  suggestId();
  return first || english;
}

function refused(params) {
  showProblems(params, byId("new-entry-problems"), byId("new-entry"));
}

// Add the entry: to the registry with a key, else to the page's pending entries.
function addEntry(section, entry, language, choose) {
  const clean = compact(entry);
  clean.names = compact(entry.names);
  const display = entry.names[language] || entry.names.en || entry.id;
  const close = () => byId("new-entry").close();
  if (!apiKey()) {
    state.pending[section].push(clean);
    names[clean.id] = display;
    close();
    choose(clean.id, display);
    byId("result").textContent = t("pending");
    return;
  }
  postRegistry({ kind: "registry", [section]: [clean] }).then((answer) => {
    if (written(answer)) {
      close();
      choose(clean.id, display);
    } else {
      const reason = t("serverError", { status: answer.status }) + problemText(answer.body);
      const params = invalidParams(answer);
      refused(params.length ? params : [{ name: "body", reason }]);
    }
  }).catch(() => refused([{ name: "body", reason: t("network") }]));
}

// Open the dialog for a new entry of `type` named `typed`; choose(id, name) takes it.
export function newEntry(type, typed, choose) {
  const dialog = byId("new-entry");
  const box = byId("new-entry-fields");
  box.replaceChildren();
  clearProblems(dialog);
  byId("new-entry-problems").replaceChildren();
  byId("new-entry-heading").textContent = t("newEntry", { label: t(type) });
  // The entry's name in the source's language is the words typed, and its English name too for
  // an English source.
  const language = (state.source.language || "en").split("-")[0];
  const entry = { id: "", names: {} };
  const first = entryFields(box, { type, typed, language }, entry);
  const form = byId("new-entry-form");
  const cancel = byId("new-entry-cancel");
  const finish = (event) => {
    event.preventDefault();
    addEntry(`${type}s`, entry, language, choose);
  };
  const close = () => dialog.close();
  form.addEventListener("submit", finish);
  cancel.addEventListener("click", close);
  // However the dialog closes (added, Cancel, Escape), this entry's handlers go with it.
  dialog.addEventListener("close", () => {
    form.removeEventListener("submit", finish);
    cancel.removeEventListener("click", close);
  }, { once: true });
  dialog.showModal();
  first.focus();
}
