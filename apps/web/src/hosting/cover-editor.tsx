// A meetup's cover image, for its hosts: upload, replace, remove.
import { useTranslation } from 'react-i18next';
import { ImageUpload } from '../media/image-upload';
import { useCover } from '../media/media-api';
import type { Meetup } from '../meetups/meetup-api';
import { Button } from '../ui/button';

export function CoverEditor({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const { upload, remove } = useCover(meetup.id);
  return (
    <div className="mb-6">
      <h3>{t('media.coverTitle')}</h3>
      <ImageUpload
        label={meetup.cover ? t('media.replaceCover') : t('media.uploadCover')}
        pending={upload.isPending}
        error={upload.error}
        onFile={(file) => upload.mutate(file)}
      />
      {meetup.cover && (
        <Button type="button" variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('media.removeCover')}
        </Button>
      )}
    </div>
  );
}
