// The game room: a thin adapter around the engine. Parse a message with the shared zod schemas, let the
// engine decide (check), write the accepted action to the log, mirror the result into the synced state,
// send the patch at once. Rules live in the engine only.
import { CloseCode, Room, type AuthContext, type Client, type MessageContext } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import { BOTS } from '../../shared/bots/index.ts';
import { check, legalActions, step, viewFor } from '../../shared/engine/index.ts';
import { summariseLegal } from '../../shared/protocol/legal-summary.ts';
import type { GameEvent, GameState, RuleError } from '../../shared/engine/types.ts';
import { TeamIntent, type Action } from '../../shared/protocol/actions.ts';
import {
  ChooseTeamMessage, CreateTeamMessage, FacilitatorMessage, JoinOptions, SelfRunMessage, type Refusal,
} from '../../shared/protocol/session.ts';
import { hashSecret, secretMatches } from '../crypto.ts';
import { loadSession } from '../sessions.ts';
import type { SessionRecord } from '../store.ts';
import { roomContext } from './context.ts';
import { mirror, setPeek } from './mirror.ts';
import { DeviceSchema, GameSchema, type TeamPrivateSchema } from './schema.ts';
import { phaseKey, startTimer, tick, timerSeconds } from './timer.ts';

type Seat =
  | { role: 'facilitator' }
  | { role: 'observer' }
  | { role: 'team'; tokenHash: string; team: string | null };

interface Auth {
  seat: Seat;
}

const TICK_MS = 1000;
const SAVE_TIMER_EVERY_TICKS = 2;

const refusal = (code: string, params?: Refusal['params']): Refusal => (params ? { code, params } : { code });

export class GameRoom extends Room<{ state: GameSchema }> {
  override state = new GameSchema();
  // Far above what a person taps, low enough that a flooding client is cut off within a second.
  override maxMessagesPerSecond = 40;
  override autoDispose = false;

  private session!: SessionRecord;
  private game!: GameState;
  private seq = 0;
  private seats = new Map<string, Seat>();
  private ticks = 0;
  private botRng = { rng: 1 };
  private botPending = false;

  override onCreate(options: { code: string }) {
    const { store } = roomContext();
    const loaded = loadSession(store, options.code);
    if (!loaded) throw new Error(`no session ${options.code}`);
    this.session = loaded.session;
    this.game = loaded.game;
    this.seq = loaded.log.at(-1)?.seq ?? 0;
    this.roomId = this.session.roomId;
    this.botRng = { rng: (this.session.seed ^ 0x5bd1e995) >>> 0 };
    const s = this.state;
    s.code = this.session.code;
    s.scenario = this.session.settings.scenario;
    s.language = this.session.settings.language;
    s.selfRun = this.session.settings.selfRun;
    this.mirror();
    this.restoreTimer();
    this.clock.setInterval(() => this.onTick(), TICK_MS);
    this.onMessage('intent', (client, message, ctx) => this.handleIntent(client, message, ctx));
    this.onMessage('facilitator', (client, message, ctx) => this.handleFacilitator(client, message, ctx));
    this.onMessage('selfRun', (client, message, ctx) => this.handleSelfRun(client, message, ctx));
    this.onMessage('createTeam', (client, message, ctx) => this.handleCreateTeam(client, message, ctx));
    this.onMessage('chooseTeam', (client, message, ctx) => this.handleChooseTeam(client, message, ctx));
    this.onMessage('*', (client) => this.kick(client));
    this.scheduleBots();
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): Auth {
    const { config } = roomContext();
    const origin = context.headers?.get('origin');
    if (origin && config.allowedOrigins.length > 0 && !config.allowedOrigins.includes(String(origin))) {
      throw new Error('origin not allowed');
    }
    const parsed = JoinOptions.safeParse(options);
    if (!parsed.success) throw new Error('badJoin');
    const o = parsed.data;
    if (o.role === 'facilitator') {
      if (!secretMatches(o.key, this.session.keyHash)) throw new Error('wrongKey');
      return { seat: { role: 'facilitator' } };
    }
    if (o.role === 'observer') return { seat: { role: 'observer' } };
    const tokenHash = hashSecret(o.deviceToken);
    return { seat: { role: 'team', tokenHash, team: roomContext().store.deviceTeam(this.session.code, tokenHash) } };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth) {
    client.view = new StateView();
    this.seats.set(client.sessionId, auth.seat);
    if (auth.seat.role === 'facilitator') {
      for (const item of this.state.privates.values()) client.view.add(item);
      client.view.add(this.state.facilitator.get('f')!);
    }
    if (auth.seat.role === 'team' && auth.seat.team) this.showTeamTo(client, auth.seat.team);
    const device = new DeviceSchema();
    device.role = auth.seat.role;
    device.team = auth.seat.role === 'team' ? (auth.seat.team ?? '') : '';
    this.state.devices.set(client.sessionId, device);
    this.countDevices();
    client.send('welcome', { role: auth.seat.role, team: auth.seat.role === 'team' ? auth.seat.team : null, sessionId: client.sessionId });
    this.broadcastPatch();
  }

