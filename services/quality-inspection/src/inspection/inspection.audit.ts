import { partyZh } from '@aftersales/contracts';
import { serviceAudit, type AuditEvidence, type AuditShare } from '@aftersales/event-store';
import type { InspectionEvent } from './inspection.events';
import {
  partyKey,
  type EvidenceRef,
  type OriginKind,
  type RootCause,
  type Share,
} from './inspection.vocabulary';

// Quality inspection's own vocabularies in the Chinese lines; typed, so a new value fails to compile.
const ORIGIN_ZH: Record<OriginKind, string> = {
  'take-back': '带回维修',
  'quality-return': '质量退货',
  'unsalable-return': '滞销退货',
  'quality-complaint': '质量投诉',
  manual: '手工立项',
};
const ROOT_CAUSE_ZH: Record<RootCause, string> = {
  manufacturing: '制造',
  assembly: '装配',
  design: '设计',
  material: '材料',
  'purchased-part': '外购件',
  transport: '运输',
  'customer-misuse': '客户误用',
  'normal-wear': '正常磨损',
  'no-fault-found': '未发现故障',
};

const evidence = (refs: readonly EvidenceRef[]): AuditEvidence[] =>
  refs.map((e) => ({
    kind: e.kind,
    ref: e.ref,
    sha256: e.sha256,
    ...(e.description ? { description: e.description } : {}),
  }));
const shares = (list: readonly Share[]): AuditShare[] =>
  list.map((s) => ({ party: partyKey(s.party), shareBp: s.shareBp }));
const table = (list: readonly Share[]) =>
  list
    .map(
      (s) =>
        `${partyKey(s.party)}${s.party.kind === 'department' && s.party.person ? ` (${s.party.person})` : ''} ${s.shareBp / 100} %`,
    )
    .join(', ');

const tableZh = (list: readonly Share[]) =>
  list
    .map(
      (s) =>
        `${partyZh(partyKey(s.party))}${s.party.kind === 'department' && s.party.person ? `（${s.party.person}）` : ''} ${s.shareBp / 100}%`,
    )
    .join('、');

