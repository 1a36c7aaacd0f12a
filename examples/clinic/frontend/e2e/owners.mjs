// The generated owner pages in a real browser: Debian's chromium driven by playwright-core.
// Usage: node e2e/owners.mjs <app url> [screenshot.png]
// The app (vite preview of the build) must be up, with the Actix backend behind /api.
// Prints one `ok <step>` line per step; any failure exits non-zero with what was on the page.
import { chromium } from "playwright-core";

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
const step = (name) => console.log(`ok ${name}`);

try {
  await page.goto(`${url}/owners/new`);
  await page.getByRole("button", { name: "Create" }).click();
  await page.getByText("Please fill in: Full name, Email").waitFor({ timeout: 10000 });
  step("an empty form shows which required fields are missing");

  await page.fill('input[name="full_name"]', "Ada Lovelace");
  await page.fill('input[name="email"]', "ada@example.com");
  await page.fill('input[name="phone"]', "+44 20 7946 0000");
  await page.getByRole("button", { name: "Create" }).click();
  await page.getByText(/Saved owner #\d+\./).waitFor({ timeout: 10000 });
  step("the form creates the owner through the API");

  await page.goto(`${url}/owners`);
  await page.getByRole("link", { name: "Ada Lovelace" }).waitFor({ timeout: 10000 });
  step("the list shows the new owner");
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

  await page.getByRole("link", { name: "Ada Lovelace" }).click();
  await page.getByText("ada@example.com").waitFor({ timeout: 10000 });
  await page.getByRole("heading", { name: "Ada Lovelace" }).waitFor();
  step("its detail page opens from the list");
} catch (error) {
  console.error(String(error));
  console.error((await page.content()).slice(0, 3000));
  process.exitCode = 1;
} finally {
  await browser.close();
}
