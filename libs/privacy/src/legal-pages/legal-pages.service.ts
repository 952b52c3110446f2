// The imprint (Impressum) and privacy policy: texts the operator writes, read once at start from the configured files.
import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfig, ConfigurationError } from '@neuland/config';

export type LegalPageName = 'imprint' | 'privacy';

export interface LegalPage {
  title: string;
  text: string;
  /** False while the operator has not configured the page: the placeholder says what to set. */
  configured: boolean;
}

const TITLES: Record<LegalPageName, string> = { imprint: 'Impressum', privacy: 'Datenschutzerklärung' };

@Injectable()
export class LegalPagesService {
  private readonly pages: Record<LegalPageName, LegalPage>;

  constructor(config: ConfigService<AppConfig, true>) {
    const legal = config.get('legal', { infer: true });
    this.pages = {
      imprint: page('imprint', 'IMPRINT_FILE', legal.imprintFile),
      privacy: page('privacy', 'PRIVACY_POLICY_FILE', legal.privacyPolicyFile),
    };
  }

  get(name: LegalPageName): LegalPage {
    return this.pages[name];
  }
}

function page(name: LegalPageName, variable: string, file: string | undefined): LegalPage {
  if (!file) {
    return {
      title: TITLES[name],
      text: `Not configured yet: set ${variable} to a text file.`,
      configured: false,
    };
  }
  try {
    return { title: TITLES[name], text: readFileSync(file, 'utf8').trim(), configured: true };
  } catch (error) {
    throw new ConfigurationError(variable, `must name a readable file (${(error as Error).message})`, file);
  }
}
