// What a principle card does, in words, before it is played: its Doen effect and its "with a vote" effect,
// from shared/i18n (principleDoen.*, principleVote.*) with the numbers the rules use now (TUNING).
import { t } from '../i18n/index.ts';
import type { Language, PrincipleEffect } from '../vocabulary.ts';
import { playableInDoen } from './principles.ts';
import { TUNING } from './tuning.ts';

const P = TUNING.principle;

/** The numbers each text may name. */
const PARAMS: Record<string, number> = {
  energie: P.moeiteWaardEnergie, netwerk: P.moeiteWaardNetwerk, cp: P.wereldproblemenCP, price: P.betaaldeKrachtPrice, drop: P.doenNietPratenDrop,
  geld: P.partnerschapGeld,
};
const DOEN_PARAMS: Partial<Record<PrincipleEffect, Record<string, number>>> = {
  'geld-als-energie': { max: P.urgentieMaxGeld },
  'alle-talenten': { handen: P.talentenHanden },
  'verbindend-weefsel': { max: P.weefselMaxTokens },
  'meervoudig-verdienmodel': { max: P.verdienmodelMax },
};
const VOTE_PARAMS: Partial<Record<PrincipleEffect, Record<string, number>>> = {
  'trekker-handen-dubbel': { handen: P.regieVoteHanden },
  'energie-zoeken': { max: P.energieZoekenMax },
};

export interface PrincipleText {
  /** What playing it in Doen does; null when it only works with a vote. */
  doen: string | null;
  /** What it does when argued with a dilemma vote. */
  withVote: string;
}

export function principleText(effect: PrincipleEffect, language: Language): PrincipleText {
  return {
    doen: playableInDoen(effect) ? t(language, `principleDoen.${effect}`, { ...PARAMS, ...DOEN_PARAMS[effect] }) : null,
    withVote: t(language, `principleVote.${effect}`, { ...PARAMS, ...VOTE_PARAMS[effect] }),
  };
}
