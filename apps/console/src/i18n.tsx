import { createContext, useContext } from 'react';

/** UI text in Chinese (the default) and English; code and docs stay English. */
export type Lang = 'zh' | 'en';

export const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({
  lang: 'zh',
  setLang: () => undefined,
});

export const storedLang = (): Lang => (localStorage.getItem('aftersales.lang') === 'en' ? 'en' : 'zh');

export type T = (zh: string, en: string) => string;

/** `t('投诉登记', 'Complaint register')`: each text in both languages where it is used. */
export function useT(): T {
  const { lang } = useContext(LangContext);
  return (zh, en) => (lang === 'en' ? en : zh);
}

export const useLang = () => useContext(LangContext).lang;

type Labels = Record<string, readonly [string, string]>;

/** A value of the API's vocabulary in the user's language (the value itself when not listed). */
export function useLabel() {
  const lang = useLang();
  const of = (labels: Labels, value: string) => labels[value]?.[lang === 'en' ? 1 : 0];
  // A code kept for a party or branch (`supplier:SUP-7`, `department-cost:production`) reads as
  // its kind's label and the name: `供应商 SUP-7`.
  return (labels: Labels, value: string | undefined | null) => {
    if (value == null) return '';
    const whole = of(labels, value);
    if (whole) return whole;
    const colon = value.indexOf(':');
    const kind = colon > 0 ? of(labels, value.slice(0, colon)) : undefined;
    return kind ? `${kind} ${value.slice(colon + 1)}` : value;
  };
}

