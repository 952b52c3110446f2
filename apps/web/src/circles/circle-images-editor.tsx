// The circle's logo and cover, for its organisers: upload, replace, remove.
import { useTranslation } from 'react-i18next';
import { ImageUpload } from '../media/image-upload';
import { Button } from '../ui/button';
import { type Circle, useCircleImage } from './circles-api';

function ImageEditor({ circle, which }: { circle: Circle; which: 'logo' | 'cover' }) {
  const { t } = useTranslation();
  const { upload, remove } = useCircleImage(circle.slug, which);
  const present = Boolean(circle[which]);
  return (
    <div>
      <h3>{t(`circles.${which}Title`)}</h3>
      <ImageUpload
        label={present ? t(`circles.${which}Replace`) : t(`circles.${which}Upload`)}
        pending={upload.isPending}
        error={upload.error}
        onFile={(file) => upload.mutate(file)}
      />
      {present && (
        <Button type="button" variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t(`circles.${which}Remove`)}
        </Button>
      )}
    </div>
  );
}

export function CircleImagesEditor({ circle }: { circle: Circle }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="circle-images" className="mt-8">
      <h2 id="circle-images">{t('circles.images')}</h2>
      <div className="grid gap-6 sm:grid-cols-2">
        <ImageEditor circle={circle} which="logo" />
        <ImageEditor circle={circle} which="cover" />
      </div>
    </section>
  );
}
