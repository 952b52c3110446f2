// The component gallery: every part of src/ui in its variants, for docs/design.md and for anyone building a page.
import { CalendarPlus, CalendarX, Check, Share2, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../ui/avatar';
import { AvatarStack } from '../ui/avatar-stack';
import { Badge } from '../ui/badge';
import { Button, ButtonLink } from '../ui/button';
import { Card } from '../ui/card';
import { Dialog, DialogClose } from '../ui/dialog';
import { EmptyState } from '../ui/empty-state';
import { TextField } from '../ui/form-field';
import { Notice } from '../ui/notice';
import { PageHeading } from '../ui/page-heading';
import { useToast } from '../ui/toast';

const SWATCHES = [
  'canvas',
  'surface',
  'surface-muted',
  'ink',
  'ink-muted',
  'line',
  'accent',
  'accent-soft',
  'danger',
  'success-soft',
  'warning-soft',
  'danger-soft',
];

const PEOPLE = [
  'Silke Schröder',
  'Jonas Berg',
  'Ines Okafor',
  'Cora Lind',
  'Mia Wolff',
  'Ada Park',
  'Tom Ries',
].map((displayName) => ({ displayName }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-10">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function DesignPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const d = (key: string) => t(`design.${key}`);
  return (
    <>
      <PageHeading lead={d('lead')}>{d('title')}</PageHeading>
      <Section title={d('colours')}>
        <ul className="m-0 grid list-none grid-cols-3 gap-3 p-0 sm:grid-cols-6">
          {SWATCHES.map((name) => (
            <li key={name} className="text-sm">
              <span
                className="block h-12 rounded-control border border-line"
                style={{ background: `var(--color-${name})` }}
              />
              <code className="text-ink-muted">{name}</code>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={d('buttons')}>
        <div className="flex flex-wrap items-center gap-3">
          <Button icon={<Check aria-hidden size={18} />}>{d('primary')}</Button>
          <Button variant="secondary" icon={<CalendarPlus aria-hidden size={18} />}>
            {d('secondary')}
          </Button>
          <Button variant="ghost" icon={<Share2 aria-hidden size={18} />}>
            {d('ghost')}
          </Button>
          <Button variant="danger">{d('danger')}</Button>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button size="sm">{d('small')}</Button>
          <Button size="lg">{d('large')}</Button>
          <ButtonLink to="/design" variant="secondary">
            {d('asLink')}
          </ButtonLink>
          <Button disabled>{t('form.sending')}</Button>
        </div>
      </Section>
      <Section title={d('cards')}>
        <Card as="article" className="max-w-md">
          <h3 className="m-0 text-lg">{d('cardTitle')}</h3>
          <p className="text-ink-muted">{d('cardText')}</p>
          <div className="flex flex-wrap items-center gap-3">
            <AvatarStack people={PEOPLE} total={12} />
            <Badge icon={<Users aria-hidden size={14} />}>{d('goingCount')}</Badge>
          </div>
        </Card>
      </Section>
      <Section title={d('faces')}>
        <div className="flex flex-wrap items-end gap-4">
          <Avatar person={PEOPLE[0]} size={160} />
          <Avatar person={PEOPLE[1]} size={64} />
          <Avatar person={PEOPLE[2]} size={40} />
          <Avatar person={PEOPLE[3]} size={32} />
          <AvatarStack people={PEOPLE} max={4} size={40} />
        </div>
      </Section>
      <Section title={d('badges')}>
        <div className="flex flex-wrap gap-2">
          <Badge>{d('knowEachOther')}</Badge>
          <Badge tone="neutral">{d('pending')}</Badge>
          <Badge tone="success">{d('confirmed')}</Badge>
          <Badge tone="warning">{d('waitlist')}</Badge>
          <Badge tone="danger">{d('cancelled')}</Badge>
        </div>
      </Section>
      <Section title={d('forms')}>
        <div className="grid max-w-2xl gap-x-6 sm:grid-cols-2">
          <TextField label={d('fieldLabel')} name="title" hint={d('fieldHint')} />
          <TextField label={d('fieldLabel')} name="title-invalid" error={d('fieldError')} />
        </div>
      </Section>
      <Section title={d('notices')}>
        <Notice>{d('info')}</Notice>
        <Notice tone="success">{d('success')}</Notice>
        <Notice tone="warning">{d('warning')}</Notice>
        <Notice tone="danger">{d('dangerNotice')}</Notice>
      </Section>
      <Section title={d('dialogs')}>
        <div className="flex flex-wrap gap-3">
          <Dialog
            trigger={<Button variant="secondary">{d('openDialog')}</Button>}
            title={d('dialogTitle')}
            description={d('dialogText')}
          >
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="secondary">{d('keep')}</Button>
              </DialogClose>
              <DialogClose asChild>
                <Button variant="danger">{d('danger')}</Button>
              </DialogClose>
            </div>
          </Dialog>
          <Button variant="secondary" onClick={() => toast({ title: d('toastTitle') })}>
            {d('showToast')}
          </Button>
        </div>
      </Section>
      <Section title={d('empty')}>
        <EmptyState icon={CalendarX} action={<ButtonLink to="/meetups/new">{d('emptyAction')}</ButtonLink>}>
          {d('emptyText')}
        </EmptyState>
      </Section>
    </>
  );
}