  override async onDrop(client: Client, code?: number) {
    // Cut off by the room itself (flooding, garbage): no seat is held for it, the socket closes now.
    if (code === CloseCode.WITH_ERROR) return;
    const device = this.state.devices.get(client.sessionId);
    if (device) device.online = false;
    this.countDevices();
    this.broadcastPatch();
    try {
      await this.allowReconnection(client, roomContext().config.seatHoldSeconds);
    } catch {
      // The hold time ran out or the room is closing: onLeave follows.
    }
  }

  override onReconnect(client: Client) {
    const device = this.state.devices.get(client.sessionId);
    if (device) device.online = true;
    this.countDevices();
    this.broadcastPatch();
  }

  override onLeave(client: Client) {
    this.seats.delete(client.sessionId);
    this.state.devices.delete(client.sessionId);
    this.countDevices();
    this.broadcastPatch();
  }

  override onUncaughtException(error: Error, method: string) {
    console.error(`[room ${this.session?.code}] ${method}: ${error.stack ?? error.message}`);
  }

  // ── messages ──────────────────────────────────────────────────────────

  private handleIntent(client: Client, message: unknown, ctx: MessageContext) {
    const seat = this.seats.get(client.sessionId);
    const parsed = TeamIntent.safeParse(message);
    if (!parsed.success) return this.refuse(client, ctx, refusal('badMessage'));
    if (seat?.role !== 'team') return this.refuse(client, ctx, refusal('notATeamDevice'));
    if (!seat.team) return this.refuse(client, ctx, refusal('noTeamYet'));
    const error = this.apply({ ...parsed.data, team: seat.team }, `device:${client.sessionId}`);
    if (!error && parsed.data.type === 'vote') {
      // The team sees which of its devices cast the vote that counts.
      const item = this.state.privates.get(seat.team);
      if (item && item.vote) item.voteBy = client.sessionId;
      this.broadcastPatch();
    }
    return this.answer(client, ctx, error);
  }

  private handleFacilitator(client: Client, message: unknown, ctx: MessageContext) {
    const parsed = FacilitatorMessage.safeParse(message);
    if (!parsed.success) return this.refuse(client, ctx, refusal('badMessage'));
    if (!secretMatches(parsed.data.key, this.session.keyHash)) return this.refuse(client, ctx, refusal('wrongKey'));
    const action = parsed.data.action;
    if (action.type === 'extendTimer') {
      const timer = this.state.timer;
      if (!timer.phaseKey) return this.refuse(client, ctx, refusal('noTimer'));
      timer.remainingMs += action.seconds * 1000;
      timer.durationMs += action.seconds * 1000;
      this.saveTimer();
      this.broadcastPatch();
      return this.answer(client, ctx, null);
    }
    return this.answer(client, ctx, this.apply(action, 'facilitator'));
  }

