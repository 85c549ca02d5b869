/**
 * Serves a built site the way a static host does: under its base path, with the 404 page of the
 * reader's language for unknown addresses. Usage: node scripts/serve.ts [dir] [port] [base]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const dir = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const base = process.argv[4] ?? process.env.BASE_PATH ?? '/';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} has no index.html: run \`npm run build\` first`);
  process.exit(1);
}
// dev: look files up on each request, so a rebuild is served without a restart.
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });

function notFound(path: string): string {
  const en = path.startsWith(`${base}en/`) && existsSync(join(dir, 'en/404/index.html'));
  return readFileSync(join(dir, en ? 'en/404/index.html' : '404.html'), 'utf8');
}

// gzip text responses, as a static host would, so measured transfer sizes are honest.
const gzip = compression();

const server = createServer((req, res) => {
  gzip(req as never, res as never, () => handle(req, res));
}).listen(port, () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base} (Ctrl+C to stop)`);
});

/**
 * The processes above this one: under `npm start` that is a shell, `npm run preview`, a shell and npm.
 * npm does not pass SIGTERM on to its script, so when any of them goes (its children are then adopted
 * by another process and the chain changes), the server stops too rather than stay listening alone.
 */
function ancestors(): string {
  const chain = [process.ppid];
  try {
    while (chain.length < 32 && chain.at(-1)! > 1) {
      const stat = readFileSync(`/proc/${chain.at(-1)}/stat`, 'utf8');
      chain.push(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    }
  } catch {
    // No /proc (not Linux): watch the parent alone.
  }
  return chain.join(' ');
}
const family = ancestors();
setInterval(() => {
  if (ancestors() === family) return;
  console.log('The process that started the server has stopped; stopping the server.');
  server.close();
  process.exit(0);
}, 500).unref();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (base !== '/' && url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound(url.pathname));
    return;
  }
  req.url = url.pathname.slice(base.length - 1) + url.search;
  files(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound(url.pathname));
  });
}
