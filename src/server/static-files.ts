// Serves the built browser app from dist/: files with their Content-Type, hashed assets cached
// for a year, index.html never cached, and index.html for any other page a browser asks for.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { parseAccept } from './http-util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticHandler = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => boolean;

/** Returns a handler that answers (and returns true) when it has something for the request. */
export function staticFiles(distDir: string): StaticHandler {
  const root = path.resolve(distDir);
  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    if (rel.includes('\0')) return false;
    const file = path.resolve(root, `.${rel}`);
    // Never serve anything outside dist/ (../ in any spelling is resolved away above).
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return false;
    if (isFile(file)) {
      sendFile(req, res, file, rel.startsWith('/assets/'));
      return true;
    }
    const index = path.join(root, 'index.html');
    // The root is always the app (curl and scripts send Accept: */*); other unknown paths get the
    // SPA page only for browser navigations, so API clients keep their 404 Status.
    if ((rel === '/' || wantsHtml(req.headers.accept)) && isFile(index)) {
      sendFile(req, res, index, false);
      return true;
    }
    return false;
  };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A browser navigation: text/html is among the preferred types. */
function wantsHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  return parseAccept(accept).some((r) => r.type === 'text' && r.subtype === 'html');
}

function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, immutable: boolean): void {
  const st = fs.statSync(file);
  const etag = `W/"${st.size.toString(16)}-${Math.trunc(st.mtimeMs).toString(16)}"`;
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['Content-Length'] = st.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
