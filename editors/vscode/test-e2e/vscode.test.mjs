// The packaged extension in a real VS Code: code-server, driven by playwright-core in Debian's
// headless Chromium, with the real nocodo server and the embedded model on examples/clinic.
//
// Needs CODE_SERVER (the launcher printed by scripts/code-server.sh) and NOCODO_PYTHON (the
// project's Python); scripts/e2e.sh sets both. Nothing here sleeps: every step waits for what
// the user would see, with generous bounds so a hang fails instead of stalling.
import { strict as assert } from "node:assert";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const extension = join(here, "..");
const clinic = join(extension, "..", "..", "examples", "clinic", "backend");
const shots = join(extension, "out", "e2e");
const codeServer = process.env.CODE_SERVER;
const python = process.env.NOCODO_PYTHON;
const skip = (!codeServer && "set CODE_SERVER (scripts/code-server.sh prints it)") || (!python && "set NOCODO_PYTHON to the project's Python");

const SECOND = 1000;
const MODEL_BOUND = 300 * SECOND; // a generation on a busy 2-core machine, with margin
const UI_BOUND = 60 * SECOND;

let root;
let server;
let browser;
let port;

/** A port nothing listens on yet. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function workspace(name, settings) {
  const folder = join(root, name);
  cpSync(clinic, folder, { recursive: true });
  if (settings) {
    mkdirSync(join(folder, ".vscode"), { recursive: true });
    writeFileSync(join(folder, ".vscode", "settings.json"), JSON.stringify(settings, null, 2));
  }
  return folder;
}

const normalise = (text) => text.replace(/\u00a0/g, " ");

/** The text of the active editor's rendered lines, top to bottom. */
async function visibleText(page) {
  const lines = await page.$$eval(".editor-group-container.active .monaco-editor .view-lines .view-line", (elements) =>
    elements.map((element) => [parseFloat(element.style.top), element.textContent]).sort((a, b) => a[0] - b[0]).map(([, text]) => text),
  );
  return normalise(lines.join("\n"));
}

async function quickInput(page, text) {
  const input = page.locator(".quick-input-widget input.input");
  await input.waitFor({ state: "visible" });
  await input.fill(text);
}

/** Answer the server's question in VS Code's input box, once that box (not the palette) shows. */
async function answer(page, question, value) {
  await page.locator(".quick-input-widget", { hasText: question }).waitFor({ timeout: UI_BOUND });
  await quickInput(page, value);
  await page.keyboard.press("Enter");
}

/**
 * Accept the first row of Quick Open or the palette once it is the one wanted. The list reuses
 * its row elements while it filters, so a row is never clicked: Enter goes to the focused one.
 */
async function acceptFirst(page, options) {
  await page.locator(".quick-input-list .monaco-list-row.focused", options).waitFor({ timeout: UI_BOUND });
  await page.keyboard.press("Enter");
}

/** Run a command from the palette. */
async function runCommand(page, title) {
  await page.keyboard.press("F1");
  await quickInput(page, `>${title}`);
  await acceptFirst(page, { hasText: title });
}

const exactly = (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Open a file with Quick Open, picking the row whose file name is exactly `name`. */
async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  await quickInput(page, name);
  await acceptFirst(page, { has: page.locator(".label-name", { hasText: exactly(name) }) });
  await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor();
  await page.locator(".editor-group-container.active .monaco-editor .view-lines").waitFor();
}

