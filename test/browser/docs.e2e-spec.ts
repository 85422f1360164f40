import { existsSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { saveScreenshot, startBrowserSession } from './browser';

jest.setTimeout(90_000);

describe('/docs in a real browser', () => {
  let session: Awaited<ReturnType<typeof startBrowserSession>>;
  let browser: Browser;
  beforeAll(async () => {
    session = await startBrowserSession();
    browser = session.browser;
  });
  afterAll(() => session?.close());

  it('shows the success schema and an error example of POST /api/v2/triage/continue', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(`${session.baseUrl}/docs`);
    const operation = page.locator('#operations-triage-TriageController_continue');
    await operation.locator('.opblock-summary').click();

    const success = operation.locator('tr.response[data-code="200"]');
    await success.waitFor();
    const successExample = await success.locator('.example, .highlight-code').first().innerText();
    expect(JSON.parse(successExample)).toMatchObject({ case_id: expect.any(String), status: 'active', message: expect.any(String) });
    await success.getByRole('tab', { name: 'Schema' }).click();
    const schema = success.locator('.model-container');
    expect(await schema.locator('.model-title__text').first().innerText()).toBe('ContinueTriageResponseDto');
    const required = await schema.locator('tr.property-row.required > td:first-child').allInnerTexts();
    expect(required.map((name) => name.replace('*', '').trim())).toEqual(expect.arrayContaining(['case_id', 'message', 'status', 'timestamp']));

    const notFound = operation.locator('tr.response[data-code="404"]');
    const errorExample = JSON.parse(await notFound.locator('.example, .highlight-code').first().innerText());
    expect(errorExample).toMatchObject({ statusCode: 404, detail: expect.stringMatching(/\S/) });

    expect(existsSync(await saveScreenshot(operation, 'docs-continue'))).toBe(true);
  });
});
