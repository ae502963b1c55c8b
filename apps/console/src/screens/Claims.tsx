import { useT } from '../i18n';
import { PageTitle } from '../ui/common';

export default function Claims() {
  const t = useT();
  return (
    <section>
      <PageTitle>{t('Claims', 'Claims')}</PageTitle>
    </section>
  );
}
