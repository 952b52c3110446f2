import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';

describe('imprint and privacy policy', () => {
  let api: ApiHarness;
  const dir = mkdtempSync(join(tmpdir(), 'neuland-legal-'));
  const imprintFile = join(dir, 'imprint.txt');
  const privacyFile = join(dir, 'privacy.txt');

  beforeAll(async () => {
    writeFileSync(imprintFile, 'Neuland e. V.\nMusterstraße 1, 04109 Leipzig\n\nVertreten durch <Silke>');
    writeFileSync(privacyFile, 'Wir speichern nur, was Treffen möglich macht.');
    api = await startApi({ IMPRINT_FILE: imprintFile, PRIVACY_POLICY_FILE: privacyFile });
  });
  afterAll(() => api.close());

  it('serves the configured imprint as a page anyone can open, with the text escaped', async () => {
    const page = await api.http().get('/imprint').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('<h1>Impressum</h1>');
    expect(page.text).toContain('Musterstraße 1, 04109 Leipzig');
    expect(page.text).toContain('Vertreten durch &lt;Silke&gt;');
  });

  it('serves the configured privacy policy as JSON for the web app', async () => {
    const response = await api.http().get('/api/v1/legal/privacy').expect(200);
    expect(response.body).toEqual({
      title: 'Datenschutzerklärung',
      text: 'Wir speichern nur, was Treffen möglich macht.',
      configured: true,
    });
  });

  it('says what to configure while no file is set', async () => {
    const unconfigured = await startApi();
    try {
      const response = await unconfigured.http().get('/api/v1/legal/imprint').expect(200);
      expect(response.body).toMatchObject({
        configured: false,
        text: expect.stringContaining('IMPRINT_FILE'),
      });
    } finally {
      await unconfigured.close();
    }
  });
});
