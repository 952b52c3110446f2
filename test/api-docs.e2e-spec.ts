// The API documentation (/docs, /docs-json) is there while developing and testing, and hidden in production
// unless API_DOCS=true says otherwise.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { startApi } from './support/api-harness.js';
import { testConfig } from './support/test-config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  CONTACT_KEY_SECRET: randomBytes(32).toString('hex'),
  UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
  CONNECTION_TOKEN_KEYS: `k1:${randomBytes(32).toString('base64')}`,
};
const DOCS_PATHS = ['/docs', '/docs/', '/docs-json', '/docs/swagger-ui-init.js'];

async function docsStatuses(overrides: Record<string, string>): Promise<number[]> {
  const api = await startApi(overrides);
  try {
    const statuses = [];
    for (const path of DOCS_PATHS) statuses.push((await api.http().get(path)).status);
    return statuses;
  } finally {
    await api.close();
  }
}

describe('API documentation', () => {
  it('is served by default in development and test', async () => {
    expect(await docsStatuses({})).toEqual([200, 200, 200, 200]);
    expect(await docsStatuses({ NODE_ENV: 'development' })).toEqual([200, 200, 200, 200]);
  });

  it('is not served by default in production', async () => {
    const api = await startApi(PRODUCTION);
    try {
      for (const path of DOCS_PATHS) {
        const response = await api.http().get(path);
        expect({ path, status: response.status, error: response.body.error }).toEqual({
          path,
          status: 404,
          error: 'NOT_FOUND',
        });
      }
    } finally {
      await api.close();
    }
  });

  it('is served in production with API_DOCS=true, and hidden in development with API_DOCS=false', async () => {
    expect(await docsStatuses({ ...PRODUCTION, API_DOCS: 'true' })).toEqual([200, 200, 200, 200]);
    expect(await docsStatuses({ NODE_ENV: 'development', API_DOCS: 'false' })).toEqual([404, 404, 404, 404]);
  });

  it('stops the start with a line naming API_DOCS when it is neither true nor false', () => {
    expect(() => testConfig({ API_DOCS: 'maybe' })).toThrow(
      'Invalid configuration: API_DOCS must be true or false (got "maybe")',
    );
  });
});
