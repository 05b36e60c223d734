// Seats and devices of one room: who is connected as what, which private data each connection may see, the
// caps that keep a room bounded (devices per team, observers, team devices that have not picked a team), and
// held seats. A seat held for a dropped device counts against the caps until it comes back or is given away:
// the same device (same token) coming back in a new tab takes its seat over at once, and a full category
// gives the seat that has been offline longest to a newcomer.
import { CloseCode, type Client } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import { DeviceSchema, type GameSchema } from './schema.ts';

export type Seat =
  | { role: 'facilitator' }
  | { role: 'observer' }
  | { role: 'team'; tokenHash: string; team: string | null; created: string | null };

export interface SeatCaps {
  perTeam: number;
  observers: number;
  unseated: number;
}

interface Entry {
  seat: Seat;
  client: Client;
  online: boolean;
  /** When the device dropped (for giving away the longest-held seat first). */
  droppedAt: number;
  hold: { reject: Function } | null;
}

type Category = 'observer' | 'unseated' | `team:${string}` | 'facilitator';

const categoryOf = (seat: Seat): Category =>
  seat.role === 'team' ? (seat.team ? `team:${seat.team}` : 'unseated') : seat.role;

/** A device's id in the action log: stable across reconnects and restarts, not its token. */
export const deviceId = (tokenHash: string) => `device:${tokenHash.slice(0, 16)}`;

export class Seats {
  private entries = new Map<string, Entry>();
  /** Each team device's number, by its token, in the order devices first joined: a reload keeps its name. */
  private numbers = new Map<string, number>();
  /** Connections given away: their leave must not touch the seat that replaced them. */
  private replaced = new Set<string>();
  private state: GameSchema;
  private caps: SeatCaps;

  constructor(state: GameSchema, caps: SeatCaps) {
    this.state = state;
    this.caps = caps;
  }

  /** The most connections the room ever needs: every cap filled, plus a few facilitator screens. */
  static maxClients(caps: SeatCaps, teams: number) {
    return caps.perTeam * teams + caps.unseated + caps.observers + 4;
  }

  get(sessionId: string): Seat | undefined {
    return this.entries.get(sessionId)?.seat;
  }

  /**
   * Whether a new connection with this seat fits; frees the longest-offline seat of a full category.
   * Returns a refusal code when the category is full of online devices.
   */
  admit(seat: Seat, teamCap: (team: string) => number = () => this.caps.perTeam): string | null {
    const category = categoryOf(seat);
    if (category === 'facilitator') return null;
    const cap = category === 'observer' ? this.caps.observers : category === 'unseated' ? this.caps.unseated : teamCap(category.slice(5));
    return this.makeRoom(category, cap, seat.role === 'team' ? seat.tokenHash : null) ? null : category.startsWith('team:') ? 'teamFull' : 'roomFull';
  }

  /** Room for one more in a category, not counting the seats of this device (it takes those over). */
  private makeRoom(category: Category, cap: number, tokenHash: string | null): boolean {
    const members = [...this.entries].filter(([, e]) => categoryOf(e.seat) === category && !(tokenHash && e.seat.role === 'team' && e.seat.tokenHash === tokenHash));
    if (members.length < cap) return true;
    const offline = members.filter(([, e]) => !e.online).sort((a, b) => a[1].droppedAt - b[1].droppedAt);
    if (offline.length === 0) return false;
    for (const [sessionId] of offline.slice(0, members.length - cap + 1)) this.giveAway(sessionId);
    return true;
  }

  /** A device may move into a team when the team has room (held seats there are given away first). */
  roomInTeam(team: string, tokenHash: string): boolean {
    return this.makeRoom(`team:${team}`, this.caps.perTeam, tokenHash);
  }

