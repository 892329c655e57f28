// "Spellings the registry lacks": words in the text one edit from a registry name
// (`proposed_aliases`, from POST /api/v1/drafts). "Add as alias" sends the proposal's registry
// document at once with a key (the registry merges it: the entry's other names are kept), or,
// without one, merges the alias into the registry entries kept in the page, which go out with
// the document. A source document never carries `proposed_aliases`.
import { apiKey, invalidParams, postRegistry, written } from "./api.js";
import { element, t } from "./page.js";
import { problemsInLine } from "./problems.js";
import { REGISTRY_SECTIONS, state } from "./state.js";

// Merge the proposal's entry into the page's pending entry of that id, or keep it as one.
function keep(pending, registry) {
  REGISTRY_SECTIONS.filter((section) => Array.isArray(registry[section])).forEach((section) => {
    registry[section].forEach((entry) => {
      const kept = pending[section].find((other) => other.id === entry.id);
      if (!kept) { pending[section].push(JSON.parse(JSON.stringify(entry))); return; }
      kept.aliases = kept.aliases || {};
      Object.entries(entry.aliases || {}).forEach(([language, spellings]) => {
        const known = kept.aliases[language] || [];
        kept.aliases[language] = known.concat(spellings.filter((s) => !known.includes(s)));
      });
    });
  });
}

// t() answers a key it has no words for with the key itself: then the code is shown.
function languageName(code) {
  const name = t(`language_${code}`);
  return name === `language_${code}` ? code : name;
}

function said(row, text, failed) {
  row.querySelectorAll(".alias-result, .problem").forEach((node) => node.remove());
  const note = element("p", { className: failed ? "problem alias-result" : "alias-result", role: "status" }, text);
  note.dir = "auto";
  row.append(note);
}

function add(proposal, row, button) {
  if (!apiKey()) {
    keep(state.pending, proposal.registry);
    row.dataset.state = "pending";
    button.disabled = true;
    said(row, t("pending"));
    return Promise.resolve();
  }
  button.disabled = true;
  return postRegistry(proposal.registry).then((answer) => {
    if (written(answer)) {
      row.dataset.state = "added";
      said(row, t("aliasAdded", { spelling: proposal.spelling, id: proposal.entity }));
      return;
    }
    button.disabled = false;
    row.dataset.state = "refused";
    const params = invalidParams(answer);
    said(row, params.length ? problemsInLine(params) : t("serverError", { status: answer.status }), true);
  }).catch(() => {
    button.disabled = false;
    said(row, t("network"), true);
  });
}

function proposalRow(proposal) {
  const row = element("li", { className: "alias", "data-entity": proposal.entity, "data-spelling": proposal.spelling });
  const spelling = element("q", { lang: proposal.language }, proposal.spelling);
  spelling.dir = "auto";
  const entry = element("span", { className: "alias-entry", dir: "ltr" }, proposal.entity);
  const where = element("span", { className: "hint" },
    `${t("aliasLanguage", { language: languageName(proposal.language) })} · ${t("passage", { n: proposal.passage })}`);
  const button = element("button", { type: "button", className: "add-alias" }, t("addAlias"));
  button.setAttribute("aria-label", `${t("addAlias")}: ${proposal.spelling} (${proposal.entity})`);
  button.addEventListener("click", () => add(proposal, row, button));
  row.append(spelling, ` ${t("aliasOf")} `, entry, " ", where, " ", button);
  return row;
}

// Fill `list` (the <ul>) with the proposals; return how many it shows.
export function showAliases(proposals, list) {
  const shown = (proposals || []).filter((p) => p && p.registry);
  list.replaceChildren(...shown.map(proposalRow));
  return shown.length;
}
