import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { ButtonLink } from '../ui/button';

/** The friendly 404: for unknown addresses, and with its own words for an unknown meetup or profile. */
export function NotFoundPage({ title, text }: { title?: string; text?: string }) {
  const { t } = useTranslation();
  return (
    <section className="max-w-md">
      <PageHeading>{title ?? t('notFound.title')}</PageHeading>
      <p>{text ?? t('notFound.text')}</p>
      <p>
        <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
      </p>
    </section>
  );
}
