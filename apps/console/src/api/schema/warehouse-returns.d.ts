// Generated from contracts/openapi/warehouse-returns.json by scripts/api-types.mjs; do not edit.
export interface paths {
    "/warehouse-returns/rmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return requests: list requests */
        get: operations["ReturnRequestsController_listRequests"];
        put?: never;
        /** Request return */
        post: operations["RequestReturnController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: confirm request */
        post: operations["ApproveController_confirmRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/signatures/after-sales-head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: sign after sales head */
        post: operations["ApproveController_signAfterSalesHead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/signatures/operations-head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: sign operations head */
        post: operations["ApproveController_signOperationsHead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/special-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: approve special case */
        post: operations["ApproveController_approveSpecialCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/arrival-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transport: record arrival notice */
        post: operations["TransportController_recordArrivalNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/transport-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transport: issue transport order */
        post: operations["TransportController_issueTransportOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/pick-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transport: record pick up */
        post: operations["TransportController_recordPickUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive goods */
        post: operations["ReceiveGoodsController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/refused-goods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refused goods */
        post: operations["RefusedGoodsController_dispose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/stock-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stock in: book into stock */
        post: operations["StockInController_bookIntoStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/receipt-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stock in: record receipt sent */
        post: operations["StockInController_recordReceiptSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle: ship exchange */
        post: operations["SettleController_shipExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle: request refund */
        post: operations["SettleController_requestRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/rmas/{rmaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return requests: get request */
        get: operations["ReturnRequestsController_getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/transport-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return requests: list transport orders */
        get: operations["ReturnRequestsController_listTransportOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/customer-totals/opening-balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Customer totals: opening balances */
        put: operations["CustomerTotalsController_openingBalances"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/customers/{customerId}/exchange-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer totals: exchange rate */
        get: operations["CustomerTotalsController_exchangeRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/intake-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Intake returns */
        get: operations["IntakeReturnsController_awaitingForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-returns/audit/cases/{caseRef}": {
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
        RequestReturnDto: {
            branch: string;
            customerId: string;
            caseId?: string;
            lines: components["schemas"]["ReturnLineDto"][];
        };
        SpecialCaseDto: {
            reason: string;
        };
        ArrivalNoticeDto: {
            station: string;
        };
        TransportOrderDto: {
            driverId: string;
            driverName: string;
            vehicle: string;
        };
        ReceiveGoodsDto: {
            lines?: components["schemas"]["ReceivedLineDto"][];
        };
        DisposeRefusedGoodsDto: {
            /** @enum {unknown} */
            disposition: "returned-to-customer" | "scrapped-with-consent";
            note?: string;
        };
        ShipExchangeDto: {
            replacements: components["schemas"]["ReplacementDto"][];
        };
        OpeningBalancesDto: {
            balances: components["schemas"]["OpeningBalanceDto"][];
        };
        ReturnLineDto: {
            product: components["schemas"]["ProductDto"];
            serialNumber?: string;
            lotNumber?: string;
            quantity: number;
            unitPrice: components["schemas"]["MoneyDto"];
            /** @enum {unknown} */
            reason: "unsalable" | "quality";
            originalOrder: components["schemas"]["OriginalOrderDto"];
        };
        ProductDto: {
            model: string;
            productLine?: string;
        };
        MoneyDto: {
            amountMinor: number;
            currency: string;
        };
        OriginalOrderDto: {
            ref: string;
            deliveredOn: string;
        };
        ReceivedLineDto: {
            lineNo: number;
            quantity: number;
        };
        ReplacementDto: {
            lineNo: number;
            model: string;
            replacementSerial?: string;
        };
        OpeningBalanceDto: {
            customerId: string;
            purchased: components["schemas"]["MoneyDto"];
            exchanged: components["schemas"]["MoneyDto"];
            periodFrom: string;
            periodTo?: string;
            /** Format: date-time */
            asOf: string;
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
    ReturnRequestsController_listRequests: {
        parameters: {
            query?: {
                /** @description branch codes, comma-separated (HZ,NB) */
                branch?: string;
                status?: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                reason?: "unsalable" | "quality";
                customerId?: string;
                /** @description the next cursor of the page before */
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
            /** @description a page of return requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            rmaId: string;
                            branch: string;
                            customerId: string;
                            caseId: string | null;
                            /** @enum {string} */
                            reason: "unsalable" | "quality";
                            /** @enum {string} */
                            status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                            /** @description minor units of currency */
                            totalMinor: number;
                            currency: string;
                            missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                            receiptNo: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                        }[];
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
    RequestReturnController_request: {
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
                 *       "customerId": "cust-42",
                 *       "lines": [
                 *         {
                 *           "product": {
                 *             "model": "KYN28-12",
                 *             "productLine": "switchgear"
                 *           },
                 *           "serialNumber": "SN-2024-000123",
                 *           "quantity": 1,
                 *           "unitPrice": {
                 *             "amountMinor": 500000,
                 *             "currency": "CNY"
                 *           },
                 *           "reason": "quality",
                 *           "originalOrder": {
                 *             "ref": "SO-2026-0042",
                 *             "deliveredOn": "2026-02-01"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RequestReturnDto"];
            };
        };
        responses: {
            /** @description the request, checked against RET-2 when unsalable */
            201: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    ApproveController_confirmRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    ApproveController_signAfterSalesHead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    ApproveController_signOperationsHead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    ApproveController_approveSpecialCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "key account; the distributor takes the stock back"
                 *     }
                 */
                "application/json": components["schemas"]["SpecialCaseDto"];
            };
        };
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    TransportController_recordArrivalNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "station": "Hangzhou East freight"
                 *     }
                 */
                "application/json": components["schemas"]["ArrivalNoticeDto"];
            };
        };
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    TransportController_issueTransportOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "driverId": "drv-1",
                 *       "driverName": "Li Wei",
                 *       "vehicle": "浙A-12345"
                 *     }
                 */
                "application/json": components["schemas"]["TransportOrderDto"];
            };
        };
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    TransportController_recordPickUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    ReceiveGoodsController_receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "lineNo": 1,
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReceiveGoodsDto"];
            };
        };
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    RefusedGoodsController_dispose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disposition": "returned-to-customer",
                 *       "note": "at the customer’s cost"
                 *     }
                 */
                "application/json": components["schemas"]["DisposeRefusedGoodsDto"];
            };
        };
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    StockInController_bookIntoStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    StockInController_recordReceiptSent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    SettleController_shipExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "replacements": [
                 *         {
                 *           "lineNo": 1,
                 *           "model": "KYN28-12",
                 *           "replacementSerial": "SN-2026-000777"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ShipExchangeDto"];
            };
        };
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    SettleController_requestRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where the request stands now */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rmaId: string;
                        branch: string;
                        customerId: string;
                        /** @enum {string} */
                        reason: "unsalable" | "quality";
                        /** @enum {string} */
                        status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                        total: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** @description RET-2: the rate and time checks with their numbers */
                        limitCheck?: {
                            limitBp: number;
                            purchased: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            exchanged: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            currentRateBp: number | null;
                            resultingRateBp: number | null;
                            withinRate: boolean;
                            timeLimitDays?: number;
                            /** Format: date */
                            oldestDeliveredOn?: string;
                            daysSinceDelivery?: number;
                        };
                        rejection?: {
                            rule: string;
                            explanation: string;
                        };
                        /** @description RET-7: the signatures given, by role */
                        signatures: {
                            "after-sales-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "operations-head"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                            "qc-inspector"?: {
                                /** @enum {string} */
                                role: "after-sales-head" | "operations-head" | "qc-inspector";
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                /** @description QC's inspection the signature closes */
                                inspectionId?: string;
                            };
                        };
                        /** @description RET-7: the signatures still needed before stock-in */
                        missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                        /** @description RET-5 */
                        transportOrder?: {
                            orderNo: string;
                            driverId: string;
                            driverName: string;
                            vehicle: string;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            pickedUpAt?: string;
                        };
                        receipt?: {
                            receiptNo: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            sentAt?: string;
                            missed?: boolean;
                        };
                        /** @description log position of the write (x-min-position) */
                        position: number;
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
    ReturnRequestsController_getRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the request and its timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rma: {
                            rmaId: string;
                            branch: string;
                            customerId: string;
                            /** @enum {string} */
                            reason: "unsalable" | "quality";
                            /** @enum {string} */
                            status: "requested" | "rejected" | "confirmed" | "approved" | "received" | "qc-refused" | "stocked-in" | "exchanged" | "refunded";
                            total: {
                                /** @description minor units */
                                amountMinor: number;
                                currency: string;
                            };
                            /** @description RET-2: the rate and time checks with their numbers */
                            limitCheck?: {
                                limitBp: number;
                                purchased: {
                                    /** @description minor units */
                                    amountMinor: number;
                                    currency: string;
                                };
                                exchanged: {
                                    /** @description minor units */
                                    amountMinor: number;
                                    currency: string;
                                };
                                currentRateBp: number | null;
                                resultingRateBp: number | null;
                                withinRate: boolean;
                                timeLimitDays?: number;
                                /** Format: date */
                                oldestDeliveredOn?: string;
                                daysSinceDelivery?: number;
                            };
                            rejection?: {
                                rule: string;
                                explanation: string;
                            };
                            /** @description RET-7: the signatures given, by role */
                            signatures: {
                                "after-sales-head"?: {
                                    /** @enum {string} */
                                    role: "after-sales-head" | "operations-head" | "qc-inspector";
                                    userId: string;
                                    /** Format: date-time */
                                    at: string;
                                    /** @description QC's inspection the signature closes */
                                    inspectionId?: string;
                                };
                                "operations-head"?: {
                                    /** @enum {string} */
                                    role: "after-sales-head" | "operations-head" | "qc-inspector";
                                    userId: string;
                                    /** Format: date-time */
                                    at: string;
                                    /** @description QC's inspection the signature closes */
                                    inspectionId?: string;
                                };
                                "qc-inspector"?: {
                                    /** @enum {string} */
                                    role: "after-sales-head" | "operations-head" | "qc-inspector";
                                    userId: string;
                                    /** Format: date-time */
                                    at: string;
                                    /** @description QC's inspection the signature closes */
                                    inspectionId?: string;
                                };
                            };
                            /** @description RET-7: the signatures still needed before stock-in */
                            missingSignatures: ("after-sales-head" | "operations-head" | "qc-inspector")[];
                            /** @description RET-5 */
                            transportOrder?: {
                                orderNo: string;
                                driverId: string;
                                driverName: string;
                                vehicle: string;
                                /** Format: date-time */
                                issuedAt: string;
                                /** Format: date-time */
                                pickedUpAt?: string;
                            };
                            receipt?: {
                                receiptNo: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                sentAt?: string;
                                missed?: boolean;
                            };
                        };
                        /** @description AUD-1: every event of the request, who and when */
                        timeline: {
                            position: number;
                            version: number;
                            type: string;
                            /** Format: date-time */
                            at: string;
                            actor?: {
                                userId?: string;
                                role?: string;
                            };
                            branch?: string;
                            correlationId?: string;
                            causationId?: string;
                            /** @description the event as recorded */
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
    ReturnRequestsController_listTransportOrders: {
        parameters: {
            query?: {
                /** @description branch codes, comma-separated (HZ,NB) */
                branch?: string;
                driverId?: string;
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
            /** @description transport orders, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
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
    CustomerTotalsController_openingBalances: {
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
                 *       "balances": [
                 *         {
                 *           "customerId": "cust-42",
                 *           "purchased": {
                 *             "amountMinor": 100000000,
                 *             "currency": "CNY"
                 *           },
                 *           "exchanged": {
                 *             "amountMinor": 3000000,
                 *             "currency": "CNY"
                 *           },
                 *           "periodFrom": "2026-01-01",
                 *           "periodTo": "2026-12-31",
                 *           "asOf": "2026-03-01T00:00:00.000Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OpeningBalancesDto"];
            };
        };
        responses: {
            /** @description how many balances were applied and how many were already as new */
            200: {
                headers: {
                    /** @description The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write */
                    "x-log-position"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: number;
                        unchanged: number;
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
    CustomerTotalsController_exchangeRate: {
        parameters: {
            query: {
                /** @description RET-2 the branch whose region's limit applies */
                branch: string;
            };
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the customer's totals, rate and limit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        purchased: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        exchanged: {
                            /** @description minor units */
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo?: string;
                        /** Format: date-time */
                        asOf: string;
                        /** @description where the totals came from (opening-balance, …) */
                        source: string;
                        /** @description exchanged ÷ purchased, basis points; null: no purchases */
                        rateBp: number | null;
                        /** @description the limit of the branch's region, basis points */
                        limitBp: number;
                        withinLimit: boolean;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    IntakeReturnsController_awaitingForm: {
        parameters: {
            query?: {
                /** @description branch codes, comma-separated (HZ,NB) */
                branch?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cases awaiting their line-item form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
