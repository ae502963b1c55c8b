// Generated from contracts/openapi/quality-inspection.json by scripts/api-types.mjs; do not edit.
export interface paths {
    "/quality-inspection/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspection list: list */
        get: operations["InspectionListController_list"];
        put?: never;
        /** Open inspection */
        post: operations["OpenInspectionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record finding */
        post: operations["RecordFindingController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/attributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attribute responsibility */
        post: operations["AttributeResponsibilityController_attribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute attribution */
        post: operations["DisputeAttributionController_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/disputes/{disputeId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review dispute */
        post: operations["ReviewDisputeController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off */
        post: operations["SignOffController_signOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse return */
        post: operations["RefuseReturnController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/capas/{capaId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close capa */
        post: operations["CloseCapaController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/unsalable-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check unsalable return */
        post: operations["CheckUnsalableReturnController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/capas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspection list: capas */
        get: operations["InspectionListController_capas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspection list: monthly */
        get: operations["InspectionListController_monthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/inspections/{inspectionId}/responsibility-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Responsibility history: inspection */
        get: operations["ResponsibilityHistoryController_inspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/cases/{caseId}/responsibility-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Responsibility history: of case */
        get: operations["ResponsibilityHistoryController_ofCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quality-inspection/audit/cases/{caseRef}": {
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
        OpenInspectionDto: {
            branch: string;
            /** Format: uuid */
            caseId?: string;
            caseNumber?: string;
            product: components["schemas"]["ProductDto"];
            /** @enum {unknown} */
            origin: "quality-return" | "unsalable-return" | "manual";
            originRef: string;
            symptom?: string;
        };
        RecordFindingDto: {
            failureMode: string;
            /** @enum {unknown} */
            rootCause: "manufacturing" | "assembly" | "design" | "material" | "purchased-part" | "transport" | "customer-misuse" | "normal-wear" | "no-fault-found";
            evidence: components["schemas"]["EvidenceDto"][];
            measurements?: components["schemas"]["MeasurementDto"][];
            note?: string;
            corrects?: string;
        };
        AttributeResponsibilityDto: {
            supersedes?: components["schemas"]["SupersedesDto"];
            shares: components["schemas"]["ShareDto"][];
            basis: string[];
            basisNote?: string;
        };
        DisputeAttributionDto: {
            attributionId: string;
            party: string;
            reason: string;
            evidence: components["schemas"]["EvidenceDto"][];
        };
        ReviewDisputeDto: {
            /** @enum {unknown} */
            decision: "confirm" | "supersede";
            reason: string;
            shares?: components["schemas"]["ShareDto"][];
            basis?: string[];
            basisNote?: string;
        };
        SignOffDto: {
            note?: string;
            capa?: components["schemas"]["CapaDto"];
        };
        RefuseReturnDto: {
            explanation: string;
        };
        CloseCapaDto: {
            effective: boolean;
            verification: components["schemas"]["VerificationDto"];
        };
        CheckUnsalableReturnDto: {
            intact: boolean;
            note: string;
            evidence: components["schemas"]["EvidenceDto"][];
        };
        ProductDto: {
            model: string;
            serialNumber: string;
        };
        EvidenceDto: {
            /** @enum {unknown} */
            kind: "photo" | "measurement-record" | "test-report" | "attachment";
            ref: string;
            sha256: string;
            description?: string;
        };
        MeasurementDto: {
            name: string;
            value: number;
            unit: string;
        };
        SupersedesDto: {
            attributionId: string;
            reason: string;
        };
        ShareDto: {
            party: components["schemas"]["PartyDto"];
            shareBp: number;
        };
        PartyDto: {
            /** @enum {unknown} */
            kind: "department" | "supplier" | "customer" | "carrier";
            department?: string;
            person?: string;
            supplierId?: string;
            carrierId?: string;
        };
        CapaDto: {
            ownerDepartment: string;
            owner?: string;
            action: string;
            /** Format: date-time */
            dueAt?: string;
        };
        VerificationDto: {
            note: string;
            evidence: components["schemas"]["EvidenceDto"][];
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
    InspectionListController_list: {
        parameters: {
            query?: {
                /** @description branch codes, comma-separated (HZ,NB) */
                branch?: string;
                status?: "open" | "attributed" | "disputed" | "signed-off" | "refused" | "checked-intact" | "checked-not-intact";
                model?: string;
                cause?: "manufacturing" | "assembly" | "design" | "material" | "purchased-part" | "transport" | "customer-misuse" | "normal-wear" | "no-fault-found";
                /** @description a party of the attribution in force: department:production, supplier:SUP-7, customer */
                responsible?: string;
                limit?: number;
                /** @description the nextCursor of the previous page */
                cursor?: string;
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
            /** @description a page of inspections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            inspectionId: string;
                            branch: string;
                            caseId: string | null;
                            caseNumber: string | null;
                            productModel: string;
                            serialNumber: string;
                            origin: {
                                kind: string;
                                ref: string;
                            };
                            status: string;
                            rootCauses: string[];
                            /** @description QC-2: every finding, with the later finding that corrected it */
                            findings: {
                                findingId: string;
                                rootCause: string;
                                correctedBy?: string;
                            }[];
                            attributionInForce: string | null;
                            responsible: {
                                partyKey: string;
                                shareBp: number;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                        }[];
                        nextCursor: string | null;
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
    OpenInspectionController_open: {
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
                 *       "caseId": "0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11",
                 *       "product": {
                 *         "model": "KYN28-12",
                 *         "serialNumber": "SN-2024-000123"
                 *       },
                 *       "origin": "quality-return",
                 *       "originRef": "RMA-2026-0042",
                 *       "symptom": "trips after closing"
                 *     }
                 */
                "application/json": components["schemas"]["OpenInspectionDto"];
            };
        };
        responses: {
            /** @description the inspection is open */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
                        events: string[];
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
    RecordFindingController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "failureMode": "contacts overheated",
                 *       "rootCause": "purchased-part",
                 *       "evidence": [
                 *         {
                 *           "kind": "photo",
                 *           "ref": "dms://inspections/2026/0042/contacts.jpg",
                 *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 *           "description": "burnt contacts"
                 *         }
                 *       ],
                 *       "measurements": [
                 *         {
                 *           "name": "contact resistance",
                 *           "value": 182,
                 *           "unit": "µΩ"
                 *         }
                 *       ],
                 *       "note": "coil from supplier lot 2403"
                 *     }
                 */
                "application/json": components["schemas"]["RecordFindingDto"];
            };
        };
        responses: {
            /** @description the finding is recorded */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
                        events: string[];
                        findingId: string;
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
    AttributeResponsibilityController_attribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "shares": [
                 *         {
                 *           "party": {
                 *             "kind": "department",
                 *             "department": "assembly"
                 *           },
                 *           "shareBp": 7000
                 *         },
                 *         {
                 *           "party": {
                 *             "kind": "supplier",
                 *             "supplierId": "sup-9"
                 *           },
                 *           "shareBp": 3000
                 *         }
                 *       ],
                 *       "basis": [
                 *         "finding-1"
                 *       ],
                 *       "basisNote": "the coil failed first; assembly torque was low"
                 *     }
                 */
                "application/json": components["schemas"]["AttributeResponsibilityDto"];
            };
        };
        responses: {
            /** @description responsibility is attributed */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
                        events: string[];
                        attributionId: string;
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
    DisputeAttributionController_dispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributionId": "attr-1",
                 *       "party": "supplier:sup-9",
                 *       "reason": "the coil passed our outgoing test",
                 *       "evidence": [
                 *         {
                 *           "kind": "test-report",
                 *           "ref": "dms://suppliers/sup-9/2403-test.pdf",
                 *           "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DisputeAttributionDto"];
            };
        };
        responses: {
            /** @description the attribution is disputed, awaiting review */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
                        events: string[];
                        disputeId: string;
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
    ReviewDisputeController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
                disputeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "supersede",
                 *       "reason": "the supplier test report holds",
                 *       "shares": [
                 *         {
                 *           "party": {
                 *             "kind": "department",
                 *             "department": "assembly"
                 *           },
                 *           "shareBp": 10000
                 *         }
                 *       ],
                 *       "basis": [
                 *         "finding-1"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReviewDisputeDto"];
            };
        };
        responses: {
            /** @description the dispute is settled */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
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
    SignOffController_signOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "root cause confirmed",
                 *       "capa": {
                 *         "ownerDepartment": "assembly",
                 *         "owner": "u-chen",
                 *         "action": "torque check added to the assembly line",
                 *         "dueAt": "2026-04-30T00:00:00.000Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SignOffDto"];
            };
        };
        responses: {
            /** @description the inspection is signed off (and its CAPA raised) */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
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
    RefuseReturnController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "explanation": "the housing was dropped in transit by the customer"
                 *     }
                 */
                "application/json": components["schemas"]["RefuseReturnDto"];
            };
        };
        responses: {
            /** @description the return is refused */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
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
    CloseCapaController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
                capaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effective": true,
                 *       "verification": {
                 *         "note": "no recurrence in 60 days",
                 *         "evidence": [
                 *           {
                 *             "kind": "measurement-record",
                 *             "ref": "dms://capa/2026/7/torque-log.csv",
                 *             "sha256": "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CloseCapaDto"];
            };
        };
        responses: {
            /** @description the CAPA is closed */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
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
    CheckUnsalableReturnController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "intact": true,
                 *       "note": "unopened, seals intact",
                 *       "evidence": [
                 *         {
                 *           "kind": "photo",
                 *           "ref": "dms://returns/2026/0042/seal.jpg",
                 *           "sha256": "baa5a0964d3320fbc0c6a922140453c8513ea24ab8fd0577034804a967248096"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CheckUnsalableReturnDto"];
            };
        };
        responses: {
            /** @description the original quality is checked and signed */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        status: string;
                        attributionInForce?: string;
                        /** @description the types of the events appended (none: nothing changed) */
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
    InspectionListController_capas: {
        parameters: {
            query?: {
                /** @description branch codes, comma-separated (HZ,NB) */
                branch?: string;
                inspectionId?: string;
                /** @description default: open and overdue; of one inspection (inspectionId), every status */
                status?: "open" | "overdue" | "closed";
                ownerDepartment?: string;
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
            /** @description the CAPAs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            capaId: string;
                            inspectionId: string;
                            branch: string;
                            caseId: string | null;
                            ownerDepartment: string;
                            owner: string | null;
                            action: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @enum {string} */
                            status: "open" | "overdue" | "closed";
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
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
    InspectionListController_monthly: {
        parameters: {
            query: {
                /** @description QC-7 the month, YYYY-MM */
                month: string;
                /** @description branch codes, comma-separated (HZ,NB) */
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
            /** @description the monthly quality summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        timeZone: string;
                        inspections: number;
                        byModel: {
                            key: string;
                            inspections: number;
                        }[];
                        byCause: {
                            key: string;
                            inspections: number;
                        }[];
                        byResponsibleParty: {
                            key: string;
                            inspections: number;
                            /** @description the sum of the party’s shares, in basis points */
                            weightedBp: number;
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
    ResponsibilityHistoryController_inspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the inspection’s responsibility history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectionId: string;
                        /** @description QC-4 the attribution in force, with its share table */
                        inForce?: {
                            attributionId: string;
                            shares: {
                                party: {
                                    /** @enum {string} */
                                    kind: "department" | "supplier" | "customer" | "carrier";
                                    department?: string;
                                    person?: string;
                                    supplierId?: string;
                                    carrierId?: string;
                                };
                                shareBp: number;
                            }[];
                            /** @description the findings it rests on */
                            basis: string[];
                            signedBy: {
                                userId: string;
                                /** @description the role they acted in */
                                role: string;
                            };
                            /** Format: date-time */
                            attributedAt: string;
                            inForce: boolean;
                            supersededBy?: string;
                            supersededReason?: string;
                        };
                        attributions: {
                            attributionId: string;
                            shares: {
                                party: {
                                    /** @enum {string} */
                                    kind: "department" | "supplier" | "customer" | "carrier";
                                    department?: string;
                                    person?: string;
                                    supplierId?: string;
                                    carrierId?: string;
                                };
                                shareBp: number;
                            }[];
                            /** @description the findings it rests on */
                            basis: string[];
                            signedBy: {
                                userId: string;
                                /** @description the role they acted in */
                                role: string;
                            };
                            /** Format: date-time */
                            attributedAt: string;
                            inForce: boolean;
                            supersededBy?: string;
                            supersededReason?: string;
                        }[];
                        /** @description every attribution, dispute, confirmation and supersession in the order of the log */
                        steps: {
                            /** @enum {string} */
                            step: "attributed" | "disputed" | "confirmed" | "superseded";
                            /** Format: date-time */
                            at: string;
                            by: {
                                userId: string;
                                /** @description the role they acted in */
                                role: string;
                            };
                            attributionId: string;
                            /** @description disputed, confirmed; superseded after a dispute */
                            disputeId?: string;
                            /** @description attributed */
                            shares?: {
                                party: {
                                    /** @enum {string} */
                                    kind: "department" | "supplier" | "customer" | "carrier";
                                    department?: string;
                                    person?: string;
                                    supplierId?: string;
                                    carrierId?: string;
                                };
                                shareBp: number;
                            }[];
                            /** @description attributed */
                            basis?: string[];
                            basisNote?: string;
                            supersedes?: string;
                            /** @description superseded */
                            supersededBy?: string;
                            /** @description disputed: the disputing party (supplier:SUP-7) */
                            party?: string;
                            reason?: string;
                            /** @description disputed */
                            evidence?: {
                                kind: string;
                                ref: string;
                                sha256: string;
                                description?: string;
                            }[];
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
    ResponsibilityHistoryController_ofCase: {
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
            /** @description the case’s responsibility history, per inspection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        inspections: {
                            inspectionId: string;
                            /** @description QC-4 the attribution in force, with its share table */
                            inForce?: {
                                attributionId: string;
                                shares: {
                                    party: {
                                        /** @enum {string} */
                                        kind: "department" | "supplier" | "customer" | "carrier";
                                        department?: string;
                                        person?: string;
                                        supplierId?: string;
                                        carrierId?: string;
                                    };
                                    shareBp: number;
                                }[];
                                /** @description the findings it rests on */
                                basis: string[];
                                signedBy: {
                                    userId: string;
                                    /** @description the role they acted in */
                                    role: string;
                                };
                                /** Format: date-time */
                                attributedAt: string;
                                inForce: boolean;
                                supersededBy?: string;
                                supersededReason?: string;
                            };
                            attributions: {
                                attributionId: string;
                                shares: {
                                    party: {
                                        /** @enum {string} */
                                        kind: "department" | "supplier" | "customer" | "carrier";
                                        department?: string;
                                        person?: string;
                                        supplierId?: string;
                                        carrierId?: string;
                                    };
                                    shareBp: number;
                                }[];
                                /** @description the findings it rests on */
                                basis: string[];
                                signedBy: {
                                    userId: string;
                                    /** @description the role they acted in */
                                    role: string;
                                };
                                /** Format: date-time */
                                attributedAt: string;
                                inForce: boolean;
                                supersededBy?: string;
                                supersededReason?: string;
                            }[];
                            /** @description every attribution, dispute, confirmation and supersession in the order of the log */
                            steps: {
                                /** @enum {string} */
                                step: "attributed" | "disputed" | "confirmed" | "superseded";
                                /** Format: date-time */
                                at: string;
                                by: {
                                    userId: string;
                                    /** @description the role they acted in */
                                    role: string;
                                };
                                attributionId: string;
                                /** @description disputed, confirmed; superseded after a dispute */
                                disputeId?: string;
                                /** @description attributed */
                                shares?: {
                                    party: {
                                        /** @enum {string} */
                                        kind: "department" | "supplier" | "customer" | "carrier";
                                        department?: string;
                                        person?: string;
                                        supplierId?: string;
                                        carrierId?: string;
                                    };
                                    shareBp: number;
                                }[];
                                /** @description attributed */
                                basis?: string[];
                                basisNote?: string;
                                supersedes?: string;
                                /** @description superseded */
                                supersededBy?: string;
                                /** @description disputed: the disputing party (supplier:SUP-7) */
                                party?: string;
                                reason?: string;
                                /** @description disputed */
                                evidence?: {
                                    kind: string;
                                    ref: string;
                                    sha256: string;
                                    description?: string;
                                }[];
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
