// The curation workbench: open a text, select words to quote them verbatim, build events,
// statements and relations with the vocabulary's terms and the registry's entries, check the
// document live with the API's dry run, then download it or submit it.
//
// The page's modules, each owning one part: api (every call to the API), state (what the page
// holds, and the document made of it), ids (ids made of text, as the server makes them), page
// and labels (the page's words), problems and problem_words (the API's problems, beside their
// fields), check (live validation), fields and picker (the controls), source, passages, cards and
// item_fields (the page's sections), sameas, aliases and entries (decisions on the registry),
// opening and finishing. This one wires the buttons.
import { vocabulary } from "./api.js";
import { add } from "./cards.js";
import { changed } from "./check.js";
import { download, submit } from "./finishing.js";
import { openSource } from "./opening.js";
import { byId, t } from "./page.js";
import { sizePassages } from "./passages.js";
import { state } from "./state.js";

document.querySelectorAll("[data-label]").forEach((node) => { node.textContent = t(node.dataset.label); });
byId("open-text").addEventListener("click", openSource);
byId("new-event").addEventListener("click", () => add("events"));
byId("new-statement").addEventListener("click", () => add("statements"));
byId("new-relation").addEventListener("click", () => add("relations"));
byId("download").addEventListener("click", download);
byId("submit").addEventListener("click", submit);
byId("api-key").addEventListener("change", changed);
window.addEventListener("resize", sizePassages);
// The body's data-ready says the page can be used: the vocabulary has come (or cannot).
vocabulary().then((answer) => {
  state.vocabulary = answer.status === 200 ? answer.body.data : {};
}).catch(() => {
  state.vocabulary = {};
}).finally(() => {
  document.body.dataset.ready = "yes";
});
