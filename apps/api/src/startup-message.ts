import { AppConfig } from '@app/config';

/**
 * The pages the API serves to a person, by name, as the start-up log line lists them. A page
 * switched on by configuration goes in here, behind its flag.
 */
export function startupLinks(config: AppConfig): Array<{ name: string; url: string }> {
  const base = `http://localhost:${config.port}`;
  return [
    { name: 'API', url: `${base}/api/v2/triage` },
    { name: 'docs', url: `${base}/docs` },
    ...(config.demoPage ? [{ name: 'demo', url: `${base}/demo` }] : []),
  ];
}

/** The one human line logged once the API listens, e.g. `litgo-triage API ready: API http://…, docs http://…/docs`. */
export function startupMessage(config: AppConfig): string {
  return `litgo-triage API ready: ${startupLinks(config)
    .map(({ name, url }) => `${name} ${url}`)
    .join(', ')}`;
}
