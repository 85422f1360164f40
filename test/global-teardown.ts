export default async function globalTeardown(): Promise<void> {
  await Promise.all([globalThis.__LITGO_REDIS__?.destroy(), globalThis.__LITGO_CLUSTER__?.destroy()]);
}
