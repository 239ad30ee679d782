// Headless-browser checks of a slide deck over file:// (run by tests/browser/run): keys move
// between slides, swipes too, the counter and the URL fragment follow, a fragment opens its slide and
// back/forward work, N shows the speaker notes, a question's answer appears on the next
// advance, labels come from the page, and no script errors occur. Without JavaScript every
// slide is shown. Usage: node deck.cjs DECK_HTML_FILE
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");

const deckFile = path.resolve(process.argv[2] || path.join(__dirname, "fixtures/deck/index.html"));
const url = "file://" + deckFile;
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  const visible = () => page.$$eval("section.slide", (ss) => ss.filter((s) => getComputedStyle(s).display !== "none").map((s) => s.id));
  const counter = () => page.locator(".deck-counter").textContent();
  const hash = () => page.evaluate(() => location.hash);

  await page.goto(url);
  const total = await page.locator("section.slide").count();
  check((await visible()).join() === "slide-1", `one slide shows at first (got ${(await visible()).join()})`);
  check((await counter()) === `1 / ${total}`, `counter reads 1 / ${total} (got "${await counter()}")`);
  check((await page.locator(".deck-counter").getAttribute("aria-label")) === `第 1 张，共 ${total} 张`, "the counter's spoken label comes from the page");
  check((await page.locator("button.deck-next").getAttribute("aria-label")) === "下一张幻灯片", "the next button's label comes from the page");
  check(await page.locator("button.deck-previous").isDisabled(), "previous is disabled on the first slide");

  await page.keyboard.press("ArrowRight");
  check((await visible()).join() === "slide-2", `ArrowRight shows slide 2 (got ${(await visible()).join()})`);
  check((await counter()) === `2 / ${total}`, `counter reads 2 / ${total}`);
  check((await hash()) === "#slide-2", `the fragment is #slide-2 (got ${await hash()})`);
  await page.keyboard.press("PageDown");
  check((await visible()).join() === "slide-3", "Page Down (a clicker) shows slide 3");
  await page.keyboard.press("PageUp");
  check((await visible()).join() === "slide-2", "Page Up goes back to slide 2");
  await page.keyboard.press(" ");
  check((await visible()).join() === "slide-3", "Space advances");
  await page.keyboard.press("ArrowLeft");
  check((await visible()).join() === "slide-2", "ArrowLeft goes back");

  // Speaker notes.
  const notes = page.locator("#slide-2 aside.notes");
  check(!(await notes.isVisible()), "notes are hidden at first");
  await page.keyboard.press("n");
  check(await notes.isVisible(), "N shows the notes");
  check((await page.locator("button.deck-notes").getAttribute("aria-pressed")) === "true", "the notes button is pressed");
  await page.keyboard.press("n");
  check(!(await notes.isVisible()), "N hides them again");

  // Quiz reveal: the answer appears on the next advance, which stays on the slide.
  await page.goto(url + "#slide-4");
  check((await visible()).join() === "slide-4", `a fragment opens its slide (got ${(await visible()).join()})`);
  const answer = page.locator("#answer-1");
  check(!(await answer.isVisible()), "the answer is hidden on arrival");
  await page.keyboard.press("ArrowRight");
  check((await visible()).join() === "slide-4" && (await answer.isVisible()), "the next advance reveals the answer on the same slide");
  await page.locator("button.deck-next").click();
  check((await visible()).join() === "slide-5", "the advance after it moves on");
  check(await page.locator("button.deck-next").isDisabled(), "next is disabled on the last slide");
  await page.keyboard.press("ArrowLeft");
  check((await visible()).join() === "slide-4" && (await answer.isVisible()), "coming back shows the answer");

  // Back and forward follow the fragments.
  await page.keyboard.press("Home");
  check((await visible()).join() === "slide-1", "Home shows the first slide");
  await page.goBack();
  await page.waitForFunction(() => location.hash === "#slide-4");
  check((await visible()).join() === "slide-4", `Back returns to slide 4 (got ${(await visible()).join()})`);
  await page.goForward();
  await page.waitForFunction(() => location.hash === "#slide-1");
  check((await visible()).join() === "slide-1", "Forward returns to slide 1");
  await page.keyboard.press("End");
  check((await counter()) === `${total} / ${total}`, "End shows the last slide");

  // Print: every slide on its own 16:9 page, notes hidden.
  await page.emulateMedia({ media: "print" });
  const printed = await visible();
  check(printed.length === total, `print shows every slide (got ${printed.length})`);
  check(!(await page.locator("#slide-2 aside.notes").isVisible()), "print hides the notes");
  const box = await page.locator("#slide-3").boundingBox();
  check(box && Math.abs(box.width / box.height - 16 / 9) < 0.01, `a printed slide is 16:9 (got ${box && (box.width / box.height).toFixed(3)})`);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  // Page count from poppler's pdfinfo (installed with the PDF checks), when it is there.
  const tmp = path.join(require("os").tmpdir(), `deck-${process.pid}.pdf`);
  require("fs").writeFileSync(tmp, pdf);
  let pages = null;
  try {
    const info = require("child_process").execFileSync("pdfinfo", [tmp], { encoding: "utf8" });
    pages = parseInt((/Pages:\s+(\d+)/.exec(info) || [])[1], 10);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
    check(size && size[1] === "1152" && size[2] === "648", `printed pages are 16 × 9 in (got ${size && size[0]})`);
  } catch (e) {
    console.log("skip: no pdfinfo, the printed page count is not checked");
  }
  require("fs").unlinkSync(tmp);
  if (pages !== null) check(pages === total, `printing gives one page per slide (got ${pages})`);

  check(errors.length === 0, `no script or console errors (${errors.join("; ")})`);

  // A swipe to the left advances, to the right goes back.
  const touch = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 600 } });
  const phone = await touch.newPage();
  await phone.goto(url + "#slide-2");
  const swipe = (from, to) => phone.evaluate(([a, b]) => {
    const deck = document.querySelector(".deck");
    const at = (x) => new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 });
    deck.dispatchEvent(new TouchEvent("touchstart", { touches: [at(a)], changedTouches: [at(a)], bubbles: true }));
    deck.dispatchEvent(new TouchEvent("touchend", { touches: [], changedTouches: [at(b)], bubbles: true }));
  }, [from, to]);
  const shown = () => phone.$$eval("section.slide", (ss) => ss.filter((s) => getComputedStyle(s).display !== "none").map((s) => s.id).join());
  await swipe(600, 200);
  check((await shown()) === "slide-3", `a swipe to the left advances (got ${await shown()})`);
  await swipe(200, 600);
  check((await shown()) === "slide-2", `a swipe to the right goes back (got ${await shown()})`);
  await touch.close();

  // Without JavaScript every slide is on the page.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(url);
  const all = await noScript.$$eval("section.slide", (ss) => ss.filter((s) => getComputedStyle(s).display !== "none").length);
  check(all === total, `without JavaScript all ${total} slides show (got ${all})`);
  await plain.close();

  await browser.close();
  console.log(failures ? `deck checks: ${failures} failed (FAIL)` : "deck checks: all passed (OK)");
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
