import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { FieldEncryption } from './field-encryption';

/** The encrypted columns of a referral (the authenticated context names the row and the field). */
export type ReferralField = 'clientName' | 'clientPhone' | 'clientEmail' | 'message';

export function referralContext(referralId: string, field: ReferralField): string {
  return `referral:${referralId}:${field}`;
}

export function noteContext(noteId: string): string {
  return `referral-note:${noteId}:text`;
}

/** FieldEncryption with the keys of REFERRAL_KEYS (the first encrypts). */
@Injectable()
export class ReferralCryptoService extends FieldEncryption {
  constructor(config: AppConfig) {
    super(config.env.REFERRAL_KEYS);
  }
}
