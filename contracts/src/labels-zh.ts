import type { CaseAcceptedV1, CaseRegisteredV1 } from './intake/intake.events';
import type { CostIncurredV1 } from './dispatch/dispatch.events';
import type { WarrantyAssessedV1 } from './claims/claims.events';

/*
 * The contracts' closed vocabularies in Chinese, for the lines the services write for people
 * (a case's timeline, a serial's history, the audit report). Typed by the contracts: a new
 * value fails to compile until it has its label.
 */

export const CASE_KIND_ZH: Readonly<Record<CaseRegisteredV1['kind'], string>> = {
  'quality-complaint': '质量投诉',
  'non-quality-complaint': '非质量投诉',
  'repair-request': '报修',
  consultation: '咨询',
  'return-request': '调退货',
};

/** A case kind as another service keeps it (a string): its label, or the code if it is not one. */
export const caseKindZh = (kind: string): string => CASE_KIND_ZH[kind as CaseRegisteredV1['kind']] ?? kind;

export const SEVERITY_ZH: Readonly<Record<CaseRegisteredV1['severity'], string>> = {
  general: '一般',
  major: '重特大',
};

export const CHANNEL_ZH: Readonly<Record<CaseRegisteredV1['channel'], string>> = {
  hotline: '热线',
  online: '网上',
  email: '电子邮件',
  letter: '信函',
  fax: '传真',
  'walk-in': '来访',
  'field-engineer': '现场工程师',
};

export const REMEDY_ZH: Readonly<Record<NonNullable<CaseAcceptedV1['remedy']>, string>> = {
  return: '退货',
  exchange: '换货',
  'concession-discount': '让步折价',
  repair: '维修',
  'send-back': '返厂',
};

export const COST_CATEGORY_ZH: Readonly<Record<CostIncurredV1['category'], string>> = {
  travel: '差旅费',
  accommodation: '住宿费',
  allowance: '出差补助',
  parts: '配件费',
  labour: '工时费',
};

export const BEARER_ZH: Readonly<Record<CostIncurredV1['bearer'], string>> = {
  branch: '分公司',
  'head-office': '总部',
  'by-attribution': '现行责任认定',
};

export const SERVICE_CLASS_ZH: Readonly<Record<WarrantyAssessedV1['serviceClass'], string>> = {
  'free-warranty': '保修期内免费',
  contract: '维保合同',
  paid: '有偿服务',
};

export const WARRANTY_STANDING_ZH: Readonly<Record<WarrantyAssessedV1['standing'], string>> = {
  'full-warranty': '三包期内',
  'extended-repair': '延保免费维修期',
  'out-of-warranty': '已过保',
  unregistered: '未登记',
};

const PARTY_KIND_ZH: Readonly<Record<string, string>> = {
  department: '部门',
  supplier: '供应商',
  customer: '客户',
  carrier: '承运商',
};

/** A party key (`department:production`, `supplier:SUP-7`, `customer`) in Chinese: `部门 production`. */
export function partyZh(key: string): string {
  const [kind, id] = key.split(':');
  return `${PARTY_KIND_ZH[kind] ?? kind}${id ? ` ${id}` : ''}`;
}

/** A share table in Chinese: `部门 production 70%、供应商 SUP-7 30%`. */
export function shareTableZh(shares: readonly { partyKey: string; shareBp: number }[]): string {
  return shares.map((s) => `${partyZh(s.partyKey)} ${s.shareBp / 100}%`).join('、');
}
