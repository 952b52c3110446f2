/** What a template gets: the recipient's language, the app's address, and the mail's own values. */
export interface TemplateContext {
  language: 'de' | 'en';
  appUrl: string;
  data: Record<string, string | number | boolean | null>;
}
