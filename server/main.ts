// npm start: the game server and the web client on one port, with the links a tablet on the same Wi-Fi can open.
import { createGameServer, PortInUseError } from './app.ts';
import { ensureClientBuilt } from './build-client.ts';
import { lanAddresses } from './lan.ts';
import { ConfigError, readConfig } from './config.ts';
import { StoreError } from './store.ts';

async function main() {
  const config = readConfig();
  const client = ensureClientBuilt();
  const game = createGameServer(config);
  await game.listen(config.port, config.host);

  const hosts = config.host && config.host !== '0.0.0.0' ? [config.host] : ['localhost', ...lanAddresses()];
  console.log(`\nGemeenschapskracht ${config.version} is running.`);
  if (client === 'no-client') console.log('(the web client is not part of this build yet: only the game server and its API are served)');
  for (const host of hosts) console.log(`  → http://${host}:${config.port}/`);
  console.log(`Data: ${config.dataDir}. Stop with Ctrl+C.\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[${signal}] saving and closing…`);
    await game.shutdown();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  setInterval(() => void game.purge(), 600_000).unref();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreError || error instanceof PortInUseError) console.error(`Cannot start: ${error.message}`);
  else console.error('Cannot start:', error);
  process.exit(1);
});
