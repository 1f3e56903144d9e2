/** What `npm run build` records beside Next's output, so the server can check it serves what was built. */
export type BuildManifest = {
  buildId: string;
  /** The settings baked into the pages at build; the server refuses to start under different ones. */
  settings: BakedSettings;
  /** `'sha256-…'` of each inline script (React's payload) of each prerendered HTML page, by path. */
  pages: Record<string, string[]>;
  /** The same for the prerendered 404 page, which Next may serve for any path. */
  notFound: string[];
};

export type BakedSettings = { SITE_URL: string | null; ALLOWED_SCHOOL_HOSTS: string | null };

export const manifestFile = '.next/login-help/manifest.json';

export function bakedSettings(env: Record<string, string | undefined>): BakedSettings {
  return { SITE_URL: env.SITE_URL || null, ALLOWED_SCHOOL_HOSTS: env.ALLOWED_SCHOOL_HOSTS || null };
}

/** The settings that differ between the build and this environment, as lines an operator can act on. */
export function settingsDrift(built: BakedSettings, env: Record<string, string | undefined>): string[] {
  const now = bakedSettings(env);
  return (Object.keys(built) as (keyof BakedSettings)[])
    .filter((name) => built[name] !== now[name])
    .map((name) => `${name} was ${built[name] ?? '(unset)'} at build and is ${now[name] ?? '(unset)'} now`);
}

/** What an operator should hear at start about settings that are missing rather than different. */
export function missingSettingWarnings(env: Record<string, string | undefined>): string[] {
  if (env.SITE_URL) return [];
  return ["SITE_URL is not set, so canonical links, preview cards, the sitemap, handouts and the schools' embed line name http://localhost:3000. Set SITE_URL=https://your.public.address and run npm start again."];
}
