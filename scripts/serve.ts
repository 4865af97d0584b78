/**
 * npm run serve -- path/to/folder [--port 5173]
 * Serves the app and the dataset folder from one origin (so the browser reads the data with
 * no CORS question), and prints the URL that shows it. Edit the files, reload the page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { readArgs } from './cli/args';
import { createServer, type Plugin } from 'vite';
import { datasetFile, fail, projectRoot, shown } from './cli/paths';

const { values, positionals } = readArgs(
  { port: { type: 'string' }, host: { type: 'string' } },
  'usage: npm run serve -- path/to/folder [--port 5173] [--host HOST]',
);
const json = datasetFile(positionals[0] ?? '.');
if (!existsSync(json)) fail(`no dataset at ${shown(json)}: give a folder with a timeline.json`);
const dir = dirname(json);
const MOUNT = '/dataset/';

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The folder under /dataset/, nothing outside it, never cached (so a reload shows edits). */
const serveFolder: Plugin = {
  name: 'dt-serve-dataset',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(MOUNT)) return next();
      const file = normalize(join(dir, path.slice(MOUNT.length)));
      if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('cache-control', 'no-store');
      createReadStream(file).pipe(res);
    });
  },
};

const server = await createServer({
  root: projectRoot,
  configFile: join(projectRoot, 'vite.config.ts'),
  plugins: [serveFolder],
  server: {
    port: values.port ? Number(values.port) : 5173,
    host: values.host ?? '127.0.0.1',
    open: false,
  },
  logLevel: 'warn',
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
const file = json.slice(dir.length + 1);
console.log(
  `Serving ${shown(dir)} with the app. Open:\n\n  ${base}?data=${MOUNT.slice(1)}${file}\n`,
);
console.log('Edit the files and reload the page. Ctrl+C stops.');