  private handleSelfRun(client: Client, message: unknown, ctx: MessageContext) {
    const parsed = SelfRunMessage.safeParse(message);
    if (!parsed.success) return this.refuse(client, ctx, refusal('badMessage'));
    if (!this.session.settings.selfRun) return this.refuse(client, ctx, refusal('facilitatorOnly'));
    if (this.seats.get(client.sessionId)?.role !== 'team') return this.refuse(client, ctx, refusal('notATeamDevice'));
    return this.answer(client, ctx, this.apply({ type: parsed.data.action }, `device:${client.sessionId}`));
  }

  private handleCreateTeam(client: Client, message: unknown, ctx: MessageContext) {
    const seat = this.seats.get(client.sessionId);
    const parsed = CreateTeamMessage.safeParse(message);
    if (!parsed.success) return this.refuse(client, ctx, refusal('badMessage'));
    if (seat?.role !== 'team') return this.refuse(client, ctx, refusal('notATeamDevice'));
    const error = this.apply({ type: 'addTeam', ...parsed.data, bot: null }, `device:${client.sessionId}`);
    if (error) return this.refuse(client, ctx, error);
    const team = this.game.teams.at(-1)!.id;
    this.seat(client, seat, team);
    return this.answer(client, ctx, null, { team });
  }

  private handleChooseTeam(client: Client, message: unknown, ctx: MessageContext) {
    const seat = this.seats.get(client.sessionId);
    const parsed = ChooseTeamMessage.safeParse(message);
    if (!parsed.success) return this.refuse(client, ctx, refusal('badMessage'));
    if (seat?.role !== 'team') return this.refuse(client, ctx, refusal('notATeamDevice'));
    const team = this.game.teams.find((t) => t.id === parsed.data.team);
    if (!team || team.removed) return this.refuse(client, ctx, refusal('unknownTeam'));
    if (team.bot) return this.refuse(client, ctx, refusal('teamIsBot'));
    this.seat(client, seat, team.id);
    return this.answer(client, ctx, null, { team: team.id });
  }

  /** Puts a device in a team: it sees the team's hand from now on, also after a reload or a restart. */
  private seat(client: Client, seat: Extract<Seat, { role: 'team' }>, team: string) {
    if (seat.team && seat.team !== team) {
      const old = this.state.privates.get(seat.team);
      if (old) client.view?.remove(old);
    }
    seat.team = team;
    roomContext().store.setDeviceTeam(this.session.code, seat.tokenHash, team);
    this.showTeamTo(client, team);
    const device = this.state.devices.get(client.sessionId);
    if (device) device.team = team;
    this.countDevices();
    this.broadcastPatch();
  }

  private showTeamTo(client: Client, team: string) {
    const item = this.state.privates.get(team);
    if (item) client.view?.add(item);
  }

  /** Only for input that is not a message at all: everything with a shape gets a refusal instead. */
  private kick(client: Client) {
    client.leave(4002, 'badMessage');
  }

  private refuse(client: Client, ctx: MessageContext, reason: Refusal) {
    if (ctx?.id === undefined) client.send('refused', reason);
    return ctx?.reject(reason);
  }

  private answer(client: Client, ctx: MessageContext, error: RuleError | null, value: object = {}) {
    if (error) return this.refuse(client, ctx, error);
    return { ok: true, ...value };
  }

  // ── the one path every action takes ───────────────────────────────────

  /**
   * Check, log (before anyone hears of it), apply, mirror, send. Returns the rule error when refused.
   * The room owns its game, so the engine changes it in place: a copy of the whole state per action would live
   * just long enough to be promoted, and be left to a full GC. A refused action or a failed write changes nothing.
   */
  private apply(action: Action, by: string): RuleError | null {
    const refused = check(this.game, action);
    if (refused) return refused;
    const entry = { seq: this.seq + 1, at: Date.now(), by, action };
    roomContext().store.appendAction(this.session.code, entry);
    this.seq = entry.seq;
    const before = phaseKey(this.game);
    const events: GameEvent[] = [];
    step(this.game, action, events);
    this.afterChange(before, events);
    return null;
  }

