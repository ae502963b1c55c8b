import { createContext } from 'react';
import type { Session } from './session';

export const SessionContext = createContext<{ session?: Session; signOut: () => void }>({
  signOut: () => undefined,
});
