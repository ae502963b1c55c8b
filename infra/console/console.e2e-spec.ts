// The console in a real browser (Debian's chromium through playwright-core, headless) against the
// standalone back office: every service in-process on a fresh database, behind the console's one
// origin. Each journey signs in as the demo user of its role; where it starts mid-story its
// prerequisites are set up over the services' HTTP APIs. Screenshots go to dist/screenshots/, and
// every screen passes axe-core with no serious or critical violation. The journeys run in Chinese
// (the default) and in English (CONSOLE_LANGS=zh,en), naming the UI's texts by their English
// through the console's own dictionary (ui-text.ts). Every answer the console reads must be what
// the service's OpenAPI document says (the typed client trusts it), and the console asks nothing
// the user's role may not (no 403).
import { signDevToken, type PlatformConfig, type RunningService } from '@aftersales/platform';
import { createTestDatabase, eventually, type TestDatabase } from '@aftersales/testing';
import axe from 'axe-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { visitIdOfCase } from '../../services/dispatch/src/reactions/intake-reactions';
import { RULE_AREAS } from '../architecture/rules';
import { SERVICES } from '../services/catalogue';
import { BRANCH_TIME_ZONES, startStandaloneServices } from '../standalone/services';
import {
  CONSOLE_DIST,
  parseBranchTimeZones,
  startConsoleServer,
  type RunningConsole,
} from './console-server';
import { demoUsers } from './demo-users';
import { conformance } from './openapi-conformance';
import { ui, type Lang } from './ui-text';

jest.setTimeout(180_000);

