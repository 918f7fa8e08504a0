import { Injectable, Logger } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { noteContext, ReferralCryptoService, referralContext } from './referral-crypto.service';

/** Rows re-encrypted per query (the loop runs until none is left). */
const BATCH = 200;

const FIELDS = [
  ['clientNameEnc', 'clientName'],
  ['clientPhoneEnc', 'clientPhone'],
  ['clientEmailEnc', 'clientEmail'],
  ['messageEnc', 'message'],
] as const;

export interface RotationResult {
  readonly keyId: string;
  readonly referrals: number;
  readonly notes: number;
}

/**
 * Key rotation: re-encrypts every referral and note whose `keyId` is not the newest key of
 * REFERRAL_KEYS. Each row is updated only if its `keyId` is still the one read (a concurrent write
 * wins and is left alone), so the job is safe to run twice or beside the API. Run by the daily job
 * `referrals.rotate-keys` and by `npm run referrals:rotate-keys -w @linja/api`.
 */
@Injectable()
export class KeyRotationService {
  private readonly logger = new Logger(KeyRotationService.name);

  constructor(
    private readonly prisma: PrismaClient,
    private readonly crypto: ReferralCryptoService,
  ) {}

  async rotate(): Promise<RotationResult> {
    const keyId = this.crypto.currentKeyId;
    let referrals = 0;
    for (;;) {
      const rows = await this.prisma.referral.findMany({
        where: { keyId: { not: null }, NOT: { keyId } },
        select: {
          id: true,
          keyId: true,
          clientNameEnc: true,
          clientPhoneEnc: true,
          clientEmailEnc: true,
          messageEnc: true,
        },
        take: BATCH,
      });
      if (rows.length === 0) break;
      for (const row of rows) {
        const data: Record<string, string | null> = {};
        for (const [column, field] of FIELDS) {
          const stored = row[column];
          data[column] = stored
            ? this.crypto.reencrypt(stored, referralContext(row.id, field))
            : null;
        }
        const { count } = await this.prisma.referral.updateMany({
          where: { id: row.id, keyId: row.keyId },
          data: { ...data, keyId },
        });
        referrals += count;
      }
    }
    let notes = 0;
    for (;;) {
      const rows = await this.prisma.referralNote.findMany({
        where: { keyId: { not: null }, NOT: { keyId } },
        select: { id: true, keyId: true, textEnc: true },
        take: BATCH,
      });
      if (rows.length === 0) break;
      for (const row of rows) {
        const textEnc = row.textEnc
          ? this.crypto.reencrypt(row.textEnc, noteContext(row.id))
          : null;
        const { count } = await this.prisma.referralNote.updateMany({
          where: { id: row.id, keyId: row.keyId },
          data: { textEnc, keyId },
        });
        notes += count;
      }
    }
    if (referrals + notes > 0) {
      this.logger.log(
        `re-encrypted ${referrals} referral(s) and ${notes} note(s) under key ${keyId}`,
      );
    }
    return { keyId, referrals, notes };
  }
}
