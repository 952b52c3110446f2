// The frame of the few small HTML pages the API answers itself, outside the web app: the legal pages and the
// pages behind a `List-Unsubscribe` link that a mail client opens in a browser. Not for mails: those are React
// components in libs/notifications, escaped by React.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value put into such a page goes through this. */
export const escapeHtml = (value: string | number | boolean | null | undefined) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/** A page readable on a phone: `bodyHtml` inside a white card. */
export function htmlLayout(title: string, bodyHtml: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f0;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1b">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${bodyHtml}
</div>
</body></html>`;
}
