import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { createApiApp, testConfig } from '../test-app';

/** Screenshots of the browser tests (git-ignored). */
export const ARTIFACTS_DIR = resolve(__dirname, '../artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium (or `CHROMIUM_PATH`); a missing browser fails the suite with how to get one, never skips it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The whole API on an ephemeral port, and the browser that visits it. */
export async function startBrowserSession(): Promise<{ app: NestFastifyApplication; browser: Browser; baseUrl: string; close: () => Promise<void> }> {
  const app = await createApiApp(testConfig());
  try {
    const browser = await launchChromium();
    return { app, browser, baseUrl: await app.getUrl(), close: async () => void (await Promise.all([browser.close(), app.close()])) };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** Saves a screenshot of a page or one element as `test/artifacts/<name>.png` and returns its path. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await target.screenshot({ path });
  return path;
}
