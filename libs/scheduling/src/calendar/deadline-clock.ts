import { DurationMeasure, WorkingCalendar, calendarTime } from './working-calendar';

/** A deadline's allowance: `ms` of working time (branch calendar) or of plain time. */
export interface DeadlineBudget {
  readonly ms: number;
  readonly counted: 'working-time' | 'calendar-time';
}

export interface DeadlinePause {
  readonly pausedAt: Date;
  readonly reason: string;
  readonly resumedAt?: Date;
}

/** What is stored (e.g. folded from events); the due instant is always recomputed from it (INT-11). */
export interface DeadlineClockRecord {
  readonly startedAt: Date;
  readonly budget: DeadlineBudget;
  readonly pauses: readonly DeadlinePause[];
}

export class DeadlineClockError extends Error {
  override readonly name = 'DeadlineClockError';
}

/**
 * A deadline that pauses while the case waits on the customer (INT-11). An immutable value:
 * pause/resume return a new clock. Time counts only outside pauses, measured on the calendar
 * given (working time) or in plain time; a different calendar gives a recomputed answer from
 * the same record and never changes the record.
 */
export class DeadlineClock {
  private constructor(
    readonly record: DeadlineClockRecord,
    private readonly measure: DurationMeasure,
  ) {}

  static start(startedAt: Date, budget: DeadlineBudget, calendar?: WorkingCalendar): DeadlineClock {
    return DeadlineClock.fromRecord({ startedAt, budget, pauses: [] }, calendar);
  }

  static fromRecord(record: DeadlineClockRecord, calendar?: WorkingCalendar): DeadlineClock {
    if (!(record.budget.ms >= 0)) throw new DeadlineClockError(`budget must be ≥ 0 ms: ${record.budget.ms}`);
    if (record.budget.counted === 'calendar-time') return new DeadlineClock(record, calendarTime);
    if (!calendar) throw new DeadlineClockError('a working-time budget needs the branch working calendar');
    return new DeadlineClock(record, calendar.workingTime);
  }

  get isPaused(): boolean {
    const last = this.record.pauses[this.record.pauses.length - 1];
    return last !== undefined && last.resumedAt === undefined;
  }

  pause(at: Date, reason: string): DeadlineClock {
    if (this.isPaused) throw new DeadlineClockError('the deadline clock is already paused');
    if (at < this.lastActivity)
      throw new DeadlineClockError('a pause cannot precede the last start or resume');
    return this.with([...this.record.pauses, { pausedAt: at, reason }]);
  }

  resume(at: Date): DeadlineClock {
    const pauses = this.record.pauses;
    const last = pauses[pauses.length - 1];
    if (!this.isPaused) throw new DeadlineClockError('the deadline clock is not paused');
    if (at < last.pausedAt) throw new DeadlineClockError('a resume cannot precede its pause');
    return this.with([...pauses.slice(0, -1), { ...last, resumedAt: at }]);
  }

  /** Counted time up to `at`, excluding pauses (the compliance figure of INT-11). */
  elapsed(at: Date): number {
    let total = 0;
    for (const [from, to] of this.runningSegments()) {
      if (from >= at) break;
      total += this.measure.between(from, to && to < at ? to : at);
    }
    return total;
  }

  /** Budget left at `at`; negative once overrun. */
  remaining(at: Date): number {
    return this.record.budget.ms - this.elapsed(at);
  }

  /**
   * When the budget runs out. Undefined while paused with budget left: a stopped clock has no
   * due instant until it resumes.
   */
  dueAt(): Date | undefined {
    let used = 0;
    for (const [from, to] of this.runningSegments()) {
      const left = this.record.budget.ms - used;
      const span = to ? this.measure.between(from, to) : Infinity;
      if (left <= span) return this.measure.add(from, left);
      used += span;
    }
    return undefined;
  }

  isOverdue(at: Date): boolean {
    const due = this.dueAt();
    return due !== undefined && at >= due;
  }

  private get lastActivity(): Date {
    const last = this.record.pauses[this.record.pauses.length - 1];
    return last?.resumedAt ?? last?.pausedAt ?? this.record.startedAt;
  }

  /** [from, to) spans the clock ran; the last one is open (to undefined) unless paused. */
  private runningSegments(): [Date, Date | undefined][] {
    const segments: [Date, Date | undefined][] = [];
    let from: Date | undefined = this.record.startedAt;
    for (const p of this.record.pauses) {
      if (from) segments.push([from, p.pausedAt]);
      from = p.resumedAt;
    }
    if (from) segments.push([from, undefined]);
    return segments;
  }

  private with(pauses: DeadlinePause[]): DeadlineClock {
    return new DeadlineClock({ ...this.record, pauses }, this.measure);
  }
}
