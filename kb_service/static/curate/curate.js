// The curation workbench: open a text, select words to quote them verbatim, build events,
// statements and relations with the vocabulary's terms and the registry's entries, check the
// document live with the API's dry run, then download it or submit it.
(function () {
  "use strict";
  var lang = document.body.dataset.lang === "ar" ? "ar" : "en";
  var words = window.kbLabels[lang];
  var statuses = document.body.dataset.statuses.split(",");
  var RTL = ["ar", "fa", "he", "ur"];
  var SECTIONS = { events: "event", statements: "statement", relations: "relation" };
  var state = {
    open: false,
    text: "",
    textFile: "",
    source: {},
    passages: [],
    nonContent: [],
    events: [],
    statements: [],
    relations: [],
    pending: { actors: [], places: [], conflicts: [] },
    selection: null,
    vocabulary: null,
  };
  var names = {}; // id -> a name to show for it
  var checkTimer = null;
  var checkGeneration = 0;
  var counter = 0;

  function t(key, values) {
    var text = words[key] || window.kbLabels.en[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(values[name]));
    });
    return text;
  }

  function $(id) { return document.getElementById(id); }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "className") { node.className = attributes[name]; }
      else { node.setAttribute(name, attributes[name]); }
    });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function uid(prefix) {
    counter += 1;
    return prefix + "-" + counter;
  }

  function apiKey() { return $("api-key").value.trim(); }

  function slug(text) {
    return String(text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
  }

  // --- talking to the API ---------------------------------------------------------------

  function call(url, init) {
    return fetch(url, init).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      var body = type.indexOf("json") >= 0 ? response.json() : response.text();
      return body.then(function (parsed) { return { status: response.status, body: parsed }; });
    });
  }

  function authorized(headers) {
    var found = Object.assign({ Accept: "application/json" }, headers || {});
    if (apiKey()) { found.Authorization = "Bearer " + apiKey(); }
    return found;
  }

  // The API's own words are English: an Arabic page says its problems by their codes instead.
  function problemText(body) {
    if (lang !== "en") { return ""; }
    if (body && typeof body === "object" && body.detail) { return body.detail; }
    return typeof body === "string" ? body.slice(0, 300) : "";
  }

  // --- the document ----------------------------------------------------------------------

  function textFileName() {
    return state.textFile || (slug(state.source.id) || "source") + ".txt";
  }

  function compact(item) {
    var out = {};
    Object.keys(item).forEach(function (name) {
      var value = item[name];
      if (value === "" || value === null || value === undefined) { return; }
      if (Array.isArray(value) && !value.length && name !== "evidence") { return; }
      out[name] = value;
    });
    return out;
  }

  function documentOf() {
    var source = state.source;
    var doc = { kind: "source" };
    ["id", "title", "title_en", "publisher", "credited_to", "url", "published", "language"]
      .forEach(function (name) { if (source[name]) { doc[name] = source[name]; } });
    doc.text_file = textFileName();
    if (state.nonContent.length) { doc.non_content = state.nonContent.slice().sort(function (a, b) { return a - b; }); }
    Object.keys(SECTIONS).forEach(function (section) {
      if (state[section].length) {
        doc[section] = state[section].map(function (item) {
          var copy = compact(item);
          delete copy.same_as_candidates; // decided on the card; ingest refuses the key
          if (copy.participants) {
            copy.participants = copy.participants.map(compact);
          }
          return copy;
        });
      }
    });
    return doc;
  }

  function yamlOf(doc) {
    return "# Curated in the workbench (/curate). Every quote is the words selected in the text.\n" +
      window.jsyaml.dump(doc, { lineWidth: 100, noRefs: true });
  }

  function registryDocument() {
    var doc = { kind: "registry" };
    ["conflicts", "actors", "places"].forEach(function (section) {
      if (state.pending[section].length) { doc[section] = state.pending[section]; }
    });
    return doc;
  }

  function hasPending() {
    return ["actors", "places", "conflicts"].some(function (s) { return state.pending[s].length; });
  }

  function multipart(doc) {
    var form = new FormData();
    var name = (slug(state.source.id) || "source") + ".yaml";
    form.append("document", new Blob([yamlOf(doc)], { type: "application/yaml" }), name);
    form.append(textFileName(), new Blob([state.text], { type: "text/plain" }), textFileName());
    return form;
  }

  // --- problems, beside the field they name -------------------------------------------------

  function target(path) {
    var current = path;
    while (current) {
      var found = document.querySelector('[data-path="' + CSS.escape(current) + '"]');
      if (found) { return found; }
      var cut = Math.max(current.lastIndexOf("."), current.lastIndexOf("["));
      current = cut > 0 ? current.slice(0, cut) : "";
    }
    return null;
  }

  function clearProblems(scope) {
    (scope || document).querySelectorAll(".problem").forEach(function (node) { node.remove(); });
    (scope || document).querySelectorAll("[aria-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
    });
  }

  function problemLine(param) {
    // An Arabic page says the problem by its code (problem_words.js), not in the API's English.
    if (lang !== "en" && param.code) { return window.kbProblems.inWords(lang, param); }
    var text = param.reason;
    if (param.hint) { text += " — " + param.hint; }
    if (param.closest) { text += " (" + param.closest + ")"; }
    return text;
  }

  function showProblems(params, list, scope) {
    clearProblems(scope);
    list.replaceChildren();
    params.forEach(function (param) {
      var node = scope ? scope.querySelector('[data-path="' + CSS.escape(param.name) + '"]') : target(param.name);
      var id = uid("problem");
      if (node) {
        var note = element("p", { className: "problem", id: id, role: "alert", "data-for": param.name }, problemLine(param));
        note.dir = "auto";
        // Inside the field's own box, so that a grid of fields keeps its places.
        var anchor = node.closest(".field, .evidence-row, .picker, .review");
        if (anchor) { anchor.append(note); }
        else if (node.matches("fieldset")) { node.querySelector("legend").after(note); }
        else { node.append(note); }
        if (node.matches("input, select, textarea")) {
          node.setAttribute("aria-invalid", "true");
          node.setAttribute("aria-describedby", id);
        }
      }
      var entry = element("li");
      var button = element("button", { type: "button", className: "link" }, param.name);
      button.addEventListener("click", function () {
        var field = target(param.name);
        if (field) {
          var focusable = field.matches("input, select, textarea, button") ? field : field.querySelector("input, select, textarea, button");
          (focusable || field).focus();
          field.scrollIntoView({ block: "center" });
        }
      });
      entry.append(button, document.createTextNode(": " + problemLine(param)));
      entry.dir = "auto";
      list.append(entry);
    });
  }

  // --- live validation (the API's dry run) ---------------------------------------------------

  function changed() {
    if (!state.open) { return; }
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 600);
  }

  function reviewLeft() {
    var left = 0;
    Object.keys(SECTIONS).forEach(function (section) {
      state[section].forEach(function (item) { if (item.review) { left += 1; } });
    });
    return left;
  }

  // The page sends no same_as_candidates: an item whose candidates are undecided is said here.
  function undecided() {
    var left = 0;
    Object.keys(SECTIONS).forEach(function (section) {
      state[section].forEach(function (item) { if ((item.same_as_candidates || []).length) { left += 1; } });
    });
    return left ? " " + t("sameAsLeft", { n: left }) : "";
  }

  function summary(report) {
    var parts = [];
    Object.keys(report.counts || {}).forEach(function (kind) {
      var counts = report.counts[kind];
      ["created", "updated", "removed"].forEach(function (what) {
        if (counts[what]) {
          parts.push(t("summaryPart", { kind: t("k_" + kind), what: t("w_" + what), n: counts[what] }));
        }
      });
    });
    return parts.join(t("listSeparator")) || t("noChange");
  }

  function check() {
    var status = $("validation");
    checkGeneration += 1;
    var mine = checkGeneration;
    document.body.dataset.checked = "";
    if (!apiKey()) {
      status.textContent = t("keyMissing");
      document.body.dataset.checked = "no-key";
      return Promise.resolve();
    }
    status.textContent = t("checking");
    return call("/api/v1/sources?dry_run=true", {
      method: "POST", headers: authorized(), body: multipart(documentOf()),
    }).then(function (answer) {
      if (mine !== checkGeneration) { return; }
      var left = reviewLeft();
      if (answer.status === 200 || answer.status === 201) {
        showProblems([], $("problems"));
        status.textContent = t("checked", { summary: summary(answer.body.data) }) + undecided();
        document.body.dataset.checked = "ok";
      } else if (answer.status === 422) {
        var params = answer.body.invalid_params || [];
        showProblems(params, $("problems"));
        status.textContent = t("problems", { n: params.length }) +
          (left ? " " + t("reviewLeft", { n: left }) : "") + undecided();
        document.body.dataset.checked = "problems";
      } else if (answer.status === 401) {
        status.textContent = t("keyRefused") + problemText(answer.body);
        document.body.dataset.checked = "key-refused";
      } else {
        showProblems((answer.body && answer.body.invalid_params) || [], $("problems"));
        status.textContent = t("serverError", { status: answer.status }) + problemText(answer.body);
        document.body.dataset.checked = "error";
      }
    }).catch(function () {
      if (mine !== checkGeneration) { return; }
      status.textContent = t("network");
      document.body.dataset.checked = "error";
    });
  }

  // --- fields -------------------------------------------------------------------------------

  function field(parent, options) {
    var id = uid("field");
    var row = element("div", { className: "field" });
    var label = element("label", { for: id }, t(options.label));
    var input;
    if (options.multiline) {
      input = element("textarea", { id: id, rows: "3" });
    } else if (options.choices) {
      input = element("select", { id: id });
      input.append(element("option", { value: "" }, t(options.empty || "choose")));
      var known = {};
      options.choices.forEach(function (choice) {
        known[choice.value] = true;
        input.append(element("option", { value: choice.value }, choice.label));
      });
      if (options.value && !known[options.value]) {
        input.append(element("option", { value: options.value }, options.value));
      }
    } else {
      input = element("input", { id: id, type: "text", spellcheck: "false" });
    }
    input.dataset.path = options.path;
    input.dir = options.dir || "auto";
    input.value = options.value || "";
    row.append(label, input);
    if (options.edtf) {
      var reading = element("output", { id: id + "-reading", className: "reading", for: id, "aria-live": "polite" });
      reading.dir = "auto";
      input.setAttribute("aria-describedby", reading.id);
      row.append(reading);
      var timer = null;
      var showReading = function () { readDate(input.value, reading); };
      input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(showReading, 250); });
      if (input.value) { showReading(); }
    }
    input.addEventListener(options.choices ? "change" : "input", function () {
      options.set(input.value.trim() === "" ? "" : (options.multiline ? input.value : input.value.trim()));
      changed();
    });
    parent.append(row);
    return input;
  }

  function readDate(value, output) {
    var text = value.trim();
    output.dataset.asked = text;  // an answer to an earlier value is not shown
    output.classList.remove("invalid");
    if (!text) { output.textContent = ""; return; }
    var query = new URLSearchParams({ edtf: text, lang: lang });
    call("/api/v1/dates?" + query.toString(), { headers: { Accept: "application/json" } })
      .then(function (answer) {
        if (output.dataset.asked !== text) { return; }
        if (answer.status === 200) {
          output.textContent = answer.body.data.reading;
        } else {
          var params = (answer.body && answer.body.invalid_params) || [];
          output.textContent = params.length ? problemLine(params[0]) : problemText(answer.body);
          output.classList.add("invalid");
        }
      })
      .catch(function () { output.textContent = t("network"); });
  }

  function terms(section) {
    var listed = (state.vocabulary && state.vocabulary[section]) || [];
    return listed.map(function (term) {
      var label = (term.label && (term.label[lang] || term.label.en)) || term.term;
      return { value: term.term, label: label + (label !== term.term ? " (" + term.term + ")" : "") };
    });
  }

  function picker(parent, options) {
    var created = window.kbPicker.create({
      label: t(options.label),
      types: options.types,
      multiple: options.multiple,
      values: options.values,
      path: options.path,
      t: t,
      names: names,
      local: options.types.indexOf("event") >= 0 ? localItems : null,
      onChange: function (values) { options.set(values); changed(); },
      onNew: newEntry,
    });
    parent.append(created);
    return created;
  }

  function localItems() {
    return state.events.map(function (event) {
      return { id: event.id, name: event.title || event.id, type: "event" };
    });
  }

  // --- the source ---------------------------------------------------------------------------

  function renderSource() {
    var box = $("source-fields");
    box.replaceChildren();
    var source = state.source;
    function set(name) { return function (value) { source[name] = value; }; }
    field(box, { label: "f_id", path: "id", value: source.id, set: set("id"), dir: "ltr" });
    field(box, { label: "f_title", path: "title", value: source.title, set: set("title") });
    field(box, { label: "f_title_en", path: "title_en", value: source.title_en, set: set("title_en"), dir: "ltr" });
    field(box, { label: "f_publisher", path: "publisher", value: source.publisher, set: set("publisher") });
    field(box, { label: "f_published", path: "published", value: source.published, set: set("published"), edtf: true, dir: "ltr" });
    field(box, { label: "f_language", path: "language", value: source.language, set: function (value) {
      source.language = value;
      renderPassages();
    }, dir: "ltr" });
    field(box, { label: "f_url", path: "url", value: source.url, set: set("url"), dir: "ltr" });
  }

  // --- passages and the selection -----------------------------------------------------------

  function renderPassages() {
    var list = $("passage-list");
    list.replaceChildren();
    list.dataset.path = "non_content";
    var rtl = RTL.indexOf((state.source.language || "").split("-")[0]) >= 0;
    state.passages.forEach(function (passage) {
      var number = passage.number;
      var item = element("li", { id: "passage-" + number, "data-number": String(number) });
      var heading = element("span", { className: "number", "aria-hidden": "true" }, String(number));
      // Not `readonly`: Chromium moves no caret in a read-only textarea, and a curator selects
      // with Shift and the arrow keys too. Every edit is refused instead, so the words stay
      // the source's own.
      var area = element("textarea", { rows: "1", spellcheck: "false", "aria-readonly": "true",
        "aria-label": t("passage", { n: number }), "data-passage": String(number) });
      area.value = passage.text;
      area.addEventListener("beforeinput", function (event) { event.preventDefault(); });
      area.addEventListener("input", function () { area.value = passage.text; });
      area.addEventListener("drop", function (event) { event.preventDefault(); });
      area.lang = state.source.language || "";
      area.dir = rtl ? "rtl" : "ltr";
      ["select", "keyup", "mouseup"].forEach(function (type) {
        area.addEventListener(type, function () { track(area, number); });
      });
      var mark = element("label", { className: "not-content" });
      var box = element("input", { type: "checkbox", "data-path": "non_content-" + number });
      box.checked = state.nonContent.indexOf(number) >= 0;
      item.classList.toggle("skipped", box.checked);
      box.addEventListener("change", function () {
        state.nonContent = state.nonContent.filter(function (n) { return n !== number; });
        if (box.checked) { state.nonContent.push(number); }
        item.classList.toggle("skipped", box.checked);
        changed();
      });
      mark.append(box, document.createTextNode(" " + t("notContent")));
      item.append(heading, area, mark);
      if (passage.not_content) {
        var why = lang !== "en" && passage.not_content_code ? window.kbProblems.said(lang, passage.not_content_code) : passage.not_content;
        item.append(element("span", { className: "hint" }, why));
      }
      list.append(item);
    });
    sizePassages();
  }

  function sizePassages() {
    document.querySelectorAll("#passage-list textarea").forEach(function (area) {
      area.style.height = "auto";
      area.style.height = area.scrollHeight + 2 + "px";
    });
  }

  function track(area, number) {
    var quote = area.value.slice(area.selectionStart, area.selectionEnd).trim();
    state.selection = quote ? { passage: number, quote: quote } : null;
    renderSelection();
  }

  function renderSelection() {
    var text = $("selection-text");
    text.replaceChildren();
    var selection = state.selection;
    if (selection) {
      text.append(document.createTextNode(t("selected", { n: selection.passage }) + " "));
      var quote = element("q", { id: "selection-quote" }, selection.quote);
      quote.dir = "auto";
      text.append(quote);
    } else {
      text.textContent = t("noSelection");
    }
    document.querySelectorAll(".needs-selection, #new-event, #new-statement, #new-relation").forEach(function (button) {
      button.disabled = !selection;
    });
  }

  // --- events, statements, relations -------------------------------------------------------

  function freshId(kind) {
    var base = (slug(state.source.id) || "source") + "-" + kind;
    var taken = {};
    Object.keys(SECTIONS).forEach(function (section) {
      state[section].forEach(function (item) { taken[item.id] = true; });
    });
    var n = 1;
    while (taken[base + "-" + n]) { n += 1; }
    return base + "-" + n;
  }

  function evidenceOfSelection() {
    return { passage: state.selection.passage, quote: state.selection.quote };
  }

  function add(section) {
    if (!state.selection) { return; }
    var item;
    var kind = SECTIONS[section];
    if (section === "events") {
      item = { id: freshId(kind), title: "", type: "", date: "", participants: [], places: [], evidence: [evidenceOfSelection()] };
    } else if (section === "statements") {
      item = { id: freshId(kind), kind: "", speakers: [], date: state.source.published || "", quote: state.selection.quote,
        language: state.source.language || "", text_en: "", evidence: [evidenceOfSelection()] };
    } else {
      item = { id: freshId(kind), type: "", subject: "", object: "", evidence: [evidenceOfSelection()] };
    }
    state[section].push(item);
    renderCards(section);
    var card = $(section).lastElementChild;
    var first = card && card.querySelector("input, select, textarea");
    if (first) { first.focus(); }
    changed();
  }

  function renderCards(only) {
    Object.keys(SECTIONS).forEach(function (section) {
      if (!only || only === section) { renderSection(section); }
    });
    renderSelection();
  }

  function renderSection(section) {
    var box = $(section);
    box.replaceChildren();
    state[section].forEach(function (item, index) {
      box.append(card(section, item, index));
    });
  }

  function card(section, item, index) {
    var base = section + "[" + index + "]";
    var node = element("fieldset", { className: "card", "data-path": base });
    var legend = element("legend", {}, t(SECTIONS[section]) + " " + (index + 1));
    node.append(legend);
    if (item.review) {
      var review = element("div", { className: "review", "data-path": base + ".review", role: "note" });
      review.append(element("span", {}, t("drafted") + " "));
      var clear = element("button", { type: "button", className: "clear-review" }, t("clearReview"));
      clear.addEventListener("click", function () {
        delete item.review;
        renderSection(section);
        var next = $(section).children[index];
        var focus = next && next.querySelector("input, select, textarea");
        if (focus) { focus.focus(); }
        changed();
      });
      review.append(clear);
      node.append(review);
    }
    node.append(window.kbSameAs({ section: section, item: item, base: base, t: t, refresh: function (focus) {
      renderSection(section);
      var again = $(section).children[index];
      var first = again && again.querySelector(focus);
      if (first) { first.focus(); }
      changed();
    } }));
    function set(name) { return function (value) { item[name] = value; }; }
    field(node, { label: "f_id", path: base + ".id", value: item.id, set: set("id"), dir: "ltr" });
    if (section === "events") {
      field(node, { label: "f_title", path: base + ".title", value: item.title, set: set("title") });
      // The title in the source's own words, for pages in its language (drafted from the passage).
      ["ar", "ru"].forEach(function (code) {
        if (state.source.language !== code && !item["title_" + code]) { return; }
        field(node, { label: "f_title_" + code, path: base + ".title_" + code, value: item["title_" + code],
          set: set("title_" + code), dir: code === "ar" ? "rtl" : "ltr" });
      });
      field(node, { label: "f_type", path: base + ".type", value: item.type, set: set("type"), choices: terms("event_types") });
      field(node, { label: "f_status", path: base + ".status", value: item.status, set: set("status"), empty: "statusDefault",
        choices: statuses.filter(function (s) { return s !== "occurred"; }).map(function (s) { return { value: s, label: t("st_" + s) }; }) });
      field(node, { label: "f_date", path: base + ".date", value: item.date, set: set("date"), edtf: true, dir: "ltr" });
      picker(node, { label: "f_conflict", types: ["conflict"], multiple: false, values: item.conflict ? [item.conflict] : [],
        path: base + ".conflict", set: function (values) { item.conflict = values[0] || ""; } });
      participants(node, section, item, base);
      picker(node, { label: "f_places", types: ["place"], multiple: true, values: item.places || [],
        path: base + ".places", set: function (values) { item.places = values; } });
      field(node, { label: "f_summary", path: base + ".summary", value: item.summary, set: set("summary"), multiline: true });
    } else if (section === "statements") {
      field(node, { label: "f_kind", path: base + ".kind", value: item.kind, set: set("kind"), choices: terms("statement_kinds") });
      picker(node, { label: "f_speakers", types: ["actor"], multiple: true, values: item.speakers || [],
        path: base + ".speakers", set: function (values) { item.speakers = values; } });
      picker(node, { label: "f_addressees", types: ["actor"], multiple: true, values: item.addressees || [],
        path: base + ".addressees", set: function (values) { item.addressees = values; } });
      picker(node, { label: "f_about", types: ["event", "actor", "place", "conflict"], multiple: true, values: item.about || [],
        path: base + ".about", set: function (values) { item.about = values; } });
      picker(node, { label: "f_conflict", types: ["conflict"], multiple: false, values: item.conflict ? [item.conflict] : [],
        path: base + ".conflict", set: function (values) { item.conflict = values[0] || ""; } });
      field(node, { label: "f_date", path: base + ".date", value: item.date, set: set("date"), edtf: true, dir: "ltr" });
      var quote = field(node, { label: "f_quote", path: base + ".quote", value: item.quote, set: set("quote"), multiline: true });
      var useQuote = element("button", { type: "button", className: "needs-selection" }, t("useQuote"));
      useQuote.addEventListener("click", function () {
        if (!state.selection) { return; }
        item.quote = state.selection.quote;
        quote.value = item.quote;
        var cited = (item.evidence || []).some(function (e) { return e.passage === state.selection.passage; });
        if (!cited) { item.evidence.push(evidenceOfSelection()); renderSection(section); }
        changed();
      });
      quote.parentNode.append(useQuote);
      field(node, { label: "f_language", path: base + ".language", value: item.language, set: set("language"), dir: "ltr" });
      field(node, { label: "f_text_en", path: base + ".text_en", value: item.text_en, set: set("text_en"), multiline: true, dir: "ltr" });
    } else {
      field(node, { label: "f_type", path: base + ".type", value: item.type, set: set("type"), choices: terms("relation_types") });
      picker(node, { label: "f_subject", types: ["actor"], multiple: false, values: item.subject ? [item.subject] : [],
        path: base + ".subject", set: function (values) { item.subject = values[0] || ""; } });
      picker(node, { label: "f_object", types: ["actor", "conflict"], multiple: false, values: item.object ? [item.object] : [],
        path: base + ".object", set: function (values) { item.object = values[0] || ""; } });
      field(node, { label: "f_role", path: base + ".role", value: item.role, set: set("role") });
      field(node, { label: "f_date", path: base + ".date", value: item.date, set: set("date"), edtf: true, dir: "ltr" });
    }
    evidence(node, section, item, base);
    var remove = element("button", { type: "button", className: "remove" }, t("removeItem"));
    remove.addEventListener("click", function () {
      state[section].splice(index, 1);
      renderSection(section);
      changed();
    });
    node.append(remove);
    return node;
  }

  function participants(node, section, item, base) {
    var box = element("div", { className: "participants", "data-path": base + ".participants" });
    box.append(element("span", { className: "group-label" }, t("f_participants")));
    (item.participants || []).forEach(function (participant, j) {
      var path = base + ".participants[" + j + "]";
      var row = element("div", { className: "participant", "data-path": path });
      picker(row, { label: "actor", types: ["actor"], multiple: false, values: participant.actor ? [participant.actor] : [],
        path: path + ".actor", set: function (values) { participant.actor = values[0] || ""; } });
      field(row, { label: "f_role", path: path + ".role", value: participant.role, set: function (value) { participant.role = value; } });
      var remove = element("button", { type: "button" }, t("remove"));
      remove.addEventListener("click", function () {
        item.participants.splice(j, 1);
        renderSection(section);
        changed();
      });
      row.append(remove);
      box.append(row);
    });
    var more = element("button", { type: "button", className: "add-participant" }, t("addParticipant"));
    more.addEventListener("click", function () {
      item.participants = item.participants || [];
      item.participants.push({ actor: "", role: "" });
      renderSection(section);
      var rows = $(section).querySelectorAll('[data-path="' + base + '.participants[' + (item.participants.length - 1) + '].actor"]');
      var input = rows.length ? rows[rows.length - 1] : null;
      if (input && input.matches("input")) { input.focus(); }
      else if (input) { var inner = input.querySelector("input"); if (inner) { inner.focus(); } }
    });
    box.append(more);
    node.append(box);
  }

  function evidence(node, section, item, base) {
    var box = element("div", { className: "evidence", "data-path": base + ".evidence" });
    box.append(element("span", { className: "group-label" }, t("evidence")));
    (item.evidence || []).forEach(function (cited, j) {
      var path = base + ".evidence[" + j + "]";
      var row = element("div", { className: "evidence-row", "data-path": path });
      var number = element("span", { className: "passage-number", "data-path": path + ".passage" }, t("passage", { n: cited.passage }));
      var quote = element("blockquote", { "data-path": path + ".quote" }, cited.quote);
      quote.dir = "auto";
      var remove = element("button", { type: "button" }, t("remove"));
      remove.setAttribute("aria-label", t("remove") + ": " + cited.quote.slice(0, 40));
      remove.addEventListener("click", function () {
        item.evidence.splice(j, 1);
        renderSection(section);
        changed();
      });
      row.append(number, quote, remove);
      box.append(row);
    });
    var addButton = element("button", { type: "button", className: "needs-selection add-evidence" }, t("addEvidence"));
    addButton.disabled = !state.selection;
    addButton.addEventListener("click", function () {
      if (!state.selection) { return; }
      item.evidence = item.evidence || [];
      item.evidence.push(evidenceOfSelection());
      renderSection(section);
      changed();
    });
    box.append(addButton);
    node.append(box);
  }

  // --- new registry entries ----------------------------------------------------------------

  function newEntry(type, typed, choose) {
    var dialog = $("new-entry");
    var box = $("new-entry-fields");
    box.replaceChildren();
    clearProblems(dialog);
    $("new-entry-problems").replaceChildren();
    $("new-entry-heading").textContent = t("newEntry", { label: t(type) });
    var sourceLanguage = (state.source.language || "en").split("-")[0];
    var entry = { id: "", names: {} };
    var section = type + "s";
    var path = section + "[0]";
    var idEdited = false;
    var idInput;
    function suggestId() {
      if (!idEdited) {
        entry.id = slug(entry.names.en);
        idInput.value = entry.id;
      }
    }
    if (sourceLanguage !== "en") {
      field(box, { label: "f_name", path: path + ".names." + sourceLanguage, value: typed, set: function (value) { entry.names[sourceLanguage] = value; } });
      entry.names[sourceLanguage] = typed;
    }
    var english = field(box, { label: "f_name_en", path: path + ".names.en", value: sourceLanguage === "en" ? typed : "",
      set: function (value) { entry.names.en = value; suggestId(); }, dir: "ltr" });
    if (sourceLanguage === "en") { entry.names.en = typed; }
    idInput = field(box, { label: "f_id", path: path + ".id", value: "", set: function (value) { entry.id = value; idEdited = true; }, dir: "ltr" });
    if (type !== "conflict") {
      field(box, { label: "f_kind", path: path + ".kind", value: "", set: function (value) { entry.kind = value; },
        choices: terms(type === "actor" ? "actor_kinds" : "place_kinds") });
    }
    field(box, { label: "f_wikidata", path: path + ".wikidata", value: "", set: function (value) { entry.wikidata = value; }, dir: "ltr" });
    suggestId();
    var form = $("new-entry-form");
    function finish(event) {
      event.preventDefault();
      var clean = compact(entry);
      clean.names = compact(entry.names);
      var registry = { kind: "registry" };
      registry[section] = [clean];
      var display = entry.names[sourceLanguage] || entry.names.en || entry.id;
      if (!apiKey()) {
        state.pending[section].push(clean);
        names[clean.id] = display;
        close();
        choose(clean.id, display);
        $("result").textContent = t("pending");
        return;
      }
      call("/api/v1/registry", {
        method: "POST",
        headers: authorized({ "Content-Type": "application/json" }),
        body: JSON.stringify(registry),
      }).then(function (answer) {
        if (answer.status === 200 || answer.status === 201) {
          close();
          choose(clean.id, display);
        } else {
          var params = (answer.body && answer.body.invalid_params) ||
            [{ name: "body", reason: t("serverError", { status: answer.status }) + problemText(answer.body) }];
          showProblems(params, $("new-entry-problems"), dialog);
        }
      }).catch(function () {
        showProblems([{ name: "body", reason: t("network") }], $("new-entry-problems"), dialog);
      });
    }
    function close() { dialog.close(); }
    form.addEventListener("submit", finish);
    $("new-entry-cancel").addEventListener("click", close);
    // However the dialog closes (added, Cancel, Escape), this entry's handlers go with it.
    dialog.addEventListener("close", function () {
      form.removeEventListener("submit", finish);
      $("new-entry-cancel").removeEventListener("click", close);
    }, { once: true });
    dialog.showModal();
    (sourceLanguage === "en" ? english : box.querySelector("input")).focus();
  }

  // --- opening a source ------------------------------------------------------------------

  function decode(file) {
    return file.arrayBuffer().then(function (buffer) {
      try {
        return new TextDecoder("utf-8", { fatal: true }).decode(buffer).replace(/^\ufeff/, "");
      } catch (error) {
        throw new Error(file.name + ": is not UTF-8 text");
      }
    });
  }

  function openStatus(text, failed) {
    var status = $("open-status");
    status.textContent = text;
    status.classList.toggle("invalid", !!failed);
  }

  function readFiles() {
    var files = Array.prototype.slice.call($("files").files);
    var curated = files.filter(function (f) { return /\.(ya?ml|json)$/i.test(f.name); })[0];
    var texts = files.filter(function (f) { return /\.txt$/i.test(f.name); });
    if (!curated) {
      if (!texts.length) { return Promise.resolve({ doc: null, text: $("paste").value, textFile: "" }); }
      return decode(texts[0]).then(function (text) { return { doc: null, text: text, textFile: texts[0].name }; });
    }
    return decode(curated).then(function (raw) {
      var doc;
      try {
        doc = /\.json$/i.test(curated.name) ? JSON.parse(raw) : window.jsyaml.load(raw);
      } catch (error) {
        throw new Error(curated.name + ": " + (error.message || error).toString().split("\n")[0]);
      }
      if (!doc || typeof doc !== "object" || doc.kind !== "source") {
        throw new Error(curated.name + ": kind: is not a source document");
      }
      if (typeof doc.text === "string") { return { doc: doc, text: doc.text, textFile: "" }; }
      var named = texts.filter(function (f) { return f.name === doc.text_file; })[0];
      if (!named) { throw new Error(t("missingText", { name: doc.text_file || "?" })); }
      return decode(named).then(function (text) { return { doc: doc, text: text, textFile: named.name }; });
    });
  }

  function openSource() {
    openStatus(t("opening"));
    return readFiles().then(function (opened) {
      if (!opened.text.trim()) { openStatus(t("noText"), true); return; }
      var doc = opened.doc;
      var body = { text: opened.text };
      if (doc && doc.language) { body.language = String(doc.language); }
      if (doc && doc.published) { body.published = String(doc.published); }
      else if (state.source.published) { body.published = state.source.published; }
      if (state.source.publisher) { body.publisher = state.source.publisher; }
      return call("/api/v1/drafts", {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).then(function (answer) {
        if (answer.status !== 200) {
          var params = (answer.body && answer.body.invalid_params) || [];
          openStatus(params.length ? params.map(function (p) { return p.name + ": " + (lang !== "en" && p.code ? window.kbProblems.inWords(lang, p) : p.reason); }).join("; ")
            : t("serverError", { status: answer.status }) + problemText(answer.body), true);
          return;
        }
        start(answer.body.data, opened, doc);
      });
    }).catch(function (error) { openStatus(error.message, true); });
  }

  function start(outline, opened, doc) {
    state.text = opened.text;
    state.textFile = (doc && doc.text_file) || "";
    state.passages = outline.passages;
    outline.passages.forEach(function (passage) {
      (passage.names || []).forEach(function (name) { if (!names[name.id]) { names[name.id] = name.text; } });
    });
    var fromFile = opened.textFile ? slug(opened.textFile.replace(/\.txt$/i, "")) : "";
    if (doc) {
      state.source = {};
      ["id", "title", "title_en", "publisher", "credited_to", "url", "published", "language"].forEach(function (name) {
        if (doc[name] !== undefined && doc[name] !== null) { state.source[name] = String(doc[name]); }
      });
      state.nonContent = (doc.non_content || []).slice();
      Object.keys(SECTIONS).forEach(function (section) { state[section] = (doc[section] || []).map(copyItem); });
    } else {
      var drafted = outline.document;
      state.source = {
        id: state.source.id || fromFile,
        title: (drafted && drafted.title) || state.source.title || "",
        title_en: state.source.title_en || "",
        publisher: state.source.publisher || "",
        url: state.source.url || "",
        published: outline.published || state.source.published || "",
        language: outline.language,
      };
      state.nonContent = outline.passages.filter(function (p) { return p.not_content; }).map(function (p) { return p.number; });
      var suggest = $("suggest").checked && drafted;
      Object.keys(SECTIONS).forEach(function (section) {
        state[section] = suggest ? (drafted[section] || []).map(copyItem) : [];
      });
      if ($("suggest").checked && !drafted) { openStatus(t("noPublished"), true); }
    }
    state.selection = null;
    state.open = true;
    $("source").hidden = false;
    $("work").hidden = false;
    $("finish").hidden = false;
    renderSource();
    renderPassages();
    renderCards();
    $("aliases").hidden = !window.kbAliases({ proposals: outline.proposed_aliases, list: $("alias-list"), t: t,
      apiKey: apiKey, pending: function () { return state.pending; }, post: function (registry) {
        return call("/api/v1/registry", { method: "POST", headers: authorized({ "Content-Type": "application/json" }),
          body: JSON.stringify(registry) });
      } });
    if (!$("open-status").classList.contains("invalid")) {
      openStatus(t("opened", { n: state.passages.length }));
    }
    document.body.dataset.opened = String(state.passages.length);
    check();
  }

  function copyItem(item) {
    return JSON.parse(JSON.stringify(item));
  }

  // --- finishing ------------------------------------------------------------------------------

  function download() {
    var result = $("result");
    result.replaceChildren();
    var files = [
      [(slug(state.source.id) || "source") + ".yaml", yamlOf(documentOf()), "application/yaml"],
      [textFileName(), state.text, "text/plain"],
    ];
    if (hasPending()) {
      files.push([(slug(state.source.id) || "source") + "-registry.yaml",
        window.jsyaml.dump(registryDocument(), { lineWidth: 100 }), "application/yaml"]);
    }
    var list = element("ul", { className: "downloads" });
    files.forEach(function (file) {
      var link = element("a", { download: file[0], href: URL.createObjectURL(new Blob([file[1]], { type: file[2] + ";charset=utf-8" })) }, file[0]);
      var entry = element("li");
      entry.append(link);
      list.append(entry);
    });
    result.append(list);
    list.querySelector("a").focus();
  }

  function submit() {
    var result = $("result");
    result.replaceChildren();
    if (!apiKey()) { result.textContent = t("needKey"); return Promise.resolve(); }
    result.textContent = t("submitting");
    document.body.dataset.submitted = "";
    var first = hasPending()
      ? call("/api/v1/registry", { method: "POST", headers: authorized({ "Content-Type": "application/json" }), body: JSON.stringify(registryDocument()) })
      : Promise.resolve({ status: 200, body: null });
    return first.then(function (answer) {
      if (answer.status !== 200 && answer.status !== 201) { return answer; }
      state.pending = { actors: [], places: [], conflicts: [] };
      return call("/api/v1/sources", { method: "POST", headers: authorized(), body: multipart(documentOf()) });
    }).then(function (answer) {
      if (answer.status === 200 || answer.status === 201) {
        result.replaceChildren();
        result.append(document.createTextNode(t("submitted", { summary: summary(answer.body.data) }) + " "));
        var link = element("a", { href: "/api/v1/sources/" + encodeURIComponent(state.source.id) }, "/api/v1/sources/" + state.source.id);
        result.append(link);
        document.body.dataset.submitted = "ok";
      } else {
        var params = (answer.body && answer.body.invalid_params) || [];
        showProblems(params, $("problems"));
        result.textContent = (answer.status === 422 ? t("problems", { n: params.length }) : t("serverError", { status: answer.status })) +
          " " + problemText(answer.body);
        document.body.dataset.submitted = "failed";
      }
    }).catch(function () {
      result.textContent = t("network");
      document.body.dataset.submitted = "failed";
    });
  }

  // --- wiring ---------------------------------------------------------------------------------

  document.querySelectorAll("[data-label]").forEach(function (node) { node.textContent = t(node.dataset.label); });
  $("open-text").addEventListener("click", openSource);
  $("new-event").addEventListener("click", function () { add("events"); });
  $("new-statement").addEventListener("click", function () { add("statements"); });
  $("new-relation").addEventListener("click", function () { add("relations"); });
  $("download").addEventListener("click", download);
  $("submit").addEventListener("click", submit);
  $("api-key").addEventListener("change", changed);
  window.addEventListener("resize", sizePassages);
  call("/api/v1/vocabulary", { headers: { Accept: "application/json" } }).then(function (answer) {
    state.vocabulary = answer.status === 200 ? answer.body.data : {};
    document.body.dataset.ready = "yes";
  }).catch(function () {
    state.vocabulary = {};
    document.body.dataset.ready = "yes";
  });
})();
