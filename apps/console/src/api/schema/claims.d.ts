// Generated from contracts/openapi/claims.json by scripts/api-types.mjs; do not edit.
export interface paths {
    "/claims/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products: list */
        get: operations["ProductsController_list"];
        put?: never;
        /** Products: register */
        post: operations["ProductsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Products: import */
        post: operations["ProductsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/products/{serial}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products: get */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/products/{serial}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products: history */
        get: operations["ProductsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/products/{serial}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Products: add contract */
        post: operations["ProductsController_addContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/supplier-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supplier claims: list */
        get: operations["SupplierClaimsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/supplier-claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supplier claims: get */
        get: operations["SupplierClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/supplier-claims/{claimId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Supplier claims: confirm */
        post: operations["SupplierClaimsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/supplier-claims/{claimId}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Supplier claims: dispute */
        post: operations["SupplierClaimsController_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/supplier-claims/{claimId}/dispute/referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Supplier claims: refer dispute */
        post: operations["SupplierClaimsController_referDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/cases/{caseId}/warranty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warranty */
        get: operations["WarrantyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns: list */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Campaigns: propose */
        post: operations["CampaignsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/campaigns/{campaignId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Campaigns: approve */
        post: operations["CampaignsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/campaigns/{campaignId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Campaigns: link case */
        post: operations["CampaignsController_linkCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/campaigns/{campaignId}/serials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Campaigns: add serials */
        post: operations["CampaignsController_addSerials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns: get */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/cases/{caseId}/recovered-parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim kpi: recovered */
        post: operations["ClaimKpiController_recovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/reports/claim-kpi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claim kpi: report */
        get: operations["ClaimKpiController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/audit/cases/{caseRef}": {
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
        RegisterProductDto: {
            serial: string;
            model: string;
            customerId: string;
            branch: string;
            /** Format: date */
            deliveryDate?: string;
            /** Format: date */
            commissioningDate?: string;
        };
        ImportProductsDto: {
            /** @enum {unknown} */
            format: "jsonl" | "csv";
            content: string;
        };
        AddContractDto: {
            contractId: string;
            /** @enum {unknown} */
            kind: "maintenance" | "software";
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        ConfirmClaimDto: {
            amount: components["schemas"]["MoneyDto"];
        };
        DisputeClaimDto: {
            reason: string;
            evidence?: components["schemas"]["DisputeEvidenceDto"][];
        };
        ProposeCampaignDto: {
            branch: string;
            /** @enum {unknown} */
            kind: "batch-quality" | "recall";
            title: string;
            model: string;
            serials: string[];
        };
        LinkCaseDto: {
            caseId: string;
        };
        AddSerialsDto: {
            serials: string[];
        };
        RecoveredPartsDto: {
            partNo: string;
            qty: number;
        };
        MoneyDto: {
            amountMinor: number;
            currency: string;
        };
        DisputeEvidenceDto: {
            /** @enum {unknown} */
            kind: "photo" | "measurement-record" | "test-report" | "attachment";
            ref: string;
            sha256: string;
            description?: string;
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
    ProductsController_list: {
        parameters: {
            query?: {
                /** @description rows per page */
                limit?: number;
                /** @description rows skipped */
                offset?: number;
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
            /** @description a page of the registry, within the caller's branches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            serial: string;
                            model: string;
                            customerId: string;
                            branch: string;
                            /** Format: date */
                            deliveryDate: string | null;
                            /** Format: date */
                            commissioningDate: string | null;
                            /**
                             * Format: date
                             * @description CLM-7 inherited from the unit it replaced
                             */
                            warrantyStartsOn: string | null;
                            replaces: string | null;
                            replacedBy: string | null;
                            contracts: {
                                contractId: string;
                                /** @enum {string} */
                                kind: "maintenance" | "software";
                                /** Format: date */
                                startsOn: string;
                                /** Format: date */
                                endsOn: string;
                                /**
                                 * Format: date
                                 * @description CLM-2 the day the customer is told of the expiry
                                 */
                                noticeOn: string;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
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
    ProductsController_register: {
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
                 *       "serial": "SN-2024-000123",
                 *       "model": "KYN28-12",
                 *       "customerId": "cust-42",
                 *       "branch": "HZ",
                 *       "deliveryDate": "2024-03-01",
                 *       "commissioningDate": "2024-04-15"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterProductDto"];
            };
        };
        responses: {
            /** @description the serial is registered (or was, with the same facts) */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    ProductsController_import: {
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
                 *       "format": "csv",
                 *       "content": "serial,model,customerId,branch,deliveryDate,commissioningDate\nSN-2024-000123,KYN28-12,cust-42,HZ,2024-03-01,2024-04-15"
                 *     }
                 */
                "application/json": components["schemas"]["ImportProductsDto"];
            };
        };
        responses: {
            /** @description how many rows were registered, unchanged, and every rejected row */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        registered: number;
                        unchanged: number;
                        /** @description every refused row, by its line in the file (1-based; a CSV header is line 1) */
                        rejected: {
                            line: number;
                            reason: string;
                        }[];
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
    ProductsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the serial's record and where its warranty stands today (branch calendar) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        serial: string;
                        model: string;
                        customerId: string;
                        branch: string;
                        /** Format: date */
                        deliveryDate?: string;
                        /** Format: date */
                        commissioningDate?: string;
                        contracts: {
                            contractId: string;
                            /** @enum {string} */
                            kind: "maintenance" | "software";
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            /**
                             * Format: date
                             * @description CLM-2 the day the customer is told of the expiry
                             */
                            noticeOn: string;
                        }[];
                        /**
                         * Format: date
                         * @description CLM-7 inherited from the unit it replaced
                         */
                        warrantyStartsOn?: string;
                        /** @description CLM-7 the faulty unit this one replaced */
                        replaces?: string;
                        /** @description CLM-7 the unit that replaced this one */
                        replacedBy?: string;
                        warranty: {
                            /** Format: date */
                            startsOn?: string;
                            /** Format: date */
                            today: string;
                            /** @enum {string} */
                            standing: "full-warranty" | "extended-repair" | "out-of-warranty" | "unregistered";
                            /** Format: date */
                            fullUntil?: string;
                            /** Format: date */
                            extendedUntil?: string;
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
    ProductsController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md) */
                "x-min-position"?: number;
            };
            path: {
                serial: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the serial's history, with the units it replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        serial: string;
                        /** @description the units it replaced, nearest first */
                        replaces: string[];
                        entries: {
                            serial: string;
                            /** Format: date-time */
                            at: string;
                            kind: string;
                            ref: string;
                            summary: string;
                            /** @description the same line in Chinese */
                            summaryZh: string;
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
    ProductsController_addContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contractId": "MC-2026-007",
                 *       "kind": "maintenance",
                 *       "startsOn": "2026-01-01",
                 *       "endsOn": "2026-12-31"
                 *     }
                 */
                "application/json": components["schemas"]["AddContractDto"];
            };
        };
        responses: {
            /** @description the contract is registered; its expiry notice is armed (CLM-2) */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    SupplierClaimsController_list: {
        parameters: {
            query?: {
                /** @description rows per page */
                limit?: number;
                /** @description rows skipped */
                offset?: number;
                /** @description a branch code (default: the caller's branches) */
                branch?: string;
                status?: "issued" | "confirmed" | "disputed" | "withdrawn";
                supplierId?: string;
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
            /** @description a page of supplier claims, newest first, within the caller's branches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            claimId: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @description INT-1 null for a claim issued before claims kept it */
                            caseNumber: string | null;
                            branch: string;
                            supplierId: string;
                            /** @enum {string} */
                            status: "issued" | "confirmed" | "disputed" | "withdrawn";
                            /** @description the supplier's share, basis points (10,000 = 100 %) */
                            shareBp: number;
                            /** @description minor units of currency */
                            amountMinor: number;
                            currency: string;
                            /**
                             * Format: date-time
                             * @description CLM-4 the end of the window for the supplier to answer
                             */
                            respondBy: string;
                            /** Format: date-time */
                            issuedAt: string;
                            confirmedBy: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
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
    SupplierClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the claim notice and where it stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        claimId: string;
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1 the case's number (absent on a claim issued before claims kept it) */
                        caseNumber?: string;
                        inspectionId: string;
                        attributionId: string;
                        branch: string;
                        supplierId: string;
                        /** @enum {string} */
                        status: "issued" | "confirmed" | "disputed" | "withdrawn";
                        /** @description the supplier's share, basis points (10,000 = 100 %) */
                        shareBp: number;
                        problem: string;
                        model: string;
                        serial: string;
                        quantity: number;
                        site: string;
                        contact: string;
                        amount: {
                            /** @description minor units of currency */
                            amountMinor: number;
                            currency: string;
                        };
                        /**
                         * Format: date-time
                         * @description CLM-4 the end of the window for the supplier to answer
                         */
                        respondBy: string;
                        /** @description FIN-6 the amount confirmed, which finance charges back */
                        confirmedAmount?: {
                            /** @description minor units of currency */
                            amountMinor: number;
                            currency: string;
                        };
                        dispute?: {
                            attributionId: string;
                            reason: string;
                            evidence: {
                                kind: string;
                                ref: string;
                                sha256: string;
                                description?: string;
                            }[];
                            /** Format: date-time */
                            disputedAt: string;
                            /**
                             * Format: date-time
                             * @description QC-4 when it was last sent to QC again
                             */
                            referredAt?: string;
                        };
                        /** @description FIN-6 what finance credited back of the chargeback, oldest first */
                        refunds: {
                            refundId: string;
                            amount: {
                                /** @description minor units of currency */
                                amountMinor: number;
                                currency: string;
                            };
                            attributionId: string;
                            reason: string;
                            /** Format: date-time */
                            refundedAt: string;
                        }[];
                        /** @description FIN-6 the sum of the refunds */
                        refunded: {
                            /** @description minor units of currency */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description FIN-6 what stays deducted of the confirmed amount */
                        chargedBack?: {
                            /** @description minor units of currency */
                            amountMinor: number;
                            currency: string;
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
    SupplierClaimsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": {
                 *         "amountMinor": 300000,
                 *         "currency": "CNY"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ConfirmClaimDto"];
            };
        };
        responses: {
            /** @description the supplier confirmed the claim (CLM-4) */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    SupplierClaimsController_dispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "the coil was damaged in transport, not in manufacture"
                 *     }
                 */
                "application/json": components["schemas"]["DisputeClaimDto"];
            };
        };
        responses: {
            /** @description the supplier disputes the claim; QC reviews the attribution (QC-4) */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    SupplierClaimsController_referDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the supplier's pending dispute sent to QC again (QC-4), e.g. after QC's copy was dead-lettered and discarded; QC opens it once */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    WarrantyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the case's service class and every assessment, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        branch: string;
                        serial: string | null;
                        /** @enum {string|null} */
                        serviceClass: "free-warranty" | "contract" | "paid" | null;
                        /** @enum {string|null} */
                        standing: "full-warranty" | "extended-repair" | "out-of-warranty" | "unregistered" | null;
                        attribution: {
                            inspectionId: string;
                            attributionId: string;
                            shares: {
                                partyKey: string;
                                /** @enum {string} */
                                kind: "department" | "supplier" | "customer" | "carrier";
                                supplierId?: string;
                                shareBp: number;
                            }[];
                        } | null;
                        /** @description FIN-1 the approved costs by cost id */
                        approvedCosts: {
                            [key: string]: {
                                /** @description minor units of currency */
                                amountMinor: number;
                                currency: string;
                            };
                        };
                        assessments: {
                            caseId: string;
                            branch: string;
                            serial: string;
                            /** @enum {string} */
                            standing: "full-warranty" | "extended-repair" | "out-of-warranty" | "unregistered";
                            /** Format: date */
                            warrantyStartsOn?: string;
                            /**
                             * Format: date
                             * @description CLM-1 the last day of the full warranty
                             */
                            fullUntil?: string;
                            /**
                             * Format: date
                             * @description CLM-1 the last day of free quality repairs
                             */
                            extendedUntil?: string;
                            /** Format: date */
                            serviceOn: string;
                            /** @description CLM-1 QC's attribution to the customer: not covered */
                            humanDamage: boolean;
                            contractId?: string;
                            /** @enum {string} */
                            serviceClass: "free-warranty" | "contract" | "paid";
                            reason: string;
                            /** @description the reason in Chinese */
                            reasonZh?: string;
                            /**
                             * @description the class this assessment corrects, when it changes one
                             * @enum {string}
                             */
                            corrects?: "free-warranty" | "contract" | "paid";
                            /** Format: date-time */
                            assessedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                /** @description rows per page */
                limit?: number;
                /** @description rows skipped */
                offset?: number;
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
            /** @description the campaigns within the caller's branches, newest first, with their state (CLM-6) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            campaignId: string;
                            branch: string;
                            /** @enum {string} */
                            kind: "batch-quality" | "recall";
                            title: string;
                            model: string;
                            /**
                             * @description CLM-6 open only once an executive approved it
                             * @enum {string}
                             */
                            status: "proposed" | "open";
                            proposedBy: string;
                            /** Format: date-time */
                            proposedAt: string;
                            approvedBy: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            serialCount: number;
                            cases: string[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
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
    CampaignsController_propose: {
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
                 *       "branch": "HZ",
                 *       "kind": "batch-quality",
                 *       "title": "VS1-12 breakers of lot 2403: contact overheating",
                 *       "model": "VS1-12",
                 *       "serials": [
                 *         "SN-2403-0001",
                 *         "SN-2403-0002"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProposeCampaignDto"];
            };
        };
        responses: {
            /** @description the campaign is proposed; it waits for an executive (CLM-6) */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    CampaignsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an executive approved the campaign: it is open (CLM-6) */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    CampaignsController_linkCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseId": "0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11"
                 *     }
                 */
                "application/json": components["schemas"]["LinkCaseDto"];
            };
        };
        responses: {
            /** @description the case is linked to the campaign */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    CampaignsController_addSerials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "serials": [
                 *         "SN-2403-0003",
                 *         "SN-2403-0004"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddSerialsDto"];
            };
        };
        responses: {
            /** @description the units are added to the campaign */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the campaign with its cases and units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        campaignId: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "batch-quality" | "recall";
                        title: string;
                        model: string;
                        /**
                         * @description CLM-6 open only once an executive approved it
                         * @enum {string}
                         */
                        status: "proposed" | "open";
                        approvedBy?: string;
                        serials: string[];
                        cases: string[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ClaimKpiController_recovered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partNo": "COIL-220V",
                 *       "qty": 2
                 *     }
                 */
                "application/json": components["schemas"]["RecoveredPartsDto"];
            };
        };
        responses: {
            /** @description the old parts came back; more than are due is refused (CLM-5) */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
        };
    };
    ClaimKpiController_report: {
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
            /** @description per model: recovery rate and net claim cost per unit sold, against targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
