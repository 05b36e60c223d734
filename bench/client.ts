// The web client in headless Chromium: JavaScript each view loads (gzip), time from opening the join link
// to the first interactive frame, and the projector's steady frame time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { ensureClientBuilt } from '../server/build-client.ts';
import { CLIENT_DIST } from '../server/http.ts';
import { browserContext } from '../tests/helpers/browser.ts';
import { createSession } from '../tests/helpers/api.ts';
import { spawnServer } from '../tests/helpers/process.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** JavaScript the page loaded from our server: bytes on the wire (as the server sent them, brotli for Chromium)
 * and, for comparison with earlier figures, gzip sizes; in KB. */
function watchScripts(page: Page) {
  const transfers: Promise<number>[] = [];
  const files = new Set<string>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.endsWith('.js')) return;
    files.add(url.pathname);
    transfers.push(r.finished().then(() => r.request().sizes()).then((s) => s.responseBodySize));
  });
  return async () => ({
    transferredKB: round1((await Promise.all(transfers)).reduce((a, b) => a + b, 0) / 1024),
    gzipKB: round1([...files].reduce((sum, path) => sum + gzipSync(readFileSync(join(CLIENT_DIST, path))).length, 0) / 1024),
  });
}

export async function benchClient({ runs = 5, port = 32_610 } = {}) {
  ensureClientBuilt();
  const server = await spawnServer(port, mkdtempSync(join(tmpdir(), 'gk-bench-client-')));
  try {
    const { code, key } = await createSession(server.url, { rounds: 5 });

    // Projector: JS loaded and steady frame time (rAF intervals over 3 s with the board running).
    const projector = await browserContext({ width: 1920, height: 1080 });
    const pp = await projector.newPage();
    const projectorJs = watchScripts(pp);
    await pp.goto(`${server.url}/facilitate/${code}#key=${key}`);
    await pp.waitForSelector('canvas');
    await pp.waitForTimeout(1000);
    const frames = await pp.evaluate(() => new Promise<number[]>((resolve) => {
      const times: number[] = [];
      let last = performance.now();
      const tick = (now: number) => {
        times.push(now - last);
        last = now;
        if (times.length < 180) requestAnimationFrame(tick);
        else resolve(times.slice(10));
      };
      requestAnimationFrame(tick);
    }));
    const projectorScripts = await projectorJs();
    await projector.close();

    // Team view: from opening /join/CODE to the first interactive frame (the team form ready to type in,
    // then, for a device that has a team, the team view with its board drawn).
    const joinTimes: number[] = [];
    let teamViewScripts = { transferredKB: 0, gzipKB: 0 };
    for (let i = 0; i < runs; i++) {
      const tablet = await browserContext({ width: 1024, height: 768 });
      const page = await tablet.newPage();
      const js = watchScripts(page);
      const started = Date.now();
      await page.goto(`${server.url}/join/${code}`);
      await page.waitForSelector('#team-name:enabled');
      joinTimes.push(Date.now() - started);
      if (i === 0) {
        await page.fill('#team-name', `Team ${i}`);
        await page.click('button[type=submit]');
        await page.waitForSelector('.team-view canvas');
        await page.waitForTimeout(500);
        teamViewScripts = await js();
      }
      await tablet.close();
    }
    return {
      teamViewJsKB: teamViewScripts.transferredKB,
      teamViewJsGzipKB: teamViewScripts.gzipKB,
      projectorJsKB: projectorScripts.transferredKB,
      projectorJsGzipKB: projectorScripts.gzipKB,
      joinToInteractiveMs: median(joinTimes),
      joinRuns: runs,
      projectorFrameMs: { median: round1(median(frames)), p95: round1([...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]!) },
    };
  } finally {
    await server.kill('SIGTERM');
  }
}
