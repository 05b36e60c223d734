// Serves the built web client: the precompressed sibling the browser accepts (brotli, else gzip, else the file
// itself), cached for a year when the name carries a content hash, revalidated every time for the page itself.
import type { Application, Request, Response } from 'express';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** Vite puts every hashed file under assets/; a new build gives changed files new names. */
const HASHED_DIR = 'assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The client's routes, all answered by the single page. */
const PAGE_ROUTES = /^\/(join|watch|play|facilitate|debrief)(\/.*)?$/;

interface ClientFile { path: string; encodings: ('br' | 'gzip')[] }

function indexFiles(dist: string): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(name)) {
        const encodings = (['br', 'gzip'] as const).filter((e) => existsSync(`${path}.${e === 'br' ? 'br' : 'gz'}`));
        files.set('/' + relative(dist, path).split(sep).join('/'), { path, encodings });
      }
    }
  };
  walk(dist);
  return files;
}

/**
 * The encoding to send, by the client's Accept-Encoding: brotli when accepted, else gzip, else none.
 * Our own preference decides among accepted ones (browsers list gzip first but read brotli as well).
 */
export function chooseEncoding(header: string | undefined, available: readonly ('br' | 'gzip')[]): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number.parseFloat(q.slice(2)) || 0 : 1);
  }
  const allowed = (e: string) => (accepted.get(e) ?? (accepted.has(e) ? 0 : accepted.get('*') ?? 0)) > 0;
  return available.find(allowed) ?? null;
}

function sendClientFile(req: Request, res: Response, file: ClientFile, urlPath: string) {
  const encoding = chooseEncoding(req.get('accept-encoding'), file.encodings);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', urlPath.startsWith(`/${HASHED_DIR}`) ? IMMUTABLE : REVALIDATE);
  // The type of the file itself; send() keeps a Content-Type that is already set.
  res.type(extname(file.path));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  const path = encoding ? `${file.path}.${encoding === 'br' ? 'br' : 'gz'}` : file.path;
  // Byte ranges of a compressed body are not worth the confusion; the files are small.
  res.sendFile(path, { cacheControl: false, acceptRanges: false, dotfiles: 'deny' });
}

/** The web client's files and page routes; nothing is mounted when there is no build. */
export function mountClient(app: Application, dist: string) {
  if (!existsSync(join(dist, 'index.html'))) return;
  const files = indexFiles(dist);
  const page = files.get('/index.html')!;
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const urlPath = req.path === '/' ? '/index.html' : req.path;
    const file = files.get(urlPath);
    if (file) return sendClientFile(req, res, file, urlPath);
    if (PAGE_ROUTES.test(req.path)) return sendClientFile(req, res, page, '/index.html');
    next();
  });
}
