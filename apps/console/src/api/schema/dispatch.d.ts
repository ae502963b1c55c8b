// Generated from contracts/openapi/dispatch.json by scripts/api-types.mjs; do not edit.
export interface paths {
    "/dispatch/engineers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engineer queries: list */
        get: operations["EngineerQueriesController_list"];
        put?: never;
        /** Register engineer */
        post: operations["RegisterEngineerController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/engineers/{engineerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engineer queries: get */
        get: operations["EngineerQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/engineers/{engineerId}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change skills */
        post: operations["ChangeSkillsController_skills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/engineers/{engineerId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set availability: leave */
        post: operations["SetAvailabilityController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/engineers/{engineerId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set availability: available */
        post: operations["SetAvailabilityController_available"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/engineers/{engineerId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set availability: deactivate */
        post: operations["SetAvailabilityController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/engineers/{engineerId}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive parts */
        post: operations["ReceivePartsController_parts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visit list: list */
        get: operations["VisitListController_list"];
        put?: never;
        /** Open visit: open */
        post: operations["OpenVisitController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open visit: appointment */
        post: operations["OpenVisitController_appointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign engineer: assign */
        post: operations["AssignEngineerController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/auto-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign engineer: auto assign */
        post: operations["AssignEngineerController_autoAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/reassignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign engineer: reassign */
        post: operations["AssignEngineerController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record departure */
        post: operations["RecordDepartureController_depart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record arrival */
        post: operations["RecordArrivalController_arrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record visit work: findings */
        post: operations["RecordVisitWorkController_findings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/work-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record visit work: work done */
        post: operations["RecordVisitWorkController_workDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/parts-used": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record visit work: parts used */
        post: operations["RecordVisitWorkController_partsUsed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/labour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record visit work: labour */
        post: operations["RecordVisitWorkController_labour"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record cost */
        post: operations["RecordCostController_cost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete visit */
        post: operations["CompleteVisitController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/take-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back */
        post: operations["TakeBackController_takeBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/repair-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Repair card: repair card */
        post: operations["RepairCardController_repairCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/repair-completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Repair card: repair completed */
        post: operations["RepairCardController_repairCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return product */
        post: operations["ReturnProductController_returnProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/promise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Repair promise */
        post: operations["RepairPromiseController_promise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/service-class": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Paid service: service class */
        post: operations["PaidServiceController_serviceClass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/service-fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Paid service: service fee */
        post: operations["PaidServiceController_serviceFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/invoice-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Paid service: invoice */
        post: operations["PaidServiceController_invoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel visit */
        post: operations["CancelVisitController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/visits/{visitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visit list: timeline */
        get: operations["VisitListController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily report */
        get: operations["DailyReportController_daily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/audit/cases/{caseRef}": {
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
        RegisterEngineerDto: {
            engineerId?: string;
            branch: string;
            /** @enum {unknown} */
            home: "branch" | "head-office";
            skills: string[];
            /** @enum {unknown} */
            baseZone: "city" | "suburbs" | "province" | "outside-province";
        };
        ChangeSkillsDto: {
            skills: string[];
            reason: string;
        };
        LeaveDto: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            until?: string;
            reason: string;
        };
        AvailableDto: {
            /** Format: date-time */
            from?: string;
        };
        ReasonDto: {
            reason: string;
        };
        ReceivePartsDto: {
            lines: components["schemas"]["PartLineDto"][];
            reference: string;
        };
        OpenVisitDto: {
            /** Format: uuid */
            caseId: string;
            /** @enum {unknown} */
            zone: "city" | "suburbs" | "province" | "outside-province";
            /** @enum {unknown} */
            urgency?: "emergency" | "standard" | "scheduled";
        };
        AppointmentDto: {
            /** Format: date-time */
            confirmedAt: string;
        };
        AssignDto: {
            engineerId: string;
            note?: string;
        };
        ReassignDto: {
            engineerId: string;
            reason: string;
        };
        FindingsDto: {
            findings: string;
        };
        WorkDoneDto: {
            workDone: string;
        };
        PartsUsedDto: {
            usageId: string;
            parts: components["schemas"]["PricedPartLineDto"][];
        };
        LabourDto: {
            /** @enum {unknown} */
            workKind: "travel" | "diagnosis" | "on-site-repair" | "workshop-repair" | "installation" | "maintenance" | "customer-training";
            minutes: number;
        };
        CostDto: {
            costId: string;
            /** @enum {unknown} */
            category: "travel" | "accommodation" | "allowance" | "parts" | "labour";
            amount: components["schemas"]["MoneyDto"];
            staffId: string;
            /** @enum {unknown} */
            staffHome: "branch" | "head-office";
            description: string;
        };
        CompleteVisitDto: {
            voucherNo: string;
            firstTimeFix: boolean;
            signature: components["schemas"]["SignatureDto"];
        };
        TakeBackDto: {
            receiptNo: string;
            registerEntryNo: string;
            repairCardNo: string;
        };
        RepairCardEntryDto: {
            engineerId: string;
            minutes: number;
            parts?: components["schemas"]["PricedPartLineDto"][];
            note?: string;
        };
        CompleteRepairDto: {
            outcome: string;
        };
        ReturnProductDto: {
            registerEntryNo: string;
            signature: components["schemas"]["SignatureDto"];
        };
        PromiseDto: {
            /** Format: date-time */
            promisedBy: string;
        };
        ServiceClassDto: {
            /** @enum {unknown} */
            serviceClass: "free-warranty" | "contract" | "paid";
        };
        ServiceFeeDto: {
            amount: components["schemas"]["MoneyDto"];
            receiptNo: string;
        };
        InvoiceRequestDto: {
            amount: components["schemas"]["MoneyDto"];
            description: string;
        };
        PartLineDto: {
            partNo: string;
            qty: number;
        };
        PricedPartLineDto: {
            unitCost: components["schemas"]["MoneyDto"];
            partNo: string;
            qty: number;
        };
        MoneyDto: {
            amountMinor: number;
            currency: string;
        };
        SignatureDto: {
            signedBy: string;
            /** Format: date-time */
            signedAt: string;
            /** @enum {unknown} */
            method: "signature" | "e-signature";
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
    EngineerQueriesController_list: {
        parameters: {
            query?: {
                /** @description a branch code (default: the caller's branches) */
                branch?: string;
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
            /** @description the engineers of the caller's branches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            engineerId: string;
                            branch: string;
                            /** @enum {string} */
                            home: "branch" | "head-office";
                            skills: string[];
                            /** @enum {string} */
                            baseZone: "city" | "suburbs" | "province" | "outside-province";
                            active: boolean;
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
    RegisterEngineerController_register: {
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
                 *       "engineerId": "eng-wang",
                 *       "branch": "HZ",
                 *       "home": "branch",
                 *       "skills": [
                 *         "switchgear",
                 *         "transformers"
                 *       ],
                 *       "baseZone": "city"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterEngineerDto"];
            };
        };
        responses: {
            /** @description the engineer is registered */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                    } & {
                        [key: string]: unknown;
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
    EngineerQueriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                engineerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the engineer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ChangeSkillsController_skills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                engineerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "skills": [
                 *         "switchgear",
                 *         "ring-main-units"
                 *       ],
                 *       "reason": "completed the ring main unit course"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeSkillsDto"];
            };
        };
        responses: {
            /** @description the engineer now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
                    } & {
                        [key: string]: unknown;
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
    SetAvailabilityController_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                engineerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2026-03-09T00:00:00.000Z",
                 *       "until": "2026-03-16T00:00:00.000Z",
                 *       "reason": "annual leave"
                 *     }
                 */
                "application/json": components["schemas"]["LeaveDto"];
            };
        };
        responses: {
            /** @description the engineer now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
                    } & {
                        [key: string]: unknown;
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
    SetAvailabilityController_available: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                engineerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2026-03-16T00:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["AvailableDto"];
            };
        };
        responses: {
            /** @description the engineer now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
                    } & {
                        [key: string]: unknown;
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
    SetAvailabilityController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                engineerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "resolved by phone"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description the engineer now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
                    } & {
                        [key: string]: unknown;
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
    ReceivePartsController_parts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                engineerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "partNo": "FUSE-12",
                 *           "qty": 3
                 *         }
                 *       ],
                 *       "reference": "ISS-2026-0031"
                 *     }
                 */
                "application/json": components["schemas"]["ReceivePartsDto"];
            };
        };
        responses: {
            /** @description the engineer now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engineerId: string;
                        branch: string;
                        /** @enum {string} */
                        home: "branch" | "head-office";
                        skills: string[];
                        /** @enum {string} */
                        baseZone: "city" | "suburbs" | "province" | "outside-province";
                        active: boolean;
                        leave: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            until?: string;
                        }[];
                        /** @description DSP-3 part → quantity */
                        stock: {
                            [key: string]: number;
                        };
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
                    } & {
                        [key: string]: unknown;
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
    VisitListController_list: {
        parameters: {
            query?: {
                /** @description rows per page */
                limit?: number;
                /** @description rows skipped */
                offset?: number;
                /** @description a branch code (default: the caller's branches) */
                branch?: string;
                status?: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                /** @description the next cursor of the page before */
                after?: string;
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
            /** @description a page of visits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            visitId: string;
                            /** Format: uuid */
                            caseId: string;
                            caseNumber: string;
                            branch: string;
                            /** @enum {string} */
                            status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                            /** @enum {string} */
                            urgency: "emergency" | "standard" | "scheduled";
                            /** @enum {string} */
                            zone: "city" | "suburbs" | "province" | "outside-province";
                            productModel: string;
                            productLine: string;
                            engineerId: string | null;
                            /**
                             * Format: date-time
                             * @description DSP-2 when the engineer is due on site
                             */
                            arrivalDueAt: string | null;
                            /** Format: date-time */
                            arrivedAt: string | null;
                            arrivalMissed: boolean;
                            /** @description DSP-6 on the next morning's report */
                            flaggedForMorning: boolean;
                            receiptNo: string | null;
                            /** Format: date-time */
                            promisedBy: string | null;
                            escalated: boolean;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description the log position the row reflects */
                            lastPosition: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        /** @description the cursor of the next page (send as `after`); null on the last */
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
    OpenVisitController_open: {
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
                 *       "zone": "suburbs",
                 *       "urgency": "standard"
                 *     }
                 */
                "application/json": components["schemas"]["OpenVisitDto"];
            };
        };
        responses: {
            /** @description the visit is open */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
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
    OpenVisitController_appointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "confirmedAt": "2026-03-02T01:30:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["AppointmentDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    AssignEngineerController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "engineerId": "eng-wang",
                 *       "note": "knows the site"
                 *     }
                 */
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    AssignEngineerController_autoAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the engineer taken, and every one weighed */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
                        considered: Record<string, never>[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolation"];
            /** @description The roster has not yet caught up with the log as it stood when the request arrived (within READ_MODEL_WAIT_MS): retry after Retry-After seconds; nothing was changed */
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
    AssignEngineerController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "engineerId": "eng-li",
                 *       "reason": "eng-wang is ill"
                 *     }
                 */
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordDepartureController_depart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordArrivalController_arrive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordVisitWorkController_findings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "findings": "vacuum breaker contacts burnt; the closing coil overheats"
                 *     }
                 */
                "application/json": components["schemas"]["FindingsDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordVisitWorkController_workDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workDone": "replaced the contacts and the closing coil; tested 20 operations"
                 *     }
                 */
                "application/json": components["schemas"]["WorkDoneDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordVisitWorkController_partsUsed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "usageId": "use-1",
                 *       "parts": [
                 *         {
                 *           "partNo": "FUSE-12",
                 *           "qty": 1,
                 *           "unitCost": {
                 *             "amountMinor": 3550,
                 *             "currency": "CNY"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PartsUsedDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordVisitWorkController_labour: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workKind": "on-site-repair",
                 *       "minutes": 90
                 *     }
                 */
                "application/json": components["schemas"]["LabourDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RecordCostController_cost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "costId": "travel-1",
                 *       "category": "travel",
                 *       "amount": {
                 *         "amountMinor": 12000,
                 *         "currency": "CNY"
                 *       },
                 *       "staffId": "eng-wang",
                 *       "staffHome": "branch",
                 *       "description": "train Hangzhou–Ningbo and back"
                 *     }
                 */
                "application/json": components["schemas"]["CostDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    CompleteVisitController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "voucherNo": "SV-2026-0042",
                 *       "firstTimeFix": true,
                 *       "signature": {
                 *         "signedBy": "Wang Fang",
                 *         "signedAt": "2026-03-02T06:00:00.000Z",
                 *         "method": "e-signature"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CompleteVisitDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    TakeBackController_takeBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "receiptNo": "R-2026-0007",
                 *       "registerEntryNo": "IN-2026-0007",
                 *       "repairCardNo": "RC-2026-0007"
                 *     }
                 */
                "application/json": components["schemas"]["TakeBackDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RepairCardController_repairCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "engineerId": "eng-wang",
                 *       "minutes": 120,
                 *       "parts": [
                 *         {
                 *           "partNo": "COIL-220V",
                 *           "qty": 1,
                 *           "unitCost": {
                 *             "amountMinor": 18000,
                 *             "currency": "CNY"
                 *           }
                 *         }
                 *       ],
                 *       "note": "coil replaced on the bench"
                 *     }
                 */
                "application/json": components["schemas"]["RepairCardEntryDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RepairCardController_repairCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "repaired and type-tested; ready to return"
                 *     }
                 */
                "application/json": components["schemas"]["CompleteRepairDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    ReturnProductController_returnProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "registerEntryNo": "OUT-2026-0007",
                 *       "signature": {
                 *         "signedBy": "Wang Fang",
                 *         "signedAt": "2026-03-05T02:00:00.000Z",
                 *         "method": "signature"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ReturnProductDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    RepairPromiseController_promise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "promisedBy": "2026-03-06T09:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["PromiseDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    PaidServiceController_serviceClass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "serviceClass": "paid"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceClassDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    PaidServiceController_serviceFee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": {
                 *         "amountMinor": 50000,
                 *         "currency": "CNY"
                 *       },
                 *       "receiptNo": "FEE-2026-0003"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceFeeDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    PaidServiceController_invoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": {
                 *         "amountMinor": 50000,
                 *         "currency": "CNY"
                 *       },
                 *       "description": "paid repair of a KYN28-12 breaker"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceRequestDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    CancelVisitController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "resolved by phone"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description where the visit stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        visitId: string;
                        /** Format: uuid */
                        caseId: string;
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        status: "unassigned" | "assigned" | "en-route" | "on-site" | "completed" | "in-repair" | "repaired" | "returned" | "cancelled";
                        /** @enum {string} */
                        urgency: "emergency" | "standard" | "scheduled";
                        /** @enum {string} */
                        zone: "city" | "suburbs" | "province" | "outside-province";
                        engineerId: string | null;
                        /** @description DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none` */
                        arrival: Record<string, never>;
                        arrivalMissed: boolean;
                        /** @description DSP-4 the product receipt, once taken back */
                        receiptNo: string | null;
                        repairCardNo: string | null;
                        /** @description the types of the events the command appended (none: it changed nothing) */
                        events: string[];
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
    VisitListController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the visit and its timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the visit as its events leave it */
                        visit: Record<string, never>;
                        timeline: Record<string, never>[];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    DailyReportController_daily: {
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
            /** @description the daily report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description local date (YYYY-MM-DD) in the branch time zone */
                        date: string;
                        engineers: Record<string, never>[];
                        branches: Record<string, never>[];
                        hours: number;
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
