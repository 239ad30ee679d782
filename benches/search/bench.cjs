// Search benchmark over file://: for each query, loads a site's search page in headless
// Chromium with an empty cache and prints the bytes of index files loaded before the first
// result was shown, their count, and the time from navigation start to the first result
// (median of runs). A benchmark that prints figures, not a test. Run by benches/search/run.
// Usage: node bench.cjs PUBLIC_DIR SITE QUERY [SITE QUERY …]
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [publicDir, ...pairs] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 5);

// Records when the first result appears (all the index files it needed are loaded by then;
// nothing more loads until "more results").
function recordFirstResult() {
  const seen = () => {
    const list = document.getElementById("search-results");
    const status = document.getElementById("search-status");
    const none = status && status.textContent === status.getAttribute("data-none");
    if (!list || !(list.firstChild || none) || window.__firstResult) return;
    window.__firstResult = {
      ms: performance.now(),
      count: (document.getElementById("search-status") || {}).textContent,
    };
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const root = path.resolve(publicDir);
  console.log(`| site | query | results | index files loaded | KB loaded | of the site's index | first result (median of ${RUNS}) |`);
  console.log("|---|---|---|---|---|---|---|");
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const [site, query] = [pairs[k], pairs[k + 1]];
    const dir = path.join(root, site, "search-index");
    const total = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    const times = [];
    let first = null;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      await context.addInitScript(recordFirstResult);
      const page = await context.newPage();
      const requested = [];
      page.on("request", (r) => { if (r.url().includes("/search-index/")) requested.push(r.url()); });
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      const url = "file://" + path.join(root, site, "search/index.html") + "?q=" + encodeURIComponent(query);
      await page.goto(url);
      await page.waitForFunction(() => window.__firstResult, null, { timeout: 30000 });
      const r = await page.evaluate(() => window.__firstResult);
      if (errors.length) throw new Error(`${site} ${query}: ${errors.join("; ")}`);
      times.push(r.ms);
      first = { ...r, files: requested };
      await context.close();
    }
    const files = [...new Set(first.files)];
    const bytes = files.reduce((sum, u) => sum + fs.statSync(decodeURIComponent(new URL(u).pathname)).size, 0);
    console.log(`| ${site} | ${query} | ${first.count.trim()} | ${files.length} | ${(bytes / 1024).toFixed(1)} | ${(total / 1024).toFixed(0)} KB | ${median(times).toFixed(0)} ms |`);
  }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
