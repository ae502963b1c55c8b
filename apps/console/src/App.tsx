import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  ConfigProvider,
  Grid,
  Layout,
  Menu,
  Result,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
} from 'react';
import { allowed } from './api/access';
import { ApiError, useToken } from './api/client';
import { completeLogin } from './auth/oidc';
import { clearSession, storedSession, type Session } from './auth/session';
import { SessionContext } from './auth/SessionContext';
import { SignIn } from './auth/SignIn';
import { LangContext, ROLE, storedLang, useLabel, useT, type Lang } from './i18n';
import { href, useRoute } from './router';

/** Every screen is its own chunk, loaded when first opened. */
const screens: Record<
  string,
  {
    load: () => Promise<{ default: ComponentType<{ route: string[] }> }>;
    needs: string;
    zh: string;
    en: string;
  }
> = {
  complaints: {
    load: () => import('./screens/Complaints'),
    needs: 'GET /intake/cases',
    zh: '投诉登记',
    en: 'Complaints',
  },
  cases: {
    load: () => import('./screens/CasePage'),
    needs: 'GET /intake/cases/{caseId}',
    zh: '案件',
    en: 'Case',
  },
  dispatch: {
    load: () => import('./screens/Dispatch'),
    needs: 'GET /dispatch/visits',
    zh: '派工看板',
    en: 'Dispatch board',
  },
  quality: {
    load: () => import('./screens/Quality'),
    needs: 'GET /quality-inspection/inspections',
    zh: '质检工作台',
    en: 'QC bench',
  },
  returns: {
    load: () => import('./screens/Returns'),
    needs: 'GET /warehouse-returns/rmas',
    zh: '调退货',
    en: 'Returns',
  },
  claims: {
    load: () => import('./screens/Claims'),
    needs: 'GET /claims/supplier-claims',
    zh: '索赔',
    en: 'Claims',
  },
  finance: {
    load: () => import('./screens/Finance'),
    needs: 'GET /finance/costs',
    zh: '财务',
    en: 'Finance',
  },
  audit: {
    load: () => import('./screens/Audit'),
    needs: 'GET /intake/cases/{caseId}',
    zh: '审计',
    en: 'Audit',
  },
  kpis: {
    load: () => import('./screens/Kpis'),
    needs: 'GET /intake/reports/monthly-summary',
    zh: '指标',
    en: 'KPIs',
  },
};
const lazyScreens = Object.fromEntries(Object.entries(screens).map(([k, s]) => [k, lazy(s.load)]));
const MENU = ['complaints', 'dispatch', 'quality', 'returns', 'claims', 'finance', 'audit', 'kpis'];

/** WCAG AA contrast (4.5:1) for every text colour, placeholders and status colours included. */
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorTextPlaceholder: '#6b6b6b',
    colorTextTertiary: '#595959',
    colorTextQuaternary: '#6b6b6b',
    colorTextDisabled: '#6b6b6b',
  },
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) is an answer, not a glitch: shown at once, not retried.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem('aftersales.lang', next);
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <Signed />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}

function Signed() {
  const t = useT();
  const [session, setSession] = useState<Session | undefined>(storedSession);
  const [error, setError] = useState<string>();
  const signOut = useCallback(() => {
    clearSession();
    queryClient.clear();
    setSession(undefined);
  }, []);
  useToken(session?.token, signOut);
  useEffect(() => {
    completeLogin().then(
      (s) => s && setSession(s),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  const value = useMemo(() => ({ session, signOut }), [session, signOut]);
  if (error) return <Result status="error" title={t('登录失败', 'Sign-in failed')} subTitle={error} />;
  if (!session) return <SignIn onSignedIn={setSession} />;
  return (
    <SessionContext.Provider value={value}>
      <Shell session={session} signOut={signOut} />
    </SessionContext.Provider>
  );
}

function Shell({ session, signOut }: { session: Session; signOut: () => void }) {
  const t = useT();
  const label = useLabel();
  const route = useRoute();
  const narrow = useBreakpointCollapsed();
  const { lang, setLang } = useContext(LangContext);
  const visible = MENU.filter((k) => allowed(session, screens[k].needs));
  const key = route[0] && screens[route[0]] ? route[0] : visible[0];
  const Screen = key ? lazyScreens[key] : undefined;
  const permitted = key ? allowed(session, screens[key].needs) : false;
  const selected = key === 'cases' ? 'complaints' : key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={narrow ? 0 : 64} theme="light" width={200}>
        <nav aria-label={t('主菜单', 'Main menu')}>
          <Typography.Title level={1} style={{ fontSize: 16, margin: 16 }}>
            {t('售后服务后台', 'After-sales back office')}
          </Typography.Title>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={visible.map((k) => ({
              key: k,
              label: <a href={href(k)}>{lang === 'en' ? screens[k].en : screens[k].zh}</a>,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 12,
            paddingInline: 16,
            flexWrap: 'wrap',
            height: 'auto',
            minHeight: 64,
          }}
        >
          <Space wrap>
            <span data-testid="signed-in-as">{session.name}</span>
            {session.roles.map((r) => (
              <Tag key={r} color="blue">
                {label(ROLE, r)}
              </Tag>
            ))}
            <Tag>
              {session.branches.length ? session.branches.join(', ') : t('全部分公司', 'All branches')}
            </Tag>
            <Segmented
              aria-label={t('语言', 'Language')}
              value={lang}
              onChange={(v) => setLang(v as Lang)}
              options={[
                { label: '中文', value: 'zh' },
                { label: 'English', value: 'en' },
              ]}
            />
            <Button onClick={signOut}>{t('退出', 'Sign out')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <main>
            {Screen && permitted ? (
              <Suspense fallback={<Spin />}>
                <Screen route={route} />
              </Suspense>
            ) : (
              <Result
                status="403"
                title={t('无权访问', 'Not permitted')}
                subTitle={t('您的角色不能查看此页面。', 'Your roles do not include this screen.')}
              />
            )}
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Narrower than a tablet held upright: the menu folds away entirely. */
function useBreakpointCollapsed(): boolean {
  return !Grid.useBreakpoint().md;
}
