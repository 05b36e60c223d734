// Why the server (not the rules) refuses a join, a request or a message: a closed vocabulary beside the
// engine's RULE_ERRORS. Each code is the key of its text in shared/i18n (errors.<code>, NL and EN).
export const SERVER_ERRORS = [
  'alreadyInTeam', 'askFacilitatorToMove', 'badJoin', 'badMessage', 'badRequest', 'badSettings', 'deckInvalid',
  'facilitatorOnly', 'noMoveRequest', 'noTeamYet', 'noTimer', 'notATeamDevice', 'notFound', 'notStored', 'oneTeamPerDevice',
  'originNotAllowed', 'roomFull', 'serverError', 'storeFailed', 'teamFull', 'teamIsBot', 'teamsClosed',
  'tooLarge', 'tooManyAttempts', 'tooManySessions', 'unknownCode', 'unknownDevice', 'unknownFormat',
  'unknownRoom', 'unknownTeam', 'wrongKey',
] as const;
export type ServerCode = (typeof SERVER_ERRORS)[number];
