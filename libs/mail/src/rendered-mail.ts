export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value put into mail HTML goes through this. */
export const escapeHtml = (value: string | number | boolean | null | undefined) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/** The frame around every HTML mail: readable without images, on a phone, and in dark mode clients. */
export function htmlLayout(title: string, bodyHtml: string, footerHtml = ''): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f0;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1b">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${bodyHtml}
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#5c5c57">${footerHtml}</p>
</body></html>`;
}