  private afterChange(previousPhaseKey: string, events: GameEvent[]) {
    this.mirror();
    const key = phaseKey(this.game);
    const timer = this.state.timer;
    if (key !== previousPhaseKey) {
      startTimer(timer, key, timerSeconds(this.session.settings, key), this.game.paused);
      this.saveTimer();
    } else if (timer.phaseKey && timer.running === this.game.paused && timer.remainingMs > 0) {
      timer.running = !this.game.paused;
      this.saveTimer();
    }
    if (this.game.phase === 'ended') roomContext().store.markEnded(this.session.code, Date.now());
    this.broadcastPatch();
    this.sendEvents(events);
    this.scheduleBots();
  }

  private sendEvents(events: GameEvent[]) {
    const open = events.filter((e) => !('private' in e));
    if (open.length > 0) this.broadcast('events', open);
    for (const e of events) {
      if (!('private' in e)) continue;
      for (const client of this.clients) {
        const seat = this.seats.get(client.sessionId);
        if (seat?.role === 'facilitator' || (seat?.role === 'team' && seat.team === e.private)) client.send('events', [e]);
      }
    }
  }

  private mirror() {
    mirror(this.state, viewFor(this.game, 'facilitator'), { onPrivateAdded: (team, item) => this.onPrivateAdded(team, item) });
    for (const team of this.game.teams) {
      setPeek(this.state, team.id, team.peek);
      // Highlights are for people: bot teams and removed teams need none.
      if (team.bot || team.removed) continue;
      const item = this.state.privates.get(team.id);
      const legal = JSON.stringify(summariseLegal(legalActions(this.game, team.id, { offers: false })));
      if (item && item.legal !== legal) item.legal = legal;
    }
    this.state.selfRun = this.session.settings.selfRun;
  }

  /** A new team's private data must be added to the views of the facilitator and of its devices. */
  private onPrivateAdded(team: string, item: TeamPrivateSchema) {
    for (const client of this.clients) {
      const seat = this.seats.get(client.sessionId);
      if (seat?.role === 'facilitator' || (seat?.role === 'team' && seat.team === team)) client.view?.add(item);
    }
  }

  private countDevices() {
    for (const team of this.state.teams.values()) {
      let online = 0;
      let offline = 0;
      for (const d of this.state.devices.values()) {
        if (d.team !== team.id) continue;
        if (d.online) online++;
        else offline++;
      }
      if (team.devicesOnline !== online) team.devicesOnline = online;
      if (team.devicesOffline !== offline) team.devicesOffline = offline;
    }
  }

  // ── timers ────────────────────────────────────────────────────────────

  private restoreTimer() {
    const key = phaseKey(this.game);
    const saved = this.session.timer;
    const timer = this.state.timer;
    startTimer(timer, key, timerSeconds(this.session.settings, key), this.game.paused);
    if (saved && saved.phaseKey === key && timer.phaseKey) {
      timer.remainingMs = saved.remainingMs;
      timer.running = saved.running && !this.game.paused;
    }
  }

  private saveTimer() {
    const t = this.state.timer;
    roomContext().store.saveTimer(this.session.code, t.phaseKey ? { phaseKey: t.phaseKey, remainingMs: t.remainingMs, running: t.running } : null);
  }

  private onTick() {
    const expired = tick(this.state.timer, TICK_MS);
    if (expired) {
      this.apply({ type: 'timeUp' }, 'clock');
      return;
    }
    if (this.state.timer.running && ++this.ticks % SAVE_TIMER_EVERY_TICKS === 0) this.saveTimer();
  }

  // ── bot teams ─────────────────────────────────────────────────────────

  private scheduleBots() {
    if (this.botPending || this.game.phase === 'lobby' || this.game.phase === 'ended' || this.game.paused) return;
    if (!this.game.teams.some((t) => t.bot && !t.removed)) return;
    this.botPending = true;
    this.clock.setTimeout(() => {
      this.botPending = false;
      this.runBots();
    }, roomContext().config.botDelayMs);
  }

  /** Each bot team takes one action; the next round of bot actions follows the resulting change. */
  private runBots() {
    for (const team of this.game.teams) {
      if (!team.bot || team.removed || this.game.phase === 'ended') continue;
      const action = BOTS[team.bot](this.game, team.id, this.botRng);
      if (action) this.apply(action, `bot:${team.id}`);
    }
  }
}
