export * from './request-context';
export * from './errors';
export * from './money';
export * from './clock';
export * from './ids';
export * from './recent-map';
