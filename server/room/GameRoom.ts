// The game room: a thin adapter around the engine. Every message is parsed with its shared schema and handled
// by the message table; an accepted action is checked by the engine, written to the log, applied, mirrored
// into the synced state and sent at once. Seats, the clock and the bots live in their own files.
import { CloseCode, Room, SchemaSerializer, type AuthContext, type Client, type MessageContext } from '@colyseus/core';
import { check, legalActions, step, viewFor } from '../../shared/engine/index.ts';
import { summariseLegal } from '../../shared/protocol/legal-summary.ts';
import type { GameEvent, GameState, RuleError } from '../../shared/engine/types.ts';
import type { Action } from '../../shared/protocol/actions.ts';
import type { ServerCode } from '../../shared/protocol/refusals.ts';
import { JoinOptions, ROOM_MESSAGES, type Refusal, type RoomMessageType } from '../../shared/protocol/session.ts';
import { TUNING } from '../../shared/engine/tuning.ts';
import { originAllowed } from '../cors.ts';
import { codeMatches, hashSecret, sameSecret, secretMatches } from '../crypto.ts';
import { loadSession } from '../sessions.ts';
import { StoreError, type SessionRecord } from '../store.ts';
import { BotDriver } from './bots.ts';
import { PhaseClock, TICK_MS } from './clock.ts';
import { roomContext } from './context.ts';
import { HANDLERS, type Answer, type MessageHost } from './messages.ts';
import { mirror, setPeek } from './mirror.ts';
import { GameSchema } from './schema.ts';
import { GrowingSchemaSerializer } from './serializer.ts';
import { deviceId, Seats, type Seat } from './seats.ts';
import { phaseKey } from './timer.ts';

interface Auth {
  seat: Seat;
}

/** An observer that drops just joins again: its seat is held briefly, so observers cannot pile up. */
const OBSERVER_HOLD_SECONDS = 20;

export class GameRoom extends Room<{ state: GameSchema }> implements MessageHost {
  override state = new GameSchema();
  // Far above what a person taps, low enough that a flooding client is cut off within a second.
  override maxMessagesPerSecond = 40;
  override autoDispose = false;

  session!: SessionRecord;
  game!: GameState;
  seats!: Seats;
  phaseClock!: PhaseClock;
  private bots!: BotDriver;
  private seq = 0;

  /** Colyseus makes its schema serializer when the state is set: ours grows its full-state buffer with the state. */
  override setSerializer(serializer: Parameters<Room['setSerializer']>[0]) {
    super.setSerializer(serializer instanceof SchemaSerializer ? new GrowingSchemaSerializer() : serializer);
  }

