// The first screens a room sees, at every size it uses: the start page (joining with a code on a phone or a
// tablet, creating a session on a laptop or the projector's computer) and the team picker after the join link.
// Nothing runs off the side, axe-core finds nothing serious, and a screenshot of each goes to artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { browserContext, PROJECTOR_SIZES, screenshot, seriousA11yViolations, TEAM_SIZES } from './helpers/browser.ts';
import { createSession } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({}, 25);
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

const SIZES = [...TEAM_SIZES, ...PROJECTOR_SIZES];

describe('the first screens at every size', () => {
  it('shows the start page and the team picker whole in width, without serious accessibility problems', async () => {
    const { code } = await createSession(server.url);
    const context = await browserContext(TEAM_SIZES[0]);
    const findings: string[] = [];
    try {
      const page = await context.newPage();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.goto(server.url);
        await page.waitForSelector('#create-session');
        await page.waitForSelector('#owncase-heading');
        const layout = await page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
          return { sideways: document.documentElement.scrollWidth > innerWidth, join: box('.start-join'), create: box('.start-create'), own: box('.start-owncase') };
        });
        if (layout.sideways) findings.push(`start ${size.name}: runs off the side`);
        // Side by side where there is room: joining and the own case on the left, the new session on the right.
        if (size.width >= 1000 && !(layout.own.right <= layout.create.left && layout.own.top < layout.create.bottom)) {
          findings.push(`start ${size.name}: the own case is not beside the new session (${JSON.stringify(layout)})`);
        }
        for (const v of await seriousA11yViolations(page)) findings.push(`start ${size.name}: ${v.impact} ${v.id} ${v.targets.join(' | ')}`);
        await screenshot(page, `start-${size.name}`);
      }
      for (const size of TEAM_SIZES) {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/join/${code}`);
        await page.waitForSelector('#team-name');
        if (await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)) findings.push(`picker ${size.name}: runs off the side`);
        for (const v of await seriousA11yViolations(page)) findings.push(`picker ${size.name}: ${v.impact} ${v.id} ${v.targets.join(' | ')}`);
        await screenshot(page, `pick-team-${size.name}`);
      }
      // The join form works from the keyboard: a code typed in small letters opens that session's join page.
      await page.goto(server.url);
      await page.fill('#join-code', code.toLowerCase());
      await page.press('#join-code', 'Enter');
      await page.waitForSelector('#team-name');
      expect(page.url()).toContain(`/join/${code}`);
    } finally {
      await context.close();
    }
    expect(findings).toEqual([]);
  }, 180_000);
});
