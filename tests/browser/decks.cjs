// Headless-browser checks of the decks a build writes (run by tests/browser/run): for one
// deck per language, over file://, the title slide shows first, the keys move through every
// slide to the last, the first question's answer is hidden until the next advance, N shows
// the speaker notes, the links back to the module (and to the PDF deck) resolve, and no
// script error or failed request occurs. Usage: node decks.cjs SITE_DIR
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const site = path.resolve(process.argv[2] || "public");
const decks = [
  "china/zh-CN/slides/toys-small-parts/index.html",
  "korea/ko/slides/cribs-full-size-and-non-full-size/index.html",
  "vietnam/vi/slides/lead-and-phthalates/index.html",
  "singapore/zh-CN/slides/toys-small-parts/index.html",
  "japan/ja/slides/toys-small-parts/index.html",
];
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? "ok" : "FAIL"}: ${what}`);
  if (!ok) failures += 1;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  for (const deck of decks) {
    const file = path.join(site, deck);
    if (!fs.existsSync(file)) {
      check(false, `${deck} exists`);
      continue;
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto("file://" + file);
    const visible = () => page.$$eval("section.slide", (ss) => ss.filter((s) => getComputedStyle(s).display !== "none").map((s) => s.id));
    const total = await page.locator("section.slide").count();
    check(total > 4, `${deck}: ${total} slides`);
    check((await visible()).join() === "slide-1", `${deck}: the title slide shows first`);
    check((await page.locator("#slide-1").getAttribute("data-kind")) === "title", `${deck}: slide 1 is the title slide`);

    // The first question: its answer waits for the next advance.
    const question = await page.$$eval("section.slide", (ss) => ss.findIndex((s) => s.dataset.kind === "question" && s.querySelector(".reveal")));
    check(question >= 0, `${deck}: a question slide with an answer to reveal`);
    if (question >= 0) {
      await page.goto(`file://${file}#slide-${question + 1}`);
      const answer = page.locator(`#slide-${question + 1} .reveal`).first();
      check(!(await answer.isVisible()), `${deck}: the answer is hidden at first`);
      await page.keyboard.press("ArrowRight");
      check(await answer.isVisible(), `${deck}: the next advance reveals the answer`);
      check((await visible()).join() === `slide-${question + 1}`, `${deck}: revealing stays on the question`);
    }

    // Notes, then every slide to the end.
    const withNotes = await page.$$eval("section.slide", (ss) => ss.findIndex((s) => s.querySelector("aside.notes")));
    if (withNotes >= 0) {
      await page.goto(`file://${file}#slide-${withNotes + 1}`);
      await page.keyboard.press("n");
      check(await page.locator(`#slide-${withNotes + 1} aside.notes`).isVisible(), `${deck}: N shows the speaker notes`);
      await page.keyboard.press("n");
    }
    await page.keyboard.press("End");
    check((await visible()).join() === `slide-${total}`, `${deck}: End shows the last slide`);
    check((await page.locator(`#slide-${total}`).getAttribute("data-kind")) === "closing", `${deck}: the last slide is the closing slide`);

    // The way back to the module, and the PDF deck.
    for (const link of await page.$$eval(".deck-header a", (as) => as.map((a) => a.getAttribute("href")))) {
      const target = path.resolve(path.dirname(file), link.split("#")[0]);
      check(fs.existsSync(target), `${deck}: ${link} exists`);
    }
    check(errors.length === 0, `${deck}: no script errors or failed requests (${errors.join("; ")})`);
    await page.close();
  }
  await browser.close();
  console.log(failures ? `built deck checks: ${failures} failed (FAIL)` : "built deck checks: all passed (OK)");
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
