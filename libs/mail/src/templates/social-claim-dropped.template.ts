import { escapeHtml, htmlLayout, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';

/** Told to a member whose unverified claim gave way to someone who proved the account is theirs. */
export function renderSocialClaimDropped({ language, data }: TemplateContext): RenderedMail {
  const name = String(data.displayName ?? '');
  const account = `${String(data.platform ?? '')}: ${String(data.handle ?? '')}`;
  if (language === 'de') {
    const subject = 'Ein Konto wurde aus Deinem Profil entfernt';
    const body = `jemand hat bewiesen, dass das Konto ${account} ihm gehört. Wir haben es deshalb aus Deinem Profil entfernt. Wenn es doch Deins ist, bestätige es mit einem rel="me"-Link zurück zu Deinem Neuland-Profil.`;
    return {
      subject,
      text: `Hallo ${name},\n\n${body}\n`,
      html: htmlLayout(subject, `<p>Hallo ${escapeHtml(name)},</p><p>${escapeHtml(body)}</p>`),
    };
  }
  const subject = 'An account was removed from your profile';
  const body = `someone proved that the account ${account} is theirs, so we removed it from your profile. If it is yours after all, verify it with a rel="me" link back to your Neuland profile.`;
  return {
    subject,
    text: `Hi ${name},\n\n${body}\n`,
    html: htmlLayout(subject, `<p>Hi ${escapeHtml(name)},</p><p>${escapeHtml(body)}</p>`),
  };
}
