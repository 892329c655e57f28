// A combobox that finds registry entries through /api/v1/search (Arabic-aware: it folds
// hamza, the article and clitics), keeps the chosen ids as removable chips, and offers to add
// a new entry when none fits. Keyboard: type, ArrowDown/ArrowUp through the options, Enter to
// choose, Escape to close; each chip is a button that removes it.
window.kbPicker = (function () {
  "use strict";
  var counter = 0;

  // options: {label, types, multiple, values, path, t, names, local(), onChange(values),
  //           onNew(type, typed, choose)}
  function create(options) {
    counter += 1;
    var id = "picker-" + counter;
    var values = (options.values || []).slice();
    var wrap = document.createElement("div");
    wrap.className = "picker";
    wrap.dataset.path = options.path;
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = options.label;
    var chips = document.createElement("span");
    chips.className = "chips";
    var input = document.createElement("input");
    input.id = id;
    input.type = "search";
    input.autocomplete = "off";
    input.dir = "auto";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id + "-list");
    input.dataset.path = options.path;
    var list = document.createElement("ul");
    list.id = id + "-list";
    list.className = "options";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", options.label);
    list.hidden = true;
    wrap.append(label, chips, input, list);

    var active = -1;
    var shown = [];
    var pending = null;
    var generation = 0;

    function render() {
      chips.replaceChildren();
      values.forEach(function (value) {
        var chip = document.createElement("button");
        chip.type = "button";
        chip.className = "chip";
        chip.dataset.id = value;
        var name = options.names[value];
        chip.textContent = (name ? name + " (" + value + ")" : value) + " ×";
        chip.setAttribute("aria-label", options.t("remove") + " " + (name || value));
        chip.addEventListener("click", function () {
          values = values.filter(function (v) { return v !== value; });
          render();
          options.onChange(values.slice());
          input.focus();
        });
        chips.append(chip);
      });
      input.hidden = !options.multiple && values.length > 0;
    }

    function choose(value, name) {
      if (name) { options.names[value] = name; }
      if (options.multiple) {
        if (values.indexOf(value) < 0) { values.push(value); }
      } else {
        values = [value];
      }
      input.value = "";
      close();
      render();
      options.onChange(values.slice());
      if (input.hidden) {
        var chip = chips.querySelector(".chip");
        if (chip) { chip.focus(); }
      } else {
        input.focus();
      }
    }

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
      shown = [];
    }

    function show(hits, typed) {
      list.replaceChildren();
      shown = [];
      hits.forEach(function (hit) {
        // The name the typed words matched (in the script they were typed in) comes first.
        var name = hit.matched_name || hit.name || hit.id;
        shown.push({ id: hit.id, name: name, detail: hit.name });
      });
      options.types.forEach(function (type) {
        if (options.onNew && type !== "event") {
          shown.push({ create: type, name: typed });
        }
      });
      shown.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = id + "-option-" + index;
        option.setAttribute("role", "option");
        option.dir = "auto";
        if (item.create) {
          option.className = "create";
          option.textContent = options.t("newEntryOption")
            .replace("{label}", options.t(item.create)).replace("{name}", item.name);
        } else {
          option.textContent = item.name + " (" + item.id + ")" +
            (item.detail && item.detail !== item.name ? " · " + item.detail : "");
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          pick(index);
        });
        list.append(option);
      });
      if (!hits.length) {
        var none = document.createElement("li");
        none.className = "none";
        none.textContent = options.t("noMatch");
        list.prepend(none);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      move(hits.length ? 0 : shown.length ? 0 : -1);
    }

    function move(index) {
      var items = list.querySelectorAll("[role=option]");
      items.forEach(function (item) { item.removeAttribute("aria-selected"); });
      active = index;
      if (index >= 0 && items[index]) {
        items[index].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      }
    }

    function pick(index) {
      var item = shown[index];
      if (!item) { return; }
      if (item.create) {
        close();
        options.onNew(item.create, item.name, choose);
      } else {
        choose(item.id, item.name);
      }
    }

    function lookup() {
      var typed = input.value.trim();
      generation += 1;
      var mine = generation;
      if (!typed) { close(); return; }
      var local = (options.local ? options.local() : []).filter(function (item) {
        return item.name.toLowerCase().indexOf(typed.toLowerCase()) >= 0 ||
          item.id.indexOf(typed.toLowerCase()) >= 0;
      });
      var query = new URLSearchParams({ q: typed, limit: "8", prefix: "true" });
      options.types.forEach(function (type) { query.append("type", type); });
      fetch("/api/v1/search?" + query.toString(), { headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (body) {
          if (mine !== generation) { return; }
          var ids = {};
          var hits = local.concat(body.data).filter(function (hit) {
            if (ids[hit.id]) { return false; }
            ids[hit.id] = true;
            return true;
          });
          show(hits, typed);
        })
        .catch(function (error) {
          if (mine !== generation) { return; }
          show(local, typed);
          var failed = document.createElement("li");
          failed.className = "none";
          failed.textContent = options.t("searchFailed") + error.message;
          list.prepend(failed);
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(pending);
      pending = setTimeout(lookup, 200);
    });
    input.addEventListener("keydown", function (event) {
      var count = list.querySelectorAll("[role=option]").length;
      if (event.key === "ArrowDown" && list.hidden) {
        event.preventDefault();
        lookup();
      } else if (event.key === "ArrowDown" && count) {
        event.preventDefault();
        move((active + 1) % count);
      } else if (event.key === "ArrowUp" && count) {
        event.preventDefault();
        move((active - 1 + count) % count);
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (!list.hidden && active >= 0) { pick(active); }
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    render();
    wrap.kbValues = function () { return values.slice(); };
    wrap.kbRefresh = render;
    return wrap;
  }

  return { create: create };
})();
