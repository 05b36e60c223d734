// The illustrations of the value domains (our own SVGs), shown on initiative cards.
import { h } from './dom.ts';
import { ui } from './i18n.ts';

const urls = import.meta.glob('../../assets/domains/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const domainUrl = (domain: string) => urls[`../../assets/domains/${domain}.svg`] ?? '';

export const domainImage = (domain: string) =>
  h('img', { class: 'domain-art', src: domainUrl(domain), alt: ui(`domains.${domain}`), title: ui(`domains.${domain}`), width: 40, height: 40 });

/** An initiative's picture: the illustrations of the values it creates, side by side. */
export const initiativeArt = (domains: readonly string[]) => h('span', { class: 'initiative-art' }, ...domains.map(domainImage));
