/** Removes the templates global-setup.ts prepared (dump files, or template databases). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { removeTestTemplates?: () => Promise<void> }).removeTestTemplates?.();
}
