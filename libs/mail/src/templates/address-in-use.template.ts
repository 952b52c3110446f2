import { escapeHtml, htmlLayout, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';

/**
 * To the owner of an address someone tried to sign up with (or to move another account to): the answer to that
 * person said nothing about who is registered, so the owner hears of it here, and how to get in if it was them.
 */
export function renderAddressInUse({ language, data }: TemplateContext): RenderedMail {
  const name = String(data.displayName ?? '');
  const logInUrl = String(data.logInUrl ?? '');
  const resetUrl = String(data.resetUrl ?? '');
  const words =
    language === 'de'
      ? {
          subject: 'Deine Adresse wurde bei Neuland angegeben',
          hello: `Hallo ${name},`,
          what: 'gerade hat jemand versucht, mit Deiner E-Mail-Adresse ein Konto bei Neuland anzulegen oder ein anderes Konto auf sie umzustellen. Du hast hier schon ein Konto, also hat sich nichts geändert.',
          ifYou: 'Warst Du das? Dann melde Dich einfach an:',
          logIn: 'Anmelden',
          forgot: 'Passwort vergessen? Hier setzt Du ein neues:',
          reset: 'Neues Passwort setzen',
          notYou: 'Warst Du es nicht, kannst Du diese Mail ignorieren.',
        }
      : {
          subject: 'Your address was given at Neuland',
          hello: `Hi ${name},`,
          what: 'someone just tried to open a Neuland account with your e-mail address, or to move another account to it. You have an account here already, so nothing changed.',
          ifYou: 'Was it you? Then just log in:',
          logIn: 'Log in',
          forgot: 'Forgot your password? Choose a new one here:',
          reset: 'Choose a new password',
          notYou: 'If it was not you, you can ignore this mail.',
        };
  return {
    subject: words.subject,
    text: `${words.hello}\n\n${words.what}\n\n${words.ifYou}\n${logInUrl}\n\n${words.forgot}\n${resetUrl}\n\n${words.notYou}\n`,
    html: htmlLayout(
      words.subject,
      `<p>${escapeHtml(words.hello)}</p><p>${escapeHtml(words.what)}</p>` +
        `<p>${escapeHtml(words.ifYou)} <a href="${escapeHtml(logInUrl)}">${escapeHtml(words.logIn)}</a></p>` +
        `<p>${escapeHtml(words.forgot)} <a href="${escapeHtml(resetUrl)}">${escapeHtml(words.reset)}</a></p>` +
        `<p>${escapeHtml(words.notYou)}</p>`,
    ),
  };
}
