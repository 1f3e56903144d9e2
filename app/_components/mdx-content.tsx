import { getMDXComponent } from 'mdx-bundler/client/index.js';
import type { ComponentProps } from 'react';

type MdxComponents = ComponentProps<ReturnType<typeof getMDXComponent>>['components'];

const compiled = new Map<string, ReturnType<typeof getMDXComponent>>();

/**
 * Runs on the server only, so the browser never evaluates MDX code (and the CSP needs no 'unsafe-eval'). The
 * components come from the caller: a step may use every one (mdx-components.tsx), a browser section only words.
 */
export function MdxContent({ code, components }: { code: string; components: MdxComponents }) {
  let Component = compiled.get(code);
  if (!Component) {
    Component = getMDXComponent(code);
    compiled.set(code, Component);
  }
  // Called, not rendered as <Component />: it is a pure function of its props, made once per file.
  return Component({ components });
}
