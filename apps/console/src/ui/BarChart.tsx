/** A horizontal bar chart in plain SVG, with its numbers as text (readable without the bars). */
export function BarChart({
  title,
  data,
  format = String,
}: {
  title: string;
  data: Record<string, number>;
  format?: (n: number) => string;
}) {
  const rows = Object.entries(data).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const height = rows.length * 28 + 8;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${rows.map(([k, v]) => `${k} ${format(v)}`).join(', ')}`}
        width="100%"
        height={height}
        viewBox={`0 0 400 ${height}`}
      >
        {rows.map(([k, v], i) => (
          <g key={k} transform={`translate(0, ${i * 28 + 4})`}>
            <text x={0} y={16} fontSize={12} fill="#262626">
              {k}
            </text>
            <rect x={140} y={4} width={(v / max) * 200} height={16} fill="#0958d9" rx={2} />
            <text x={146 + (v / max) * 200} y={16} fontSize={12} fill="#262626">
              {format(v)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