  override async onCreate(options: { code: string; internal?: string }) {
    const { store, config, createToken } = roomContext();
    // Only the server creates rooms (sessions.ts); a create through the public routes ends here.
    if (typeof options?.internal !== 'string' || !sameSecret(options.internal, createToken)) throw new Error('rooms are created by the server only');
    const loaded = await loadSession(store, options.code);
    if (!loaded) throw new Error(`no session ${options.code}`);
    this.session = loaded.session;
    this.game = loaded.game;
    this.seq = loaded.log.at(-1)?.seq ?? 0;
    this.roomId = this.session.roomId;
    const caps = { perTeam: config.maxDevicesPerTeam, observers: config.maxObservers, unseated: config.maxUnseatedDevices };
    this.seats = new Seats(this.state, caps);
    this.maxClients = Seats.maxClients(caps, TUNING.maxTeams);
    this.phaseClock = PhaseClock.forSession(this.state.timer, this.session.settings, store, this.session.code);
    this.bots = new BotDriver({ game: () => this.game, apply: (a, by) => this.apply(a, by), later: (f, ms) => void this.clock.setTimeout(f, ms) }, this.game.seed, config.botDelayMs);
    const s = this.state;
    s.code = this.session.code;
    s.scenario = this.session.settings.scenario;
    s.language = this.session.settings.language;
    s.selfRun = this.session.settings.selfRun;
    s.mode = this.session.settings.mode ?? 'full';
    this.mirror();
    this.phaseClock.restore(this.game, this.session.timer);
    this.clock.setInterval(() => {
      if (this.phaseClock.onTick()) this.apply({ type: 'timeUp' }, 'clock');
    }, TICK_MS);
    for (const type of Object.keys(ROOM_MESSAGES) as RoomMessageType[]) {
      this.onMessage(type, (client, message, ctx) => this.dispatch(type, client, message, ctx));
    }
    this.onMessage('*', (client) => this.kick(client));
    this.bots.schedule();
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): Auth {
    const { config, store } = roomContext();
    if (!originAllowed(context.headers?.get('origin') ?? null, context.headers?.get('host') ?? null, config.allowedOrigins)) {
      throw new Error('originNotAllowed');
    }
    const parsed = JoinOptions.safeParse(options);
    if (!parsed.success) throw new Error('badJoin');
    const o = parsed.data;
    if (o.role === 'facilitator') {
      if (!secretMatches(o.key, this.session.keyHash)) throw new Error('wrongKey');
      return { seat: { role: 'facilitator' } };
    }
    // The join code is the ticket for every other seat.
    if (!codeMatches(o.code, this.session.code)) throw new Error('unknownCode');
    let seat: Seat = { role: 'observer' };
    if (o.role === 'team') {
      const tokenHash = hashSecret(o.deviceToken);
      const stored = store.device(this.session.code, tokenHash);
      const team = stored.team && this.game.teams.some((t) => t.id === stored.team && !t.removed) ? stored.team : null;
      seat = { role: 'team', tokenHash, team, created: stored.created };
    }
    const full = this.seats.admit(seat);
    if (full) throw new Error(full);
    return { seat };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth) {
    this.seats.join(client, auth.seat);
    client.send('welcome', this.welcome(client, auth.seat));
    this.broadcastPatch();
  }

  /**
   * Who this connection is, and the last action the log holds from this device (or the facilitator): after a
   * crash or a lost answer the device learns whether what it sent last was stored.
   */
  private welcome(client: Client, seat: Seat) {
    const by = seat.role === 'team' ? deviceId(seat.tokenHash) : seat.role === 'facilitator' ? 'facilitator' : null;
    const last = by ? roomContext().store.lastActionBy(this.session.code, by) : null;
    return {
      role: seat.role,
      team: seat.role === 'team' ? seat.team : null,
      sessionId: client.sessionId,
      lastAction: last ? { seq: last.seq, type: last.type } : null,
      actionsStored: last?.count ?? 0,
    };
  }

  override async onDrop(client: Client, code?: number) {
    // Cut off by the room itself (flooding, garbage), or replaced by the same device: no seat is held.
    if (code === CloseCode.WITH_ERROR || this.seats.isReplaced(client.sessionId)) return;
    const seat = this.seats.get(client.sessionId);
    const { seatHoldSeconds } = roomContext().config;
    const hold = this.allowReconnection(client, seat?.role === 'observer' ? Math.min(OBSERVER_HOLD_SECONDS, seatHoldSeconds) : seatHoldSeconds);
    this.seats.drop(client.sessionId, hold);
    this.broadcastPatch();
    try {
      await hold;
    } catch {
      // The hold time ran out, the seat was given away, or the room is closing: onLeave follows.
    }
  }

  override onReconnect(client: Client) {
    this.seats.reconnect(client);
    const seat = this.seats.get(client.sessionId);
    if (seat) client.send('welcome', this.welcome(client, seat));
    this.broadcastPatch();
  }

  override onLeave(client: Client) {
    this.seats.leave(client.sessionId);
    this.broadcastPatch();
  }

  override onUncaughtException(error: Error, method: string) {
    console.error(`[room ${this.session?.code}] ${method}: ${error.stack ?? error.message}`);
  }

  // ── messages ──────────────────────────────────────────────────────────

