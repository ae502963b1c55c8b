type Db = { query(sql: string, params?: unknown[]): Promise<unknown> };

/** An intake case whose customer chose a return or exchange (intake's case-accepted), as kept here. */
export interface IntakeReturnCase {
  readonly caseId: string;
  readonly branch: string;
  readonly customerId: string;
  readonly productModel: string;
  readonly serialNumber: string;
  readonly remedy: 'return' | 'exchange' | null;
  /** The request entered for it, once there is one. */
  readonly rmaId: string | null;
}

const SELECT = `SELECT i.case_id AS "caseId", i.branch, i.customer_id AS "customerId",
       i.product_model AS "productModel", i.serial_number AS "serialNumber", i.remedy,
       (SELECT r.rma_id FROM warehouse_returns.rma_list r WHERE r.case_id = i.case_id LIMIT 1) AS "rmaId"
  FROM warehouse_returns.intake_returns i`;

export async function intakeCase(db: Db, caseId: string): Promise<IntakeReturnCase | undefined> {
  const rows = (await db.query(`${SELECT} WHERE i.case_id = $1`, [caseId])) as IntakeReturnCase[];
  return rows[0];
}

/** The cases waiting for their line-item form (RET-1), oldest acceptance first. */
export async function casesAwaitingForm(
  db: Db,
  branches: readonly string[] | 'all',
): Promise<IntakeReturnCase[]> {
  const all = branches === 'all';
  const rows = (await db.query(
    `${SELECT} WHERE i.remedy IS NOT NULL AND ($1::boolean OR i.branch = ANY($2::text[]))
        AND NOT EXISTS (SELECT 1 FROM warehouse_returns.rma_list r WHERE r.case_id = i.case_id)
      ORDER BY i.accepted_at LIMIT 200`,
    [all, all ? [] : [...branches]],
  )) as IntakeReturnCase[];
  return rows;
}
