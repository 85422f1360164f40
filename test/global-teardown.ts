export default async function globalTeardown(): Promise<void> {
  await globalThis.__LITGO_REDIS__?.destroy();
}
