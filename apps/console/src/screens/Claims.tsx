import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { claims, ok } from '../api/client';
import { formatMoney, formatTime, percent, timeLeft } from '../format';
import { useLang, useT } from '../i18n';
import { href } from '../router';
import { ErrorNote, PageTitle } from '../ui/common';

interface Claim {
  claimId: string;
  caseId: string;
  branch: string;
  supplierId: string;
  status: string;
  shareBp: number;
  amountMinor: number | string;
  currency: string;
  respondBy: string;
  issuedAt: string;
  confirmedBy: string | null;
}

/** CLM-4: supplier claim notices, their share, amount, response window and state. */
export default function Claims() {
  const t = useT();
  const lang = useLang();
  // The list's filters are not in the claims contract yet: passed as the service reads them.
  const list = useQuery({
    queryKey: ['supplier-claims'],
    queryFn: () => ok(claims.GET('/claims/supplier-claims', { params: { query: { limit: 100 } as never } })),
  });
  const items = ((list.data as { items?: Claim[] } | undefined)?.items ?? []) as Claim[];
  const now = Date.now();
  return (
    <section aria-labelledby="claims-title">
      <PageTitle>
        <span id="claims-title">{t('供应商索赔', 'Supplier claims')}</span>
      </PageTitle>
      <ErrorNote error={list.error} />
      <Table<Claim>
        rowKey="claimId"
        size="middle"
        loading={list.isLoading}
        dataSource={items}
        scroll={{ x: 800 }}
        columns={[
          { title: t('供应商', 'Supplier'), dataIndex: 'supplierId' },
          {
            title: t('案件', 'Case'),
            dataIndex: 'caseId',
            render: (id: string) => <a href={href('cases', id)}>{id.slice(0, 8)}</a>,
          },
          { title: t('分公司', 'Branch'), dataIndex: 'branch' },
          { title: t('份额', 'Share'), dataIndex: 'shareBp', render: (bp: number) => percent(bp) },
          {
            title: t('索赔金额', 'Amount'),
            key: 'amount',
            render: (_: unknown, c) => formatMoney(Number(c.amountMinor), c.currency, lang),
          },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
          {
            title: t('答复期限', 'Respond by'),
            dataIndex: 'respondBy',
            render: (d: string, c) =>
              c.status === 'issued'
                ? `${formatTime(d, c.branch, lang)} (${timeLeft(d, now, lang).text})`
                : formatTime(d, c.branch, lang),
          },
          { title: t('确认方', 'Confirmed by'), dataIndex: 'confirmedBy' },
        ]}
      />
    </section>
  );
}
