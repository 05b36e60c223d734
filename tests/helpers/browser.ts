// Real browsers for the browser tests.
// - Chromium through playwright-core (`browserContext`), with a fresh profile per context.
// - Chromium *and* Firefox ESR through puppeteer-core (`launchBrowser`, `newDevice`): one API for both engines,
//   Firefox driven over WebDriver BiDi with Debian's firefox-esr (no browser download).
// - Checks every page can run in either library: axe-core (`seriousA11yViolations`) and panel clipping (`clippedPanels`).
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The screens the room uses: landscape and portrait tablets, a phone, a remote laptop; the projector. */
export const TEAM_SIZES = [
  { name: 'tablet-1024x768', width: 1024, height: 768 },
  { name: 'tablet-768x1024', width: 768, height: 1024 },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'laptop-1366x768', width: 1366, height: 768 },
] as const;
export const PROJECTOR_SIZES = [
  { name: 'projector-1280x720', width: 1280, height: 720 },
  { name: 'projector-1920x1080', width: 1920, height: 1080 },
] as const;

export const ARTIFACTS = 'artifacts';

export async function browserContext(viewport: { width: number; height: number }, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gk-chromium-')), {
    executablePath: CHROMIUM, args: ARGS, viewport, reducedMotion: options.reducedMotion ?? 'no-preference', acceptDownloads: true,
  });
}

export type Engine = 'chromium' | 'firefox';
export const ENGINES: readonly Engine[] = ['chromium', 'firefox'];

/** Chromium (CDP) or Firefox ESR (WebDriver BiDi), headless, through puppeteer-core. Firefox starts in ≈ 5 s. */
export function launchBrowser(engine: Engine): Promise<Browser> {
  return engine === 'firefox'
    ? puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true })
    : puppeteer.launch({ browser: 'chrome', executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A device: a page in its own browser context, so it keeps its own local storage (device token, key). */
export async function newDevice(browser: Browser, viewport: { width: number; height: number }): Promise<PuppeteerPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  return page;
}

/** The part of a page both libraries share: evaluating a script given as text. */
interface Evaluating {
  evaluate(script: string): Promise<unknown>;
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface A11yViolation { id: string; impact: string; help: string; targets: string[] }

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now and returns the serious and
 * critical violations. Works in Chromium and Firefox, with playwright or puppeteer pages.
 */
export async function seriousA11yViolations(page: Evaluating, options: { exclude?: string[] } = {}): Promise<A11yViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Injected as script text (not a file or URL) so the page's own content security policy and origin do not matter.
  await page.evaluate(`(() => { if (window.axe) return; const s = document.createElement('script'); s.textContent = ${JSON.stringify(axeSource)}; document.head.append(s); })()`);
  const context = JSON.stringify({ exclude: (options.exclude ?? []).map((s) => [s]) });
  const result = (await page.evaluate(`window.axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => String(n.target)) })))`)) as A11yViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface Clip { selector: string; scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number }

/**
 * The key panels whose content does not fit their box (scrollHeight > clientHeight, or wider than the box),
 * or that reach below the bottom of the viewport. Panels not on the page are skipped; a test can assert they exist.
 */
export async function clippedPanels(page: Evaluating, selectors: string[]): Promise<Clip[]> {
  return (await page.evaluate(`(${JSON.stringify(selectors)}).flatMap((selector) => Array.from(document.querySelectorAll(selector))
    .filter((el) => el.getClientRects().length > 0)
    .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().bottom > innerHeight + 1)
    .map((el) => ({ selector, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth })))`)) as Clip[];
}

/** Saves a screenshot to artifacts/NAME.png and fails when it looks blank (a real screen is tens of kilobytes). */
export async function screenshot(page: { screenshot(options: { path: string }): Promise<unknown>; bringToFront?(): Promise<void> }, name: string, minBytes = 20_000): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png` as const;
  // A page in the background paints no frames (Firefox waits for one before it captures): bring it to the front.
  await page.bringToFront?.();
  await page.screenshot({ path });
  const size = statSync(path).size;
  if (size < minBytes) throw new Error(`${name} looks blank (${size} bytes)`);
  return path;
}

/** Counts the animation frames the page asks for (the board draws one per requested frame). */
export async function countAnimationFrames(context: BrowserContext) {
  await context.addInitScript(() => {
    const request = window.requestAnimationFrame.bind(window);
    const counter = window as unknown as { animationFrames: number };
    counter.animationFrames = 0;
    window.requestAnimationFrame = (callback) => {
      counter.animationFrames++;
      return request(callback);
    };
  });
}

/** How many animation frames the page asked for during the next `ms` milliseconds. */
export async function animationFramesDuring(page: Page, ms: number): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { animationFrames: number }).animationFrames);
  await page.waitForTimeout(ms);
  return (await page.evaluate(() => (window as unknown as { animationFrames: number }).animationFrames)) - before;
}

/**
 * Waits until every text shows on the projector, on whichever of its pages: a reveal may take two pages, and the
 * facilitator turns them with the arrow keys.
 */
export async function onSomePage(fp: Page, texts: string[], timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  for (;;) {
    const pages = await fp.evaluate(() => Number(document.querySelector('.page-mark')?.textContent?.match(/\d+\D+(\d+)/)?.[1] ?? 1));
    for (let i = 0; i < pages; i++) await fp.keyboard.press('ArrowLeft');
    seen = '';
    for (let i = 0; i < pages; i++) {
      seen += await fp.evaluate(() => document.body.textContent ?? '');
      await fp.keyboard.press('ArrowRight');
    }
    if (texts.every((t) => seen.includes(t))) return;
    if (Date.now() > deadline) throw new Error(`not on the projector: ${texts.filter((t) => !seen.includes(t)).join(' | ')}`);
    await fp.waitForTimeout(200);
  }
}
