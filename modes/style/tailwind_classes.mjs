// Which of the class names on stdin the frontend's own Tailwind (with its config and plugins,
// e.g. DaisyUI) generates no CSS for. Run: node tailwind_classes.mjs <frontend root> < classes
// Prints the unknown ones as a JSON array on the last line (plugins may log before it).
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2]);
const require = createRequire(path.join(root, "package.json"));
const resolveConfig = require("tailwindcss/resolveConfig");
// The context Tailwind builds for a config; getClassOrder gives null for a class it cannot generate
// (what prettier-plugin-tailwindcss relies on too).
const { createContext } = require("tailwindcss/lib/lib/setupContextUtils");

const configFile = ["tailwind.config.js", "tailwind.config.mjs", "tailwind.config.cjs"]
  .map((name) => path.join(root, name))
  .find((file) => fs.existsSync(file));
const config = configFile ? (await import(pathToFileURL(configFile).href)).default : {};
const context = createContext(resolveConfig(config));
const classes = [...new Set(fs.readFileSync(0, "utf8").split(/\s+/).filter(Boolean))];
const unknown = context.getClassOrder(classes).filter(([, order]) => order === null).map(([name]) => name);
console.log(JSON.stringify(unknown));
