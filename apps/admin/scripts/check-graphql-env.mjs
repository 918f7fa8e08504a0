// Fails when src/gql/graphql-env.d.ts is stale against apps/api/schema.graphql (offline: reads the
// committed schema only). Fix with `npm run graphql:generate -w @linja/admin`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(root, 'src', 'gql', 'graphql-env.d.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'linja-gql-'));
const fresh = path.join(dir, 'graphql-env.d.ts');
execFileSync('npx', ['--no-install', 'gql-tada', 'generate-output', '--output', fresh], {
  cwd: root,
  stdio: 'pipe',
});
const same = readFileSync(fresh, 'utf8') === readFileSync(committed, 'utf8');
rmSync(dir, { recursive: true, force: true });
if (!same) {
  process.stderr.write(
    'apps/admin/src/gql/graphql-env.d.ts is stale against apps/api/schema.graphql.\n' +
      'Run `npm run graphql:generate -w @linja/admin` and commit the result.\n',
  );
  process.exit(1);
}
process.stdout.write('graphql-env.d.ts matches apps/api/schema.graphql\n');
