import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading';

/** The friendly 404: for unknown addresses, and with its own words for an unknown meetup or profile. */
export function NotFoundPage({ title, text }: { title?: string; text?: string }) {
  const { t } = useTranslation();
  return (
    <section className="narrow not-found">
      <PageHeading>{title ?? t('notFound.title')}</PageHeading>
      <p>{text ?? t('notFound.text')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
