import { describe, expect, it } from '@jest/globals';
import { ConfigService } from '@nestjs/config';
import { LegalPagesService } from './legal-pages.service.js';

describe('legal pages configuration', () => {
  it('refuses a configured file that does not exist, naming the variable', () => {
    const config = new ConfigService({ legal: { privacyPolicyFile: '/nonexistent/privacy.txt' } });
    expect(() => new LegalPagesService(config as never)).toThrow(/PRIVACY_POLICY_FILE/);
  });
});
