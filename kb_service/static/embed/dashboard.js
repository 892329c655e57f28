// The dashboard: the timeline and the map of the same filters, linked. The period the timeline
// shows filters the map; clicking a place on the map shows the timeline of that place.
(function () {
  "use strict";
  var lang = document.documentElement.lang;
  var words = lang === "ar"
    ? { place: "السجلات في: ", period: "الفترة المعروضة على الخريطة" }
    : { place: "Records at: ", period: "The map shows the timeline's period" };
  var status = document.getElementById("dashboard-status");
  var names = {};  // place id -> its name in the page's language, as /api/v1/places gives it

  // Resolve to the names of these places (ids), in the page's language, else in English.
  function placeNames(ids) {
    return Promise.all(ids.map(function (id) {
      if (!names[id]) {
        names[id] = fetch("/api/v1/places/" + encodeURIComponent(id))
          .then(function (response) { return response.ok ? response.json() : { data: {} }; })
          .then(function (body) {
            var known = (body.data && body.data.names) || {};
            return known[lang] || known.en || id;
          })
          .catch(function () { return id; });
      }
      return names[id];
    }));
  }
  var showAll = document.getElementById("show-all");

  function whenReady(frame) {
    return new Promise(function (resolve) {
      function check() {
        var inner = frame.contentWindow && frame.contentWindow.document;
        if (inner && inner.body && inner.body.dataset.ready) {
          resolve(frame.contentWindow);
        } else {
          setTimeout(check, 100);
        }
      }
      check();
    });
  }

  Promise.all([
    whenReady(document.getElementById("timeline-frame")),
    whenReady(document.getElementById("map-frame")),
  ]).then(function (frames) {
    var timeline = frames[0].kbTimeline;
    var map = frames[1].kbMap;
    if (!timeline || !map) {
      document.body.dataset.ready = "error";
      return;
    }
    var place = null;  // the place chosen on the map, if any
    timeline.onPeriodChange(function (start, end) {
      var shown = map.filter(start, end);
      if (!place) { status.textContent = words.period + " (" + shown + ")"; }
      document.body.dataset.mapCount = String(shown);
      document.body.dataset.period = new Date(start).toISOString().slice(0, 10) + "/" +
        new Date(end).toISOString().slice(0, 10);
    });
    map.onPlaceClick(function (places) {
      place = places;
      var shown = timeline.showPlaces(places);
      document.body.dataset.timelineCount = String(shown);
      placeNames(places).then(function (named) {
        if (place !== places) { return; }  // another place was chosen meanwhile
        status.textContent = words.place + named.join(lang === "ar" ? "، " : ", ") +
          " (" + shown + ")";
      });
      showAll.hidden = false;
    });
    showAll.addEventListener("click", function () {
      place = null;
      var shown = timeline.showPlaces(null);
      document.body.dataset.timelineCount = String(shown);
      status.textContent = "";
      showAll.hidden = true;
    });
    document.body.dataset.ready = "true";
  });
})();
