// What the embed pages share: fetching every page of an API list, and isolating an EDTF date.
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
          var all = found.concat(body[key]);
          if (!body.next_cursor) { return all; }
          var next = new URL(pageUrl, window.location.href);
          next.searchParams.set("cursor", body.next_cursor);
          return more(next.pathname + next.search, all);
        });
    }
    return more(url, []);
  }

  // An EDTF date (1988-02, ../2020-09-27) isolated and read left to right inside Arabic text;
  // without <bdi dir="ltr"> it would read 02-1988, or 2020-09-27/.. (the opposite).
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

  return { fetchAll: fetchAll, isolated: isolated, appendEvidence: appendEvidence };
})();
