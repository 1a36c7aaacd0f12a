// One generated screen in a real browser: Debian's chromium driven by playwright-core.
// Usage: node conventions_screen.mjs <page url> <text>... [--screenshot file.png]
// Run from a copy of a frontend (its node_modules holds playwright-core). Waits until every <text>
// is on the page, as whole words (Luna, not Lunar); prints `ok <text>` for each, then
// `console errors: <n>` and every console error or uncaught exception as `error <message>`.
// Exits non-zero, with the page's text, when a text never shows up.
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const at = args.indexOf("--screenshot");
const screenshot = at >= 0 ? args.splice(at, 2)[1] : undefined;
const [url, ...texts] = args;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
const errors = [];
page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
page.on("pageerror", (error) => errors.push(String(error)));

try {
  await page.goto(url);
  for (const text of texts) {
    const word = new RegExp(`(^|\\W)${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\W|$)`);
    await page.getByText(word).first().waitFor({ timeout: 10000 });
    console.log(`ok ${text}`);
  }
  await page.waitForLoadState("networkidle");
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
} catch (error) {
  console.error(String(error).split("\n")[0]);
  console.error("page text: " + (await page.locator("body").innerText()).slice(0, 2000));
  process.exitCode = 1;
} finally {
  console.log(`console errors: ${errors.length}`);
  for (const error of errors) console.log(`error ${error}`);
  await browser.close();
}