/** Put the cursor at a 1-based line, first column, with Go to Line. */
async function goToLine(page, line) {
  await page.keyboard.press("Control+G");
  await quickInput(page, `:${line}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await page.keyboard.press("Home");
  await page.locator(".statusbar-item", { hasText: `Ln ${line},` }).waitFor();
}

function toast(page, text) {
  return page.locator(".notifications-toasts .notification-toast", { hasText: text });
}

async function openWorkbench(folder) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator(".monaco-workbench .part.editor").waitFor({ timeout: UI_BOUND });
  await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: UI_BOUND });
  return page;
}

before(async () => {
  if (skip) return;
  root = mkdtempSync(join(tmpdir(), "nocodo-vscode-"));
  const modelPath = execFileSync(python, [
    "-c",
    "from nocodo.server.backends.embedded import packaged_model_path; from nocodo.server.config import resolve_settings; " +
      "print(packaged_model_path(resolve_settings({}, {}).cache_dir / 'models'))",
  ], { encoding: "utf8" }).trim();
  const userData = join(root, "user-data");
  const extensions = join(root, "extensions");
  const config = join(root, "config.yaml");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(config, "auth: none\ncert: false\n");
  writeFileSync(
    join(userData, "User", "settings.json"),
    JSON.stringify(
      {
        "nocodo.serverCommand": [python, "-m", "nocodo.server", "serve"],
        "security.workspace.trust.enabled": false,
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": false,
        "workbench.enableExperiments": false,
        "telemetry.telemetryLevel": "off",
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "update.mode": "none",
        "chat.disableAIFeatures": true,
        "editor.minimap.enabled": false,
        "workbench.secondarySideBar.defaultVisibility": "hidden",
        "files.autoSave": "off",
      },
      null,
      2,
    ),
  );
  const own = ["--user-data-dir", userData, "--extensions-dir", extensions, "--config", config];
  // code-server keeps its logs and heartbeat under XDG_DATA_HOME whatever --user-data-dir says.
  const isolated = { ...process.env, XDG_DATA_HOME: join(root, "data"), XDG_CONFIG_HOME: join(root, "config") };
  execFileSync(codeServer, [...own, "--install-extension", join(extension, "nocodo-lsp.vsix")], { stdio: "inherit", env: isolated });

  port = await freePort();
  // A cache of its own, so the server's first generation is cold and slow enough to cancel.
  const environment = { ...isolated, XDG_CACHE_HOME: join(root, "cache"), NOCODO_MODEL_PATH: modelPath };
  server = spawn(
    codeServer,
    [...own, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check",
      "--disable-workspace-trust", "--disable-getting-started-override", "--ignore-last-opened"],
    { env: environment, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stderr.on("data", (chunk) => process.stderr.write(chunk));
  await new Promise((resolve, reject) => {
    let seen = "";
    server.stdout.on("data", (chunk) => {
      seen += chunk;
      process.stderr.write(chunk);
      if (seen.includes("HTTP server listening")) resolve();
    });
    server.once("exit", (code) => reject(new Error(`code-server exited with ${code}`)));
  });

  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  if (server?.pid) {
    const exited = server.exitCode === null ? new Promise((resolve) => server.once("exit", resolve)) : Promise.resolve();
    try {
      process.kill(-server.pid, "SIGTERM"); // code-server and what it started: extension hosts, nocodo
    } catch {}
    await exited;
    server.stdout.destroy();
    server.stderr.destroy();
  }
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
});

test("a misconfigured server command shows a clear error", { skip }, async () => {
  const folder = workspace("misconfigured", { "nocodo.serverCommand": ["/nonexistent/nocodo", "serve"] });
  const page = await openWorkbench(folder);
  try {
    await openFile(page, "owner.rs");
    const error = toast(page, "could not start the server");
    await error.waitFor({ timeout: UI_BOUND });
    const text = normalise(await error.innerText());
    assert.match(text, /\/nonexistent\/nocodo/);
    assert.match(text, /Set nocodo\.serverCommand to the nocodo executable/);
  } finally {
    await page.close();
  }
});

/** A subtest that leaves a screenshot of the editor when it fails. */
function step(t, page, name, body) {
  return t.test(name, async () => {
    try {
      await body();
    } catch (error) {
      await page.screenshot({ path: join(shots, `failed-${name.slice(0, 40).replace(/\W+/g, "-")}.png`) }).catch(() => {});
      throw error;
    }
  });
}

test("generation in the real editor: cancel, light bulb, palette, last run, planning", { skip }, async (t) => {
  const folder = workspace("clinic");
  const ownerFile = join(folder, "src", "models", "owner.rs");
  const original = readFileSync(ownerFile, "utf8");
  const page = await openWorkbench(folder);
  t.after(() => page.close());
  await openFile(page, "owner.rs");
  assert.match(await visibleText(page), /impl Owner \{/);

  await step(t, page, "the progress notification's Cancel stops the run and leaves the buffer unchanged", async () => {
    await goToLine(page, 28);
    const untouched = await visibleText(page);
    await runCommand(page, "Nocodo: Generate Diesel function…");
    await answer(page, "Name of the function", "find_by_email");
    const progress = toast(page, "Nocodo: Generate Diesel function");
    const cancel = progress.locator(".monaco-button", { hasText: "Cancel" });
    await cancel.waitFor({ timeout: UI_BOUND });
    await page.screenshot({ path: join(shots, "progress.png") });
    await cancel.click();
    await toast(page, "cancelled; nothing was changed").waitFor({ timeout: MODEL_BOUND });
    assert.equal(await page.locator(".tab.active.dirty").count(), 0);
    assert.equal(await visibleText(page), untouched);
    assert.equal(readFileSync(ownerFile, "utf8"), original);
  });

  await step(t, page, "light bulb, Generate Diesel function, name prompt: the function is in the buffer at the cursor", async () => {
    await goToLine(page, 28); // inside `find`: the new function goes right after it
    const bulb = page.locator(".editor-group-container.active .lightBulbWidget");
    await bulb.waitFor({ state: "visible", timeout: UI_BOUND });
    await bulb.click();
    await page.locator(".action-widget .monaco-list-row", { hasText: "Nocodo: Generate Diesel function" }).first().click();
    await answer(page, "Name of the function", "find_by_email");
    await page.locator(".view-lines", { hasText: "pub fn find_by_email(" }).waitFor({ timeout: MODEL_BOUND });
    await toast(page, "diesel.model_fn:").waitFor({ timeout: UI_BOUND });
    assert.equal(await page.locator(".tab.active.dirty").count(), 1);
    await page.keyboard.press("Control+S");
    await page.locator(".tab.active.dirty").waitFor({ state: "detached", timeout: UI_BOUND });
    const saved = readFileSync(ownerFile, "utf8");
    const at = (needle) => saved.indexOf(needle);
    assert.ok(at("pub fn find(") < at("pub fn find_by_email(") && at("pub fn find_by_email(") < at("pub fn list("), saved);
    assert.match(saved, /owners::email\.eq\(/);
  });

  await step(t, page, "the palette asks for the name; the progress notification shows while it runs", async () => {
    await goToLine(page, 28);
    await runCommand(page, "Nocodo: Generate Diesel function…");
    await answer(page, "Name of the function", "list_without_phone");
    // A warm generation may end before its notification shows: the screenshot is taken if it does.
    const progress = toast(page, "Nocodo: Generate Diesel function");
    const generated = page.locator(".view-lines", { hasText: "pub fn list_without_phone(" });
    await Promise.race([progress.waitFor({ timeout: MODEL_BOUND }), generated.waitFor({ timeout: MODEL_BOUND })]);
    if (await progress.isVisible()) await page.screenshot({ path: join(shots, "generated.png") });
    await generated.waitFor({ timeout: MODEL_BOUND });
    await toast(page, "nocodo: diesel.model_fn: generated").first().waitFor({ timeout: UI_BOUND });
  });

  await step(t, page, "a word the schema reads two ways is asked with a quick pick of its readings", async () => {
    const petFile = join(folder, "src", "models", "pet.rs");
    await openFile(page, "pet.rs");
    await goToLine(page, readFileSync(petFile, "utf8").split("\n").indexOf("impl Pet {") + 1);
    await runCommand(page, "Nocodo: Generate Diesel function…");
    await answer(page, "Name of the function", "list_furry");
    const reading = page.locator(".quick-input-list .monaco-list-row", { hasText: "pets whose species is 'rabbit'" });
    await reading.waitFor({ timeout: MODEL_BOUND });
    assert.match(await page.locator(".quick-input-widget").innerText(), /'furry'/);
    await reading.click();
    await page.locator('.tab.active.dirty[data-resource-name="pet.rs"]').waitFor({ timeout: MODEL_BOUND });
    await page.keyboard.press("Control+S");
    await page.locator(".tab.active.dirty").waitFor({ state: "detached", timeout: UI_BOUND });
    assert.match(readFileSync(petFile, "utf8"), /pub fn list_furry\([\s\S]*species\.eq\(Species::Rabbit\.as_str\(\)\)/);
    await openFile(page, "owner.rs"); // Show last run is for the run on this file
  });

  await step(t, page, "Show last run opens the record read-only", async () => {
    await runCommand(page, "Nocodo: Show last run");
    await page.locator(".tab.active", { hasText: "last-run.md" }).waitFor({ timeout: UI_BOUND });
    await page.locator(".editor-group-container.active .view-lines", { hasText: "# nocodo run" }).waitFor({ timeout: UI_BOUND });
    const record = await visibleText(page);
    assert.match(record, /# nocodo run \w+: diesel\.model_fn \(ok\)/);
    assert.match(record, /list_without_phone/);
    await page.keyboard.type("x");
    assert.equal(await page.locator(".tab.active.dirty").count(), 0);
    assert.doesNotMatch(await visibleText(page), /^x/);
  });

  await step(t, page, "Plan an epic opens the planning view in a webview; the questions, the epic and a task run work there", async () => {
    await runCommand(page, "Nocodo: Plan an epic");
    const panel = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
    await panel.locator("#input").waitFor({ timeout: UI_BOUND });
    await panel.locator("#input").fill("A music school that keeps track of its teachers and rooms");
    await panel.locator("#send").click();
    await panel.locator("input[value=teacher]").waitFor({ timeout: MODEL_BOUND });
    await panel.locator("input[value=teacher]").check();
    await panel.locator("#widget button").click();
    await panel.locator("input[value=email]").waitFor({ timeout: MODEL_BOUND });
    await page.screenshot({ path: join(shots, "planning.png") });
    await panel.locator("input[value=name]").check();
    await panel.locator("input[value=email]").check();
    await panel.locator("#widget button").click();
    await panel.locator("input[type=radio][value='Only me']").check({ timeout: MODEL_BOUND });
    await panel.locator("#widget button").click();
    await panel.locator("#widget input[type=text]").waitFor({ timeout: MODEL_BOUND });
    await panel.locator("#widget button").click();
    await panel.locator("text=Confirm summary").click({ timeout: MODEL_BOUND });
    await panel.locator(".task button").first().waitFor({ timeout: MODEL_BOUND });
    assert.match(await panel.locator("#widget").innerText(), /Create the teachers table/);
    await panel.locator(".task button").first().click(); // the teachers table, by diesel.schema
    await panel.locator("#log", { hasText: "generated on attempt" }).waitFor({ timeout: MODEL_BOUND });
    await page.screenshot({ path: join(shots, "planning-run.png") });
    // The task's edit went through VS Code: schema.rs holds the new table.
    await openFile(page, "schema.rs");
    await page.keyboard.press("Control+F");
    await page.keyboard.type("teachers (id)");
    await page.locator(".editor-group-container.active .find-widget .matchesCount", { hasText: /^1 of 1$/ }).waitFor({ timeout: UI_BOUND });
  });
});
