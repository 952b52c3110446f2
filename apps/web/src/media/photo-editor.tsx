// My photo in the profile settings: upload, replace, remove.
import { useTranslation } from 'react-i18next';
import type { OwnProfile } from '../profiles/profile-api';
import { Avatar } from '../ui/avatar';
import { ImageUpload } from './image-upload';
import { usePhoto } from './media-api';
import { Button } from '../ui/button';

export function PhotoEditor({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const { upload, remove } = usePhoto();
  return (
    <section aria-labelledby="photo-heading">
      <h2 id="photo-heading">{t('media.photoTitle')}</h2>
      <p className="text-ink-muted">{t('media.photoIntro')}</p>
      <div className="photo-editor mb-6 flex flex-wrap items-center gap-x-6 gap-y-4">
        <Avatar person={profile} size={160} />
        <div>
          <ImageUpload
            label={profile.photo ? t('media.replacePhoto') : t('media.uploadPhoto')}
            pending={upload.isPending}
            error={upload.error}
            onFile={(file) => upload.mutate(file)}
          />
          {profile.photo && (
            <Button
              type="button"
              variant="secondary"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t('media.removePhoto')}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
