// Crash-safe persistence in the embedded SQLite of Node 24: sessions, their action logs and devices.
// Every accepted action is written here before it is acknowledged or broadcast. A write that fails, or a
// database file that has gone from the folder, puts the store in a failed state: every later write is refused
// (nothing is acknowledged that is not stored) and /health reports the reason.
import { mkdirSync, accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Action } from '../shared/protocol/actions.ts';
import type { SessionSettings } from '../shared/protocol/session.ts';

export interface SessionRecord {
  code: string;
  roomId: string;
  keyHash: string;
  settings: SessionSettings;
  /** The game's 256-bit key (hex): never sent to any client. */
  seed: string;
  createdAt: number;
  startedAt: number | null;
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
  private file: string;
  private inode = 0;
  private failure: string | null = null;

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
      this.file = join(dataDir, 'gemeenschapskracht.sqlite');
      this.db = new DatabaseSync(this.file);
      this.db.exec(`
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS sessions (
          code TEXT PRIMARY KEY, room_id TEXT NOT NULL, key_hash TEXT NOT NULL, settings TEXT NOT NULL,
          seed TEXT NOT NULL, created_at INTEGER NOT NULL, ended_at INTEGER, timer TEXT, started_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS sessions_room ON sessions (room_id);
        CREATE TABLE IF NOT EXISTS actions (
          code TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, by TEXT NOT NULL, action TEXT NOT NULL,
          PRIMARY KEY (code, seq)
        );
        CREATE TABLE IF NOT EXISTS devices (
          code TEXT NOT NULL, token_hash TEXT NOT NULL, team TEXT, created TEXT, PRIMARY KEY (code, token_hash)
        );
      `);
      // Databases from before these columns existed.
      for (const [table, column] of [['sessions', 'started_at INTEGER'], ['devices', 'created TEXT']] as const) {
        const have = (this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
        if (!have.includes(column.split(' ')[0]!)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column}`);
      }
      // A write at start-up: a full disk or a read-only folder fails here, not in the middle of a game.
      this.db.exec('CREATE TABLE IF NOT EXISTS probe (at INTEGER); DELETE FROM probe; INSERT INTO probe VALUES (1);');
      this.inode = statSync(this.file).ino;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`DATA_DIR ${dataDir} cannot be used for the game data: ${reason}`);
    }
  }

  /** Why the store cannot be written, or null when it is fine. Also notices a database file that has gone. */
  problem(): string | null {
    if (this.failure) return this.failure;
    let inode = -1;
    try {
      inode = statSync(this.file).ino;
    } catch {
      // gone
    }
    if (inode !== this.inode) this.failure = `the database file ${this.file} has been removed or replaced`;
    return this.failure;
  }

  /** Every write goes through here: refused when the store has failed, and a failing write fails the store. */
  private write<T>(run: () => T): T {
    const problem = this.problem();
    if (problem) throw new StoreError(problem);
    try {
      return run();
    } catch (error) {
      this.failure = `a write to the database failed: ${error instanceof Error ? error.message : String(error)}`;
      throw new StoreError(this.failure);
    }
  }

  createSession(s: Omit<SessionRecord, 'endedAt' | 'timer' | 'startedAt'>) {
    this.write(() => this.sql('INSERT INTO sessions (code, room_id, key_hash, settings, seed, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.code, s.roomId, s.keyHash, JSON.stringify(s.settings), s.seed, s.createdAt));
  }

  appendAction(code: string, entry: LoggedAction) {
    this.write(() => this.sql('INSERT INTO actions (code, seq, at, by, action) VALUES (?, ?, ?, ?, ?)').run(code, entry.seq, entry.at, entry.by, JSON.stringify(entry.action)));
  }

  saveTimer(code: string, timer: TimerRecord | null) {
    this.write(() => this.sql('UPDATE sessions SET timer = ? WHERE code = ?').run(timer ? JSON.stringify(timer) : null, code));
  }

  markStarted(code: string, at: number) {
    this.write(() => this.sql('UPDATE sessions SET started_at = ? WHERE code = ? AND started_at IS NULL').run(at, code));
  }

  markEnded(code: string, at: number) {
    this.write(() => this.sql('UPDATE sessions SET ended_at = ? WHERE code = ? AND ended_at IS NULL').run(at, code));
  }

  setDeviceTeam(code: string, tokenHash: string, team: string | null) {
    this.write(() => this.sql('INSERT INTO devices (code, token_hash, team) VALUES (?, ?, ?) ON CONFLICT (code, token_hash) DO UPDATE SET team = excluded.team').run(code, tokenHash, team));
  }

  /** Remembers the team a device created: a device creates at most one. */
  setDeviceCreated(code: string, tokenHash: string, team: string) {
    this.write(() => this.sql('INSERT INTO devices (code, token_hash, team, created) VALUES (?, ?, ?, ?) ON CONFLICT (code, token_hash) DO UPDATE SET team = excluded.team, created = excluded.created').run(code, tokenHash, team, team));
  }

  device(code: string, tokenHash: string): { team: string | null; created: string | null } {
    const row = this.sql('SELECT team, created FROM devices WHERE code = ? AND token_hash = ?').get(code, tokenHash) as { team: string | null; created: string | null } | undefined;
    return { team: row?.team ?? null, created: row?.created ?? null };
  }

  /** The last action a device had accepted (by its id in the log), and how many it had in all. */
  lastActionBy(code: string, by: string): { seq: number; type: string; count: number } | null {
    const row = this.sql('SELECT MAX(seq) AS seq, COUNT(*) AS count FROM actions WHERE code = ? AND by = ?').get(code, by) as { seq: number | null; count: number };
    if (!row.seq) return null;
    const action = this.sql('SELECT action FROM actions WHERE code = ? AND seq = ?').get(code, row.seq) as { action: string };
    return { seq: Number(row.seq), type: (JSON.parse(action.action) as Action).type, count: Number(row.count) };
  }

  sessionByRoomId(roomId: string): SessionRecord | null {
    const row = this.sql('SELECT * FROM sessions WHERE room_id = ?').get(roomId) as Record<string, unknown> | undefined;
    return row ? toRecord(row) : null;
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

  /** Unfinished sessions with an action since this time: their rooms come back right after a restart. */
  activeSince(since: number): string[] {
    return (this.sql('SELECT DISTINCT a.code FROM actions a JOIN sessions s ON s.code = a.code WHERE s.ended_at IS NULL AND a.at >= ?').all(since) as { code: string }[]).map((r) => r.code);
  }

  codeInUse(code: string): boolean {
    return this.sql('SELECT 1 FROM sessions WHERE code = ?').get(code) !== undefined;
  }

  /**
   * Deletes sessions older than the retention time (finished ones by their end, others by their start) and
   * sessions that never started within `unstartedMs`. Returns the codes removed.
   */
  purgeExpired(now: number, retentionMs: number, unstartedMs = Infinity): { code: string; roomId: string }[] {
    const old = this.sql('SELECT code, room_id AS roomId FROM sessions WHERE COALESCE(ended_at, created_at) < ? OR (started_at IS NULL AND ended_at IS NULL AND created_at < ?)')
      .all(now - retentionMs, Number.isFinite(unstartedMs) ? now - unstartedMs : -1) as { code: string; roomId: string }[];
    if (old.length === 0) return [];
    this.write(() => {
      for (const { code } of old) {
        for (const table of ['actions', 'devices', 'sessions']) this.sql(`DELETE FROM ${table} WHERE code = ?`).run(code);
      }
    });
    return old.map((r) => ({ code: r.code, roomId: r.roomId }));
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
    seed: String(row.seed),
    createdAt: Number(row.created_at),
    startedAt: row.started_at === null || row.started_at === undefined ? null : Number(row.started_at),
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
    timer: row.timer ? (JSON.parse(String(row.timer)) as TimerRecord) : null,
  };
}
