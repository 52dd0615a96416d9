// Builds whatever part of the app is missing or older than its sources, then
// starts the API, which serves the web app. Used by `npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

const PARTS = [
  { workspace: 'db', sources: ['db/src'], output: 'db/dist/index.js' },
  {
    workspace: 'api',
    sources: ['api/src', 'db/src'],
    output: 'api/dist/main.js',
  },
  {
    workspace: 'web',
    sources: ['web/src', 'web/index.html'],
    output: 'web/dist/index.html',
  },
];

function newestChange(target) {
  const full = path.join(root, target);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;

  return readdirSync(full, { recursive: true })
    .map((entry) => statSync(path.join(full, entry)).mtimeMs)
    .reduce((newest, time) => Math.max(newest, time), stats.mtimeMs);
}

function log(message) {
  console.log(`[start] ${message}`);
}

for (const part of PARTS) {
  const output = path.join(root, part.output);
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  const changed = Math.max(...part.sources.map(newestChange));
  if (built > 0 && built >= changed) continue;
  log(
    built === 0
      ? `Building ${part.workspace} (not built yet)`
      : `Rebuilding ${part.workspace} (sources changed)`,
  );
  const result = spawnSync('npm', ['run', 'build', '-w', part.workspace], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      `[start] Building ${part.workspace} failed; read the errors above. If packages are missing, run npm ci first.`,
    );
    process.exit(result.status ?? 1);
  }
}

log('Starting the API');
await import(path.join(root, 'api/dist/main.js'));
