// The extension's own logic, kept free of the `vscode` module so node's test runner can check it.

export type Settings = Record<string, unknown>;

export const SETTING_KEYS = [
  "backend",
  "modelPath",
  "baseUrl",
  "model",
  "apiKeyEnv",
  "temperature",
  "maxRetries",
] as const;

/** The `nocodo` object sent as initializationOptions and didChangeConfiguration; unset values left out. */
export function serverSettings(read: (key: string) => unknown): Settings {
  const settings: Settings = {};
  for (const key of SETTING_KEYS) {
    const value = read(key);
    if (value !== undefined && value !== null && value !== "") {
      settings[key] = value;
    }
  }
  return settings;
}

export interface Position {
  line: number;
  character: number;
}

export interface RunRequest {
  mode: string;
  uri: string;
  position: Position;
  args: Record<string, string>;
}

export interface RunResult {
  status: "applied" | "failed" | "cancelled" | "stale" | "rejected" | "needs_input" | "not_applicable";
  message: string;
  runId: string | null;
  code: string | null;
  missing: Missing | null;
}

/** What the server needs before it can generate: a value, or one of the readings it offers. */
export interface Missing {
  name: string;
  prompt: string;
  choices?: { label: string; value: string }[];
  /** the last choice's label: the person answers in their own words instead */
  other?: string;
  /** the value that answer sends, with `{answer}` where the words go (earlier answers ride along) */
  other_value?: string;
}

/** The argument value for an answer in the person's own words. */
export function inOwnWords(missing: Missing, words: string): string {
  return missing.other_value ? missing.other_value.split("{answer}").join(words) : words;
}

/**
 * Run a mode, answering each question the server asks, until it gives a result or the user
 * gives no answer (then the question's result is returned, and nothing was changed).
 */
export async function runAnswering(
  request: RunRequest,
  send: (request: RunRequest) => Promise<RunResult>,
  ask: (missing: Missing) => Promise<string | undefined>,
): Promise<RunResult> {
  for (;;) {
    const result = await send(request);
    if (result?.status !== "needs_input" || !result.missing) return result;
    const value = await ask(result.missing);
    if (!value) return result;
    request = { ...request, args: { ...request.args, [result.missing.name]: value } };
  }
}

export function runRequest(mode: string, uri: string, position: Position, args: Record<string, string> = {}): RunRequest {
  return { mode, uri, position: { line: position.line, character: position.character }, args: { ...args } };
}

/** How much a progress bar grows for a report of `percentage` (it never shrinks past 100). */
export function progressIncrement(reported: number, percentage: number | undefined): number {
  if (typeof percentage !== "number") return 0;
  return Math.max(0, Math.min(percentage, 100) - reported);
}

export type Level = "info" | "warning" | "error";

/** How a result is shown to the user; null when there is nothing to say (a question follows). */
export function resultNotice(result: RunResult | null | undefined): { level: Level; text: string } | null {
  if (!result) {
    return { level: "error", text: "nocodo: the server gave no answer" };
  }
  switch (result.status) {
    case "needs_input":
      return null;
    case "applied":
      return { level: "info", text: `nocodo: ${result.message}` };
    case "stale":
    case "cancelled":
    case "rejected":
      return { level: "warning", text: `nocodo: ${result.message}` };
    default:
      return { level: "error", text: `nocodo: ${result.message}` };
  }
}

/** Whether an error from the server says the method does not exist (JSON-RPC -32601). */
export function isMethodNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: number }).code === -32601;
}

export interface PanelRequest {
  type: "request";
  id: number;
  method: string;
  params: unknown;
}

export type PanelReply =
  | { type: "response"; id: number; result: unknown }
  | { type: "response"; id: number; error: string };

const PLAN_METHODS = /^nocodo\/plan\//;

/** Relay one panel message to the server; only planning methods may pass. */
export async function relay(
  message: unknown,
  send: (method: string, params: unknown) => Promise<unknown>,
): Promise<PanelReply | null> {
  const request = message as Partial<PanelRequest>;
  if (!request || request.type !== "request" || typeof request.id !== "number" || typeof request.method !== "string") {
    return null;
  }
  if (!PLAN_METHODS.test(request.method)) {
    return { type: "response", id: request.id, error: `not a planning method: ${request.method}` };
  }
  try {
    return { type: "response", id: request.id, result: await send(request.method, request.params ?? {}) };
  } catch (error) {
    const text = isMethodNotFound(error)
      ? "Planning is not available in this server version."
      : String((error as { message?: string })?.message ?? error);
    return { type: "response", id: request.id, error: text };
  }
}
