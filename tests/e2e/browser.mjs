// Shared by the end-to-end tests: launches Debian's Chromium through playwright-core with
// the flags every test uses, and collects what would be a visible problem on a page.
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Launches headless Chromium for a test file (close it in `after`). */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Reports every Content Security Policy violation of a document as a console error, so
 * that the errors collected below include them (Chromium also logs most of them itself).
 */
export const REPORT_CSP_VIOLATIONS = () => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}${event.sample ? ` ("${event.sample}")` : ''}`);
  });
};

/**
 * Collects a page's console errors (CSP violations included), uncaught exceptions and
 * dialogs, in all its frames.
 */
export function collectErrors(page) {
  // Queued before any navigation the caller makes next.
  page.addInitScript(REPORT_CSP_VIOLATIONS).catch(() => {});
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', async (dialog) => { errors.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  return errors;
}

/**
 * Opens `url` in a fresh context (1280 × 900 unless `options` say otherwise), collects its
 * errors, and waits until the app has rendered its view panel and written its link.
 */
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector('#view-panel > *');
  // The app rewrites the link in its canonical form after the first paint (at most
  // 100 ms later, app/browser.rs): let it, so that what a test reads is settled.
  await page.evaluate(() => new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done, 120));
  }));
  return { page, errors, context };
}

/** Where the e2e tests leave screenshots and downloaded files. */
export const ARTIFACTS = 'test-artifacts';

/**
 * Serves the built folder `root` and launches Chromium once for a test file (closed
 * after its tests); `app.url` is the server's address, `app.browser` the browser.
 */
export function useServedBuild(root = 'dist') {
  const app = { url: '', browser: undefined, server: undefined };
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app.server = await serve(root);
    app.url = app.server.url;
    app.browser = await launchChromium();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}

/**
 * Picks an indicator in the picker by its name: each option reads "name (what it covers)",
 * e.g. "Chỉ số chuyển đổi số (DTI) – điểm (29 tỉnh, … · 2020–2024)".
 */
export async function selectIndicator(page, name) {
  const value = await page.locator('#indicator option').evaluateAll(
    (options, wanted) => options.find((o) => o.textContent.startsWith(`${wanted} (`))?.value, name);
  if (value === undefined) throw new Error(`no indicator named ${name}`);
  await page.locator('#indicator').selectOption(value);
}

/**
 * Presses `key` on the focused element `times` times, letting the app finish each step:
 * Yew renders in a later task when its work runs past a frame, so what a test reads right
 * after a key could still be the previous step's.
 */
export async function pressKey(page, key, times = 1) {
  for (let i = 0; i < times; i += 1) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((done) => {
      requestAnimationFrame(() => setTimeout(done, 0));
    }));
  }
}

/** Clicks a Download button (opening the panel first) and returns the saved file's text. */
export async function downloadText(page, kind) {
  const panel = page.locator('.download-panel');
  if (!(await panel.evaluate((details) => details.open))) await panel.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`.download-${kind}`).click()]);
  const path = `${ARTIFACTS}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** The texts drawn in the view's downloaded SVG (the page needs `acceptDownloads`). */
export async function svgTexts(page) {
  const svg = await downloadText(page, 'svg');
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent.trim());
  }, svg);
}
