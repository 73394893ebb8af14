import { css } from 'lit';
import { cssToken } from '../../styles/tokens.styles.js';
import { panelStyles } from '../shared/panel.styles.js';

/** Styles of `<asn-leave-balance>`: one column on phones, the summary beside the switcher when wide. */
export const leaveBalanceStyles = [
  panelStyles,
  css`
    :host {
      --max-width: 40rem;
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${cssToken('space-s')};
      margin-bottom: ${cssToken('space-m')};
    }

    .switcher {
      display: flex;
      align-items: center;
      gap: ${cssToken('space-s')};
    }

    .switcher__year {
      min-width: 3em;
      font-weight: 600;
      text-align: center;
    }

    .summary {
      margin: 0 0 ${cssToken('space-m')};
      padding: ${cssToken('space-m')};
      border-left: 4px solid ${cssToken('color-primary')};
      background: ${cssToken('color-surface')};
    }

    .summary:empty {
      margin: 0;
      padding: 0;
      border: 0;
    }

    .summary__remaining {
      display: block;
      font-size: 2em;
      font-weight: 700;
      line-height: 1.2;
    }

    table {
      width: 100%;
      margin: 0 0 ${cssToken('space-m')};
      border-collapse: collapse;
    }

    caption {
      padding-bottom: ${cssToken('space-xs')};
      font-weight: 600;
      text-align: start;
    }

    th,
    td {
      padding: ${cssToken('space-xs')} ${cssToken('space-s')};
      text-align: start;
      border-bottom: 1px solid ${cssToken('color-border')};
    }

    td.num,
    th.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .total th,
    .total td {
      font-weight: 700;
    }

    .sub th {
      padding-left: ${cssToken('space-l')};
      font-weight: 400;
    }
  `,
];
