// The source's own fields: its id, titles, publisher, publication date, language and URL.
import { field, setter } from "./fields.js";
import { byId } from "./page.js";
import { renderPassages } from "./passages.js";
import { state } from "./state.js";

export function renderSource() {
  const box = byId("source-fields");
  box.replaceChildren();
  const source = state.source;
  const set = (name) => setter(source, name);
  field(box, { label: "f_id", path: "id", value: source.id, set: set("id"), dir: "ltr" });
  field(box, { label: "f_title", path: "title", value: source.title, set: set("title") });
  field(box, { label: "f_title_en", path: "title_en", value: source.title_en, set: set("title_en"), dir: "ltr" });
  field(box, { label: "f_publisher", path: "publisher", value: source.publisher, set: set("publisher") });
  field(box, { label: "f_published", path: "published", value: source.published, set: set("published"), edtf: true, dir: "ltr" });
  // The passages' direction follows the language.
  const language = (value) => { source.language = value; renderPassages(); };
  field(box, { label: "f_language", path: "language", value: source.language, set: language, dir: "ltr" });
  field(box, { label: "f_url", path: "url", value: source.url, set: set("url"), dir: "ltr" });
}
