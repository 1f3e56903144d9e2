import type { ShareCard } from '../_lib/share-card.server';
import type { ThemeColors } from '../_lib/theme-colors';

/** A step's preview card for `ImageResponse`: big type, so it still reads at chat-preview size (about a third). */
export function OgCard({ card, site, colors }: { card: ShareCard; site: string; colors: ThemeColors }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: colors.page, color: colors.ink }}>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          height: 128,
          padding: '0 64px',
          background: colors.panel,
          borderBottom: `16px solid ${colors.brand}`,
          fontSize: 48,
        }}
      >
        {site}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '40px 64px 56px' }}>
        {card.scenario && (
          <div style={{ display: 'flex', fontSize: 40, lineHeight: 1.25, color: colors.muted, marginBottom: 24 }}>{card.scenario}</div>
        )}
        <div style={{ display: 'flex', fontSize: 80, lineHeight: 1.1, letterSpacing: -1 }}>{card.title}</div>
      </div>
    </div>
  );
}
