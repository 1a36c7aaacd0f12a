// VS Code client for nocodo-lsp: starts the server, forwards settings, and adds palette
// commands and the planning panel. Code actions come from the server as they are; its progress
// shows as a notification that can cancel the run.
import * as fs from "node:fs";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  WorkDoneProgress,
  WorkDoneProgressCancelNotification,
  WorkDoneProgressCreateRequest,
  type FeatureState,
  type LanguageClientOptions,
  type ProgressToken,
  type StaticFeature,
} from "vscode-languageclient/node";
import {
  inOwnWords,
  progressIncrement,
  relay,
  resultNotice,
  runAnswering,
  runRequest,
  serverSettings,
  type Missing,
  type RunRequest,
  type RunResult,
} from "./logic";
import type { Task } from "./planProtocol";

const RUN_SCHEME = "nocodo-run";
let client: LanguageClient | undefined;

function settings() {
  const config = vscode.workspace.getConfiguration("nocodo");
  return serverSettings((key) => config.get(key));
}

function show(result: RunResult | undefined) {
  const notice = resultNotice(result);
  if (notice?.level === "info") void vscode.window.showInformationMessage(notice.text);
  else if (notice?.level === "warning") void vscode.window.showWarningMessage(notice.text);
  else if (notice) void vscode.window.showErrorMessage(notice.text);
}

async function executeServerCommand(command: string, args: unknown[]): Promise<unknown> {
  if (!client) {
    throw new Error("the nocodo server is not running; check the nocodo.serverCommand setting");
  }
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

/** A question from the server: a quick pick of its readings, or an input box for free text. */
async function ask(missing: Missing): Promise<string | undefined> {
  if (missing.choices?.length) {
    const items: { label: string; value?: string }[] = missing.choices.map((choice) => ({ label: choice.label, value: choice.value }));
    if (missing.other) items.push({ label: missing.other });
    const picked = await vscode.window.showQuickPick(items, { title: "nocodo", placeHolder: missing.prompt, ignoreFocusOut: true });
    if (!picked || picked.value !== undefined) return picked?.value;
    const words = await vscode.window.showInputBox({ prompt: missing.prompt, ignoreFocusOut: true });
    return words ? inOwnWords(missing, words) : undefined;
  }
  return vscode.window.showInputBox({ prompt: missing.prompt, ignoreFocusOut: true });
}

async function runMode(request: RunRequest): Promise<RunResult> {
  const result = await runAnswering(
    request,
    (current) => executeServerCommand("nocodo.runMode", [current]) as Promise<RunResult>,
    ask,
  );
  show(result);
  return result;
}

async function generate(mode: string, args: Record<string, string> = {}) {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showErrorMessage("nocodo: open a file and make sure the server runs first");
    return;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  try {
    await runMode(runRequest(mode, uri, editor.selection.active, args));
  } catch (error) {
    void vscode.window.showErrorMessage(`nocodo: ${String((error as Error)?.message ?? error)}`);
  }
}

/**
 * The server's progress as a notification with a Cancel button that cancels the run. The
 * client's own progress goes to the status bar, where it cannot be cancelled. A run that ends at
 * once (the server asks a question first) shows nothing rather than a flash. Registered after
 * the client's built-in features, so this handler of `window/workDoneProgress/create` is the one
 * used, also after a restart.
 */
class NotificationProgress implements StaticFeature {
  static readonly showAfterMs = 400;
  /** How to close each progress still open, should the server stop in the middle of a run. */
  private readonly open = new Set<() => void>();

  constructor(private readonly client: LanguageClient) {}

  fillClientCapabilities(): void {
    // The built-in progress feature already declares `window.workDoneProgress`.
  }

  getState(): FeatureState {
    return { kind: "static" };
  }

  initialize(): void {
    this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => this.follow(token));
  }

  clear(): void {
    for (const close of [...this.open]) close();
  }

  private follow(token: ProgressToken) {
    let reported = 0;
    let latest: { message?: string; percentage?: number } = {};
    let shown: vscode.Progress<{ message?: string; increment?: number }> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const report = () => {
      if (!shown) return;
      const increment = progressIncrement(reported, latest.percentage);
      reported += increment;
      shown.report({ message: latest.message, increment });
    };
    const show = (title: string, cancellable: boolean) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable }, async (progress, cancellation) => {
        shown = progress;
        report();
        const cancelled = cancellation.onCancellationRequested(() => {
          this.client.sendNotification(WorkDoneProgressCancelNotification.type, { token }).catch(() => close());
        });
        await finished;
        cancelled.dispose();
      });
    const close = () => {
      clearTimeout(timer);
      subscription.dispose();
      this.open.delete(close);
      finish();
    };
    const subscription = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind === "end") {
        close();
        return;
      }
      latest = { message: value.message ?? latest.message, percentage: value.percentage ?? latest.percentage };
      if (value.kind === "begin") {
        timer = setTimeout(() => void show(value.title, value.cancellable ?? false), NotificationProgress.showAfterMs);
        this.open.add(close);
      } else {
        report();
      }
    });
  }
}

class LastRunDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private markdown = "No run yet.";

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  async show() {
    const editor = vscode.window.activeTextEditor;
    const uri = editor && client ? client.code2ProtocolConverter.asUri(editor.document.uri) : undefined;
    const answer = (await executeServerCommand("nocodo.showLastRun", uri ? [{ uri }] : [])) as { markdown: string } | null;
    this.markdown = answer?.markdown ?? "No run yet for this file.";
    const document = vscode.Uri.parse(`${RUN_SCHEME}:/last-run.md`);
    this.changed.fire(document);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(document), { preview: true });
  }
}

class PlanPanel implements vscode.WebviewViewProvider {
  constructor(private readonly media: vscode.Uri) {}

  resolveWebviewView(view: vscode.WebviewView) {
    const webview = view.webview;
    webview.options = { enableScripts: true, localResourceRoots: [this.media] };
    const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
    webview.html = fs
      .readFileSync(vscode.Uri.joinPath(this.media, "panel.html").fsPath, "utf8")
      .replace(/{{nonce}}/g, nonce)
      .replace(/{{cspSource}}/g, webview.cspSource)
      .replace("{{script}}", webview.asWebviewUri(vscode.Uri.joinPath(this.media, "panel.js")).toString())
      .replace("{{style}}", webview.asWebviewUri(vscode.Uri.joinPath(this.media, "panel.css")).toString());
    webview.onDidReceiveMessage(async (message) => {
      const reply = await relay(message, (method, params) =>
        client ? client.sendRequest(method, params) : Promise.reject(new Error("the nocodo server is not running")),
      );
      if (reply) void webview.postMessage(reply);
    });
    client?.onNotification("nocodo/plan/updated", (params: { task: Task }) =>
      webview.postMessage({ type: "notification", method: "nocodo/plan/updated", params }),
    );
  }
}

export async function activate(context: vscode.ExtensionContext) {
  const [command, ...args] = vscode.workspace.getConfiguration("nocodo").get<string[]>("serverCommand") ?? ["nocodo", "serve"];
  const options: LanguageClientOptions = {
    documentSelector: ["rust", "typescript", "typescriptreact"].map((language) => ({ scheme: "file", language })),
    initializationOptions: { nocodo: settings() },
    middleware: {
      // The light bulb runs `nocodo.runMode` from the code action; the client's own execution
      // would drop a `needs_input` answer, so questions are asked here as for palette commands.
      executeCommand: (command, args, next) =>
        command === "nocodo.runMode" && args.length === 1 ? runMode(args[0] as RunRequest) : next(command, args),
    },
  };
  client = new LanguageClient("nocodo", "nocodo", { command, args }, options);
  client.registerFeature(new NotificationProgress(client));
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    void vscode.window.showErrorMessage(
      `nocodo: could not start the server with "${command}" (${String(error)}). Set nocodo.serverCommand to the nocodo executable.`,
    );
  }
  const lastRun = new LastRunDocuments();
  const media = vscode.Uri.joinPath(context.extensionUri, "media");
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RUN_SCHEME, lastRun),
    vscode.window.registerWebviewViewProvider("nocodo.plan", new PlanPanel(media)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("nocodo") && client) {
        void client.sendNotification("workspace/didChangeConfiguration", { settings: { nocodo: settings() } });
      }
    }),
    vscode.commands.registerCommand("nocodo.generateDieselFunction", () => generate("diesel.model_fn")),
    vscode.commands.registerCommand("nocodo.generateDieselStruct", async () => {
      const table = await vscode.window.showInputBox({ prompt: "Table (e.g. invoices)" });
      if (!table) return;
      const kind = await vscode.window.showQuickPick(["read", "insert", "changeset"], { placeHolder: "Kind of struct" });
      if (kind) await generate("diesel.model_struct", { table, kind });
    }),
    vscode.commands.registerCommand("nocodo.generateDieselTable", async () => {
      const table = await vscode.window.showInputBox({ prompt: "Table name (snake_case plural)" });
      if (!table) return;
      const description = await vscode.window.showInputBox({ prompt: `What should ${table} hold?` });
      if (description) await generate("diesel.schema", { table, description });
    }),
    vscode.commands.registerCommand("nocodo.showLastRunDocument", () =>
      lastRun.show().catch((error) => vscode.window.showErrorMessage(`nocodo: ${String(error?.message ?? error)}`)),
    ),
    vscode.commands.registerCommand("nocodo.planEpic", () => vscode.commands.executeCommand("nocodo.plan.focus")),
  );
}

export async function deactivate() {
  await client?.stop();
}
