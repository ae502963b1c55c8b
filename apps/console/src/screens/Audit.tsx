import { useT } from '../i18n';
import { PageTitle } from '../ui/common';

export default function Audit() {
  const t = useT();
  return (
    <section>
      <PageTitle>{t('Audit', 'Audit')}</PageTitle>
    </section>
  );
}
