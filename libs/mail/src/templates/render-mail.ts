import { escapeHtml, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';
import { renderDataExportReady } from './data-export-ready.template.js';
import { renderSocialClaimDropped } from './social-claim-dropped.template.js';
import { renderPasswordReset } from './password-reset.template.js';
import { renderAddressInUse } from './address-in-use.template.js';
import { renderVerifyEmail } from './verify-email.template.js';
import { renderWelcome } from './welcome.template.js';

export type MailTemplateName =
  | 'welcome'
  | 'verify-email'
  | 'address-in-use'
  | 'password-reset'
  | 'data-export-ready'
  | 'social-claim-dropped';

/** A mail to render: which one, in which language, with which values. */
export interface TemplateMail {
  template: MailTemplateName;
  language: 'de' | 'en';
  data: TemplateContext['data'];
}

const TEMPLATES: Record<MailTemplateName, (context: TemplateContext) => RenderedMail> = {
  welcome: renderWelcome,
  'verify-email': renderVerifyEmail,
  'address-in-use': renderAddressInUse,
  'password-reset': renderPasswordReset,
  'data-export-ready': renderDataExportReady,
  'social-claim-dropped': renderSocialClaimDropped,
};

export function renderMail({ template, language, data }: TemplateMail, appUrl: string): RenderedMail {
  return withLegalLinks(TEMPLATES[template]({ language, appUrl, data }), appUrl, language);
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
