import { useQuery } from '@tanstack/react-query';
import { Table, Tabs, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { claims, ok } from '../api/client';
import { formatMoney, formatTime, percent, timeLeft } from '../format';
import { CLAIM_STATUS, useLabel, useLang, useT } from '../i18n';
import { href, navigate } from '../router';
import { ErrorNote, PageTitle } from '../ui/common';
import { CaseLink } from '../ui/CaseLink';

const Campaigns = lazy(() => import('./claims/Campaigns'));
const ClaimNotice = lazy(() => import('./claims/ClaimNotice'));
const SerialHistory = lazy(() => import('./claims/SerialHistory'));
const Products = lazy(() => import('./claims/Products'));

const listClaims = () => ok(claims.GET('/claims/supplier-claims', { params: { query: { limit: 100 } } }));
type Claim = Awaited<ReturnType<typeof listClaims>>['items'][number];

/** Claims: supplier claim notices (CLM-4), campaigns (CLM-6), a serial's history (CLM-7) and the product registry (CLM-1). */
export default function Claims({ route }: { route: string[] }) {
  const t = useT();
  // #/claims, #/claims/supplier-claims/<id>, #/claims/campaigns[/<id>], #/claims/serials[/<serial>], #/claims/products
  const tab = ['campaigns', 'serials', 'products'].includes(route[1]) ? route[1] : 'supplier-claims';
  return (
    <section aria-labelledby="claims-title">
      <PageTitle>
        <span id="claims-title">{t('索赔', 'Claims')}</span>
      </PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(k) => (k === 'supplier-claims' ? navigate('claims') : navigate('claims', k))}
        items={[
          {
            key: 'supplier-claims',
            label: t('供应商索赔', 'Supplier claims'),
            children: route[2] ? (
              <Suspense>
                <ClaimNotice claimId={route[2]} />
              </Suspense>
            ) : (
              <SupplierClaims />
            ),
          },
          {
            key: 'campaigns',
            label: t('批量问题/召回', 'Campaigns'),
            children: (
              <Suspense>
                <Campaigns campaignId={tab === 'campaigns' ? route[2] : undefined} />
              </Suspense>
            ),
          },
          {
            key: 'serials',
            label: t('序列号履历', 'Serial history'),
            children: (
              <Suspense>
                <SerialHistory serial={tab === 'serials' ? route[2] : undefined} />
              </Suspense>
            ),
          },
          {
            key: 'products',
            label: t('产品档案', 'Products'),
            children: (
              <Suspense>
                <Products />
              </Suspense>
            ),
          },
        ]}
      />
    </section>
  );
}

/** CLM-4: supplier claim notices, their share, amount, response window and state. */
function SupplierClaims() {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const list = useQuery({ queryKey: ['supplier-claims'], queryFn: listClaims });
  const items = list.data?.items ?? [];
  const now = Date.now();
  return (
    <>
      <ErrorNote error={list.error} />
      <Table<Claim>
        rowKey="claimId"
        size="middle"
        loading={list.isLoading}
        dataSource={items}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('供应商', 'Supplier'),
            dataIndex: 'supplierId',
            render: (supplier: string, c) => (
              <a href={href('claims', 'supplier-claims', c.claimId)}>{supplier}</a>
            ),
          },
          {
            title: t('案件', 'Case'),
            dataIndex: 'caseId',
            render: (id: string, c) => <CaseLink caseId={id} caseNumber={c.caseNumber} />,
          },
          { title: t('分公司', 'Branch'), dataIndex: 'branch' },
          { title: t('份额', 'Share'), dataIndex: 'shareBp', render: (bp: number) => percent(bp) },
          {
            title: t('索赔金额', 'Amount'),
            key: 'amount',
            render: (_: unknown, c) => formatMoney(c.amountMinor, c.currency, lang),
          },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{label(CLAIM_STATUS, s)}</Tag>,
          },
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
    </>
  );
}
