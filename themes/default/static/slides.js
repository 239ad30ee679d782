// Briefing-slide decks: one slide at a time, keyboard, clicker, touch and fragment
// navigation, speaker notes, quiz reveal and printing. A classic script (no modules, no
// network), so a deck works from file:// and a USB stick.
//
// Markup contract (docs/formats.md §5, "Slide decks"):
//
//   <main class="deck" id="deck"
//         data-label-previous="Previous slide" data-label-next="Next slide"
//         data-label-notes="Speaker notes" data-label-fullscreen="Full screen"
//         data-label-print="Print the slides"
//         data-label-counter="Slide {current} of {total}">
//     <section class="slide" id="slide-1" data-kind="title"> … </section>
//     <section class="slide" id="slide-2" data-kind="question">
//       …the question…
//       <div class="reveal">…the answer, shown on the next advance…</div>
//       <aside class="notes">…speaker notes…</aside>
//     </section>
//     …
//   </main>
//
// - Slides are the `section.slide` children of `.deck`, numbered from 1 in document
//   order; each has the id `slide-N`, which is its URL fragment.
// - Every label comes from the page's data-label-* attributes (the template fills them
//   from ui.ftl), never from this script; `{current}` and `{total}` in the counter label
//   are replaced by numbers.
// - Without this script every slide shows, one after another, notes and answers included.
// - Keys: → ↓ Page Down, Space, Enter: next (or reveal the next answer); ← ↑ Page Up,
//   Shift+Space, Backspace: previous; Home, End; N: notes; F: full screen; P: print.
//   Presentation clickers send Page Up/Down or the arrow keys.
(function () {
  "use strict";
  var deck = document.querySelector(".deck");
  if (!deck) return;
  var slides = Array.prototype.slice.call(deck.querySelectorAll(":scope > section.slide"));
  if (!slides.length) return;
  var current = 0;

  function label(name) {
    return deck.getAttribute("data-label-" + name) || "";
  }

  function fromHash() {
    var m = /^#slide-(\d+)$/.exec(window.location.hash || "");
    if (!m) return null;
    var n = parseInt(m[1], 10);
    return n >= 1 && n <= slides.length ? n - 1 : null;
  }

  function reveals(slide) {
    return Array.prototype.slice.call(slide.querySelectorAll(".reveal"));
  }

  // --- controls, labelled from the page
  var bar = document.createElement("nav");
  bar.className = "deck-controls";
  function button(name, symbol, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "deck-" + name;
    b.textContent = symbol;
    var text = label(name);
    if (text) {
      b.setAttribute("aria-label", text);
      b.title = text;
    }
    b.addEventListener("click", function (e) {
      e.preventDefault();
      action();
    });
    bar.appendChild(b);
    return b;
  }
  var prevButton = button("previous", "\u2039", function () { previous(); });
  var counter = document.createElement("span");
  counter.className = "deck-counter";
  counter.setAttribute("role", "status");
  bar.appendChild(counter);
  var nextButton = button("next", "\u203a", function () { next(); });
  var notesButton = button("notes", "N", function () { toggleNotes(); });
  notesButton.setAttribute("aria-pressed", "false");
  button("fullscreen", "\u26f6", function () { toggleFullscreen(); });
  button("print", "P", function () { window.print(); });
  deck.parentNode.insertBefore(bar, deck.nextSibling);
  deck.classList.add("deck-live");
  document.documentElement.classList.add("deck-js");

  function show(index, options) {
    options = options || {};
    index = Math.max(0, Math.min(slides.length - 1, index));
    var backwards = index < current;
    current = index;
    slides.forEach(function (s, i) {
      var on = i === index;
      s.classList.toggle("current", on);
      s.setAttribute("aria-hidden", on ? "false" : "true");
      if ("inert" in s) s.inert = !on;
    });
    // Entering a slide forwards hides its answers; coming back shows them.
    reveals(slides[index]).forEach(function (r) {
      r.classList.toggle("revealed", backwards || !!options.revealAll);
    });
    var total = String(slides.length);
    counter.textContent = index + 1 + " / " + total;
    var spoken = label("counter");
    if (spoken) {
      counter.setAttribute("aria-label", spoken.replace("{current}", String(index + 1)).replace("{total}", total));
    }
    prevButton.disabled = index === 0;
    nextButton.disabled = index === slides.length - 1 && !reveals(slides[index]).some(hidden);
    var hash = "#" + slides[index].id;
    if (options.history !== false && window.location.hash !== hash) {
      try {
        window.history.pushState(null, "", hash);
      } catch (e) {
        window.location.hash = hash;
      }
    }
  }

  function hidden(r) {
    return !r.classList.contains("revealed");
  }

  function next() {
    var waiting = reveals(slides[current]).filter(hidden);
    if (waiting.length) {
      waiting[0].classList.add("revealed");
      if (current === slides.length - 1 && waiting.length === 1) nextButton.disabled = true;
      return;
    }
    if (current < slides.length - 1) show(current + 1);
  }

  function previous() {
    if (current > 0) show(current - 1);
  }

  function toggleNotes() {
    var on = deck.classList.toggle("deck-notes");
    notesButton.setAttribute("aria-pressed", on ? "true" : "false");
  }

  function toggleFullscreen() {
    var doc = document;
    try {
      if (doc.fullscreenElement) {
        doc.exitFullscreen();
      } else if (doc.documentElement.requestFullscreen) {
        var p = doc.documentElement.requestFullscreen();
        if (p && p.catch) p.catch(function () {});
      }
    } catch (e) {
      // Full screen refused (an iframe, a browser setting): the deck works without it.
    }
  }

  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var tag = t && t.tagName ? t.tagName.toLowerCase() : "";
    if (tag === "input" || tag === "textarea" || tag === "select" || (t && t.isContentEditable)) return;
    // Space and Enter on a focused control press that control.
    var onControl = tag === "button" || tag === "a" || tag === "summary";
    switch (e.key) {
      case "ArrowRight":
      case "ArrowDown":
      case "PageDown":
        next();
        break;
      case " ":
      case "Spacebar":
      case "Enter":
        if (onControl) return;
        if (e.shiftKey) previous(); else next();
        break;
      case "ArrowLeft":
      case "ArrowUp":
      case "PageUp":
      case "Backspace":
        previous();
        break;
      case "Home":
        show(0);
        break;
      case "End":
        show(slides.length - 1);
        break;
      case "n":
      case "N":
        toggleNotes();
        break;
      case "f":
      case "F":
        toggleFullscreen();
        break;
      case "p":
      case "P":
        window.print();
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  function followHash() {
    var n = fromHash();
    if (n !== null && n !== current) show(n, { history: false });
  }
  window.addEventListener("popstate", followHash);
  window.addEventListener("hashchange", followHash);

  var touch = null;
  deck.addEventListener("touchstart", function (e) {
    if (e.touches.length === 1) touch = { x: e.touches[0].clientX, y: e.touches[0].clientY };
  }, { passive: true });
  deck.addEventListener("touchend", function (e) {
    if (!touch || !e.changedTouches.length) return;
    var dx = e.changedTouches[0].clientX - touch.x;
    var dy = e.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) < 40 || Math.abs(dx) < Math.abs(dy)) return;
    if (dx < 0) next(); else previous();
  }, { passive: true });

  // Printing shows every slide and every answer; the screen state comes back afterwards.
  window.addEventListener("beforeprint", function () { deck.classList.add("deck-printing"); });
  window.addEventListener("afterprint", function () { deck.classList.remove("deck-printing"); });

  var start = fromHash();
  current = start === null ? 0 : start;
  show(current, { history: false });
})();
