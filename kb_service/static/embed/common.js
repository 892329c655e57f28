// What the embed pages share: fetching every page of an API list, a record's label in the
// page's language, and isolating an EDTF date.
window.kbEmbed = (function () {
  "use strict";
  // Fetch `url` and every next page (by next_cursor); `key` names the list in each body
  // ("data" for JSON, "features" for GeoJSON).
  function fetchAll(url, key, accept) {
    function more(pageUrl, found) {
      return fetch(pageUrl, { headers: { Accept: accept } })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (body) {
          var all = found.concat(withSources(body, key));
          if (!body.next_cursor) { return all; }
          var next = new URL(pageUrl, window.location.href);
          next.searchParams.set("cursor", body.next_cursor);
          return more(next.pathname + next.search, all);
        });
    }
    return more(url, []);
  }

  // The records of one page, each evidence item's source (cited by id) replaced by the source
  // itself, from the page's `sources`.
  function withSources(body, key) {
    var sources = body.sources || {};
    body[key].forEach(function (record) {
      (record.evidence || []).forEach(function (item) {
        if (typeof item.source === "string" && sources[item.source]) {
          item.source = sources[item.source];
        }
      });
    });
    return body[key];
  }

  // What a record is called in the page's language: its own title in that language where it
  // has one (title_ar, title_ru), else, in Arabic, the words the sources said (a statement's
  // quote, an event's first quote), else its English title. `record` is a timeline record or a
  // GeoJSON feature's properties (whose `title` is a statement's English text).
  function label(record, lang) {
    var own = record["title_" + lang];
    if (own) { return own; }
    var english = record.kind === "statement" ? (record.text_en || record.title) : record.title;
    if (lang !== "ar") { return english; }
    if (record.kind === "statement") { return record.quote || english; }
    return record.evidence && record.evidence.length ? record.evidence[0].quote : english;
  }

  // An EDTF date (1988-02, ../2020-09-27) isolated and read left to right inside Arabic text;
  // without <bdi dir="ltr"> it would read 02-1988, or 2020-09-27/.. (the opposite). Its class
  // (embed/common.css) keeps it on one line: "2020-09-" and "27?" never part.
  function isolated(text) {
    var bdi = document.createElement("bdi");
    bdi.dir = "ltr";
    bdi.className = "edtf";
    bdi.textContent = text;
    return bdi;
  }

  // Append to `box` each piece of evidence: the verbatim quote, then its source and passage.
  function appendEvidence(box, evidence, words) {
    evidence.forEach(function (item) {
      var quote = document.createElement("blockquote");
      quote.dir = "auto";
      quote.textContent = item.quote;
      var source = document.createElement("p");
      source.className = "source";
      source.dir = "auto";
      source.append(words.source + ": " + item.source.title + " (" + item.source.publisher +
        ", ", isolated(item.source.published), "), " + words.passage + " " + item.passage);
      box.appendChild(quote);
      box.appendChild(source);
    });
  }

  return { fetchAll: fetchAll, label: label, isolated: isolated, appendEvidence: appendEvidence };
})();
