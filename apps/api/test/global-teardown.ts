/** Removes the cluster dump global-setup.ts wrote. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { removePgliteTemplate?: () => Promise<void> }).removePgliteTemplate?.();
}
