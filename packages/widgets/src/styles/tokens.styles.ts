/**
 * Global design tokens `--asn-*`. A portal sets them once (on `:root` or any ancestor) and every
 * widget follows; each token below carries its default, so nothing has to be set. The defaults
 * meet WCAG 2.1 AA on white: text ≥ 4.5:1, borders and focus ring ≥ 3:1.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Token names (without `--asn-`) and their defaults. */
export const tokenDefaults = {
  /** Brand colour: buttons, focus ring, links. #1d4ed8 is 6.7:1 on white. */
  'color-primary': '#1d4ed8',
  /** Text on the brand colour. */
  'color-on-primary': '#ffffff',
  /** Body text. 14.7:1 on white. */
  'color-text': '#1f2937',
  /** Secondary text (hints). 7.6:1 on white. */
  'color-text-muted': '#4b5563',
  /** Widget background. */
  'color-surface': '#ffffff',
  /** Input borders. 4.8:1 on white (≥ 3:1 for UI components). */
  'color-border': '#6b7280',
  /** Error text and borders. 6.5:1 on white. */
  'color-danger': '#b91c1c',
  /** Background of error alerts. */
  'color-danger-surface': '#fef2f2',
  /** Success text. 5.0:1 on white. */
  'color-success': '#15803d',
  /** Background of success panels. */
  'color-success-surface': '#f0fdf4',
  /** Focus ring. */
  'color-focus': '#1d4ed8',
  /** Font family; the host page's font by default. */
  'font-family': 'inherit',
  /** Base font size. */
  'font-size': '1rem',
  /** Corner radius of inputs, buttons, panels. */
  radius: '0.375rem',
  /** Spacing scale. */
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
} as const;

/** A token name such as `color-primary`. */
export type TokenName = keyof typeof tokenDefaults;

/** `var(--asn-<name>, <default>)`, for use inside a component's `css` literal. */
export function cssToken(name: TokenName): CSSResult {
  return unsafeCSS(`var(--asn-${name}, ${tokenDefaults[name]})`);
}

/** Base styles every widget shares: font inheritance, box sizing, visible focus, reduced motion. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${cssToken('font-family')};
    font-size: ${cssToken('font-size')};
    line-height: 1.5;
    color: ${cssToken('color-text')};
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid ${cssToken('color-focus')};
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
