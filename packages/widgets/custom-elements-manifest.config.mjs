/**
 * Custom Elements Manifest (`custom-elements.json`, referenced by `"customElements"` in
 * package.json): the elements' API for IDEs, Storybook and docs, read from the JSDoc tags.
 */

/**
 * Our elements declare reactive properties in `static properties`; the Lit plugin reads
 * `{ state: true }` entries as attributes. Internal state is private: drop those attributes.
 */
function privateStateIsNotAnAttribute() {
  return {
    name: 'asn-private-state-is-not-an-attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private')
              .map((member) => member.name),
          );
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !hidden.has(attribute.fieldName),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/*.messages.ts', '**/*.validation.ts'],
  outdir: '.',
  litelement: true,
  plugins: [privateStateIsNotAnAttribute()],
};
