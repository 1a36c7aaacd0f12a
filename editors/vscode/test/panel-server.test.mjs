// The planning panel in headless Chromium against the real nocodo server: the panel's messages
// go through the extension's own relay() to `nocodo serve` over JSON-RPC, as in VS Code.
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const rpc = require("vscode-jsonrpc/node");
const { relay } = require("../out/logic.js");
const here = dirname(fileURLToPath(import.meta.url));
const media = join(here, "..", "media");
const python = process.env.NOCODO_PYTHON;

function panelFile() {
  const folder = mkdtempSync(join(tmpdir(), "nocodo-panel-"));
  for (const name of ["panel.js", "panel.css"]) copyFileSync(join(media, name), join(folder, name));
  const html = readFileSync(join(media, "panel.html"), "utf8")
    .replace(/{{nonce}}/g, "n").replace(/{{cspSource}}/g, "file:").replace("{{script}}", "panel.js").replace("{{style}}", "panel.css");
  writeFileSync(join(folder, "panel.html"), html);
  return join(folder, "panel.html");
}

test("the panel plans an epic and runs a task through the real server", { skip: !python && "set NOCODO_PYTHON to the project's Python" }, async () => {
  const root = join(mkdtempSync(join(tmpdir(), "nocodo-ws-")), "school");
  cpSync(join(here, "..", "..", "..", "tests", "fixtures", "school"), root, { recursive: true });
  const server = spawn(python, ["-m", "nocodo.server", "serve"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const edits = [];
  connection.onRequest("workspace/applyEdit", (params) => { edits.push(params); return { applied: true }; });
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
  connection.sendNotification("initialized", {});

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.exposeFunction("toExtension", async (message) => {
      const reply = await relay(message, (method, params) => connection.sendRequest(method, params));
      if (reply) await page.evaluate((r) => window.postMessage(r, "*"), reply);
    });
    await page.addInitScript(() => {
      window.acquireVsCodeApi = () => ({ postMessage: (message) => window.toExtension(message) });
    });
    await page.goto(pathToFileURL(panelFile()).href);
    await page.fill("#input", "A music school that keeps track of its teachers and rooms");
    await page.click("#send");
    await page.waitForSelector("input[value=teacher]", { timeout: 120000 });
    await page.check("input[value=teacher]");
    await page.click("#widget button");
    await page.waitForSelector("input[value=email]");
    await page.check("input[value=name]");
    await page.check("input[value=email]");
    await page.click("#widget button");
    await page.waitForSelector("input[type=radio]");
    await page.check("input[value='Only me']");
    await page.click("#widget button");
    await page.waitForSelector("input[type=text]");
    await page.click("#widget button");
    await page.waitForSelector("text=Confirm summary");
    await page.click("text=Confirm summary");
    await page.waitForSelector(".task button");
    assert.match(await page.textContent("#widget"), /Create the teachers table/);
    await page.click(".task button");
    await page.waitForSelector("text=generated on attempt", { timeout: 180000 });
    assert.equal(edits.length, 1);
    assert.match(JSON.stringify(edits[0]), /teachers \(id\)/);
  } finally {
    await browser.close();
    await connection.sendRequest("shutdown").catch(() => {});
    connection.sendNotification("exit");
    server.kill();
  }
});
