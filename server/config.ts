// Configuration by environment variables, each with its default (documented in the README).
import { readFileSync } from 'node:fs';

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  seatHoldSeconds: number;
  retentionDays: number;
  allowedOrigins: string[];
  redisUrl: string | undefined;
  publicAddress: string | undefined;
  botDelayMs: number;
  joinAttemptsPerMinute: number;
  /** Which proxies' X-Forwarded-For is believed (Express "trust proxy" values); none by default. */
  trustProxy: string[];
  maxDevicesPerTeam: number;
  maxObservers: number;
  /** Team devices that have not picked a team yet. */
  maxUnseatedDevices: number;
  sessionsPerHourPerAddress: number;
  sessionsPerHour: number;
  /** A session that never started is removed after this many hours. */
  unstartedHours: number;
  version: string;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

const list = (raw: string | undefined) => (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env, 'PORT', 2567, 0, 65535),
    host: env.HOST || undefined,
    dataDir: env.DATA_DIR || './data',
    seatHoldSeconds: int(env, 'SEAT_HOLD_SECONDS', 600, 5, 86_400),
    retentionDays: int(env, 'RETENTION_DAYS', 30, 1, 3650),
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    redisUrl: env.REDIS_URL || undefined,
    publicAddress: env.PUBLIC_ADDRESS || undefined,
    botDelayMs: int(env, 'BOT_DELAY_MS', 800, 0, 60_000),
    joinAttemptsPerMinute: int(env, 'JOIN_ATTEMPTS_PER_MINUTE', 10, 1, 10_000),
    trustProxy: list(env.TRUST_PROXY),
    maxDevicesPerTeam: int(env, 'MAX_DEVICES_PER_TEAM', 8, 1, 50),
    maxObservers: int(env, 'MAX_OBSERVERS', 50, 0, 500),
    maxUnseatedDevices: int(env, 'MAX_UNSEATED_DEVICES', 24, 1, 200),
    sessionsPerHourPerAddress: int(env, 'SESSIONS_PER_HOUR_PER_ADDRESS', 30, 1, 100_000),
    sessionsPerHour: int(env, 'SESSIONS_PER_HOUR', 600, 1, 1_000_000),
    unstartedHours: int(env, 'UNSTARTED_HOURS', 24, 1, 24 * 365),
    version,
  };
}
