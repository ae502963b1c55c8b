import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      message={error instanceof Error ? error.message : String(error)}
      style={{ marginBottom: 12 }}
    />
  );
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 8,
        marginBottom: 12,
      }}
    >
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}

/** The branches a user may pick: their own, or every branch for a head-office role. */
export const pickableBranches = (own: readonly string[], all: readonly string[]) => (own.length ? own : all);
