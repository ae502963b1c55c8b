/**
 * The injection token of a service's runtime. Each service is its own Nest application (also in
 * the standalone), so one token serves all; a service's files type it with their own runtime.
 */
export const SERVICE_RUNTIME = Symbol.for('aftersales.service-runtime');
