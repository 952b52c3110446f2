// /admin/settings — the organiser policy: open to every verified member, or by approval.
import { useTranslation } from 'react-i18next';
import { useChoiceBeingSaved } from '../forms/use-choice-being-saved';
import { PageHeading } from '../ui/page-heading';
import { type OrganiserPolicy, useAdminSettings, useSaveAdminSettings } from './admin-api';

const POLICIES: OrganiserPolicy[] = ['open', 'approval'];

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useAdminSettings();
  const save = useSaveAdminSettings();
  const [shown, pick] = useChoiceBeingSaved(settings.data?.organiserPolicy, save);
  return (
    <section>
      <PageHeading>{t('admin.nav.settings')}</PageHeading>
      {settings.isPending && <p role="status">{t('home.loading')}</p>}
      {settings.isError && <p role="alert">{t('admin.loadFailed')}</p>}
      {settings.data && (
        <fieldset className="m-0 mb-4 border-0 p-0 [&>legend]:mb-3 [&>legend]:font-semibold">
          <legend>{t('admin.settings.policy')}</legend>
          {POLICIES.map((policy) => (
            <div
              className="mb-4 flex items-start gap-3 [&>input]:mt-0.5 [&>input]:size-6 [&>input]:flex-none [&_label]:font-semibold"
              key={policy}
            >
              <input
                type="radio"
                id={`policy-${policy}`}
                name="organiserPolicy"
                checked={shown === policy}
                disabled={save.isPending}
                onChange={() => pick(policy)}
              />
              <label htmlFor={`policy-${policy}`}>{t(`admin.settings.${policy}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {save.isSuccess && <p role="status">{t('admin.saved')}</p>}
      {save.isError && <p role="alert">{t('form.failed')}</p>}
    </section>
  );
}
