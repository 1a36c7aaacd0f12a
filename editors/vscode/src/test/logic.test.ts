import { strict as assert } from "node:assert";
import { test } from "node:test";
import { inOwnWords, progressIncrement, relay, resultNotice, runAnswering, runRequest, serverSettings, type RunResult } from "../logic";

const result = (status: RunResult["status"], message = "m"): RunResult => ({
  status,
  message,
  runId: null,
  code: null,
  missing: null,
});

test("settings leave out unset values and keep the rest", () => {
  const values: Record<string, unknown> = { backend: "embedded", modelPath: "", temperature: 0.2, maxRetries: 0, model: null };
  assert.deepEqual(serverSettings((key) => values[key]), { backend: "embedded", temperature: 0.2, maxRetries: 0 });
});

test("a run request copies its position and arguments", () => {
  const position = { line: 3, character: 4 };
  const args = { name: "find_by_email" };
  const request = runRequest("diesel.model_fn", "file:///a.rs", position, args);
  args.name = "changed";
  assert.deepEqual(request, { mode: "diesel.model_fn", uri: "file:///a.rs", position, args: { name: "find_by_email" } });
});

test("results map to the right kind of notice", () => {
  assert.equal(resultNotice(result("applied"))?.level, "info");
  assert.equal(resultNotice(result("stale"))?.level, "warning");
  assert.equal(resultNotice(result("cancelled"))?.level, "warning");
  assert.equal(resultNotice(result("failed", "no valid code"))?.text, "nocodo: no valid code");
  assert.equal(resultNotice(result("needs_input")), null);
  assert.equal(resultNotice(undefined)?.level, "error");
});

test("the panel relay passes planning requests and reports errors", async () => {
  const sent: string[] = [];
  const ok = await relay({ type: "request", id: 1, method: "nocodo/plan/start", params: { description: "x" } }, async (m) => {
    sent.push(m);
    return { sessionId: "s" };
  });
  assert.deepEqual(ok, { type: "response", id: 1, result: { sessionId: "s" } });
  assert.deepEqual(sent, ["nocodo/plan/start"]);
  const refused = await relay({ type: "request", id: 2, method: "workspace/executeCommand", params: {} }, async () => 1);
  assert.ok(refused && "error" in refused);
  const missing = await relay({ type: "request", id: 3, method: "nocodo/plan/start", params: {} }, async () => {
    throw { code: -32601, message: "no" };
  });
  assert.deepEqual(missing, { type: "response", id: 3, error: "Planning is not available in this server version." });
  assert.equal(await relay({ type: "other" }, async () => 1), null);
});

test("runAnswering asks each question and sends the answer back until a result", async () => {
  const sent: Record<string, string>[] = [];
  const replies: RunResult[] = [
    { ...result("needs_input"), missing: { name: "name", prompt: "Name of the function" } },
    {
      ...result("needs_input"),
      missing: { name: "meaning", prompt: "'hard' means:", choices: [{ label: "courses whose level is 'advanced'", value: "hard=level.eq(Advanced)" }] },
    },
    result("applied"),
  ];
  const asked: string[] = [];
  const final = await runAnswering(
    runRequest("diesel.model_fn", "file:///x.rs", { line: 1, character: 0 }),
    async (request) => {
      sent.push({ ...request.args });
      return replies.shift()!;
    },
    async (missing) => {
      asked.push(missing.prompt);
      return missing.choices ? missing.choices[0].value : "list_hard";
    },
  );
  assert.equal(final.status, "applied");
  assert.deepEqual(asked, ["Name of the function", "'hard' means:"]);
  assert.deepEqual(sent, [{}, { name: "list_hard" }, { name: "list_hard", meaning: "hard=level.eq(Advanced)" }]);
});

test("an answer in the person's own words keeps the earlier answers the server offers", () => {
  const missing = { name: "meaning", prompt: "'locals' means:", choices: [], other_value: "rush=ignore; locals=say: {answer}" };
  assert.equal(inOwnWords(missing, "from the city Leeds"), "rush=ignore; locals=say: from the city Leeds");
  assert.equal(inOwnWords({ name: "model", prompt: "Which record?" }, "our pets"), "our pets");
});

test("runAnswering stops with nothing changed when the user gives no answer", async () => {
  const question = { ...result("needs_input"), missing: { name: "name", prompt: "Name" } };
  const final = await runAnswering(runRequest("m", "file:///x.rs", { line: 0, character: 0 }), async () => question, async () => undefined);
  assert.equal(final.status, "needs_input");
});

test("progress grows by the difference to the last report and stays within 100", () => {
  assert.equal(progressIncrement(0, undefined), 0);
  assert.equal(progressIncrement(0, 30), 30);
  assert.equal(progressIncrement(30, 20), 0);
  assert.equal(progressIncrement(30, 250), 70);
});
