// Brotli and gzip siblings (file.js.br, file.js.gz) for the built web client, written once at build time so
// the server never compresses per request: 40 tablets loading the page on a venue's Wi-Fi get the small files.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats only: fonts (woff2) and images are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** Below this a compressed copy saves less than a network packet. */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes the .br and .gz siblings of every compressible file in `dir` (in zlib's thread pool, side by side). */
export async function precompress(dir: string): Promise<number> {
  const files = filesUnder(dir).filter((path) => COMPRESSIBLE.test(path) && statSync(path).size >= MIN_BYTES);
  await Promise.all(files.map(async (path) => {
    const content = readFileSync(path);
    const [br, gz] = await Promise.all([
      brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    // A sibling that is not smaller would only cost the reader time.
    if (br.length < content.length) writeFileSync(`${path}.br`, br);
    if (gz.length < content.length) writeFileSync(`${path}.gz`, gz);
  }));
  return files.length;
}
