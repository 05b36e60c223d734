// Headless Chromium (Debian's package) driven by playwright-core, with a fresh profile per context.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function browserContext(viewport: { width: number; height: number }, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gk-chromium-')), {
    executablePath: CHROMIUM, args: ARGS, viewport, reducedMotion: options.reducedMotion ?? 'no-preference', acceptDownloads: true,
  });
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
