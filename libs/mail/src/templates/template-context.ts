import type { MailJob } from '@neuland/queue';

export interface TemplateContext {
  language: 'de' | 'en';
  appUrl: string;
  data: MailJob['data'];
}
