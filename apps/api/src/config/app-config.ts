import { type TEnv } from './env.schema';

/** The validated configuration, injected where needed. Built once in `main.ts` (or by a test). */
export class AppConfig {
  constructor(readonly env: TEnv) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }
}
