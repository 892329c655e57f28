// The embeddable timeline: fetches every page of /api/v1/timeline and draws it with vis-timeline.
(function () {
  "use strict";
  var container = document.getElementById("timeline");
  var lang = container.dataset.lang;
  var rtl = lang === "ar";
  var words = rtl
    ? { events: "أحداث", statements: "تصريحات", loading: "جارٍ التحميل…", shown: "عدد العناصر: ",
        source: "المصدر", passage: "الفقرة", uncertain: "تاريخ غير مؤكد", failed: "تعذّر التحميل",
        ongoing: "جارٍ", scheduled: "مقرَّر", due: "موعد نهائي" }
    : { events: "Events", statements: "Statements", loading: "Loading…", shown: "Items: ",
        source: "Source", passage: "passage", uncertain: "uncertain date", failed: "Could not load",
        ongoing: "ongoing", scheduled: "scheduled", due: "due by" };
  var status = document.getElementById("status");
  var panel = document.getElementById("evidence");
  status.textContent = words.loading;

  function fetchAll(url, found) {
    return fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (body) {
        var all = found.concat(body.data);
        if (!body.next_cursor) { return all; }
        var next = new URL(url, window.location.href);
        next.searchParams.set("cursor", body.next_cursor);
        return fetchAll(next.pathname + next.search, all);
      });
  }

  function label(record) {
    if (rtl) {
      if (record.kind === "statement") { return record.quote; }
      return record.evidence.length ? record.evidence[0].quote : record.title;
    }
    return record.kind === "statement" ? record.text_en : record.title;
  }

  // Open-ended intervals are drawn up to the latest day the shown records know of.
  var horizon = "1900-01-01";

  function dayAfter(day) {
    var next = new Date(day);
    next.setDate(next.getDate() + 1);
    return next.toISOString().slice(0, 10);
  }

  function item(record) {
    var date = record.date;
    var classes = [record.kind];
    var start = date.earliest || date.latest;
    var content = document.createElement("span");
    content.textContent = label(record);
    content.dir = "auto";
    var entry = { id: record.kind + ":" + record.id, group: record.kind, start: start,
                  className: "", content: content, title: date.edtf, record: record };
    var spanDays = date.earliest && date.latest
      ? (Date.parse(date.latest) - Date.parse(date.earliest)) / 86400000 : 0;
    if (spanDays > 62) {
      entry.type = "range";
      entry.end = dayAfter(date.latest);  // the latest day is included: the range ends after it
    } else if (!date.latest) {
      entry.type = "range";
      entry.end = dayAfter(horizon > start ? horizon : start);
      classes.push("open-end");
    } else {
      entry.type = "point";
      if (!date.earliest) { classes.push("open-start"); }
    }
    if (date.uncertain || date.approximate || !date.earliest || !date.latest) {
      classes.push("uncertain");
      var mark = document.createElement("span");
      mark.className = "mark";
      mark.title = words.uncertain;
      mark.textContent = "?";
      content.appendChild(mark);
    }
    if (record.status && record.status !== "occurred") {
      // A plan or a deadline is marked as such, never drawn as something that happened.
      classes.push("status-" + record.status);
      var tag = document.createElement("span");
      tag.className = "status-tag";
      tag.textContent = words[record.status] || record.status;
      content.appendChild(tag);
    }
    entry.className = classes.join(" ");
    return entry;
  }

  function showEvidence(record) {
    panel.replaceChildren();
    var heading = document.createElement("h2");
    heading.textContent = label(record) + " — " + record.date.edtf;
    heading.dir = "auto";
    panel.appendChild(heading);
    record.evidence.forEach(function (evidence) {
      var quote = document.createElement("blockquote");
      quote.dir = "auto";
      quote.textContent = evidence.quote;
      var source = document.createElement("p");
      source.className = "source";
      source.dir = "auto";
      source.textContent = words.source + ": " + evidence.source.title + " (" +
        evidence.source.publisher + ", " + evidence.source.published + "), " +
        words.passage + " " + evidence.passage;
      panel.appendChild(quote);
      panel.appendChild(source);
    });
    panel.hidden = false;
  }

  fetchAll(container.dataset.api, [])
    .then(function (records) {
      records.forEach(function (record) {
        [record.date.earliest, record.date.latest].forEach(function (day) {
          if (day && day > horizon) { horizon = day; }
        });
      });
      var items = new vis.DataSet(records.map(item));
      var groups = new vis.DataSet([
        { id: "event", content: words.events },
        { id: "statement", content: words.statements },
      ]);
      var options = { rtl: rtl, stack: true, zoomKey: "ctrlKey", orientation: "top", locale: "en" };
      var query = new URL(container.dataset.api, window.location.href).searchParams;
      if (query.get("from") && query.get("to")) {
        // A filtered page opens on the window asked for (a day or more), not on everything.
        var end = new Date(query.get("to"));
        end.setDate(end.getDate() + 1);
        options.start = new Date(query.get("from"));
        options.end = end;
      }
      var timeline = new vis.Timeline(container, items, groups, options);
      if (!options.start) { timeline.fit({ animation: false }); }
      timeline.on("select", function (properties) {
        if (properties.items.length) { showEvidence(items.get(properties.items[0]).record); }
      });
      status.textContent = words.shown + records.length;
      document.body.dataset.count = String(records.length);
      document.body.dataset.ready = "true";
    })
    .catch(function () {
      status.textContent = words.failed;
      document.body.dataset.ready = "error";
    });
})();
