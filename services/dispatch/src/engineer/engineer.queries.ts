import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { DispatchRuntime } from '../dispatch.runtime';
import type { ExistingEngineer } from './engineer.state';

export interface RosterEntry {
  readonly engineerId: string;
  readonly branch: string;
  readonly home: string;
  readonly skills: string[];
  readonly baseZone: string;
  readonly active: boolean;
}

/** The engineers of some branches (ORG-1), or of all of them for head-office roles. */
export class ListEngineers extends Query<{ items: RosterEntry[] }> {
  constructor(readonly branches: readonly string[] | 'all') {
    super();
  }
}

@QueryHandler(ListEngineers)
export class ListEngineersHandler implements IQueryHandler<ListEngineers> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ branches }: ListEngineers): Promise<{ items: RosterEntry[] }> {
    const items: RosterEntry[] = await this.runtime.dataSource.query(
      `SELECT engineer_id AS "engineerId", branch, home, skills, base_zone AS "baseZone", active
         FROM dispatch.engineer_roster
        WHERE $1::text[] IS NULL OR branch = ANY($1::text[])
        ORDER BY branch, engineer_id LIMIT 1000`,
      [branches === 'all' ? null : [...branches]],
    );
    return { items };
  }
}

/** One engineer with skills, leave and parts stock, from their stream. */
export class GetEngineer extends Query<ExistingEngineer> {
  constructor(
    readonly engineerId: string,
    readonly access: Access,
  ) {
    super();
  }
}

@QueryHandler(GetEngineer)
export class GetEngineerHandler implements IQueryHandler<GetEngineer> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ engineerId, access }: GetEngineer): Promise<ExistingEngineer> {
    const { state } = await this.runtime.commands.loadEngineer(engineerId);
    if (!state.exists) throw new NotFound('engineer', engineerId);
    access.assertBranch(state.branch);
    return state;
  }
}
