// Rate limits: one limiter for every door that tests a secret (join code, room id, facilitator key), and a
// budget for creating sessions, per address and for the whole server.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const MAX_TRACKED = 10_000;

/** Counts failed guesses per address; an address over the limit is refused until its minute has passed. */
export class AttemptLimiter {
  private attempts = new Map<string, { count: number; since: number }>();
  private perMinute: number;
  constructor(perMinute: number) {
    this.perMinute = perMinute;
  }

  /** Whether this address may try another secret now. */
  allowed(address: string, now = Date.now()): boolean {
    const entry = this.attempts.get(address);
    if (!entry || now - entry.since > MINUTE) return true;
    return entry.count < this.perMinute;
  }

  fail(address: string, now = Date.now()) {
    const entry = this.attempts.get(address);
    if (!entry || now - entry.since > MINUTE) this.attempts.set(address, { count: 1, since: now });
    else entry.count++;
    if (this.attempts.size > MAX_TRACKED) for (const [k, v] of this.attempts) if (now - v.since > MINUTE) this.attempts.delete(k);
  }
}

/** Sessions created in the last hour, per address and in total. */
export class CreationBudget {
  private perAddress = new Map<string, number[]>();
  private all: number[] = [];
  private addressLimit: number;
  private totalLimit: number;
  constructor(addressLimit: number, totalLimit: number) {
    this.addressLimit = addressLimit;
    this.totalLimit = totalLimit;
  }

  /** Takes one creation from the budget; false when the address or the server has used up its hour. */
  take(address: string, now = Date.now()): boolean {
    const recent = (times: number[]) => {
      while (times.length > 0 && now - times[0]! > HOUR) times.shift();
      return times;
    };
    const mine = recent(this.perAddress.get(address) ?? []);
    if (mine.length >= this.addressLimit || recent(this.all).length >= this.totalLimit) return false;
    mine.push(now);
    this.all.push(now);
    this.perAddress.set(address, mine);
    if (this.perAddress.size > MAX_TRACKED) for (const [k, v] of this.perAddress) if (recent(v).length === 0) this.perAddress.delete(k);
    return true;
  }
}
