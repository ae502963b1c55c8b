// A small service exercising the platform the way real services will.
import {
  Body,
  Controller,
  Get,
  Injectable,
  Module,
  Param,
  Patch,
  Post,
  Query,
  type OnModuleInit,
} from '@nestjs/common';
import { Conflict, NotFound, requestContext, RuleViolation } from '@aftersales/kernel';
import { InMemoryEventStore, WrongExpectedVersion } from '@aftersales/event-store';
import { IsIn, IsOptional, IsString, Length, ValidateNested, IsInt, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';
import {
  bootstrapService,
  BranchFrom,
  CurrentAccess,
  HealthRegistry,
  ROLES,
  Roles,
  signToken,
  signDevToken,
  type Access,
  type LogSink,
  type RunningService,
  type TokenClaims,
  uuidParam,
} from '../src';

export const SERVICE = 'probe';

interface CaseRecord {
  id: string;
  branch: string;
  title: string;
}

/** What a handler sees of the request context after awaiting real I/O. */
async function contextAfterIo() {
  await readFile(__filename);
  await sleep(5);
  return requestContext.current();
}

class PartDto {
  @IsString()
  sku!: string;

  @IsInt()
  @Min(1)
  quantity!: number;
}

class RegisterCaseDto {
  @IsString()
  @Length(2, 4)
  branch!: string;

  @IsString()
  title!: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PartDto)
  parts?: PartDto[];
}

class RenameCaseDto {
  @IsString()
  title!: string;

  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

class ListCasesQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: string;
}

class AddressDto {
  @IsString()
  city!: string;
}

class ShipmentDto {
  @ValidateNested()
  @Type(() => AddressDto)
  to!: AddressDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  returnTo?: AddressDto;
}

@Injectable()
export class CaseStore {
  readonly cases = new Map<string, CaseRecord>([
    ['c-hz', { id: 'c-hz', branch: 'HZ', title: 'Hangzhou case' }],
    ['c-nb', { id: 'c-nb', branch: 'NB', title: 'Ningbo case' }],
    ['c-sh', { id: 'c-sh', branch: 'SH', title: 'Shanghai case' }],
  ]);
  /** The kernel's envelope takes actor, role, branch and correlation id from the request context. */
  readonly events = new InMemoryEventStore();

  get(id: string): CaseRecord {
    const found = this.cases.get(id);
    if (!found) throw new NotFound('case', id);
    return found;
  }
}

@Controller('cases')
export class CasesController {
  constructor(private readonly store: CaseStore) {}

  @Post()
  @Roles('intake-clerk', 'qc-inspector')
  @BranchFrom({ body: 'branch' })
  async register(@Body() dto: RegisterCaseDto) {
    const id = `c-${this.store.cases.size + 1}`;
    this.store.cases.set(id, { id, branch: dto.branch, title: dto.title });
    await this.store.events.appendToStream(
      `case-${id}`,
      [{ type: 'CaseRegistered', data: { title: dto.title } }],
      {
        expectedVersion: 'no-stream',
      },
    );
    return { id, isDto: dto instanceof RegisterCaseDto, context: await contextAfterIo() };
  }

  @Get('by-uuid/:uuid')
  @Roles('intake-clerk')
  byUuid(@Param('uuid', uuidParam('uuid')) uuid: string) {
    return { uuid };
  }

  @Get(':id/events')
  @Roles('executive')
  async events(@Param('id') id: string) {
    return (await this.store.events.readStream(`case-${id}`)).map((e) => ({
      type: e.type,
      metadata: e.metadata,
    }));
  }

  @Get(':id')
  @Roles('intake-clerk', 'branch-manager', 'qc-inspector', 'executive')
  async get(@Param('id') id: string, @CurrentAccess() access: Access) {
    const record = this.store.get(id);
    access.assertBranch(record.branch);
    return { ...record, context: await contextAfterIo() };
  }

  @Patch(':id')
  @Roles('branch-manager', 'operations-head')
  async rename(@Param('id') id: string, @Body() dto: RenameCaseDto, @CurrentAccess() access: Access) {
    const record = this.store.get(id);
    access.assertBranch(record.branch);
    await this.store.events.appendToStream(
      `case-${id}`,
      [{ type: 'CaseRenamed', data: { title: dto.title } }],
      {
        expectedVersion: dto.expectedVersion ?? 'any',
      },
    );
    record.title = dto.title;
    return { ...record, context: await contextAfterIo() };
  }

  @Get()
  @Roles('intake-clerk', 'branch-manager', 'qc-inspector')
  @BranchFrom({ query: 'branch' })
  list(@Query() query: ListCasesQuery, @CurrentAccess() access: Access) {
    const filter = access.branchFilter(query.branch);
    const items = [...this.store.cases.values()].filter(
      (c) => filter === 'all-branches' || filter.includes(c.branch),
    );
    return { filter, items };
  }
}

@Controller('shipments')
export class ShipmentsController {
  @Post()
  @Roles('intake-clerk')
  ship(@Body() dto: ShipmentDto) {
    return { city: dto.to.city };
  }
}

@Controller('errors')
@Roles(...ROLES)
export class ErrorsController {
  @Get('rule')
  rule() {
    throw new RuleViolation('RET-7', 'stock-in needs the QC signature');
  }

  @Get('conflict')
  conflict() {
    throw new Conflict('case c-1 already registered');
  }

  @Get('version')
  version() {
    throw new WrongExpectedVersion('case-c-1', 3, 4);
  }

  @Get('not-found')
  notFound() {
    throw new NotFound('case', 'c-404');
  }

  @Get('boom')
  boom() {
    throw new Error('password=hunter2 at db.internal:5432');
  }
}

@Controller('unguarded')
export class UnguardedController {
  // No @Roles and no @Public: must be denied to everyone.
  @Get()
  get() {
    return { leaked: true };
  }
}

/** A readiness check the test flips. */
export const readiness = { database: true };

@Injectable()
class ReadinessChecks implements OnModuleInit {
  constructor(private readonly health: HealthRegistry) {}

  onModuleInit() {
    this.health.register('database', async () => {
      if (!readiness.database) throw new Error('connection refused');
    });
    this.health.register('kafka', async () => true);
  }
}

@Module({
  controllers: [CasesController, ShipmentsController, ErrorsController, UnguardedController],
  providers: [CaseStore, ReadinessChecks],
})
export class ProbeModule {}

export const TEST_ENV = { AUTH_DEV_KEY: 'true', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };

/** Starts the probe service on a free port; log lines are collected in `logs`. */
export async function startProbe(
  env: Record<string, string> = TEST_ENV,
): Promise<RunningService<import('../src').PlatformConfig> & { logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const sink: LogSink = (line) => logs.push(JSON.parse(line) as Record<string, unknown>);
  const service = await bootstrapService({
    name: SERVICE,
    module: ProbeModule,
    env,
    logSink: sink,
    handleSignals: false,
  });
  return Object.assign(service, { logs });
}

export function tokenFor(
  claims: Partial<TokenClaims> & { roles: TokenClaims['roles'] },
  ttl?: string | number,
) {
  return signDevToken({ sub: 'u-test', name: 'Test User', branches: [], ...claims }, { ttl });
}

export { signToken };

export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}/${SERVICE}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: json as any };
}
