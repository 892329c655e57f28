// A combobox that finds registry entries through /api/v1/search (Arabic-aware: it folds hamza,
// the article and clitics), keeps the chosen ids as removable chips, and offers to add a new
// entry when none fits. Keyboard: type, ArrowDown/ArrowUp through the options, Enter to choose,
// Escape to close; each chip is a button that removes it.
import { search } from "./api.js";
import { element, t, uid } from "./page.js";
import { names } from "./state.js";

class Picker {
  // options: {label, types, multiple, values, path, local() (the page's own items that may
  // match), onChange(values), onNew(type, typed, choose)}
  constructor(options) {
    this.options = options;
    this.values = (options.values || []).slice();
    this.active = -1; // the option ArrowDown/ArrowUp reached
    this.shown = []; // the options: {id, name, detail} or {create: type, name}
    this.timer = null;
    this.generation = 0; // an answer to earlier words is not shown
    this.build(uid("picker"));
    this.render();
  }

  build(id) {
    const { label, path } = this.options;
    this.wrap = element("div", { className: "picker" });
    this.wrap.dataset.path = path;
    this.chips = element("span", { className: "chips" });
    this.input = element("input", { id, type: "search", autocomplete: "off", role: "combobox",
      "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": `${id}-list` });
    this.input.dir = "auto";
    this.input.dataset.path = path;
    this.list = element("ul", { id: `${id}-list`, className: "options", role: "listbox", "aria-label": label });
    this.list.hidden = true;
    this.wrap.append(element("label", { for: id }, label), this.chips, this.input, this.list);
    this.input.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.lookup(), 200);
    });
    this.input.addEventListener("keydown", (event) => this.key(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
  }

  chip(value) {
    const name = names[value];
    const chip = element("button", { type: "button", className: "chip", "data-id": value },
      `${name ? `${name} (${value})` : value} ×`);
    chip.setAttribute("aria-label", `${t("remove")} ${name || value}`);
    chip.addEventListener("click", () => {
      this.values = this.values.filter((other) => other !== value);
      this.render();
      this.options.onChange(this.values.slice());
      this.input.focus();
    });
    return chip;
  }

  render() {
    this.chips.replaceChildren(...this.values.map((value) => this.chip(value)));
    this.input.hidden = !this.options.multiple && this.values.length > 0;
  }

  choose(value, name) {
    if (name) { names[value] = name; }
    if (!this.options.multiple) {
      this.values = [value];
    } else if (!this.values.includes(value)) {
      this.values.push(value);
    }
    this.input.value = "";
    this.close();
    this.render();
    this.options.onChange(this.values.slice());
    const next = this.input.hidden ? this.chips.querySelector(".chip") : this.input;
    if (next) { next.focus(); }
  }

  close() {
    this.list.hidden = true;
    this.list.replaceChildren();
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
    this.shown = [];
  }

  option(item, index) {
    // The name the typed words matched (in the script they were typed in) comes first.
    const text = item.create
      ? t("newEntryOption", { label: t(item.create), name: item.name })
      : `${item.name} (${item.id})${item.detail && item.detail !== item.name ? ` · ${item.detail}` : ""}`;
    const option = element("li", { id: `${this.input.id}-option-${index}`, role: "option" }, text);
    option.dir = "auto";
    if (item.create) { option.className = "create"; }
    option.addEventListener("mousedown", (event) => {
      event.preventDefault();
      this.pick(index);
    });
    return option;
  }

  show(hits, typed) {
    this.shown = hits.map((hit) => ({ id: hit.id, name: hit.matched_name || hit.name || hit.id, detail: hit.name }));
    if (this.options.onNew) {
      this.options.types.filter((type) => type !== "event").forEach((type) => this.shown.push({ create: type, name: typed }));
    }
    this.list.replaceChildren(...this.shown.map((item, index) => this.option(item, index)));
    if (!hits.length) { this.list.prepend(element("li", { className: "none" }, t("noMatch"))); }
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.move(this.shown.length ? 0 : -1);
  }

  move(index) {
    const items = this.list.querySelectorAll("[role=option]");
    items.forEach((item) => item.removeAttribute("aria-selected"));
    this.active = index;
    if (index >= 0 && items[index]) {
      items[index].setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", items[index].id);
      items[index].scrollIntoView({ block: "nearest" });
    }
  }

  pick(index) {
    const item = this.shown[index];
    if (!item) { return; }
    if (item.create) {
      this.close();
      this.options.onNew(item.create, item.name, (value, name) => this.choose(value, name));
    } else {
      this.choose(item.id, item.name);
    }
  }

  lookup() {
    const typed = this.input.value.trim();
    this.generation += 1;
    const mine = this.generation;
    if (!typed) { this.close(); return; }
    const lower = typed.toLowerCase();
    const local = (this.options.local ? this.options.local() : [])
      .filter((item) => item.name.toLowerCase().includes(lower) || item.id.includes(lower));
    search(typed, this.options.types).then((found) => {
      if (mine !== this.generation) { return; }
      const ids = new Set();
      const hits = local.concat(found).filter((hit) => {
        if (ids.has(hit.id)) { return false; }
        ids.add(hit.id);
        return true;
      });
      this.show(hits, typed);
    }).catch((error) => {
      if (mine !== this.generation) { return; }
      this.show(local, typed);
      this.list.prepend(element("li", { className: "none" }, t("searchFailed") + error.message));
    });
  }

  key(event) {
    const count = this.list.querySelectorAll("[role=option]").length;
    const open = !this.list.hidden;
    let act = null;
    if (event.key === "ArrowDown" && !open) {
      act = () => this.lookup();
    } else if (event.key === "ArrowDown" && count) {
      act = () => this.move((this.active + 1) % count);
    } else if (event.key === "ArrowUp" && count) {
      act = () => this.move((this.active - 1 + count) % count);
    } else if (event.key === "Enter") {
      act = () => { if (open && this.active >= 0) { this.pick(this.active); } };
    } else if (event.key === "Escape" && open) {
      act = () => this.close();
    }
    if (act) {
      event.preventDefault();
      act();
    }
  }
}

// The picker's element; its values go out through options.onChange.
export function createPicker(options) {
  return new Picker(options).wrap;
}
