/** A mail as the transport sends it: the templates (libs/notifications) make it, the transport only delivers it. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
