/* Offline search for one Primer site. Classic script: works from file://.
 * The index is written by `primer build` into ../search-index/ (src/render/search_index.rs)
 * as classic scripts that call PRIMER_SEARCH_LOADED(name, data); this script injects them
 * on demand (<script> tags load from file://, fetch() does not):
 *   manifest.js  {lang, docs: count, shards: [first token of each shard], chunks: [first doc of each chunk]}
 *   t-<n>.js     {token: [doc, weight, …]}, each doc after the first as the difference to the previous
 *   d-<n>.js     [[title, heading, href, text], …] for consecutive docs
 * A query loads the manifest, its tokens' shards, then only the chunks of the results shown.
 * Tokens must match src/render/search.rs: Han/Kana and Hangul runs give single characters
 * and bigrams; other words are lowercased, stripped of diacritics and lightly stemmed.
 * Both sides use compatibility forms (NFKC): full-width letters and half-width kana match. */
(function () {
  "use strict";
  var PAGE = 10;
  var MAX = 50;
  var script = document.currentScript;
  var base = script && script.getAttribute("data-index");
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var exact = document.getElementById("search-exact");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!base || !form || !input || !status || !list) { return; }

  /* Loaded index files by name; callbacks waiting for files being loaded. */
  var files = {};
  var waiting = {};
  window.PRIMER_SEARCH_LOADED = function (name, value) {
    files[name] = value;
    var callbacks = waiting[name] || [];
    delete waiting[name];
    callbacks.forEach(function (cb) { cb(); });
  };

  /* Calls done() once every named file has loaded (or failed to). */
  function load(names, done) {
    var left = 1;
    function one() { left -= 1; if (left === 0) { done(); } }
    names.forEach(function (name) {
      if (Object.prototype.hasOwnProperty.call(files, name)) { return; }
      left += 1;
      if (waiting[name]) { waiting[name].push(one); return; }
      waiting[name] = [one];
      var tag = document.createElement("script");
      tag.src = base + name + ".js";
      tag.onerror = function () { window.PRIMER_SEARCH_LOADED(name, null); };
      document.head.appendChild(tag);
    });
    one();
  }

  var data = null;

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

  /* The last index i with sorted[i] <= key (-1 if none): JS compares strings by UTF-16
   * code units, as the Rust side sorts them. */
  function lastAtMost(sorted, key) {
    var lo = 0;
    var hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] <= key) { lo = mid + 1; } else { hi = mid; }
    }
    return lo - 1;
  }

  function shardOf(t) {
    var i = lastAtMost(data.shards, t);
    return i < 0 ? null : "t-" + i;
  }

  function chunkOf(doc) {
    return "d-" + lastAtMost(data.chunks, doc);
  }

  function docOf(doc) {
    var chunk = files[chunkOf(doc)];
    return chunk ? chunk[doc - data.chunks[lastAtMost(data.chunks, doc)]] : null;
  }

  /* Calls done(results): document numbers, best first (tf-idf; every term must match). */
  function search(q, done) {
    var terms = queryTokens(q);
    if (!terms.length) { done([]); return; }
    var shards = [];
    terms.forEach(function (t) { var s = shardOf(t); if (s && shards.indexOf(s) < 0) { shards.push(s); } });
    load(shards, function () {
      var n = data.docs;
      var scores = {};
      var hits = {};
      terms.forEach(function (t) {
        var shard = files[shardOf(t)];
        var postings = shard && Object.prototype.hasOwnProperty.call(shard, t) ? shard[t] : null;
        if (!postings) { return; }
        var df = postings.length / 2;
        var idf = Math.log(1 + n / df);
        var doc = 0;
        for (var i = 0; i < postings.length; i += 2) {
          doc += postings[i];
          scores[doc] = (scores[doc] || 0) + (1 + Math.log(postings[i + 1])) * idf;
          hits[doc] = (hits[doc] || 0) + 1;
        }
      });
      var results = Object.keys(scores).filter(function (k) { return hits[k] === terms.length; }).map(Number);
      results.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      if (!(exact && exact.checked)) { done(results.slice(0, MAX)); return; }
      /* Matching accents exactly needs the text of every candidate. */
      var needle = q.trim().toLowerCase();
      load(chunksFor(results), function () {
        done(results.filter(function (d) {
          var doc = docOf(d);
          return doc && (doc[0] + " " + doc[1] + " " + doc[3]).toLowerCase().indexOf(needle) >= 0;
        }).slice(0, MAX));
      });
    });
  }

  function chunksFor(docs) {
    var names = [];
    docs.forEach(function (d) { var c = chunkOf(d); if (names.indexOf(c) < 0) { names.push(c); } });
    return names;
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

  var generation = 0;

  function show(q) {
    var mine = ++generation;
    list.textContent = "";
    if (more) { more.hidden = true; }
    if (!data) { return; }
    if (!q.trim()) { status.textContent = ""; return; }
    search(q, function (results) {
      if (mine !== generation) { return; }
      status.textContent = results.length ? status.getAttribute("data-some").replace("{count}", results.length) : status.getAttribute("data-none");
      showFrom(results, 0, q, mine);
    });
  }

  /* Shows results[from …] a page at a time, loading only the chunks of that page. */
  function showFrom(results, from, q, mine) {
    var page = results.slice(from, from + PAGE);
    load(chunksFor(page), function () {
      if (mine !== generation) { return; }
      page.forEach(function (d) { var doc = docOf(d); if (doc) { list.appendChild(item(doc, q)); } });
      var next = from + PAGE;
      if (!more) { return; }
      more.hidden = next >= results.length;
      more.onclick = function () { more.hidden = true; showFrom(results, next, q, mine); };
    });
  }

  function item(doc, q) {
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
    return li;
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
  load(["manifest"], function () {
    data = files.manifest;
    if (!data) { return; }
    status.textContent = "";
    show(input.value);
  });
})();
