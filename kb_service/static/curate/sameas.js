// "Possibly the same as": the stored records a drafted item may be (`same_as_candidates`, from
// POST /api/v1/drafts), each one decided on the item's card. "Same record" gives the item the
// record's id, so that this source's version is added to it; "Not the same" lists the id under
// the item's `not_same_as`, a chip that undoes it. The page never sends `same_as_candidates`.
import { element, lang, t } from "./page.js";
import { reasonInWords } from "./problem_words.js";

// Where a stored record answers; a relation has no page of its own (its actors' pages list it).
const RECORDS = { events: "/api/v1/events/", statements: "/api/v1/statements/" };
const accepted = new WeakMap(); // item -> the stored id it took, to say so on its card
const rejected = new WeakMap(); // item -> {id: candidate}, to offer a candidate again on undo

function candidatesOf(item) {
  return Array.isArray(item.same_as_candidates) ? item.same_as_candidates : [];
}

function decided(item, id) {
  const left = candidatesOf(item).filter((candidate) => candidate.id !== id);
  if (left.length) { item.same_as_candidates = left; } else { delete item.same_as_candidates; }
}

function accept(item, candidate) {
  item.id = candidate.id;
  delete item.same_as_candidates; // one record only: the others are not this item any more
  accepted.set(item, candidate.id);
}

function reject(item, candidate) {
  item.not_same_as = (item.not_same_as || []).filter((id) => id !== candidate.id).concat(candidate.id);
  const remembered = rejected.get(item) || {};
  remembered[candidate.id] = candidate;
  rejected.set(item, remembered);
  decided(item, candidate.id);
}

function undo(item, id) {
  item.not_same_as = (item.not_same_as || []).filter((other) => other !== id);
  const candidate = (rejected.get(item) || {})[id];
  if (candidate) {
    const listed = candidatesOf(item).filter((other) => other.id !== id).concat(candidate);
    item.same_as_candidates = listed.sort((a, b) => b.score - a.score);
  }
}

function candidateRow(options, candidate) {
  const { section, item } = options;
  const row = element("li", { className: "candidate", "data-candidate": candidate.id });
  const head = element("p", { className: "candidate-head" });
  const link = RECORDS[section]
    ? element("a", { href: RECORDS[section] + encodeURIComponent(candidate.id), target: "_blank",
      rel: "noopener noreferrer", dir: "ltr" }, candidate.id)
    : element("span", { className: "candidate-id", dir: "ltr" }, candidate.id);
  const score = element("span", { className: "score" },
    t("sameAsScore", { score: Math.round(Number(candidate.score) * 100) }));
  head.append(link, " ", score);
  const reasons = element("ul", { className: "reasons" });
  (candidate.reasons || []).forEach((reason) => {
    // The API gives its reasons in English; an Arabic page says them in its own words.
    const line = element("li", {}, reasonInWords(lang, reason));
    line.dir = "auto";
    reasons.append(line);
  });
  const actions = element("p", { className: "actions" });
  const use = element("button", { type: "button", className: "use-candidate" }, t("sameAsUse"));
  use.setAttribute("aria-label", `${t("sameAsUse")}: ${candidate.id}`);
  use.addEventListener("click", () => { accept(item, candidate); options.refresh(".field input"); });
  const not = element("button", { type: "button", className: "not-same" }, t("sameAsNot"));
  not.setAttribute("aria-label", `${t("sameAsNot")}: ${candidate.id}`);
  not.addEventListener("click", () => {
    reject(item, candidate);
    options.refresh(".same-as button, .not-same-as .chip");
  });
  actions.append(use, not);
  row.append(head, reasons, actions);
  return row;
}

function candidateBox(options) {
  const { item, base } = options;
  const box = element("div", { className: "same-as", role: "group", "data-path": `${base}.same_as_candidates` });
  const heading = element("p", { className: "same-as-heading", id: `${base}-same-as` }, t("sameAsHeading"));
  box.setAttribute("aria-labelledby", heading.id);
  const list = element("ul", { className: "candidates" });
  candidatesOf(item).forEach((candidate) => list.append(candidateRow(options, candidate)));
  box.append(heading, element("p", { className: "hint" }, t("sameAsHint")), list);
  return box;
}

function rejectedChips(options) {
  const { item, base } = options;
  const box = element("div", { className: "not-same-as", "data-path": `${base}.not_same_as` });
  box.append(element("span", { className: "group-label" }, t("notSameAs")));
  item.not_same_as.forEach((id) => {
    const chip = element("button", { type: "button", className: "chip", "data-id": id, dir: "ltr" }, `${id} ×`);
    chip.setAttribute("aria-label", t("undoNotSame", { id }));
    chip.addEventListener("click", () => { undo(item, id); options.refresh(".same-as button, .not-same-as .chip"); });
    box.append(chip);
  });
  return box;
}

// options: {section, item, base (its path: events[0]), refresh(focus)}: refresh draws the card
// again, focuses the first node matching `focus` in it, and checks the document. Returns what
// to show on the item's card (possibly nothing).
export function sameAs(options) {
  const { item } = options;
  const shown = document.createDocumentFragment();
  if (accepted.get(item) === item.id) {
    shown.append(element("p", { className: "adds-version", role: "note" }, t("addsVersion", { id: item.id })));
  }
  if (candidatesOf(item).length) { shown.append(candidateBox(options)); }
  if (Array.isArray(item.not_same_as) && item.not_same_as.length) { shown.append(rejectedChips(options)); }
  return shown;
}
