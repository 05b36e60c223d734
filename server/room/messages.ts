// The room's message table: for each message type its schema (shared with the client) and its handler. The
// room parses every message with the schema before any handler runs; a handler answers with a refusal code or
// a value. Team intents pass through one generic handler, so new intents need no change here.
import type { Client } from '@colyseus/core';
import type { z } from 'zod';
import type { GameState } from '../../shared/engine/types.ts';
import type { ServerCode } from '../../shared/protocol/refusals.ts';
import type { Action } from '../../shared/protocol/actions.ts';
import { ROOM_MESSAGES, type Refusal, type RoomMessageType } from '../../shared/protocol/session.ts';
import type { SessionRecord } from '../store.ts';
import { secretMatches } from '../crypto.ts';
import { deviceId, type Seat, type Seats } from './seats.ts';
import type { PhaseClock } from './clock.ts';
import type { GameSchema } from './schema.ts';

export type Answer = { refused: Refusal } | { ok: true; [key: string]: unknown };

export interface MessageHost {
  readonly session: SessionRecord;
  readonly game: GameState;
  readonly seats: Seats;
  readonly state: GameSchema;
  readonly phaseClock: PhaseClock;
  /** Check, store, apply, broadcast: null when done, the refusal otherwise. */
  apply(action: Action, by: string): Refusal | null;
  /** Seats a device in a team (stored first): null when done. */
  seat(sessionId: string, team: string, created?: boolean): Refusal | null;
  changed(): void;
}

const no = (code: ServerCode, params?: Refusal['params']): Answer => ({ refused: params ? { code, params } : { code } });
const done = (value: object = {}): Answer => ({ ok: true, ...value });
const result = (error: Refusal | null, value: object = {}): Answer => (error ? { refused: error } : done(value));

type Handler<K extends RoomMessageType> = (host: MessageHost, client: Client, seat: Seat | undefined, data: z.infer<(typeof ROOM_MESSAGES)[K]>) => Answer;

const teamSeat = (seat: Seat | undefined) => (seat?.role === 'team' ? seat : null);

/** A device whose team was removed may pick again; any other seated device stays with its team. */
const currentTeam = (host: MessageHost, seat: Extract<Seat, { role: 'team' }>) =>
  seat.team && !host.game.teams.find((t) => t.id === seat.team)?.removed ? seat.team : null;

export const HANDLERS: { [K in RoomMessageType]: Handler<K> } = {
  intent(host, client, seat, intent) {
    const device = teamSeat(seat);
    if (!device) return no('notATeamDevice');
    if (!device.team) return no('noTeamYet');
    const error = host.apply({ ...intent, team: device.team } as Action, deviceId(device.tokenHash));
    if (!error && intent.type === 'vote') {
      // The team sees which of its devices cast the vote that counts.
      const item = host.state.privates.get(device.team);
      if (item && item.vote) item.voteBy = client.sessionId;
      host.changed();
    }
    return result(error);
  },

  facilitator(host, _client, _seat, { key, action }) {
    if (!secretMatches(key, host.session.keyHash)) return no('wrongKey');
    if (action.type === 'extendTimer') {
      if (!host.phaseClock.extend(action.seconds)) return no('noTimer');
      host.changed();
      return done();
    }
    if (action.type === 'moveDevice') {
      const moving = teamSeat(host.seats.get(action.device));
      if (!moving) return no('unknownDevice');
      const team = host.game.teams.find((t) => t.id === action.team);
      if (!team || team.removed) return no('unknownTeam');
      if (team.bot) return no('teamIsBot');
      return result(host.seat(action.device, team.id));
    }
    return result(host.apply(action, 'facilitator'));
  },

  selfRun(host, _client, seat, { action }) {
    if (!host.session.settings.selfRun) return no('facilitatorOnly');
    const device = teamSeat(seat);
    if (!device) return no('notATeamDevice');
    return result(host.apply({ type: action }, deviceId(device.tokenHash)));
  },

  createTeam(host, client, seat, data) {
    const device = teamSeat(seat);
    if (!device) return no('notATeamDevice');
    if (host.game.phase !== 'lobby') return no('teamsClosed');
    if (currentTeam(host, device)) return no('alreadyInTeam');
    if (device.created) return no('oneTeamPerDevice');
    const error = host.apply({ type: 'addTeam', ...data, bot: null }, deviceId(device.tokenHash));
    if (error) return { refused: error };
    const team = host.game.teams.at(-1)!.id;
    return result(host.seat(client.sessionId, team, true), { team });
  },

  chooseTeam(host, client, seat, { team: wanted }) {
    const device = teamSeat(seat);
    if (!device) return no('notATeamDevice');
    const team = host.game.teams.find((t) => t.id === wanted);
    if (!team || team.removed) return no('unknownTeam');
    if (team.bot) return no('teamIsBot');
    const current = currentTeam(host, device);
    if (current === team.id) return done({ team: team.id });
    if (!current) return result(host.seat(client.sessionId, team.id), { team: team.id });
    // A device belongs to its team: moving it is the facilitator's, or in a self-run session needs a device
    // already in the other team to let it in.
    if (!host.session.settings.selfRun) return no('askFacilitatorToMove');
    for (const sessionId of host.seats.sessionsOf(device.tokenHash)) {
      const entry = host.state.devices.get(sessionId);
      if (entry) entry.wants = team.id;
    }
    host.changed();
    return done({ pending: team.id });
  },

  confirmMove(host, _client, seat, { device: other }) {
    const device = teamSeat(seat);
    if (!device || !device.team) return no('notATeamDevice');
    const asking = host.state.devices.get(other);
    if (!asking || !teamSeat(host.seats.get(other)) || asking.wants !== device.team) return no('noMoveRequest');
    return result(host.seat(other, device.team));
  },
};
