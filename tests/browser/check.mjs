// Opens every page of a built fluentpress site in headless Chromium, as a reader would, and fails
// on anything a reader would suffer: a console error, a failed or foreign request (nothing may
// leave 127.0.0.1), a language switcher that loses the document, Korean or Chinese text not set
// in a CJK system font, a page wider than a phone. Saves a screenshot of one story per locale.
//
// usage: node check.mjs SITE_DIR SCREENSHOT_DIR   (run by tests/browser.rs)

import http from "node:http";
import { readFile, readdir, stat, mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const [siteDir, shotDir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!siteDir || !shotDir) {
  console.error("usage: node check.mjs SITE_DIR SCREENSHOT_DIR");
  process.exit(2);
}

// Scripts whose text a locale's pages must show, and the CJK fonts of the site's stacks.
const SCRIPTS = { ko: /[\uac00-\ud7a3]/, "zh-CN": /[\u4e00-\u9fff]/ };
const CJK_FONT = /CJK|Gothic|YaHei|PingFang|Hiragino|Nanum|Source Han|WenQuanYi|Droid Sans Fallback|UnDotum/i;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".pdf": "application/pdf",
};

function serve(root) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function pages(root, dir = "") {
  const found = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await pages(root, relative)));
    else if (entry.name.endsWith(".html")) found.push(relative);
  }
  return found.sort();
}

const failures = [];
const fail = (page, message) => failures.push(`${page}: ${message}`);

const server = await serve(siteDir);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
let current = "";
await context.route("**/*", (route) => {
  const url = new URL(route.request().url());
  if (url.hostname === "127.0.0.1") return route.continue();
  fail(current, `request to another host: ${url.href}`);
  return route.abort();
});

const page = await context.newPage();
page.on("console", (message) => {
  if (message.type() === "error") fail(current, `console error: ${message.text()}`);
});
page.on("pageerror", (error) => fail(current, `page error: ${error.message}`));
page.on("response", (response) => {
  if (response.status() >= 400) fail(current, `${response.status()} for ${response.url()}`);
});
const cdp = await context.newCDPSession(page);
await cdp.send("DOM.enable");
await cdp.send("CSS.enable");

/// The system fonts Chromium used to draw the text of the first element matching `selector`.
async function renderedFonts(selector) {
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  if (!nodeId) return [];
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts;
}

const all = await pages(siteDir);
const stories = new Map();
for (const file of all) {
  current = file;
  const locale = file.includes("/") ? file.split("/")[0] : null;
  await page.goto(`${origin}/${file}`, { waitUntil: "load" });

  const lang = await page.evaluate(() => document.documentElement.lang);
  if (locale && lang !== locale) fail(file, `<html lang="${lang}">`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) fail(file, `${overflow}px wider than a 390px screen`);

  const script = SCRIPTS[locale];
  if (script) {
    const heading = (await page.textContent("main h1")) || "";
    if (!script.test(heading)) fail(file, `the heading "${heading}" is not in the locale's script`);
    const fonts = await renderedFonts("main h1");
    const cjk = fonts.filter((f) => CJK_FONT.test(f.familyName) && f.glyphCount > 0);
    if (cjk.length === 0) fail(file, `heading drawn without a CJK font: ${JSON.stringify(fonts)}`);
    if (fonts.some((f) => f.isCustomFont)) fail(file, "a downloaded font was used");
    const stack = await page.evaluate(() => getComputedStyle(document.querySelector("main h1")).fontFamily);
    for (const font of cjk) {
      if (!stack.includes(font.familyName)) fail(file, `${font.familyName} drew the heading but is not in its stack ${stack}`);
    }
  }

  // The switcher leads to the same document in each other locale.
  if (locale) {
    const others = await page.$$eval("nav.languages a[hreflang]", (links) => links.map((a) => a.getAttribute("hreflang")));
    for (const other of others) {
      await page.click(`nav.languages a[hreflang="${other}"]`);
      await page.waitForLoadState("load");
      const landed = new URL(page.url()).pathname.slice(1);
      const expected = [other, ...file.split("/").slice(1)].join("/");
      if (landed !== expected) fail(file, `the ${other} switch landed on ${landed}, not ${expected}`);
      await page.goBack({ waitUntil: "load" });
    }
    if (file.startsWith(`${locale}/stories/`) && !stories.has(locale)) stories.set(locale, file);
  }
}

await mkdir(shotDir, { recursive: true });
await page.setViewportSize({ width: 1024, height: 800 });
for (const [locale, file] of stories) {
  current = file;
  await page.goto(`${origin}/${file}`, { waitUntil: "load" });
  await page.screenshot({ path: path.join(shotDir, `story-${locale}.png`), fullPage: true });
}

await browser.close();
server.close();
for (const failure of failures) console.error(failure);
console.log(`${all.length - new Set(failures.map((f) => f.split(":")[0])).size} passed, ${new Set(failures.map((f) => f.split(":")[0])).size} failed`);
console.log(`screenshots of ${stories.size} stories in ${shotDir}`);
process.exit(failures.length === 0 ? 0 : 1);
