import type { BotKind } from '../protocol/actions.ts';
import { randomBot } from './random-bot.ts';
import { sensibleBot } from './sensible-bot.ts';
import type { Bot } from './types.ts';

export const BOTS: Record<BotKind, Bot> = { sensible: sensibleBot, random: randomBot };
export type { Bot };
