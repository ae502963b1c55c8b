import type { CampaignEvent } from './campaign/campaign.decider';
import type { ContractKind, ProductEvent } from './product/product.events';
import type { ClaimEvent, DisputeReferrer } from './supplier-claim/claim.events';
import type { WarrantyEvent } from './warranty/warranty.events';

type ClaimsEvent = ProductEvent | WarrantyEvent | ClaimEvent | CampaignEvent;
type Data<T extends ClaimsEvent['type']> = Extract<ClaimsEvent, { type: T }>['data'];

/*
 * Claims' own vocabularies in Chinese, for the lines it writes for people (a serial's history,
 * the audit report); typed by its events, so a new value fails to compile.
 */

export const SOURCE_ZH: Readonly<Record<Data<'ProductRegistered'>['source'], string>> = {
  import: '批量导入',
  intake: '投诉登记',
};

export const CONTRACT_KIND_ZH: Readonly<Record<ContractKind, string>> = {
  maintenance: '维保合同',
  software: '软件服务合同',
};

export const VISIT_ZH: Readonly<Record<Data<'VisitNoted'>['what'], string>> = {
  'visit-completed': '上门服务完成',
  'product-taken-back': '产品带回维修',
};

export const CONFIRMED_BY_ZH: Readonly<Record<Data<'SupplierClaimConfirmed'>['confirmedBy'], string>> = {
  supplier: '供应商确认',
  'response-window-passed': '答复期限已过',
  'attribution-upheld': '质检维持责任认定',
};

export const REFERRER_ZH: Readonly<Record<DisputeReferrer, string>> = {
  'claims-officer': '索赔专员',
  'review-overdue': '复核逾期',
};

export const CAMPAIGN_KIND_ZH: Readonly<Record<Data<'CampaignProposed'>['kind'], string>> = {
  'batch-quality': '批量质量问题',
  recall: '召回',
};
