export const MAINTAINERS = ['dispatcher', 'branch-manager'] as const;
