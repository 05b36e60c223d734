// Crash-safe persistence in the embedded SQLite of Node 24: sessions, their action logs and devices.
// Every accepted action is written here before it is acknowledged or broadcast.
import { mkdirSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Action } from '../shared/protocol/actions.ts';
import type { SessionSettings } from '../shared/protocol/session.ts';

export interface SessionRecord {
  code: string;
  roomId: string;
  keyHash: string;
  settings: SessionSettings;
  seed: number;
  createdAt: number;
  endedAt: number | null;
  timer: TimerRecord | null;
}

export interface TimerRecord {
  phaseKey: string;
  remainingMs: number;
  running: boolean;
}

export interface LoggedAction {
  seq: number;
  at: number;
  by: string;
  action: Action;
}

export class StoreError extends Error {}

export class SessionStore {
  private db: DatabaseSync;
  private statements = new Map<string, StatementSync>();

  /** Prepared once, reused: preparing costs more than the write itself on the hot path. */
  private sql(text: string): StatementSync {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  constructor(dataDir: string) {
    try {
      mkdirSync(dataDir, { recursive: true });
      accessSync(dataDir, constants.W_OK);
      this.db = new DatabaseSync(join(dataDir, 'gemeenschapskracht.sqlite'));
      this.db.exec(`
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS sessions (
          code TEXT PRIMARY KEY, room_id TEXT NOT NULL, key_hash TEXT NOT NULL, settings TEXT NOT NULL,
          seed INTEGER NOT NULL, created_at INTEGER NOT NULL, ended_at INTEGER, timer TEXT
        );
        CREATE TABLE IF NOT EXISTS actions (
          code TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, by TEXT NOT NULL, action TEXT NOT NULL,
          PRIMARY KEY (code, seq)
        );
        CREATE TABLE IF NOT EXISTS devices (
          code TEXT NOT NULL, token_hash TEXT NOT NULL, team TEXT, PRIMARY KEY (code, token_hash)
        );
      `);
      // A write at start-up: a full disk or a read-only folder fails here, not in the middle of a game.
      this.db.exec('CREATE TABLE IF NOT EXISTS probe (at INTEGER); DELETE FROM probe; INSERT INTO probe VALUES (1);');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`DATA_DIR ${dataDir} cannot be used for the game data: ${reason}`);
    }
  }

  createSession(s: Omit<SessionRecord, 'endedAt' | 'timer'>) {
    this.sql('INSERT INTO sessions (code, room_id, key_hash, settings, seed, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.code, s.roomId, s.keyHash, JSON.stringify(s.settings), s.seed, s.createdAt);
  }

  appendAction(code: string, entry: LoggedAction) {
    this.sql('INSERT INTO actions (code, seq, at, by, action) VALUES (?, ?, ?, ?, ?)').run(code, entry.seq, entry.at, entry.by, JSON.stringify(entry.action));
  }

  saveTimer(code: string, timer: TimerRecord | null) {
    this.sql('UPDATE sessions SET timer = ? WHERE code = ?').run(timer ? JSON.stringify(timer) : null, code);
  }

  markEnded(code: string, at: number) {
    this.sql('UPDATE sessions SET ended_at = ? WHERE code = ? AND ended_at IS NULL').run(at, code);
  }

  setDeviceTeam(code: string, tokenHash: string, team: string | null) {
    this.sql('INSERT INTO devices (code, token_hash, team) VALUES (?, ?, ?) ON CONFLICT (code, token_hash) DO UPDATE SET team = excluded.team').run(code, tokenHash, team);
  }

  deviceTeam(code: string, tokenHash: string): string | null {
    const row = this.sql('SELECT team FROM devices WHERE code = ? AND token_hash = ?').get(code, tokenHash) as { team: string | null } | undefined;
    return row?.team ?? null;
  }

  session(code: string): SessionRecord | null {
    const row = this.sql('SELECT * FROM sessions WHERE code = ?').get(code) as Record<string, unknown> | undefined;
    return row ? toRecord(row) : null;
  }

  actions(code: string): LoggedAction[] {
    const rows = this.sql('SELECT seq, at, by, action FROM actions WHERE code = ? ORDER BY seq').all(code) as Record<string, unknown>[];
    return rows.map((r) => ({ seq: Number(r.seq), at: Number(r.at), by: String(r.by), action: JSON.parse(String(r.action)) as Action }));
  }

  unfinishedSessions(): SessionRecord[] {
    return (this.sql('SELECT * FROM sessions WHERE ended_at IS NULL').all() as Record<string, unknown>[]).map(toRecord);
  }

  codeInUse(code: string): boolean {
    return this.sql('SELECT 1 FROM sessions WHERE code = ?').get(code) !== undefined;
  }

  /** Deletes sessions older than the retention time (finished ones by their end, others by their start). */
  purgeExpired(now: number, retentionMs: number): number {
    const cutoff = now - retentionMs;
    const old = this.sql('SELECT code FROM sessions WHERE COALESCE(ended_at, created_at) < ?').all(cutoff) as { code: string }[];
    for (const { code } of old) {
      for (const table of ['actions', 'devices', 'sessions']) this.sql(`DELETE FROM ${table} WHERE code = ?`).run(code);
    }
    return old.length;
  }

  close() {
    if (this.db.isOpen) this.db.close();
  }
}

function toRecord(row: Record<string, unknown>): SessionRecord {
  return {
    code: String(row.code),
    roomId: String(row.room_id),
    keyHash: String(row.key_hash),
    settings: JSON.parse(String(row.settings)) as SessionSettings,
    seed: Number(row.seed),
    createdAt: Number(row.created_at),
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
    timer: row.timer ? (JSON.parse(String(row.timer)) as TimerRecord) : null,
  };
}
