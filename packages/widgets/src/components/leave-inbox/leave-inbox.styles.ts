import { css } from 'lit';
import { cssToken } from '../../styles/tokens.styles.js';
import { panelStyles } from '../shared/panel.styles.js';

/** Styles of `<asn-leave-inbox>`: one column on phones; the facts in two columns from 30rem. */
export const leaveInboxStyles = [
  panelStyles,
  css`
    .item {
      margin-top: ${cssToken('space-m')};
      padding-top: ${cssToken('space-m')};
      border-top: 1px solid ${cssToken('color-border')};
    }

    dl {
      display: grid;
      gap: ${cssToken('space-xs')};
    }

    dt,
    legend,
    label {
      font-weight: 600;
    }

    dd,
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }

    .choice {
      margin-right: ${cssToken('space-m')};
      font-weight: 400;
    }

    .field {
      display: grid;
      margin-bottom: ${cssToken('space-s')};
    }

    textarea,
    input[type='date'] {
      min-height: 2.75rem;
      padding: ${cssToken('space-s')};
      font: inherit;
      color: inherit;
      border: 1px solid ${cssToken('color-border')};
      border-radius: ${cssToken('radius')};
    }

    [aria-invalid='true'] {
      border-color: ${cssToken('color-danger')};
    }

    .error {
      color: ${cssToken('color-danger')};
    }

    @container (min-width: 30rem) {
      dl {
        grid-template-columns: 12em minmax(0, 1fr);
      }
    }
  `,
];
