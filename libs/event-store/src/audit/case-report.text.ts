import { decimalAmount, type Money } from '@aftersales/kernel';
import type { AuditActor, AuditEvidence, AuditShare } from './audit-description';
import type { AttributionRecord, CaseReport } from './case-report';

/** FIN-9 for reading: exact minor units shown with the currency's own decimals, currency first. */
export function formatMoney(m: Money): string {
  return `${m.amountMinor < 0 ? '-' : ''}${m.currency} ${decimalAmount(m)}`;
}

const who = (a: AuditActor) => `${a.userId} (${a.role})`;
const percent = (bp: number) => `${bp / 100} %`;
const shares = (s: readonly AuditShare[]) => s.map((x) => `${x.party} ${percent(x.shareBp)}`).join(', ');
const evidence = (list: readonly AuditEvidence[]) =>
  list.map((e) => `${e.kind} ${e.ref}${e.sha256 ? ` sha256:${e.sha256.slice(0, 12)}…` : ''}`).join('; ');

/** AUD-2 for an auditor to read: responsibility, money, the causal chain, the chain check. */
export function renderCaseReport(report: CaseReport): string {
  const out: string[] = [];
  const c = report.case;
  out.push(`案件审计 Case audit ${c.caseNumber ?? c.caseId}${c.branch ? `  branch ${c.branch}` : ''}`);
  out.push(`  case id ${c.caseId}`);
  out.push(
    report.asOf
      ? `  as of ${report.asOf}: only what was recorded by then`
      : `  everything recorded (generated ${report.generatedAt})`,
  );
  out.push(`  sources: ${report.services.map((s) => `${s.service} ${s.events}`).join(', ')} events`);

  out.push('', '责任归属 Responsibility (QC-3, QC-4)');
  if (report.responsibility.attributions.length === 0) out.push('  no attribution recorded');
  for (const a of report.responsibility.inForce) out.push(`  in force: ${attributionLine(a)}`);
  if (report.responsibility.attributions.length > 0) out.push('  history:');
  for (const a of report.responsibility.attributions) {
    out.push(`    ${a.at}  ${a.inForce ? '[in force]  ' : '[superseded]'} ${attributionLine(a)}`);
    if (a.evidence.length > 0) out.push(`        evidence: ${evidence(a.evidence)}`);
    for (const d of a.disputes) {
      out.push(`        ${d.at}  disputed for ${d.party} by ${who(d.by)}: ${d.reason ?? ''}`.trimEnd());
      if (d.evidence.length > 0) out.push(`          evidence: ${evidence(d.evidence)}`);
      if (d.review)
        out.push(
          `          ${d.review.at}  ${d.outcome} by ${who(d.review.by)}${d.review.reason ? `: ${d.review.reason}` : ''}`,
        );
      else out.push('          open: not reviewed yet');
    }
    if (a.superseded)
      out.push(
        `        ${a.superseded.at}  superseded by ${a.superseded.by}, decided by ${who(a.superseded.decidedBy)}${a.superseded.reason ? `: ${a.superseded.reason}` : ''}`,
      );
  }

  out.push('', '资金 Money (FIN-1..9; * follows from an attribution)');
  if (report.money.movements.length === 0) out.push('  no money recorded');
  for (const m of report.money.movements) {
    const tag = m.attributionId ? `* ${m.attributionId}` : '';
    out.push(
      `  ${m.at}  ${m.service.padEnd(18)} ${m.kind.padEnd(16)} ${formatMoney(m.amount).padStart(16)}  ${m.cause ?? ''} ${tag}`.trimEnd(),
    );
    for (const l of m.lines ?? [])
      out.push(
        `      ${l.account.padEnd(40)} ${l.debitMinor ? `Dr ${formatMoney({ amountMinor: l.debitMinor, currency: m.amount.currency })}` : `Cr ${formatMoney({ amountMinor: l.creditMinor, currency: m.amount.currency })}`}`,
      );
  }
  for (const t of report.money.byAttribution)
    out.push(
      `  because of ${t.attributionId}: allocated ${formatMoney(t.allocated)} (net of reversals), charged back ${formatMoney(t.chargedBack)}`,
    );

  out.push('', '决策链 Causal chain (AUD-1: who, for which branch, when, why, caused by)');
  for (const e of report.entries) {
    const mark = e.link.ok ? '✓' : '✗ BROKEN';
    out.push(
      `  ${String(e.seq).padStart(3)} ${e.at}  ${e.service}#${e.position}  ${e.kind === 'decision' ? '◆' : '·'} ${e.summary}`,
    );
    // Bilingual like the headings: the Chinese line under the English one.
    if (e.summaryZh !== e.summary) out.push(`        ${e.summaryZh}`);
    const detail = [
      `by ${who(e.decidedBy)}`,
      e.decidedBy.userId !== e.actor.userId ? `recorded by ${who(e.actor)}` : undefined,
      e.branch ? `for ${e.branch}` : undefined,
      e.causedBy ? `← #${e.causedBy.seq} ${e.causedBy.service} ${e.causedBy.type}` : undefined,
      `link ${mark}`,
    ].filter(Boolean);
    out.push(`        ${detail.join(' · ')}`);
    if (e.reason) out.push(`        why: ${e.reason}`);
    if (e.evidence.length > 0) out.push(`        evidence: ${evidence(e.evidence)}`);
  }

  out.push('', '哈希链 Hash chain (AUD-3)');
  out.push(
    report.chain.ok
      ? `  ok: all ${report.chain.checked} events shown have intact links`
      : `  BROKEN: ${report.chain.broken.length} of ${report.chain.checked} events shown`,
  );
  for (const b of report.chain.broken)
    out.push(`  ✗ ${b.service} position ${b.position} (${b.type}, ${b.eventId}): ${b.reason}`);
  return out.join('\n');
}

function attributionLine(a: AttributionRecord): string {
  return `${a.attributionId}: ${shares(a.shares)}; signed by ${who(a.decidedBy)}${a.basis.length ? `; basis ${a.basis.join(', ')}` : ''}`;
}
