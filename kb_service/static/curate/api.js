// Every call the page makes to the API. Each answers {status, body}: the body parsed as JSON
// when it is JSON, as text otherwise; a network failure rejects.
import { byId, lang } from "./page.js";

const ACCEPT_JSON = { Accept: "application/json" };

export function apiKey() {
  return byId("api-key").value.trim();
}

async function call(url, init) {
  const response = await fetch(url, init);
  const type = response.headers.get("Content-Type") || "";
  const body = await (type.includes("json") ? response.json() : response.text());
  return { status: response.status, body };
}

// The key goes in the Authorization header, and only when one is given.
function authorized(headers = {}) {
  const found = { ...ACCEPT_JSON, ...headers };
  if (apiKey()) { found.Authorization = `Bearer ${apiKey()}`; }
  return found;
}

export function written(answer) {
  return answer.status === 200 || answer.status === 201;
}

export function invalidParams(answer) {
  return (answer.body && answer.body.invalid_params) || [];
}

// The API's own words are English: an Arabic page says its problems by their codes instead.
export function problemText(body) {
  if (lang !== "en") { return ""; }
  if (body && typeof body === "object" && body.detail) { return body.detail; }
  return typeof body === "string" ? body.slice(0, 300) : "";
}

export function vocabulary() {
  return call("/api/v1/vocabulary", { headers: ACCEPT_JSON });
}

// How the API reads an EDTF date, in the page's language.
export function readDate(edtf) {
  const query = new URLSearchParams({ edtf, lang });
  return call(`/api/v1/dates?${query}`, { headers: ACCEPT_JSON });
}

// The passages of a text, and kb draft's outline of it.
export function draft(body) {
  const headers = { ...ACCEPT_JSON, "Content-Type": "application/json" };
  return call("/api/v1/drafts", { method: "POST", headers, body: JSON.stringify(body) });
}

export function postRegistry(registry) {
  const headers = authorized({ "Content-Type": "application/json" });
  return call("/api/v1/registry", { method: "POST", headers, body: JSON.stringify(registry) });
}

// Write a source (its document and text as multipart form data), or only check it (dry run).
export function postSource(form, { dryRun = false } = {}) {
  const url = dryRun ? "/api/v1/sources?dry_run=true" : "/api/v1/sources";
  return call(url, { method: "POST", headers: authorized(), body: form });
}

// Registry entries and events whose names start with `typed`; rejects with the status when the
// search fails.
export async function search(typed, types) {
  const query = new URLSearchParams({ q: typed, limit: "8", prefix: "true" });
  types.forEach((kind) => query.append("kind", kind));
  const response = await fetch(`/api/v1/search?${query}`, { headers: ACCEPT_JSON });
  if (!response.ok) { throw new Error(String(response.status)); }
  return (await response.json()).data;
}
