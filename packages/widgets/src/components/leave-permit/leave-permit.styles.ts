import { css } from 'lit';
import { panelStyles } from '../shared/panel.styles.js';
import { cssToken } from '../../styles/tokens.styles.js';

/** The permit: a document layout on screen, plain black on white when printed. */
export const leavePermitStyles = [
  panelStyles,
  css`
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: ${cssToken('space-s')};
      align-items: baseline;
      margin-bottom: ${cssToken('space-m')};
    }

    h3 {
      margin: ${cssToken('space-m')} 0 ${cssToken('space-s')};
      font-size: 1em;
    }

    dl {
      display: grid;
      grid-template-columns: minmax(7rem, max-content) 1fr;
      gap: 0.25rem ${cssToken('space-m')};
      margin: 0;
    }

    dt {
      color: ${cssToken('color-text-muted')};
    }

    dd {
      margin: 0;
    }

    table {
      border-collapse: collapse;
    }

    th,
    td {
      border: 1px solid ${cssToken('color-border')};
      padding: 0.25rem 0.75rem;
      text-align: left;
    }

    @media print {
      .panel {
        max-width: none;
        background: none;
        color: #000;
      }

      .print {
        display: none;
      }
    }
  `,
];
