import type { BrowserFrontmatter, BrowserId, StepFrontmatter } from './schema';
import type { StateKey } from '../machines/states';

/** One step as the build compiles it: MDX code for mdx-bundler's getMDXComponent, checked frontmatter, plain text. */
export type CompiledStep = { key: StateKey; code: string; meta: StepFrontmatter; text: string };
export type CompiledBrowser = { id: BrowserId; code: string; meta: BrowserFrontmatter };
export type CompiledContent = { steps: CompiledStep[]; browsers: CompiledBrowser[] };
