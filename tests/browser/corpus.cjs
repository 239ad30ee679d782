// Headless-browser checks of search at scale, over file://, on a site built from the
// generated corpus (examples/gen-corpus.rs; run by tests/browser/run-corpus): in a site of
// each script, a module's title ranks that module first among 1,000, a front-matter
// regulation finds modules that list it, a word in every module still shows ten results
// and "more results", and a one-word query loads at most 150 KB of the sharded index before
// its first result (the search page injects the shards as classic scripts, which works from
// file://). Longer queries load a shard per word; their bytes are printed.
// Usage: node corpus.cjs PUBLIC_DIR
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const publicDir = path.resolve(process.argv[2]);
const MAX_BYTES = 150 * 1024;
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? "ok" : "FAIL"}: ${what}`);
  if (!ok) failures += 1;
}

// Runs `query` on the search page of `site` in a fresh context (empty cache): the result
// links, the status line, and the bytes of index files loaded before the first result.
async function search(browser, site, query) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    new MutationObserver(() => {
      const list = document.getElementById("search-results");
      if (list && list.firstChild && !window.__firstAt) window.__firstAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  const loaded = [];
  page.on("request", (r) => {
    if (r.url().includes("/search-index/")) loaded.push({ url: r.url(), at: Date.now() });
  });
  const target = "file://" + path.join(publicDir, site, "search/index.html") + "?q=" + encodeURIComponent(query);
  await page.goto(target);
  await page.waitForSelector("#search-results li", { timeout: 15000 }).catch(() => {});
  const firstAt = await page.evaluate(() => window.__firstAt || 0);
  const hrefs = await page.$$eval("#search-results li a.search-title", (as) => as.map((a) => a.getAttribute("href")));
  const status = (await page.locator("#search-status").textContent()) || "";
  const more = await page.locator("#search-more").isVisible();
  // The files requested before the first result was shown (a result needs all of them).
  const files = [...new Set(loaded.map((l) => l.url))];
  const bytes = files.reduce((sum, u) => sum + fs.statSync(decodeURIComponent(new URL(u).pathname)).size, 0);
  await context.close();
  return { hrefs, status: status.trim(), more, bytes, files: files.length, errors, firstAt };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const modules = fs.readdirSync(path.join(publicDir, "china/en")).filter((d) => d.startsWith("corpus-"));
  check(modules.length >= 1000, `the corpus site has ${modules.length} module pages`);
  const cases = [
    // [site, query, module expected first, or null when any result will do]
    ["china/en", "Corpus module 742", "corpus-0742"],
    ["china/zh-CN", "译文 module 742", "corpus-0742"],
    ["korea/ko", "번역 module 517", "corpus-0517"],
    ["vietnam/vi", "Bản dịch module 96", "corpus-0096"],
    ["indonesia/id", "terjemahan module 905", "corpus-0905"],
    ["china/en", "16 CFR 1303", null],
    ["china/en", "module", null],
    ["china/en", "phthalates", null],
    ["korea/ko", "번역", null],
    ["china/zh-CN", "译文", null],
    ["vietnam/vi", "dịch", null],
    ["indonesia/id", "terjemahan", null],
  ];
  for (const [site, query, first] of cases) {
    const r = await search(browser, site, query);
    if (first) {
      check(r.hrefs.length > 0 && r.hrefs[0].includes(`${first}/index.html`), `${site}: "${query}" ranks ${first} first (got ${r.hrefs.slice(0, 3).join(", ")})`);
    } else {
      check(r.hrefs.length === 10 && r.more, `${site}: "${query}" shows ten results and "more results" (${r.status})`);
    }
    const loads = `${site}: "${query}" loads ${(r.bytes / 1024).toFixed(1)} KB in ${r.files} index files before its first result`;
    if (query.split(/\s+/).length === 1) {
      check(r.bytes > 0 && r.bytes <= MAX_BYTES, `${loads} (at most ${MAX_BYTES / 1024} KB)`);
    } else {
      console.log(`   ${loads}`);
    }
    check(r.errors.length === 0, `${site}: "${query}": no script errors (${r.errors.join("; ")})`);
  }
  await browser.close();
  if (failures > 0) {
    console.log(`${failures} check(s) failed`);
    process.exit(1);
  }
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
