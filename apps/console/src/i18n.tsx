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
  return (labels: Labels, value: string | undefined | null) =>
    value == null ? '' : (labels[value]?.[lang === 'en' ? 1 : 0] ?? value);
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
};