export const KIND: Labels = {
  'quality-complaint': ['质量投诉', 'Quality complaint'],
  'non-quality-complaint': ['非质量投诉', 'Non-quality complaint'],
  'repair-request': ['报修', 'Repair request'],
  consultation: ['咨询', 'Consultation'],
  'return-request': ['调退货', 'Return request'],
};
export const SEVERITY: Labels = { general: ['一般', 'General'], major: ['重特大', 'Major'] };
export const CASE_STATUS: Labels = {
  registered: ['已登记', 'Registered'],
  accepted: ['已受理', 'Accepted'],
  rejected: ['不受理', 'Rejected'],
  resolved: ['已处理', 'Resolved'],
  closed: ['已结案', 'Closed'],
};
export const CLAIM_STATUS: Labels = {
  issued: ['已发出', 'Issued'],
  confirmed: ['已确认', 'Confirmed'],
  disputed: ['有异议', 'Disputed'],
  withdrawn: ['已撤回', 'Withdrawn'],
};
export const SERVICE_CLASS: Labels = {
  'free-warranty': ['保修期内免费', 'Free under warranty'],
  contract: ['维保合同', 'Under contract'],
  paid: ['有偿服务', 'Paid'],
};
export const WARRANTY_STANDING: Labels = {
  'full-warranty': ['三包期内', 'Full warranty'],
  'extended-repair': ['延保免费维修期', 'Extended free repair'],
  'out-of-warranty': ['已过保', 'Out of warranty'],
  unregistered: ['未登记', 'Not registered'],
};
export const PAUSE_REASON: Labels = {
  'information-requested': ['已向客户索要资料', 'Information requested'],
  'customer-unavailable': ['客户无法联系', 'Customer unavailable'],
};
export const CHANNEL: Labels = {
  hotline: ['热线', 'Hotline'],
  online: ['网上', 'Online'],
  email: ['电子邮件', 'E-mail'],
  letter: ['信函', 'Letter'],
  fax: ['传真', 'Fax'],
  'walk-in': ['来访', 'Walk-in'],
  'field-engineer': ['现场工程师', 'Field engineer'],
};
export const REMEDY: Labels = {
  return: ['退货', 'Return'],
  exchange: ['换货', 'Exchange'],
  'concession-discount': ['让步折价', 'Concession discount'],
  repair: ['维修', 'Repair'],
  'send-back': ['返厂', 'Send back'],
};
export const VISIT_STATUS: Labels = {
  unassigned: ['待派工', 'Unassigned'],
  assigned: ['已派工', 'Assigned'],
  'en-route': ['在途', 'En route'],
  'on-site': ['在现场', 'On site'],
  completed: ['已完工', 'Completed'],
  'in-repair': ['返修中', 'In repair'],
  repaired: ['已修复', 'Repaired'],
  returned: ['已返还', 'Returned'],
  cancelled: ['已取消', 'Cancelled'],
};
export const ZONE: Labels = {
  city: ['市区', 'City'],
  suburbs: ['郊区', 'Suburbs'],
  province: ['省内', 'Province'],
  'outside-province': ['省外', 'Outside province'],
};
export const PARTY_KIND: Labels = {
  department: ['部门', 'Department'],
  supplier: ['供应商', 'Supplier'],
  customer: ['客户', 'Customer'],
  carrier: ['承运商', 'Carrier'],
};
export const ROOT_CAUSE: Labels = {
  manufacturing: ['制造', 'Manufacturing'],
  assembly: ['装配', 'Assembly'],
  design: ['设计', 'Design'],
  material: ['材料', 'Material'],
  'purchased-part': ['外购件', 'Purchased part'],
  transport: ['运输', 'Transport'],
  'customer-misuse': ['客户误用', 'Customer misuse'],
  'normal-wear': ['正常磨损', 'Normal wear'],
  'no-fault-found': ['未发现故障', 'No fault found'],
};
export const SIGNATURE: Labels = {
  afterSalesHead: ['售后服务科负责人', 'After-sales head'],
  'after-sales-head': ['售后服务科负责人', 'After-sales head'],
  operationsHead: ['经营部负责人', 'Operations head'],
  'operations-head': ['经营部负责人', 'Operations head'],
  qc: ['质检', 'QC'],
  'qc-inspector': ['质检', 'QC'],
};
export const ROLE: Labels = {
  'intake-clerk': ['售后服务管理人员', 'Intake clerk'],
  'branch-manager': ['分公司经理', 'Branch manager'],
  dispatcher: ['调度员', 'Dispatcher'],
  engineer: ['售后服务工程师', 'Engineer'],
  'service-director': ['服务主任', 'Service director'],
  'qc-inspector': ['质检员', 'QC inspector'],
  'after-sales-head': ['售后服务科负责人', 'After-sales head'],
  'operations-head': ['经营部负责人', 'Operations head'],
  'warehouse-keeper': ['仓库主管', 'Warehouse keeper'],
  driver: ['司机', 'Driver'],
  'claims-officer': ['索赔专员', 'Claims officer'],
  'finance-officer': ['财务', 'Finance officer'],
  executive: ['公司领导', 'Executive'],
  'qc-reviewer': ['质量复核', 'QC reviewer'],
  'department-head': ['部门负责人', 'Department head'],
  auditor: ['审计员', 'Auditor'],
  // What the services decide on their own (timers, reactions to other services' events).
  system: ['系统', 'System'],
};
/** The six services, as a case's timeline and its audit report name where a line came from. */
export const SERVICE: Labels = {
  intake: ['投诉受理', 'Intake'],
  dispatch: ['派工', 'Dispatch'],
  'quality-inspection': ['质检', 'Quality inspection'],
  'warehouse-returns': ['调退货', 'Warehouse returns'],
  claims: ['索赔', 'Claims'],
  finance: ['财务', 'Finance'],
};
export const PRIORITY: Labels = { normal: ['普通', 'Normal'], high: ['优先', 'High'] };
export const HOME: Labels = { branch: ['分公司', 'Branch'], 'head-office': ['总部', 'Head office'] };
export const URGENCY: Labels = {
  emergency: ['紧急', 'Emergency'],
  standard: ['常规', 'Standard'],
  scheduled: ['预约', 'Scheduled'],
};
export const WORK_KIND: Labels = {
  travel: ['路途', 'Travelling'],
  diagnosis: ['故障诊断', 'Diagnosis'],
  'on-site-repair': ['现场维修', 'On-site repair'],
  'workshop-repair': ['返厂维修', 'Workshop repair'],
  installation: ['安装调试', 'Installation'],
  maintenance: ['维护保养', 'Maintenance'],
  'customer-training': ['客户培训', 'Customer training'],
};
/** Dispatch's expense categories and finance's cost kinds. */
export const COST_KIND: Labels = {
  travel: ['差旅费', 'Travel'],
  accommodation: ['住宿费', 'Accommodation'],
  allowance: ['出差补助', 'Allowance'],
  parts: ['配件费', 'Parts'],
  labour: ['工时费', 'Labour'],
  repair: ['维修费', 'Repair costs'],
  transport: ['运输费', 'Transport costs'],
  packaging: ['包装费', 'Packaging'],
  refund: ['退款', 'Refund'],
  concession: ['让步折价', 'Concession discount'],
};
export const COST_STATUS: Labels = {
  pending: ['待审核', 'Pending approval'],
  approved: ['已审核', 'Approved by finance'],
  rejected: ['已驳回', 'Turned down'],
  reversed: ['已冲销', 'Reversed'],
};
export const BEARER: Labels = {
  branch: ['分公司', 'Branch'],
  'head-office': ['总部', 'Head office'],
  'by-attribution': ['按责任判定', 'Per attribution'],
  customer: ['客户', 'Customer'],
};
export const ACCOUNT: Labels = {
  'department-cost': ['部门费用', 'Department cost'],
  'supplier-recoverable': ['应向供应商追偿', 'Recoverable from supplier'],
  'customer-receivable': ['应收客户款', 'Receivable from customer'],
  'carrier-recoverable': ['应向承运商追偿', 'Recoverable from carrier'],
  'branch-cost': ['分公司费用', 'Branch cost'],
  'head-office-cost': ['总部费用', 'Head-office cost'],
  'manufacturing-cost': ['制造成本', 'Manufacturing cost'],
  'costs-payable': ['应付费用', 'Costs payable'],
  'supplier-payable': ['应付供应商款', 'Payable to supplier'],
  'service-revenue': ['服务收入', 'Service revenue'],
};
/** Why a journal entry was posted (FIN-3, FIN-6). */
export const ENTRY_CAUSE: Labels = {
  allocation: ['责任分摊', 'Allocation'],
  reversal: ['冲销', 'Reversal'],
  chargeback: ['扣款', 'Chargeback'],
  'chargeback-refund': ['扣款退回', 'Chargeback refund'],
  'cost-approved': ['费用审核', 'Cost approval'],
  invoice: ['开票', 'Invoice'],
};
/** What an audit report's money movement is (AUD-2). */
export const MONEY_KIND: Labels = {
  'cost-recorded': ['费用登记', 'Cost recorded'],
  'cost-approved': ['费用审核通过', 'Cost approved'],
  claimed: ['索赔', 'Claimed'],
  'claim-confirmed': ['索赔确认', 'Claim confirmed'],
  invoiced: ['已开票', 'Invoiced'],
  collected: ['已收款', 'Collected'],
  'stocked-in': ['已入库', 'Stocked in'],
  'refund-requested': ['申请退款', 'Refund requested'],
  posted: ['记账', 'Posted'],
};
export const AUDIT_KIND: Labels = { decision: ['决定', 'A decision'], fact: ['事实', 'A fact'] };
export const CONFIRMATION_METHOD: Labels = {
  signature: ['签字', 'Signature'],
  'e-signature': ['电子签名', 'E-signature'],
};
export const INSPECTION_STATUS: Labels = {
  open: ['检验中', 'Under inspection'],
  attributed: ['已判定责任', 'Attributed'],
  disputed: ['责任有异议', 'Under dispute'],
  'signed-off': ['已签认', 'Signed off'],
  refused: ['拒收', 'Return refused'],
  'checked-intact': ['检验完好', 'Checked intact'],
  'checked-not-intact': ['检验不完好', 'Checked, not intact'],
};
export const EVIDENCE_KIND: Labels = {
  photo: ['照片', 'Photo'],
  'measurement-record': ['测量记录', 'Measurement record'],
  'test-report': ['试验报告', 'Test report'],
  attachment: ['附件', 'Attachment'],
};
export const ATTRIBUTION_STEP: Labels = {
  attributed: ['已判定责任', 'Attributed'],
  disputed: ['提出异议', 'Dispute raised'],
  confirmed: ['复核维持', 'Upheld on review'],
  superseded: ['复核改判', 'Superseded on review'],
};
export const DISPUTE_OUTCOME: Labels = {
  open: ['待复核', 'Awaiting review'],
  confirmed: ['复核维持', 'Upheld on review'],
  superseded: ['复核改判', 'Superseded on review'],
};
export const REVIEW_DECISION: Labels = {
  confirm: ['维持原判定', 'Uphold the attribution'],
  supersede: ['改判', 'Supersede the attribution'],
};
export const RMA_STATUS: Labels = {
  requested: ['已申请', 'Requested'],
  rejected: ['已驳回', 'Request rejected'],
  confirmed: ['已确认', 'Confirmed'],
  approved: ['已批准', 'Approved'],
  received: ['已收货', 'Received'],
  'qc-refused': ['质检拒收', 'Refused by QC'],
  'stocked-in': ['已入库', 'Stocked in'],
  exchanged: ['已换货', 'Exchanged'],
  refunded: ['已退款', 'Refunded'],
};
export const RETURN_REASON: Labels = {
  unsalable: ['滞销', 'Unsalable'],
  quality: ['质量问题', 'Quality problem'],
};
/** Why QC opened an inspection (QC-1). */
export const INSPECTION_ORIGIN: Labels = {
  'take-back': ['带回维修', 'Take-back'],
  'quality-return': ['质量退货', 'Quality return'],
  'unsalable-return': ['滞销退货', 'Unsalable return'],
  'quality-complaint': ['质量投诉', 'Quality complaint'],
  manual: ['手工立项', 'Opened by hand'],
};
export const RMA_ORIGIN: Labels = {
  'quality-return': ['质量退货', 'Quality return'],
  'unsalable-return': ['滞销退货', 'Unsalable return'],
  manual: ['手工登记', 'Entered by hand'],
};
export const DISPOSITION: Labels = {
  'returned-to-customer': ['退回客户', 'Returned to customer'],
  'scrapped-with-consent': ['经客户同意报废', 'Scrapped with consent'],
};
export const CONTRACT_KIND: Labels = {
  maintenance: ['维保合同', 'Maintenance contract'],
  software: ['软件服务合同', 'Software contract'],
};
/**
 * The services' event types, each service's own (a case's timeline, the audit report) and the
 * published ones (`intake.case-accepted.v1`); shown with the raw type beside the label, which is
 * what auditors and analysts search for.
 */
