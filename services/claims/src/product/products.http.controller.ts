import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { BranchFrom, created, CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { NotFound } from '@aftersales/kernel';
import type { FastifyReply } from 'fastify';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS, CLAIMS_STAFF } from '../claims.roles';
import { importProducts } from '../import/import-products';
import { parseImport } from '../import/product-import';
import { dateIn } from '../warranty/local-dates';
import { warrantyTerms } from '../warranty/warranty-terms';
import { warrantyStartOf, type ProductState } from './product.decider';
import { AddContractDto, ImportProductsDto, ListProductsQuery, RegisterProductDto } from './product.dto';
import { ProductRow } from './product-registry/product-registry.entity';
import { PRODUCT_REGISTRY } from './product-registry/product-registry.projection';
import { SERIAL_HISTORY } from './serial-history/serial-history.projection';
import { IMPORT_REPORT, PRODUCT, PRODUCT_PAGE, SERIAL_HISTORY_ANSWER } from './product.responses';

interface HistoryRow {
  serial: string;
  at: Date;
  kind: string;
  ref: string;
  summary: string;
  summaryZh: string;
}

/** The product registry by serial (CLM-1), its maintenance contracts (CLM-2) and history (CLM-7). */
@Controller('products')
export class ProductsController {
  constructor(@Inject(ClaimsRuntime) private readonly runtime: ClaimsRuntime) {}

  @Post()
  @ApiCreatedResponse({ description: 'the serial is registered (or was, with the same facts)' })
  @Roles(...CLAIMS_STAFF)
  async register(
    @Body() dto: RegisterProductDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    access.assertBranch(dto.branch);
    const { state, events } = await this.runtime.products.execute(
      { type: 'RegisterProduct', source: 'import', ...dto },
      { authorize: (s) => s.exists && access.assertBranch(s.branch) },
    );
    created(reply, dto.serial);
    return { ...this.view(state), events: events.map((e) => e.type) };
  }

  /**
   * A bulk import, JSON lines or CSV: good rows are registered, each bad row is reported with its
   * line number and reason; importing the same file again changes nothing (CLM-1).
   */
  @Post('import')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'how many rows were registered, unchanged, and every rejected row',
    schema: IMPORT_REPORT,
  })
  @Roles(...CLAIMS_STAFF)
  import(@Body() dto: ImportProductsDto, @CurrentAccess() access: Access) {
    return importProducts(this.runtime, parseImport(dto.format, dto.content), (branch) =>
      access.assertBranch(branch),
    );
  }

  @Get()
  @ApiOkResponse({
    description: "a page of the registry, within the caller's branches",
    schema: PRODUCT_PAGE,
  })
  @Roles(...CLAIMS_READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(PRODUCT_REGISTRY)
  async list(@Query() query: ListProductsQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const qb = this.runtime.dataSource.getRepository(ProductRow).createQueryBuilder('p');
    if (branches !== 'all-branches')
      qb.andWhere('p.branch IN (:...branches)', { branches: [...branches, ''] });
    if (query.model) qb.andWhere('p.model = :model', { model: query.model });
    const [items, total] = await qb.orderBy('p.serial', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  @Get(':serial')
  @ApiOkResponse({
    description: "the serial's record and where its warranty stands today (branch calendar)",
    schema: PRODUCT,
  })
  @Roles(...CLAIMS_READERS)
  async get(@Param('serial') serial: string, @CurrentAccess() access: Access) {
    const { state } = await this.runtime.products.load(serial);
    if (!state.exists) throw new NotFound('product', serial);
    access.assertBranch(state.branch);
    return this.view(state);
  }

  /**
   * CLM-7: the serial's whole history in one query: owners, contracts, exchanges, cases, visits,
   * inspections and claims, and those of the units it replaced, oldest first.
   */
  @Get(':serial/history')
  @ApiOkResponse({
    description: "the serial's history, with the units it replaced",
    schema: SERIAL_HISTORY_ANSWER,
  })
  @Roles(...CLAIMS_READERS)
  @ReadModel(SERIAL_HISTORY)
  async history(@Param('serial') serial: string, @CurrentAccess() access: Access) {
    const registry = this.runtime.dataSource.getRepository(ProductRow);
    const first = await registry.findOneBy({ serial });
    if (!first) throw new NotFound('product', serial);
    access.assertBranch(first.branch);
    const chain = [serial];
    for (let row: ProductRow | null = first; row?.replaces && chain.length < 20;) {
      chain.push(row.replaces);
      row = await registry.findOneBy({ serial: row.replaces });
    }
    const entries: HistoryRow[] = await this.runtime.dataSource.query(
      `SELECT serial, at, kind, ref, summary, summary_zh AS "summaryZh" FROM claims.serial_history
        WHERE serial = ANY($1) ORDER BY position`,
      [chain],
    );
    return { serial, replaces: chain.slice(1), entries };
  }

  @Post(':serial/contracts')
  @ApiCreatedResponse({ description: 'the contract is registered; its expiry notice is armed (CLM-2)' })
  @Roles(...CLAIMS_STAFF)
  async addContract(
    @Param('serial') serial: string,
    @Body() dto: AddContractDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { state, events } = await this.runtime.products.execute(
      { type: 'AddContract', serial, ...dto },
      { authorize: (s) => s.exists && access.assertBranch(s.branch) },
    );
    created(reply, dto.contractId);
    return { ...this.view(state), events: events.map((e) => e.type) };
  }

  private view(state: ProductState) {
    if (!state.exists) return undefined;
    const startsOn = warrantyStartOf(state);
    const today = dateIn(this.runtime.settings.zoneOf(state.branch), this.runtime.clock.now());
    const { exists: _exists, notified: _notified, ...record } = state;
    return {
      ...record,
      warranty: startsOn
        ? { startsOn, today, ...warrantyTerms(startsOn, today, this.runtime.settings.warranty) }
        : { today, standing: 'unregistered' },
    };
  }
}
