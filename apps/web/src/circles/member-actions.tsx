// What organisers do to one member, in a dialog: the owner names co-organisers and hands the circle over;
// organisers remove and ban members (a co-organiser only the owner).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Ellipsis } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import type { Circle, CircleMember } from './circles-api';

type Action = 'co_organiser' | 'member' | 'handOver' | 'remove' | 'ban';

async function act(slug: string, userId: string, action: Action): Promise<void> {
  const path = { slug, userId };
  if (action === 'co_organiser' || action === 'member') {
    unwrap(
      await api.PUT('/api/v1/circles/{slug}/members/{userId}/role', {
        params: { path },
        body: { role: action },
      }),
    );
  } else if (action === 'handOver') {
    unwrap(
      await api.POST('/api/v1/circles/{slug}/hand-over', { params: { path: { slug } }, body: { userId } }),
    );
  } else if (action === 'remove') {
    unwrap(await api.DELETE('/api/v1/circles/{slug}/members/{userId}', { params: { path } }));
  } else {
    unwrap(await api.PUT('/api/v1/circles/{slug}/bans/{userId}', { params: { path } }));
  }
}

export function MemberActions({ circle, member }: { circle: Circle; member: CircleMember }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const change = useMutation({
    mutationFn: (action: Action) => act(circle.slug, member.userId, action),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ['circles', 'one', circle.slug] });
    },
  });
  if (member.role === 'owner') return null;
  const isOwner = circle.viewer.role === 'owner';
  const mayActOn = member.role === 'member' || isOwner;
  if (!mayActOn) return null;
  const failed =
    change.error instanceof ApiError
      ? t(`circles.error_${change.error.code}`, { defaultValue: t('form.failed') })
      : change.error
        ? t('form.failed')
        : '';
  const button = (action: Action, label: string, variant: 'secondary' | 'danger' = 'secondary') => (
    <Button variant={variant} disabled={change.isPending} onClick={() => change.mutate(action)}>
      {label}
    </Button>
  );
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button
          size="sm"
          variant="ghost"
          aria-label={t('circles.manageMember', { name: member.displayName })}
          icon={<Ellipsis aria-hidden size={18} />}
        />
      }
      title={member.displayName}
      description={t('circles.manageMemberText')}
    >
      <div className="flex flex-col gap-2">
        {isOwner && member.role === 'member' && button('co_organiser', t('circles.makeCoOrganiser'))}
        {isOwner && member.role === 'co_organiser' && button('member', t('circles.makeMember'))}
        {isOwner && button('handOver', t('circles.handOver'))}
        {button('remove', t('circles.remove'))}
        {button('ban', t('circles.ban'), 'danger')}
      </div>
      {failed && <p role="alert">{failed}</p>}
    </Dialog>
  );
}
