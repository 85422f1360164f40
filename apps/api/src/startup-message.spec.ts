import { loadConfig } from '@app/config';
import { startupMessage } from './startup-message';

describe(startupMessage.name, () => {
  const env = { AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', PORT: '8081' };

  it('names the URL of the API, the docs and the demo page on the configured port', () => {
    expect(startupMessage(loadConfig(env))).toBe(
      'litgo-triage API ready: API http://localhost:8081/api/v2/triage, docs http://localhost:8081/docs, demo http://localhost:8081/demo',
    );
  });

  it('leaves the demo page out when it is switched off', () => {
    expect(startupMessage(loadConfig({ ...env, DEMO_PAGE: 'false' }))).not.toContain('/demo');
  });
});
