import type { MailJob, MailTemplateName } from '@neuland/queue';
import { escapeHtml, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';
import { renderDataExportReady } from './data-export-ready.template.js';
import { renderSocialClaimDropped } from './social-claim-dropped.template.js';
import { renderPasswordReset } from './password-reset.template.js';
import { renderSignUpAttempt } from './sign-up-attempt.template.js';
import { renderVerifyEmail } from './verify-email.template.js';
import { renderWelcome } from './welcome.template.js';

const TEMPLATES: Record<MailTemplateName, (context: TemplateContext) => RenderedMail> = {
  welcome: renderWelcome,
  'verify-email': renderVerifyEmail,
  'sign-up-attempt': renderSignUpAttempt,
  'password-reset': renderPasswordReset,
  'data-export-ready': renderDataExportReady,
  'social-claim-dropped': renderSocialClaimDropped,
};

export function renderMail(job: MailJob, appUrl: string): RenderedMail {
  const language = job.language ?? 'de';
  return withLegalLinks(TEMPLATES[job.template]({ language, appUrl, data: job.data }), appUrl, language);
}

/** Every mail links the imprint and the privacy policy (German law wants both one click away). */
function withLegalLinks(mail: RenderedMail, appUrl: string, language: 'de' | 'en'): RenderedMail {
  const [imprint, privacy] = language === 'de' ? ['Impressum', 'Datenschutz'] : ['Imprint', 'Privacy policy'];
  const links = `<p style="max-width:560px;margin:8px auto 0;font-size:12px;color:#5c5c57"><a href="${escapeHtml(`${appUrl}/imprint`)}">${imprint}</a> · <a href="${escapeHtml(`${appUrl}/privacy`)}">${privacy}</a></p>`;
  return {
    subject: mail.subject,
    text: `${mail.text.trimEnd()}\n\n--\n${imprint}: ${appUrl}/imprint\n${privacy}: ${appUrl}/privacy\n`,
    html: mail.html.replace(/<\/body>/, `${links}\n</body>`),
  };
}
