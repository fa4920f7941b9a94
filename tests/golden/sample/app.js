/* timeline: search and filters for the events on this page (works from file://, no requests). */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("events");
  if (!form || !list || !("hidden" in form)) return;
  var items = Array.prototype.slice.call(list.querySelectorAll("li.event"));
  var sections = Array.prototype.slice.call(list.querySelectorAll("section")).reverse();
  var count = document.getElementById("count");
  var none = document.getElementById("no-match");
  function field(id) { return document.getElementById(id); }
  var q = field("q"), tag = field("f-tag"), source = field("f-source"),
      status = field("f-status"), from = field("f-from"), to = field("f-to");
  function norm(s) {
    s = String(s).toLowerCase();
    return s.normalize ? s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : s;
  }
  var texts = items.map(function (li) { return norm(li.textContent); });
  function value(el) { return el ? el.value : ""; }
  function apply() {
    var words = norm(value(q)).split(/\s+/).filter(Boolean);
    var t = value(tag), s = value(source), st = value(status), f = value(from), u = value(to);
    var shown = 0;
    items.forEach(function (li, i) {
      var d = li.dataset;
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; }) &&
        (!t || d.tags.indexOf("|" + t + "|") >= 0) &&
        (!s || d.sources.indexOf("|" + s + "|") >= 0) &&
        (!st || d.status === st) &&
        (!f || d.end >= f) && (!u || d.start <= u);
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    sections.forEach(function (sec) {
      sec.hidden = !sec.querySelector("li.event:not([hidden])");
    });
    var scope = form.getAttribute("data-scope") ? " " + form.getAttribute("data-scope") : "";
    count.textContent = (shown === items.length ?
      items.length + (items.length === 1 ? " event" : " events") :
      shown + " of " + items.length + " events shown") + scope;
    none.hidden = shown > 0;
  }
  var params = new URLSearchParams(window.location.search);
  [["q", q], ["tag", tag], ["source", source], ["status", status], ["from", from], ["to", to]].forEach(function (p) {
    if (p[1] && params.get(p[0])) p[1].value = params.get(p[0]);
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  apply();
})();
