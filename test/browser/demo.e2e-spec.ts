import { existsSync } from 'node:fs';
import { Page } from 'playwright-core';
import { mintToken } from '@app/auth';
import { AppConfig } from '@app/config';
import { saveScreenshot, startBrowserSession } from './browser';

jest.setTimeout(120_000);

const OPENING =
  'Fui demitido sem justa causa em 10/03/2024 depois de 4 anos de carteira assinada numa padaria em Campinas/SP, e a empresa não pagou minhas verbas rescisórias nem liberou o FGTS.';
/** Answers by the question's topic, as a person answering what was asked would; unmatched questions get the next unused one. */
const ANSWERS: [RegExp, string][] = [
  [/quando/i, 'Foi em 10 de março de 2024, recebi o aviso de dispensa nesse dia.'],
  [/salário|valor|quanto/i, 'Meu salário era R$ 2.100,00 e me devem as férias, o 13º e a multa de 40% do FGTS.'],
  [/outra parte|quem|empresa/i, 'O empregador é a Padaria Pão Quente Ltda., do seu Antônio.'],
  [/prazo|processo|audiência|notificação/i, 'Não tem processo nem audiência marcada, e ninguém me mandou notificação.'],
  [/documento|prova|comprovante/i, 'Tenho a carteira de trabalho, os holerites e o aviso de dispensa.'],
  [/conseguir|gostaria|objetivo|deseja/i, 'Quero receber tudo o que me devem e sacar o FGTS.'],
];
const NOTHING_MORE = 'Não tenho mais nenhuma informação além do que já contei.';

function answerTo(question: string, unused: [RegExp, string][]): string {
  const index = Math.max(0, unused.findIndex(([topic]) => topic.test(question)));
  return unused.splice(index, 1)[0]?.[1] ?? NOTHING_MORE;
}
const MAX_TURNS = 12;

/** The page marks `body[data-state]`: `waiting` while a request runs, then `ready`, `done` or `error`. */
async function settled(page: Page): Promise<string> {
  await page.locator('body:not([data-state=waiting]):not([data-state=loading])').waitFor({ state: 'attached' });
  return (await page.locator('body').getAttribute('data-state')) ?? '';
}

type Box = { top: number; bottom: number };
type Dom = { document: { getElementById(id: string): { getBoundingClientRect(): Box } } };

/**
 * The page scrolls the result card into view smoothly; the screenshot waits for it. A function,
 * not a string: the page's CSP refuses eval, which Playwright uses to poll a string expression.
 */
const resultScrolledIntoView = () => {
  const { document } = globalThis as unknown as Dom;
  const chat = document.getElementById('chat').getBoundingClientRect();
  const result = document.getElementById('result').getBoundingClientRect();
  return Math.abs(result.top - chat.top) < 30 || result.bottom <= chat.bottom;
};

describe('/demo in a real browser', () => {
  let session: Awaited<ReturnType<typeof startBrowserSession>>;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(() => session?.close());

  it('runs a whole triage as a chat and shows the result card', async () => {
    const page = await session.browser.newPage({ viewport: { width: 900, height: 1400 } });
    await page.goto(`${session.baseUrl}/demo`);
    expect(await settled(page)).toBe('ready');
    await expect(page.locator('#token-info').innerText()).resolves.toMatch(/^Usuário de teste demo-/);
    await expect(page.locator('.msg.assistant').first().innerText()).resolves.toContain('Justus');

    let state = 'ready';
    const unused = [...ANSWERS];
    for (let turn = 0; turn < MAX_TURNS && state === 'ready'; turn++) {
      const answer = turn === 0 ? OPENING : answerTo(await page.locator('.msg.assistant').last().innerText(), unused);
      await page.locator('#message').pressSequentially(answer);
      await page.locator('#message').press('Enter');
      state = await settled(page);
    }
    expect(state).toBe('done');
    expect(await page.locator('.msg.user').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.msg.error').count()).resolves.toBe(0);

    const card = page.getByTestId('result-card');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('result-area').innerText()).resolves.toBe('Trabalhista');
    await expect(card.locator('dt').allInnerTexts()).resolves.toEqual(['Complexidade', 'Estratégia', 'Urgência', 'Partes', 'Datas', 'Valores', 'Locais']);
    await expect(card.locator('dd').nth(2).innerText()).resolves.toMatch(/^agir em até \d+ horas/);
    await expect(card.locator('ol li').count()).resolves.toBeGreaterThan(0);
    await page.waitForFunction(resultScrolledIntoView);
    expect(existsSync(await saveScreenshot(page, 'demo-result'))).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await card.scrollIntoViewIfNeeded();
    expect(existsSync(await saveScreenshot(page, 'demo-result-mobile'))).toBe(true);
  });

  it("takes a pasted token and shows the API's detail when it is refused", async () => {
    const page = await session.browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${session.baseUrl}/demo`);
    expect(await settled(page)).toBe('ready');
    await page.locator('#token-panel summary').click();
    const foreign = await mintToken({ ...session.app.get(AppConfig).auth, jwtSecret: 'a-secret-this-api-does-not-know-0123456789' }, { sub: 'maria' });
    await page.locator('#token-input').fill(`Bearer ${foreign}`);
    await page.getByRole('button', { name: 'Usar este token' }).click();
    expect(await settled(page)).toBe('error');
    await expect(page.locator('.msg.error').innerText()).resolves.toContain('Sua sessão expirou ou é inválida. Entre novamente.');
    expect(existsSync(await saveScreenshot(page, 'demo-error'))).toBe(true);
  });
});
