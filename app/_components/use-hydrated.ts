'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False on the server and in the first paint; true once JavaScript runs, so no control is shown that cannot work. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
