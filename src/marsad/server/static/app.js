// marsad dashboard: draws plotly charts from JSON data blocks and toggles English labels.
// No inline scripts anywhere: the Content-Security-Policy forbids them.
"use strict";

function drawCharts() {
  if (typeof Plotly === "undefined") return;
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var block = document.getElementById(el.dataset.chart);
    if (!block) return;
    var spec = JSON.parse(block.textContent);
    Plotly.newPlot(el, spec.data, spec.layout, { responsive: true, displaylogo: false });
    el.dataset.drawn = "1";
    if (spec.link) {
      // dyad charts: a click on a bar lists that day's events
      el.on("plotly_click", function (ev) {
        if (!ev.points || !ev.points.length) return;
        var day = String(ev.points[0].x).slice(0, 10);
        window.location.href = spec.link + "?day=" + encodeURIComponent(day);
      });
    }
  });
}

function setupLanguageToggle() {
  var button = document.getElementById("lang-toggle");
  if (!button) return;
  var hidden = window.localStorage.getItem("marsad-en-hidden") === "1";
  document.body.classList.toggle("en-hidden", hidden);
  button.setAttribute("aria-pressed", String(!hidden));
  button.addEventListener("click", function () {
    hidden = !document.body.classList.contains("en-hidden");
    document.body.classList.toggle("en-hidden", hidden);
    button.setAttribute("aria-pressed", String(!hidden));
    window.localStorage.setItem("marsad-en-hidden", hidden ? "1" : "0");
  });
}

document.addEventListener("DOMContentLoaded", function () {
  setupLanguageToggle();
  drawCharts();
});
