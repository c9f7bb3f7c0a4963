import type { ContainerMemory } from '@/lib/api/pod-memory';
import { cardChart, type CardLayer } from '@/lib/memory/card-chart';
import type { ContainerSnapshot } from '@/lib/memory/pod-snapshot';
import { formatBytes, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/catalogue';
import { formatUtc } from '@/lib/i18n/share-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The light theme's layer colours as literals: the picture is drawn without CSS, so it cannot read the
 * page's custom properties (keep in step with app/globals.css).
 */
const COLORS: Record<CardLayer | 'limit' | 'request', string> = {
  rss: '#2563eb',
  activeFile: '#ea580c',
  other: '#9333ea',
  inactiveFile: '#94a3b8',
  limit: '#dc2626',
  request: '#0f766e',
};

export interface PodCardImageProps {
  ref_: { cluster: string; namespace: string; pod: string };
  range: { start: number; end: number };
  timestamps: readonly number[];
  /** The container the headline is about, with its series, or null when the range has no sample. */
  container: { memory: ContainerMemory; snapshot: ContainerSnapshot } | null;
  /** App containers in the pod (the card names the one it draws when there are several). */
  containerCount: number;
  locale: Locale;
  /** The catalogue of `locale` (loaded by the route). */
  messages: Messages;
}

const PLOT = { width: 1104, height: 300 };

/** The 1200×630 link-unfurl picture: pod, namespace and cluster, the stacked layers with the limit line, the verdict's numbers. Rendered by next/og (satori): flex boxes and inline SVG only. */
export function PodCardImage({ ref_, range, timestamps, container, containerCount, locale, messages }: PodCardImageProps) {
  const m = messages.sharing;
  const t = messages;
  const chart = container ? cardChart(timestamps, container.memory, PLOT.width, PLOT.height) : null;
  const s = container?.snapshot;
  const b = (n: number) => formatBytes(n, locale);
  const share = s?.verdict?.numbers.workingSetOfLimit ?? null;
  return (
    <div
      style={{
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        color: '#0f172a',
        padding: '32px 48px',
        fontSize: 24,
        fontFamily: "'DejaVu Sans', 'Droid Sans Fallback'",
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', color: '#475569', fontSize: 22 }}>
        <span>podmem</span>
        <span>{`${formatUtc(range.start)} – ${formatUtc(range.end)}`}</span>
      </div>
      <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, marginTop: 6, wordBreak: 'break-all' }}>{ref_.pod}</div>
      <div style={{ display: 'flex', fontSize: 24, color: '#334155' }}>
        {`${ref_.namespace} · ${ref_.cluster}${containerCount > 1 && s ? ` · ${t.pod.container(s.container)}` : ''}`}
      </div>
      <div style={{ display: 'flex', marginTop: 16, position: 'relative', width: PLOT.width, height: PLOT.height, borderBottom: '2px solid #cbd5e1' }}>
        {chart ? (
          <svg width={PLOT.width} height={PLOT.height} viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}>
            {chart.areas.map((a) => (
              <path
                key={a.layer}
                d={a.d}
                fill={COLORS[a.layer]}
                fillOpacity={a.layer === 'inactiveFile' ? 0.3 : 0.7}
                stroke={COLORS[a.layer]}
                strokeWidth={2}
              />
            ))}
            {chart.requestY !== null && (
              <line x1={0} x2={PLOT.width} y1={chart.requestY} y2={chart.requestY} stroke={COLORS.request} strokeWidth={3} strokeDasharray="4 6" />
            )}
            {chart.limitY !== null && (
              <line x1={0} x2={PLOT.width} y1={chart.limitY} y2={chart.limitY} stroke={COLORS.limit} strokeWidth={4} strokeDasharray="14 8" />
            )}
          </svg>
        ) : (
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', width: '100%', color: '#475569' }}>{m.card.noData}</div>
        )}
        {chart && s?.limitBytes !== null && s?.limitBytes !== undefined && chart.limitY !== null && (
          <div style={{ position: 'absolute', right: 8, top: Math.max(0, chart.limitY - 40), display: 'flex', color: COLORS.limit, fontSize: 22 }}>
            {t.pod.limitLine(formatBytes(s.limitBytes, locale, { trimWhole: true }))}
          </div>
        )}
      </div>
      {s?.layers && (
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 18 }}>
          <div style={{ display: 'flex', fontSize: 34, fontWeight: 700 }}>
            {`${m.card.workingSet} ${b(s.layers.workingSet)}${share !== null && s.limitBytes !== null ? ` · ${m.card.ofLimit(formatPercent(share, locale), formatBytes(s.limitBytes, locale, { trimWhole: true }))}` : ` · ${m.card.noLimit}`}${s.oomKills > 0 ? ` · ${m.card.oomKills(s.oomKills)}` : ''}`}
          </div>
          <div style={{ display: 'flex', marginTop: 6, fontSize: 24, color: '#334155' }}>
            {(['rss', 'activeFile', 'other', 'inactiveFile'] as const).map((k) => (
              <div key={k} style={{ display: 'flex', alignItems: 'center', marginRight: 28 }}>
                <div style={{ width: 18, height: 18, background: COLORS[k], marginRight: 8 }} />
                {`${t.pod.short[k]} ${b(s.layers?.[k] ?? 0)}`}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
