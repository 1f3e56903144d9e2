'use client';

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import type { ChoiceEvent, StateKey } from '../../machines/states';
import type { StepLabels, TrailEntry } from '../_lib/wizard-types';
import { contextQuery, keyShapeOf, pathOf, type SchoolContext, type Surface } from '../../machines/paths';
import { schoolContextFrom } from '../../machines/school';
import { GivenSchoolContext } from './given-school';
import { sendStepEvent } from '../_dom/step-beacon';


type Wizard = {
  key: StateKey | null;
  surface: Surface;
  school: SchoolContext;
  labels: StepLabels;
  /** The answers that led here, oldest first. */
  trail: TrailEntry[];
  hrefOf: (key: StateKey) => string;
  /** Answer the current question; resolves once the next step is on its way. */
  send: (event: ChoiceEvent) => Promise<void>;
};

const loadAnswer = () => import('./answer');

/** Fetch the machine before the first answer needs it: on pointer or focus reaching a choice, not with the page. */
export function preloadMachine() {
  void loadAnswer();
}

const WizardContext = createContext<Wizard | null>(null);

export function useWizard(): Wizard {
  const wizard = use(WizardContext);
  const given = use(GivenSchoolContext);
  if (!wizard) throw new Error('useWizard needs a <WizardProvider>');
  // A page the server personalised renders with that context until the browser has read it from the URL.
  if (!given || wizard.school !== noSchool) return wizard;
  return { ...wizard, school: given, hrefOf: (key: StateKey) => pathOf(key, wizard.surface) + contextQuery(given) };
}

const noSchool: SchoolContext = { school: null, sso: 'unknown' };

const noSubscription = () => () => {};
const noTrail: TrailEntry[] = [];

let landing: string | undefined;
/** The first URL carries the school's context; later links carry it on, so it is read once. */
function firstSearch(): string {
  landing ??= window.location.search;
  return landing;
}

const trailStore = 'login-help:trail';

/** The trail lives in this tab only (sessionStorage), so a reload keeps it and closing the tab forgets it. */
let restored: TrailEntry[] | undefined;
function readTrail(labels: StepLabels): TrailEntry[] {
  if (restored) return restored;
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(trailStore) ?? '[]');
    restored = Array.isArray(saved) ? saved.filter((entry) => isTrailEntry(entry, labels)) : [];
  } catch {
    restored = [];
  }
  return restored;
}

function writeTrail(entries: TrailEntry[]) {
  try {
    sessionStorage.setItem(trailStore, JSON.stringify(entries.slice(-30)));
  } catch {
    // Storage can be off (private modes, policies); the trail then lasts until a reload.
  }
}

/** The labels come from content checked against the machine, so they also say which states and answers exist. */
function isTrailEntry(value: unknown, labels: StepLabels): value is TrailEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { from, event, to } = value as Record<string, unknown>;
  return (
    typeof from === 'string' && Object.hasOwn(labels, from) && typeof to === 'string' && Object.hasOwn(labels, to) &&
    typeof event === 'string' && Object.hasOwn(labels[from as StateKey].choices, event)
  );
}

/** Where this answer sits in the walk: everything up to the last time the walk reached `key`. */
function trailTo(entries: TrailEntry[], key: StateKey | null): TrailEntry[] {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].to === key) return entries.slice(0, i + 1);
  return [];
}

export function WizardProvider({ labels, children }: { labels: StepLabels; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const shape = keyShapeOf(pathname);
  const key = shape !== null && Object.hasOwn(labels, shape) ? (shape as StateKey) : null;
  const surface: Surface = pathname.startsWith('/embed') ? 'embed' : 'help';
  const landingSearch = useSyncExternalStore(noSubscription, firstSearch, () => null);
  const school = useMemo(() => (landingSearch === null ? noSchool : schoolContextFrom(new URLSearchParams(landingSearch))), [landingSearch]);
  const storedTrail = useSyncExternalStore(noSubscription, () => readTrail(labels), () => noTrail);
  const [walked, setEntries] = useState<TrailEntry[] | null>(null);
  const entries = walked ?? storedTrail;
  const answering = useRef<StateKey | null>(null);
  useEffect(() => {
    answering.current = null;
  }, [key]);

  const hrefOf = useCallback((target: StateKey) => pathOf(target, surface) + contextQuery(school), [surface, school]);

  const send = useCallback(
    async (event: ChoiceEvent) => {
      // One answer per page: a double click must not answer the next question before it is shown.
      if (!key || answering.current === key) return;
      answering.current = key;
      const next = (await loadAnswer()).answer(key, school, event);
      if (next === key) {
        answering.current = null;
        return;
      }
      if (process.env.FEEDBACK_AT_BUILD !== 'off') sendStepEvent({ from: key, event, to: next, surface });
      setEntries((all) => {
        const trail = [...trailTo(all ?? storedTrail, key), { from: key, event, to: next }];
        writeTrail(trail);
        return trail;
      });
      router.push(hrefOf(next));
    },
    [key, school, surface, router, hrefOf, storedTrail],
  );

  const wizard = useMemo<Wizard>(
    () => ({ key, surface, school, labels, trail: trailTo(entries, key), hrefOf, send }),
    [key, surface, school, labels, entries, hrefOf, send],
  );
  return <WizardContext value={wizard}>{children}</WizardContext>;
}
