import { pathOf } from '../../machines/paths';
import { mapFontFamily, type Lines, type TreeMap } from '../_lib/map-layout';

function Text({ lines, fontSize, lineHeight, inset, x, y, className }: Lines & { x: number; y: number; className?: string }) {
  return (
    <text x={x + inset.x} y={y + inset.y} fontSize={fontSize} className={className}>
      {lines.map((line, index) => (
        <tspan key={index} x={x + inset.x} dy={index === 0 ? fontSize : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function pathData(points: { x: number; y: number }[]): string {
  return points.map(({ x, y }, index) => `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
}

/** The laid-out tree as one SVG: boxes for scenarios, a link for every state, an arrow for every choice. */
/** `flagged` marks states to draw in the error colour: on /insights, the step most people leave. */
export function TreeMapSvg({ map, title, flagged = [] }: { map: TreeMap; title: string; flagged?: readonly string[] }) {
  return (
    <svg
      viewBox={`0 0 ${map.width} ${map.height}`}
      width={map.width}
      height={map.height}
      role="group"
      aria-labelledby="tree-map-title"
      fontFamily={mapFontFamily}
      // On a narrow screen the whole tree fits, as an overview above the list; a wide one shows it full size.
      className="h-auto w-full max-w-none lg:w-auto print:h-auto print:w-full"
    >
      <title id="tree-map-title">{title}</title>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" className="fill-muted" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {map.clusters.map((cluster) => (
          <g key={cluster.scenario}>
            <rect x={cluster.x} y={cluster.y} width={cluster.width} height={cluster.height} rx={8} className="fill-panel stroke-line" strokeWidth={1.5} />
            <Text {...cluster.title} className="fill-ink font-bold" />
          </g>
        ))}
        {map.edges.map((edge) => (
          <path
            key={`${edge.from} ${edge.event} ${edge.to}`}
            d={pathData(edge.points)}
            fill="none"
            className="stroke-muted"
            strokeWidth={1.5}
            strokeDasharray={edge.conditional ? '6 4' : undefined}
            markerEnd="url(#arrow)"
          />
        ))}
        {map.edges.map((edge) => (
          <g key={`${edge.from} ${edge.event} ${edge.to}`}>
            <rect {...edge.label} rx={3} className="fill-page" opacity={0.92} />
            <Text {...edge.label} className="fill-ink" />
          </g>
        ))}
      </g>
      {map.nodes.map((node) => (
        <a key={node.id} href={pathOf(node.key)} data-state={node.key} aria-label={node.lines.join(' ')} className="group">
          <rect
            x={node.x}
            y={node.y}
            width={node.width}
            height={node.height}
            rx={node.end ? node.height / 2 : 6}
            className={`${node.end ? 'fill-panel stroke-ok' : flagged.includes(node.key) ? 'fill-page stroke-error' : 'fill-page stroke-ink'} group-focus-visible:fill-focus`}
            strokeWidth={flagged.includes(node.key) ? 4 : 2}
          />
          <Text {...node} className="fill-link underline group-focus-visible:fill-focus-ink" />
        </a>
      ))}
    </svg>
  );
}