const SHOTS = path.resolve(__dirname, '../../dist/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHA = 'a'.repeat(64);
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const LANGS = (process.env.CONSOLE_LANGS ?? 'zh,en').split(',').map((l) => l.trim()) as Lang[];

describe.each(LANGS)('the back-office console in a browser (%s)', (lang) => {
  const L = ui(lang);
  /** A refused rule's title as the run's language names it (rules.ts, the rules' source). */
  const ruleTitle = (id: string) => {
    const rule = RULE_AREAS.flatMap((a) => a.rules).find((r) => r.id === id)!;
    return lang === 'zh' ? rule.titleZh : rule.title;
  };
  /** A text's words before its first number, to find a text whose count the test does not know. */
  const textBefore = (text: string) => text.split(/\d/)[0];
  const conforms = conformance();
  /** Answers the console read that their OpenAPI document does not describe. */
  const nonconforming = new Set<string>();
  /** What the console asked that the user's role may not: it shows only what the roles allow (ORG-1). */
  const forbidden = new Set<string>();

  let db: TestDatabase;
  let services: RunningService<PlatformConfig>[] = [];
  let site: RunningConsole;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(CONSOLE_DIST, 'index.html')))
      throw new Error('the console is not built: run `npm run build` first');
    mkdirSync(SHOTS, { recursive: true });
    db = await createTestDatabase(`console_${lang}`);
    // Small pools: the tests share one PostgreSQL server with every other suite.
    services = await startStandaloneServices(db.url, 0, { LOG_LEVEL: 'error', DB_POOL_SIZE: '2' });
    const branches = ['HZ', 'NB', 'SH'];
    site = await startConsoleServer({
      port: 0,
      upstreams: Object.fromEntries(SERVICES.map((s, i) => [s.name, services[i].url])),
      config: { auth: { mode: 'dev' }, branchTimeZones: parseBranchTimeZones(BRANCH_TIME_ZONES), branches },
      demoUsers: demoUsers(branches),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  afterEach(() => {
    const problems = [...nonconforming];
    const refused = [...forbidden];
    nonconforming.clear();
    forbidden.clear();
    expect({ lang, answersNotAsDocumented: problems, askedWhatTheRoleMayNot: refused }).toEqual({
      lang,
      answersNotAsDocumented: [],
      askedWhatTheRoleMayNot: [],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    for (const s of services.reverse()) await s.close();
    await db?.drop();
  });

  /** A service call over the console's origin, as a user of the given role and branches. */
  async function api(
    method: string,
    route: string,
    who: { sub: string; roles: string[]; branches: string[]; departments?: string[] },
    body?: unknown,
  ) {
    const token = await signDevToken({ name: who.sub, ...who });
    const send = () =>
      fetch(`${site.url}${route}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
    // A read on a kept-alive socket the server closed while the browser worked is asked again once,
    // as a browser does; a command is not (it might have been applied).
    const res = await send().catch((error: Error & { cause?: { code?: string } }) => {
      if (method === 'GET' && error.cause?.code === 'ECONNRESET') return send();
      throw error;
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  const user = (sub: string, roles: string[], branches: string[] = ['HZ']) => ({ sub, roles, branches });

  /** A fresh tab signed in as the demo user whose label matches `who` ("intake-clerk, HZ"). */
  async function signIn(who: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    // Reduced motion, as a user may ask for: a dialog is usable the moment it shows.
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await context.addInitScript(`localStorage.setItem('aftersales.lang', '${lang}')`);
    const page = await context.newPage();
    page.on('response', (answer) => {
      const url = new URL(answer.url());
      const service = url.pathname.split('/')[1];
      const json = (answer.headers()['content-type'] ?? '').includes('json');
      if (answer.status() === 403 && SERVICES.some((s) => s.name === service))
        forbidden.add(`${who}: ${answer.request().method()} ${url.pathname}`);
      if (answer.request().method() !== 'GET' || !SERVICES.some((s) => s.name === service) || !json) return;
      if (answer.status() >= 300) return;
      answer.json().then(
        (body: unknown) => {
          for (const problem of conforms('GET', url.pathname, answer.status(), body))
            nonconforming.add(problem);
        },
        () => undefined, // the page closed before the body was read
      );
    });
    await page.goto(site.url);
    await page.getByLabel(L('Demo user')).click();
    await page.keyboard.type(`(${who})`);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: L('Sign in') }).click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  /** Screenshot, then axe-core: no serious or critical violation on the screen as it stands. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400); // antd's open/close motions, which axe would see half-transparent
    const shot = lang === 'zh' ? `${name}.zh-CN.png` : `${name}.png`;
    await page.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
    await page.addScriptTag({ content: axe.source });
    const { violations } = await page.evaluate(() =>
      (globalThis as unknown as { axe: typeof axe }).axe.run({ resultTypes: ['violations'] }),
    );
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect({ screen: name, lang, serious }).toEqual({ screen: name, lang, serious: [] });
  }

  /** Picks an option of the open select, then waits for its list to close (the pick has landed). */
  const pickOption = async (page: Page, text: string) => {
    await page.locator('.ant-select-item-option').filter({ hasText: text, visible: true }).first().click();
    await page.locator('.ant-select-dropdown').filter({ visible: true }).first().waitFor({ state: 'hidden' });
  };

  // The story the journeys share: one complaint, from registration to the supplier's chargeback.
  const story: { caseId?: string; caseNumber?: string; inspectionId?: string } = {};

  it('ORG-2: a clerk registers a complaint and the branch manager accepts it', async () => {
    const clerk = await signIn('intake-clerk, HZ');
    await clerk.getByRole('button', { name: L('Register complaint') }).click();
    await clerk.getByLabel(L('Customer ID')).fill('cust-console');
    await clerk.getByLabel(L('Customer name')).fill('杭州开关厂');
    await clerk.getByLabel(L('Phone')).fill('0571-8888 0000');
    await clerk.getByLabel(L('Address')).fill('杭州市滨江区 1 号');
    await clerk.getByLabel(L('Product model')).fill('VS1-12');
    await clerk.getByLabel(L('Serial number', 'Complaints.tsx')).fill('SN-CONSOLE-1');
    await clerk.getByLabel(L('Problem')).fill('断路器无法合闸');
    await check(clerk, 'complaint-register-form');
    await clerk.getByRole('button', { name: L('Register'), exact: true }).click();
    await clerk
      .getByTestId('case-status')
      .filter({ hasText: L('Registered', 'i18n.tsx') })
      .waitFor();
    story.caseId = new URL(clerk.url()).hash.split('/')[2];
    story.caseNumber = /[A-Z]+-\S+/.exec(await clerk.locator('#case-title').innerText())?.[0];
    expect(story.caseNumber).toMatch(/^HZ-/);
    // A clerk may review validity too, but the decision here is the manager's (ORG-2).
    await check(clerk, 'case-registered');
    await clerk.goto(`${site.url}/#/complaints`);
    await clerk.getByRole('link', { name: story.caseNumber }).waitFor();
    await check(clerk, 'complaint-register');
    // INT-1: the number a customer quotes finds its case alone; an unknown one finds none.
    const search = clerk.getByRole('searchbox', { name: L('Case number', 'Complaints.tsx') });
    const links = clerk.getByRole('table').getByRole('link');
    await search.fill(`${story.caseNumber!.slice(0, -1)}9`);
    await search.press('Enter');
    await links.first().waitFor({ state: 'detached' });
    await search.fill(story.caseNumber!);
    await search.press('Enter');
    await links.first().waitFor();
    expect(await links.allInnerTexts()).toEqual([story.caseNumber]);
    await clerk.context().close();

    const manager = await signIn('branch-manager, HZ');
    await manager.goto(`${site.url}/#/cases/${story.caseId}`);
    await manager.getByRole('button', { name: L('Review validity') }).click();
    await manager.getByLabel(L('Remedy')).click();
    await pickOption(manager, L('Repair'));
    await manager.getByRole('button', { name: L('Confirm', 'CasePage.tsx') }).click();
    await manager
      .getByTestId('case-status')
      .filter({ hasText: L('Accepted', 'i18n.tsx') })
      .waitFor();
    await check(manager, 'case-accepted');
    await manager.context().close();
  });

  // Cases of their own, in NB, for the journeys below: the story's HZ case stays as the later journeys expect it.
  const nbClerk = user('u-clerk-nb', ['intake-clerk'], ['NB']);
  const nbManager = user('u-mgr-nb', ['branch-manager'], ['NB']);
  /** An NB complaint registered and accepted over the API (INT-1, INT-6). */
  async function acceptedNbCase(serialNumber: string, remedy: string) {
    const created = await api('POST', '/intake/cases', nbClerk, {
      branch: 'NB',
      channel: 'hotline',
      kind: 'quality-complaint',
      severity: 'general',
      customer: {
        customerId: 'cust-console-nb',
        name: '宁波配电公司',
        phone: '0574-8888 0000',
        address: '宁波市鄞州区 2 号',
      },
      product: { model: 'VS1-12', serialNumber },
      problem: { description: '开关柜合闸后跳闸' },
    });
    await api('POST', `/intake/cases/${created.caseId}/review`, nbManager, {
      founded: true,
      remedy,
    });
    return { caseId: String(created.caseId), caseNumber: String(created.caseNumber) };
  }
  const readCase = async (caseId: string) => (await api('GET', `/intake/cases/${caseId}`, nbClerk)).case;

  it('INT-4/INT-11/INT-5/INT-8: a clerk responds, pauses the deadline (time left stands still), resumes, resolves and closes a case', async () => {
    const { caseId } = await acceptedNbCase('SN-CONSOLE-29', 'repair');
    const action = (page: Page, name: string) =>
      page.getByRole('button', { name: L(name, 'CasePage.tsx'), exact: true });
    // An engineer may respond and resolve, but neither pause the clock nor close (the roles).
    const engineer = await signIn('engineer, NB');
    await engineer.goto(`${site.url}/#/cases/${caseId}`);
    await engineer
      .getByTestId('case-status')
      .filter({ hasText: L('Accepted', 'i18n.tsx') })
      .waitFor();
    await action(engineer, 'Respond to customer').waitFor();
    await action(engineer, 'Resolve').waitFor();
    expect(await action(engineer, 'Pause deadline').count()).toBe(0);
    expect(await action(engineer, 'Close case').count()).toBe(0);
    await engineer.context().close();

    const clerk = await signIn('intake-clerk, NB');
    await clerk.goto(`${site.url}/#/cases/${caseId}`);
    const dialog = clerk.getByRole('dialog');
    const confirm = () => dialog.getByRole('button', { name: L('Confirm', 'CasePage.tsx') }).click();
    // Nothing to resume before a pause.
    expect(await action(clerk, 'Resume deadline').count()).toBe(0);

    // INT-4: the first substantive answer stops the response clock.
    await action(clerk, 'Respond to customer').click();
    await dialog.getByLabel(L('Response to the customer')).fill('工程师今天下午到现场检查操作机构');
    await check(clerk, 'case-respond');
    await confirm();
    await dialog.waitFor({ state: 'hidden' });
    await clerk
      .getByTestId('response-met')
      .filter({ hasText: L('in time') })
      .waitFor();
    expect(await clerk.getByTestId('response-left').count()).toBe(0);
    expect((await readCase(caseId)).respondedAt).toEqual(expect.any(String));

    // INT-11: paused, the resolution's time left stands still, across a reload too.
    await action(clerk, 'Pause deadline').click();
    await dialog.getByLabel(L('Reason for the pause')).click();
    await pickOption(clerk, L('Customer unavailable'));
    await dialog.getByLabel(L('Note', 'CasePage.tsx')).fill('现场周一前关闭');
    await confirm();
    await dialog.waitFor({ state: 'hidden' });
    const left = clerk.getByTestId('resolution-left');
    await left.filter({ hasText: L('clock paused') }).waitFor();
    await action(clerk, 'Resume deadline').waitFor();
    expect(await action(clerk, 'Pause deadline').count()).toBe(0);
    const paused = await readCase(caseId);
    const frozen = await left.getAttribute('data-left-ms');
    expect(Number(frozen)).toBe(Date.parse(paused.resolutionDueAt) - Date.parse(paused.pausedSince));
    const frozenText = await left.innerText();
    await check(clerk, 'case-paused');
    await clerk.waitForTimeout(3_000);
    await clerk.reload();
    await left.filter({ hasText: L('clock paused') }).waitFor();
    expect(await left.getAttribute('data-left-ms')).toBe(frozen);
    expect(await left.innerText()).toBe(frozenText);

    // The customer answered: the clock runs again, due later by the time paused.
    await action(clerk, 'Resume deadline').click();
    await confirm();
    await dialog.waitFor({ state: 'hidden' });
    await action(clerk, 'Pause deadline').waitFor();
    expect(await left.innerText()).not.toContain(L('clock paused'));
    const resumed = await readCase(caseId);
    expect(resumed.pausedSince).toBeUndefined();
    expect(Date.parse(resumed.resolutionDueAt)).toBeGreaterThanOrEqual(
      Date.parse(paused.resolutionDueAt) + 3_000,
    );

    // INT-5: resolved with its outcome.
    await action(clerk, 'Resolve').click();
    await dialog.getByLabel(L('Outcome', 'CasePage.tsx')).fill('更换合闸线圈，试验 20 次正常');
    await confirm();
    await clerk
      .getByTestId('case-status')
      .filter({ hasText: L('Resolved', 'i18n.tsx') })
      .waitFor();
    await clerk
      .getByTestId('resolution-met')
      .filter({ hasText: L('in time') })
      .waitFor();
    expect(await action(clerk, 'Resolve').count()).toBe(0);
    expect(await action(clerk, 'Pause deadline').count()).toBe(0);

    // INT-8: closed with the closing conclusion and the customer's confirmation.
    await action(clerk, 'Close case').click();
    await dialog.getByLabel(L('Closing conclusion')).fill('客户确认设备运行正常，同意结案');
    await dialog.getByLabel(L('Confirmed by (customer)')).fill('王工');
    await dialog.getByLabel(L('Signature', 'CasePage.tsx'), { exact: true }).check();
    expect(await dialog.getByLabel(L('Confirmed at (YYYY-MM-DD HH:mm, branch time)')).inputValue()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    await check(clerk, 'case-close-form');
    await confirm();
    await clerk
      .getByTestId('case-status')
      .filter({ hasText: L('Closed', 'i18n.tsx') })
      .waitFor();
    for (const name of ['Respond to customer', 'Pause deadline', 'Resume deadline', 'Resolve', 'Close case'])
      expect({ name, shown: await action(clerk, name).count() }).toEqual({ name, shown: 0 });
    const closed = await readCase(caseId);
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    // The timeline says what each step recorded: the words written and the codes in the run's language.
    const timeline = clerk.getByTestId('timeline-entry');
    for (const [type, text] of [
      ['CaseResponded', '工程师今天下午到现场检查操作机构'],
      ['DeadlineClockPaused', `${L('Customer unavailable', 'i18n.tsx')} · 现场周一前关闭`],
      ['CaseResolved', '更换合闸线圈，试验 20 次正常'],
      ['CaseClosed', `客户确认设备运行正常，同意结案 · ${L('Signature', 'i18n.tsx')} 王工`],
    ])
      await timeline
        .filter({ has: clerk.locator('code', { hasText: type }) })
        .filter({ hasText: text })
        .first()
        .waitFor();
    await check(clerk, 'case-closed');
    await clerk.context().close();
  });

  it('DSP-4: a dispatcher records the take-back of a product not fixed on site (refused before the findings, DSP-3) and the board shows it', async () => {
    const { caseId, caseNumber } = await acceptedNbCase('SN-CONSOLE-TB', 'repair');
    const dispatcher = user('u-disp-nb', ['dispatcher'], ['NB']);
    await api('POST', '/dispatch/engineers', dispatcher, {
      engineerId: 'e-nb-1',
      branch: 'NB',
      home: 'branch',
      skills: ['VS1-12'],
      baseZone: 'city',
    });
    const visitId = visitIdOfCase(caseId);
    await eventually(
      async () => (await api('GET', `/dispatch/visits/${visitId}`, dispatcher).catch(() => undefined))?.visit,
      'the visit opened from the accepted case',
      30_000,
    );
    await api('POST', `/dispatch/visits/${visitId}/assignment`, dispatcher, { engineerId: 'e-nb-1' });
    await api('POST', `/dispatch/visits/${visitId}/departure`, dispatcher);
    await api('POST', `/dispatch/visits/${visitId}/arrival`, dispatcher);

    const page = await signIn('dispatcher, NB');
    await page.goto(`${site.url}/#/dispatch`);
    await page
      .getByTestId(`visit-status-${caseNumber}`)
      .filter({ hasText: L('On site') })
      .waitFor();
    await page.getByRole('button', { name: L(`Take back ${caseNumber}`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(L('Product receipt no.')).fill('R-NB-0029');
    await dialog.getByLabel(L('In/out register entry')).fill('IN-NB-0029');
    await dialog.getByLabel(L('Repair card no.')).fill('RC-NB-0029');
    await check(page, 'dispatch-take-back-form');
    const confirm = () => dialog.getByRole('button', { name: L('Confirm', 'Dispatch.tsx') }).click();
    // DSP-3: the engineer's findings come first; the service's refusal is shown in the form.
    await confirm();
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'DSP-3' })
      .filter({ hasText: ruleTitle('DSP-3') })
      .waitFor();
    await check(page, 'dispatch-take-back-refused');
    await api('POST', `/dispatch/visits/${visitId}/findings`, dispatcher, {
      findings: '操作机构卡涩，需返厂修理',
    });
    await confirm();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByTestId(`visit-status-${caseNumber}`)
      .filter({ hasText: L('In repair') })
      .waitFor();
    await page.getByTestId(`take-back-${caseNumber}`).filter({ hasText: 'R-NB-0029' }).click();
    const record = page.getByTestId('take-back-record');
    for (const shown of ['R-NB-0029', 'IN-NB-0029', 'RC-NB-0029', 'e-nb-1'])
      await record.filter({ hasText: shown }).waitFor();
    await check(page, 'dispatch-take-back');
    expect((await api('GET', `/dispatch/visits/${visitId}`, dispatcher)).visit).toMatchObject({
      status: 'in-repair',
      receiptNo: 'R-NB-0029',
    });
    await page.context().close();

    // An engineer on the board sees the visits; the console asks nothing their role may not (ORG-1).
    const engineer = await signIn('engineer, NB');
    await engineer.goto(`${site.url}/#/dispatch`);
    await engineer
      .getByTestId(`visit-status-${caseNumber}`)
      .filter({ hasText: L('In repair') })
      .waitFor();
    await engineer.waitForLoadState('networkidle');
    await engineer.context().close();
  });

  it('INT-1: a clerk registers a complaint with the keyboard alone, every field reachable and labelled', async () => {
    const clerk = await signIn('intake-clerk, NB');
    await clerk.goto(`${site.url}/#/complaints`);
    /** Presses Tab until `target` has the focus: it is reachable, and found by its label. */
    const tabTo = async (target: ReturnType<Page['getByLabel']>) => {
      await target.waitFor();
      for (let i = 0; i < 60; i++) {
        await clerk.keyboard.press('Tab');
        const focused = await target.evaluate(
          (el) =>
            el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
        );
        if (focused) return;
      }
      throw new Error(`${String(target)} cannot be reached with Tab`);
    };
    await tabTo(clerk.getByRole('button', { name: L('Register complaint') }));
    await clerk.keyboard.press('Enter');
    const dialog = clerk.getByRole('dialog');
    // A select is worked with the arrow keys and Enter.
    await tabTo(dialog.getByLabel(L('Kind'), { exact: true }));
    await clerk.keyboard.press('ArrowDown');
    const active = clerk.locator('.ant-select-item-option-active').filter({ visible: true });
    for (let i = 0; i < 10 && !(await active.innerText()).includes(L('Repair request')); i++)
      await clerk.keyboard.press('ArrowDown');
    await clerk.keyboard.press('Enter');
    await dialog.getByTitle(L('Repair request'), { exact: true }).waitFor();
    const fields: [string, string, string?][] = [
      ['Customer ID', 'cust-keyboard'],
      ['Customer name', '宁波键盘电气'],
      ['Phone', '0574-8000 1111'],
      ['Address', '宁波市北仑区 3 号'],
      ['Product model', 'VS1-12'],
      ['Serial number', 'SN-KEYBOARD-1', 'Complaints.tsx'],
      ['Problem', '断路器储能电机不工作'],
    ];
    for (const [name, value, file] of fields) {
      await tabTo(dialog.getByLabel(L(name, file), { exact: true }));
      await clerk.keyboard.type(value);
    }
    await check(clerk, 'complaint-register-keyboard');
    await tabTo(dialog.getByRole('button', { name: L('Register'), exact: true }));
    await clerk.keyboard.press('Enter');
    await clerk
      .getByTestId('case-status')
      .filter({ hasText: L('Registered', 'i18n.tsx') })
      .waitFor();
    const caseId = new URL(clerk.url()).hash.split('/')[2];
    expect(await readCase(caseId)).toMatchObject({
      branch: 'NB',
      kind: 'repair-request',
      product: { model: 'VS1-12', serialNumber: 'SN-KEYBOARD-1' },
    });
    await clerk.context().close();
  });

  it("INT-1: a phone number the service refuses is told under its field in the run's language, and nothing is registered", async () => {
    // This journey's customer only: the register is a read model, behind the journeys before it.
    const refusedCustomersCases = async () =>
      (
        (await api('GET', '/intake/cases?branch=NB&limit=200', nbClerk)).items as { customerId: string }[]
      ).filter((c) => c.customerId === 'cust-refused').length;
    const clerk = await signIn('intake-clerk, NB');
    await clerk.goto(`${site.url}/#/complaints`);
    await clerk.getByRole('button', { name: L('Register complaint') }).click();
    const dialog = clerk.getByRole('dialog');
    const fill = async (name: string, value: string, file?: string) =>
      dialog.getByLabel(L(name, file), { exact: true }).fill(value);
    await fill('Customer ID', 'cust-refused');
    await fill('Customer name', '宁波电话有误');
    await fill('Phone', 'call me at noon');
    await fill('Address', '宁波市海曙区 4 号');
    await fill('Product model', 'VS1-12');
    await fill('Serial number', 'SN-REFUSED-1', 'Complaints.tsx');
    await fill('Problem', '断路器合闸线圈烧毁');
    await dialog.getByRole('button', { name: L('Register'), exact: true }).click();
    // The service's own reason (intake's RegisterCaseDto), said in Chinese on a Chinese screen.
    const reason =
      lang === 'zh' ? '只能包含数字、空格、+、-、( )' : 'phone must be digits, spaces, +, -, ( )';
    const phoneItem = dialog
      .locator('.ant-form-item')
      .filter({ has: clerk.getByLabel(L('Phone'), { exact: true }) });
    await phoneItem.locator('.ant-form-item-explain-error').filter({ hasText: reason }).waitFor();
    await dialog
      .getByTestId('refused-fields')
      .filter({ hasText: `customer.phone` })
      .filter({ hasText: reason })
      .waitFor();
    await dialog
      .getByRole('alert')
      .filter({ hasText: L('The input was refused') })
      .waitFor();
    await check(clerk, 'complaint-register-refused');
    expect(await refusedCustomersCases()).toBe(0);
    // Mended, the same dialog registers it.
    await fill('Phone', '0574-8000 2222');
    await phoneItem.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: L('Register'), exact: true }).click();
    await clerk
      .getByTestId('case-status')
      .filter({ hasText: L('Registered', 'i18n.tsx') })
      .waitFor();
    const caseId = new URL(clerk.url()).hash.split('/')[2];
    expect(await readCase(caseId)).toMatchObject({ branch: 'NB', product: { serialNumber: 'SN-REFUSED-1' } });
    await eventually(
      async () => (await refusedCustomersCases()) === 1 || undefined,
      'the one case registered',
    );
    await clerk.context().close();
  });

  it('DSP-1: a dispatcher assigns an engineer of the branch to the visit the acceptance opened', async () => {
    const dispatcher = user('u-disp', ['dispatcher']);
    await api('POST', '/dispatch/engineers', dispatcher, {
      engineerId: 'e-hz-1',
      branch: 'HZ',
      home: 'branch',
      skills: ['VS1-12'],
      baseZone: 'city',
    });
    const visitId = visitIdOfCase(story.caseId!);
    await eventually(
      async () => (await api('GET', `/dispatch/visits/${visitId}`, dispatcher).catch(() => undefined))?.visit,
      'the visit opened from the accepted case',
      30_000,
    );
    const page = await signIn('dispatcher, HZ', { width: 1180, height: 820 });
    await page.goto(`${site.url}/#/dispatch`);
    const row = page.getByRole('row').filter({ hasText: story.caseNumber! });
    await row.getByLabel(L(`Engineer for ${story.caseNumber}`)).click();
    await pickOption(page, 'e-hz-1');
    await row.getByRole('button', { name: L('Assign'), exact: true }).click();
    await page
      .getByTestId(`visit-status-${story.caseNumber}`)
      .filter({ hasText: L('Assigned') })
      .waitFor();
    await check(page, 'dispatch-board');
    expect((await api('GET', `/dispatch/visits/${visitId}`, dispatcher)).visit).toMatchObject({
      engineerId: 'e-hz-1',
    });
    await page.context().close();
  });

  it('QC-3/QC-4: an inspector attributes 60/40 (the total checked as typed) and a reviewer supersedes it', async () => {
    const financeOfficer = user('u-fin', ['finance-officer'], []);
    // The case's approved repair cost, which the supplier's claim is a share of (CLM-4, FIN-3).
    await api('POST', '/finance/costs', financeOfficer, {
      caseId: story.caseId,
      costId: 'parts-1',
      branch: 'HZ',
      kind: 'repair',
      amount: cny(100_000),
      bearer: 'by-attribution',
      description: 'closing coil',
    });
    await api('POST', `/finance/cases/${story.caseId}/costs/parts-1/approve`, financeOfficer);
    const inspector = user('u-qc', ['qc-inspector'], []);
    const opened = await api('POST', '/quality-inspection/inspections', inspector, {
      branch: 'HZ',
      caseId: story.caseId,
      caseNumber: story.caseNumber,
      product: { model: 'VS1-12', serialNumber: 'SN-CONSOLE-1' },
      origin: 'manual',
      originRef: story.caseNumber,
    });
    story.inspectionId = opened.inspectionId;
    await eventually(
      async () => {
        const { items } = await api('GET', '/quality-inspection/inspections?limit=100', inspector);
        return items.some((i: { inspectionId: string }) => i.inspectionId === story.inspectionId);
      },
      'the inspection in the list',
      30_000,
    );

    const page = await signIn('qc-inspector');
    await page.goto(`${site.url}/#/quality/${story.inspectionId}`);
    await page.getByLabel(L('Failure mode')).fill('closing coil burnt');
    await page.getByLabel(L('Root cause')).click();
    await pickOption(page, L('Purchased part'));
    await page.getByLabel(L('Evidence', 'Quality.tsx')).fill('dms://qc/console/coil.jpg');
    await page.getByRole('button', { name: L('Record finding') }).click();
    // The finding in the list (the select's own option, hidden now, reads the same).
    await page.getByText(L('Purchased part'), { exact: true }).filter({ visible: true }).first().waitFor();
    const total = page.getByTestId('shares-total');
    await page.getByLabel(L('Party 1 department')).fill('production');
    await page.getByLabel(L('Party 1 share (%)')).fill('60');
    await total.filter({ hasText: `${L('Total')} 60 % — ${L('must be 100 %')}` }).waitFor();
    expect(await page.getByRole('button', { name: L('Attribute'), exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: L('Add a party') }).click();
    await page.getByLabel(L('Party 2'), { exact: true }).click();
    await pickOption(page, L('Supplier'));
    await page.getByLabel(L('Party 2 supplier')).fill('SUP-7');
    await page.getByLabel(L('Party 2 share (%)')).fill('50');
    await total.filter({ hasText: `${L('Total')} 110 %` }).waitFor();
    await page.getByLabel(L('Party 2 share (%)')).fill('40');
    await total.filter({ hasText: new RegExp(`^${L('Total')} 100 %$`) }).waitFor();
    await check(page, 'qc-attribution');
    await page.getByRole('button', { name: L('Attribute'), exact: true }).click();
    await page
      .getByTestId('attribution-in-force')
      .filter({ hasText: 'production 60 % / SUP-7 40 %' })
      .waitFor();
    await page.context().close();

    // The supplier disputes through its claims officer (QC-4), over the API.
    const history = await api(
      'GET',
      `/quality-inspection/inspections/${story.inspectionId}/responsibility-history`,
      inspector,
    );
    await api(
      'POST',
      `/quality-inspection/inspections/${story.inspectionId}/disputes`,
      user('u-clm', ['claims-officer']),
      {
        attributionId: history.inForce.attributionId,
        party: 'supplier:SUP-7',
        reason: 'the coil batch passed incoming inspection',
        evidence: [{ kind: 'test-report', ref: 'dms://sup-7/IQC-1.pdf', sha256: SHA }],
      },
    );

    const reviewer = await signIn('qc-reviewer');
    await reviewer.goto(`${site.url}/#/quality/${story.inspectionId}`);
    await reviewer.getByText('the coil batch passed incoming inspection').first().waitFor();
    await reviewer.getByLabel(L('Party 1 department')).fill('production');
    await reviewer.getByLabel(L('Party 1 share (%)')).fill('50');
    await reviewer.getByRole('button', { name: L('Add a party') }).click();
    await reviewer.getByLabel(L('Party 2'), { exact: true }).click();
    await pickOption(reviewer, L('Supplier'));
    await reviewer.getByLabel(L('Party 2 supplier')).fill('SUP-7');
    await reviewer.getByLabel(L('Party 2 share (%)')).fill('50');
    await reviewer.getByLabel(L('Reason', 'Quality.tsx')).fill('the incoming report covers another batch');
    await check(reviewer, 'qc-dispute-review');
    await reviewer.getByRole('button', { name: L('Submit review') }).click();
    await reviewer
      .getByTestId('attribution-in-force')
      .filter({ hasText: 'production 50 % / SUP-7 50 %' })
      .waitFor();
    await reviewer.getByText(L('Superseded', 'Quality.tsx'), { exact: true }).waitFor();
    // Parties read as their kind and name, not as keys (`supplier:SUP-7`), in the list and the history.
    await reviewer
      .getByRole('row')
      .filter({ hasText: `${L('Supplier', 'i18n.tsx')} SUP-7 50 %` })
      .waitFor();
    expect(await reviewer.getByText('supplier:SUP-7').count()).toBe(0);
    await check(reviewer, 'qc-responsibility-history');
    await reviewer.context().close();
  });

  /** The supplier's claim for its 50 % of the story's approved cost, once claims has it (CLM-4). */
  async function storyClaim(): Promise<{ claimId: string; caseId: string }> {
    const officer = user('u-clm', ['claims-officer']);
    let seen: unknown;
    return eventually(
      async () => {
        const { items } = await api('GET', '/claims/supplier-claims?limit=100', officer);
        seen = items;
        return (items as { claimId: string; caseId: string; amountMinor: number | string }[]).find(
          (c) => c.caseId === story.caseId && Number(c.amountMinor) === 50_000,
        );
      },
      "the supplier's claim for its 50 % of the approved cost",
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; case ${story.caseId}, claims: ${JSON.stringify(seen)}`);
    });
  }

  it("CLM-4/QC-4/CLM-3: a claims officer reads the claim notice with the case's warranty, records the supplier's dispute and refers it to QC again", async () => {
    const officer = user('u-clm', ['claims-officer']);
    const claim = await storyClaim();
    const page = await signIn('claims-officer, HZ');
    await page.goto(`${site.url}/#/claims`);
    // INT-1: the list names the case by the number claims heard from intake.
    await page
      .getByRole('row')
      .filter({ hasText: L('Issued', 'i18n.tsx') })
      .filter({ hasText: 'SUP-7' })
      .getByRole('link', { name: story.caseNumber, exact: true })
      .first()
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: L('Issued', 'i18n.tsx') })
      .getByRole('link', { name: 'SUP-7' })
      .first()
      .click();
    await page.waitForURL((url) => url.hash === `#/claims/supplier-claims/${claim.claimId}`);
    await page
      .getByTestId('claim-status')
      .filter({ hasText: L('Issued', 'i18n.tsx') })
      .waitFor();
    // CLM-3: every accepted case is classified; the page shows the class claims answers with.
    const { serviceClass } = await api('GET', `/claims/cases/${story.caseId}/warranty`, officer);
    const classes: Record<string, string> = {
      'free-warranty': 'Free under warranty',
      contract: 'Under contract',
      paid: 'Paid',
    };
    await page
      .getByTestId('service-class')
      .filter({ hasText: L(classes[serviceClass], 'i18n.tsx') })
      .waitFor();
    // The assessment's reason as claims gives it in the language of the run.
    await page
      .getByRole('row')
      .filter({
        hasText:
          lang === 'zh'
            ? /[\u4e00-\u9fff]+（CLM-[12]）|序列号未在产品档案中登记/
            : /\(CLM-[12]\)|serial not in the registry/,
      })
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: L('Refer to QC again') }).count()).toBe(0);
    await check(page, 'claim-notice');

    await api('POST', `/claims/supplier-claims/${claim.claimId}/dispute`, officer, {
      reason: 'the supplier says the coil was damaged in transport',
      evidence: [{ kind: 'photo', ref: 'dms://sup-7/crate.jpg', sha256: SHA }],
    });
    await page.reload();
    await page
      .getByTestId('claim-status')
      .filter({ hasText: L('Disputed', 'i18n.tsx') })
      .waitFor();
    await page.getByText('the supplier says the coil was damaged in transport').waitFor();
    await page
      .getByTestId('dispute-referred')
      .filter({ hasText: L('not yet') })
      .waitFor();
    await page.getByRole('button', { name: L('Refer to QC again') }).click();
    await page
      .getByTestId('dispute-referred')
      .filter({ hasNotText: L('not yet') })
      .waitFor();
    await check(page, 'claim-notice-disputed');
    const referred = await api('GET', `/claims/supplier-claims/${claim.claimId}`, officer);
    expect(referred).toMatchObject({ status: 'disputed', dispute: { referredAt: expect.any(String) } });
    await page.context().close();
  });

  it('FIN-6: a finance officer sees the chargeback of the claim the supplier confirmed', async () => {
    const officer = user('u-clm', ['claims-officer']);
    const claim = await storyClaim();
    await api('POST', `/claims/supplier-claims/${claim.claimId}/confirm`, officer, { amount: cny(50_000) });
    await eventually(
      async () =>
        (
          await api('GET', `/finance/cases/${story.caseId}/money`, user('u-fin', ['finance-officer'], []))
        ).entries.some((e: { cause: { kind: string } }) => e.cause.kind === 'chargeback'),
      'the chargeback in the ledger',
      30_000,
    );
    const page = await signIn('finance-officer');
    await page.goto(`${site.url}/#/finance/cases`);
    await page.getByLabel(L('Case number or id', 'Finance.tsx')).fill(story.caseNumber!);
    await page.getByRole('button', { name: L('Show', 'Finance.tsx') }).click();
    await page.getByTestId('chargeback-supplier').filter({ hasText: 'SUP-7' }).waitFor();
    expect(await page.getByTestId('chargeback-amount').innerText()).toMatch(/500\.00/);
    await check(page, 'finance-case-money');
    await page.goto(`${site.url}/#/finance`);
    await check(page, 'finance-cost-audit');
    await page.context().close();
  });

  /** An instant as the wall clock of the branch shows it, to the second: `2026-12-07 09:30:05`. */
  const wallClock = (at: number, branch: string) =>
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: parseBranchTimeZones(BRANCH_TIME_ZONES)[branch],
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).format(new Date(at));

  it('AUD-2/AUD-3: an auditor reads the case audit report across services, then as of before the review', async () => {
    const auditor = user('u-aud', ['auditor'], []);
    const { events } = await api('GET', `/quality-inspection/audit/cases/${story.caseId}`, auditor);
    const reviewed = (events as { type: string; recordedAt: string }[]).find(
      (e) => e.type === 'AttributionSuperseded',
    );
    expect(reviewed).toBeDefined();
    const page = await signIn('auditor');
    await page.goto(`${site.url}/#/audit`);
    await page.getByLabel(L('Case number or ID')).fill(story.caseNumber!);
    await page.getByRole('button', { name: L('Show report') }).click();
    await page
      .getByTestId('chain-result')
      .filter({ hasText: textBefore(L('Hash chain intact: 1 events checked (AUD-3)')) })
      .waitFor();
    const shares = page.getByTestId('audit-shares');
    // Each party's kind in the run's language: 部门:production, 供应商:SUP-7.
    const [department, supplier] = [L('Department', 'i18n.tsx'), L('Supplier', 'i18n.tsx')];
    await shares.filter({ hasText: `${department}:production 60 % / ${supplier}:SUP-7 40 %` }).waitFor();
    await shares.filter({ hasText: `${department}:production 50 % / ${supplier}:SUP-7 50 %` }).waitFor();
    await page.getByText(L('Superseded', 'Audit.tsx'), { exact: true }).first().waitFor();
    // Money from finance and claims, events from every service the case went through.
    await page.getByTestId('audit-money').filter({ hasText: '500.00' }).first().waitFor();
    for (const service of ['Intake', 'Dispatch', 'Quality inspection', 'Claims', 'Finance'])
      await page
        .getByTestId('audit-entry')
        .filter({ hasText: `· ${L(service, 'i18n.tsx')} ·` })
        .first()
        .waitFor();
    // Each line as its service told it, in the language of the run (AUD-2).
    await page
      .getByTestId('audit-entry')
      .filter({ has: page.locator('code', { hasText: 'ResponsibilityAttributed' }) })
      .filter({
        hasText:
          lang === 'zh'
            ? /责任认定（\S+）：部门 production.* 60%、供应商 SUP-7 40%（QC-3）/
            : /responsibility attributed \(\S+\): department:production.* 60 %, supplier:SUP-7 40 % \(QC-3\)/,
      })
      .first()
      .waitFor();
    await check(page, 'audit-report');

    // Time travel: a second before the review, the 60/40 attribution was in force and disputed.
    const before = wallClock(Date.parse(reviewed!.recordedAt) - 1000, 'HZ');
    const picker = page.getByLabel(L('As of (Asia/Shanghai time)'));
    await picker.click();
    await picker.fill(before);
    await picker.press('Enter');
    // The wall clock read in the branch's zone: the instant asked for is that second, in UTC.
    const instant = new Date(
      Math.floor((Date.parse(reviewed!.recordedAt) - 1000) / 1000) * 1000,
    ).toISOString();
    await page.waitForURL((url) => decodeURIComponent(url.hash) === `#/audit/${story.caseNumber}/${instant}`);
    await page
      .getByTestId('audit-as-of')
      .filter({ hasNotText: L('Everything recorded') })
      .waitFor();
    await shares.filter({ hasText: `60 % / ${supplier}:SUP-7 40 %` }).waitFor();
    expect(await shares.filter({ hasText: `50 % / ${supplier}:SUP-7 50 %` }).count()).toBe(0);
    expect(await page.getByText(L('In force', 'Audit.tsx'), { exact: true }).count()).toBe(1);
    await page
      .getByTestId('chain-result')
      .filter({ hasText: textBefore(L('Hash chain intact: 1 events checked (AUD-3)')) })
      .waitFor();
    await check(page, 'audit-report-as-of');
    await page.context().close();
  });

  it('FIN-1/FIN-8: a finance officer rejects a cost with its reason and closes a month', async () => {
    const financeOfficer = user('u-fin', ['finance-officer'], []);
    await api('POST', '/finance/costs', financeOfficer, {
      caseId: story.caseId,
      costId: 'hotel-1',
      branch: 'HZ',
      kind: 'accommodation',
      amount: cny(38_000),
      bearer: 'branch',
      description: 'hotel without receipt',
    });
    const page = await signIn('finance-officer');
    await page.goto(`${site.url}/#/finance`);
    const row = page.getByRole('row').filter({ hasText: 'hotel without receipt' });
    // INT-1: the queue names the case by its number, linking to the case's money.
    await row.getByRole('link', { name: story.caseNumber, exact: true }).waitFor();
    await row.getByRole('button', { name: L('Reject', 'Finance.tsx') }).click();
    await page.getByLabel(L('Reason', 'Finance.tsx')).fill('no receipt attached');
    await check(page, 'finance-cost-reject');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: L('Reject', 'Finance.tsx') })
      .click();
    await row.waitFor({ state: 'detached' });
    const money = await api('GET', `/finance/cases/${story.caseId}/money`, financeOfficer);
    expect(money.costs.find((c: { costId: string }) => c.costId === 'hotel-1')).toMatchObject({
      status: 'rejected',
    });

    await page.goto(`${site.url}/#/finance/periods`);
    const now = new Date();
    const back = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 15));
    const period = `${back.getUTCFullYear()}-${String(back.getUTCMonth() + 1).padStart(2, '0')}`;
    await page.getByRole('button', { name: L(`Close ${period}`) }).click();
    await page.getByTestId(`period-closed-${period}`).waitFor();
    expect(
      (await api('GET', `/finance/periods/HZ/${period}/settlement`, financeOfficer)).closedAt,
    ).toBeTruthy();
    await check(page, 'finance-period-close');
    await page.context().close();
  });

  it('QC-5: an inspector signs off a fault of assembly with a CAPA, is refused closing it unverified, then closes it', async () => {
    const inspector = user('u-qc', ['qc-inspector'], []);
    const serial = `SN-CAPA-${lang}`;
    const { inspectionId } = await api('POST', '/quality-inspection/inspections', inspector, {
      branch: 'HZ',
      product: { model: 'VS1-12', serialNumber: serial },
      origin: 'manual',
      originRef: `bench-${lang}`,
    });
    const { findingId } = await api(
      'POST',
      `/quality-inspection/inspections/${inspectionId}/findings`,
      inspector,
      {
        failureMode: 'loose busbar bolt',
        rootCause: 'assembly',
        evidence: [{ kind: 'photo', ref: 'dms://qc/console/bolt.jpg', sha256: SHA }],
      },
    );
    await api('POST', `/quality-inspection/inspections/${inspectionId}/attributions`, inspector, {
      shares: [{ party: { kind: 'department', department: 'assembly' }, shareBp: 10_000 }],
      basis: [findingId],
    });
    await eventually(
      async () => {
        const { items } = await api('GET', '/quality-inspection/inspections?limit=100', inspector);
        return items.some(
          (i: { inspectionId: string; responsible?: unknown[] }) =>
            i.inspectionId === inspectionId && i.responsible?.length,
        );
      },
      'the attributed inspection in the list',
      30_000,
    );
    const page = await signIn('qc-inspector');
    await page.goto(`${site.url}/#/quality/${inspectionId}`);
    const action = `re-torque busbar bolts, ${lang}`;
    await page.getByLabel(L('Action', 'Quality.tsx'), { exact: true }).first().fill(action);
    await page.getByLabel(L('Owner', 'Quality.tsx'), { exact: true }).first().fill('assembly-lead');
    await check(page, 'qc-sign-off-capa');
    expect(await page.getByRole('form', { name: L('Record a finding') }).count()).toBe(1);
    await page.getByRole('button', { name: L('Sign off'), exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: action });
    // QC-5: a signed inspection takes no more findings, so the bench no longer offers to record one.
    await page
      .getByTestId('inspection-status')
      .filter({ hasText: L('Signed off', 'i18n.tsx') })
      .waitFor();
    expect(await page.getByRole('form', { name: L('Record a finding') }).count()).toBe(0);
    await row.getByText(L('Open', 'Quality.tsx'), { exact: true }).first().waitFor();
    await check(page, 'qc-capas');

    // QC-5: not verified effective, it stays open; the refusal is shown in the dialog.
    await row.getByRole('button', { name: L('Verify and close') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(L('Not effective')).check();
    await dialog.getByLabel(L('Verification note')).fill('bolts loosened again in the vibration test');
    await dialog.getByLabel(L('Verification evidence')).fill('dms://qc/console/vibration-1.pdf');
    await dialog.getByRole('button', { name: L('Close the CAPA') }).click();
    // What the refusal means in the language of the run, then the service's own words and rule.
    await dialog
      .getByRole('alert')
      .filter({ hasText: L('A business rule refuses it', 'common.tsx') })
      .filter({ hasText: 'QC-5' })
      .waitFor();
    await dialog.getByLabel(L('Effective', 'Quality.tsx'), { exact: true }).check();
    await dialog.getByLabel(L('Verification note')).fill('vibration test passed with thread locker');
    await dialog.getByRole('button', { name: L('Close the CAPA') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByLabel(L('CAPA status')).getByText(L('Closed', 'Quality.tsx'), { exact: true }).click();
    await page
      .getByRole('row')
      .filter({ hasText: action })
      .getByText(L('Closed', 'Quality.tsx'), { exact: true })
      .last()
      .waitFor();
    const { items } = await api('GET', '/quality-inspection/capas?status=closed&limit=200', inspector);
    expect(items.filter((c: { action: string }) => c.action === action)).toHaveLength(1);
    await page.context().close();
  });

  it("FIN-6/QC-4: a claims officer sees what finance refunded of a chargeback once QC's review lowers the supplier's share", async () => {
    const officer = user('u-clm', ['claims-officer']);
    const claim = await storyClaim();
    const at = `/quality-inspection/inspections/${story.inspectionId}`;
    const inspector = user('u-qc', ['qc-inspector'], []);
    // The supplier's dispute the claims officer recorded (CLM-4 journey) waits for QC's review.
    const open = await eventually(
      async () => {
        const { steps } = await api('GET', `${at}/responsibility-history`, inspector);
        const settled = new Set(
          (steps as { step: string; disputeId?: string }[])
            .filter((s) => s.step === 'confirmed' || s.step === 'superseded')
            .map((s) => s.disputeId),
        );
        return (steps as { step: string; disputeId?: string }[]).find(
          (s) => s.step === 'disputed' && !settled.has(s.disputeId),
        );
      },
      "the supplier's dispute awaiting review",
      30_000,
    );
    const { items } = await api('GET', '/quality-inspection/inspections?limit=100', inspector);
    const findings = (
      items.find((i: { inspectionId: string }) => i.inspectionId === story.inspectionId).findings as {
        findingId: string;
        correctedBy?: string;
      }[]
    ).filter((f) => !f.correctedBy);
    await api('POST', `${at}/disputes/${open.disputeId}/review`, user('u-rev', ['qc-reviewer'], []), {
      decision: 'supersede',
      reason: 'transport damage not shown; the coil lot is partly at fault',
      shares: [
        { party: { kind: 'department', department: 'production' }, shareBp: 8_000 },
        { party: { kind: 'supplier', supplierId: 'SUP-7' }, shareBp: 2_000 },
      ],
      basis: findings.map((f) => f.findingId),
    });
    // FIN-6: SUP-7 now bears 20 % of the 1,000.00: finance credits back 300.00 of the 500.00 charged back.
    const refunded = await eventually(
      async () => {
        const c = await api('GET', `/claims/supplier-claims/${claim.claimId}`, officer);
        return c.refunded.amountMinor === 30_000 ? c : undefined;
      },
      "the refund on SUP-7's claim",
      60_000,
    );
    expect(refunded).toMatchObject({
      confirmedAmount: cny(50_000),
      chargedBack: cny(20_000),
      refunds: [expect.objectContaining({ amount: cny(30_000) })],
    });
    const page = await signIn('claims-officer, HZ');
    await page.goto(`${site.url}/#/claims/supplier-claims/${claim.claimId}`);
    await page.getByTestId('claim-refunded').filter({ hasText: '300.00' }).waitFor();
    expect(await page.getByTestId('claim-charged-back').innerText()).toMatch(/200\.00/);
    await page
      .getByRole('row')
      .filter({ hasText: 'lowers the supplier' })
      .filter({ hasText: '300.00' })
      .waitFor();
    await check(page, 'claim-refunds');
    await page.context().close();
  });

  it("FIN-3: a finance officer reads a month's cost allocated by responsible department", async () => {
    const financeOfficer = user('u-fin', ['finance-officer'], []);
    const period = wallClock(Date.now(), 'HZ').slice(0, 7);
    // The story's approved repair cost of 1,000.00 follows the attribution in force (FIN-3).
    const { inForce } = await api(
      'GET',
      `/quality-inspection/inspections/${story.inspectionId}/responsibility-history`,
      user('u-qc', ['qc-inspector'], []),
    );
    const productionBp = (inForce.shares as { party: { department?: string }; shareBp: number }[]).find(
      (s) => s.party.department === 'production',
    )!.shareBp;
    const storyPart = (100_000 * productionBp) / 10_000;
    const production = async () =>
      (
        (
          await api(
            'GET',
            `/finance/cost-report?branch=HZ&period=${period}&party=department-cost`,
            financeOfficer,
          )
        ).rows as { account: string; amountMinor: number }[]
      )
        .filter((r) => r.account === 'department-cost:production')
        .reduce((sum, r) => sum + r.amountMinor, 0);
    const total = await eventually(
      async () => {
        const sum = await production();
        return sum >= storyPart ? sum : undefined;
      },
      "the story case's allocation to production in the ledger",
      30_000,
    );
    const page = await signIn('finance-officer');
    await page.goto(`${site.url}/#/finance/allocation`);
    await page.getByLabel(L('Period', 'Finance.tsx')).click();
    await pickOption(page, period);
    const amount = `${Math.floor(total / 100).toLocaleString('en-US')}.${String(total % 100).padStart(2, '0')}`;
    await page.getByTestId('allocation-production').filter({ hasText: amount }).waitFor();
    await page.getByRole('img', { name: new RegExp(`production .*${amount.replace('.', '\\.')}`) }).waitFor();
    await check(page, 'finance-allocation');
    await page.context().close();
  });

  it('CLM-6: a claims officer proposes a campaign, an executive opens it, the officer links the case', async () => {
    const officer = await signIn('claims-officer, HZ');
    await officer.goto(`${site.url}/#/claims/campaigns`);
    await officer.getByRole('button', { name: L('Propose a campaign') }).click();
    await officer.getByLabel(L('Title', 'Campaigns.tsx')).fill('VS1-12 closing coils of lot 2611');
    await officer.getByLabel(L('Model', 'Campaigns.tsx')).fill('VS1-12');
    await officer.getByLabel(L('Serial numbers (one a line)')).fill('SN-CONSOLE-1\nSN-CONSOLE-3');
    await check(officer, 'claims-campaign-propose');
    await officer
      .getByRole('dialog')
      .getByRole('button', { name: L('Propose', 'Campaigns.tsx') })
      .click();
    await officer
      .getByTestId('campaign-status')
      .filter({ hasText: L('Awaiting executive approval') })
      .waitFor();
    const campaignId = new URL(officer.url()).hash.split('/')[3];
    expect(await officer.getByRole('button', { name: L('Approve and open (CLM-6)') }).count()).toBe(0);

    const executive = await signIn('executive');
    await executive.goto(`${site.url}/#/claims/campaigns`);
    await executive.getByRole('link', { name: 'VS1-12 closing coils of lot 2611' }).click();
    await executive.getByRole('button', { name: L('Approve and open (CLM-6)') }).click();
    await executive
      .getByTestId('campaign-status')
      .filter({ hasText: L('Open', 'Campaigns.tsx') })
      .waitFor();
    await executive
      .getByTestId('campaign-status-VS1-12 closing coils of lot 2611')
      .filter({ hasText: L('Open', 'Campaigns.tsx') })
      .waitFor();
    await check(executive, 'claims-campaign-approved');
    await executive.context().close();

    await officer.reload();
    // INT-1: staff quote the case's number; the campaign links the case it names.
    await officer.getByLabel(L('Case number or id', 'Campaigns.tsx')).fill(story.caseNumber!);
    await officer.getByRole('button', { name: L('Link case') }).click();
    await officer.getByTestId('campaign-cases').getByRole('link', { name: story.caseNumber! }).waitFor();
    expect(
      (await api('GET', `/claims/campaigns/${campaignId}`, user('u-clm', ['claims-officer']))).cases,
    ).toEqual([story.caseId]);
    await check(officer, 'claims-campaign');
    await officer.context().close();
  });

  it('CLM-1: a claims officer imports products: the good rows registered, the bad one refused by its line in the language of the run, the same file again changes nothing', async () => {
    const page = await signIn('claims-officer, HZ');
    await page.goto(`${site.url}/#/claims/products`);
    const csv = [
      'serial,model,customerId,branch,deliveryDate,commissioningDate',
      'SN-IMPORT-1,KYN28-IMP,cust-import,HZ,2026-03-01,2026-03-10',
      'SN-IMPORT-2,KYN28-IMP,cust-import,HZ,01/03/2026,2026-03-10',
      'SN-IMPORT-3,KYN28-IMP,cust-import,HZ,2026-03-02,2026-03-12',
    ].join('\n');
    // A file as a clerk picks it: its text is what the import sends.
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const content = page.getByLabel(L('Content', 'Products.tsx'));
    await eventually(
      async () => (await content.inputValue()) === csv || undefined,
      'the file read into the form',
    );
    const importIt = () =>
      page.getByRole('button', { name: L('Import', 'Products.tsx'), exact: true }).click();
    await importIt();
    const report = page.getByTestId('import-report');
    const figure = (name: string) =>
      report.locator('.ant-descriptions-item').filter({ hasText: L(name, 'Products.tsx') });
    await figure('Registered').filter({ hasText: '2' }).waitFor();
    // The bad row by its line (the header is line 1), its reason (claims' RegisterProductDto) in the run's language.
    const reason = lang === 'zh' ? '必须是日期，格式 YYYY-MM-DD' : 'deliveryDate must be a date YYYY-MM-DD';
    const refused = report.getByRole('row').filter({ hasText: reason });
    await refused.waitFor();
    expect((await refused.getByRole('cell').first().innerText()).trim()).toBe('3');
    await check(page, 'claims-products-imported');
    // Imported again: nothing registered twice (CLM-1, idempotent on re-import).
    await importIt();
    await figure('Unchanged').filter({ hasText: '2' }).waitFor();
    await figure('Registered').filter({ hasText: '0' }).waitFor();
    const search = page.getByRole('searchbox', { name: L('Filter by model', 'Products.tsx') });
    await search.fill('KYN28-IMP');
    await search.press('Enter');
    // The registry reads its own writes (x-min-position): the rows are there on the first answer.
    await page.getByRole('link', { name: 'SN-IMPORT-3', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /^SN-IMPORT-/ }).allInnerTexts()).toEqual([
      'SN-IMPORT-1',
      'SN-IMPORT-3',
    ]);
    await page.context().close();
  });

  it("CLM-7: a serial's history lists its registration, case, inspection and claim in one query", async () => {
    const officer = user('u-clm', ['claims-officer']);
    await eventually(
      async () => {
        const { entries } = await api('GET', '/claims/products/SN-CONSOLE-1/history', officer).catch(() => ({
          entries: [],
        }));
        const kinds = new Set((entries as { kind: string }[]).map((e) => e.kind));
        return ['case', 'inspection', 'claim'].every((k) => kinds.has(k));
      },
      "the serial's case, inspection and claim in its history",
      30_000,
    );
    const page = await signIn('claims-officer, HZ');
    await page.goto(`${site.url}/#/claims/serials`);
    await page.getByLabel(L('Serial number', 'SerialHistory.tsx'), { exact: true }).fill('SN-CONSOLE-1');
    await page.getByRole('button', { name: L('Show history') }).click();
    const kinds = page.getByTestId('serial-history-kind');
    for (const kind of ['Registered', 'Case', 'Inspection', 'Claim'])
      await kinds
        .filter({ hasText: L(kind, 'SerialHistory.tsx') })
        .first()
        .waitFor();
    // The inspection's line as claims wrote it in the language of the run.
    await page
      .getByRole('row')
      .filter({ hasText: lang === 'zh' ? /责任认定 \S+：/ : /attribution \S+: / })
      .first()
      .waitFor();
    // INT-1: the case's line links the case by its number.
    await page.getByRole('link', { name: story.caseNumber, exact: true }).first().waitFor();
    await check(page, 'claims-serial-history');
    await page.context().close();
  });

  it('Tablet: the menu folds behind its toggle, and the register and a case page fit the width, codes in the language of the run', async () => {
    const page = await signIn('intake-clerk, HZ', { width: 768, height: 1024 });
    // Nothing wider than the viewport: the page never scrolls sideways.
    const fits = () =>
      page.evaluate(() => {
        const view = globalThis as unknown as {
          innerWidth: number;
          document: { documentElement: { scrollWidth: number } };
        };
        return view.document.documentElement.scrollWidth <= view.innerWidth;
      });
    // The menu is behind a labelled button, the first stop of the keyboard.
    const toggle = page.getByRole('button', { name: L('Menu') });
    expect(await page.getByRole('navigation', { name: L('Main menu') }).count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await toggle.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: L('Main menu') });
    await menu.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await check(page, 'tablet-menu');
    await menu.getByRole('link', { name: L('Complaints', 'App.tsx') }).click();
    await menu.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: story.caseNumber! }).waitFor();
    expect(await fits()).toBe(true);
    await check(page, 'tablet-complaints');

    await page.getByRole('link', { name: story.caseNumber! }).click();
    const { case: current } = await api(
      'GET',
      `/intake/cases/${story.caseId}`,
      user('u-clerk', ['intake-clerk']),
    );
    const STATUS: Record<string, string> = {
      registered: 'Registered',
      accepted: 'Accepted',
      rejected: 'Rejected',
      resolved: 'Resolved',
      closed: 'Closed',
    };
    await page
      .getByTestId('case-status')
      .filter({ hasText: L(STATUS[current.status as string], 'i18n.tsx') })
      .waitFor();
    // Each event by its label, the raw type beside it (what auditors and analysts search for).
    const entries = page.getByTestId('timeline-entry');
    for (const [english, type] of [
      ['Case registered', 'CaseRegistered'],
      ['Case accepted', 'CaseAccepted'],
    ])
      await entries
        .filter({ hasText: L(english, 'i18n.tsx') })
        .locator('code', { hasText: type })
        .first()
        .waitFor();
    // Another service's milestone reads as intake wrote it in the language of the run.
    await entries
      .filter({ hasText: lang === 'zh' ? /已派工程师 \S+。/ : /Engineer \S+ assigned\./ })
      .first()
      .waitFor();
    const unlabelled = await page
      .getByTestId('event-type')
      .evaluateAll((spans) =>
        spans
          .filter((s) => s.textContent?.trim() === s.querySelector('code')?.textContent)
          .map((s) => s.textContent),
      );
    expect(unlabelled).toEqual([]);
    expect(await fits()).toBe(true);
    await check(page, 'tablet-case');

    // Held sideways the menu still folds away and the case page still fits.
    await page.setViewportSize({ width: 1024, height: 768 });
    await toggle.waitFor();
    expect(await fits()).toBe(true);
    await check(page, 'tablet-case-landscape');
    await page.context().close();
  });

  it("DSP-1: a dispatcher sees each engineer's visits by day and records a leave on the calendar", async () => {
    const page = await signIn('dispatcher, HZ');
    await page.goto(`${site.url}/#/calendars`);
    const row = page.getByRole('row').filter({ hasText: 'e-hz-1' });
    await row.getByRole('link', { name: story.caseNumber! }).waitFor();
    const day = wallClock(Date.now() + 3 * 86_400_000, 'HZ').slice(0, 10);
    await row.getByRole('button', { name: L('Leave for e-hz-1', 'Calendars.tsx') }).click();
    await page.getByLabel(L('First day (YYYY-MM-DD)')).fill(day);
    await page.getByLabel(L('Last day (YYYY-MM-DD)')).fill(day);
    await page.getByLabel(L('Reason', 'Calendars.tsx')).fill('annual leave');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: L('Record', 'Calendars.tsx') })
      .click();
    await page
      .getByTestId(`calendar-e-hz-1-${day}`)
      .filter({ hasText: L('On leave') })
      .waitFor();
    const before = wallClock(Date.now() + 2 * 86_400_000, 'HZ').slice(0, 10);
    expect(await page.getByTestId(`calendar-e-hz-1-${before}`).innerText()).not.toContain(L('On leave'));
    await check(page, 'dispatch-calendars');
    await page.context().close();
  });

  it('RET-5: a driver sees the transport order issued to them and records the pick-up', async () => {
    const head = user('u-ash', ['after-sales-head']);
    await api(
      'PUT',
      '/warehouse-returns/customer-totals/opening-balances',
      user('u-fin', ['finance-officer'], []),
      {
        balances: [
          {
            customerId: 'cust-transport',
            purchased: cny(100_000_000),
            exchanged: cny(0),
            periodFrom: `${new Date().getUTCFullYear()}-01-01`,
            asOf: new Date().toISOString(),
          },
        ],
      },
    );
    const rma = await api('POST', '/warehouse-returns/rmas', user('u-clerk', ['intake-clerk']), {
      branch: 'HZ',
      customerId: 'cust-transport',
      lines: [
        {
          product: { model: 'VS1-12' },
          serialNumber: 'SN-CONSOLE-4',
          quantity: 1,
          unitPrice: cny(1_000_000),
          reason: 'quality',
          originalOrder: {
            ref: 'SO-HZ-10',
            deliveredOn: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
          },
        },
      ],
    });
    const step = (p: string, body: unknown = {}) =>
      api('POST', `/warehouse-returns/rmas/${rma.rmaId}/${p}`, head, body);
    await step('signatures/after-sales-head');
    await step('arrival-notice', { station: 'HZ freight station' });
    await step('transport-order', {
      driverId: 'demo-driver-hz',
      driverName: 'Driver HZ',
      vehicle: '浙A-20261',
    });
    const order = await eventually(
      async () =>
        (
          (await api('GET', '/warehouse-returns/transport-orders', head)) as unknown as {
            rmaId: string;
            orderNo: string;
          }[]
        ).find((o) => o.rmaId === rma.rmaId),
      'the transport order in the list',
      30_000,
    );
    const page = await signIn('driver, HZ', { width: 1024, height: 768 });
    await page.goto(`${site.url}/#/transport-orders`);
    await page.getByRole('link', { name: order.orderNo }).click();
    await page.getByText('浙A-20261').first().waitFor();
    await page.getByRole('button', { name: L('Record pick-up') }).click();
    await page.getByTestId(`picked-up-${order.orderNo}`).waitFor();
    expect(await page.getByRole('button', { name: L('Record pick-up') }).count()).toBe(0);
    await check(page, 'returns-transport-orders');
    await page.context().close();
  });

  it('RET-7: a warehouse keeper is refused stock-in until the third signature, then books it', async () => {
    const clerk = user('u-clerk', ['intake-clerk']);
    const head = user('u-ash', ['after-sales-head']);
    const ops = user('u-ops', ['operations-head'], []);
    const driver = user('drv-hz', ['driver']);
    const keeper = user('u-keeper', ['warehouse-keeper']);
    await api(
      'PUT',
      '/warehouse-returns/customer-totals/opening-balances',
      user('u-fin', ['finance-officer'], []),
      {
        balances: [
          {
            customerId: 'cust-console',
            purchased: cny(100_000_000),
            exchanged: cny(0),
            periodFrom: `${new Date().getUTCFullYear()}-01-01`,
            asOf: new Date().toISOString(),
          },
        ],
      },
    );
    const rma = await api('POST', '/warehouse-returns/rmas', clerk, {
      branch: 'HZ',
      customerId: 'cust-console',
      lines: [
        {
          product: { model: 'VS1-12' },
          serialNumber: 'SN-CONSOLE-2',
          quantity: 1,
          unitPrice: cny(1_000_000),
          reason: 'quality',
          originalOrder: {
            ref: 'SO-HZ-9',
            deliveredOn: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
          },
        },
      ],
    });
    const step = (p: string, who: ReturnType<typeof user>, body: unknown = {}) =>
      api('POST', `/warehouse-returns/rmas/${rma.rmaId}/${p}`, who, body);
    await step('signatures/after-sales-head', head);
    await step('arrival-notice', head, { station: 'HZ freight station' });
    await step('transport-order', head, { driverId: 'drv-hz', driverName: 'Driver HZ', vehicle: 'HZ-01' });
    await step('pick-up', driver);
    await step('receipt', keeper);
    await step('signatures/operations-head', ops);
    const inspector = user('u-qc', ['qc-inspector'], []);
    const { inspectionId } = await api('POST', '/quality-inspection/inspections', inspector, {
      branch: 'HZ',
      product: { model: 'VS1-12', serialNumber: 'SN-CONSOLE-2' },
      origin: 'quality-return',
      originRef: rma.rmaId,
    });

    const page = await signIn('warehouse-keeper, HZ', { width: 1024, height: 768 });
    // A request no one made: asked again for about three seconds (a read model may be behind a
    // link), then the not-found is shown; the real one is found however soon it is opened.
    const nobody = randomUUID();
    const asked: number[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/warehouse-returns/rmas/${nobody}`) asked.push(Date.now());
    });
    await page.goto(`${site.url}/#/returns/${nobody}`);
    await page.getByRole('alert').first().waitFor();
    expect(asked).toHaveLength(5);
    expect(asked[4] - asked[0]).toBeGreaterThanOrEqual(3_000);
    await page.goto(`${site.url}/#/returns/${rma.rmaId}`);
    await page
      .getByTestId('signature-qc-inspector')
      .filter({ hasText: L('Missing') })
      .waitFor();
    await page.getByRole('button', { name: L('Book into stock') }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'RET-7' })
      .filter({ hasText: ruleTitle('RET-7') })
      .waitFor();
    await check(page, 'returns-stock-in-refused');

    // QC's signature, the third: its inspection of the return signed off.
    const { findingId } = await api(
      'POST',
      `/quality-inspection/inspections/${inspectionId}/findings`,
      inspector,
      {
        failureMode: 'contacts worn',
        rootCause: 'manufacturing',
        evidence: [{ kind: 'photo', ref: 'dms://qc/console/contacts.jpg', sha256: SHA }],
      },
    );
    await api('POST', `/quality-inspection/inspections/${inspectionId}/attributions`, inspector, {
      shares: [{ party: { kind: 'department', department: 'production' }, shareBp: 10_000 }],
      basis: [findingId],
    });
    await api('POST', `/quality-inspection/inspections/${inspectionId}/sign-off`, inspector, {
      capa: { ownerDepartment: 'production', action: 'check the contact springs of line 1' },
    });
    await eventually(
      async () =>
        (await api('GET', `/warehouse-returns/rmas/${rma.rmaId}`, keeper)).rma.missingSignatures.length === 0,
      "QC's signature on the return",
      30_000,
    );
    await page.reload();
    await page
      .getByTestId('signature-qc-inspector')
      .filter({ hasText: L('Signed') })
      .waitFor();
    await page.getByRole('button', { name: L('Book into stock') }).click();
    await page.getByTestId('receipt-no').waitFor();
    await check(page, 'returns-stocked-in');
    await page.context().close();
  });

  // Last: it breaks the shared log's chain on purpose.
  it("AUD-3: a row changed behind the log's back shows on the report as a broken link, and where", async () => {
    const admin = db.pool({ max: 1 });
    const client = await admin.connect();
    let position: number;
    try {
      // As a superuser bypassing the append-only trigger could.
      await client.query('SET session_replication_role = replica');
      const { rows } = await client.query(
        `UPDATE event_store.events SET data = (data::jsonb || '{"tampered": true}'::jsonb)::json
          WHERE case_id = $1 AND type = 'CaseRegistered' RETURNING position`,
        [story.caseId],
      );
      expect(rows).toHaveLength(1);
      position = Number(rows[0].position);
    } finally {
      await client.query('RESET session_replication_role');
      client.release();
      await admin.end();
    }
    const page = await signIn('auditor');
    await page.goto(`${site.url}/#/audit/${story.caseNumber}`);
    const verdict = page.getByTestId('chain-result');
    await verdict.filter({ hasText: L('Hash chain broken at 1 link(s) (AUD-3)') }).waitFor();
    // The broken event by its label, with the raw type beside it that auditors search for.
    await verdict.filter({ hasText: `intake #${position} ${L('Case registered')} CaseRegistered` }).waitFor();
    await page
      .getByTestId('audit-entry')
      .filter({ hasText: 'CaseRegistered' })
      .getByText(L('Broken link'))
      .waitFor();
    await check(page, 'audit-chain-broken');
    await page.context().close();
  });
});
