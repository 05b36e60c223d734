// The game server's HTTP API as tests and benchmarks call it (no server code is loaded here).

/** Creates a session (3 rounds, no timers, unless the settings say otherwise); throws with the server's answer. */
export async function createSession(url: string, settings: object = {}) {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'het-dorp', rounds: 3, timers: null, ...settings }),
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`session not created: ${JSON.stringify(body)}`);
  return body as { code: string; key: string; roomId: string };
}
