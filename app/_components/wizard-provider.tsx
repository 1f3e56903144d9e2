'use client';

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { createActor, type Actor } from 'xstate';
import { loginHelpMachine } from '../../machines/login-help.machine';
import { choiceEventsOf, isStateKey, keyOf, snapshotOf, type ChoiceEvent, type LoginHelpEvent, type StateKey } from '../../machines/states';
import { contextQuery, keyFromPath, pathOf, type SchoolContext, type Surface } from '../../machines/paths';
import { allowedHostSuffixes, parseSchoolUrl, parseSso } from '../../machines/school';

export type StepLabels = Record<StateKey, { title: string; question?: string; choices: Record<string, string> }>;
export type TrailEntry = { from: StateKey; event: ChoiceEvent; to: StateKey };

type Wizard = {
  key: StateKey | null;
  surface: Surface;
  school: SchoolContext;
  labels: StepLabels;
  /** The answers that led here, oldest first. */
  trail: TrailEntry[];
  hrefOf: (key: StateKey) => string;
  send: (event: ChoiceEvent) => void;
};

const WizardContext = createContext<Wizard | null>(null);

export function useWizard(): Wizard {
  const wizard = use(WizardContext);
  if (!wizard) throw new Error('useWizard needs a <WizardProvider>');
  return wizard;
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

function schoolFrom(search: string): SchoolContext {
  const params = new URLSearchParams(search);
  return {
    school: parseSchoolUrl(params.get('school'), allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS)),
    sso: parseSso(params.get('sso')),
  };
}

const trailStore = 'login-help:trail';

/** The trail lives in this tab only (sessionStorage), so a reload keeps it and closing the tab forgets it. */
let restored: TrailEntry[] | undefined;
function readTrail(): TrailEntry[] {
  if (restored) return restored;
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(trailStore) ?? '[]');
    restored = Array.isArray(saved) ? saved.filter(isTrailEntry) : [];
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

function isTrailEntry(value: unknown): value is TrailEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { from, event, to } = value as Record<string, unknown>;
  return (
    typeof from === 'string' && isStateKey(from) && typeof to === 'string' && isStateKey(to) &&
    choiceEventsOf(from).some((choice) => choice === event)
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
  const key = keyFromPath(pathname);
  const surface: Surface = pathname.startsWith('/embed') ? 'embed' : 'help';
  const landingSearch = useSyncExternalStore(noSubscription, firstSearch, () => null);
  const school = useMemo(() => (landingSearch === null ? noSchool : schoolFrom(landingSearch)), [landingSearch]);
  const storedTrail = useSyncExternalStore(noSubscription, readTrail, () => noTrail);
  const [walked, setEntries] = useState<TrailEntry[] | null>(null);
  const entries = walked ?? storedTrail;
  const actorRef = useRef<Actor<typeof loginHelpMachine> | null>(null);

  const hrefOf = useCallback((target: StateKey) => pathOf(target, surface) + contextQuery(school), [surface, school]);

  useEffect(() => {
    if (!key) return;
    const actor = createActor(loginHelpMachine, { snapshot: snapshotOf(key, school), input: school }).start();
    actorRef.current = actor;
    return () => {
      actor.stop();
    };
  }, [key, school]);

  const send = useCallback(
    (event: ChoiceEvent) => {
      const actor = actorRef.current;
      if (!key || actor?.getSnapshot().status !== 'active') return;
      // TypeScript relates { type: A | B } to { type: A } | { type: B } only up to 25 events; the tree will grow past that.
      actor.send({ type: event } as LoginHelpEvent);
      const next = keyOf(actor.getSnapshot());
      // One answer per page: a double click must not answer the next question before it is shown.
      actor.stop();
      if (next === key) return;
      setEntries((all) => {
        const trail = [...trailTo(all ?? storedTrail, key), { from: key, event, to: next }];
        writeTrail(trail);
        return trail;
      });
      router.push(hrefOf(next));
    },
    [key, router, hrefOf, storedTrail],
  );

  const wizard = useMemo<Wizard>(
    () => ({ key, surface, school, labels, trail: trailTo(entries, key), hrefOf, send }),
    [key, surface, school, labels, entries, hrefOf, send],
  );
  return <WizardContext value={wizard}>{children}</WizardContext>;
}
