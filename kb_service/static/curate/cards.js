// The items of the document, one card each: events, statements and relations. A new item starts
// from the words selected in a passage, which become its first evidence.
import { changed } from "./check.js";
import { bound, eventFields, evidence, relationFields, statementFields } from "./item_fields.js";
import { byId, element, t } from "./page.js";
import { renderSelection } from "./passages.js";
import { sameAs } from "./sameas.js";
import { freshId, SECTIONS, selectedEvidence, state } from "./state.js";

const FIELDS = { events: eventFields, statements: statementFields, relations: relationFields };

function newItem(section) {
  const id = freshId(SECTIONS[section]);
  const evidence = [selectedEvidence()];
  if (section === "events") {
    return { id, title: "", type: "", date: "", participants: [], places: [], evidence };
  }
  if (section === "statements") {
    return { id, kind: "", speakers: [], date: state.source.published || "", quote: state.selection.quote,
      language: state.source.language || "", text_en: "", evidence };
  }
  return { id, type: "", subject: "", object: "", evidence };
}

// Add an item to `section` (events, statements, relations) quoting the selected words.
export function add(section) {
  if (!state.selection) { return; }
  state[section].push(newItem(section));
  renderCards(section);
  const card = byId(section).lastElementChild;
  const first = card && card.querySelector("input, select, textarea");
  if (first) { first.focus(); }
  changed();
}

function renderSection(section) {
  const box = byId(section);
  box.replaceChildren();
  state[section].forEach((item, index) => box.append(card(section, item, index)));
  return box;
}

// Draw every section, or `only` one.
export function renderCards(only = undefined) {
  Object.keys(SECTIONS).forEach((section) => {
    if (!only || only === section) { renderSection(section); }
  });
  renderSelection();
}

// Draw the section again, focus the first node matching `selector` in the card at `index`, and
// check the document.
function redrawFocusing(section, index, selector) {
  const again = renderSection(section).children[index];
  const first = again && again.querySelector(selector);
  if (first) { first.focus(); }
  changed();
}

// A drafted item is marked for review until the curator clears the mark.
function reviewNote(section, item, index, base) {
  const review = element("div", { className: "review", "data-path": `${base}.review`, role: "note" });
  review.append(element("span", {}, `${t("drafted")} `));
  const clear = element("button", { type: "button", className: "clear-review" }, t("clearReview"));
  clear.addEventListener("click", () => {
    delete item.review;
    redrawFocusing(section, index, "input, select, textarea");
  });
  review.append(clear);
  return review;
}

function card(section, item, index) {
  const base = `${section}[${index}]`;
  const node = element("fieldset", { className: "card", "data-path": base });
  node.append(element("legend", {}, `${t(SECTIONS[section])} ${index + 1}`));
  if (item.review) { node.append(reviewNote(section, item, index, base)); }
  const refresh = (selector) => redrawFocusing(section, index, selector);
  node.append(sameAs({ section, item, base, refresh }));
  bound(node, item, base, "id", { dir: "ltr" });
  const redraw = () => renderSection(section);
  FIELDS[section](node, item, base, redraw);
  evidence(node, item, base, redraw);
  const remove = element("button", { type: "button", className: "remove" }, t("removeItem"));
  remove.addEventListener("click", () => {
    state[section].splice(index, 1);
    renderSection(section);
    changed();
  });
  node.append(remove);
  return node;
}