export const EVENT_TYPE: Labels = {
  // intake
  CaseRegistered: ['投诉登记', 'Case registered'],
  MajorCaseNotified: ['重特大案件已通报', 'Major case notified'],
  CaseClassified: ['案件重新分类', 'Case reclassified'],
  CaseAccepted: ['已受理', 'Case accepted'],
  CaseRejected: ['不予受理', 'Case rejected'],
  CaseResponded: ['已答复客户', 'Customer answered'],
  ResponseDeadlineMissed: ['超过响应期限', 'Response deadline missed'],
  ResolutionDeadlineMissed: ['超过处理期限', 'Resolution deadline missed'],
  FollowUpOwnerAssigned: ['指定跟进人', 'Follow-up owner assigned'],
  CaseResolved: ['已处理完毕', 'Case resolved'],
  CaseClosed: ['已结案', 'Case closed'],
  SurveyAnswered: ['满意度回访已答复', 'Survey answered'],
  ServiceFollowUpRequested: ['开立跟进案件', 'Follow-up case opened'],
  TimelineEntryRecorded: ['其他部门进展', 'Milestone from another service'],
  DeadlineClockPaused: ['期限计时暂停', 'Deadline clocks paused'],
  DeadlineClockResumed: ['期限计时恢复', 'Deadline clocks resumed'],
  'intake.case-registered.v1': ['投诉登记', 'Case registered'],
  'intake.major-case-notified.v1': ['重特大案件已通报', 'Major case notified'],
  'intake.case-classified.v1': ['案件重新分类', 'Case reclassified'],
  'intake.case-accepted.v1': ['已受理', 'Case accepted'],
  'intake.case-rejected.v1': ['不予受理', 'Case rejected'],
  'intake.case-responded.v1': ['已答复客户', 'Customer answered'],
  'intake.response-deadline-missed.v1': ['超过响应期限', 'Response deadline missed'],
  'intake.resolution-deadline-missed.v1': ['超过处理期限', 'Resolution deadline missed'],
  'intake.case-resolved.v1': ['已处理完毕', 'Case resolved'],
  'intake.case-closed.v1': ['已结案', 'Case closed'],
  'intake.survey-answered.v1': ['满意度回访已答复', 'Survey answered'],
  'intake.recurring-problem-detected.v1': ['发现重复性问题', 'Recurring problem detected'],
  // dispatch
  VisitOpened: ['待派工', 'Visit opened'],
  AppointmentConfirmed: ['已约定上门时间', 'Appointment confirmed'],
  ServiceClassRecorded: ['记录服务类别', 'Service class recorded'],
  EngineerAssigned: ['已派工', 'Engineer assigned'],
  EngineerReassigned: ['改派工程师', 'Engineer reassigned'],
  RequestFlaggedForMorningDispatch: ['留待次日早班派工', 'Held for the morning dispatch'],
  VisitStarted: ['工程师出发', 'Visit started'],
  EngineerArrived: ['工程师到达现场', 'Engineer arrived'],
  ArrivalDeadlineMissed: ['超过到场期限', 'Arrival deadline missed'],
  FindingsRecorded: ['记录现场检查结果', 'Findings recorded'],
  WorkDoneRecorded: ['记录完成工作', 'Work done recorded'],
  PartsUsedOnVisit: ['现场使用配件', 'Parts used on the visit'],
  PartsShortfallRecorded: ['配件短缺', 'Parts shortfall recorded'],
  LabourRecorded: ['记录工时', 'Labour recorded'],
  CostIncurred: ['发生费用', 'Cost incurred'],
  VisitCompleted: ['上门服务完工', 'Visit completed'],
  ProductTakenBack: ['产品带回维修', 'Product taken back'],
  RepairCardEntryRecorded: ['填写修护卡', 'Repair card entry recorded'],
  RepairCompleted: ['维修完成', 'Repair completed'],
  ProductReturnedToCustomer: ['产品已返还客户', 'Product returned to the customer'],
  RepairPromised: ['承诺修复日期', 'Repair date promised'],
  RepairEscalated: ['维修升级处理', 'Repair escalated'],
  ServiceFeeCollected: ['收取服务费', 'Service fee collected'],
  InvoiceRequested: ['申请开票', 'Invoice requested'],
  VisitCancelled: ['取消上门服务', 'Visit cancelled'],
  EngineerRegistered: ['登记工程师', 'Engineer registered'],
  EngineerSkillsChanged: ['工程师技能变更', 'Engineer skills changed'],
  EngineerAvailabilitySet: ['工程师日程变更', 'Engineer availability set'],
  EngineerDeactivated: ['工程师停用', 'Engineer deactivated'],
  PartsReceived: ['领用配件', 'Parts received'],
  PartsUsed: ['消耗配件', 'Parts used'],
  'dispatch.engineer-assigned.v1': ['已派工', 'Engineer assigned'],
  'dispatch.visit-started.v1': ['工程师出发', 'Visit started'],
  'dispatch.engineer-arrived.v1': ['工程师到达现场', 'Engineer arrived'],
  'dispatch.arrival-deadline-missed.v1': ['超过到场期限', 'Arrival deadline missed'],
  'dispatch.cost-incurred.v1': ['发生费用', 'Cost incurred'],
  'dispatch.visit-completed.v1': ['上门服务完工', 'Visit completed'],
  'dispatch.product-taken-back.v1': ['产品带回维修', 'Product taken back'],
  'dispatch.repair-completed.v1': ['维修完成', 'Repair completed'],
  'dispatch.product-returned-to-customer.v1': ['产品已返还客户', 'Product returned to the customer'],
  'dispatch.repair-escalated.v1': ['维修升级处理', 'Repair escalated'],
  'dispatch.invoice-requested.v1': ['申请开票', 'Invoice requested'],
  // quality inspection
  InspectionOpened: ['质检立项', 'Inspection opened'],
  FindingRecorded: ['记录检验结果', 'Finding recorded'],
  ResponsibilityAttributed: ['责任判定', 'Responsibility attributed'],
  AttributionDisputed: ['对责任判定提出异议', 'Attribution disputed'],
  AttributionConfirmed: ['复核维持责任判定', 'Attribution upheld'],
  AttributionSuperseded: ['复核改判责任', 'Attribution superseded'],
  InspectionSignedOff: ['质检签认', 'Inspection signed off'],
  ReturnRefused: ['质检拒收退货', 'Return refused by QC'],
  CapaRaised: ['提出纠正预防措施', 'CAPA raised'],
  CapaOverdue: ['纠正预防措施逾期', 'CAPA overdue'],
  CapaClosed: ['纠正预防措施关闭', 'CAPA closed'],
  UnsalableReturnChecked: ['滞销退货已检验', 'Unsalable return checked'],
  'quality-inspection.inspection-opened.v1': ['质检立项', 'Inspection opened'],
  'quality-inspection.finding-recorded.v1': ['记录检验结果', 'Finding recorded'],
  'quality-inspection.responsibility-attributed.v1': ['责任判定', 'Responsibility attributed'],
  'quality-inspection.attribution-disputed.v1': ['对责任判定提出异议', 'Attribution disputed'],
  'quality-inspection.attribution-confirmed.v1': ['复核维持责任判定', 'Attribution upheld'],
  'quality-inspection.attribution-superseded.v1': ['复核改判责任', 'Attribution superseded'],
  'quality-inspection.inspection-signed-off.v1': ['质检签认', 'Inspection signed off'],
  'quality-inspection.return-refused.v1': ['质检拒收退货', 'Return refused by QC'],
  'quality-inspection.capa-raised.v1': ['提出纠正预防措施', 'CAPA raised'],
  'quality-inspection.capa-overdue.v1': ['纠正预防措施逾期', 'CAPA overdue'],
  'quality-inspection.capa-closed.v1': ['纠正预防措施关闭', 'CAPA closed'],
  'quality-inspection.unsalable-return-checked.v1': ['滞销退货已检验', 'Unsalable return checked'],
  // warehouse returns
  ReturnRequested: ['退换货申请', 'Return requested'],
  ReturnRejected: ['驳回退换货申请', 'Return rejected'],
  SpecialCaseApproved: ['领导特批', 'Special case approved'],
  RequestConfirmed: ['确认退换货申请', 'Return request confirmed'],
  FormSigned: ['调退货明细表签字', 'Return form signed'],
  ReturnApproved: ['批准退换货', 'Return approved'],
  ArrivalNotified: ['到站通知', 'Arrival notified'],
  TransportOrderIssued: ['开具退货运输单', 'Transport order issued'],
  GoodsPickedUp: ['司机提货', 'Goods picked up'],
  GoodsReceived: ['仓库收货', 'Goods received'],
  LineInspected: ['退货逐项检验', 'Line inspected'],
  ReturnRefusedByQc: ['质检拒收退货', 'Return refused by QC'],
  RefusedGoodsDisposed: ['拒收货物已处置', 'Refused goods disposed of'],
  StockedIn: ['退货入库', 'Return stocked in'],
  ReceiptSent: ['寄出客户商品领取收据', 'Receipt sent'],
  ReceiptDeadlineMissed: ['收据回寄逾期', 'Receipt deadline missed'],
  SerialReplaced: ['更换序列号', 'Serial replaced'],
  ExchangeShipped: ['换货发出', 'Exchange shipped'],
  RefundRequested: ['申请退款', 'Refund requested'],
  'warehouse-returns.return-requested.v1': ['退换货申请', 'Return requested'],
  'warehouse-returns.return-rejected.v1': ['驳回退换货申请', 'Return rejected'],
  'warehouse-returns.return-approved.v1': ['批准退换货', 'Return approved'],
  'warehouse-returns.transport-order-issued.v1': ['开具退货运输单', 'Transport order issued'],
  'warehouse-returns.return-received.v1': ['仓库收货', 'Goods received'],
  'warehouse-returns.return-stocked-in.v1': ['退货入库', 'Return stocked in'],
  'warehouse-returns.receipt-deadline-missed.v1': ['收据回寄逾期', 'Receipt deadline missed'],
  'warehouse-returns.serial-replaced.v1': ['更换序列号', 'Serial replaced'],
  'warehouse-returns.exchange-shipped.v1': ['换货发出', 'Exchange shipped'],
  'warehouse-returns.refund-requested.v1': ['申请退款', 'Refund requested'],
  // claims
  SupplierClaimIssued: ['发出索赔通知书', 'Supplier claim issued'],
  SupplierClaimAmended: ['修改索赔通知书', 'Supplier claim amended'],
  SupplierClaimConfirmed: ['供应商确认索赔', 'Supplier claim confirmed'],
  SupplierClaimDisputed: ['供应商对索赔有异议', 'Supplier claim disputed'],
  SupplierClaimWithdrawn: ['撤回索赔通知书', 'Supplier claim withdrawn'],
  SupplierClaimDisputeReferred: ['异议转质检复核', 'Dispute referred to QC'],
  SupplierClaimChargebackRefunded: ['扣款退回', 'Chargeback refunded'],
  CaseNoted: ['记录案件', 'Case noted'],
  WarrantyAssessed: ['保修判定', 'Warranty assessed'],
  ServiceClassified: ['服务类别判定', 'Service classified'],
  AttributionNoted: ['记录责任判定', 'Attribution noted'],
  VisitNoted: ['记录上门服务', 'Visit noted'],
  PartsDueForRecovery: ['待回收旧件', 'Parts due for recovery'],
  PartsRecovered: ['旧件已回收', 'Parts recovered'],
  ApprovedCostNoted: ['记录已审核费用', 'Approved cost noted'],
  ProductRegistered: ['产品登记', 'Product registered'],
  ProductDetailsChanged: ['产品档案变更', 'Product details changed'],
  ContractExpiryNotified: ['合同到期提醒', 'Contract expiry notified'],
  ReplacementLinked: ['关联替换产品', 'Replacement linked'],
  ReplacedBy: ['已被替换', 'Replaced'],
  ContractAdded: ['新增维保合同', 'Contract added'],
  'claims.supplier-claim-issued.v1': ['发出索赔通知书', 'Supplier claim issued'],
  'claims.supplier-claim-amended.v1': ['修改索赔通知书', 'Supplier claim amended'],
  'claims.supplier-claim-confirmed.v1': ['供应商确认索赔', 'Supplier claim confirmed'],
  'claims.supplier-claim-disputed.v1': ['供应商对索赔有异议', 'Supplier claim disputed'],
  'claims.supplier-claim-withdrawn.v1': ['撤回索赔通知书', 'Supplier claim withdrawn'],
  'claims.warranty-assessed.v1': ['保修判定', 'Warranty assessed'],
  'claims.service-classified.v1': ['服务类别判定', 'Service classified'],
  'claims.contract-expiry-notified.v1': ['合同到期提醒', 'Contract expiry notified'],
  // finance
  CostRecorded: ['费用登记', 'Cost recorded'],
  CostApproved: ['费用审核通过', 'Cost approved'],
  CostRejected: ['费用驳回', 'Cost rejected'],
  CostReversed: ['费用冲销', 'Cost reversed'],
  AttributionApplied: ['按责任判定分摊', 'Attribution applied'],
  InvoiceIssued: ['开具发票', 'Invoice issued'],
  ChargebackConfirmed: ['确认扣款', 'Chargeback confirmed'],
  ChargebackRefunded: ['扣款退回', 'Chargeback refunded'],
  EntryPosted: ['记账', 'Entry posted'],
  'finance.cost-audited.v1': ['费用已审核', 'Cost audited'],
  'finance.entry-posted.v1': ['记账', 'Entry posted'],
  'finance.chargeback-refunded.v1': ['扣款退回', 'Chargeback refunded'],
  'finance.customer-totals-changed.v1': ['客户累计金额变更', 'Customer totals changed'],
};
