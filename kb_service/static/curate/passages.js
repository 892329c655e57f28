// The source's passages, numbered as ingest numbers them, each marked content or not, and the
// words selected in one of them: the quote that new items and evidence take.
import { changed } from "./check.js";
import { byId, element, lang, t } from "./page.js";
import { said } from "./problem_words.js";
import { state } from "./state.js";

const RTL = ["ar", "fa", "he", "ur"];

export function renderSelection() {
  const text = byId("selection-text");
  text.replaceChildren();
  const selection = state.selection;
  if (selection) {
    text.append(document.createTextNode(`${t("selected", { n: selection.passage })} `));
    const quote = element("q", { id: "selection-quote" }, selection.quote);
    quote.dir = "auto";
    text.append(quote);
  } else {
    text.textContent = t("noSelection");
  }
  document.querySelectorAll(".needs-selection, #new-event, #new-statement, #new-relation").forEach((button) => {
    button.disabled = !selection;
  });
}

function track(area, number) {
  const quote = area.value.slice(area.selectionStart, area.selectionEnd).trim();
  state.selection = quote ? { passage: number, quote } : null;
  renderSelection();
}

// Not `readonly`: Chromium moves no caret in a read-only textarea, and a curator selects with
// Shift and the arrow keys too. Every edit is refused instead, so the words stay the source's own.
function passageText(passage, rtl) {
  const number = passage.number;
  const area = element("textarea", { rows: "1", spellcheck: "false", "aria-readonly": "true",
    "aria-label": t("passage", { n: number }), "data-passage": String(number) });
  area.value = passage.text;
  area.addEventListener("beforeinput", (event) => event.preventDefault());
  area.addEventListener("input", () => { area.value = passage.text; });
  area.addEventListener("drop", (event) => event.preventDefault());
  area.lang = state.source.language || "";
  area.dir = rtl ? "rtl" : "ltr";
  ["select", "keyup", "mouseup"].forEach((type) => area.addEventListener(type, () => track(area, number)));
  return area;
}

function notContentMark(number, item) {
  const mark = element("label", { className: "not-content" });
  const box = element("input", { type: "checkbox", "data-path": `non_content-${number}` });
  box.checked = state.nonContent.includes(number);
  item.classList.toggle("skipped", box.checked);
  box.addEventListener("change", () => {
    state.nonContent = state.nonContent.filter((n) => n !== number);
    if (box.checked) { state.nonContent.push(number); }
    item.classList.toggle("skipped", box.checked);
    changed();
  });
  mark.append(box, document.createTextNode(` ${t("notContent")}`));
  return mark;
}

function passageItem(passage, rtl) {
  const number = passage.number;
  const item = element("li", { id: `passage-${number}`, "data-number": String(number) });
  const heading = element("span", { className: "number", "aria-hidden": "true" }, String(number));
  item.append(heading, passageText(passage, rtl), notContentMark(number, item));
  if (passage.not_content) {
    // The drafter's reason: in its English, or by its code on an Arabic page.
    const code = passage.not_content_code;
    const why = lang !== "en" && code ? said(lang, code) : passage.not_content;
    item.append(element("span", { className: "hint" }, why));
  }
  return item;
}

export function sizePassages() {
  document.querySelectorAll("#passage-list textarea").forEach((area) => {
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  });
}

export function renderPassages() {
  const list = byId("passage-list");
  list.replaceChildren();
  list.dataset.path = "non_content";
  const rtl = RTL.includes((state.source.language || "").split("-")[0]);
  state.passages.forEach((passage) => list.append(passageItem(passage, rtl)));
  sizePassages();
}
