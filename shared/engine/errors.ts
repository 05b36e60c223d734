// Why the rules refuse an action: a closed vocabulary. Each code is also the key of its text in
// shared/i18n (errors.<code>, NL and EN; a test checks that every code has both).
export const RULE_ERRORS = [
  'alreadyActive', 'alreadyClaimed', 'alreadyPaused', 'alreadyRealised', 'alreadyStarted', 'bonusGiven',
  'cardNotInHand', 'chooseInitiativeAndLocation', 'chooseOption', 'chooseOtherTeam', 'chooseTokenType',
  'dilemmaHasNoTarget', 'dilemmaNotAvailable', 'duplicateCard', 'fundItFirst', 'gameOver', 'initiativePaused',
  'locationDoesNotFit', 'locationTaken', 'nameEmpty', 'nameTaken', 'needsCoFunders', 'needsCoFunding', 'needsEnergieOrGroen',
  'needsSmallInitiative', 'needsTalkOption', 'needsTwoDomains', 'noCardsLeft', 'noTeams', 'noVoteYet',
  'nobodyFundedYou', 'notEnoughTokens', 'notForBig', 'notInDiscard', 'notInMarket', 'notNeeded', 'notPaused', 'notStarted', 'notStuck',
  'notYourInitiative', 'nothingGiven', 'nothingToUndo', 'otherTeamLacksTokens', 'paused', 'playWithVote',
  'principleDoesNotApply', 'principleLimit', 'roundsOutOfRange', 'swapSameCount', 'teamRemoved', 'textTooLong',
  'tooMuchGeld', 'tooManyOffers', 'tooManyTeams', 'tradeNeedsBothSides', 'unknownInitiative', 'unknownLocation', 'unknownOffer',
  'unknownOption', 'unknownScenario', 'unknownTeam', 'voteLocked', 'votesRevealed', 'votingStarted',
  'waitForVotes', 'wrongPhase',
] as const;
export type RuleCode = (typeof RULE_ERRORS)[number];

/** Why the rules refuse an action. The code is the translation key; params fill its placeholders. */
export interface RuleError {
  code: RuleCode;
  params?: Record<string, string | number>;
}

export const fail = (code: RuleCode, params?: RuleError['params']): RuleError => (params ? { code, params } : { code });
