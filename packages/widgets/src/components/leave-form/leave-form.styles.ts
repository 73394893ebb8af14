import { css } from 'lit';
import { baseStyles, cssToken } from '../../styles/tokens.styles.js';

/** Styles of `<asn-leave-form>`: mobile first, one column; dates side by side from 30rem. */
export const leaveFormStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      --max-width: 40rem;
      --padding: ${cssToken('space-l')};
      --field-gap: ${cssToken('space-m')};
      --input-border-width: 1px;
    }

    .leave-form {
      container-type: inline-size;
      max-width: var(--max-width);
      padding: var(--padding);
      background: ${cssToken('color-surface')};
      border-radius: ${cssToken('radius')};
    }

    .leave-form__title {
      margin: 0 0 ${cssToken('space-xs')};
      font-size: 1.25em;
      line-height: 1.3;
    }

    .leave-form__intro {
      margin: 0 0 var(--field-gap);
      color: ${cssToken('color-text-muted')};
      font-size: 0.875em;
    }

    .leave-form__fields {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--field-gap);
    }

    @container (min-width: 30rem) {
      .leave-form__fields {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .field--wide {
        grid-column: 1 / -1;
      }
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: ${cssToken('space-xs')};
      min-width: 0;
    }

    .field__label {
      font-weight: 600;
    }

    .field__optional {
      font-weight: 400;
      color: ${cssToken('color-text-muted')};
    }

    .field__input {
      width: 100%;
      min-height: 2.75rem;
      padding: ${cssToken('space-s')};
      font: inherit;
      color: inherit;
      background: ${cssToken('color-surface')};
      border: var(--input-border-width) solid ${cssToken('color-border')};
      border-radius: ${cssToken('radius')};
    }

    textarea.field__input {
      resize: vertical;
    }

    .field__input[aria-invalid='true'] {
      border-color: ${cssToken('color-danger')};
      box-shadow: inset 0 0 0 1px ${cssToken('color-danger')};
    }

    .field__error {
      margin: 0;
      color: ${cssToken('color-danger')};
      font-size: 0.875em;
    }

    .alert {
      margin: 0 0 var(--field-gap);
      padding: ${cssToken('space-s')} ${cssToken('space-m')};
      color: ${cssToken('color-danger')};
      background: ${cssToken('color-danger-surface')};
      border: 1px solid currentColor;
      border-radius: ${cssToken('radius')};
    }

    .alert__title {
      margin: 0;
      font-weight: 600;
    }

    .alert__message {
      margin: ${cssToken('space-xs')} 0 0;
    }

    .button {
      margin-top: var(--field-gap);
      min-height: 2.75rem;
      padding: ${cssToken('space-s')} ${cssToken('space-l')};
      font: inherit;
      font-weight: 600;
      color: ${cssToken('color-on-primary')};
      background: ${cssToken('color-primary')};
      border: 0;
      border-radius: ${cssToken('radius')};
      cursor: pointer;
    }

    .button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.8;
    }

    .success,
    .summary {
      margin: 0 0 var(--field-gap);
      padding: ${cssToken('space-s')} ${cssToken('space-m')};
      background: ${cssToken('color-success-surface')};
      border-left: 4px solid ${cssToken('color-success')};
      border-radius: ${cssToken('radius')};
    }

    .summary {
      margin: var(--field-gap) 0 0;
      background: none;
      border-color: ${cssToken('color-border')};
    }

    .summary p,
    .summary ul {
      margin: 0;
    }

    @media (prefers-reduced-motion: no-preference) {
      .button,
      .field__input {
        transition:
          background-color 120ms ease,
          border-color 120ms ease;
      }
    }
  `,
];
