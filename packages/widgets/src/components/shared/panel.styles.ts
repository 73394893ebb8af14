import { css } from 'lit';
import { baseStyles, cssToken } from '../../styles/tokens.styles.js';

/**
 * Styles shared by `<asn-leave-balance>` and `<asn-leave-inbox>`: the panel, titles, muted text,
 * alerts and buttons. Mobile first; element properties `--max-width` and `--padding`.
 */
export const panelStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      --max-width: 48rem;
      --padding: ${cssToken('space-l')};
    }

    .panel {
      container-type: inline-size;
      max-width: var(--max-width);
      padding: var(--padding);
      background: ${cssToken('color-surface')};
      border-radius: ${cssToken('radius')};
    }

    h2,
    h3 {
      margin: 0;
      font-size: 1.2em;
    }

    p {
      margin: 0 0 ${cssToken('space-s')};
    }

    .muted {
      color: ${cssToken('color-text-muted')};
    }

    .alert {
      margin: 0 0 ${cssToken('space-m')};
      padding: ${cssToken('space-s')} ${cssToken('space-m')};
      color: ${cssToken('color-danger')};
      background: ${cssToken('color-danger-surface')};
      border: 1px solid currentColor;
      border-radius: ${cssToken('radius')};
    }

    .button {
      min-height: 2.75rem;
      padding: ${cssToken('space-s')} ${cssToken('space-m')};
      font: inherit;
      font-weight: 600;
      color: ${cssToken('color-on-primary')};
      background: ${cssToken('color-primary')};
      border: 1px solid ${cssToken('color-primary')};
      border-radius: ${cssToken('radius')};
      cursor: pointer;
    }

    .button--quiet {
      color: ${cssToken('color-primary')};
      background: ${cssToken('color-surface')};
    }
  `,
];