  private dispatch(type: RoomMessageType, client: Client, message: unknown, ctx: MessageContext) {
    const parsed = ROOM_MESSAGES[type].safeParse(message);
    const answer: Answer = parsed.success
      ? (HANDLERS[type] as (h: MessageHost, c: Client, s: Seat | undefined, d: unknown) => Answer)(this, client, this.seats.get(client.sessionId), parsed.data)
      : { refused: { code: 'badMessage' } };
    if ('refused' in answer) {
      if (ctx?.id === undefined) client.send('refused', answer.refused);
      return ctx?.reject(answer.refused);
    }
    return answer;
  }

  /** Only for input that is not a message at all: everything with a shape gets a refusal instead. */
  private kick(client: Client) {
    client.leave(4002, 'badMessage');
  }

  seat(sessionId: string, team: string, created = false): Refusal | null {
    const seat = this.seats.get(sessionId);
    if (seat?.role !== 'team') return { code: 'unknownDevice' };
    if (seat.team !== team && !this.seats.roomInTeam(team, seat.tokenHash)) return { code: 'teamFull' };
    try {
      const { store } = roomContext();
      if (created) store.setDeviceCreated(this.session.code, seat.tokenHash, team);
      else store.setDeviceTeam(this.session.code, seat.tokenHash, team);
    } catch (error) {
      if (error instanceof StoreError) return { code: 'storeFailed' };
      throw error;
    }
    if (created) seat.created = team;
    for (const id of this.seats.sessionsOf(seat.tokenHash)) this.seats.seatIn(id, team);
    this.broadcastPatch();
    return null;
  }

  changed() {
    this.broadcastPatch();
  }

  // ── the one path every action takes ───────────────────────────────────

  /**
   * Check, log (before anyone hears of it), apply, mirror, send. Returns the refusal when refused.
   * The room owns its game, so the engine changes it in place. A refused action or a failed write changes nothing.
   */
  apply(action: Action, by: string): Refusal | null {
    const refused = check(this.game, action);
    if (refused) return refused;
    const entry = { seq: this.seq + 1, at: Date.now(), by, action };
    const { store } = roomContext();
    try {
      store.appendAction(this.session.code, entry);
      if (this.game.phase === 'lobby' && action.type === 'start') store.markStarted(this.session.code, entry.at);
    } catch (error) {
      if (error instanceof StoreError) {
        console.error(`[room ${this.session.code}] action refused, not stored: ${error.message}`);
        return { code: 'storeFailed' satisfies ServerCode };
      }
      throw error;
    }
    this.seq = entry.seq;
    const before = phaseKey(this.game);
    const events: GameEvent[] = [];
    step(this.game, action, events);
    this.mirror();
    this.phaseClock.follow(this.game, before);
    if (this.game.phase === 'ended') {
      try {
        store.markEnded(this.session.code, Date.now());
      } catch {
        // reported by /health; the end is in the log all the same
      }
    }
    this.broadcastPatch();
    this.sendEvents(events);
    this.bots.schedule();
    return null;
  }

  private sendEvents(events: GameEvent[]) {
    const open = events.filter((e) => !('private' in e));
    if (open.length > 0) this.broadcast('events', open);
    for (const e of events) {
      if (!('private' in e)) continue;
      for (const client of this.seats.clientsSeeing(e.private as string)) client.send('events', [e]);
    }
  }

  private mirror() {
    mirror(this.state, viewFor(this.game, 'facilitator'), { onPrivateAdded: (team) => this.seats.privateAdded(team) });
    for (const team of this.game.teams) {
      setPeek(this.state, team.id, team.peek);
      // Highlights are for people: bot teams and removed teams need none.
      if (team.bot || team.removed) continue;
      const item = this.state.privates.get(team.id);
      const legal = JSON.stringify(summariseLegal(legalActions(this.game, team.id, { offers: false })));
      if (item && item.legal !== legal) item.legal = legal;
    }
    this.state.selfRun = this.session.settings.selfRun;
    this.seats?.count();
  }
}
