// The development mailbox as pages a person reads: the list of mails, and one mail rendered with working links.

export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  sentAt: string;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string,
  );

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1d232b; }
  h1 { font-size: 1.5rem; margin: 0.5rem 0 1rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #d5dae0; vertical-align: top; }
  td a { font-weight: 600; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  iframe { width: 100%; height: 70vh; border: 1px solid #d5dae0; border-radius: 6px; background: #fff; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f6f8; padding: 1rem; border-radius: 6px; }
  .muted { color: #505a66; }
  @media (max-width: 40rem) { .sent { display: none; } }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Neuland dev mailbox</title><style>${STYLE}</style></head>
<body>${body}</body></html>`;
}

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

export function mailListPage(mails: MailSummary[]): string {
  const rows = mails
    .map(
      (mail) => `<tr><td><a href="/dev/mail/${encodeURIComponent(mail.id)}">${escape(mail.subject)}</a></td>
<td>${escape(mail.to)}</td><td class="sent">${escape(when(mail.sentAt))}</td></tr>`,
    )
    .join('\n');
  const content = mails.length
    ? `<table><thead><tr><th>Subject</th><th>To</th><th class="sent">Sent</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No mails yet. Sign up in the app, and the confirmation mail appears here.</p>';
  return page(
    'Mailbox',
    `<h1>Development mailbox</h1>
<p class="muted">Every mail Neuland sent while no SMTP_URL is set, newest first. Reload to see new ones.</p>
${content}`,
  );
}

export function mailPage(mail: MailSummary, text: string | null): string {
  const id = encodeURIComponent(mail.id);
  // Links in the mail open in this window (top), so a newcomer can click "confirm" right here.
  const body =
    text === null
      ? '<p>This mail was written before the mailbox kept rendered mails: download it instead.</p>'
      : `<iframe title="The mail as HTML" src="/dev/mail/${id}/html"
  sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"></iframe>
<h2>Plain text</h2><pre>${escape(text)}</pre>`;
  return page(
    mail.subject,
    `<p><a href="/dev/mail">← All mails</a></p>
<h1>${escape(mail.subject)}</h1>
<dl><dt>To</dt><dd>${escape(mail.to)}</dd><dt>Sent</dt><dd>${escape(when(mail.sentAt))}</dd>
<dt>Source</dt><dd><a href="/dev/mail/${id}/raw" download="${id}.eml">${id}.eml</a></dd></dl>
${body}`,
  );
}

/** The mail's own HTML, with its links (React Email opens them in a new tab) aimed at the window around the frame. */
export function mailHtml(html: string): string {
  const base = '<base target="_top">';
  const inThisWindow = html.replace(/\s+target="_blank"/gi, '');
  return /<head[^>]*>/i.test(inThisWindow)
    ? inThisWindow.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : base + inThisWindow;
}
