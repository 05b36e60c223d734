import { networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on its networks (not loopback): what a tablet on the same Wi-Fi can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}
