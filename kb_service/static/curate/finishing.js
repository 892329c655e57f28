// Finishing: download the document, its text and the registry entries kept in the page, or
// submit them (the entries first, then the document). The body's data-submitted tells how it went.
import { apiKey, invalidParams, postRegistry, postSource, problemText, written } from "./api.js";
import { summary } from "./check.js";
import { slug } from "./ids.js";
import { byId, element, t } from "./page.js";
import { showProblems } from "./problems.js";
import { documentOf, hasPending, registryDocument, sourceForm, state, textFileName, yamlOf } from "./state.js";

export function download() {
  const result = byId("result");
  result.replaceChildren();
  const name = slug(state.source.id);
  const files = [
    [`${name}.yaml`, yamlOf(documentOf()), "application/yaml"],
    [textFileName(), state.text, "text/plain"],
  ];
  if (hasPending()) {
    files.push([`${name}-registry.yaml`, window.jsyaml.dump(registryDocument(), { lineWidth: 100 }), "application/yaml"]);
  }
  const list = element("ul", { className: "downloads" });
  files.forEach(([fileName, text, type]) => {
    const href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const entry = element("li");
    entry.append(element("a", { download: fileName, href }, fileName));
    list.append(entry);
  });
  result.append(list);
  list.querySelector("a").focus();
}

function submitted(answer, result) {
  if (written(answer)) {
    result.replaceChildren(document.createTextNode(`${t("submitted", { summary: summary(answer.body.data) })} `));
    const path = `/api/v1/sources/${state.source.id}`;
    result.append(element("a", { href: `/api/v1/sources/${encodeURIComponent(state.source.id)}` }, path));
    document.body.dataset.submitted = "ok";
    return;
  }
  const params = invalidParams(answer);
  showProblems(params, byId("problems"));
  const said = answer.status === 422 ? t("problems", { n: params.length }) : t("serverError", { status: answer.status });
  result.textContent = `${said} ${problemText(answer.body)}`;
  document.body.dataset.submitted = "failed";
}

export function submit() {
  const result = byId("result");
  result.replaceChildren();
  if (!apiKey()) { result.textContent = t("needKey"); return Promise.resolve(); }
  result.textContent = t("submitting");
  document.body.dataset.submitted = "";
  const first = hasPending() ? postRegistry(registryDocument()) : Promise.resolve({ status: 200, body: null });
  return first.then((answer) => {
    if (!written(answer)) { return answer; }
    state.pending = { actors: [], places: [], conflicts: [] };
    return postSource(sourceForm());
  }).then((answer) => submitted(answer, result)).catch(() => {
    result.textContent = t("network");
    document.body.dataset.submitted = "failed";
  });
}
