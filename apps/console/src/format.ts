import { config } from './config';
import type { Lang } from './i18n';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'zh-CN');

/** The branch's time zone (config.json branchTimeZones), else the browser's. */
export const zoneOf = (branch?: string | null) =>
  (branch && config().branchTimeZones[branch]) || Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A UTC instant as the branch's clock shows it, with the zone named. */
export function formatTime(
  iso: string | undefined | null,
  branch: string | undefined | null,
  lang: Lang,
): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: zoneOf(branch),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Integer minor units as money, exactly (FIN-9): the decimal is built from the integer, not divided. */
export function formatMoney(
  amountMinor: number | undefined | null,
  currency: string | undefined,
  lang: Lang,
): string {
  if (amountMinor == null || !currency) return '';
  const format = new Intl.NumberFormat(locale(lang), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const sign = amountMinor < 0 ? '-' : '';
  const abs = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits ? `${abs.slice(0, -digits)}.${abs.slice(-digits)}` : abs;
  // Intl formats a decimal string exactly (no binary floating point on the way).
  return format.format(`${sign}${decimal}` as unknown as number);
}

/** Time left to a deadline (negative: overdue), in hours and minutes. */
export function timeLeft(
  dueIso: string | undefined,
  now: number,
  lang: Lang,
): { text: string; overdue: boolean } {
  if (!dueIso) return { text: '', overdue: false };
  const ms = Date.parse(dueIso) - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const span =
    lang === 'en'
      ? [d && `${d} d`, h && `${h} h`, `${m} min`].filter(Boolean).join(' ')
      : [d && `${d}天`, h && `${h}小时`, `${m}分钟`].filter(Boolean).join('');
  if (ms < 0) return { text: lang === 'en' ? `overdue by ${span}` : `已超时 ${span}`, overdue: true };
  return { text: lang === 'en' ? `${span} left` : `剩余 ${span}`, overdue: false };
}

/** Basis points as a percentage: 6000 → 60 %. */
export const percent = (bp: number) => `${(bp / 100).toFixed(bp % 100 ? 2 : 0)} %`;

/** A UTC instant as the wall clock of `zone` shows it: `2026-12-07T09:30:00`. */
export function wallClockIn(iso: string | number | Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The UTC instant at which the wall clock of `zone` reads `wall` (`2026-12-07T09:30:00`). */
export function instantOfWallClock(wall: string, zone: string): string {
  const asUtc = Date.parse(`${wall}Z`);
  const offsetAt = (t: number) => Date.parse(`${wallClockIn(t, zone)}Z`) - t;
  let t = asUtc - offsetAt(asUtc);
  t = asUtc - offsetAt(t); // once more across a daylight-saving change
  return new Date(t).toISOString();
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the branch's zone. */
export const dayIn = (iso: string, branch: string | undefined | null) =>
  wallClockIn(iso, zoneOf(branch)).slice(0, 10);
