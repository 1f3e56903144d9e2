import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

const compiled = new Map<string, ReturnType<typeof getMDXComponent>>();

/** Runs on the server only, so the browser never evaluates MDX code (and the CSP needs no 'unsafe-eval'). */
export function MdxContent({ code }: { code: string }) {
  let Component = compiled.get(code);
  if (!Component) {
    Component = getMDXComponent(code);
    compiled.set(code, Component);
  }
  // Called, not rendered as <Component />: it is a pure function of its props, made once per file.
  return Component({ components: mdxComponents });
}
