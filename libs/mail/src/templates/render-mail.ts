import type { MailJob, MailTemplateName } from '@neuland/queue';
import type { RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';
import { renderDataExportReady } from './data-export-ready.template.js';
import { renderPasswordReset } from './password-reset.template.js';
import { renderVerifyEmail } from './verify-email.template.js';
import { renderWelcome } from './welcome.template.js';

const TEMPLATES: Record<MailTemplateName, (context: TemplateContext) => RenderedMail> = {
  welcome: renderWelcome,
  'verify-email': renderVerifyEmail,
  'password-reset': renderPasswordReset,
  'data-export-ready': renderDataExportReady,
};

export function renderMail(job: MailJob, appUrl: string): RenderedMail {
  return TEMPLATES[job.template]({ language: job.language ?? 'de', appUrl, data: job.data });
}
