/* Offline search for one Primer site. Classic script: works from file://.
 * The index (window.PRIMER_SEARCH) is written by `primer build` into ../search-index.js:
 * {lang, modules: [{docs: [[title, heading, href, text]], index: {token: [doc, count, …]}}]}.
 * Tokens must match src/render/search.rs: Han/Kana and Hangul runs give single characters
 * and bigrams; other words are lowercased, stripped of diacritics and lightly stemmed.
 * Both sides use compatibility forms (NFKC): full-width letters and half-width kana match. */
(function () {
  "use strict";
  var data = window.PRIMER_SEARCH;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var exact = document.getElementById("search-exact");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!data || !form || !input || !status || !list) { return; }

  var HAN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;
  var HANGUL = /[\uac00-\ud7a3]/;
  var WORD = /[\p{L}\p{N}\p{M}]/u;

  function fold(s) {
    return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d");
  }

  function stem(w) {
    function strip(suffixes, min) {
      for (var i = 0; i < suffixes.length; i++) {
        var s = suffixes[i];
        if (w.length > s.length && w.slice(-s.length) === s && Array.from(w.slice(0, -s.length)).length >= min) {
          return w.slice(0, -s.length);
        }
      }
      return null;
    }
    if (data.lang === "en") {
      var ies = strip(["ies"], 3);
      if (ies !== null) { return ies + "y"; }
      if (w.slice(-2) === "ss") { return w; }
      var r = strip(["ing", "ed", "es", "s"], 3);
      return r === null ? w : r;
    }
    if (data.lang === "id" || data.lang === "ms") {
      var p = strip(["nya", "lah", "kah"], 3);
      return p === null ? w : p;
    }
    return w;
  }

  function tokens(text) {
    var chars = Array.from(text.normalize("NFKC"));
    var out = [];
    var i = 0;
    while (i < chars.length) {
      var c = chars[i];
      var start = i;
      if (HAN.test(c) || HANGUL.test(c)) {
        var han = HAN.test(c);
        while (i < chars.length && (han ? HAN.test(chars[i]) : HANGUL.test(chars[i]))) { i++; }
        var run = chars.slice(start, i);
        for (var k = 0; k < run.length; k++) {
          out.push(run[k]);
          if (k + 1 < run.length) { out.push(run[k] + run[k + 1]); }
        }
      } else if (WORD.test(c)) {
        while (i < chars.length && ((WORD.test(chars[i]) && !HAN.test(chars[i]) && !HANGUL.test(chars[i])) ||
               (chars[i] === "." && i + 1 < chars.length && /[0-9]/.test(chars[i + 1]) && /[0-9]/.test(chars[i - 1])))) { i++; }
        out.push(stem(fold(chars.slice(start, i).join(""))));
      } else {
        i++;
      }
    }
    return out;
  }

  /* Query tokens: for a CJK run, its bigrams (or the single character) are enough. */
  function queryTokens(q) {
    var all = tokens(q);
    var bigramsOnly = all.filter(function (t) {
      var cs = Array.from(t);
      return !(cs.length === 1 && (HAN.test(t) || HANGUL.test(t)));
    });
    var seen = {};
    return (bigramsOnly.length ? bigramsOnly : all).filter(function (t) {
      if (seen[t]) { return false; }
      seen[t] = true;
      return true;
    });
  }

  /* Results are [module, section] pairs, best first. */
  function search(q) {
    var terms = queryTokens(q);
    if (!terms.length) { return []; }
    var n = 0;
    data.modules.forEach(function (m) { n += m.docs.length; });
    var scores = {};
    var hits = {};
    terms.forEach(function (t) {
      var df = 0;
      data.modules.forEach(function (m) { if (m.index[t]) { df += m.index[t].length / 2; } });
      if (!df) { return; }
      var idf = Math.log(1 + n / df);
      data.modules.forEach(function (m, mi) {
        var postings = m.index[t];
        if (!postings) { return; }
        for (var i = 0; i < postings.length; i += 2) {
          var key = mi + ":" + postings[i];
          scores[key] = (scores[key] || 0) + (1 + Math.log(postings[i + 1])) * idf;
          hits[key] = (hits[key] || 0) + 1;
        }
      });
    });
    var results = Object.keys(scores).filter(function (k) { return hits[k] === terms.length; });
    if (exact && exact.checked) {
      var needle = q.trim().toLowerCase();
      results = results.filter(function (k) {
        var doc = docOf(k);
        return (doc[0] + " " + doc[1] + " " + doc[3]).toLowerCase().indexOf(needle) >= 0;
      });
    }
    results.sort(function (a, b) { return scores[b] - scores[a] || order(a) - order(b); });
    return results.slice(0, 50).map(docOf);
  }

  function docOf(key) {
    var parts = key.split(":");
    return data.modules[Number(parts[0])].docs[Number(parts[1])];
  }

  function order(key) {
    var parts = key.split(":");
    return Number(parts[0]) * 100000 + Number(parts[1]);
  }

  /* Folded text with a map back to the original, for diacritic-insensitive highlights. */
  function foldedWithMap(text) {
    var folded = "";
    var map = [];
    var chars = Array.from(text);
    var pos = 0;
    for (var i = 0; i < chars.length; i++) {
      var f = fold(chars[i]);
      for (var j = 0; j < f.length; j++) { map.push(pos); }
      folded += f;
      pos += chars[i].length;
    }
    map.push(pos);
    return { folded: folded, map: map };
  }

  function highlight(text, q) {
    var words = q.split(/\s+/).filter(Boolean).map(fold);
    var fm = foldedWithMap(text);
    var ranges = [];
    words.forEach(function (w) {
      var from = 0;
      var at;
      while (w && (at = fm.folded.indexOf(w, from)) >= 0) {
        ranges.push([fm.map[at], fm.map[at + w.length]]);
        from = at + w.length;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - 60);
    var end = Math.min(text.length, start + 200);
    var frag = document.createDocumentFragment();
    if (start > 0) { frag.appendChild(document.createTextNode("… ")); }
    var pos = start;
    ranges.forEach(function (r) {
      if (r[0] < pos || r[0] >= end) { return; }
      frag.appendChild(document.createTextNode(text.slice(pos, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], Math.min(r[1], end));
      frag.appendChild(mark);
      pos = Math.min(r[1], end);
    });
    frag.appendChild(document.createTextNode(text.slice(pos, end) + (end < text.length ? " …" : "")));
    return frag;
  }

  function show(q) {
    list.textContent = "";
    if (!q.trim()) { status.textContent = ""; return; }
    var results = search(q);
    status.textContent = results.length ? status.getAttribute("data-some").replace("{count}", results.length) : status.getAttribute("data-none");
    results.forEach(function (doc) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = doc[2];
      a.className = "search-title";
      a.textContent = doc[0];
      li.appendChild(a);
      if (doc[1]) {
        var h = document.createElement("span");
        h.className = "search-section";
        h.textContent = " › " + doc[1];
        li.appendChild(h);
      }
      var p = document.createElement("p");
      p.className = "search-snippet";
      p.appendChild(highlight(doc[3] || doc[1], q));
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  if (exact) { exact.addEventListener("change", function () { show(input.value); }); }
  form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); }
  status.textContent = "";
  show(input.value);
})();
