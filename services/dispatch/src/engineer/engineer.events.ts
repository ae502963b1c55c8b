import type { PartLine, StaffHome, Zone } from '../dispatch.vocabulary';

/** The engineer aggregate's internal events (stream `engineer-<engineerId>`). */
export type EngineerEvent =
  | EngineerRegistered
  | EngineerSkillsChanged
  | EngineerAvailabilitySet
  | EngineerDeactivated
  | PartsReceived
  | PartsUsed;

export type EngineerRegistered = {
  readonly type: 'EngineerRegistered';
  readonly data: {
    readonly engineerId: string;
    readonly branch: string;
    /** FIN-2 who bears this engineer's travel costs. */
    readonly home: StaffHome;
    /** Product lines the engineer is qualified for (DSP-1). */
    readonly skills: readonly string[];
    /** Zone the engineer is based in, for the auto-assigner's distance tie-break. */
    readonly baseZone: Zone;
    readonly registeredAt: string;
  };
};

export type EngineerSkillsChanged = {
  readonly type: 'EngineerSkillsChanged';
  readonly data: {
    readonly engineerId: string;
    readonly from: readonly string[];
    readonly to: readonly string[];
    readonly reason: string;
  };
};

export type EngineerAvailabilitySet = {
  readonly type: 'EngineerAvailabilitySet';
  readonly data: {
    readonly engineerId: string;
    readonly availability: 'on-leave' | 'available';
    /** Effective from. */
    readonly from: string;
    /** On leave until (omitted: until set available again). */
    readonly until?: string;
    readonly reason?: string;
  };
};

export type EngineerDeactivated = {
  readonly type: 'EngineerDeactivated';
  readonly data: { readonly engineerId: string; readonly reason: string; readonly at: string };
};

export type PartsReceived = {
  readonly type: 'PartsReceived';
  readonly data: {
    readonly engineerId: string;
    readonly lines: readonly PartLine[];
    /** Issue slip / transfer reference from the warehouse. */
    readonly reference: string;
    readonly receivedAt: string;
  };
};

/** DSP-3 parts used on a visit, taken from the engineer's stock. */
export type PartsUsed = {
  readonly type: 'PartsUsed';
  readonly data: {
    readonly engineerId: string;
    /** Idempotency key of this use (one per parts-used record of the visit). */
    readonly usageId: string;
    readonly visitId: string;
    readonly lines: readonly PartLine[];
    readonly usedAt: string;
  };
};