  /** A new connection sits down: the same device's older seats (a reopened tab) are taken over at once. */
  join(client: Client, seat: Seat) {
    if (seat.role === 'team') {
      for (const [sessionId, e] of this.entries) {
        if (e.seat.role === 'team' && e.seat.tokenHash === seat.tokenHash) this.giveAway(sessionId);
      }
    }
    client.view = new StateView();
    this.entries.set(client.sessionId, { seat, client, online: true, droppedAt: 0, hold: null });
    const device = new DeviceSchema();
    device.role = seat.role;
    device.team = seat.role === 'team' ? (seat.team ?? '') : '';
    if (seat.role === 'team') {
      if (!this.numbers.has(seat.tokenHash)) this.numbers.set(seat.tokenHash, this.numbers.size + 1);
      device.number = this.numbers.get(seat.tokenHash)!;
    }
    this.state.devices.set(client.sessionId, device);
    this.showAllowed(client, seat);
    this.count();
  }

  /** A dropped connection keeps its seat for a while, as offline. */
  drop(sessionId: string, hold: { reject: Function }) {
    const e = this.entries.get(sessionId);
    if (!e) return;
    e.online = false;
    e.droppedAt = Date.now();
    e.hold = hold;
    const device = this.state.devices.get(sessionId);
    if (device) device.online = false;
    this.count();
  }

  /** Whether this connection was given away (then it gets no held seat). */
  isReplaced(sessionId: string) {
    return this.replaced.has(sessionId);
  }

  reconnect(client: Client) {
    const e = this.entries.get(client.sessionId);
    if (!e) return;
    e.online = true;
    e.hold = null;
    e.client = client;
    const device = this.state.devices.get(client.sessionId);
    if (device) device.online = true;
    this.count();
  }

  leave(sessionId: string) {
    if (this.replaced.delete(sessionId)) return;
    this.entries.delete(sessionId);
    this.state.devices.delete(sessionId);
    this.count();
  }

  /** Ends a seat now: a held one stops waiting, an open connection is closed (its page does not rejoin). */
  private giveAway(sessionId: string) {
    const e = this.entries.get(sessionId);
    if (!e) return;
    this.entries.delete(sessionId);
    this.state.devices.delete(sessionId);
    this.replaced.add(sessionId);
    if (e.hold) e.hold.reject(new Error('seat given away'));
    else e.client.leave(CloseCode.CONSENTED, 'replaced');
  }

  /** Puts a device in a team: it sees that team's private data from now on, no other team's. */
  seatIn(sessionId: string, team: string) {
    const e = this.entries.get(sessionId);
    if (!e || e.seat.role !== 'team') return;
    if (e.seat.team && e.seat.team !== team) {
      const old = this.state.privates.get(e.seat.team);
      if (old) e.client.view?.remove(old);
    }
    e.seat.team = team;
    this.showAllowed(e.client, e.seat);
    const device = this.state.devices.get(sessionId);
    if (device) {
      device.team = team;
      device.wants = '';
    }
    this.count();
  }

  /** The sessions seated as one device (by token): for moving a device and for honest acknowledgements. */
  sessionsOf(tokenHash: string): string[] {
    return [...this.entries].filter(([, e]) => e.seat.role === 'team' && e.seat.tokenHash === tokenHash).map(([id]) => id);
  }

  /** What each seat may see: the facilitator everything, a team device its own team's private data. */
  private showAllowed(client: Client, seat: Seat) {
    if (seat.role === 'facilitator') {
      for (const item of this.state.privates.values()) client.view?.add(item);
      const info = this.state.facilitator.get('f');
      if (info) client.view?.add(info);
    }
    if (seat.role === 'team' && seat.team) {
      const item = this.state.privates.get(seat.team);
      if (item) client.view?.add(item);
    }
  }

  /** A team's private data appeared: the views that may see it get it. */
  privateAdded(team: string) {
    const item = this.state.privates.get(team);
    if (!item) return;
    for (const e of this.entries.values()) {
      if (e.seat.role === 'facilitator' || (e.seat.role === 'team' && e.seat.team === team)) e.client.view?.add(item);
    }
  }

  /** Connected clients whose seat may see this team's private events. */
  *clientsSeeing(team: string) {
    for (const e of this.entries.values()) {
      if (e.online && (e.seat.role === 'facilitator' || (e.seat.role === 'team' && e.seat.team === team))) yield e.client;
    }
  }

  count() {
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
}
