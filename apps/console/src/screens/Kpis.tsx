import { useT } from '../i18n';
import { PageTitle } from '../ui/common';

export default function Kpis() {
  const t = useT();
  return (
    <section>
      <PageTitle>{t('Kpis', 'Kpis')}</PageTitle>
    </section>
  );
}
