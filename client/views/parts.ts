// Pieces several screens share: card titles, token words, messages, the language switch, a confirmation.
import { html, render } from 'lit-html';
import type { Deck } from '../../shared/cards/schema.ts';
import { TOKEN_TYPES, type Tokens } from '../../shared/vocabulary.ts';
import { local, tr, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';

export const tokenText = (tokens: Partial<Tokens>) =>
  TOKEN_TYPES.filter((t) => (tokens[t] ?? 0) > 0).map((t) => `${tokens[t]} ${tr(`tokens.${t}`)}`).join(', ');

export const cardTitle = (deck: Deck, principle: number) => {
  const card = deck.principles.find((p) => p.number === principle);
  return card ? `${principle}. ${local(card.title)}` : String(principle);
};

/** A team device's name for the whole session ("Tablet 3"), the same on the console and on the device itself. */
export const deviceName = (device: { number: number }) => ui('console.device', { n: device.number });

/** An element of the page's own, made once and kept (messages live outside every view's template). */
function fixedElement(id: string, make: (el: HTMLElement) => void, prepend = false): HTMLElement {
  let el = document.getElementById(id);
  if (!el) {
    el = document.createElement('div');
    el.id = id;
    make(el);
    if (prepend) document.body.prepend(el);
    else document.body.append(el);
  }
  return el;
}

/** A short message that goes away by itself; refusals and confirmations. Read out by screen readers. */
export function toast(message: string, kind: 'error' | 'info' = 'info') {
  const box = fixedElement('toasts', (el) => {
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
  });
  const item = document.createElement('div');
  item.className = `toast ${kind}`;
  item.textContent = message;
  box.append(item);
  setTimeout(() => item.remove(), 4500);
}

/** The "reconnecting…" banner: shown while offline, gone by itself when the connection is back. */
export function connectionBanner(status: 'online' | 'reconnecting' | 'lost') {
  if (status === 'online') {
    document.getElementById('connection-banner')?.remove();
    return;
  }
  const banner = fixedElement('connection-banner', (el) => el.setAttribute('role', 'alert'), true);
  render(html`${svgIcon(ICONS.wifiOff)}${status === 'lost' ? ui('connectionLost') : ui('reconnecting')}`, banner);
}

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const languageSwitch = (onChange: () => void) =>
  html`<button class="lang-switch" type="button" @click=${() => onChange()}>${ui('switchLanguage')}</button>`;

/** A confirmation in the page itself (not window.confirm): big buttons, readable, works on every tablet. */
export function confirmDialog(message: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'confirm';
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'confirm-title');
    const answer = (yes: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(yes);
    };
    const [title, ...lines] = message.split('\n');
    render(html`<h2 id="confirm-title">${title}</h2>${lines.map((line) => html`<p>${line}</p>`)}
      <div class="row">
        <button type="button" class="secondary" data-answer="no" @click=${() => answer(false)}>${no}</button>
        <button type="button" class="primary" data-answer="yes" @click=${() => answer(true)}>${yes}</button>
      </div>`, dialog);
    dialog.addEventListener('cancel', () => {
      dialog.remove();
      resolve(false);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
