// The page's language and words, and the few helpers every part of the page builds with.
import { LABELS } from "./labels.js";

export const lang = document.body.dataset.lang === "ar" ? "ar" : "en";
// An event's statuses, in the server's order (kb_service/model/taxonomy.py).
export const statuses = document.body.dataset.statuses.split(",");

// The words of `key` in the page's language (English when it has none), {values} filled in.
export function t(key, values = {}) {
  let text = LABELS[lang][key] || LABELS.en[key] || key;
  Object.entries(values).forEach(([name, value]) => {
    text = text.split(`{${name}}`).join(String(value));
  });
  return text;
}

export function byId(id) {
  return document.getElementById(id);
}

// A new element; `className` sets its class, every other key an attribute.
export function element(tag, attributes = {}, text = undefined) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === "className") { node.className = value; } else { node.setAttribute(name, value); }
  });
  if (text !== undefined) { node.textContent = text; }
  return node;
}

let counter = 0;

// An id no other element of the page has.
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}
