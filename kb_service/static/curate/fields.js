// A labelled field bound to one value of the document: a text box, a text area or a choice of
// terms; an EDTF date field also says how the API reads the date.
import { invalidParams, problemText, readDate } from "./api.js";
import { changed } from "./check.js";
import { element, lang, t, uid } from "./page.js";
import { problemLine } from "./problems.js";
import { state } from "./state.js";

// A `set` for field(): it writes the value into item[name].
export function setter(item, name) {
  return (value) => { item[name] = value; };
}

// The vocabulary's terms of `section` (event_types ...) as choices, labelled in the page's language.
export function terms(section) {
  const listed = (state.vocabulary && state.vocabulary[section]) || [];
  return listed.map((term) => {
    const label = (term.label && (term.label[lang] || term.label.en)) || term.term;
    return { value: term.term, label: label + (label !== term.term ? ` (${term.term})` : "") };
  });
}

function choice(id, options) {
  const input = element("select", { id });
  input.append(element("option", { value: "" }, t(options.empty || "choose")));
  options.choices.forEach((one) => input.append(element("option", { value: one.value }, one.label)));
  // A value the vocabulary lacks stays shown (and the check says so).
  if (options.value && !options.choices.some((one) => one.value === options.value)) {
    input.append(element("option", { value: options.value }, options.value));
  }
  return input;
}

function control(id, options) {
  if (options.multiline) { return element("textarea", { id, rows: "3" }); }
  if (options.choices) { return choice(id, options); }
  return element("input", { id, type: "text", spellcheck: "false" });
}

function showReading(value, output) {
  const text = value.trim();
  output.dataset.asked = text; // an answer to an earlier value is not shown
  output.classList.remove("invalid");
  if (!text) { output.textContent = ""; return; }
  readDate(text).then((answer) => {
    if (output.dataset.asked !== text) { return; }
    if (answer.status === 200) {
      output.textContent = answer.body.data.reading;
    } else {
      const params = invalidParams(answer);
      output.textContent = params.length ? problemLine(params[0]) : problemText(answer.body);
      output.classList.add("invalid");
    }
  }).catch(() => { output.textContent = t("network"); });
}

function dateReading(row, input) {
  const reading = element("output", { id: `${input.id}-reading`, className: "reading", for: input.id, "aria-live": "polite" });
  reading.dir = "auto";
  input.setAttribute("aria-describedby", reading.id);
  row.append(reading);
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => showReading(input.value, reading), 250);
  });
  if (input.value) { showReading(input.value, reading); }
}

// options: {label (a key of labels.js), path (its place in the document, for problems), value,
// set(value), dir, and one of multiline, choices [{value, label}] (with `empty`, the label of
// no choice) or edtf}. Returns the input.
export function field(parent, options) {
  const id = uid("field");
  const row = element("div", { className: "field" });
  const input = control(id, options);
  input.dataset.path = options.path;
  input.dir = options.dir || "auto";
  input.value = options.value || "";
  row.append(element("label", { for: id }, t(options.label)), input);
  if (options.edtf) { dateReading(row, input); }
  input.addEventListener(options.choices ? "change" : "input", () => {
    const value = input.value.trim() === "" ? "" : (options.multiline ? input.value : input.value.trim());
    options.set(value);
    changed();
  });
  parent.append(row);
  return input;
}
