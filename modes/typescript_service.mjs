// A long-lived type checker for one frontend: the project's own TypeScript, as a language
// service that keeps its program between checks, so a warm check re-reads only what changed.
// Run: node typescript_service.mjs <frontend root>
// Reads one JSON request per line: {"files": {"/abs/path.tsx": "text", ...}, "check": [paths]}
// (`files`: the editor's and the candidate's texts, every other file is read from disk; `check`:
// the files whose errors are wanted, checked with every project file that imports them) and
// answers one JSON line: {"diagnostics": [{"file", "line", "column", "code", "message"}]}
// (1-based), or {"error": "..."}. Checking only those files keeps a warm check well under a second.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(process.argv[2]);
const ts = createRequire(path.join(root, "package.json"))("typescript");

const configPath = path.join(root, "tsconfig.json");
// Read again on every check, so files added to the project since are part of it.
const readConfig = () => ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
let parsed = readConfig();
let overrides = new Map();

function version(file) {
  const text = overrides.get(file);
  if (text !== undefined) return `o:${text.length}:${hash(text)}`;
  try {
    return `d:${fs.statSync(file).mtimeMs}`;
  } catch {
    return "missing";
  }
}

function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

const host = {
  getScriptFileNames: () => [...new Set([...parsed.fileNames, ...[...overrides.keys()].filter((f) => /\.tsx?$/.test(f))])],
  getScriptVersion: (file) => version(file),
  getScriptSnapshot: (file) => {
    const text = overrides.has(file) ? overrides.get(file) : ts.sys.readFile(file);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => root,
  getCompilationSettings: () => parsed.options,
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: (file) => overrides.has(file) || ts.sys.fileExists(file),
  readFile: (file) => (overrides.has(file) ? overrides.get(file) : ts.sys.readFile(file)),
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
  realpath: ts.sys.realpath,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());

const inProject = (file) => file.startsWith(root + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`);

/** Does `source` import one of `targets` (resolved as the compiler resolves it)? */
function imports(source, targets) {
  return ts.preProcessFile(source.text).importedFiles.some(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, source.fileName, parsed.options, host).resolvedModule;
    return resolved !== undefined && targets.has(path.resolve(resolved.resolvedFileName));
  });
}

function check(files, wanted) {
  overrides = new Map(Object.entries(files).map(([file, text]) => [path.resolve(file), text]));
  parsed = readConfig();
  const program = service.getProgram();
  const targets = new Set(wanted.map((file) => path.resolve(file)));
  const diagnostics = [];
  for (const source of program.getSourceFiles()) {
    if (!inProject(source.fileName) || !(targets.has(source.fileName) || imports(source, targets))) continue;
    const found = [...service.getSyntacticDiagnostics(source.fileName), ...service.getSemanticDiagnostics(source.fileName)];
    for (const diagnostic of found) {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      diagnostics.push({
        file: source.fileName,
        line: line + 1,
        column: character + 1,
        code: `TS${diagnostic.code}`,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, " "),
      });
    }
  }
  return diagnostics;
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  let answer;
  try {
    const request = JSON.parse(line);
    answer = { diagnostics: check(request.files, request.check) };
  } catch (error) {
    answer = { error: String(error && error.stack ? error.stack : error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
