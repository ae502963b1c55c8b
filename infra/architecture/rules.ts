/**
 * The business rules, one short English statement each: the source of docs/domain.md
 * (rule-index.ts adds where each is enforced and tested). Every number is a default and
 * configuration per organisation (and per branch or region where a rule says so).
 */
export interface RuleText {
  readonly id: string;
  readonly title: string;
  /** The title in Chinese, as the console names the rule to its users. */
  readonly titleZh: string;
  readonly text: string;
}

export interface RuleArea {
  readonly prefix: string;
  readonly name: string;
  /** The service that owns the area's rules; undefined for rules every service keeps. */
  readonly service?: string;
  readonly rules: readonly RuleText[];
}

export const RULE_AREAS: readonly RuleArea[] = [
  {
    prefix: 'ORG',
    name: 'Organisation and access',
    rules: [
      {
        id: 'ORG-1',
        title: 'Branch scope',
        titleZh: '分公司范围',
        text: 'A person sees and acts only on records of the branches assigned to them; head-office roles (qc-inspector, finance-officer, operations-head, executive) act across branches. Every write records who acted, in which role, for which branch.',
      },
      {
        id: 'ORG-2',
        title: 'The branch manager decides acceptance',
        titleZh: '分公司经理决定是否受理',
        text: "The branch manager has the final say on whether a complaint is accepted and how it is handled (a field office's work is decided by its office manager).",
      },
    ],
  },
  {
    prefix: 'INT',
    name: 'Intake: complaints and service requests',
    service: 'intake',
    rules: [
      {
        id: 'INT-1',
        title: 'Registration and the case number',
        titleZh: '登记与投诉编号',
        text: "A case is registered from any channel (hotline, online, e-mail/letter, fax, walk-in, field engineer) with the customer, the product model and serial number, the purchase date if known, the customer's own words and the channel. It gets a human-readable case number unique in the organisation (branch, year, sequence, e.g. HZ-2026-000123) and enters the complaint register.",
      },
      {
        id: 'INT-2',
        title: 'Case kinds and reclassification',
        titleZh: '投诉类别与重新分类',
        text: 'A case is a quality complaint, a non-quality complaint, a repair request, a consultation or a return request. It may be reclassified later; the reclassification is recorded, never overwritten.',
      },
      {
        id: 'INT-3',
        title: 'Severity and major cases',
        titleZh: '严重程度与重特大投诉',
        text: "A case is general or major. Major cases and emergencies (the product stopped the customer's power or production) notify the after-sales head and the executive at once and are always recorded.",
      },
      {
        id: 'INT-4',
        title: 'Response deadlines',
        titleZh: '响应期限',
        text: 'The first substantive answer (a handling opinion, not an acknowledgement) is due, from registration: quality complaint 2 h, non-quality complaint 12 h, phone consultation 12 h, letter/e-mail 24 h, hotline general quality question 30 min.',
      },
      {
        id: 'INT-5',
        title: 'Resolution deadlines',
        titleZh: '处理期限',
        text: 'A general complaint is resolved within 3 days, a major one within 1 day.',
      },
      {
        id: 'INT-6',
        title: 'Validity review',
        titleZh: '有效性审核',
        text: 'The clerk judges whether a complaint is founded. An unfounded one is answered with an explanation and closed as rejected (the branch manager can overturn that, ORG-2); a founded quality complaint offers return, exchange, concession discount, repair or send-back.',
      },
      {
        id: 'INT-7',
        title: 'Non-quality complaints at the customer’s cost',
        titleZh: '非质量投诉由客户承担费用',
        text: 'A complaint about damage the customer caused is handled like a quality one (analyse, explain, repair, train), but its costs are negotiated with and recovered from the customer (FIN-4).',
      },
      {
        id: 'INT-8',
        title: 'Closing and the satisfaction survey',
        titleZh: '结案与满意度调查',
        text: "Closing needs a recorded outcome and the customer's confirmation or signature. Every closed case gets a satisfaction survey (attitude, skill, arrival time, keeping promises on a 4-level scale, plus free text); a complaint about the service itself opens a follow-up for the service director.",
      },
      {
        id: 'INT-9',
        title: 'Recurring problems',
        titleZh: '重复发生的问题',
        text: 'When the same product model and failure symptom recur (3 founded cases in 30 days), a fast-response alert goes to QC and the technical department.',
      },
      {
        id: 'INT-10',
        title: 'VIP customers',
        titleZh: '重要客户 (VIP)',
        text: 'High-value customers are handled with priority and get a dedicated follow-up owner.',
      },
      {
        id: 'INT-11',
        title: 'Pausing the deadline clock',
        titleZh: '暂停期限计时',
        text: 'A deadline clock pauses, with its reason, while the case waits on the customer and resumes when the customer answers; compliance counts only time not paused. A change of branch calendar or deadline policy never rewrites past outcomes: they are recomputed as a new projection.',
      },
    ],
  },
  {
    prefix: 'DSP',
    name: 'Dispatch: engineers and on-site service',
    service: 'dispatch',
    rules: [
      {
        id: 'DSP-1',
        title: 'Service requests and assignment',
        titleZh: '服务申请与派工',
        text: "A case that needs on-site work creates a service request (address, contact, model, problem); a dispatcher or the auto-assigner assigns an engineer of the case's branch by skill for the product line, availability and load.",
      },
      {
        id: 'DSP-2',
        title: 'Arrival deadlines',
        titleZh: '到达期限',
        text: "Emergencies are reached, from acceptance, within 1 h in the city, 6 h in the province, 12 h outside it; standard on-site service within 12 h of confirmation; scheduled repairs within 6 working hours in the city and 7 in the suburbs. Zones and hours are branch configuration; working hours skip the branch calendar's non-working time.",
      },
      {
        id: 'DSP-3',
        title: 'The visit record',
        titleZh: '服务记录',
        text: "A visit records departure, arrival, findings, the work done, parts used from the engineer's stock, labour hours, the customer's signature on the service voucher, and whether it was fixed the first time.",
      },
      {
        id: 'DSP-4',
        title: 'Take-back repairs',
        titleZh: '带回维修',
        text: 'A product that cannot be fixed on site is taken back against a product receipt, logged in the product in/out register with a repair card (hours, parts); on return the customer signs, the receipt is voided and the return date recorded.',
      },
      {
        id: 'DSP-5',
        title: 'Escalation and end of day',
        titleZh: '升级处理与日终',
        text: 'A repair that will miss its promised date is escalated to the service director before the deadline; a request still undispatched at the end of the day is dispatched first the next morning.',
      },
      {
        id: 'DSP-6',
        title: 'Daily reports',
        titleZh: '服务日报',
        text: "Engineers file a daily work report (kind of work, hours); the service director's daily report aggregates them per branch for the branch manager.",
      },
      {
        id: 'DSP-7',
        title: 'Paid service',
        titleZh: '有偿服务',
        text: 'Paid service (out of warranty, or damage not covered) is paid on site to the cashier or invoiced the same day (FIN-5).',
      },
    ],
  },
  {
    prefix: 'QC',
    name: 'Quality inspection: root cause and responsibility',
    service: 'quality-inspection',
    rules: [
      {
        id: 'QC-1',
        title: 'When an inspection opens',
        titleZh: '何时开立质检',
        text: 'An inspection opens for every product returned for quality reasons, every product taken back for repair, and every founded quality complaint that needs root-cause analysis.',
      },
      {
        id: 'QC-2',
        title: 'Findings',
        titleZh: '检验发现',
        text: 'Findings record the failure mode, the root-cause category and the evidence (by reference).',
      },
      {
        id: 'QC-3',
        title: 'Responsibility attribution',
        titleZh: '责任判定',
        text: "QC attributes responsibility to one or more parties (department and optional person, supplier, customer, carrier) with shares summing to 100 %, a basis and the inspector's signature.",
      },
      {
        id: 'QC-4',
        title: 'Disputes',
        titleZh: '异议处理',
        text: 'The blamed party can dispute an attribution; the review confirms it or supersedes it with a new one, and the earlier one and the reason stay in the record. Costs follow the attribution in force.',
      },
      {
        id: 'QC-5',
        title: 'Sign-off, refusal and CAPA',
        titleZh: '签发、拒收与纠正预防措施 (CAPA)',
        text: 'A production fault is signed by QC and raises a corrective and preventive action with owner and due date; customer damage is refused with a written explanation, the basis for rejecting the return (RET-6).',
      },
      {
        id: 'QC-6',
        title: 'Unsalable returns',
        titleZh: '滞销退货',
        text: 'Products returned as unsalable are checked for intact quality and signed before they are re-stocked.',
      },
      {
        id: 'QC-7',
        title: 'Monthly quality summary',
        titleZh: '月度质量汇总',
        text: 'Monthly, QC summarises quality problems by model, cause and responsible party for the responsible departments.',
      },
    ],
  },
  {
    prefix: 'RET',
    name: 'Warehouse returns: return and exchange',
    service: 'warehouse-returns',
    rules: [
      {
        id: 'RET-1',
        title: 'The return request',
        titleZh: '退货申请',
        text: 'A return or exchange is requested with a line-item form: product, quantity, unit price, reason (unsalable or quality), original order.',
      },
      {
        id: 'RET-2',
        title: 'Exchange-rate and time limits',
        titleZh: '调换货比例与时限',
        text: "Unsalable exchanges stay within the customer's exchange-rate limit (exchanged ÷ purchased value over the contract period) and the contract's time limit; finance checks the rate (FIN-7).",
      },
      {
        id: 'RET-3',
        title: 'Approval of unsalable returns',
        titleZh: '滞销退货审批',
        text: 'Within limits: after-sales staff confirm and the operations head approves. Over a limit: rejected with an explanation unless an executive approves it as a special case.',
      },
      {
        id: 'RET-4',
        title: 'Quality returns',
        titleZh: '质量退货',
        text: 'The after-sales head reviews and signs a quality return before the customer ships.',
      },
      {
        id: 'RET-5',
        title: 'Return transport order',
        titleZh: '退货运输单',
        text: 'On arrival at the freight station the after-sales head issues a return transport order to a driver; no collection without one.',
      },
      {
        id: 'RET-6',
        title: 'Inspection of every return',
        titleZh: '每件退货必须检验',
        text: "QC inspects every returned item; a refusal (customer damage) rejects the return with QC's explanation.",
      },
      {
        id: 'RET-7',
        title: 'Three signatures before stock-in',
        titleZh: '入库前须三方签字',
        text: 'A return is booked into stock only with the signatures of the after-sales head, the operations head and QC.',
      },
      {
        id: 'RET-8',
        title: 'Return receipt',
        titleZh: '退货回执',
        text: 'Stock-in produces a return receipt (quantity, amount) for finance, sent to the customer before 12:00 the next day.',
      },
    ],
  },
  {
    prefix: 'CLM',
    name: 'Claims: warranty and supplier recovery',
    service: 'claims',
    rules: [
      {
        id: 'CLM-1',
        title: 'Warranty entitlement',
        titleZh: '保修资格',
        text: 'Entitlement follows the serial number and commissioning date: 2 years of free replacement (and return), then 3 years of free repair of quality failures, then paid service. Wear parts are covered, human damage is not.',
      },
      {
        id: 'CLM-2',
        title: 'Maintenance contracts',
        titleZh: '维保合同',
        text: 'A maintenance contract covers service outside warranty; its expiry is notified one month ahead (three months for software).',
      },
      {
        id: 'CLM-3',
        title: 'Service class',
        titleZh: '服务类别',
        text: 'Every service is free-warranty, contract or paid; the class decides who pays.',
      },
      {
        id: 'CLM-4',
        title: 'Supplier claims',
        titleZh: '供应商索赔',
        text: 'An attribution to a supplier issues a supplier claim notice; once confirmed (or the response window passes) finance deducts the amount from its payables.',
      },
      {
        id: 'CLM-5',
        title: 'Old-part recovery and claim cost',
        titleZh: '旧件回收与索赔成本',
        text: 'Replaced parts are recovered (target 80 %), parts inventory error stays under 3 %, net claim cost per unit sold is tracked per model.',
      },
      {
        id: 'CLM-6',
        title: 'Campaigns',
        titleZh: '批量问题/召回',
        text: 'Batch problems and recalls open one campaign linked to every affected case, with executive approval.',
      },
      {
        id: 'CLM-7',
        title: 'Serial-number history',
        titleZh: '序列号履历',
        text: "An exchange links the faulty unit to its replacement, which inherits the remaining warranty; a serial number's whole history can be listed.",
      },
    ],
  },
  {
    prefix: 'FIN',
    name: 'Finance: costs, allocation, settlement',
    service: 'finance',
    rules: [
      {
        id: 'FIN-1',
        title: 'Cost recording and audit',
        titleZh: '费用登记与审核',
        text: 'Every cost of a case is recorded against it and audited (approved, or rejected with a reason) before allocation.',
      },
      {
        id: 'FIN-2',
        title: 'Staff travel',
        titleZh: '员工差旅',
        text: "Travel, accommodation and allowances are borne by the staff member's own branch, or head office.",
      },
      {
        id: 'FIN-3',
        title: 'Allocation by attribution',
        titleZh: '按责任分摊',
        text: 'Free-service costs go to manufacturing cost and are allocated to the responsible departments in the shares in force; a superseded attribution is reversed and re-allocated by compensating entries.',
      },
      {
        id: 'FIN-4',
        title: 'Billing customers and suppliers',
        titleZh: '向客户与供应商收费',
        text: 'Costs attributed to the customer are billed to the customer; those attributed to a supplier are recovered through a supplier claim.',
      },
      {
        id: 'FIN-5',
        title: 'Invoice on delivery',
        titleZh: '交付即开票',
        text: 'Paid service is invoiced on the day it is delivered.',
      },
      {
        id: 'FIN-6',
        title: 'Supplier chargebacks',
        titleZh: '供应商扣款',
        text: "A confirmed claim amount is deducted from the supplier's payables.",
      },
      {
        id: 'FIN-7',
        title: 'Exchange-rate tracking',
        titleZh: '调换货比例跟踪',
        text: 'Returned and exchanged value is tracked per customer against purchases; a customer over its limit is flagged to the operations head and executives.',
      },
      {
        id: 'FIN-8',
        title: 'Monthly settlement',
        titleZh: '月度结算',
        text: 'Branches are settled monthly; a closed period is immutable and corrections go into the next one.',
      },
      {
        id: 'FIN-9',
        title: 'Exact money',
        titleZh: '金额精确',
        text: 'All money is exact: integer minor units with a currency.',
      },
    ],
  },
  {
    prefix: 'KPI',
    name: 'Reporting and KPIs',
    rules: [
      {
        id: 'KPI-1',
        title: 'Branch KPIs',
        titleZh: '分公司考核指标',
        text: 'Per branch and period: response compliance, resolution time, arrival compliance, first-time-fix rate, satisfaction, callback rate, record completeness, old-part recovery, net claim cost, exchange rates, cost by responsible department.',
      },
      {
        id: 'KPI-2',
        title: 'Monthly complaint summary',
        titleZh: '月度投诉汇总',
        text: 'Monthly counts of complaints by kind, cause, model and responsible party, with the recurring problems.',
      },
      {
        id: 'KPI-3',
        title: 'Reproducible figures',
        titleZh: '可复现的数据',
        text: 'Every figure is reproducible from the event log alone (a replay gives the same numbers) and traceable to its events.',
      },
    ],
  },
  {
    prefix: 'AUD',
    name: 'Audit trail',
    rules: [
      {
        id: 'AUD-1',
        title: 'Every decision is an event',
        titleZh: '每项决定都是事件',
        text: 'Every decision is an immutable event in the audit log with who (person and role), for which branch, when, why, and the correlation and causation ids back to the case.',
      },
      {
        id: 'AUD-2',
        title: 'Answerable from the log',
        titleZh: '可由日志回答',
        text: 'For any case the log alone answers who is responsible, on what evidence, who decided, what was superseded and why, and what money moved.',
      },
      {
        id: 'AUD-3',
        title: 'Tamper evidence',
        titleZh: '防篡改',
        text: 'A verifier recomputes a hash chain over the log and reports the first broken link.',
      },
      {
        id: 'AUD-4',
        title: 'Erasable personal data',
        titleZh: '可删除的个人数据',
        text: 'Personal data can be erased on request without breaking the log (per-customer keys, erase the key).',
      },
    ],
  },
];
