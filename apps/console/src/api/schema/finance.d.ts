// Generated from contracts/openapi/finance.json by scripts/api-types.mjs; do not edit.
export interface paths {
    "/finance/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finance queries: costs */
        get: operations["FinanceQueriesController_costs"];
        put?: never;
        /** Record cost */
        post: operations["RecordCostController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/cases/{caseId}/costs/{costId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Audit cost: approve */
        post: operations["AuditCostController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/cases/{caseId}/costs/{costId}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Audit cost: reverse */
        post: operations["AuditCostController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/cases/{caseId}/costs/{costId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Audit cost: reject */
        post: operations["AuditCostController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/cases/{caseId}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finance queries: case money */
        get: operations["FinanceQueriesController_caseMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finance queries: trial balance */
        get: operations["FinanceQueriesController_trialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/cost-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finance queries: cost report */
        get: operations["FinanceQueriesController_costReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/periods/{branch}/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close period: close */
        post: operations["ClosePeriodController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/periods/{branch}/{period}/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Close period: settlement */
        get: operations["ClosePeriodController_settlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/customers/{customerId}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Customer totals: set terms */
        put: operations["CustomerTotalsController_setTerms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/customers/watch-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer totals: watch list */
        get: operations["CustomerTotalsController_watchList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/customers/{customerId}/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer totals: totals */
        get: operations["CustomerTotalsController_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/exports/journal.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal export */
        get: operations["JournalExportController_journal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices */
        get: operations["InvoicesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/audit/cases/{caseRef}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case audit */
        get: operations["CaseAuditController_part"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RecordCostDto: {
            caseId: string;
            costId: string;
            branch: string;
            /** @enum {unknown} */
            kind: "travel" | "accommodation" | "allowance" | "parts" | "labour" | "repair" | "transport" | "packaging" | "refund" | "concession";
            amount: components["schemas"]["MoneyDto"];
            /** @enum {unknown} */
            bearer: "branch" | "head-office" | "by-attribution" | "customer";
            customerId?: string;
            description: string;
        };
        RejectCostDto: {
            reason: string;
        };
        CustomerTermsDto: {
            purchased: components["schemas"]["MoneyDto"];
            /** Format: date-time */
            periodFrom: string;
            /** Format: date-time */
            periodTo?: string;
            exchangeLimitBp: number;
        };
        MoneyDto: {
            amountMinor: number;
            currency: string;
        };
        ValidationFailed: {
            /** @enum {string} */
            error: "validation_failed";
            details: {
                field: string;
                reason: string;
            }[];
        };
        Unauthenticated: {
            /** @enum {string} */
            error: "unauthenticated";
        };
        Forbidden: {
            /** @enum {string} */
            error: "forbidden";
            reason: string;
        };
        NotFound: {
            /** @enum {string} */
            error: "not_found";
            entity?: string;
            id?: string;
            message?: string;
        };
        Conflict: {
            /** @enum {string} */
            error: "conflict";
            message: string;
        };
        RuleViolation: {
            /** @enum {string} */
            error: "rule_violation";
            /** @description the RULES.md id, e.g. INT-6 */
            rule: string;
            message: string;
        };
    };
    responses: {
        /** @description the input is invalid: each field with its reason */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationFailed"];
            };
        };
        /** @description no token, or a bad one */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Unauthenticated"];
            };
        };
        /** @description the caller's role or branch may not do this */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Forbidden"];
            };
        };
        /** @description no such entity */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFound"];
            };
        };
        /** @description a concurrent write changed it first, or it exists already */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conflict"];
            };
        };
        /** @description a business rule refuses it, named by its id */
        RuleViolation: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RuleViolation"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    FinanceQueriesController_costs: {
        parameters: {
            query?: {
                /** @description a branch code */
                branch?: string;
                /** @description pending: the audit queue (FIN-1) */
                status?: "pending" | "approved" | "rejected" | "reversed";
                /** @description the next of the page before */
                after?: string;
                limit?: number;
            };
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of costs, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            caseId: string;
                            costId: string;
                            branch: string;
                            kind: string;
                            amountMinor: number;
                            currency: string;
                            bearer: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "reversed";
                            description: string;
                            /** @description where the cost came from (a visit, a claim, a manual entry) */
                            source: Record<string, never>;
                            reason: string | null;
                            auditedBy: string | null;
                            /** Format: date-time */
                            recordedAt: string;
                            position: number;
                        }[];
                        next: string | null;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordCostController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseId": "0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11",
                 *       "costId": "freight-1",
                 *       "branch": "HZ",
                 *       "kind": "transport",
                 *       "amount": {
                 *         "amountMinor": 4500,
                 *         "currency": "CNY"
                 *       },
                 *       "bearer": "by-attribution",
                 *       "description": "freight back to the factory"
                 *     }
                 */
                "application/json": components["schemas"]["RecordCostDto"];
            };
        };
        responses: {
            /** @description the cost is recorded, pending audit */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId?: string;
                        costId?: string;
                        /** @enum {string} */
                        status?: "pending" | "approved" | "rejected" | "reversed";
                        entries?: string[];
                        events?: string[];
                        position?: number;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    AuditCostController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                costId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the cost is approved and posted */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId?: string;
                        costId?: string;
                        /** @enum {string} */
                        status?: "pending" | "approved" | "rejected" | "reversed";
                        entries?: string[];
                        events?: string[];
                        position?: number;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    AuditCostController_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                costId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "no receipt attached"
                 *     }
                 */
                "application/json": components["schemas"]["RejectCostDto"];
            };
        };
        responses: {
            /** @description the cost is reversed by compensating entries */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId?: string;
                        costId?: string;
                        /** @enum {string} */
                        status?: "pending" | "approved" | "rejected" | "reversed";
                        entries?: string[];
                        events?: string[];
                        position?: number;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    AuditCostController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                costId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "no receipt attached"
                 *     }
                 */
                "application/json": components["schemas"]["RejectCostDto"];
            };
        };
        responses: {
            /** @description the cost is rejected with its reason */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId?: string;
                        costId?: string;
                        /** @enum {string} */
                        status?: "pending" | "approved" | "rejected" | "reversed";
                        entries?: string[];
                        events?: string[];
                        position?: number;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    FinanceQueriesController_caseMoney: {
        parameters: {
            query?: never;
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every cost and entry of the case, each with its cause */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        branch: string;
                        costs: {
                            caseId: string;
                            costId: string;
                            branch: string;
                            kind: string;
                            amountMinor: number;
                            currency: string;
                            bearer: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "reversed";
                            description: string;
                            /** @description where the cost came from (a visit, a claim, a manual entry) */
                            source: Record<string, never>;
                            reason: string | null;
                            auditedBy: string | null;
                            /** Format: date-time */
                            recordedAt: string;
                            position: number;
                        }[];
                        decisions: {
                            position: number;
                            type: string;
                            /** Format: date-time */
                            at: string;
                            actor?: {
                                userId?: string;
                                role?: string;
                            };
                            causationId?: string;
                            data: Record<string, never>;
                        }[];
                        entries: {
                            entryId: string;
                            currency: string;
                            period: string;
                            /** Format: date-time */
                            postedAt: string;
                            /** @description AUD-2: the cost, the attribution or the entry reversed behind it */
                            cause: {
                                kind: string;
                                costId?: string;
                                claimId?: string;
                                invoiceId?: string;
                                attributionId?: string;
                                reverses?: string;
                            };
                            lines: {
                                account: string;
                                debitMinor: number;
                                creditMinor: number;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FinanceQueriesController_trialBalance: {
        parameters: {
            query?: {
                /** @description up to and including this month, YYYY-MM */
                period?: string;
            };
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every account with its debits, credits and balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts?: {
                            account?: string;
                            currency?: string;
                            debitMinor?: number;
                            creditMinor?: number;
                            balanceMinor?: number;
                        }[];
                        totals?: {
                            currency?: string;
                            debitMinor?: number;
                            creditMinor?: number;
                        }[];
                        balanced?: boolean;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FinanceQueriesController_costReport: {
        parameters: {
            query?: {
                /** @description a branch code */
                branch?: string;
                /** @description a month, YYYY-MM */
                period?: string;
                party?: "department-cost" | "supplier-recoverable" | "customer-receivable" | "carrier-recoverable" | "branch-cost" | "head-office-cost" | "manufacturing-cost";
            };
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cost borne per party account, branch and month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows?: {
                            party?: string;
                            account?: string;
                            branch?: string;
                            period?: string;
                            currency?: string;
                            amountMinor?: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClosePeriodController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                branch: string;
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the month is closed for the branch */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        branch?: string;
                        period?: string;
                        /** Format: date-time */
                        closedAt?: string | null;
                        events?: string[];
                        position?: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    ClosePeriodController_settlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path: {
                branch: string;
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the branch's month by account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        branch?: string;
                        period?: string;
                        /** Format: date-time */
                        closedAt?: string | null;
                        accounts?: {
                            account?: string;
                            currency?: string;
                            debitMinor?: number;
                            creditMinor?: number;
                            balanceMinor?: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomerTotalsController_setTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "purchased": {
                 *         "amountMinor": 100000000,
                 *         "currency": "CNY"
                 *       },
                 *       "periodFrom": "2026-01-01T00:00:00.000Z",
                 *       "periodTo": "2026-12-31T00:00:00.000Z",
                 *       "exchangeLimitBp": 500
                 *     }
                 */
                "application/json": components["schemas"]["CustomerTermsDto"];
            };
        };
        responses: {
            /** @description the customer's totals after the change */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId?: string;
                        purchased?: {
                            amountMinor?: number;
                            currency?: string;
                        };
                        exchanged?: {
                            amountMinor?: number;
                            currency?: string;
                        };
                        /** Format: date */
                        periodFrom?: string;
                        /** Format: date */
                        periodTo?: string | null;
                        exchangeLimitBp?: number | null;
                        overLimit?: boolean;
                        /** Format: date-time */
                        asOf?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    CustomerTotalsController_watchList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description customers over their exchange-rate limit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            customerId?: string;
                            purchased?: {
                                amountMinor?: number;
                                currency?: string;
                            };
                            exchanged?: {
                                amountMinor?: number;
                                currency?: string;
                            };
                            /** Format: date */
                            periodFrom?: string;
                            /** Format: date */
                            periodTo?: string | null;
                            exchangeLimitBp?: number | null;
                            overLimit?: boolean;
                            /** Format: date-time */
                            asOf?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomerTotalsController_totals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the customer's totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId?: string;
                        purchased?: {
                            amountMinor?: number;
                            currency?: string;
                        };
                        exchanged?: {
                            amountMinor?: number;
                            currency?: string;
                        };
                        /** Format: date */
                        periodFrom?: string;
                        /** Format: date */
                        periodTo?: string | null;
                        exchangeLimitBp?: number | null;
                        overLimit?: boolean;
                        /** Format: date-time */
                        asOf?: string;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JournalExportController_journal: {
        parameters: {
            query?: {
                /** @description a branch code */
                branch?: string;
                /** @description a month, YYYY-MM */
                period?: string;
                party?: "department-cost" | "supplier-recoverable" | "customer-receivable" | "carrier-recoverable" | "branch-cost" | "head-office-cost" | "manufacturing-cost";
            };
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the journal lines, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvoicesController_list: {
        parameters: {
            query?: {
                /** @description a branch code */
                branch?: string;
                /** @description a month, YYYY-MM */
                period?: string;
                party?: "department-cost" | "supplier-recoverable" | "customer-receivable" | "carrier-recoverable" | "branch-cost" | "head-office-cost" | "manufacturing-cost";
            };
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description invoices, by invoice date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            invoiceId?: string;
                            caseId?: string;
                            branch?: string;
                            amount?: {
                                amountMinor?: number;
                                currency?: string;
                            };
                            description?: string;
                            /** Format: date */
                            invoiceDate?: string;
                            /** Format: date-time */
                            issuedAt?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The read model has not reached x-min-position yet: retry after Retry-After seconds */
            425: {
                headers: {
                    /** @description seconds */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseAuditController_part: {
        parameters: {
            query?: {
                /** @description time travel: only what was recorded at or before this instant (ISO 8601 with its zone) */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description the case id (UUID) or its number, e.g. HZ-2026-000123 */
                caseRef: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description this service’s part of the case’s audit report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        schema: "aftersales.case-audit-part.v1";
                        service: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber?: string;
                        /** Format: date-time */
                        asOf: string | null;
                        events: {
                            service: string;
                            position: number;
                            streamId: string;
                            version: number;
                            /** Format: uuid */
                            eventId: string;
                            type: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            actor: {
                                userId: string;
                                role: string;
                            };
                            branch?: string;
                            correlationId: string;
                            causationId?: string;
                            description: {
                                summary: string;
                                /** @description the same line in Chinese */
                                summaryZh?: string;
                                /** @enum {string} */
                                kind: "decision" | "fact";
                                decidedBy?: {
                                    userId: string;
                                    role: string;
                                };
                                reason?: string;
                                evidence?: {
                                    kind: string;
                                    ref: string;
                                    sha256?: string;
                                    description?: string;
                                }[];
                                refs?: {
                                    [key: string]: string;
                                };
                                /** @description the event’s step in the responsibility history (attributed, disputed, confirmed, superseded) */
                                attribution?: {
                                    /** @enum {string} */
                                    step: "attributed" | "disputed" | "confirmed" | "superseded";
                                };
                                money?: {
                                    kind: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                    lines?: {
                                        account: string;
                                        debitMinor: number;
                                        creditMinor: number;
                                    }[];
                                    cause?: string;
                                    period?: string;
                                }[];
                            };
                            link: {
                                ok: boolean;
                                reason?: string;
                            };
                            /** @description the event’s data; personal fields read as erased (AUD-4) */
                            data: Record<string, never>;
                        }[];
                        chain: {
                            ok: boolean;
                            checked: number;
                            broken: number;
                        };
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
