import { Alert, Form, Input, Button } from 'antd';
import { useT } from '../i18n';
import { navigate } from '../router';
import { PageTitle } from '../ui/common';

/**
 * The case audit report with time travel (as of) and the chain verification comes from each
 * service's audit endpoint; until those land, the case's whole timeline is on its case page.
 */
export default function Audit({ route }: { route: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby="audit-title">
      <PageTitle>
        <span id="audit-title">{t('审计', 'Audit')}</span>
      </PageTitle>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        message={t(
          '案件审计报告（含"截至"时间与链校验）将随各服务的审计接口提供；此处先可查看案件的完整时间线。',
          'The case audit report (as of, chain verification) comes with the services’ audit endpoints; meanwhile a case’s whole timeline is on its page.',
        )}
      />
      <Form
        layout="inline"
        initialValues={{ caseId: route[1] }}
        onFinish={(v: { caseId: string }) => navigate('cases', v.caseId.trim())}
      >
        <Form.Item name="caseId" label={t('案件 ID', 'Case ID')} rules={[{ required: true }]}>
          <Input style={{ width: 340 }} />
        </Form.Item>
        <Button htmlType="submit">{t('查看', 'Open')}</Button>
      </Form>
    </section>
  );
}
