// The embeddable timeline: fetches every page of /api/v1/timeline and draws it with vis-timeline.
// window.kbTimeline lets a page that holds it (the dashboard) hear the period shown, and show
// only the records at some places.
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

  var isolated = window.kbEmbed.isolated;

  function label(record) {
    return window.kbEmbed.label(record, lang);
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
    content.dataset.record = record.id;
    // The tooltip is the EDTF date, isolated left to right: in Arabic, 1992/.. never shows as
    // ../1992, nor 2020-09-27? as ?2020-09-27.
    var entry = { id: record.kind + ":" + record.id, group: record.kind, start: start,
                  className: "", content: content, title: isolated(date.edtf), record: record };
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
    heading.dir = "auto";
    heading.append(label(record) + " — ", isolated(record.date.edtf));
    panel.appendChild(heading);
    window.kbEmbed.appendEvidence(panel, record.evidence, words);
    panel.hidden = false;
    panel.scrollIntoView({ block: "nearest" });
  }

  // The time axis in the page's language (Latin digits, as the sources write them).
  var DAY = 86400000;
  var MIN_WINDOW = 7 * DAY;  // never an hour axis: no record is dated finer than a day
  function axisFormat(kind) {
    var locale = rtl ? "ar-u-nu-latn" : "en-GB";
    var forms = {
      day: { minor: { day: "numeric" }, major: { month: "long", year: "numeric" } },
      weekday: { minor: { day: "numeric" }, major: { month: "long", year: "numeric" } },
      month: { minor: { month: "short" }, major: { year: "numeric" } },
      year: { minor: { year: "numeric" }, major: { year: "numeric" } },
    };
    return function (date, scale) {
      var form = forms[scale] || forms.year;
      var when = date instanceof Date ? date : new Date(date.valueOf());
      return new Intl.DateTimeFormat(locale, form[kind]).format(when);
    };
  }

  window.kbEmbed.fetchAll(container.dataset.api, "data", "application/json")
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
      var options = {
        rtl: rtl, stack: true, zoomKey: "ctrlKey", orientation: "top", locale: "en",
        zoomMin: MIN_WINDOW,
        // The timeline takes at most 60% of the frame, so that the evidence shows below it; the
        // rows it cannot hold are reached by the mouse wheel (Ctrl+wheel zooms) and by touch.
        maxHeight: Math.max(240, Math.round(window.innerHeight * 0.6)),
        verticalScroll: true,
        format: { minorLabels: axisFormat("minor"), majorLabels: axisFormat("major") },
      };
      var query = new URL(container.dataset.api, window.location.href).searchParams;
      if (query.get("from") && query.get("to")) {
        // A filtered page opens on the window asked for (a week at least), not on everything.
        var start = new Date(query.get("from"));
        var end = new Date(query.get("to"));
        end.setDate(end.getDate() + 1);
        var missing = MIN_WINDOW - (end - start);
        if (missing > 0) {
          start = new Date(start - missing / 2);
          end = new Date(+end + missing / 2);
        }
        options.start = start;
        options.end = end;
      }
      var timeline = new vis.Timeline(container, items, groups, options);
      timeline.on("select", function (properties) {
        if (properties.items.length) { showEvidence(items.get(properties.items[0]).record); }
      });
      status.textContent = words.shown + records.length;
      document.body.dataset.count = String(records.length);
      var periodListeners = [];
      timeline.on("rangechanged", function (properties) {
        periodListeners.forEach(function (listener) { listener(properties.start, properties.end); });
      });
      function atPlaces(record, places) {
        var here = record.kind === "event"
          ? record.places.map(function (p) { return p.id; })
          : (record.place ? [record.place] : []);
        return here.some(function (id) { return places.indexOf(id) >= 0; });
      }
      window.kbTimeline = {
        timeline: timeline,
        onPeriodChange: function (listener) { periodListeners.push(listener); },
        // Show only the records at these places (ids), or every record (null).
        showPlaces: function (places) {
          var view = places
            ? new vis.DataView(items, { filter: function (entry) { return atPlaces(entry.record, places); } })
            : items;
          timeline.setItems(view);
          var count = places ? view.length : items.length;
          status.textContent = words.shown + count;
          document.body.dataset.count = String(count);
          if (count) {
            var shown = (places ? view.get() : items.get()).map(function (e) { return e.record; });
            window.kbTimelineView.fit(timeline, container, shown, function () {});
          }
          return count;
        },
      };
      if (options.start) {
        document.body.dataset.ready = "true";
      } else {
        window.kbTimelineView.fit(timeline, container, records, function () {
          document.body.dataset.ready = "true";
        });
      }
    })
    .catch(function (error) {
      console.error(error);
      status.textContent = words.failed;
      document.body.dataset.ready = "error";
    });
})();
