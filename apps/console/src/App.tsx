import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  ConfigProvider,
  Drawer,
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
import { useToken } from './api/client';
import { retryDelay, retryQuery } from './api/retry';
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
    /** The menu's text in Chinese and English. */
    label: readonly [string, string];
  }
> = {
  complaints: {
    load: () => import('./screens/Complaints'),
    needs: 'GET /intake/cases',
    label: ['投诉登记', 'Complaints'],
  },
  cases: {
    load: () => import('./screens/CasePage'),
    needs: 'GET /intake/cases/{caseId}',
    label: ['案件', 'Case'],
  },
  dispatch: {
    load: () => import('./screens/Dispatch'),
    needs: 'GET /dispatch/visits',
    label: ['派工看板', 'Dispatch board'],
  },
  calendars: {
    load: () => import('./screens/Calendars'),
    needs: 'GET /dispatch/engineers',
    label: ['工程师日程', "Engineers' calendars"],
  },
  quality: {
    load: () => import('./screens/Quality'),
    needs: 'GET /quality-inspection/inspections',
    label: ['质检工作台', 'QC bench'],
  },
  returns: {
    load: () => import('./screens/Returns'),
    needs: 'GET /warehouse-returns/rmas',
    label: ['调退货', 'Returns'],
  },
  'transport-orders': {
    load: () => import('./screens/TransportOrders'),
    needs: 'GET /warehouse-returns/transport-orders',
    label: ['退货运输单', 'Transport orders'],
  },
  claims: {
    load: () => import('./screens/Claims'),
    needs: 'GET /claims/supplier-claims',
    label: ['索赔', 'Claims'],
  },
  finance: {
    load: () => import('./screens/Finance'),
    needs: 'GET /finance/costs',
    label: ['财务', 'Finance'],
  },
  audit: {
    load: () => import('./screens/Audit'),
    needs: 'GET /intake/audit/cases/{caseRef}',
    label: ['审计', 'Audit'],
  },
  kpis: {
    load: () => import('./screens/Kpis'),
    needs: 'GET /intake/reports/monthly-summary',
    label: ['指标', 'KPIs'],
  },
};
const lazyScreens = Object.fromEntries(Object.entries(screens).map(([k, s]) => [k, lazy(s.load)]));
const MENU = [
  'complaints',
  'dispatch',
  'calendars',
  'quality',
  'returns',
  'transport-orders',
  'claims',
  'finance',
  'audit',
  'kpis',
];

/** WCAG AA contrast (4.5:1) for every text colour, placeholders and status colours included. */
/** Users who ask their system for less motion get dialogs and menus without animation (WCAG 2.3.3). */
const REDUCED_MOTION =
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

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
      // A refusal is an answer, shown at once; a 404 is asked again briefly (a read model behind).
      retry: retryQuery,
      retryDelay,
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
      {/* Two-character Chinese labels keep their text: a spaced-out 删 除 is no longer part of the
          button's accessible name 删除第 1 方 (WCAG 2.5.3, label in name), nor what staff search for. */}
      <ConfigProvider
        locale={lang === 'en' ? enUS : zhCN}
        theme={REDUCED_MOTION ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME}
        button={{ autoInsertSpace: false }}
      >
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
  const compact = useCompactLayout();
  const [menuOpen, setMenuOpen] = useState(false);
  const { lang, setLang } = useContext(LangContext);
  const visible = MENU.filter((k) => allowed(session, screens[k].needs));
  const key = route[0] && screens[route[0]] ? route[0] : visible[0];
  const Screen = key ? lazyScreens[key] : undefined;
  const permitted = key ? allowed(session, screens[key].needs) : false;
  const selected = key === 'cases' ? 'complaints' : key;
  // A screen opened from the folded menu closes it.
  const path = route.join('/');
  useEffect(() => setMenuOpen(false), [path, compact]);
  const title = (
    <Typography.Title level={1} style={{ fontSize: 16, margin: 16 }}>
      {t('售后服务后台', 'After-sales back office')}
    </Typography.Title>
  );
  const nav = (
    <nav id="main-menu" aria-label={t('主菜单', 'Main menu')}>
      {!compact && title}
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={visible.map((k) => ({
          key: k,
          label: <a href={href(k)}>{screens[k].label[lang === 'en' ? 1 : 0]}</a>,
        }))}
      />
    </nav>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!compact && (
        <Layout.Sider theme="light" width={200}>
          {nav}
        </Layout.Sider>
      )}
      {compact && (
        // A tablet's width goes to the screen: the menu folds behind the toggle in the header.
        <Drawer
          placement="left"
          width={240}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={t('售后服务后台', 'After-sales back office')}
          styles={{ body: { padding: 0 } }}
        >
          {nav}
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: compact ? 'space-between' : 'flex-end',
            alignItems: 'center',
            gap: 12,
            paddingInline: 16,
            flexWrap: 'wrap',
            height: 'auto',
            minHeight: 64,
            lineHeight: 'normal',
            paddingBlock: 8,
          }}
        >
          {compact && (
            <Space>
              <Button
                data-testid="menu-toggle"
                aria-controls="main-menu"
                aria-expanded={menuOpen}
                onClick={() => setMenuOpen(true)}
              >
                {t('菜单', 'Menu')}
              </Button>
              <Typography.Title level={1} style={{ fontSize: 16, margin: 0 }}>
                {t('售后服务后台', 'After-sales back office')}
              </Typography.Title>
            </Space>
          )}
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
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <main style={{ minWidth: 0 }}>
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

/** Narrower than a desktop (a tablet either way up): the menu folds behind a toggle. */
function useCompactLayout(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is unknown: lay out for a desktop.
  return screens.xl === false;
}
