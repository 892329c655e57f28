// The window the embedded timeline opens on: its records' dates, with room at the end of the
// line (the right, or the left in Arabic) for the labels of the latest records, whatever the
// frame's width. A label is at most 40% of the time axis wide (embed/timeline.css), so the
// room never takes more than the records do.
window.kbTimelineView = (function () {
  "use strict";
  var DAY = 86400000;
  var MIN_SPAN = 56 * DAY;  // a few weeks at least: no record is dated finer than a day
  var ROUNDS = 3;

  function dayRange(records) {
    var days = [];
    records.forEach(function (record) {
      [record.date.earliest, record.date.latest].forEach(function (day) {
        if (day) { days.push(Date.parse(day)); }
      });
    });
    var first = Math.min.apply(null, days);
    var last = Math.max.apply(null, days) + DAY;
    var missing = MIN_SPAN - (last - first);
    if (missing > 0) {
      first -= missing / 2;
      last += missing / 2;
    }
    return [first, last];
  }

  // The window's length, from the planned start, that leaves every point item's label inside the frame.
  // An item drawn `offset` px from the start edge of a frame `width` px wide is at the time
  // shown.start + offset / width * (shown span); its label of `w` px stays in when the window is
  // (time - start) * width / (width - w) long at least.
  function spanForLabels(timeline, container, rtl, planned) {
    var start = planned[0];
    var frame = container.querySelector(".vis-panel.vis-center").getBoundingClientRect();
    var shown = timeline.getWindow();
    var shownSpan = shown.end - shown.start;
    var needed = planned[1] - start;
    container.querySelectorAll(".vis-item.vis-point, .vis-item.vis-box").forEach(function (element) {
      var box = element.getBoundingClientRect();
      var offset = rtl ? frame.right - box.right : box.left - frame.left;
      var room = frame.width - box.width;
      if (room > 0) {
        var time = +shown.start + offset / frame.width * shownSpan;
        needed = Math.max(needed, (time - start) * frame.width / room * 1.02);
      }
    });
    return needed;
  }

  function cut(container) {
    var frame = container.getBoundingClientRect();
    return Array.prototype.some.call(
      container.querySelectorAll(".vis-item.vis-point, .vis-item.vis-box"),
      function (element) {
        var box = element.getBoundingClientRect();
        return box.right > frame.right + 1 || box.left < frame.left - 1;
      });
  }

  // Show `records` on `timeline`, then call `done` once their labels are inside the frame.
  // vis-timeline draws after each change: each round waits for its "changed" event.
  function fit(timeline, container, records, done) {
    var rtl = document.documentElement.dir === "rtl";
    var range = dayRange(records);
    var start = range[0] - (range[1] - range[0]) * 0.03;
    var end = range[1] + (range[1] - range[0]) * 0.03;
    var rounds = 0;
    var finished = false;
    function finish() {
      if (finished) { return; }
      finished = true;
      timeline.off("changed", check);
      done();
    }
    function check() {
      if (rounds >= ROUNDS || !cut(container)) {
        finish();
        return;
      }
      rounds += 1;
      end = start + spanForLabels(timeline, container, rtl, [start, end]);
      timeline.setWindow(new Date(start), new Date(end), { animation: false });
    }
    timeline.on("changed", check);
    timeline.setWindow(new Date(start), new Date(end), { animation: false });
    setTimeout(finish, 5000);  // a view that never changes is ready all the same
  }

  return { fit: fit };
})();
