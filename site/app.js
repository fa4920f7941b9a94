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
    elsewhere(words, t, s, st, f, u);
  }

  /* On a paginated index: matches on the other pages, from search-index.js and the shards it
     lists (scripts, so that they load from file://; loaded on first use). */
  var box = document.getElementById("elsewhere");
  var indexUrl = form.getAttribute("data-index");
  var here = Number(form.getAttribute("data-page"));
  var index = null, indexTexts = null, loading = false, shownKey = null;
  function script(src, done) {
    var el = document.createElement("script");
    el.src = src;
    el.onload = el.onerror = done;
    document.head.appendChild(el);
  }
  function load() {
    if (loading || !indexUrl) return;
    loading = true;
    script(indexUrl, function () {
      var head = window.timelineIndex;
      if (!head) { apply(); return; }  // no index: filter this page's events, as before it loaded
      var shards = head.shards || [], left = shards.length;
      function ready() {
        var parts = window.timelineIndexParts || {}, events = [];
        shards.forEach(function (_, k) { events = events.concat(parts[k] || []); });
        index = {pages: head.pages, events: events};
        indexTexts = events.map(function (r) { return norm(r[2] + " " + r[3] + " " + r[7] + " " + r[8]); });
        apply();
      }
      if (!left) { ready(); return; }
      shards.forEach(function (src) { script(src, function () { left -= 1; if (!left) ready(); }); });
    });
  }
  function elsewhere(words, t, s, st, f, u) {
    if (!box) return;
    if (!(words.length || t || s || st || f || u)) { box.hidden = true; return; }
    if (!index) { load(); return; }
    var key = [words.join(" "), t, s, st, f, u].join("\n");
    if (key === shownKey) { box.hidden = false; return; }  /* a change event on blur: keep the links */
    shownKey = key;
    var list = box.querySelector("ol"), found = 0;
    while (list.firstChild) list.removeChild(list.firstChild);
    index.events.forEach(function (r, i) {
      if (r[0] === here) return;
      var ok = words.every(function (w) { return indexTexts[i].indexOf(w) >= 0; }) &&
        (!t || r[7].indexOf("|" + t + "|") >= 0) && (!s || r[8].indexOf("|" + s + "|") >= 0) &&
        (!st || r[4] === st) && (!f || r[6] >= f) && (!u || r[5] <= u);
      if (!ok) return;
      found += 1;
      if (found > 100) return;
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = "events/" + r[1] + ".html";
      a.textContent = r[2] + ": " + r[3];
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (page " + (r[0] + 1) + ")"));
      list.appendChild(li);
    });
    document.getElementById("elsewhere-count").textContent = found === 0 ? "None." :
      found + (found === 1 ? " event" : " events") + (found > 100 ? "; the first 100:" : ":");
    box.hidden = false;
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
