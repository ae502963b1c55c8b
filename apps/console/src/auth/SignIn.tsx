import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { config } from '../config';
import { ROLE, useLabel, useT } from '../i18n';
import { beginLogin } from './oidc';
import { devSignIn, devUsers, type Session } from './session';

/** Development: pick a demo user of the demo organisation. Production: the OIDC provider's login. */
export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const t = useT();
  const auth = config().auth;
  return (
    <main
      style={{
        display: 'grid',
        placeItems: 'center',
        minHeight: '100vh',
        padding: 16,
        background: '#f5f5f5',
      }}
    >
      <Card style={{ width: 'min(480px, 100%)' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('售后服务后台', 'After-sales back office')}
        </Typography.Title>
        {auth.mode === 'dev' ? <DevSignIn onSignedIn={onSignedIn} /> : <OidcSignIn />}
      </Card>
    </main>
  );
}

function OidcSignIn() {
  const t = useT();
  const [error, setError] = useState<string>();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" message={error} />}
      <Button type="primary" block onClick={() => beginLogin().catch((e: Error) => setError(e.message))}>
        {t('登录', 'Sign in')}
      </Button>
    </Space>
  );
}

function DevSignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const t = useT();
  const label = useLabel();
  const users = useQuery({ queryKey: ['demo-users'], queryFn: devUsers });
  const [userId, setUserId] = useState<string>();
  const [error, setError] = useState<string>();
  return (
    <Form
      layout="vertical"
      onFinish={() => userId && devSignIn(userId).then(onSignedIn, (e: Error) => setError(e.message))}
    >
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        message={t('开发模式：选择一位演示用户登录。', 'Development: sign in as a demo user.')}
      />
      {error && <Alert type="error" message={error} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('演示用户', 'Demo user')} htmlFor="demo-user">
        <Select
          id="demo-user"
          showSearch
          loading={users.isLoading}
          value={userId}
          onChange={setUserId}
          optionFilterProp="label"
          placeholder={t('角色与分公司', 'Role and branch')}
          options={(users.data ?? []).map((u) => ({
            value: u.id,
            label: `${u.roles.map((r) => label(ROLE, r)).join(', ')} · ${u.branches.join(', ') || t('总部', 'head office')} · ${u.name}`,
          }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block disabled={!userId}>
        {t('登录', 'Sign in')}
      </Button>
    </Form>
  );
}
