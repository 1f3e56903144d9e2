// Grows a copy of the project's tree: extra scenarios in the machine's source text, and an MDX file for each new
// step. Product code knows nothing of this; only the copy under bench/tmp is changed.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Every step MDX file of a project, as its relative path. */
function stepFiles(root) {
  const dir = path.join(root, 'content/steps');
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.mdx') && file.includes(path.sep))
    .sort();
}

function replaceOnce(source, anchor, replacement, file) {
  if (!source.includes(anchor)) throw new Error(`${file}: cannot find ${JSON.stringify(anchor)} to add synthetic scenarios`);
  return source.replace(anchor, replacement);
}

/**
 * Adds `copies - 1` scenarios, each as many steps as the real tree has, so the tree is `copies` times its size.
 * Each step offers "fixed" or "still stuck" (on to the next step, the last to support); its words are a real
 * step's body, so compiling it costs what real content costs. Returns how many steps the tree had and has.
 */
export function multiplyContent(root, copies) {
  const real = stepFiles(root);
  const bodies = real.map((file) => readFileSync(path.join(root, 'content/steps', file), 'utf8').split(/^---$/m).slice(2).join('---'));
  const scenarios = Array.from({ length: copies - 1 }, (_, i) => `synthetic-${letters[i]}`);
  const steps = real.map((_, i) => `step-${letters[i % 26]}${i >= 26 ? letters[Math.floor(i / 26) - 1] : ''}`);

  const machineFile = path.join(root, 'machines/login-help.machine.ts');
  let machine = readFileSync(machineFile, 'utf8');
  machine = replaceOnce(machine, "| { type: 'nav.restart' }", `${scenarios.map((s) => `| { type: 'choose.${s}' }`).join(' ')} | { type: 'nav.restart' }`, machineFile);
  machine = replaceOnce(machine, "'choose.contact-support': 'contact-support',", `'choose.contact-support': 'contact-support',\n${scenarios.map((s) => `'choose.${s}': '${s}',`).join('\n')}`, machineFile);
  const states = scenarios.map((scenario) => {
    const body = steps.map((step, i) => {
      const next = i + 1 < steps.length ? `'${steps[i + 1]}'` : "'#loginHelp.contact-support'";
      return `'${step}': { on: { 'answer.fixed': '#loginHelp.outcome.fixed', 'answer.still-stuck': ${next} } },`;
    });
    return `'${scenario}': { initial: '${steps[0]}', states: {\n${body.join('\n')}\n} },`;
  });
  machine = replaceOnce(machine, '    outcome: {', `${states.join('\n')}\n    outcome: {`, machineFile);
  writeFileSync(machineFile, machine);

  const startFile = path.join(root, 'content/steps/start.mdx');
  const start = readFileSync(startFile, 'utf8');
  writeFileSync(startFile, replaceOnce(start, '\nkeywords:', `\n${scenarios.map((s) => `  choose.${s}: "Synthetic problem ${s.slice(-1).toUpperCase()}"`).join('\n')}\nkeywords:`, startFile));

  for (const scenario of scenarios) {
    mkdirSync(path.join(root, 'content/steps', scenario), { recursive: true });
    steps.forEach((step, i) => {
      const frontmatter = [
        `title: "Synthetic ${scenario} ${step}"`,
        `description: "A generated step that stands in for real content when the benchmark measures how the build grows."`,
        'question: "Can you log in now?"',
        'choices:',
        '  answer.fixed: "Yes, I can log in now"',
        '  answer.still-stuck: "No, I still cannot log in"',
      ];
      writeFileSync(path.join(root, 'content/steps', scenario, `${step}.mdx`), `---\n${frontmatter.join('\n')}\n---${bodies[i]}`);
    });
  }
  return { before: real.length, after: real.length * copies };
}
