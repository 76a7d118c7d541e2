// The translate view of `fluentpress serve` in headless Chromium, used as a Korean translator
// would: read the diff of a stale message and fix it, translate a missing one, see the check
// catch a dropped link, save with the keyboard, and watch the Korean page preview change.
// Fails on a console error or a request that leaves 127.0.0.1. Saves a screenshot of the view.
//
// usage: node serve.mjs ADDRESS STALE_ID MISSING_ID SCREENSHOT   (run by tests/serve.rs)

import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const [address, staleId, missingId, screenshot] = process.argv.slice(2);
if (!screenshot) {
  console.error("usage: node serve.mjs ADDRESS STALE_ID MISSING_ID SCREENSHOT");
  process.exit(2);
}

const failures = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 900 } });
await context.route("**/*", (route) => {
  const url = new URL(route.request().url());
  if (url.hostname === "127.0.0.1") return route.continue();
  failures.push(`request to another host: ${url.href}`);
  return route.abort();
});
const page = await context.newPage();
page.on("console", (message) => {
  if (message.type() === "error") failures.push(`console error: ${message.text()}`);
});
page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));

const step = async (what, action) => {
  try {
    await action();
  } catch (error) {
    failures.push(`${what}: ${error.message}`);
    throw error;
  }
};

const url = new URL(address);
url.pathname = "/translate/ko/stories/river.ftl";
const unit = (id) => page.locator(`[id="unit-${id}"]`);
const preview = page.frameLocator("#fp-preview");

try {
  await step("the view opens in Korean", async () => {
    await page.goto(url.href, { waitUntil: "load" });
    await unit(missingId).waitFor();
    if ((await page.getAttribute("html", "lang")) !== "ko") throw new Error("the UI is not in Korean");
    await preview.locator("main h1").waitFor();
  });

  await step("the stale message shows what changed in the English", async () => {
    const inserted = await unit(staleId).locator(".diff ins").allTextContents();
    if (!inserted.join("").includes("wide")) throw new Error(`inserted: ${JSON.stringify(inserted)}`);
    await unit(staleId).locator("textarea").fill("우리는 밤에 넓은 강을 건넜다.");
    await unit(staleId).locator("textarea").press("Control+Enter");
    await unit(staleId).locator("output").filter({ hasText: "저장했습니다" }).waitFor();
  });

  await step("a dropped link is caught as the translator types", async () => {
    const box = unit(missingId).locator("textarea");
    await box.focus();
    await box.pressSequentially("보고서를 먼저 읽으세요.");
    await unit(missingId).locator(".diagnostics .error").filter({ hasText: "FP101" }).waitFor();
    // The view at its most telling: a diff read, a problem caught, a suggestion offered.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot });
    await box.fill("");
    await box.pressSequentially("[보고서](https://example.org/report)를 먼저 읽으세요.");
    await unit(missingId).locator(".diagnostics .fine").waitFor();
  });

  await step("the save is written and the preview shows it", async () => {
    await unit(missingId).getByRole("button", { name: "저장" }).click();
    await unit(missingId).locator("output").filter({ hasText: "저장했습니다" }).waitFor();
    if ((await unit(missingId).getAttribute("data-state")) !== "translated") throw new Error("the state did not change");
    await preview.locator("main p", { hasText: "를 먼저 읽으세요." }).waitFor();
    await preview.locator("main p", { hasText: "넓은 강을" }).waitFor();
  });

  await step("a click in the preview goes to its message", async () => {
    await unit(staleId).locator("textarea").focus();
    await preview.locator("main p", { hasText: "를 먼저 읽으세요." }).click();
    await page.waitForFunction((id) => document.activeElement?.id === `t-${id}`, missingId);
  });
} catch {
  // The failure is in `failures`.
}

await browser.close();
for (const failure of failures) console.error(failure);
console.log(failures.length === 0 ? "the translate view works" : `${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
