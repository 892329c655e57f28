// The API's problems, each shown beside the field it names and listed with a button that goes
// to that field.
import { element, lang, uid } from "./page.js";
import { inWords } from "./problem_words.js";

const CONTROLS = "input, select, textarea";

// The field a problem's path names, or the nearest one that holds it (events[0].date, then
// events[0]).
function target(path) {
  let current = path;
  while (current) {
    const found = document.querySelector(`[data-path="${CSS.escape(current)}"]`);
    if (found) { return found; }
    const cut = Math.max(current.lastIndexOf("."), current.lastIndexOf("["));
    current = cut > 0 ? current.slice(0, cut) : "";
  }
  return null;
}

// Clear the problems shown in `scope` (a dialog), or in the document outside any dialog: the
// document's checks answer at their own pace, and one that answers late must not wipe what a
// dialog's own request (a new registry entry) has just shown.
export function clearProblems(scope = undefined) {
  const ours = (node) => Boolean(scope) || !node.closest("dialog");
  const root = scope || document;
  root.querySelectorAll(".problem").forEach((node) => { if (ours(node)) { node.remove(); } });
  root.querySelectorAll("[aria-invalid]").forEach((node) => {
    if (ours(node)) { node.removeAttribute("aria-invalid"); }
  });
}

// An English page says a problem in the API's words, an Arabic one by its code (problem_words.js).
export function problemLine(param) {
  if (lang !== "en" && param.code) { return inWords(lang, param); }
  let text = param.reason;
  if (param.hint) { text += ` — ${param.hint}`; }
  if (param.closest) { text += ` (${param.closest})`; }
  return text;
}

function besideField(param, node) {
  const id = uid("problem");
  const note = element("p", { className: "problem", id, role: "alert", "data-for": param.name }, problemLine(param));
  note.dir = "auto";
  // Inside the field's own box, so that a grid of fields keeps its places.
  const anchor = node.closest(".field, .evidence-row, .picker, .review");
  if (anchor) {
    anchor.append(note);
  } else if (node.matches("fieldset")) {
    node.querySelector("legend").after(note);
  } else {
    node.append(note);
  }
  if (node.matches(CONTROLS)) {
    node.setAttribute("aria-invalid", "true");
    node.setAttribute("aria-describedby", id);
  }
}

function goTo(path) {
  const field = target(path);
  if (!field) { return; }
  const focusable = field.matches(`${CONTROLS}, button`) ? field : field.querySelector(`${CONTROLS}, button`);
  (focusable || field).focus();
  field.scrollIntoView({ block: "center" });
}

function listed(param) {
  const entry = element("li");
  const button = element("button", { type: "button", className: "link" }, param.name);
  button.addEventListener("click", () => goTo(param.name));
  entry.append(button, document.createTextNode(`: ${problemLine(param)}`));
  entry.dir = "auto";
  return entry;
}

// Show `params` (the API's invalid_params) beside their fields and in `list`; in `scope` (a
// dialog) only, when one is given.
export function showProblems(params, list, scope = undefined) {
  clearProblems(scope);
  list.replaceChildren();
  params.forEach((param) => {
    const node = scope ? scope.querySelector(`[data-path="${CSS.escape(param.name)}"]`) : target(param.name);
    if (node) { besideField(param, node); }
    list.append(listed(param));
  });
}

// Problems on one line, each after the field it names: "names.en: required; id: ...".
export function problemsInLine(params) {
  return params.map((p) => `${p.name}: ${lang !== "en" && p.code ? inWords(lang, p) : p.reason}`).join("; ");
}