/** AUD-2: how quality inspection tells who is responsible, on what evidence, and what was superseded (QC-2..5). */
export const qualityInspectionAudit = serviceAudit<InspectionEvent>({
  caseStreams: ['inspection'],
  describe: {
    InspectionOpened: (d) => ({
      summary: `inspection opened for ${d.product.model} ${d.product.serialNumber} (${d.origin.kind} ${d.origin.ref}) (QC-1)`,
      summaryZh: `质检立项：${d.product.model} ${d.product.serialNumber}（${ORIGIN_ZH[d.origin.kind]} ${d.origin.ref}）（QC-1）`,
      kind: 'decision',
      decidedBy: d.openedBy,
      ...(d.symptom ? { reason: d.symptom } : {}),
      refs: { inspectionId: d.inspectionId },
    }),
    FindingRecorded: (d) => ({
      summary: `finding ${d.findingId}: ${d.failureMode}, root cause ${d.rootCause}${d.corrects ? `, correcting ${d.corrects}` : ''} (QC-2)`,
      summaryZh: `检验发现 ${d.findingId}：${d.failureMode}，根本原因${ROOT_CAUSE_ZH[d.rootCause]}${d.corrects ? `，更正 ${d.corrects}` : ''}（QC-2）`,
      kind: 'decision',
      decidedBy: d.recordedBy,
      ...(d.note ? { reason: d.note } : {}),
      evidence: [
        ...evidence(d.evidence),
        ...d.measurements.map((m) => ({ kind: 'measurement', ref: `${m.name} = ${m.value} ${m.unit}` })),
      ],
      refs: { findingId: d.findingId, inspectionId: d.inspectionId },
    }),
    ResponsibilityAttributed: (d) => ({
      summary: `responsibility attributed (${d.attributionId}): ${table(d.shares)}${d.supersedes ? `, superseding ${d.supersedes}` : ''} (QC-3)`,
      summaryZh: `责任认定（${d.attributionId}）：${tableZh(d.shares)}${d.supersedes ? `，取代 ${d.supersedes}` : ''}（QC-3）`,
      kind: 'decision',
      decidedBy: d.signedBy,
      ...(d.basisNote ? { reason: d.basisNote } : {}),
      refs: { attributionId: d.attributionId, inspectionId: d.inspectionId },
      attribution: {
        step: 'attributed',
        attributionId: d.attributionId,
        scope: d.inspectionId,
        shares: shares(d.shares),
        basis: d.basis,
        ...(d.supersedes ? { supersedes: d.supersedes } : {}),
      },
    }),
    AttributionDisputed: (d) => ({
      summary: `attribution ${d.attributionId} disputed for ${d.party} (QC-4)`,
      summaryZh: `${partyZh(d.party)} 对责任认定 ${d.attributionId} 提出异议（QC-4）`,
      kind: 'decision',
      decidedBy: d.disputedBy,
      reason: d.reason,
      evidence: evidence(d.evidence),
      refs: { attributionId: d.attributionId, disputeId: d.disputeId },
      attribution: {
        step: 'disputed',
        attributionId: d.attributionId,
        disputeId: d.disputeId,
        party: d.party,
      },
    }),
    AttributionConfirmed: (d) => ({
      summary: `dispute ${d.disputeId} reviewed: attribution ${d.attributionId} confirmed (QC-4)`,
      summaryZh: `异议 ${d.disputeId} 已复核：维持责任认定 ${d.attributionId}（QC-4）`,
      kind: 'decision',
      decidedBy: d.reviewedBy,
      reason: d.reason,
      refs: { attributionId: d.attributionId, disputeId: d.disputeId },
      attribution: { step: 'confirmed', attributionId: d.attributionId, disputeId: d.disputeId },
    }),
    AttributionSuperseded: (d) => ({
      summary: `attribution ${d.attributionId} (${table(d.previousShares)}) superseded by ${d.supersededBy} (${table(d.shares)}) (QC-4)`,
      summaryZh: `责任认定 ${d.attributionId}（${tableZh(d.previousShares)}）改判为 ${d.supersededBy}（${tableZh(d.shares)}）（QC-4）`,
      kind: 'decision',
      decidedBy: d.decidedBy,
      reason: d.reason,
      refs: {
        attributionId: d.attributionId,
        supersededBy: d.supersededBy,
        ...(d.disputeId ? { disputeId: d.disputeId } : {}),
      },
      attribution: {
        step: 'superseded',
        attributionId: d.attributionId,
        supersededBy: d.supersededBy,
        ...(d.disputeId ? { disputeId: d.disputeId } : {}),
      },
    }),
    InspectionSignedOff: (d) => ({
      summary: `inspection signed on attribution ${d.attributionId}${d.companyFault ? ': the company’s own fault' : ''} (QC-5)`,
      summaryZh: `按责任认定 ${d.attributionId} 签认质检${d.companyFault ? '：本公司自身质量问题' : ''}（QC-5）`,
      kind: 'decision',
      decidedBy: d.signedBy,
      ...(d.note ? { reason: d.note } : {}),
      refs: { attributionId: d.attributionId },
    }),
    ReturnRefused: (d) => ({
      summary: `QC refuses to sign: customer damage (QC-5, RET-6)`,
      summaryZh: '质检拒绝签认：客户造成的损坏（QC-5、RET-6）',
      kind: 'decision',
      decidedBy: d.refusedBy,
      reason: d.explanation,
      refs: { attributionId: d.attributionId },
    }),
    CapaRaised: (d) => ({
      summary: `CAPA ${d.capaId} raised for ${d.ownerDepartment}${d.owner ? ` (${d.owner})` : ''}, due ${d.dueAt} (QC-5)`,
      summaryZh: `向 ${d.ownerDepartment}${d.owner ? `（${d.owner}）` : ''} 下达纠正预防措施 ${d.capaId}，期限 ${d.dueAt}（QC-5）`,
      kind: 'decision',
      decidedBy: d.raisedBy,
      reason: d.action,
      refs: { capaId: d.capaId },
    }),
    CapaOverdue: (d) => ({
      summary: `CAPA ${d.capaId} of ${d.ownerDepartment} overdue since ${d.dueAt}`,
      summaryZh: `${d.ownerDepartment} 的纠正预防措施 ${d.capaId} 自 ${d.dueAt} 起逾期`,
      kind: 'fact',
    }),
    CapaClosed: (d) => ({
      summary: `CAPA ${d.capaId} closed after verification`,
      summaryZh: `纠正预防措施 ${d.capaId} 经验证后关闭`,
      kind: 'decision',
      decidedBy: d.closedBy,
      reason: d.verification.note,
      evidence: evidence(d.verification.evidence),
      refs: { capaId: d.capaId },
    }),
    UnsalableReturnChecked: (d) => ({
      summary: `unsalable return checked: original quality ${d.intact ? 'intact' : 'not intact'} (QC-6)`,
      summaryZh: `滞销退货已检验：原有质量${d.intact ? '完好' : '不完好'}（QC-6）`,
      kind: 'decision',
      decidedBy: d.signedBy,
      reason: d.note,
      evidence: evidence(d.evidence),
    }),
  },
});
