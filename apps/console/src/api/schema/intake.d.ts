// Generated from contracts/openapi/intake.json by scripts/api-types.mjs; do not edit.
export interface paths {
    "/intake/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaint register: list */
        get: operations["ComplaintRegisterController_list"];
        put?: never;
        /** Register case */
        post: operations["RegisterCaseController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reclassify case */
        post: operations["ReclassifyCaseController_reclassify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review validity */
        post: operations["ReviewValidityController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/review/overturn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Overturn review */
        post: operations["OverturnReviewController_overturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Respond to customer */
        post: operations["RespondToCustomerController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/clock-pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause clock: pause clock */
        post: operations["PauseClockController_pauseClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/clock-resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause clock: resume clock */
        post: operations["PauseClockController_resumeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/follow-up-owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign follow up owner */
        post: operations["AssignFollowUpOwnerController_followUpOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve case */
        post: operations["ResolveCaseController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close case */
        post: operations["CloseCaseController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer survey */
        post: operations["AnswerSurveyController_answerSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/reports/monthly-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaint register: summary */
        get: operations["ComplaintRegisterController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case timeline */
        get: operations["CaseTimelineController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/customers/{customerId}/forget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forget customer */
        post: operations["ForgetCustomerController_forget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/audit/cases/{caseRef}": {
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
        CustomerDto: {
            customerId: string;
            name: string;
            contactPerson?: string;
            phone: string;
            address: string;
            vip?: boolean;
        };
        ProductDto: {
            model: string;
            serialNumber: string;
            /** Format: date-time */
            purchaseDate?: string;
            /** Format: date-time */
            commissioningDate?: string;
        };
        ProblemDto: {
            description: string;
            symptomCode?: string;
        };
        RegisterCaseDto: {
            branch: string;
            /** @enum {string} */
            channel: "hotline" | "online" | "email" | "letter" | "fax" | "walk-in" | "field-engineer";
            /** @enum {string} */
            kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
            /** @enum {string} */
            severity: "general" | "major";
            customer: components["schemas"]["CustomerDto"];
            product: components["schemas"]["ProductDto"];
            problem: components["schemas"]["ProblemDto"];
        };
        ReclassifyCaseDto: {
            /** @enum {string} */
            kind?: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
            /** @enum {string} */
            severity?: "general" | "major";
            reason: string;
        };
        ReviewValidityDto: {
            founded: boolean;
            explanation?: string;
            /** @enum {string} */
            remedy?: "return" | "exchange" | "concession-discount" | "repair" | "send-back";
        };
        OverturnReviewDto: {
            reason: string;
            founded: boolean;
            explanation?: string;
            /** @enum {string} */
            remedy?: "return" | "exchange" | "concession-discount" | "repair" | "send-back";
        };
        RespondToCustomerDto: {
            response: string;
        };
        PauseClockDto: {
            /** @enum {string} */
            reason: "information-requested" | "customer-unavailable";
            /** @description what was asked of the customer, or why they cannot be reached */
            note?: string;
        };
        AssignFollowUpOwnerDto: {
            ownerId: string;
        };
        ResolveCaseDto: {
            outcome: string;
        };
        CustomerConfirmationDto: {
            signedBy: string;
            /** Format: date-time */
            signedAt: string;
            /** @enum {string} */
            method: "signature" | "e-signature";
        };
        CloseCaseDto: {
            outcome: string;
            confirmation: components["schemas"]["CustomerConfirmationDto"];
        };
        SurveyScoresDto: {
            attitude: number;
            skill: number;
            arrivalTime: number;
            keepingPromises: number;
        };
        AnswerSurveyDto: {
            scores: components["schemas"]["SurveyScoresDto"];
            comment?: string;
            complaintAboutService?: string;
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
    ComplaintRegisterController_list: {
        parameters: {
            query?: {
                branch?: string;
                /** @description INT-1 the case number, exactly */
                caseNumber?: string;
                kind?: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                severity?: "general" | "major";
                status?: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                overdue?: "true" | "false";
                from?: string;
                to?: string;
                limit?: number;
                offset?: number;
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
            /** @description a page of the complaint register */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            caseId: string;
                            caseNumber: string;
                            branch: string;
                            channel: string;
                            /** @enum {string} */
                            kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                            /** @enum {string} */
                            severity: "general" | "major";
                            /** @enum {string} */
                            status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                            /** @enum {string} */
                            priority: "normal" | "high";
                            vip: boolean;
                            customerId: string;
                            productModel: string;
                            serialNumber: string;
                            symptomCode: string | null;
                            remedy: string | null;
                            /** @enum {string|null} */
                            costsRecoveredFrom: "customer" | null;
                            /** @description YYYY-MM, in the branch calendar */
                            month: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** Format: date-time */
                            responseDueAt: string;
                            /** Format: date-time */
                            respondedAt: string | null;
                            respondedInTime: boolean | null;
                            responseMissed: boolean;
                            /** Format: date-time */
                            resolutionDueAt: string;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            resolutionMissed: boolean;
                            /** Format: date-time */
                            closedAt: string | null;
                            followUpOwner: string | null;
                            surveyTotal: number | null;
                            complaintAboutService: boolean;
                            recurringAlert: boolean;
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
    RegisterCaseController_register: {
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
                 *       "channel": "hotline",
                 *       "kind": "repair-request",
                 *       "severity": "general",
                 *       "customer": {
                 *         "customerId": "cust-42",
                 *         "name": "Hangzhou Metro Line 5",
                 *         "contactPerson": "Zhang Wei",
                 *         "phone": "+86 571 8888 1234",
                 *         "address": "Depot 2, Xiasha, Hangzhou",
                 *         "vip": false
                 *       },
                 *       "product": {
                 *         "model": "KYN28-12",
                 *         "serialNumber": "SN-2024-000123",
                 *         "purchaseDate": "2024-03-01T00:00:00.000Z",
                 *         "commissioningDate": "2024-04-15T00:00:00.000Z"
                 *       },
                 *       "problem": {
                 *         "description": "the breaker trips right after closing",
                 *         "symptomCode": "TRIP"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RegisterCaseDto"];
            };
        };
        responses: {
            /** @description a retry with the same Idempotency-Key: the case it registered */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
                    };
                };
            };
            /** @description the case is registered */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    ReclassifyCaseController_reclassify: {
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
                 *       "kind": "quality-complaint",
                 *       "severity": "major",
                 *       "reason": "the customer reports the same fault on three units"
                 *     }
                 */
                "application/json": components["schemas"]["ReclassifyCaseDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    ReviewValidityController_review: {
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
                 *       "founded": true,
                 *       "explanation": "the fault is reproducible on the test bench",
                 *       "remedy": "repair"
                 *     }
                 */
                "application/json": components["schemas"]["ReviewValidityDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    OverturnReviewController_overturn: {
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
                 *       "reason": "new test report from the customer",
                 *       "founded": true,
                 *       "explanation": "the report shows overheating in normal use",
                 *       "remedy": "exchange"
                 *     }
                 */
                "application/json": components["schemas"]["OverturnReviewDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    RespondToCustomerController_respond: {
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
                 *       "response": "An engineer will be on site tomorrow before 10:00."
                 *     }
                 */
                "application/json": components["schemas"]["RespondToCustomerDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    PauseClockController_pauseClock: {
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
                 *       "reason": "information-requested",
                 *       "note": "asked for photos of the nameplate"
                 *     }
                 */
                "application/json": components["schemas"]["PauseClockDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    PauseClockController_resumeClock: {
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
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    AssignFollowUpOwnerController_followUpOwner: {
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
                 *       "ownerId": "u-li"
                 *     }
                 */
                "application/json": components["schemas"]["AssignFollowUpOwnerDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    ResolveCaseController_resolve: {
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
                 *       "outcome": "breaker repaired on site; the customer confirmed normal operation"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveCaseDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    CloseCaseController_close: {
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
                 *       "outcome": "resolved and confirmed by the customer",
                 *       "confirmation": {
                 *         "signedBy": "Zhang Wei",
                 *         "signedAt": "2026-03-03T02:00:00.000Z",
                 *         "method": "e-signature"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CloseCaseDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    AnswerSurveyController_answerSurvey: {
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
                 *       "scores": {
                 *         "attitude": 4,
                 *         "skill": 4,
                 *         "arrivalTime": 3,
                 *         "keepingPromises": 4
                 *       },
                 *       "comment": "quick and careful work"
                 *     }
                 */
                "application/json": components["schemas"]["AnswerSurveyDto"];
            };
        };
        responses: {
            /** @description where the case stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        /** @description INT-1, e.g. HZ-2026-000123 */
                        caseNumber: string;
                        branch: string;
                        /** @enum {string} */
                        kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                        /** @enum {string} */
                        severity: "general" | "major";
                        /** @enum {string} */
                        status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                        /**
                         * Format: date-time
                         * @description INT-4
                         */
                        responseDueAt: string;
                        /**
                         * Format: date-time
                         * @description INT-5
                         */
                        resolutionDueAt: string;
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
    ComplaintRegisterController_summary: {
        parameters: {
            query: {
                /** @description a branch code */
                branch: string;
                /** @description KPI-2 the month, YYYY-MM */
                month: string;
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
            /** @description the branch's month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        branch: string;
                        month: string;
                        total: number;
                        byKind: {
                            [key: string]: number;
                        };
                        bySeverity: {
                            [key: string]: number;
                        };
                        byModel: {
                            [key: string]: number;
                        };
                        byStatus: {
                            [key: string]: number;
                        };
                        responseCompliance: number | null;
                        satisfaction: number | null;
                        surveysAnswered: number;
                        recurringCases: number;
                        /** @description INT-7 */
                        costsRecoveredFromCustomer: number;
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
    CaseTimelineController_timeline: {
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
            /** @description the case and its timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the case as its events leave it */
                        case: {
                            /** @enum {boolean} */
                            exists: true;
                            /** Format: uuid */
                            caseId: string;
                            /** @description INT-1, e.g. HZ-2026-000123 */
                            caseNumber: string;
                            branch: string;
                            /** @enum {string} */
                            kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                            /** @enum {string} */
                            severity: "general" | "major";
                            /** @enum {string} */
                            status: "registered" | "accepted" | "rejected" | "resolved" | "closed";
                            /**
                             * Format: date-time
                             * @description INT-4
                             */
                            responseDueAt: string;
                            /**
                             * Format: date-time
                             * @description INT-5
                             */
                            resolutionDueAt: string;
                            /** @enum {string} */
                            channel: "hotline" | "online" | "email" | "letter" | "fax" | "walk-in" | "field-engineer";
                            /** Format: date-time */
                            registeredAt: string;
                            /** Format: date-time */
                            respondedAt?: string;
                            /** @description INT-4 */
                            responseMissed: boolean;
                            /** @description INT-5 */
                            resolutionMissed: boolean;
                            /** Format: date-time */
                            resolvedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            /** @enum {string} */
                            remedy?: "return" | "exchange" | "concession-discount" | "repair" | "send-back";
                            /** @description INT-10 */
                            vip: boolean;
                            followUpOwnerId?: string;
                            surveyId?: string;
                            surveyAnswered: boolean;
                            product: {
                                model: string;
                                serialNumber: string;
                                purchaseDate?: string;
                                commissioningDate?: string;
                            };
                            symptomCode?: string;
                            /**
                             * Format: date-time
                             * @description INT-11 while the deadline clocks wait on the customer
                             */
                            pausedSince?: string;
                            /** @description INT-11 time paused so far */
                            pausedMs: number;
                            timelineSourceIds: string[];
                        };
                        /** @description the registration as recorded, with the customer's personal data unless erased (AUD-4) */
                        registration: {
                            caseId: string;
                            caseNumber: string;
                            branch: string;
                            /** @enum {string} */
                            channel: "hotline" | "online" | "email" | "letter" | "fax" | "walk-in" | "field-engineer";
                            /** @enum {string} */
                            kind: "quality-complaint" | "non-quality-complaint" | "repair-request" | "consultation" | "return-request";
                            /** @enum {string} */
                            severity: "general" | "major";
                            /** Format: date-time */
                            registeredAt?: string;
                            customer: {
                                customerId: string;
                                name?: string;
                                contactPerson?: string | null;
                                phone?: string;
                                address?: string;
                                vip: boolean;
                            };
                            product: {
                                model: string;
                                serialNumber: string;
                                purchaseDate?: string;
                                commissioningDate?: string;
                            };
                            problem: {
                                description?: string;
                                symptomCode?: string;
                            };
                            /** @enum {string} */
                            priority?: "normal" | "high";
                        } & {
                            [key: string]: unknown;
                        };
                        timeline: {
                            /** @description global log position */
                            position: number;
                            version: number;
                            /** @description the event type */
                            type: string;
                            /** Format: date-time */
                            at: string;
                            actor: {
                                userId: string;
                                role: string;
                                displayName?: string;
                            };
                            branch?: string;
                            correlationId: string;
                            causationId?: string;
                            /** @description the event's data; a downstream milestone (TimelineEntryRecorded) carries a one-sentence summary in English and, as summaryZh, in Chinese */
                            data: Record<string, never>;
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
    ForgetCustomerController_forget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the customer's personal data is erased */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        /** @enum {boolean} */
                        erased: true;
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
