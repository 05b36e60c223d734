// The game's vocabulary, defined once and reused by zod enums, the engine and the clients.

export const TOKEN_TYPES = ['energie', 'handen', 'netwerk', 'geld'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type Tokens = Record<TokenType, number>;

export const VALUE_DOMAINS = ['zorg', 'energie', 'groen', 'cultuur', 'onderwijs', 'inclusie', 'werk', 'inkomen', 'wonen'] as const;
export type ValueDomain = (typeof VALUE_DOMAINS)[number];

export const LOCATION_TYPES = [
  'buurthuis', 'school', 'kerk', 'cafe', 'groen', 'plein', 'woning', 'dak', 'boerderij', 'sport',
] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const INITIATIVE_SIZES = ['small', 'medium', 'big'] as const;
export type InitiativeSize = (typeof INITIATIVE_SIZES)[number];

/**
 * Themes a dilemma card is about: facilitators choose a deck by them, and cards:check reports how well they are
 * covered. regels: rules and paperwork (permits, AVG, VOG, ANBI); democratie: who decides, inside the cooperative.
 */
export const THEMES = [
  'wonen', 'zorg', 'ouderen', 'jongeren', 'energie', 'groen', 'geld', 'overheid', 'vrijwilligers', 'inclusie',
  'regels', 'democratie',
] as const;
export type Theme = (typeof THEMES)[number];

export const DILEMMA_KINDS = ['gedoe', 'positiespel'] as const;
export type DilemmaKind = (typeof DILEMMA_KINDS)[number];

/** afsluiten: the closing reflection after the last round, before the game ends. */
export const PHASES = ['lobby', 'ontmoeten', 'doen', 'gedoe', 'vieren', 'afsluiten', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Effect ids of the 18 principle cards (docs/rules.md, "Principle cards"). The number is the principle's number. */
export const PRINCIPLE_EFFECTS = [
  'geld-als-energie', 'trekker-handen-dubbel', 'moeite-waard', 'wereldproblemen-dichtbij', 'vier-successen',
  'energie-zoeken', 'alle-talenten', 'dialoog', 'betaalde-kracht', 'doen-niet-praten', 'leren',
  'verbindend-weefsel', 'cooperatie-verbinder', 'buurttop', 'partnerschap', 'team-in-vertrouwen',
  'transparant', 'meervoudig-verdienmodel',
] as const;
export type PrincipleEffect = (typeof PRINCIPLE_EFFECTS)[number];


/** How a dilemma picks the team that must answer it when it targets one team. */
export const TEAM_RULES = ['most-cp', 'most-tokens', 'fewest-tokens', 'most-initiatives', 'lowest-energie'] as const;
export type TeamRule = (typeof TEAM_RULES)[number];

/** How a dilemma picks the initiative it is about; that initiative's trekker answers it. */
export const INITIATIVE_RULES = ['most-progress', 'newest-realised', 'biggest'] as const;
export type InitiativeRule = (typeof INITIATIVE_RULES)[number];

/** Okabe–Ito: eight colours that stay apart for colour-blind eyes (black needs a light outline on dark ground). */
export const TEAM_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;
/** One icon per team, so a team is told apart by shape as well as colour. */
export const TEAM_ICONS = ['sun', 'leaf', 'home', 'heart', 'star', 'bike', 'flower', 'bird'] as const;
export type TeamIcon = (typeof TEAM_ICONS)[number];

export const NO_TOKENS: Readonly<Tokens> = Object.freeze({ energie: 0, handen: 0, netwerk: 0, geld: 0 });
