// Live validation: every change asks the API's dry run, and the page says what it found. The
// body's data-checked tells what the last answer was (ok, problems, no-key, key-refused, error).
import { apiKey, invalidParams, postSource, problemText, written } from "./api.js";
import { byId, t } from "./page.js";
import { showProblems } from "./problems.js";
import { reviewLeft, sourceForm, state, undecidedLeft } from "./state.js";

let timer = null;
let generation = 0; // an answer to an earlier check is not shown

// Check the document once the curator pauses.
export function changed() {
  if (!state.open) { return; }
  clearTimeout(timer);
  timer = setTimeout(check, 600);
}

// What writing the document would do, in words: "Event created: 1, Source updated: 1".
export function summary(report) {
  const parts = [];
  Object.entries(report.counts || {}).forEach(([kind, counts]) => {
    ["created", "updated", "removed"].forEach((what) => {
      if (counts[what]) {
        parts.push(t("summaryPart", { kind: t(`k_${kind}`), what: t(`w_${what}`), n: counts[what] }));
      }
    });
  });
  return parts.join(t("listSeparator")) || t("noChange");
}

// The page sends no same_as_candidates: an item whose candidates are undecided is said here.
function undecided() {
  const left = undecidedLeft();
  return left ? ` ${t("sameAsLeft", { n: left })}` : "";
}

function said(status, text, checked) {
  status.textContent = text;
  document.body.dataset.checked = checked;
}

function answered(answer, status) {
  const params = invalidParams(answer);
  if (written(answer)) {
    showProblems([], byId("problems"));
    said(status, t("checked", { summary: summary(answer.body.data) }) + undecided(), "ok");
  } else if (answer.status === 422) {
    const left = reviewLeft();
    showProblems(params, byId("problems"));
    const review = left ? ` ${t("reviewLeft", { n: left })}` : "";
    said(status, t("problems", { n: params.length }) + review + undecided(), "problems");
  } else if (answer.status === 401) {
    said(status, t("keyRefused") + problemText(answer.body), "key-refused");
  } else {
    showProblems(params, byId("problems"));
    said(status, t("serverError", { status: answer.status }) + problemText(answer.body), "error");
  }
}

export function check() {
  const status = byId("validation");
  generation += 1;
  const mine = generation;
  document.body.dataset.checked = "";
  if (!apiKey()) {
    said(status, t("keyMissing"), "no-key");
    return Promise.resolve();
  }
  status.textContent = t("checking");
  return postSource(sourceForm(), { dryRun: true }).then((answer) => {
    if (mine === generation) { answered(answer, status); }
  }).catch(() => {
    if (mine === generation) { said(status, t("network"), "error"); }
  });
}
