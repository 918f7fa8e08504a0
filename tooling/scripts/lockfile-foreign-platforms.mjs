#!/usr/bin/env node
// `npm run lockfile:fix` — keeps `npm ci` working with a registry that serves only Linux builds.
//
// Packages such as turbo, @swc/core and unrs-resolver ship one optional package per platform. When the
// registry cannot serve the macOS/Windows/other builds, `npm install` leaves them out of
// package-lock.json, and `npm ci` then refuses the lockfile ("Missing: @swc/core-darwin-arm64@ from lock
// file"). This adds an entry with the platform's `os`/`cpu` for each such missing optional package, so
// `npm ci` sees a complete lockfile and skips them on this platform, as it skips any foreign build.
// Idempotent; run it after adding a dependency with native builds. `--check` only reports.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCKFILE = path.resolve(import.meta.dirname, '..', '..', 'package-lock.json');
const OS = {
  darwin: 'darwin',
  win32: 'win32',
  windows: 'win32',
  linux: 'linux',
  android: 'android',
  freebsd: 'freebsd',
  openharmony: 'openharmony',
};
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  64: 'x64',
  arm: 'arm',
  ia32: 'ia32',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
};

const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
const added = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.map((part) => OS[part]).find(Boolean);
    const cpu = parts.map((part) => CPU[part]).find(Boolean);
    if (!os || !cpu) continue; // e.g. wasm32-wasi or fsevents: npm resolves those itself
    lock.packages[key] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
    };
    added.push(`${name}@${version}`);
  }
}

if (process.argv.includes('--check')) {
  if (added.length > 0) {
    process.stderr.write(
      `package-lock.json lacks ${added.length} foreign-platform entries; run npm run lockfile:fix\n`,
    );
    process.exit(1);
  }
} else if (added.length > 0) {
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  writeFileSync(LOCKFILE, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
  process.stdout.write(`added ${added.length} foreign-platform lockfile entries\n`);
} else {
  process.stdout.write('package-lock.json is complete\n');
}
