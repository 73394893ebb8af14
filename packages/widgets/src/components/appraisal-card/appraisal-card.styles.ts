import { css } from 'lit';
import { panelStyles } from '../shared/panel.styles.js';
import { cssToken } from '../../styles/tokens.styles.js';

/** The card: a badge per predikat (with its text, never colour alone), meters, a rating form. */
export const appraisalCardStyles = [
  panelStyles,
  css`
    .badge {
      display: inline-block;
      padding: 0.2rem 0.6rem;
      border-radius: 999px;
      font-weight: 600;
      background: var(--badge-bg, #e5e7eb);
      color: #111827;
    }
    .badge--SANGAT_BAIK {
      --badge-bg: #bbf7d0;
    }
    .badge--BAIK {
      --badge-bg: #dbeafe;
    }
    .badge--BUTUH_PERBAIKAN {
      --badge-bg: #fef3c7;
    }
    .badge--KURANG,
    .badge--SANGAT_KURANG {
      --badge-bg: #fecaca;
    }
    h3 {
      margin: ${cssToken('space-m')} 0 ${cssToken('space-s')};
      font-size: 1em;
    }
    ul {
      margin: 0;
      padding-left: 1.2rem;
    }
    meter {
      width: 100%;
    }
    fieldset {
      border: 1px solid ${cssToken('color-border')};
      border-radius: ${cssToken('radius')};
      margin: 0 0 ${cssToken('space-s')};
    }
    label {
      display: block;
    }
    input[type='text'],
    select,
    textarea {
      width: 100%;
      box-sizing: border-box;
      font: inherit;
    }
    .error {
      color: ${cssToken('color-danger')};
    }
  `,
];
