// The numbers the rulebook (docs/spelregels.md, docs/rules.md) marks "(afstelling)" / "(tuning)". The balance simulation (npm run simulate) is how they were chosen.
import type { Tokens } from '../vocabulary.ts';

export const TUNING = {
  /** Ontmoeten: every team's basic income. */
  income: { energie: 2, handen: 2, netwerk: 1, geld: 0 } satisfies Tokens,
  drawPerRound: 3,
  handLimit: 4,
  marketSize: 4,
  principlesPerRound: 2,
  maxTeams: 8,
  roundsDefault: 5,
  roundsMin: 3,
  roundsMax: 8,
  trustStart: 5,
  trustMax: 10,
  /** Vertrouwen at or below this: every positiespel option costs 1 Geld or 1 Netwerk more. */
  trustLow: 2,
  /** Vertrouwen at or above this: a big initiative needs one funding team less. */
  trustHigh: 8,
  /** A dilemma moves Vertrouwen by at most this much, however many teams answer it. */
  trustSwingPerDilemma: 2,
  bigFundersNeeded: 2,
  newDomainBonus: 2,
  coFunderBonus: 2,
  /** A co-funder earns the bonus with at least this many tokens, or this fraction of the cost when that is less. */
  coFunderShare: { tokens: 2, fraction: 0.25 },
  celebrationEnergie: 1,
  maxOpenTradesPerTeam: 3,
  principle: {
    moeiteWaardEnergie: 2,
    /** Principle 3: people who find it worth it bring others along (with Energie only, the deck won 2.4 points more without it). */
    moeiteWaardNetwerk: 1,
    wereldproblemenCP: 2,
    talentenHanden: 2,
    /**
     * Principle 1: Energie pays the Geld of an initiative costing at most this much Geld (measured: the zonnedaken,
     * 4 Geld and a Geld yield, paid with Energie made the card worth 10 points where the others are worth 0-3).
     */
    urgentieMaxGeld: 2,
    /** Principle 9's price, in Geld and (for what Geld lacks) Netwerk: a price the game can pay (at 2 the deck won more without it). */
    betaaldeKrachtPrice: 1,
    doenNietPratenDrop: 2,
    partnerschapGeld: 1,
    weefselMaxTokens: 2,
    /** Principle 2 with a vote: Handen for the team that takes the lead. */
    regieVoteHanden: 1,
    /** Principle 6 with a vote: at most this much Energie from the teams that voted the same. */
    energieZoekenMax: 2,
    /**
     * Principle 18: at most this many tokens, one per value domain of the team's realised initiatives. Geld is the
     * scarce token (no income): measured, every Geld it gave was worth about 4 points of win rate (at 3: +15).
     */
    verdienmodelMax: 1,
  },
} as const;
