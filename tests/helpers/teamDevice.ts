// A team device in a real browser (puppeteer-core page, Chromium or Firefox): join a session, create or choose
// a team, read what the screen says. Used by the team-view browser tests.
import type { Page } from 'puppeteer-core';
import { createSession } from './api.ts';
import { ask, join, type GameRoomClient } from './server.ts';

export interface Session { code: string; key: string; roomId: string; facilitator: GameRoomClient; act(action: object): Promise<unknown> }

/** A session with a facilitator connected over the SDK (the tests move the phases with it). */
export async function openSession(url: string, settings: object = {}): Promise<Session> {
  const s = await createSession(url, settings);
  const facilitator = await join(url, s.roomId, { role: 'facilitator', key: s.key });
  const act = async (action: object) => {
    const answer = await ask(facilitator, 'facilitator', { key: s.key, action });
    if (!('ok' in answer)) throw new Error(`${JSON.stringify(action)} refused: ${JSON.stringify(answer.refused)}`);
    return answer;
  };
  return { ...s, facilitator, act };
}

/** Opens the join link and makes a new team (typing its name as a person does). */
export async function createTeam(page: Page, url: string, code: string, name: string) {
  await page.goto(`${url}/join/${code}`);
  await page.waitForSelector('#team-name');
  await page.type('#team-name', name, { delay: 15 });
  await page.click('form.card-form button[type=submit]');
  await page.waitForSelector('.team-view .task');
}

/** Opens the join link and joins an existing team by its name. */
export async function chooseTeam(page: Page, url: string, code: string, name: string) {
  await page.goto(`${url}/join/${code}`);
  await page.waitForSelector('.team-choice');
  await page.evaluate((n) => [...document.querySelectorAll<HTMLButtonElement>('.team-choice')].find((b) => b.textContent?.includes(n))?.click(), name);
  await page.waitForSelector('.team-view .task');
}

export const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

/** Waits until the task panel shows this phase (its label reads "Wat nu · Doen"). */
export async function waitForPhase(page: Page, phase: string, timeout = 15_000) {
  await page.waitForFunction((p) => document.querySelector('.task-label')?.textContent?.includes(p), { timeout, polling: 100 }, phase);
}

/** Waits until the facilitator's copy of the state holds. */
export async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not reached in time: ${check.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
