// A modal dialog (Radix): focus is trapped inside and returns to the trigger, Escape closes it, the page behind is
// inert. For a decision that needs the user's full attention, such as confirming what cannot be undone.
import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Wrap a button in it to close the dialog: `<DialogClose asChild><Button>…</Button></DialogClose>`. */
export const DialogClose = RadixDialog.Close;

export function Dialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  children,
}: {
  /** The button that opens it; leave out when `open` is controlled. */
  trigger?: ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  /** One sentence under the title that says what happens; read out when the dialog opens. */
  description?: ReactNode;
  /** The body, with its buttons (DialogClose for "keep it"). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/50 backdrop-blur-[2px]" />
        <RadixDialog.Content
          className="fixed inset-x-3 bottom-3 z-50 max-h-[85vh] overflow-y-auto rounded-card border border-line bg-surface p-5 text-ink shadow-2xl sm:inset-x-auto sm:top-1/2 sm:bottom-auto sm:left-1/2 sm:w-[28rem] sm:-translate-x-1/2 sm:-translate-y-1/2 sm:p-6"
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="flex items-start justify-between gap-4">
            <RadixDialog.Title className="m-0 text-xl font-bold">{title}</RadixDialog.Title>
            <RadixDialog.Close
              className="-m-2 inline-flex size-11 flex-none items-center justify-center rounded-full text-ink-muted hover:bg-surface-muted"
              aria-label={t('ui.close')}
            >
              <X aria-hidden size={20} />
            </RadixDialog.Close>
          </div>
          {description && (
            <RadixDialog.Description className="mt-2 mb-4 text-ink-muted">
              {description}
            </RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
