// The embeddable map: every page of /api/v1/timeline?format=geojson drawn with Leaflet over
// Natural Earth country outlines shipped with the package (no tiles from the internet).
// window.kbMap lets a page that holds it (the dashboard) filter it by a period, and hear which
// place was clicked.
(function () {
  "use strict";
  var container = document.getElementById("map");
  var lang = container.dataset.lang;
  var rtl = lang === "ar";
  var words = rtl
    ? { loading: "جارٍ التحميل…", shown: "على الخريطة: ", unplaced: "بلا موقع: ",
        source: "المصدر", passage: "الفقرة", failed: "تعذّر التحميل" }
    : { loading: "Loading…", shown: "On the map: ", unplaced: "Without a location: ",
        source: "Source", passage: "passage", failed: "Could not load" };
  var status = document.getElementById("map-status");
  status.textContent = words.loading;
  var listeners = [];

  var isolated = window.kbEmbed.isolated;

  function popup(feature) {
    var p = feature.properties;
    var box = document.createElement("div");
    box.dir = "auto";
    var heading = document.createElement("strong");
    heading.dir = "auto";
    // The words the timeline shows for the same record, in the same language.
    heading.append(window.kbEmbed.label(p, lang) + " — ", isolated(p.date.edtf));
    box.appendChild(heading);
    window.kbEmbed.appendEvidence(box, p.evidence, words);
    return box;
  }

  var map = L.map(container, { zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth");

  function overlaps(date, start, end) {  // the record's possible interval meets [start, end]
    var earliest = date.earliest ? new Date(date.earliest) : null;
    var latest = date.latest ? new Date(date.latest) : null;
    return (!latest || latest >= start) && (!earliest || earliest <= end);
  }

  Promise.all([
    fetch(container.dataset.outlines).then(function (r) { return r.json(); }),
    window.kbEmbed.fetchAll(container.dataset.api, "features", "application/geo+json"),
  ]).then(function (loaded) {
    var world = loaded[0];
    var features = loaded[1];
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: "#8a9bb0", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    var placed = features.filter(function (f) { return f.geometry; });
    var layer = L.geoJSON(null, {
      pointToLayer: function (feature, at) {
        return L.circleMarker(at, { radius: 7, weight: 2,
          color: feature.properties.kind === "event" ? "#2f6ea5" : "#b36b00",
          fillOpacity: 0.6 });
      },
      style: function () { return { color: "#2f6ea5", weight: 1, fillOpacity: 0.15 }; },
      onEachFeature: function (feature, shape) {
        shape.bindPopup(function () { return popup(feature); });
        shape.on("add", function () {  // the drawn shape names its record and places
          var element = shape.getElement && shape.getElement();
          if (element) {
            element.dataset.record = feature.id;
            element.dataset.places = feature.properties.places.join(" ");
          }
        });
        shape.on("click", function () {
          var places = feature.properties.located_places;  // the places drawn here
          listeners.forEach(function (listener) { listener(places, feature); });
        });
      },
    }).addTo(map);

    function draw(start, end) {
      layer.clearLayers();
      var shown = placed.filter(function (f) {
        return !start || overlaps(f.properties.date, start, end);
      });
      shown.forEach(function (f) { layer.addData(f); });
      status.textContent = words.shown + shown.length + " · " + words.unplaced +
        (features.length - placed.length);
      document.body.dataset.count = String(shown.length);
      return shown.length;
    }

    draw();
    if (placed.length) {
      map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 8 });
    } else {
      map.setView([40, 46], 5);
    }
    window.kbMap = {
      map: map,
      filter: draw,  // draw(startDate, endDate), or draw() for every record
      onPlaceClick: function (listener) { listeners.push(listener); },
    };
    document.body.dataset.unplaced = String(features.length - placed.length);
    document.body.dataset.ready = "true";
  }).catch(function () {
    status.textContent = words.failed;
    document.body.dataset.ready = "error";
  });
})();
