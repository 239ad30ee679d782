// Headless-browser checks of the built sample over file:// (run by tests/browser/run):
// search finds the right module from a two-character Chinese word, a Korean word and
// Japanese words (kanji, katakana, half-width katakana, full-width Latin), from the sharded
// index that the search page loads on demand; a title or a front-matter regulation ranks its
// module first and glossary aliases find the term's sections; "more results" shows the next
// page; a knowledge-check question can be answered, and a "choose all that apply" question is right
// only with exactly its right answers. Usage: node reader.cjs PUBLIC_DIR
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");

const publicDir = path.resolve(process.argv[2] || "public");
const url = (rel) => "file://" + path.join(publicDir, rel);
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? "ok" : "FAIL"}: ${what}`);
  if (!ok) failures += 1;
}

// Script errors and console errors of the page, collected from now on.
function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return errors;
}

// `highlight`: the text a snippet marks (false when the match is an alias or front matter).
async function searchFinds(page, site, query, module, highlight = query) {
  const errors = watchErrors(page);
  await page.goto(url(`${site}/search/index.html`));
  await page.fill("#search-query", query);
  await page.waitForSelector("#search-results li", { timeout: 5000 }).catch(() => {});
  const hrefs = await page.$$eval("#search-results li a.search-title", (as) => as.map((a) => a.getAttribute("href")));
  const marks = await page.$$eval("#search-results mark", (ms) => ms.map((m) => m.textContent));
  check(hrefs.length > 0 && hrefs[0].includes(`${module}/index.html`), `${site}: "${query}" finds ${module} first (got ${hrefs.slice(0, 3).join(", ")})`);
  if (highlight) {
    const shown = highlight.normalize("NFKC");
    check(marks.some((m) => m.normalize("NFKC").includes(shown)), `${site}: "${highlight}" is highlighted in a snippet`);
  }
  check(errors.length === 0, `${site}: no script errors (${errors.join("; ")})`);
  // The header form leads to the same results.
  await page.goto(url(`${site}/index.html`));
  await page.fill("#header-search-query", query);
  await page.press("#header-search-query", "Enter");
  await page.waitForSelector("#search-results li", { timeout: 5000 }).catch(() => {});
  const viaHeader = await page.$$eval("#search-results li a.search-title", (as) => as.map((a) => a.getAttribute("href")));
  check(viaHeader.length > 0 && viaHeader[0].includes(`${module}/index.html`), `${site}: the header search box gives the same first result`);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage();
  await searchFinds(page, "china/zh-CN", "窒息", "toys-small-parts");
  await searchFinds(page, "korea/ko", "질식", "toys-small-parts");
  await searchFinds(page, "vietnam/vi", "phthalate", "lead-and-phthalates");
  await searchFinds(page, "japan/ja", "窒息", "toys-small-parts");
  await searchFinds(page, "japan/ja", "ボール", "toys-small-parts");
  // Half-width katakana and full-width Latin letters match their usual forms (NFKC).
  await searchFinds(page, "japan/ja", "ﾎﾞｰﾙ", "toys-small-parts");
  await searchFinds(page, "japan/ja", "Ｆ１１６９", "cribs-full-size-and-non-full-size");
  // A module whose title names the query comes first ("lead" in Korean, Indonesian, Malay).
  await searchFinds(page, "korea/ko", "납", "lead-and-phthalates");
  await searchFinds(page, "indonesia/id", "timbal", "lead-and-phthalates");
  await searchFinds(page, "malaysia/ms", "plumbum", "lead-and-phthalates");
  await searchFinds(page, "singapore/en", "phthalates", "lead-and-phthalates");
  // So does a module whose front matter lists the regulation.
  await searchFinds(page, "singapore/en", "16 CFR 1501", "toys-small-parts", false);
  // Glossary aliases: 抽绳 is another word for the term 拉绳 (drawstring).
  await searchFinds(page, "china/zh-CN", "抽绳", "clothing-drawstrings", false);
  await searchFinds(page, "china/zh-CN", "拉绳", "clothing-drawstrings");
  await searchFinds(page, "malaysia/ms", "timah hitam", "lead-and-phthalates", false);

  // More results: the first page shows ten, the button loads and shows the next ones.
  {
    const errors = watchErrors(page);
    await page.goto(url("china/en/search/index.html?q=product"));
    await page.waitForSelector("#search-results li", { timeout: 5000 }).catch(() => {});
    const status = await page.locator("#search-status").textContent();
    const total = Number((status.match(/\d+/) || ["0"])[0]);
    const first = await page.locator("#search-results li").count();
    check(total > 10 && first === 10, `more results: ten of ${total} shown first (got ${first})`);
    check(await page.locator("#search-more").isVisible(), "more results: the button is shown");
    await page.click("#search-more");
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 10, null, { timeout: 5000 }).catch(() => {});
    const hrefs = await page.$$eval("#search-results li a.search-title", (as) => as.map((a) => a.getAttribute("href") + a.nextSibling?.textContent));
    check(hrefs.length === Math.min(20, total), `more results: the next page is added (got ${hrefs.length})`);
    check(new Set(hrefs).size === hrefs.length, "more results: no result is shown twice");
    check(errors.length === 0, `more results: no script errors (${errors.join("; ")})`);
  }

  const errors = watchErrors(page);
  await page.goto(url("china/en/toys-small-parts/index.html"));
  const first = page.locator(".quiz-question").first();
  await first.locator('.quiz-option[data-correct="true"] button').first().click();
  const feedback = await first.locator(".quiz-feedback").textContent();
  const open = await first.locator("details.quiz-answer").evaluate((d) => d.open);
  const score = await page.locator(".quiz-score").textContent();
  const questions = await page.locator(".quiz-question").count();
  check(feedback.trim() === "Correct.", `quiz: choosing the right option says so (got "${feedback}")`);
  check(open, "quiz: the explanation opens");
  check(score.includes(`1 of ${questions}`), `quiz: the score counts it (got "${score}")`);
  const second = page.locator(".quiz-question").nth(1);
  await second.locator('.quiz-option[data-correct="false"] button').first().click();
  const wrong = await second.locator(".quiz-feedback").textContent();
  check(wrong.trim() === "Not correct.", `quiz: a wrong option says so (got "${wrong}")`);
  check((await page.locator(".quiz-score").textContent()).includes(`1 of ${questions}`), "quiz: a wrong answer does not raise the score");
  check(errors.length === 0, `quiz: no script errors (${errors.join("; ")})`);

  // A "choose all that apply" question is right only when exactly the right options are
  // ticked: one of its two right answers alone is wrong, both are right.
  async function chooseAll(picks, wrongToo) {
    await page.goto(url("china/en/infant-sleep-products/index.html"));
    const q = page.locator('.quiz-question[data-multiple="true"]').first();
    const right = q.locator('.quiz-option[data-correct="true"] input.quiz-check');
    for (let k = 0; k < picks; k++) await right.nth(k).check();
    if (wrongToo) await q.locator('.quiz-option[data-correct="false"] input.quiz-check').first().check();
    await q.locator("button.quiz-check-answer").click();
    return {
      feedback: (await q.locator(".quiz-feedback").textContent()).trim(),
      score: await page.locator(".quiz-score").textContent(),
      instruction: (await q.locator(".quiz-instruction").textContent()).trim(),
    };
  }
  const one = await chooseAll(1);
  check(one.instruction === "Choose all that apply.", `choose all: the question says so (got "${one.instruction}")`);
  check(one.feedback === "Not correct.", `choose all: one of two right answers is not correct (got "${one.feedback}")`);
  check(/0 of 4/.test(one.score), `choose all: it does not count (got "${one.score}")`);
  const both = await chooseAll(2);
  check(both.feedback === "Correct.", `choose all: both right answers are correct (got "${both.feedback}")`);
  check(/1 of 4/.test(both.score), `choose all: it counts (got "${both.score}")`);
  const extra = await chooseAll(2, true);
  check(extra.feedback === "Not correct.", `choose all: both right answers and a wrong one are not correct (got "${extra.feedback}")`);
  check(errors.length === 0, `choose all: no script errors (${errors.join("; ")})`);
  await browser.close();
  console.log(failures ? `browser checks: ${failures} failed (FAIL)` : "browser checks: all passed (OK)");
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
