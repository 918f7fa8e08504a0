import 'reflect-metadata';

import { InvalidEnvironmentError, parseEnv } from '../config/env.schema';
import { createApp } from '../create-app';
import { KeyRotationService } from './crypto/key-rotation.service';

/**
 * `npm run referrals:rotate-keys -w @linja/api`: re-encrypts every referral and note still under an
 * older key with the first key of REFERRAL_KEYS, then exits. Reads the same environment as the API
 * (no workers, no demo seeding). With the embedded database (PGlite, one session) stop the API
 * first; on a PostgreSQL server it runs beside it. The daily job `referrals.rotate-keys` does the
 * same. Remove an old key from REFERRAL_KEYS only after this reports nothing left under it.
 */
async function main(): Promise<void> {
  let env;
  try {
    env = { ...parseEnv(process.env), WORKERS: 'off' as const, SEED_DEMO_DATA: false };
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp({ ...env, LOG_LEVEL: 'warn' });
  await app.init();
  try {
    const result = await app.get(KeyRotationService).rotate();
    process.stdout.write(
      `Re-encrypted ${result.referrals} referral(s) and ${result.notes} note(s) under key ${result.keyId}.\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Key rotation failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
