// The browser-test harness itself: both engines start, axe-core finds a real violation and passes a clean page,
// and the clipping check tells a panel that overflows from one that fits.
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { clippedPanels, ENGINES, launchBrowser, newDevice, seriousA11yViolations } from './helpers/browser.ts';

const PAGE = (body: string) => `data:text/html,${encodeURIComponent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>Test</h1>${body}</main></body></html>`)}`;

describe.each(ENGINES)('the browser harness in %s', (engine) => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('finds an unlabelled dropdown (critical), passes a labelled one, and sees which panel clips', async () => {
    browser = await launchBrowser(engine);
    const page = await newDevice(browser, { width: 390, height: 844 });
    await page.goto(PAGE('<select><option>1</option></select>'));
    expect((await seriousA11yViolations(page)).map((v) => v.id)).toContain('select-name');
    await page.goto(PAGE('<label for="s">Amount</label><select id="s"><option>1</option></select>'));
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(PAGE('<div id="fits" style="height:100px;overflow:auto"><p>short</p></div><div id="clips" style="height:40px;overflow:auto"><p>a</p><p>b</p><p>c</p></div>'));
    const clips = await clippedPanels(page, ['#fits', '#clips', '#absent']);
    expect(clips.map((c) => c.selector)).toEqual(['#clips']);
    expect(clips[0]!.scrollHeight).toBeGreaterThan(clips[0]!.clientHeight);
  }, 60_000);
});
