#!/usr/bin/env node
// A static file server for www/, on 127.0.0.1 only, with no dependencies.
//
//   node scripts/serve.mjs            serves www/ at http://127.0.0.1:8000/ (PORT=... to change)
//   import { serve } from './serve.mjs'; const { url, close } = await serve({ port: 0 });
//
// Port 0 picks a free port, which is what tests want.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(here, '..', 'www');

// Browsers refuse to compile a module streamed as anything but application/wasm, and refuse
// ES modules served with a non-JavaScript type, so these must be exact.
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.ts': 'text/plain; charset=utf-8',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * Resolves a request path to a file under root, or null when it would leave root.
 * Works on the decoded path, so %2e%2e and encoded slashes cannot climb out either.
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
  }
  const { pathname } = new URL(req.url, 'http://localhost');
  let file = resolveInside(root, pathname);
  if (!file) return send(res, 403, 'forbidden\n');
  let stat;
  try {
    stat = await fs.promises.stat(file);
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(res, 301, '', { Location: pathname + '/' });
      }
      file = path.join(file, 'index.html');
      stat = await fs.promises.stat(file);
    }
  } catch {
    return send(res, 404, 'not found\n');
  }
  if (!stat.isFile()) return send(res, 404, 'not found\n');
  // Symlinks inside www/ must not lead outside it either.
  const real = await fs.promises.realpath(file);
  const realRoot = await fs.promises.realpath(root);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return send(res, 403, 'forbidden\n');

  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': stat.size,
    // Development server: a rebuilt wasm must show up on reload.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Starts the server. Resolves once it listens.
 * @param {{root?: string, port?: number, host?: string}} [opts]
 * @returns {Promise<{url: string, port: number, server: http.Server, close: () => Promise<void>}>}
 */
export async function serve({ root = DEFAULT_ROOT, port = 8000, host = '127.0.0.1' } = {}) {
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    handle(absRoot, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 8000);
  const root = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_ROOT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: warning: ${path.join(root, 'index.html')} does not exist yet`);
  }
  try {
    const { url } = await serve({ root, port });
    console.log(`Storydiff: serving ${path.relative(process.cwd(), root) || '.'} at ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  }
}
