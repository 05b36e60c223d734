// The illustrations of the value domains (our own SVGs), shown on initiative cards.

const urls = import.meta.glob('../../assets/domains/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const domainUrl = (domain: string) => urls[`../../assets/domains/${domain}.svg`] ?? '';
