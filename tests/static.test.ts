// The web client's files: precompressed siblings chosen by Accept-Encoding, the right type, cache headers that
// let tablets keep hashed files for a year and always revalidate the page itself.
import express from 'express';
import type { Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../server/precompress.ts';
import { chooseEncoding, IMMUTABLE, mountClient, REVALIDATE } from '../server/static.ts';

const script = `export const greeting = ${JSON.stringify('hallo wijk '.repeat(400))};\n`;
let server: Server;
let base = '';

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'gk-static-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>x</title>${'<p>pagina</p>'.repeat(200)}`);
  writeFileSync(join(dist, 'assets', 'team-AbCd1234.js'), script);
  writeFileSync(join(dist, 'assets', 'font-AbCd1234.woff2'), Buffer.alloc(4000, 7));
  expect(await precompress(dist)).toBe(2); // the page and the script; never the font
  const app = express();
  mountClient(app, dist);
  await new Promise<void>((resolve) => { server = app.listen(0, '127.0.0.1', () => resolve()); });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// fetch() would decompress by itself and hide what came over the wire: ask with node's own http.
async function raw(path: string, acceptEncoding?: string) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${base}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the built client over HTTP', () => {
  it('sends brotli to a browser that accepts it, gzip to one that only takes gzip, the plain file otherwise', async () => {
    const br = await raw('/assets/team-AbCd1234.js', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await raw('/assets/team-AbCd1234.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await raw('/assets/team-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect((await raw('/assets/team-AbCd1234.js', 'br;q=0, gzip;q=0')).headers['content-encoding']).toBeUndefined();
  });

  it('lets hashed files be kept for a year and makes the page revalidate, on every client route', async () => {
    expect((await raw('/assets/team-AbCd1234.js', 'br')).headers['cache-control']).toBe(IMMUTABLE);
    const font = await raw('/assets/font-AbCd1234.woff2', 'br');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['cache-control']).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/join/ABC234', '/facilitate/ABC234']) {
      const page = await raw(path, 'br');
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe(REVALIDATE);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(brotliDecompressSync(page.body).toString()).toContain('<p>pagina</p>');
    }
    expect((await raw('/assets/missing-XyZ.js', 'br')).status).toBe(404);
  });

  it('reads Accept-Encoding weights and wildcards', () => {
    expect(chooseEncoding('gzip;q=1.0, br;q=0.5', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*, br;q=0', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('identity', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('br', [])).toBeNull();
  });
});

// The real build carries the siblings too (when there is one): the team view's scripts are served small.
const builtPage = new URL('../dist/client/index.html', import.meta.url).pathname;
it.skipIf(!existsSync(builtPage))('the real build has brotli and gzip siblings for its scripts', () => {
  const entry = readFileSync(builtPage, 'utf8').match(/assets\/index-[\w-]+\.js/)![0];
  const dist = new URL('../dist/client/', import.meta.url).pathname;
  expect(readFileSync(join(dist, `${entry}.br`)).length).toBeGreaterThan(0);
  expect(readFileSync(join(dist, `${entry}.gz`)).length).toBeGreaterThan(0);
});
