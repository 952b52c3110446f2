import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../layout/page-heading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow not-found">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
