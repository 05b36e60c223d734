// A banner where the room looks, for every initiative realised (in Doen too, not only in Vieren & Leren).
import { html } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';

export interface Celebration { id: string; title: string; teams: string; cp: number }

export const celebrationBanners = (items: Celebration[]) => html`<div class="celebration-banners" role="status" aria-live="polite">${
  repeat(items, (c) => c.id, (c) => html`<div class="celebration-banner">
    <span class="celebration-icon">${svgIcon(ICONS.sparkles)}</span>
    <div><div class="celebration-title">${ui('celebrate.title')} <b>${c.title}</b></div>
    <div>${ui('celebrate.by', { teams: c.teams })} · +${c.cp} ${ui('tracks.cp')}</div></div></div>`)}</div>`;
