import { loadConfig } from '@app/config';
import { startupMessage } from './startup-message';

describe(startupMessage.name, () => {
  it('names the URL of the API and of the docs on the configured port', () => {
    const config = loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', PORT: '8081' });
    expect(startupMessage(config)).toBe('litgo-triage API ready: API http://localhost:8081/api/v2/triage, docs http://localhost:8081/docs');
  });
});
