// A payload type per queue, so that a producer cannot enqueue the wrong data.
import type { QUEUES } from './queue-names.js';

export interface MailRecipient {
  address: string;
  name?: string;
}

export type MailTemplateName = 'welcome';

export interface MailJob {
  template: MailTemplateName;
  to: MailRecipient;
  language?: 'de' | 'en';
  data: Record<string, string | number | boolean | null>;
  /** For `List-Unsubscribe`: the one-click URL of the category this mail belongs to. */
  unsubscribeUrl?: string;
}

export interface JobPayloads {
  [QUEUES.mail]: MailJob;
}
