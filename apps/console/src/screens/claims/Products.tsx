import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Radio, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/access';
import { claims, ok } from '../../api/client';
import { fieldReason } from '../../api/field-reasons';
import { useLang, useT } from '../../i18n';
import { href } from '../../router';
import { CardTitle, ErrorNote } from '../../ui/common';

const PAGE = 50;

type Format = 'csv' | 'jsonl';
const CSV_HEADER = 'serial,model,customerId,branch,deliveryDate,commissioningDate';

/**
 * A refused row's reason in the user's language: the field's reason (`serial: …`) or the rule's
 * (`CLM-1: …`), as the import reports them; any other wording stays as the service wrote it.
 */
function useRowReason() {
  const lang = useLang();
  return (reason: string) =>
    reason
      .split('; ')
      .map((part) => {
        const at = part.indexOf(': ');
        if (at < 0 || /^[A-Z]+-\d+$/.test(part.slice(0, at))) return part;
        const field = part.slice(0, at);
        const said = part
          .slice(at + 2)
          .split(', ')
          .map((r) => fieldReason(lang, { field, reason: r }))
          .join(lang === 'zh' ? '；' : ', ');
        return `${field}${lang === 'zh' ? '：' : ': '}${said}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
}

/** CLM-1, CLM-2: the product registry by serial, and a bulk import with a report of every refused row. */
export default function Products() {
  const t = useT();
  const can = useCan();
  const client = useQueryClient();
  const rowReason = useRowReason();
  const [format, setFormat] = useState<Format>('csv');
  const [content, setContent] = useState('');
  const [model, setModel] = useState<string>();
  const [offset, setOffset] = useState(0);
  const registry = useQuery({
    queryKey: ['products', model, offset],
    queryFn: () =>
      ok(
        claims.GET('/claims/products', {
          params: { query: { limit: PAGE, offset, ...(model ? { model } : {}) } },
        }),
      ),
  });
  const imported = useMutation({
    mutationFn: () => ok(claims.POST('/claims/products/import', { body: { format, content } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['products'] }),
  });
  const report = imported.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {can('POST /claims/products/import') && (
        <Card title={<CardTitle>{t('导入产品档案', 'Import products')}</CardTitle>}>
          <ErrorNote error={imported.error} />
          <Form layout="vertical" name="product-import" onFinish={() => imported.mutate()}>
            <Form.Item label={t('格式', 'Format')}>
              <Radio.Group
                value={format}
                onChange={(e) => setFormat(e.target.value as Format)}
                options={[
                  { value: 'csv', label: t('CSV（首行为表头）', 'CSV (a header row first)') },
                  {
                    value: 'jsonl',
                    label: t('JSON Lines（每行一个产品）', 'JSON lines (one product a line)'),
                  },
                ]}
              />
            </Form.Item>
            <Form.Item
              label={t('文件', 'File')}
              extra={format === 'csv' ? <Typography.Text code>{CSV_HEADER}</Typography.Text> : undefined}
            >
              <Upload
                accept=".csv,.jsonl,.txt,text/csv,application/json"
                maxCount={1}
                showUploadList={false}
                beforeUpload={(file) => {
                  // Read here: the file's text goes in the request body, nothing is uploaded apart.
                  void file.text().then(setContent);
                  return false;
                }}
              >
                <Button>{t('选择文件', 'Choose a file')}</Button>
              </Upload>
            </Form.Item>
            <Form.Item label={t('内容', 'Content')} htmlFor="product-import-content">
              <Input.TextArea
                id="product-import-content"
                rows={6}
                value={content}
                onChange={(e) => setContent(e.target.value)}
                spellCheck={false}
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={imported.isPending} disabled={!content.trim()}>
              {t('导入', 'Import')}
            </Button>
          </Form>
          {report && (
            <div data-testid="import-report" style={{ marginTop: 16 }}>
              <Descriptions
                size="small"
                column={3}
                items={[
                  { key: 'registered', label: t('已登记', 'Registered'), children: report.registered },
                  { key: 'unchanged', label: t('无变化', 'Unchanged'), children: report.unchanged },
                  { key: 'rejected', label: t('被拒行', 'Rows refused'), children: report.rejected.length },
                ]}
              />
              {report.rejected.length > 0 && (
                <Table
                  rowKey="line"
                  size="small"
                  pagination={false}
                  dataSource={report.rejected}
                  columns={[
                    { title: t('行号', 'Line'), dataIndex: 'line', width: 80 },
                    { title: t('原因', 'Reason'), dataIndex: 'reason', render: rowReason },
                  ]}
                />
              )}
            </div>
          )}
        </Card>
      )}
      <Card
        title={<CardTitle>{t('产品档案', 'Product registry')}</CardTitle>}
        extra={
          <Input.Search
            allowClear
            aria-label={t('按型号筛选', 'Filter by model')}
            placeholder={t('型号', 'Model')}
            onSearch={(v) => {
              setModel(v.trim() || undefined);
              setOffset(0);
            }}
            style={{ width: 200 }}
          />
        }
      >
        <ErrorNote error={registry.error} />
        <Table
          rowKey="serial"
          size="middle"
          loading={registry.isLoading}
          dataSource={registry.data?.items ?? []}
          scroll={{ x: 700 }}
          pagination={{
            current: offset / PAGE + 1,
            pageSize: PAGE,
            total: registry.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setOffset((page - 1) * PAGE),
          }}
          columns={[
            {
              title: t('出厂编号', 'Serial number'),
              dataIndex: 'serial',
              render: (serial: string) => <a href={href('claims', 'serials', serial)}>{serial}</a>,
            },
            { title: t('型号', 'Model'), dataIndex: 'model' },
            { title: t('分公司', 'Branch'), dataIndex: 'branch' },
            { title: t('客户', 'Customer'), dataIndex: 'customerId' },
            { title: t('交货日期', 'Delivered on'), dataIndex: 'deliveryDate' },
            { title: t('投运日期', 'Commissioned on'), dataIndex: 'commissioningDate' },
            {
              title: t('维保合同', 'Contracts'),
              key: 'contracts',
              render: (_: unknown, p) => p.contracts.map((c) => `${c.contractId} (${c.endsOn})`).join(', '),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
