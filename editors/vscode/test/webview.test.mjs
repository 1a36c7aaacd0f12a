// The planning panel's HTML and JS in headless Chromium (Debian's), with a stub of the webview API.
import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const media = join(dirname(fileURLToPath(import.meta.url)), "..", "media");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

function pageFile() {
  const folder = mkdtempSync(join(tmpdir(), "nocodo-panel-"));
  for (const name of ["panel.js", "panel.css"]) copyFileSync(join(media, name), join(folder, name));
  const html = readFileSync(join(media, "panel.html"), "utf8")
    .replace(/{{nonce}}/g, "testnonce")
    .replace(/{{cspSource}}/g, "file:")
    .replace("{{script}}", "panel.js")
    .replace("{{style}}", "panel.css");
  writeFileSync(join(folder, "panel.html"), html);
  return join(folder, "panel.html");
}

test("the panel sends the description, renders questions and answers with the widgets", async () => {
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.posted = [];
      window.acquireVsCodeApi = () => ({ postMessage: (message) => window.posted.push(message) });
    });
    await page.goto("file://" + pageFile());
    const reply = (id, result) => page.evaluate(([id, result]) => window.postMessage({ type: "response", id, result }, "*"), [id, result]);

    await page.fill("#input", "A booking app for my bike repair shop");
    await page.click("#send");
    let posted = await page.evaluate(() => window.posted);
    assert.deepEqual(posted[0], { type: "request", id: 1, method: "nocodo/plan/start", params: { description: "A booking app for my bike repair shop" } });

    await reply(1, {
      sessionId: "s1",
      message: "Who will use it?",
      question: { kind: "multiple", question: "Who will use it?", options: ["Customers", "Mechanics", "Owner"] },
    });
    await page.waitForSelector("input[type=checkbox]");
    assert.equal(await page.locator("input[type=checkbox]").count(), 3);
    await page.check("input[value=Customers]");
    await page.check("input[value=Owner]");
    await page.click("#widget button");
    posted = await page.evaluate(() => window.posted);
    assert.deepEqual(posted[1].params, { sessionId: "s1", answer: ["Customers", "Owner"] });
    assert.equal(posted[1].method, "nocodo/plan/answer");

    await reply(2, { message: "How do they pay?", question: { kind: "single", question: "Payment", options: ["Card", "Cash"] } });
    await page.waitForSelector("input[type=radio]");
    await page.check("input[value=Cash]");
    await page.click("#widget button");
    posted = await page.evaluate(() => window.posted);
    assert.deepEqual(posted[2].params, { sessionId: "s1", answer: "Cash" });

    await reply(3, { epic: { title: "Bike repair bookings", tasks: [{ id: 7, title: "bookings table", role: "db_engineer", state: "ready", mode: "diesel.schema" }] } });
    await page.waitForSelector(".task button");
    await page.click(".task button");
    posted = await page.evaluate(() => window.posted);
    assert.deepEqual(posted[3], { type: "request", id: 4, method: "nocodo/plan/runTask", params: { taskId: 7 } });

    await page.evaluate(() => window.postMessage({ type: "response", id: 4, error: "Planning is not available in this server version." }, "*"));
    await page.waitForSelector(".entry.error");
    assert.match(await page.textContent(".entry.error"), /not available/);
    mkdirSync(join(media, "..", "out"), { recursive: true });
    await page.screenshot({ path: join(media, "..", "out", "panel.png") });
  } finally {
    await browser.close();
  }
});
